package web

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"strings"

	"quizbot/quiz"
)

// The pages: server-rendered, usable without script for reading; a few
// lines of script (static/app.js) send the edits and follow the live class.
// Nothing but the sign-in page is served without a session.

// pageData is what every template gets.
type pageData struct {
	Title   string
	Teacher string
	CSRF    string
	Error   string

	Topics    []quiz.Topic
	Topic     *quiz.Topic
	Questions []quiz.ReviewQuestion
	Classes   []classJSON
	Class     *quiz.Class
	Report    *quiz.Report
	TopicIDs  map[string]int64 // topic name → id, for links from the report
	Kinds     []quiz.Kind
}

type pageHandler func(w http.ResponseWriter, r *http.Request, sess *quiz.Session, d *pageData) (tmpl string, err error)

// page wraps a page handler with the session check: a stranger gets the
// sign-in page (200 at /, 401 elsewhere).
func (s *Server) page(h pageHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		sess, _ := s.session(r)
		if sess == nil {
			status := http.StatusUnauthorized
			if r.URL.Path == "/" {
				status = http.StatusOK
			}
			s.render(w, r, status, "signin.html", pageData{Title: "Sign in"})
			return
		}
		d := &pageData{Teacher: sess.Teacher.Name, CSRF: sess.CSRF, Kinds: quiz.Kinds}
		tmpl, err := h(w, r, sess, d)
		if err != nil {
			status := http.StatusInternalServerError
			switch quiz.ErrorCode(err) {
			case quiz.ENOTFOUND:
				status = http.StatusNotFound
			case quiz.EFORBIDDEN:
				status = http.StatusForbidden
			case quiz.EINVALID:
				status = http.StatusBadRequest
			default:
				s.log.Error("page", "path", r.URL.Path, "err", err)
			}
			d.Title, d.Error = "Not available", quiz.ErrorMessage(err)
			s.render(w, r, status, "error.html", *d)
			return
		}
		s.render(w, r, http.StatusOK, tmpl, *d)
	}
}

// render executes a template into a buffer first, so that a template error
// becomes a clean 500 rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, d pageData) {
	s.renderAny(w, r, status, name, d)
}

// renderAny is render for any template data (the students' pages).
func (s *Server) renderAny(w http.ResponseWriter, r *http.Request, status int, name string, d any) {
	var buf bytes.Buffer
	if err := s.pages.ExecuteTemplate(&buf, name, d); err != nil {
		s.log.Error("render page", "page", name, "err", err)
		http.Error(w, "Sorry, this page could not be shown.", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	w.WriteHeader(status)
	buf.WriteTo(w)
}

// homePage is GET /: topics, a class to open, and the teacher's classes.
func (s *Server) homePage(w http.ResponseWriter, r *http.Request, sess *quiz.Session, d *pageData) (string, error) {
	ts, err := s.store.TeacherTopics(r.Context(), sess.Teacher.ID)
	if err != nil {
		return "", fmt.Errorf("list topics: %w", err)
	}
	cs, err := s.classList(r.Context(), sess)
	if err != nil {
		return "", err
	}
	d.Title, d.Topics, d.Classes = "Your classes", ts, cs
	return "home.html", nil
}

// topicPage is GET /topics/{id}: the questions to review, edit, retire,
// restore, and a form to add one.
func (s *Server) topicPage(w http.ResponseWriter, r *http.Request, sess *quiz.Session, d *pageData) (string, error) {
	id, err := pathID(r, "topic")
	if err != nil {
		return "", err
	}
	t, err := s.visibleTopic(r.Context(), sess, id)
	if err != nil {
		return "", err
	}
	qs, err := s.store.TopicQuestions(r.Context(), id)
	if err != nil {
		return "", fmt.Errorf("list questions: %w", err)
	}
	d.Title, d.Topic, d.Questions = t.Name, t, qs
	return "topic.html", nil
}

// livePage is GET /classes/{id}: the projector view.
func (s *Server) livePage(w http.ResponseWriter, r *http.Request, sess *quiz.Session, d *pageData) (string, error) {
	c, err := s.ownClass(r, sess)
	if err != nil {
		return "", err
	}
	d.Title, d.Class = fmt.Sprintf("Class %d", c.ID), c
	return "live.html", nil
}

// resultsPage is GET /classes/{id}/results: students, questions, charts,
// downloads, and the flagged questions linked to their edit forms.
func (s *Server) resultsPage(w http.ResponseWriter, r *http.Request, sess *quiz.Session, d *pageData) (string, error) {
	c, err := s.ownClass(r, sess)
	if err != nil {
		return "", err
	}
	rep, err := s.store.ClassReport(r.Context(), c.ID)
	if err != nil {
		return "", fmt.Errorf("class report: %w", err)
	}
	ts, err := s.store.Topics(r.Context())
	if err != nil {
		return "", fmt.Errorf("list topics: %w", err)
	}
	d.TopicIDs = map[string]int64{}
	for _, t := range ts {
		d.TopicIDs[t.Name] = t.ID
	}
	d.Title, d.Class, d.Report = fmt.Sprintf("Results of class %d", c.ID), c, rep
	return "results.html", nil
}

// funcs are the templates' helpers.
var funcs = template.FuncMap{
	"pct":    func(f float64) string { return fmt.Sprintf("%.0f%%", f) },
	"num1":   func(f float64) string { return fmt.Sprintf("%.1f", f) },
	"num2":   func(f float64) string { return fmt.Sprintf("%.2f", f) },
	"lines":  func(l []string) string { return strings.Join(l, "\n") },
	"add":    func(a, b int) int { return a + b },
	"letter": func(i int) string { return string(rune('A' + i)) },
	"kind": func(k quiz.Kind) string {
		return map[quiz.Kind]string{quiz.MultipleChoice: "multiple choice", quiz.TrueFalse: "true/false",
			quiz.FillBlank: "fill in the blank", quiz.ShortAnswer: "short answer"}[k]
	},
	"date": func(c quiz.Class) string { return c.CreatedAt.UTC().Format("2 Jan 2006 15:04") },
	"width": func(n, total int) string {
		if total <= 0 {
			return "0"
		}
		return fmt.Sprintf("%d", 100*n/total)
	},
	"pctWidth": func(f float64) string { return fmt.Sprintf("%.0f", max(0, min(100, f))) },
	"mul100":   func(f float64) float64 { return 100 * f },
}
