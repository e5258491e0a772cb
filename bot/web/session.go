package web

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net/http"
	"strings"
	"time"

	"quizbot/quiz"
)

// Sign-in without passwords: a one-time link (from quizbot teacher-link or
// a teacher's chat) opens a session kept in an HttpOnly, SameSite cookie.
// Every change also carries the session's CSRF token in the X-CSRF-Token
// header (or a csrf form field), so that a page on another site cannot make
// a signed-in browser change anything.

// CookieName is the session cookie's name.
const CookieName = "quizbot_session"

// DefaultLinkTTL is how long a sign-in link waits to be used.
const DefaultLinkTTL = 15 * time.Minute

// newToken is 32 random bytes, URL-safe.
func newToken() string {
	b := make([]byte, 32)
	rand.Read(b) // never fails (crypto/rand, Go 1.24+)
	return base64.RawURLEncoding.EncodeToString(b)
}

// hashToken is what the store keeps of a token.
func hashToken(token string) string {
	h := sha256.Sum256([]byte(token))
	return hex.EncodeToString(h[:])
}

// SignInLink stores a one-time sign-in link for the teacher (a stored user)
// that expires at expires, and returns it under base, the address teachers'
// browsers reach ("http://127.0.0.1:8080").
func SignInLink(ctx context.Context, store quiz.TeacherStore, teacherID int64, base string, expires time.Time) (string, error) {
	token := newToken()
	if err := store.CreateSignIn(ctx, teacherID, hashToken(token), expires); err != nil {
		return "", fmt.Errorf("store sign-in link: %w", err)
	}
	return strings.TrimRight(base, "/") + "/signin?token=" + token, nil
}

// signIn is GET /signin?token=...: a good link opens a session and leads to
// the teacher's page; any other gets the sign-in page saying why.
func (s *Server) signIn(w http.ResponseWriter, r *http.Request) {
	token := r.URL.Query().Get("token")
	if token == "" || len(token) > 200 {
		s.render(w, r, http.StatusBadRequest, "signin.html", pageData{Error: "This sign-in link is incomplete. Copy the whole link."})
		return
	}
	userID, err := s.store.RedeemSignIn(r.Context(), hashToken(token))
	if err != nil {
		status := http.StatusUnauthorized
		if quiz.ErrorCode(err) == quiz.EINTERNAL {
			s.log.Error("redeem sign-in link", "err", err)
			status = http.StatusInternalServerError
		}
		s.render(w, r, status, "signin.html", pageData{Error: quiz.ErrorMessage(err)})
		return
	}
	sessionToken := newToken()
	sess := &quiz.Session{Teacher: quiz.User{ID: userID}, CSRF: newToken(), Expires: s.cfg.Now().Add(s.cfg.SessionTTL)}
	if err := s.store.CreateSession(r.Context(), hashToken(sessionToken), sess); err != nil {
		s.log.Error("create session", "err", err)
		s.render(w, r, http.StatusInternalServerError, "signin.html", pageData{Error: quiz.ErrorMessage(err)})
		return
	}
	http.SetCookie(w, &http.Cookie{Name: CookieName, Value: sessionToken, Path: "/", HttpOnly: true,
		Secure: r.TLS != nil, SameSite: http.SameSiteLaxMode, Expires: sess.Expires, MaxAge: int(s.cfg.SessionTTL / time.Second)})
	// The link's token must not stay in the address bar or the history.
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// signOut is POST /signout (with the CSRF form field).
func (s *Server) signOut(w http.ResponseWriter, r *http.Request) {
	if sess, token := s.session(r); sess != nil {
		if !s.csrfOK(r, sess) {
			http.Error(w, "The form expired: reload the page and try again.", http.StatusForbidden)
			return
		}
		if err := s.store.DeleteSession(r.Context(), hashToken(token)); err != nil {
			s.log.Error("delete session", "err", err)
		}
	}
	http.SetCookie(w, &http.Cookie{Name: CookieName, Value: "", Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode, MaxAge: -1})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// session returns the request's session and its cookie token; nil when
// there is none.
func (s *Server) session(r *http.Request) (*quiz.Session, string) {
	c, err := r.Cookie(CookieName)
	if err != nil || c.Value == "" || len(c.Value) > 200 {
		return nil, ""
	}
	sess, err := s.store.Session(r.Context(), hashToken(c.Value))
	if err != nil {
		s.log.Error("read session", "err", err)
		return nil, ""
	}
	return sess, c.Value
}

// csrfOK checks a change's CSRF token against the session's.
func (s *Server) csrfOK(r *http.Request, sess *quiz.Session) bool {
	got := r.Header.Get("X-CSRF-Token")
	if got == "" && strings.HasPrefix(r.Header.Get("Content-Type"), "application/x-www-form-urlencoded") {
		got = r.PostFormValue("csrf")
	}
	return got != "" && subtle.ConstantTimeCompare([]byte(got), []byte(sess.CSRF)) == 1
}

// safeMethod reports whether a request only reads.
func safeMethod(m string) bool { return m == http.MethodGet || m == http.MethodHead }
