package bank

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"

	"quizbot/quiz"
)

// JSON is quizbot's own format: an array of objects with the field names of
// quizbot generate --format json (quiz.Question's json tags). Unknown fields
// are ignored. Ids are always computed by quiz.QuestionID; the id in the
// file is kept as Ref, so that an import updates the stored question it
// names (an edit) instead of adding a copy. A
// missing kind is inferred: options True and False make true_false, other
// options multiple_choice, a stem with quiz.Blank fill_blank, else
// short_answer. Text is kept as it is (no white space folding).

func parseJSON(data []byte) ([]quiz.Question, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		if err == io.EOF {
			return nil, nil
		}
		return nil, jsonError(data, err, int(dec.InputOffset()))
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return nil, invalid(lineAt(data, skipSpace(data, 0)), "the file must be a JSON array of questions, [ {…}, … ]")
	}
	var qs []quiz.Question
	for dec.More() {
		at := skipSpace(data, int(dec.InputOffset()))
		line := lineAt(data, at)
		var q quiz.Question
		if err := dec.Decode(&q); err != nil {
			return nil, jsonError(data, err, at)
		}
		if q.Kind == "" {
			q.Kind = inferKind(&q)
		}
		q.Topic = strings.TrimSpace(q.Topic)
		if err := finish(&q, line); err != nil {
			return nil, err
		}
		qs = append(qs, q)
	}
	if _, err := dec.Token(); err != nil { // the closing ]
		return nil, jsonError(data, err, int(dec.InputOffset()))
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, invalid(lineAt(data, skipSpace(data, int(dec.InputOffset()))), "text after the end of the array")
	}
	return qs, nil
}

func inferKind(q *quiz.Question) quiz.Kind {
	switch {
	case len(q.Options) == 2 && q.Options[0] == "True" && q.Options[1] == "False":
		return quiz.TrueFalse
	case len(q.Options) > 0:
		return quiz.MultipleChoice
	case strings.Contains(q.Stem, quiz.Blank):
		return quiz.FillBlank
	}
	return quiz.ShortAnswer
}

// skipSpace skips white space and the commas between array elements.
func skipSpace(data []byte, i int) int {
	for i < len(data) && strings.IndexByte(" \t\r\n,", data[i]) >= 0 {
		i++
	}
	return i
}

// jsonError turns encoding/json's error into a message with a line. at is
// where the value being decoded starts: a type error's offset counts from there.
func jsonError(data []byte, err error, at int) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return invalid(lineAt(data, int(se.Offset)), "the JSON is malformed here")
	case errors.As(err, &te):
		line := lineAt(data, at+int(te.Offset)-1)
		if te.Field == "" {
			return invalid(lineAt(data, at), "each question must be a JSON object {…}")
		}
		return invalid(line, "the field %q has the wrong type (%s)", te.Field, te.Value)
	case errors.Is(err, io.ErrUnexpectedEOF), err == io.EOF:
		return invalid(lineAt(data, len(data)), "the JSON ends before the array is closed")
	}
	return invalid(lineAt(data, at), "the JSON cannot be read here")
}

func writeJSON(w *bufio.Writer, qs []quiz.Question) error {
	out := make([]quiz.Question, len(qs))
	for i, q := range qs {
		// [] rather than null: the contract says options are empty for typed kinds.
		if q.Options == nil {
			q.Options = []string{}
		}
		if q.Aliases == nil {
			q.Aliases = []string{}
		}
		out[i] = q
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
