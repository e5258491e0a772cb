package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"quizbot/bot"
	"quizbot/quiz"
)

// Classes: the teacher's list, a class opened and driven from the page, and
// the report. A teacher reaches only the classes they opened (403 for
// another's), wherever they opened them.

type classJSON struct {
	ID       int64     `json:"id"`
	Code     string    `json:"code,omitempty"`
	Topic    string    `json:"topic"`
	Chat     string    `json:"chat"`
	Platform string    `json:"platform"`
	State    string    `json:"state"` // lobby, asking, paused, done, or "" for homework only
	Created  time.Time `json:"created_at"`
}

// getClasses is GET /api/classes: the teacher's classes, latest first.
func (s *Server) getClasses(w http.ResponseWriter, r *http.Request, sess *quiz.Session) error {
	list, err := s.classList(r.Context(), sess)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, list)
	return nil
}

func (s *Server) classList(ctx context.Context, sess *quiz.Session) ([]classJSON, error) {
	cs, err := s.store.TeacherClasses(ctx, sess.Teacher.ID)
	if err != nil {
		return nil, fmt.Errorf("list classes: %w", err)
	}
	out := make([]classJSON, 0, len(cs))
	for i := range cs {
		c := &cs[i]
		cj := classJSON{ID: c.ID, Topic: c.Topic, Chat: c.ChatTitle, Platform: c.Platform, Created: c.CreatedAt.UTC()}
		r, err := s.store.ClassRound(ctx, c.ID)
		if err != nil {
			return nil, fmt.Errorf("read class round: %w", err)
		}
		if r != nil {
			cj.State = r.State
			if r.State != quiz.Done {
				cj.Code = c.Code
			}
		}
		out = append(out, cj)
	}
	return out, nil
}

// ownClass returns the class of the path if it is the teacher's.
func (s *Server) ownClass(r *http.Request, sess *quiz.Session) (*quiz.Class, error) {
	id, err := pathID(r, "class")
	if err != nil {
		return nil, err
	}
	c, err := s.store.Class(r.Context(), id)
	if err != nil {
		return nil, fmt.Errorf("read class: %w", err)
	}
	if c.TeacherID != sess.Teacher.ID {
		return nil, quiz.Errorf(quiz.EFORBIDDEN, "This is another teacher's class.")
	}
	return c, nil
}

// classRequest is the body of POST /api/classes. Topic is a topic's name
// or id; empty mixes every topic.
type classRequest struct {
	Topic   json.RawMessage `json:"topic"`
	Count   int             `json:"count"`
	Seconds int             `json:"seconds"`
}

// postClass is POST /api/classes: a class played in the browser, waiting in
// its lobby. 201 with its id and code.
func (s *Server) postClass(w http.ResponseWriter, r *http.Request, sess *quiz.Session) error {
	var req classRequest
	if err := decodeJSON(w, r, &req); err != nil {
		return err
	}
	topic, err := s.topicName(r.Context(), req.Topic)
	if err != nil {
		return err
	}
	if req.Count < 0 || req.Count > bot.MaxClassSize {
		return invalid("count", "A class quiz has 1 to %d questions.", bot.MaxClassSize)
	}
	if req.Seconds != 0 && (req.Seconds < 5 || req.Seconds > 600) {
		return invalid("seconds", "Give 5 to 600 seconds per question.")
	}
	// A fresh code is a fresh chat; a clash with a code whose class still
	// runs is rare and answered by another code.
	for try := 0; ; try++ {
		code := bot.NewClassCode()
		title := "Class " + code
		c, err := s.svc.OpenClass(r.Context(), bot.Chat{Platform: Platform, ID: code, Title: title}, &sess.Teacher,
			topic, req.Count, req.Seconds)
		if quiz.ErrorCode(err) == quiz.ECONFLICT && try < 5 {
			continue
		}
		if err != nil {
			return fmt.Errorf("open class: %w", err)
		}
		writeJSON(w, http.StatusCreated, map[string]any{"id": c.ID, "code": code})
		return nil
	}
}

