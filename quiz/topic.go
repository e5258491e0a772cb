package quiz

// Topic is a named set of questions, usually from one source text.
type Topic struct {
	ID        int64
	Name      string
	Source    string
	Questions int // questions in play (not retired)
	// OwnerID is the teacher who made the topic on the web pages, 0 for a
	// shared topic; Draft keeps it out of play until they publish it.
	OwnerID int64
	Draft   bool
}
