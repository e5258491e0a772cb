package document

import (
	"bytes"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// readPlain reads text and Markdown as they are, converted to UTF-8 from
// what Windows and older editors save: UTF-16 (with its byte order mark, or
// recognised by its zero bytes) and Windows-1252 (any file that is not valid
// UTF-8: Latin-1 is its subset). Markdown is already what the generator
// reads.
func readPlain(data []byte) (Doc, error) {
	text, err := decode(data)
	if err != nil {
		return Doc{}, err
	}
	return Doc{Text: text}, nil
}

func decode(data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return utf16Text(data[2:], false), nil
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return utf16Text(data[2:], true), nil
	case utf16Guess(data):
		return utf16Text(data, data[0] == 0), nil
	}
	if utf8.Valid(data) {
		if bytes.IndexByte(data, 0) >= 0 {
			return "", unreadable("is not a text file (it holds binary data)")
		}
		return string(data), nil
	}
	// Not UTF-8: Windows-1252, which every byte decodes in. A file of
	// control bytes is binary all the same.
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return "", err
	}
	ctl := 0
	for _, c := range data {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	if ctl*20 > len(data) {
		return "", unreadable("is not a text file (it holds binary data)")
	}
	return string(out), nil
}

// utf16Guess recognises UTF-16 without a byte order mark by the zero byte
// that Latin letters have in every other position.
func utf16Guess(data []byte) bool {
	n := min(len(data), 512) &^ 1
	if n < 4 {
		return false
	}
	evenZero, oddZero := 0, 0
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			evenZero++
		}
		if data[i+1] == 0 {
			oddZero++
		}
	}
	half := n / 2
	return evenZero*10 > half*7 && oddZero == 0 || oddZero*10 > half*7 && evenZero == 0
}

func utf16Text(data []byte, bigEndian bool) string {
	u := make([]uint16, len(data)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			u[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	return string(utf16.Decode(u))
}