// topicName reads the topic of a class request: a name, an id, or nothing.
func (s *Server) topicName(ctx context.Context, raw json.RawMessage) (string, error) {
	v := strings.TrimSpace(string(raw))
	if v == "" || v == "null" || v == `""` {
		return "", nil
	}
	if id, err := strconv.ParseInt(v, 10, 64); err == nil {
		t, err := s.store.Topic(ctx, id)
		if quiz.ErrorCode(err) == quiz.ENOTFOUND {
			return "", invalid("topic", "There is no topic %d.", id)
		} else if err != nil {
			return "", fmt.Errorf("read topic: %w", err)
		}
		if t.Draft {
			return "", invalid("topic", "%s is a draft: publish it before a class plays it.", t.Name)
		}
		return t.Name, nil
	}
	var name string
	if err := json.Unmarshal(raw, &name); err != nil {
		return "", invalid("topic", "Give the topic's name or id.")
	}
	ts, err := s.store.Topics(ctx)
	if err != nil {
		return "", fmt.Errorf("list topics: %w", err)
	}
	for _, t := range ts {
		if strings.EqualFold(t.Name, strings.TrimSpace(name)) {
			return t.Name, nil
		}
	}
	return "", invalid("topic", "There is no topic %q.", name)
}

// getClass is GET /api/classes/{id}: the class as the live view shows it now.
func (s *Server) getClass(w http.ResponseWriter, r *http.Request, sess *quiz.Session) error {
	c, err := s.ownClass(r, sess)
	if err != nil {
		return err
	}
	v, err := s.liveView(r.Context(), c)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, v)
	return nil
}

// drive runs one of the teacher's class controls and answers with the view.
func (s *Server) drive(control func(ctx context.Context, classID int64, teacher *quiz.User) error) apiHandler {
	return func(w http.ResponseWriter, r *http.Request, sess *quiz.Session) error {
		c, err := s.ownClass(r, sess)
		if err != nil {
			return err
		}
		if err := control(r.Context(), c.ID, &sess.Teacher); err != nil {
			return fmt.Errorf("drive class %d: %w", c.ID, err)
		}
		v, err := s.liveView(r.Context(), c)
		if err != nil {
			return err
		}
		writeJSON(w, http.StatusOK, v)
		return nil
	}
}

// startClass is POST /api/classes/{id}/start: the first question.
func (s *Server) startClass(w http.ResponseWriter, r *http.Request, sess *quiz.Session) error {
	return s.drive(s.svc.BeginClass)(w, r, sess)
}

// nextQuestion is POST /api/classes/{id}/next: reveal now, or ask the next.
func (s *Server) nextQuestion(w http.ResponseWriter, r *http.Request, sess *quiz.Session) error {
	return s.drive(s.svc.NextQuestion)(w, r, sess)
}

// endClass is POST /api/classes/{id}/end.
func (s *Server) endClass(w http.ResponseWriter, r *http.Request, sess *quiz.Session) error {
	return s.drive(s.svc.EndClass)(w, r, sess)
}

// classReport is GET /api/classes/{id}/report: JSON as quizbot report
// --format json, or CSV with ?format=csv.
func (s *Server) classReport(w http.ResponseWriter, r *http.Request, sess *quiz.Session) error {
	c, err := s.ownClass(r, sess)
	if err != nil {
		return err
	}
	format := strings.ToLower(r.URL.Query().Get("format"))
	if format == "" {
		format = "json"
	}
	if format != "json" && format != "csv" {
		return invalid("format", "Ask for format csv or json.")
	}
	rep, err := s.store.ClassReport(r.Context(), c.ID)
	if err != nil {
		return fmt.Errorf("class report: %w", err)
	}
	if format == "csv" {
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	} else {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
	}
	if r.URL.Query().Has("download") {
		w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="class-%d.%s"`, c.ID, format))
	}
	if err := bot.WriteReport(w, format, rep); err != nil {
		s.log.Warn("write report", "class", c.ID, "err", err)
	}
	return nil
}
