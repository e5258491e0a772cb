package web

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"quizbot/bot"
	"quizbot/quiz"
)

// FuzzJoinForm: whatever is typed in the join form, the code and the name
// come back either clean (a code of the alphabet's capitals, a name of 1 to
// 32 printable characters with single spaces) or refused with a message for
// people, never a Go error string, and a clean value reads the same again.
func FuzzJoinForm(f *testing.F) {
	for _, s := range []string{"K7QM2X", "k7q-m2x ", "", "ABC", "ÄÖÜ123", "Ann Lee", "  Ann   Lee ", "Ann\u202eevil",
		"\x00", "\xff\xfe", strings.Repeat("é", 33), "ﾠ", "A\tB", "Zoë 🦊"} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, code, name string) {
		c, err := parseCode(code)
		if err != nil {
			checkRefusal(t, "code", code, err)
		} else {
			if len(c) != bot.CodeLen || strings.Trim(c, bot.CodeAlphabet) != "" {
				t.Fatalf("parseCode(%q) = %q; not a code", code, c)
			}
			if again, err := parseCode(c); err != nil || again != c {
				t.Fatalf("parseCode(%q) = %q, %v; want it unchanged", c, again, err)
			}
		}
		n, err := parseName(name)
		if err != nil {
			checkRefusal(t, "name", name, err)
			return
		}
		if !utf8.ValidString(n) || n == "" || utf8.RuneCountInString(n) > MaxNameLen || strings.Contains(n, "  ") || strings.TrimSpace(n) != n {
			t.Fatalf("parseName(%q) = %q; not a clean name", name, n)
		}
		for _, r := range n {
			if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
				t.Fatalf("parseName(%q) = %q keeps %U", name, n, r)
			}
		}
		if again, err := parseName(n); err != nil || again != n {
			t.Fatalf("parseName(%q) = %q, %v; want it unchanged", n, again, err)
		}
	})
}

func checkRefusal(t *testing.T, what, in string, err error) {
	t.Helper()
	msg := quiz.ErrorMessage(err)
	if quiz.ErrorCode(err) != quiz.EINVALID || msg == "" || strings.Contains(msg, "strconv") || strings.Contains(msg, "invalid") {
		t.Fatalf("%s %q refused with %v (%q); want a message for people", what, in, err, msg)
	}
}
