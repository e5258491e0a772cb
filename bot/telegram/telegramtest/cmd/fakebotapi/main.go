// Command fakebotapi runs the fake Telegram Bot API server of package
// telegramtest on a local port, so that quizbot's Telegram bot can be tried
// by hand without Telegram:
//
//	go run ./bot/telegram/telegramtest/cmd/fakebotapi -addr 127.0.0.1:8081
//	QUIZBOT_TELEGRAM_TOKEN=123:fake QUIZBOT_TELEGRAM_API_URL=http://127.0.0.1:8081 quizbot serve
//
// Lines typed on stdin are messages from the current user in the current
// chat; lines starting with ! drive buttons, polls, users and chats (!help).
// The bot's messages are printed as they arrive.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"quizbot/bot/telegram/telegramtest"
)

const help = `  text            a message from the current user in the current chat
  !press N        press button N under the bot's last message with buttons
  !vote N         choose option N in the last open poll
  !reply TEXT     reply to the bot's last message (a typed answer in a group)
  !as NAME        speak as NAME (alice, bob, carol or anyone new)
  !chat private|group   switch chat
  !admin          make the current user an administrator of the group
  !quit           stop`

func main() {
	addr := flag.String("addr", "127.0.0.1:8081", "listen address")
	token := flag.String("token", "123:fake", "the bot token the server accepts")
	flag.Parse()
	if err := run(*addr, *token); err != nil {
		fmt.Fprintln(os.Stderr, "fakebotapi:", err)
		os.Exit(1)
	}
}

func run(addr, token string) error {
	srv := telegramtest.New(token)
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	go func() { _ = http.Serve(ln, srv) }()
	url := "http://" + ln.Addr().String()
	fmt.Printf("Fake Bot API on %s. Run the bot with:\n  QUIZBOT_TELEGRAM_TOKEN=%s QUIZBOT_TELEGRAM_API_URL=%s quizbot serve\n%s\n", url, token, url, help)

	users := map[string]telegramtest.User{}
	user := func(name string) telegramtest.User {
		key := strings.ToLower(name)
		u, ok := users[key]
		if !ok {
			u = telegramtest.User{ID: int64(1001 + len(users)), FirstName: strings.ToUpper(key[:1]) + key[1:]}
			users[key] = u
		}
		return u
	}
	me := user("alice")
	group := telegramtest.Chat{ID: -500, Type: "group", Title: "Test group"}
	inGroup := false
	chat := func() telegramtest.Chat {
		if inGroup {
			return group
		}
		return telegramtest.Private(me)
	}

	var mu sync.Mutex // guards the printing state
	printed := map[int]shown{}
	go func() {
		for {
			mu.Lock()
			for _, m := range toShow(printed, srv.AllMessages(), srv.Bot.ID) {
				show(m.msg, m.again)
			}
			mu.Unlock()
			time.Sleep(100 * time.Millisecond)
		}
	}()

	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(os.Stdin)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	for {
		var line string
		select {
		case <-sig:
			return nil
		case l, ok := <-lines:
			if !ok {
				time.Sleep(500 * time.Millisecond) // let the last answers print
				return nil
			}
			line = strings.TrimSpace(l)
		}
		if line == "" {
			continue
		}
		if !strings.HasPrefix(line, "!") {
			srv.Send(chat(), me, line)
			continue
		}
		cmd, arg, _ := strings.Cut(line[1:], " ")
		arg = strings.TrimSpace(arg)
		last := lastBot(srv, chat().ID, func(m telegramtest.Message) bool { return true })
		switch cmd {
		case "press":
			n, _ := strconv.Atoi(arg)
			m := lastBot(srv, chat().ID, func(m telegramtest.Message) bool { return len(m.Buttons) > 0 })
			if b, ok := nth(m, n); ok {
				srv.Press(chat(), me, m.ID, b.Data)
			} else {
				fmt.Println("! no button", arg)
			}
		case "vote":
			n, _ := strconv.Atoi(arg)
			m := lastBot(srv, chat().ID, func(m telegramtest.Message) bool { return m.Poll != nil && !m.Poll.Closed })
			if m.Poll == nil || n < 1 || n > len(m.Poll.Options) {
				fmt.Println("! no open poll or no option", arg)
				continue
			}
			srv.Vote(m.Poll.ID, me, n-1)
		case "reply":
			srv.Reply(chat(), me, arg, last.ID)
		case "as":
			if arg == "" {
				fmt.Println("! !as NAME")
				continue
			}
			me = user(arg)
			fmt.Printf("! you are %s (%d)\n", me.FirstName, me.ID)
		case "chat":
			inGroup = arg == "group"
			fmt.Printf("! in chat %d\n", chat().ID)
		case "admin":
			srv.SetMember(group.ID, me.ID, "administrator")
		case "quit":
			return nil
		default:
			fmt.Println(help)
		}
	}
}

// shown is how a message looked when it was last printed.
type shown struct {
	edits  int
	closed bool // a poll, closed
	votes  int  // a poll's votes in all
}

func look(m telegramtest.Message) shown {
	v := shown{edits: m.Edits}
	if m.Poll != nil {
		v.closed = m.Poll.Closed
		for _, n := range m.Poll.Votes {
			v.votes += n
		}
	}
	return v
}

type toPrint struct {
	msg   telegramtest.Message
	again bool
}

// toShow picks the bot's messages that are new or changed since printed,
// and records them as printed: each change is printed once (a closed poll
// does not come back every tick).
func toShow(printed map[int]shown, msgs []telegramtest.Message, bot int64) []toPrint {
	var out []toPrint
	for _, m := range msgs {
		if m.From != bot {
			continue
		}
		now := look(m)
		before, seen := printed[m.ID]
		if seen && before == now {
			continue
		}
		printed[m.ID] = now
		out = append(out, toPrint{m, seen})
	}
	return out
}

func show(m telegramtest.Message, edited bool) {
	tag := "bot"
	if edited {
		tag = "bot (edited)"
	}
	switch {
	case m.Poll != nil:
		state := "open"
		if m.Poll.Closed {
			state = "closed"
		}
		fmt.Printf("[%d] %s: 📊 %s (%s poll)\n", m.Chat, tag, m.Poll.Question, state)
		for i, o := range m.Poll.Options {
			fmt.Printf("      (%d) %s — %d\n", i+1, o, m.Poll.Votes[i])
		}
	case m.Kind != "text":
		fmt.Printf("[%d] %s: [%s %s, %d bytes] %s\n", m.Chat, tag, m.Kind, m.Name, len(m.File), m.Text)
	default:
		fmt.Printf("[%d] %s: %s\n", m.Chat, tag, strings.ReplaceAll(m.Text, "\n", "\n      "))
	}
	n := 0
	for _, row := range m.Buttons {
		var labels []string
		for _, b := range row {
			n++
			labels = append(labels, fmt.Sprintf("[%d] %s", n, b.Text))
		}
		fmt.Println("      " + strings.Join(labels, "  "))
	}
}

func lastBot(srv *telegramtest.Server, chat int64, ok func(telegramtest.Message) bool) telegramtest.Message {
	msgs := srv.BotMessages(chat)
	for i := len(msgs) - 1; i >= 0; i-- {
		if ok(msgs[i]) {
			return msgs[i]
		}
	}
	return telegramtest.Message{}
}

func nth(m telegramtest.Message, n int) (telegramtest.Button, bool) {
	i := 0
	for _, row := range m.Buttons {
		for _, b := range row {
			i++
			if i == n {
				return b, true
			}
		}
	}
	return telegramtest.Button{}, false
}
