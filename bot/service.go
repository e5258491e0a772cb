package bot

import (
	"context"
	"log/slog"
	"time"

	"quizbot/quiz"
)

// Config tunes a Service. Zero values get the defaults.
type Config struct {
	QuestionTime time.Duration // per question, default 30 s (a chat may set its own)
	Pause        time.Duration // between reveal and next question in groups, default 3 s
	RoundSize    int           // questions per round, default 5
	Clock        Clock         // nil: the real clock
	Logger       *slog.Logger
}

// Service runs the conversation for every platform registered with it.
type Service struct {
	store quiz.Store
	cfg   Config
	out   map[string]Outbox
}

// New returns a Service on store. Register outboxes, then Start.
func New(store quiz.Store, cfg Config) *Service {
	return &Service{store: store, cfg: cfg, out: map[string]Outbox{}}
}

// Register sets the Outbox for a platform.
func (s *Service) Register(platform string, out Outbox) { s.out[platform] = out }

// Start resumes what a restart interrupted: open questions get their
// remaining time, or are closed.
func (s *Service) Start(ctx context.Context) error { return nil }

// Handle runs one Incoming to the end; replies go out through the Outbox of
// its platform before Handle returns.
func (s *Service) Handle(ctx context.Context, in Incoming) error { return nil }

// Close stops the timers and waits for work under way.
func (s *Service) Close() {}

// Topics lists the names of the stored topics (Discord autocomplete).
func (s *Service) Topics(ctx context.Context) ([]string, error) { return nil, nil }

// State and SetState keep small adapter values across restarts (Telegram's
// last update id, poll ids).
func (s *Service) State(ctx context.Context, key string) (string, error) { return "", nil }

// SetState stores a value for State.
func (s *Service) SetState(ctx context.Context, key, value string) error { return nil }
