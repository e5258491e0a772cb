package quiz

import (
	"context"
	"time"
)

// Store is what the quiz needs kept. storage.DB implements it on SQLite.
// Every method is one transaction.
type Store interface {
	// Topics and questions.
	SaveTopic(ctx context.Context, name, source string, qs []Question) (added int, err error)
	Topics(ctx context.Context) ([]Topic, error)
	CountQuestions(ctx context.Context) (int, error)
	Question(ctx context.Context, id string) (*Question, error)
	// Candidates returns up to limit random questions in play for the topic
	// ("" = all), preferring those not among the chat's last 200 asked.
	Candidates(ctx context.Context, chatID int64, topic string, limit int) ([]Question, error)
	RetireQuestion(ctx context.Context, id string) error

	// Players and chats.
	EnsureUser(ctx context.Context, u *User) error
	EnsureChat(ctx context.Context, c *Chat) error
	UpdateChatSettings(ctx context.Context, c *Chat) error

	// Rounds.
	CreateRound(ctx context.Context, r *Round) error // ECONFLICT if the chat has one open
	UpdateRound(ctx context.Context, r *Round) error
	OpenRound(ctx context.Context, chatID int64) (*Round, error) // nil when none
	OpenRounds(ctx context.Context) ([]Round, error)
	ChatByID(ctx context.Context, id int64) (*Chat, error)

	// Answers. RecordAttempt stores the attempt, adds the points (with the
	// streak bonus worked out from the stored streak) to the chat's scope and
	// to the global board, and reschedules the player's review card, all at
	// once. recorded is false when the attempt's event, or an answer by the
	// same player to the same question of the round, was recorded before.
	RecordAttempt(ctx context.Context, a *Attempt, scope string, scored bool) (recorded bool, err error)
	Attempts(ctx context.Context, roundID int64, seq int) ([]Attempt, error)
	RoundAttempts(ctx context.Context, roundID int64) ([]Attempt, error)
	FinishRound(ctx context.Context, r *Round, scope string) error

	// Standings.
	Standing(ctx context.Context, scope string, userID int64) (Standing, error)
	Top(ctx context.Context, scope string, n int) ([]Standing, error)
	TopicResults(ctx context.Context, userID int64) ([]TopicResult, error)
	DailyAccuracy(ctx context.Context, userID int64) ([]time.Time, []float64, error)

	// Review.
	DueCards(ctx context.Context, userID int64, now time.Time, n int) ([]Question, error)

	// Privacy.
	ForgetUser(ctx context.Context, userID int64) error

	// Platform events and adapter state.
	MarkEvent(ctx context.Context, id string) (fresh bool, err error)
	State(ctx context.Context, key string) (string, error)
	SetState(ctx context.Context, key, value string) error
}
