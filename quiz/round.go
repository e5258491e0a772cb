package quiz

import "time"

// Round states.
const (
	Asking = "asking" // a question is open until Deadline
	Paused = "paused" // between a reveal and the next question, until Deadline
	Done   = "done"
	Lobby  = "lobby" // a class waiting for its teacher's Start, until Deadline
)

// Round modes.
const (
	ModeQuiz   = "quiz"
	ModeReview = "review"
	ModeClass  = "class"
)

// Round is a run of questions in one chat. It lives in the store, timers
// included (Deadline), so that a restart resumes it.
type Round struct {
	ID          int64
	ChatID      int64
	StarterID   int64
	Mode        string
	Topic       string
	QuestionIDs []string
	Seq         int // index of the current question in QuestionIDs
	State       string
	AskedAt     time.Time // when the current question was asked
	Deadline    time.Time // when the current state ends
	TimeLimit   int       // seconds per question
	Hinted      bool      // a hint was given for the current question
	Idle        int       // questions in a row that nobody answered
	MessageID   string    // the platform's id of the current question's message
	ClassID     int64
}

// Attempt is one answer to one question.
type Attempt struct {
	RoundID    int64
	Seq        int
	QuestionID string
	UserID     int64
	UserName   string // filled when read back
	ChatID     int64
	Answer     string
	Option     int // chosen option, -1 for typed answers
	Correct    bool
	Points     int
	Elapsed    time.Duration
	Hinted     bool
	EventID    string // platform event id; an attempt with a known one is not recorded again
	At         time.Time
}

// Standing is a player's line on a leaderboard.
type Standing struct {
	UserID     int64
	Name       string
	Points     int
	Correct    int
	Answered   int
	Rounds     int
	Streak     int
	BestStreak int
	Rank       int // 1-based; 0 when the player has no score there
}

// Accuracy is the share of correct answers, 0 when none were given.
func (s Standing) Accuracy() float64 {
	if s.Answered == 0 {
		return 0
	}
	return float64(s.Correct) / float64(s.Answered)
}

// TopicResult is a player's accuracy on one topic.
type TopicResult struct {
	Topic    string
	Correct  int
	Answered int
}
