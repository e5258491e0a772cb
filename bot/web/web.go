// Package web is quizbot in a browser: the teacher's pages and the JSON API
// under /api/ that they use, and the students' pages under /play. It is one
// more platform beside the chat platforms: a class opened from the page is
// a class in a chat of its own (platform "web", the chat's id is the class
// code), run by the same bot.Service with the same rules and timers, and the
// live view follows any class, wherever it was started, by reading the
// store. Students join any class by its code, as guests of its chat when it
// runs in a group or a channel (play.go).
package web

import (
	"context"
	"embed"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"quizbot/bot"
	"quizbot/quiz"
)

// Store is what the pages read and write: the quiz's store and the
// teacher's additions.
type Store interface {
	quiz.Store
	quiz.TeacherStore
}

// Config sets up a Server. Zero durations get the defaults.
type Config struct {
	Store   Store
	Service *bot.Service
	Logger  *slog.Logger
	// Now is the clock (tests replace it); nil is time.Now.
	Now func() time.Time
	// SessionTTL is how long a sign-in lasts, default 12 hours; LinkTTL how
	// long a sign-in link may wait to be used, default 15 minutes.
	SessionTTL, LinkTTL time.Duration
	// Tick is how often a live view looks for changes, default 250 ms: a
	// class started from a chat changes the store without telling us.
	Tick time.Duration
	// Heartbeat keeps idle event streams open through proxies, default 15 s.
	Heartbeat time.Duration
	// BaseURL is the address students' browsers reach
	// ("http://192.168.1.5:8080"). With it, classes held in chats of other
	// platforms get a code too, and their lobbies the link to /play; empty:
	// only classes opened from the page take students in a browser.
	BaseURL string
	// JoinRate and JoinBurst limit the wrong class codes one address may
	// try, default one every 3 seconds after 10 in a row.
	JoinRate  time.Duration
	JoinBurst int
}

// Server serves the pages and the API.
type Server struct {
	cfg   Config
	store Store
	svc   *bot.Service
	log   *slog.Logger
	pages *template.Template

	msgs    atomic.Int64  // ids of the "messages" the bot sends to web chats
	closing chan struct{} // closed by Close: live streams end
	once    sync.Once

	// moved is closed (and replaced) whenever the bot says something in a
	// web chat, so that live views of browser classes look at once rather
	// than at their next tick.
	mu    sync.Mutex
	moved chan struct{}

	play play // the students' side (play.go)
}

// changed returns a channel closed at the next change in a web chat.
func (s *Server) changed() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.moved
}

func (s *Server) bump() {
	s.mu.Lock()
	defer s.mu.Unlock()
	close(s.moved)
	s.moved = make(chan struct{})
}

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// New returns a Server and registers it with the Service as the outbox of
// web chats.
func New(cfg Config) *Server {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.SessionTTL <= 0 {
		cfg.SessionTTL = 12 * time.Hour
	}
	if cfg.LinkTTL <= 0 {
		cfg.LinkTTL = 15 * time.Minute
	}
	if cfg.Tick <= 0 {
		cfg.Tick = 250 * time.Millisecond
	}
	if cfg.Heartbeat <= 0 {
		cfg.Heartbeat = 15 * time.Second
	}
	if cfg.JoinRate <= 0 {
		cfg.JoinRate = 3 * time.Second
	}
	if cfg.JoinBurst <= 0 {
		cfg.JoinBurst = 10
	}
	cfg.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	s := &Server{cfg: cfg, store: cfg.Store, svc: cfg.Service, log: cfg.Logger.With("subsystem", "web"),
		closing: make(chan struct{}), moved: make(chan struct{})}
	s.pages = template.Must(template.New("").Funcs(funcs).ParseFS(templateFS, "templates/*.html"))
	s.play.init(s)
	if s.svc != nil {
		s.svc.Register(Platform, s, Capabilities)
		if cfg.BaseURL != "" {
			s.svc.TakeGuests(s)
		}
	}
	return s
}

// Close ends the live event streams, so that a server shutdown need not
// wait for browsers to hang up.
func (s *Server) Close() { s.once.Do(func() { close(s.closing) }) }

// Register adds the pages and the API to mux.
func (s *Server) Register(mux *http.ServeMux) {
	static, _ := fs.Sub(staticFS, "static")
	mux.Handle("GET /static/", http.StripPrefix("/static/", cacheFor(time.Hour, http.FileServerFS(static))))

	mux.HandleFunc("GET /{$}", s.page(s.homePage))
	mux.HandleFunc("GET /signin", s.signIn)
	mux.HandleFunc("POST /signout", s.signOut)
	mux.HandleFunc("GET /topics/{id}", s.page(s.topicPage))
	mux.HandleFunc("GET /classes/{id}", s.page(s.livePage))
	mux.HandleFunc("GET /classes/{id}/results", s.page(s.resultsPage))

	mux.HandleFunc("GET /api/session", s.api(s.getSession))
	mux.HandleFunc("GET /api/topics", s.api(s.getTopics))
	mux.HandleFunc("POST /api/topics", s.api(s.postTopic))
	mux.HandleFunc("PATCH /api/topics/{id}", s.api(s.patchTopic))
	mux.HandleFunc("GET /api/topics/{id}/questions", s.api(s.getQuestions))
	mux.HandleFunc("POST /api/topics/{id}/questions", s.api(s.addQuestion))
	mux.HandleFunc("GET /api/questions/{id}", s.api(s.getQuestion))
	mux.HandleFunc("PATCH /api/questions/{id}", s.api(s.patchQuestion))
	mux.HandleFunc("GET /api/classes", s.api(s.getClasses))
	mux.HandleFunc("POST /api/classes", s.api(s.postClass))
	mux.HandleFunc("GET /api/classes/{id}", s.api(s.getClass))
	mux.HandleFunc("POST /api/classes/{id}/start", s.api(s.startClass))
	mux.HandleFunc("POST /api/classes/{id}/next", s.api(s.nextQuestion))
	mux.HandleFunc("POST /api/classes/{id}/end", s.api(s.endClass))
	mux.HandleFunc("GET /api/classes/{id}/events", s.api(s.classEvents))
	mux.HandleFunc("GET /api/classes/{id}/report", s.api(s.classReport))

	s.registerPlay(mux)
}

// Handler is a mux with only the pages and the API (tests, and a server
// that serves nothing else).
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	s.Register(mux)
	return mux
}

func cacheFor(d time.Duration, h http.Handler) http.Handler {
	v := "public, max-age=" + strconv.Itoa(int(d/time.Second))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", v)
		h.ServeHTTP(w, r)
	})
}

// Send is the bot's outbox for web chats and for students in a browser.
// The pages show a class from the store rather than from the bot's
// messages, so a message needs no delivery; it gets an id so that the bot
// can "edit" it. A reply to a student's own request (a verdict, a refusal)
// goes to the request that waits for it (see inbox).
func (s *Server) Send(ctx context.Context, chat bot.Chat, r bot.Reply) (string, error) {
	if r.To != nil {
		if box, ok := ctx.Value(inboxKey{}).(*inbox); ok {
			box.add(r)
		}
	}
	if chat.Platform == Platform {
		s.bump()
	}
	return strconv.FormatInt(s.msgs.Add(1), 10), nil
}

// Edit accepts the bot's edits of web chat messages (see Send).
func (s *Server) Edit(ctx context.Context, chat bot.Chat, msgID string, r bot.Reply) error {
	s.bump()
	return nil
}

var _ bot.Outbox = (*Server)(nil)
