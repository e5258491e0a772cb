package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"unicode"
	"unicode/utf8"

	"quizbot/quiz"
)

// Reviewing questions: topics with their counts, each topic's questions
// with their statistics, edits that pass the same validator as generated
// questions, retiring and restoring, and questions added by hand.

// maxBody bounds a JSON body: a question is well under a kilobyte.
const maxBody = 64 << 10

type topicJSON struct {
	ID        int64  `json:"id"`
	Name      string `json:"name"`
	Questions int    `json:"questions"`
	Draft     bool   `json:"draft"`
}

func topicOut(t *quiz.Topic) topicJSON {
	return topicJSON{ID: t.ID, Name: t.Name, Questions: t.Questions, Draft: t.Draft}
}

// getTopics is GET /api/topics: the shared topics and the teacher's own,
// drafts first.
func (s *Server) getTopics(w http.ResponseWriter, r *http.Request, sess *quiz.Session) error {
	ts, err := s.store.TeacherTopics(r.Context(), sess.Teacher.ID)
	if err != nil {
		return fmt.Errorf("list topics: %w", err)
	}
	out := make([]topicJSON, 0, len(ts))
	for i := range ts {
		out = append(out, topicOut(&ts[i]))
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

// visibleTopic returns the topic if the teacher may see it: a shared one
// or their own.
func (s *Server) visibleTopic(ctx context.Context, sess *quiz.Session, id int64) (*quiz.Topic, error) {
	t, err := s.store.Topic(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("read topic: %w", err)
	}
	if t.OwnerID != 0 && t.OwnerID != sess.Teacher.ID {
		return nil, quiz.Errorf(quiz.EFORBIDDEN, "This is another teacher's topic.")
	}
	return t, nil
}

// getQuestions is GET /api/topics/{id}/questions.
func (s *Server) getQuestions(w http.ResponseWriter, r *http.Request, sess *quiz.Session) error {
	id, err := pathID(r, "topic")
	if err != nil {
		return err
	}
	if _, err := s.visibleTopic(r.Context(), sess, id); err != nil {
		return err
	}
	qs, err := s.store.TopicQuestions(r.Context(), id)
	if err != nil {
		return fmt.Errorf("list questions: %w", err)
	}
	if qs == nil {
		qs = []quiz.ReviewQuestion{}
	}
	for i := range qs {
		fillLists(&qs[i].Question)
	}
	writeJSON(w, http.StatusOK, qs)
	return nil
}

// fillLists makes empty lists [] rather than null in JSON, as in generate.
func fillLists(q *quiz.Question) {
	if q.Options == nil {
		q.Options = []string{}
	}
	if q.Aliases == nil {
		q.Aliases = []string{}
	}
}

// getQuestion is GET /api/questions/{id}.
func (s *Server) getQuestion(w http.ResponseWriter, r *http.Request, sess *quiz.Session) error {
	rq, err := s.visibleQuestion(r.Context(), sess, r.PathValue("id"))
	if err != nil {
		return err
	}
	fillLists(&rq.Question)
	writeJSON(w, http.StatusOK, rq)
	return nil
}

// visibleQuestion returns the question if its topic is visible to the
// teacher.
func (s *Server) visibleQuestion(ctx context.Context, sess *quiz.Session, id string) (*quiz.ReviewQuestion, error) {
	rq, err := s.store.ReviewQuestion(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("read question: %w", err)
	}
	if _, err := s.visibleTopic(ctx, sess, rq.TopicID); err != nil {
		return nil, err
	}
	return rq, nil
}

// questionPatch is the body of PATCH /api/questions/{id}: the fields to
// change, any of them.
type questionPatch struct {
	Kind        *quiz.Kind `json:"kind"`
	Question    *string    `json:"question"`
	Options     *[]string  `json:"options"`
	Answer      *string    `json:"answer"`
	Aliases     *[]string  `json:"aliases"`
	Explanation *string    `json:"explanation"`
	Retired     *bool      `json:"retired"`
}

// decodeJSON reads a JSON object body into v, refusing unknown fields, and
// says which field is wrong where it can.
func decodeJSON(w http.ResponseWriter, r *http.Request, v any) error {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil && dec.Decode(new(json.RawMessage)) != io.EOF {
		err = errors.New("more than one JSON value")
	}
	var typeErr *json.UnmarshalTypeError
	var tooBig *http.MaxBytesError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &typeErr):
		return invalid(typeErr.Field, "%s has the wrong type: give a %s.", typeErr.Field, jsonType(typeErr.Type.Kind().String()))
	case errors.As(err, &tooBig):
		return invalid("", "The request is too large.")
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		field := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		return invalid(field, "There is no field %q here.", field)
	}
	return invalid("", "The body is not a JSON object.")
}

func jsonType(kind string) string {
	switch kind {
	case "slice":
		return "list of strings"
	case "bool":
		return "true or false"
	}
	return "string"
}

