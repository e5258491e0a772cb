package web

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"unicode/utf8"

	"quizbot/bot"
	"quizbot/quiz"
)

// A teacher's own topics: a text uploaded on the page becomes a draft topic
// that nobody plays until the teacher has reviewed its questions and
// published it.

// postTopic is POST /api/topics: a multipart form with the text in "file"
// (.txt or .md, up to 1 MB) and optionally a "name". 201 with the draft.
func (s *Server) postTopic(w http.ResponseWriter, r *http.Request, sess *quiz.Session) error {
	r.Body = http.MaxBytesReader(w, r.Body, bot.MaxUpload+64<<10)
	f, hdr, err := r.FormFile("file")
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		return invalid("file", "The file is larger than 1 MB. Split it into smaller texts.")
	case err != nil:
		return invalid("file", "Choose a .txt or .md file to upload.")
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, bot.MaxUpload+1))
	if err != nil {
		return invalid("file", "The file could not be read. Try again.")
	}
	// The name is checked before the questions are made: a wrong name is
	// answered at once, not after the slow part.
	name := strings.TrimSpace(r.FormValue("name"))
	if name != "" && (utf8.RuneCountInString(name) > 60 || checkText("name", name) != nil) {
		return invalid("name", "Give a name of at most 60 characters on one line.")
	}
	topic, qs, err := bot.ReadText(r.Context(), hdr.Filename, hdr.Header.Get("Content-Type"), data)
	if err != nil {
		var qe *quiz.Error
		if errors.As(err, &qe) && qe.Code == quiz.EINVALID {
			qe.Field = "file"
		}
		return err
	}
	if name != "" {
		topic = name
	}
	t, err := s.store.CreateDraftTopic(r.Context(), sess.Teacher.ID, topic, hdr.Filename, qs)
	if err != nil {
		var qe *quiz.Error
		if errors.As(err, &qe) && qe.Code == quiz.ECONFLICT {
			return invalid("name", "%s", qe.Message)
		}
		return fmt.Errorf("store draft topic: %w", err)
	}
	writeJSON(w, http.StatusCreated, topicOut(t))
	return nil
}

// topicPatch is the body of PATCH /api/topics/{id}.
type topicPatch struct {
	Draft *bool `json:"draft"`
}

// patchTopic is PATCH /api/topics/{id}: {"draft": false} publishes the
// teacher's draft.
func (s *Server) patchTopic(w http.ResponseWriter, r *http.Request, sess *quiz.Session) error {
	id, err := pathID(r, "topic")
	if err != nil {
		return err
	}
	var p topicPatch
	if err := decodeJSON(w, r, &p); err != nil {
		return err
	}
	t, err := s.visibleTopic(r.Context(), sess, id)
	if err != nil {
		return err
	}
	if p.Draft != nil && *p.Draft && !t.Draft {
		return invalid("draft", "A topic in play cannot become a draft again; retire its questions instead.")
	}
	if p.Draft != nil && !*p.Draft && t.Draft {
		if t.OwnerID != sess.Teacher.ID {
			return quiz.Errorf(quiz.EFORBIDDEN, "Only the teacher who made this topic can publish it.")
		}
		if t.Questions == 0 {
			return invalid("draft", "Every question of this topic is retired: restore or add one before publishing.")
		}
		if err := s.store.PublishTopic(r.Context(), id); err != nil {
			return fmt.Errorf("publish topic: %w", err)
		}
		if t, err = s.store.Topic(r.Context(), id); err != nil {
			return fmt.Errorf("read topic: %w", err)
		}
	}
	writeJSON(w, http.StatusOK, topicOut(t))
	return nil
}
