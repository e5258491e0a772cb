package quiz

import (
	"context"
	"time"
)

// Housekeeping is what a teacher's housekeeping from the command line needs
// kept, beside Store (Topics, RetireQuestion): topics renamed and deleted,
// retired questions listed and put back in play, the classes listed, banks
// imported over the questions they name. Both stores implement it.
type Housekeeping interface {
	// RenameTopic gives a topic (named in any case) a new name; ENOTFOUND
	// when there is none, ECONFLICT when another topic has the new name.
	RenameTopic(ctx context.Context, old, name string) error
	// DeleteTopic deletes the topic's questions nobody answered, with their
	// review cards, and takes the others out of play (reports refer to
	// them); the topic goes when no question is left in it.
	DeleteTopic(ctx context.Context, name string) (deleted, kept int, err error)
	// UnretireQuestion puts a retired question back in play; ENOTFOUND when
	// there is no such question.
	UnretireQuestion(ctx context.Context, id string) error
	// RetiredQuestions lists the questions out of play, by topic and then
	// in the order they were stored.
	RetiredQuestions(ctx context.Context) ([]Question, error)
	// Classes lists every class, the latest first.
	Classes(ctx context.Context) ([]ClassSummary, error)
	// ImportBank is ImportQuestions that also updates the stored questions
	// a bank names by id (Ref): an exported bank, edited and imported
	// back, changes its questions in place, history and all. It says how
	// many it added and how many it updated.
	ImportBank(ctx context.Context, source string, qs []Question) (added, updated int, err error)
}

// ClassSummary is one line of the list of classes.
type ClassSummary struct {
	ID       int64
	Chat     string // the chat's title, or its platform and id
	Topic    string
	Students int
	Started  time.Time
}
