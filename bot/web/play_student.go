package web

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"quizbot/bot"
	"quizbot/quiz"
)

// A student in a browser is a player like any other, with an id of their
// own ("student:" and 22 random characters, under platform "web"), known to
// the browser by a cookie that names the class, the id and the display
// name, signed with a key kept in the store. The cookie is good only for
// its class; it carries no teacher's rights (those live in the session
// cookie, which a student never gets).

// PlayCookie is the student's cookie.
const PlayCookie = "quizbot_play"

// studentTTL is how long a student's cookie lasts: a school day.
const studentTTL = 12 * time.Hour

// keyName is the store's name for the key that signs students' cookies.
const keyName = "play-cookie"

// MaxNameLen is the longest display name, in characters.
const MaxNameLen = 32

// student is who a student's cookie says they are.
type student struct {
	ClassID int64
	ID      string // the platform id of the student's user
	Name    string
}

// user is the student as the bot knows a guest.
func (st *student) user() bot.User {
	return bot.User{ID: st.ID, Name: st.Name, Platform: Platform}
}

// signingKey returns the key, reading it from the store the first time.
func (p *play) signingKey(ctx context.Context) ([]byte, error) {
	p.keyMu.Lock()
	defer p.keyMu.Unlock()
	if p.key == nil {
		k, err := p.s.store.SigningKey(ctx, keyName)
		if err != nil {
			return nil, err
		}
		p.key = k
	}
	return p.key, nil
}

func mac(key []byte, payload string) []byte {
	h := hmac.New(sha256.New, key)
	h.Write([]byte(payload))
	return h.Sum(nil)
}

// sign is the cookie value for st: payload and its MAC, each base64.
func (p *play) sign(st *student) string {
	key, err := p.signingKey(context.Background())
	if err != nil {
		// Without a key nobody can be signed in; the cookie will not
		// verify and the student is asked to join again.
		p.s.log.Error("read signing key", "err", err)
		return ""
	}
	payload := strconv.FormatInt(st.ClassID, 10) + "\n" + st.ID + "\n" + st.Name
	enc := base64.RawURLEncoding
	return enc.EncodeToString([]byte(payload)) + "." + enc.EncodeToString(mac(key, payload))
}

// student returns the request's student, nil without a good cookie.
func (p *play) student(r *http.Request) *student {
	c, err := r.Cookie(PlayCookie)
	if err != nil || c.Value == "" || len(c.Value) > 512 {
		return nil
	}
	return p.verify(r.Context(), c.Value)
}

// verify reads a cookie value; nil unless its MAC is the key's.
func (p *play) verify(ctx context.Context, value string) *student {
	key, err := p.signingKey(ctx)
	if err != nil {
		p.s.log.Error("read signing key", "err", err)
		return nil
	}
	b64, sig, ok := strings.Cut(value, ".")
	if !ok {
		return nil
	}
	enc := base64.RawURLEncoding
	payload, err1 := enc.DecodeString(b64)
	got, err2 := enc.DecodeString(sig)
	if err1 != nil || err2 != nil || !hmac.Equal(got, mac(key, string(payload))) {
		return nil
	}
	parts := strings.SplitN(string(payload), "\n", 3)
	if len(parts) != 3 {
		return nil
	}
	id, err := strconv.ParseInt(parts[0], 10, 64)
	if err != nil || id <= 0 || parts[1] == "" {
		return nil
	}
	return &student{ClassID: id, ID: parts[1], Name: parts[2]}
}

// parseCode reads a class code as people type it: any case, with spaces
// or dashes ("k7q-m2x").
func parseCode(raw string) (string, error) {
	var b strings.Builder
	for _, r := range raw {
		switch {
		case r == ' ' || r == '-' || r == '\t':
		case b.Len() > bot.CodeLen:
			return "", errCode()
		case r < utf8.RuneSelf && strings.ContainsRune(bot.CodeAlphabet, unicode.ToUpper(r)):
			b.WriteRune(unicode.ToUpper(r))
		default:
			return "", errCode()
		}
	}
	if b.Len() != bot.CodeLen {
		if b.Len() == 0 {
			return "", quiz.Errorf(quiz.EINVALID, "Type the class code from the teacher's screen.")
		}
		return "", errCode()
	}
	return b.String(), nil
}

func errCode() error {
	return quiz.Errorf(quiz.EINVALID, "A class code is %d letters and digits, like K7QM2X. Check it on the teacher's screen.", bot.CodeLen)
}

// parseName checks a display name: 1 to MaxNameLen characters once spaces
// are trimmed and runs of them made one, none of them control or invisible
// formatting characters (which could hide a name or reverse the text
// around it).
func parseName(raw string) (string, error) {
	if !utf8.ValidString(raw) {
		return "", quiz.Errorf(quiz.EINVALID, "That name has characters I cannot read.")
	}
	for _, r := range raw {
		if r != ' ' && (unicode.IsControl(r) || unicode.Is(unicode.Cf, r)) {
			return "", quiz.Errorf(quiz.EINVALID, "A name cannot have control or invisible characters (tabs, line breaks and the like).")
		}
	}
	name := strings.Join(strings.Fields(raw), " ")
	switch n := utf8.RuneCountInString(name); {
	case n == 0:
		return "", quiz.Errorf(quiz.EINVALID, "Type the name the class will see.")
	case n > MaxNameLen:
		return "", quiz.Errorf(quiz.EINVALID, "That name is too long: %d characters at most.", MaxNameLen)
	}
	return name, nil
}

// maxTyped is the longest typed answer.
const maxTyped = 200

// parseTyped checks a typed answer.
func parseTyped(raw string) (string, error) {
	if !utf8.ValidString(raw) {
		return "", quiz.Errorf(quiz.EINVALID, "That answer has characters I cannot read.")
	}
	text := strings.Join(strings.Fields(raw), " ")
	for _, r := range text {
		if unicode.IsControl(r) {
			return "", quiz.Errorf(quiz.EINVALID, "An answer cannot have control characters.")
		}
	}
	switch n := utf8.RuneCountInString(text); {
	case n == 0:
		return "", quiz.Errorf(quiz.EINVALID, "Type your answer, or press one of the options.")
	case n > maxTyped:
		return "", quiz.Errorf(quiz.EINVALID, "That answer is too long: %d characters at most.", maxTyped)
	}
	return text, nil
}
