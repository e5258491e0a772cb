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

	// Review. SkipCard schedules the question for the player's review as a
	// question not known (a /skip), without an answer or points.
	DueCards(ctx context.Context, userID int64, now time.Time, n int) ([]Question, error)
	SkipCard(ctx context.Context, userID int64, questionID string, at time.Time) error

	// Privacy.
	ForgetUser(ctx context.Context, userID int64) error

	// Platform events and adapter state.
	MarkEvent(ctx context.Context, id string) (fresh bool, err error)
	State(ctx context.Context, key string) (string, error)
	SetState(ctx context.Context, key, value string) error
	// SetStateFor stores a value that State returns for keep only (a
	// poll's options, of no use once the poll is closed); the store prunes
	// it after that.
	SetStateFor(ctx context.Context, key, value string, keep time.Duration) error

	// Classes (class.go). CreateClass stores the class and, when r is not
	// nil, its live round (with r.ClassID set) at once; ECONFLICT if the chat
	// has an open round.
	CreateClass(ctx context.Context, c *Class, r *Round) error
	Class(ctx context.Context, id int64) (*Class, error)
	// LatestClass is the chat's most recent class (chatID 0: any chat's);
	// nil when there is none.
	LatestClass(ctx context.Context, chatID int64) (*Class, error)
	// ClassByCode returns the latest class that took the code (students of
	// other chats and browsers join a class with it), nil when none did.
	ClassByCode(ctx context.Context, code string) (*Class, error)
	// JoinClass adds the student; joined is false when already a member.
	JoinClass(ctx context.Context, classID, userID int64) (joined bool, err error)
	IsMember(ctx context.Context, classID, userID int64) (bool, error)
	ClassMembers(ctx context.Context, classID int64) ([]User, error) // in join order
	// CountAnswered is how many players answered question seq of the
	// round and how many students the class has, read together: what a
	// live class checks after every answer, without reading either list.
	CountAnswered(ctx context.Context, roundID int64, seq int, classID int64) (answered, members int, err error)

	// Homework. OpenAssignments lists the assignments on the platform not yet
	// due, of classes in chats where the user joined a class or answered.
	CreateAssignment(ctx context.Context, a *Assignment) error
	Assignment(ctx context.Context, id int64) (*Assignment, error)
	OpenAssignments(ctx context.Context, platform string, userID int64, now time.Time) ([]Assignment, error)
	// HomeworkAnswered lists the questions the user answered in homework
	// rounds of the class.
	HomeworkAnswered(ctx context.Context, classID, userID int64) ([]string, error)

	// ClassReport gathers the class's questions, students and answers (live
	// round and homework) into a report.
	ClassReport(ctx context.Context, classID int64) (*Report, error)

	// Question banks. ImportQuestions stores questions under their own
	// topics (q.Topic, which must be set) in one transaction: all or none.
	// ExportQuestions returns the questions in play, of one topic or all
	// ("").
	ImportQuestions(ctx context.Context, source string, qs []Question) (added int, err error)
	ExportQuestions(ctx context.Context, topic string) ([]Question, error)

	// Mail decided with a change and delivered after it (mail.go).
	MailStore
}
