// Package questions turns source texts into quiz questions: clean, segment,
// annotate, generate candidates, pick distractors, rank and gate. It knows
// nothing of chats or SQL.
//
// The pipeline over-generates and ranks (after Heilman and Smith): every
// usable sentence yields candidates of all four kinds for each answer span
// (names typed by document-wide votes, dates, years, numbers, key noun
// phrases), and the ranker keeps the best one or two per sentence.
package questions

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"quizbot/quiz"
)

// Source is one text to generate from.
type Source struct {
	Name string // file name or other label, used when the text has no title
	Text string
}

// MaxSourceBytes bounds one text: far above any encyclopedia article, low
// enough that a stray large file is refused at once instead of ground through.
const MaxSourceBytes = 1 << 20

// Generate returns the ranked questions for the sources. Distractors may be
// drawn from every source, so related texts are best generated together.
func Generate(srcs []Source) ([]quiz.Question, error) {
	return GenerateContext(context.Background(), srcs, nil)
}

// noQuestions says why the sources gave no question, and what would give
// some; hadCandidates tells whether any question was made before ranking.
func noQuestions(srcs []Source, hadCandidates bool) error {
	switch {
	case allStories(srcs):
		return quiz.Errorf(quiz.EINVALID, "no questions were made from %s: it reads as a story told in scenes, with dialogue, and quizbot asks about facts, not yet about a story's plot. A summary of the plot (who does what, where and when) makes good questions", labels(srcs))
	case hadCandidates && words(srcs) >= longText:
		// A long text is not helped by being longer: it explains in
		// general statements, which are asked only when they name
		// something particular.
		return quiz.Errorf(quiz.EINVALID, "no questions could be made from %s: its sentences explain in general terms, and the questions they allow are too easy to guess or lean on the sentences around them; key terms given as definitions (\"X is called Y\", or \"Term: meaning\" lines), names, dates and figures give questions", labels(srcs))
	case hadCandidates:
		return quiz.Errorf(quiz.EINVALID, "no questions could be made from %s: the few its sentences allow are side details or too easy to guess; a longer text, with its main facts (names, dates, figures, key terms) in full sentences, gives more", labels(srcs))
	}
	return quiz.Errorf(quiz.EINVALID, "no questions could be made from %s: none of its sentences states a fact (a name, a date, a number or a key term) that a student could answer without the rest of the text", labels(srcs))
}

// longText is the length, in words, from which a text that gives no
// question is not told to be longer.
const longText = 300

// words counts the words of the sources.
func words(srcs []Source) int {
	n := 0
	for _, s := range srcs {
		n += len(strings.Fields(s.Text))
	}
	return n
}

// GenerateContext is Generate with cancellation and progress: progress, if
// not nil, is called with the number of sources analysed so far and the
// total (plus one final step for ranking).
func GenerateContext(ctx context.Context, srcs []Source, progress func(done, total int)) ([]quiz.Question, error) {
	cands, err := allCandidates(ctx, srcs, progress)
	if err != nil {
		return nil, err
	}
	out := rank(cands)
	if progress != nil {
		progress(len(srcs)+1, len(srcs)+1)
	}
	if len(out) == 0 {
		return nil, noQuestions(srcs, len(cands) > 0)
	}
	return out, nil
}

// allStories reports whether every source is a told story.
func allStories(srcs []Source) bool {
	for _, src := range srcs {
		if !told(src.Text) {
			return false
		}
	}
	return len(srcs) > 0
}

// allCandidates analyses the sources and over-generates every candidate
// question, before ranking.
func allCandidates(ctx context.Context, srcs []Source, progress func(done, total int)) ([]candidate, error) {
	if len(srcs) == 0 {
		return nil, quiz.Errorf(quiz.EINVALID, "no texts to make questions from")
	}
	total := len(srcs) + 1
	var all []sentence
	var lists []listOf
	for i, src := range srcs {
		if err := check(src); err != nil {
			return nil, err
		}
		sents, a, err := analyse(ctx, src, i)
		if err != nil {
			if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
				return nil, err
			}
			return nil, fmt.Errorf("analyse %s: %w", src.Name, err)
		}
		usable := 0
		for _, s := range sents {
			if s.Usable {
				usable++
			}
		}
		for k := range a.Lists {
			lists = append(lists, listOf{Art: a, Doc: i, G: &a.Lists[k]})
			usable += len(a.Lists[k].Entries)
		}
		if usable == 0 {
			return nil, quiz.Errorf(quiz.EINVALID, "no usable sentences found in %s: it needs running prose in English, in full sentences", label(src))
		}
		if told(src.Text) {
			sents = nil // see story.go
		}
		all = append(all, sents...)
		if progress != nil {
			progress(i+1, total)
		}
	}
	p := newPool(all)
	var cands []candidate
	for i := range all {
		if all[i].Usable {
			cands = append(cands, candidates(&all[i], p)...)
		}
	}
	asked := map[string]bool{}
	for _, l := range lists {
		cands = append(cands, entryCandidates(l, asked)...)
	}
	return cands, nil
}

