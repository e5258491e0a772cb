package web

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"unicode"
	"unicode/utf8"

	"quizbot/quiz"
)

// The JSON API under /api/: 401 without a session, 403 for a change without
// the session's CSRF token or for someone else's class, 400 with the field at
// fault for bad input, 404 for what does not exist, 409 when the class is not
// in a state to do that.

// apiHandler is an API handler for a signed-in teacher; a returned error is
// answered by writeError.
type apiHandler func(w http.ResponseWriter, r *http.Request, sess *quiz.Session) error

// api wraps h with the session and CSRF checks.
func (s *Server) api(h apiHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		sess, _ := s.session(r)
		if sess == nil {
			writeJSON(w, http.StatusUnauthorized, errorBody{Error: "Sign in first: ask for a sign-in link."})
			return
		}
		if !safeMethod(r.Method) && !s.csrfOK(r, sess) {
			writeJSON(w, http.StatusForbidden, errorBody{Error: "This change needs the X-CSRF-Token header of your session (GET /api/session)."})
			return
		}
		if err := h(w, r, sess); err != nil {
			s.writeError(w, r, err)
		}
	}
}

type errorBody struct {
	Error string `json:"error"`
	Field string `json:"field,omitempty"`
}

// invalidBody is the 400 answer: the field is always there, "" when the
// fault is not in one field.
type invalidBody struct {
	Error string `json:"error"`
	Field string `json:"field"`
}

// writeError answers an error with its status and message; only internal
// errors are logged, and their text never reaches the browser.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	var qe *quiz.Error
	errors.As(err, &qe)
	switch quiz.ErrorCode(err) {
	case quiz.EINVALID:
		writeJSON(w, http.StatusBadRequest, invalidBody{Error: sentence(quiz.ErrorMessage(err)), Field: qe.Field})
	case quiz.ENOTFOUND:
		writeJSON(w, http.StatusNotFound, errorBody{Error: quiz.ErrorMessage(err)})
	case quiz.EFORBIDDEN:
		writeJSON(w, http.StatusForbidden, errorBody{Error: quiz.ErrorMessage(err)})
	case quiz.ECONFLICT:
		writeJSON(w, http.StatusConflict, errorBody{Error: quiz.ErrorMessage(err)})
	default:
		s.log.Error("api", "method", r.Method, "path", r.URL.Path, "err", err)
		writeJSON(w, http.StatusInternalServerError, errorBody{Error: quiz.ErrorMessage(err)})
	}
}

// sentence starts a message with a capital letter: the validator's
// messages are written to follow "question 3: ".
func sentence(msg string) string {
	r, n := utf8.DecodeRuneInString(msg)
	if n == 0 {
		return msg
	}
	return string(unicode.ToUpper(r)) + msg[n:]
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	enc.Encode(v)
}

// invalid is a 400 error about one field.
func invalid(field, format string, args ...any) error {
	e := quiz.Errorf(quiz.EINVALID, format, args...)
	e.Field = field
	return e
}

// pathID reads the numeric {id} of the path; what names it for people.
func pathID(r *http.Request, what string) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, quiz.Errorf(quiz.ENOTFOUND, "There is no such %s.", what)
	}
	return id, nil
}

// getSession is GET /api/session.
func (s *Server) getSession(w http.ResponseWriter, r *http.Request, sess *quiz.Session) error {
	writeJSON(w, http.StatusOK, map[string]string{"teacher": sess.Teacher.Name, "csrf": sess.CSRF})
	return nil
}
