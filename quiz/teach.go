package quiz

import (
	"context"
	"time"
)

// Teaching from a browser: a teacher signs in with a one-time link, works in
// a session, reviews and edits questions, and follows their classes. The
// store keeps only hashes of the link and session tokens, so a copy of the
// database signs nobody in.

// Session is a signed-in teacher's session.
type Session struct {
	Teacher User
	CSRF    string // the token every change must carry
	Expires time.Time
}

// ItemStats are a question's statistics from every answer it was given:
// the first answer of each player counts, and the discrimination is the
// point-biserial against the player's first-time score on the topic.
type ItemStats struct {
	Answered       int      `json:"answered"`
	PercentCorrect float64  `json:"percent_correct"`
	AvgSeconds     float64  `json:"avg_seconds"`
	Discrimination float64  `json:"discrimination"`
	Flagged        bool     `json:"flagged"`
	Reasons        []string `json:"reasons"`
}

// MinFlagAnswers is how many answers a question needs before its
// statistics may flag it: two unlucky answers say nothing.
const MinFlagAnswers = 5

// FirstAnswer is a player's first answer to a question: what TopicStats
// counts.
type FirstAnswer struct {
	Question string
	User     int64
	Correct  bool
	Millis   int64
}

// TopicStats works out the statistics of a topic's questions from each
// player's first answer to each, given in order of question. A player's
// total is their number of first answers right on the topic.
func TopicStats(firsts []FirstAnswer) map[string]ItemStats {
	score := map[int64]float64{}
	for _, f := range firsts {
		if f.Correct {
			score[f.User]++
		}
	}
	out := map[string]ItemStats{}
	for i := 0; i < len(firsts); {
		j := i
		var item []bool
		var total []float64
		var right int
		var ms int64
		for ; j < len(firsts) && firsts[j].Question == firsts[i].Question; j++ {
			item = append(item, firsts[j].Correct)
			total = append(total, score[firsts[j].User])
			ms += firsts[j].Millis
			if firsts[j].Correct {
				right++
			}
		}
		n := j - i
		st := ItemStats{Answered: n, PercentCorrect: 100 * float64(right) / float64(n),
			AvgSeconds: float64(ms) / 1000 / float64(n), Discrimination: PointBiserial(item, total), Reasons: []string{}}
		if n >= MinFlagAnswers {
			is := ItemStat{PercentCorrect: st.PercentCorrect, Discrimination: st.Discrimination}
			Flag(&is)
			st.Flagged, st.Reasons = is.Flagged, is.Reasons
		}
		out[firsts[i].Question] = st
		i = j
	}
	return out
}

// StatsOf returns the question's statistics from TopicStats' map: zero, with
// an empty list of reasons, for a question nobody answered.
func StatsOf(stats map[string]ItemStats, questionID string) ItemStats {
	st := stats[questionID]
	if st.Reasons == nil {
		st.Reasons = []string{}
	}
	return st
}

// ReviewQuestion is a question as a teacher reviews it: in or out of play,
// with its statistics.
type ReviewQuestion struct {
	Question
	TopicID int64     `json:"topic_id"`
	Retired bool      `json:"retired"`
	Stats   ItemStats `json:"stats"`
}

// ErrBadSignIn is every store's one answer to a sign-in link that cannot be
// used (used already, expired, mistyped), so that a guesser learns nothing
// about which links exist.
var ErrBadSignIn = &Error{Code: ENOTFOUND,
	Message: "This sign-in link is not valid: it was used already, it expired, or it was mistyped. Ask for a new one."}

// TeacherStore is what the teacher's web pages need kept, beside Store.
// Both stores implement it: storage (SQLite) and storage/postgres.
type TeacherStore interface {
	// CreateSignIn stores a one-time sign-in link for the user, by the hash
	// of its token. RedeemSignIn uses it up and returns the user; ENOTFOUND
	// when it is unknown, used or expired.
	CreateSignIn(ctx context.Context, userID int64, tokenHash string, expires time.Time) error
	RedeemSignIn(ctx context.Context, tokenHash string) (userID int64, err error)

	// CreateSession stores a session by the hash of its cookie token;
	// Session returns it, nil when unknown or expired.
	CreateSession(ctx context.Context, tokenHash string, s *Session) error
	Session(ctx context.Context, tokenHash string) (*Session, error)
	DeleteSession(ctx context.Context, tokenHash string) error

	// Topic returns one topic, drafts too; ENOTFOUND when there is none.
	Topic(ctx context.Context, id int64) (*Topic, error)
	// TeacherTopics lists the shared topics and the user's own, drafts
	// included (Topics leaves drafts out).
	TeacherTopics(ctx context.Context, userID int64) ([]Topic, error)
	// CreateDraftTopic stores a new topic of the owner's as a draft, out of
	// play; ECONFLICT when the name is taken. PublishTopic puts it in play.
	CreateDraftTopic(ctx context.Context, ownerID int64, name, source string, qs []Question) (*Topic, error)
	PublishTopic(ctx context.Context, id int64) error
	// TopicQuestions lists a topic's questions, retired ones too, with
	// their statistics.
	TopicQuestions(ctx context.Context, topicID int64) ([]ReviewQuestion, error)
	ReviewQuestion(ctx context.Context, id string) (*ReviewQuestion, error)
	// EditQuestion stores a changed question under its id (its past answers
	// stay with it) and puts it in or out of play; the question must pass
	// Validate. AddQuestion files a new question under the topic.
	EditQuestion(ctx context.Context, q *Question, retired bool) error
	AddQuestion(ctx context.Context, topicID int64, q *Question) error

	// TeacherClasses lists the classes the user opened, latest first.
	TeacherClasses(ctx context.Context, userID int64) ([]Class, error)
	// ClassRound returns the class's live round in whatever state, nil when
	// the class has none (homework only).
	ClassRound(ctx context.Context, classID int64) (*Round, error)

	// SigningKey returns the 32-byte key kept under name, made the first
	// time it is asked for, the same for every process on the store.
	SigningKey(ctx context.Context, name string) ([]byte, error)
}
