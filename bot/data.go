package bot

import (
	"fmt"
	"strconv"
	"strings"
)

// Button data names what a button does and which round, question and option
// it belongs to, checked against the stored round when pressed:
//
//	a:ROUND:SEQ:OPTION  answer an option
//	j:ROUND             join a class lobby
//	b:ROUND             begin a class (the teacher's Start)
//	g:ROUND:SEQ:OPTION:CHAT  answer an option of a class held in another
//	                    chat (CHAT, the stored id), from a guest's private chat
type buttonData struct {
	Op     byte
	Round  int64
	Seq    int
	Option int
	Chat   int64
}

func guestData(round int64, seq, option int, chat int64) string {
	return fmt.Sprintf("g:%d:%d:%d:%d", round, seq, option, chat)
}

func answerData(round int64, seq, option int) string {
	return fmt.Sprintf("a:%d:%d:%d", round, seq, option)
}

func parseData(s string) (buttonData, bool) {
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts[0]) != 1 || len(s) > 64 {
		return buttonData{}, false
	}
	d := buttonData{Op: parts[0][0]}
	var err error
	if d.Round, err = strconv.ParseInt(parts[1], 10, 64); err != nil || d.Round <= 0 {
		return buttonData{}, false
	}
	switch {
	case d.Op == 'a' && len(parts) == 4:
		var e1, e2 error
		d.Seq, e1 = strconv.Atoi(parts[2])
		d.Option, e2 = strconv.Atoi(parts[3])
		return d, e1 == nil && e2 == nil && d.Seq >= 0 && d.Option >= 0
	case d.Op == 'g' && len(parts) == 5:
		var e1, e2, e3 error
		d.Seq, e1 = strconv.Atoi(parts[2])
		d.Option, e2 = strconv.Atoi(parts[3])
		d.Chat, e3 = strconv.ParseInt(parts[4], 10, 64)
		return d, e1 == nil && e2 == nil && e3 == nil && d.Seq >= 0 && d.Option >= 0 && d.Chat > 0
	case (d.Op == 'j' || d.Op == 'b') && len(parts) == 2:
		return d, true
	}
	return buttonData{}, false
}