// patchQuestion is PATCH /api/questions/{id}.
func (s *Server) patchQuestion(w http.ResponseWriter, r *http.Request, sess *quiz.Session) error {
	var p questionPatch
	if err := decodeJSON(w, r, &p); err != nil {
		return err
	}
	rq, err := s.visibleQuestion(r.Context(), sess, r.PathValue("id"))
	if err != nil {
		return err
	}
	q := rq.Question
	if err := p.apply(&q); err != nil {
		return err
	}
	retired := rq.Retired
	if p.Retired != nil {
		retired = *p.Retired
	}
	if err := s.store.EditQuestion(r.Context(), &q, retired); err != nil {
		return fmt.Errorf("edit question: %w", err)
	}
	rq, err = s.store.ReviewQuestion(r.Context(), q.ID)
	if err != nil {
		return fmt.Errorf("read question: %w", err)
	}
	fillLists(&rq.Question)
	writeJSON(w, http.StatusOK, rq)
	return nil
}

// apply changes q as the patch says, trimming what people type, and
// refuses text that no platform could show.
func (p *questionPatch) apply(q *quiz.Question) error {
	if p.Kind != nil {
		q.Kind = *p.Kind
	}
	var err error
	text := func(field string, dst *string, src *string) {
		if src == nil || err != nil {
			return
		}
		*dst = strings.TrimSpace(*src)
		err = checkText(field, *dst)
	}
	list := func(field string, dst *[]string, src *[]string) {
		if src == nil || err != nil {
			return
		}
		out := make([]string, 0, len(*src))
		for _, v := range *src {
			v = strings.TrimSpace(v)
			if err = checkText(field, v); err != nil {
				return
			}
			if v != "" || field == "options" {
				out = append(out, v)
			}
		}
		*dst = out
	}
	text("question", &q.Stem, p.Question)
	list("options", &q.Options, p.Options)
	text("answer", &q.Answer, p.Answer)
	list("aliases", &q.Aliases, p.Aliases)
	text("explanation", &q.Explanation, p.Explanation)
	if err != nil {
		return err
	}
	if len(q.Aliases) > 20 {
		return invalid("aliases", "Give at most 20 other accepted answers.")
	}
	for _, a := range q.Aliases {
		if utf8.RuneCountInString(a) > quiz.MaxOptionLen {
			return invalid("aliases", "An accepted answer is longer than %d characters.", quiz.MaxOptionLen)
		}
	}
	return q.Validate()
}

// checkText refuses control characters (line breaks among them: every
// field is one line on every platform) and text that is not UTF-8.
func checkText(field, v string) error {
	if !utf8.ValidString(v) {
		return invalid(field, "This is not text.")
	}
	for _, c := range v {
		if unicode.IsControl(c) || c == utf8.RuneError {
			return invalid(field, "Remove the line breaks and control characters.")
		}
	}
	return nil
}

// newQuestion is the body of POST /api/topics/{id}/questions.
type newQuestion struct {
	Kind        quiz.Kind `json:"kind"`
	Question    string    `json:"question"`
	Options     []string  `json:"options"`
	Answer      string    `json:"answer"`
	Aliases     []string  `json:"aliases"`
	Explanation string    `json:"explanation"`
}

// addQuestion is POST /api/topics/{id}/questions: a question written by
// hand, checked like every other.
func (s *Server) addQuestion(w http.ResponseWriter, r *http.Request, sess *quiz.Session) error {
	topicID, err := pathID(r, "topic")
	if err != nil {
		return err
	}
	if _, err := s.visibleTopic(r.Context(), sess, topicID); err != nil {
		return err
	}
	var n newQuestion
	if err := decodeJSON(w, r, &n); err != nil {
		return err
	}
	if n.Kind == quiz.TrueFalse && len(n.Options) == 0 {
		n.Options = []string{"True", "False"}
	}
	if n.Options == nil {
		n.Options = []string{}
	}
	if n.Aliases == nil {
		n.Aliases = []string{}
	}
	p := questionPatch{Kind: &n.Kind, Question: &n.Question, Options: &n.Options, Answer: &n.Answer, Aliases: &n.Aliases,
		Explanation: &n.Explanation}
	q := quiz.Question{Difficulty: 0.5, Quality: 1, Source: "written by " + sess.Teacher.Name}
	if err := p.apply(&q); err != nil {
		return err
	}
	if err := s.store.AddQuestion(r.Context(), topicID, &q); err != nil {
		return fmt.Errorf("add question: %w", err)
	}
	rq, err := s.store.ReviewQuestion(r.Context(), q.ID)
	if err != nil {
		return fmt.Errorf("read question: %w", err)
	}
	fillLists(&rq.Question)
	writeJSON(w, http.StatusCreated, rq)
	return nil
}
