package quiz

// Topic is a named set of questions, usually from one source text.
type Topic struct {
	ID        int64
	Name      string
	Source    string
	Questions int // questions in play (not retired)
}
