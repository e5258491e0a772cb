package bot

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"quizbot/questions/document"
	"quizbot/quiz"
)

func TestParseDue(t *testing.T) {
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"3d", now.Add(72 * time.Hour), true},
		{"48h", now.Add(48 * time.Hour), true},
		{"2W", now.Add(14 * 24 * time.Hour), true},
		{"90m", now.Add(90 * time.Minute), true},
		{"2026-03-10", time.Date(2026, 3, 10, 23, 59, 59, 0, time.UTC), true},
		{"2026-03-10T18:30", time.Date(2026, 3, 10, 18, 30, 0, 0, time.UTC), true},
		{"0d", time.Time{}, false},
		{"3days", time.Time{}, false},
		{"2026-13-40", time.Time{}, false},
		{"history", time.Time{}, false},
		{"d", time.Time{}, false},
	} {
		got, ok := parseDue(c.in, now)
		if ok != c.ok || !got.Equal(c.want) {
			t.Errorf("parseDue(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestParseClassArgs(t *testing.T) {
	for _, c := range []struct {
		in             string
		topic          string
		count, seconds int
		err            bool
	}{
		{"", "", 5, 0, false},
		{"history", "history", 5, 0, false},
		{"world war 2 10 30", "world war 2", 10, 30, false}, // at most two trailing numbers are read
		{"world war 2 10", "world war", 2, 10, false},       // so a topic ending in a number needs both
		{"history 10 30", "history", 10, 30, false},
		{"10 30", "", 10, 30, false},
		{"history 0", "", 0, 0, true},
		{"history 51", "", 0, 0, true},
		{"history 10 3", "", 0, 0, true},
		{"history 10 601", "", 0, 0, true},
	} {
		topic, count, seconds, _, err := parseClassArgs(c.in, 5)
		if (err != nil) != c.err || (!c.err && (topic != c.topic || count != c.count || seconds != c.seconds)) {
			t.Errorf("parseClassArgs(%q) = %q, %d, %d, %v; want %q, %d, %d, error %v", c.in, topic, count, seconds, err, c.topic, c.count, c.seconds, c.err)
		}
	}
}

// FuzzUploadChecks feeds outside names, types and contents to the upload
// checks and the document reader: they never panic, a refusal is one
// readable line, and what passes is UTF-8 text from a file within the limit,
// with a usable topic name.
func FuzzUploadChecks(f *testing.F) {
	f.Add("notes.txt", "text/plain", []byte("The fort was built in 1685."))
	f.Add("a.pdf", "application/pdf", []byte("%PDF-1.7"))
	f.Add("../../etc/passwd", "", []byte{0, 1, 2})
	f.Add("ünïcødé — name.md", "text/markdown; charset=utf-8", []byte("# Title\n\nText."))
	f.Add("", "text/", []byte("\xff\xfe"))
	f.Fuzz(func(t *testing.T, name, mime string, data []byte) {
		name = withExtension(name, mime)
		msg := checkUpload(name, mime, int64(len(data)))
		var text string
		if msg == "" {
			doc, err := document.Read(name, data)
			if err != nil {
				msg = quiz.ErrorMessage(err)
			}
			text = doc.Text
		}
		if msg != "" {
			if strings.Contains(msg, "\n") && utf8.ValidString(name) && !strings.Contains(name, "\n") {
				t.Errorf("refusal of %q spans lines: %q", name, msg)
			}
			return
		}
		if int64(len(data)) > uploadLimit(name) || !utf8.ValidString(text) || strings.TrimSpace(text) == "" {
			t.Errorf("accepted %d bytes that give no text or pass the limit", len(data))
		}
		topic := topicFromFile(name)
		if strings.TrimSpace(topic) == "" || utf8.RuneCountInString(topic) > 60 {
			t.Errorf("topicFromFile(%q) = %q", name, topic)
		}
	})
}

func FuzzParseArgs(f *testing.F) {
	for _, s := range []string{"history 10 30", "3d", "2026-03-10T18:30", "9999999999999999999d", "-1 -1", "a\x00b 5"} {
		f.Add(s)
	}
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		if _, count, seconds, _, err := parseClassArgs(s, 5); err == nil && (count < 1 || count > MaxClassSize || (seconds != 0 && (seconds < 5 || seconds > 600))) {
			t.Errorf("parseClassArgs(%q) accepted count %d, seconds %d", s, count, seconds)
		}
		if due, ok := parseDue(s, now); ok && due.IsZero() {
			t.Errorf("parseDue(%q) accepted a zero time", s)
		}
	})
}