// analyse runs one source through clean, segment, annotate and resolve.
func analyse(ctx context.Context, src Source, doc int) ([]sentence, *article, error) {
	a := clean(src.Name, src.Text)
	sents, err := segment(ctx, &a, doc)
	if err != nil {
		return nil, nil, err
	}
	v := votes{}
	for _, s := range sents {
		vote(v, s.Toks)
	}
	voteDiscourse(v, sents)
	main := mainSubject(&a, sents, v)
	a.Main = main.Name
	a.MainType = main.Type
	if len(sents) > 0 {
		a.Kind = categoryNoun(sents[0].Toks)
	}
	a.Ent = newEntities(&a, sents, v)
	resolve(sents, v, main, a.Ent)
	sents = splitClauses(sents, v)
	myths(sents, v)
	foils(sents, v)
	nf := newNounFreq(&a, sents)
	for i := range sents {
		if sents[i].Usable {
			sents[i].Spans = a.runToAbbreviation(sents[i].Q, annotate(sents[i].Q, v, nf))
		}
	}
	words := 0
	for i := range sents {
		words += len(strings.Fields(sents[i].Text))
	}
	if len(sents) > 0 {
		a.meanWords = float64(words) / float64(len(sents))
	}
	usable, named := 0, 0
	for i := range sents {
		if sents[i].Usable {
			usable++
			if specific(&sents[i]) {
				named++
			}
		}
	}
	if usable > 0 {
		a.specifics = float64(named) / float64(usable)
	}
	return sents, &a, nil
}

// check refuses, with a plain message, input that is not English prose:
// empty, too large, binary, or in another language or script.
func check(src Source) error {
	name := label(src)
	t := src.Text
	switch {
	case strings.TrimSpace(t) == "":
		return quiz.Errorf(quiz.EINVALID, "%s is empty", name)
	case len(t) > MaxSourceBytes:
		return quiz.Errorf(quiz.EINVALID, "%s is too large (%.1f MB); the limit is %d MB per text", name, float64(len(t))/(1<<20), MaxSourceBytes>>20)
	}
	bad, ctrl, letters, latin := 0, 0, 0, 0
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		i += n
		switch {
		case r == utf8.RuneError && n == 1:
			bad++
		case r == 0 || unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t':
			ctrl++
		case unicode.IsLetter(r):
			letters++
			if unicode.In(r, unicode.Latin) {
				latin++
			}
		}
	}
	if bad+ctrl > len(t)/100+2 {
		return quiz.Errorf(quiz.EINVALID, "%s is not a text file (it looks binary)", name)
	}
	if letters < 20 {
		return quiz.Errorf(quiz.EINVALID, "no usable sentences found in %s: it holds almost no words", name)
	}
	if latin*10 < letters*6 || !english(t) {
		return quiz.Errorf(quiz.EINVALID, "%s does not look like English text; questions can only be made from English", name)
	}
	return nil
}

var functionWords = set("the", "of", "and", "in", "to", "a", "was", "is", "by", "for", "with", "as", "on", "that",
	"were", "from", "his", "her", "their", "it", "an", "at", "which", "are", "be", "this", "or", "had", "has")

// english reports whether English function words are frequent enough: in
// any English prose they make up a good share of the words.
func english(t string) bool {
	if len(t) > 200000 {
		t = t[:200000]
	}
	words, fn := 0, 0
	for _, w := range strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		words++
		if functionWords[strings.ToLower(w)] {
			fn++
		}
	}
	return words > 0 && fn*100 >= words*8
}

func label(src Source) string {
	if src.Name != "" {
		return src.Name
	}
	return "the text"
}

func labels(srcs []Source) string {
	if len(srcs) == 1 {
		return label(srcs[0])
	}
	return fmt.Sprintf("%d texts", len(srcs))
}
