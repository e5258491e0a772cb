package telegram

import (
	"strings"
	"unicode/utf8"
)

// Telegram's limits, counted in UTF-16 code units as the Bot API counts.
const (
	maxText        = 4096
	maxCaption     = 1024
	maxCallback    = 200
	maxPollQ       = 300
	maxPollOption  = 100
	maxExplanation = 200
)

// units is the length of s in UTF-16 code units.
func units(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// split cuts s into pieces of at most limit units, at a paragraph, line or
// word break where there is one in the second half of a piece.
func split(s string, limit int) []string {
	var out []string
	for units(s) > limit {
		cut := prefix(s, limit) // bytes of the longest prefix that fits
		best := -1
		for _, sep := range []string{"\n\n", "\n", " "} {
			if i := strings.LastIndex(s[:cut], sep); i > cut/2 {
				best = i
				break
			}
		}
		if best < 0 {
			out = append(out, s[:cut])
			s = s[cut:]
			continue
		}
		out = append(out, strings.TrimRight(s[:best], " \n"))
		s = strings.TrimLeft(s[best:], " \n")
	}
	if s != "" || len(out) == 0 {
		out = append(out, s)
	}
	return out
}

// prefix is the byte length of the longest prefix of s of at most limit units.
func prefix(s string, limit int) int {
	n := 0
	for i, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if n+w > limit {
			return i
		}
		n += w
	}
	return len(s)
}

// shorten cuts s to limit units, ending with an ellipsis when it cuts.
func shorten(s string, limit int) string {
	if units(s) <= limit {
		return s
	}
	cut := prefix(s, limit-1)
	if i := strings.LastIndexByte(s[:cut], ' '); i > cut*2/3 {
		cut = i
	}
	return strings.TrimRight(s[:cut], " ") + "…"
}

// valid reports whether s is text Telegram will take.
func valid(s string) bool { return s != "" && utf8.ValidString(s) }
