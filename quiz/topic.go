package quiz

import "strings"

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

// The checks every store makes before it stores a topic or a bank, so that
// both stores refuse the same input with the same words.

// TopicName is a topic's name as stored, without surrounding spaces;
// EINVALID when nothing is left.
func TopicName(name string) (string, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return "", Errorf(EINVALID, "a topic needs a name")
	}
	return name, nil
}

// ValidateAll checks every question of a batch (Validate): the first flawed
// one fails the whole batch, with an EINVALID error that names it by its
// place and its text.
func ValidateAll(qs []Question) error {
	for i := range qs {
		if err := validateAt(qs, i); err != nil {
			return err
		}
	}
	return nil
}

// ValidateBank is ValidateAll for a question bank, whose questions must
// also each name their topic.
func ValidateBank(qs []Question) error {
	for i := range qs {
		if strings.TrimSpace(qs[i].Topic) == "" {
			return Errorf(EINVALID, "question %d (%q) has no topic", i+1, qs[i].Stem)
		}
		if err := validateAt(qs, i); err != nil {
			return err
		}
	}
	return nil
}

func validateAt(qs []Question, i int) error {
	if err := qs[i].Validate(); err != nil {
		return Errorf(EINVALID, "question %d (%q): %s", i+1, qs[i].Stem, ErrorMessage(err))
	}
	return nil
}

// GroupByTopic splits a bank's questions by topic, names compared without
// surrounding spaces and in any case ("Physics" is "physics "), the groups
// in the order their topics first appear and each in the bank's order.
func GroupByTopic(qs []Question) [][]Question {
	at := map[string]int{}
	var groups [][]Question
	for _, q := range qs {
		key := strings.ToLower(strings.TrimSpace(q.Topic))
		i, ok := at[key]
		if !ok {
			i = len(groups)
			at[key] = i
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], q)
	}
	return groups
}
