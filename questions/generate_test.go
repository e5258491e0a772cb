package questions_test

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"quizbot/corpus"
	"quizbot/questions"
	"quizbot/quiz"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// ownTexts are encyclopedic texts written for these tests, in fields the
// bundled corpus does not cover.
func ownTexts(t testing.TB) []questions.Source {
	files, err := filepath.Glob("testdata/texts/*.txt")
	if err != nil || len(files) < 3 {
		t.Fatalf("testdata/texts: %d files, %v", len(files), err)
	}
	var out []questions.Source
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, questions.Source{Name: filepath.Base(f), Text: string(b)})
	}
	return out
}

func generate(t testing.TB, srcs []questions.Source) []quiz.Question {
	t.Helper()
	qs, err := questions.Generate(srcs)
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	return qs
}

var (
	corpusOnce sync.Once
	corpusQs   []quiz.Question
	corpusErr  error
)

// corpusQuestions generates the bundled corpus once for all tests.
func corpusQuestions(t testing.TB) []quiz.Question {
	corpusOnce.Do(func() { corpusQs, corpusErr = questions.Generate(corpus.Sources()) })
	if corpusErr != nil {
		t.Fatalf("Generate(corpus): %v", corpusErr)
	}
	return corpusQs
}

func kinds(qs []quiz.Question) map[quiz.Kind]int {
	m := map[quiz.Kind]int{}
	for _, q := range qs {
		m[q.Kind]++
	}
	return m
}

func TestCorpusTargets(t *testing.T) {
	qs := corpusQuestions(t)
	// The bundled texts keep their noise (captions, timelines, an infobox)
	// and lean on context in most sentences; since every question must
	// stand alone, they give fewer questions than their length suggests;
	// the ranker's bar and the wording model's hold back more. The
	// wording model holds back both of their gaps: read blind on texts it
	// was not fitted on, a gap was usable 28 times in 70, 14 in 41 among
	// those it holds back.
	if len(qs) < 20 {
		t.Errorf("corpus: got %d questions; want at least 20", len(qs))
	}
	for _, k := range []quiz.Kind{quiz.MultipleChoice, quiz.TrueFalse, quiz.ShortAnswer} {
		if kinds(qs)[k] == 0 {
			t.Errorf("corpus: got no %s questions; want them", k)
		}
	}
	t.Logf("corpus: %d questions %v", len(qs), kinds(qs))
}

var (
	ownMu sync.Mutex
	ownQs = map[string][]quiz.Question{}
)

// ownQuestions generates one test text once for all tests.
func ownQuestions(t testing.TB, src questions.Source) []quiz.Question {
	t.Helper()
	ownMu.Lock()
	defer ownMu.Unlock()
	if qs, ok := ownQs[src.Name]; ok {
		return qs
	}
	qs := generate(t, []questions.Source{src})
	ownQs[src.Name] = qs
	return qs
}

func TestOwnTextsTargets(t *testing.T) {
	for _, src := range ownTexts(t) {
		qs := ownQuestions(t, src)
		words := len(strings.Fields(src.Text))
		// One question per sentence, and only from sentences that stand
		// alone and clear the ranker's bar: about one per 40 to 60 words
		// of an encyclopedia article.
		if len(qs)*60 < words {
			t.Errorf("%s: got %d questions for %d words; want at least one per 60 words", src.Name, len(qs), words)
		}
		// A short text may give only statements when no gap or choice of
		// it clears the ranker's bar; a longer one has room for both.
		if len(kinds(qs)) < 2 && words >= 250 {
			t.Errorf("%s: got kinds %v; want at least two kinds", src.Name, kinds(qs))
		}
		t.Logf("%s: %d words, %d questions (one per %.1f words) %v", src.Name, words, len(qs), float64(words)/float64(len(qs)), kinds(qs))
	}
}

var (
	reDebris      = regexp.MustCompile(`(?i)\[\s*\d+\s*\]|cite error|\bISBN\b|\bretrieved\b|\barchived\b|citation needed`)
	rePronounStem = regexp.MustCompile(`^(?i:he|she|it|they|his|her|its|their|this|these)\b`)
)

// TestProperties checks every rubric rule a machine can check, on every
// question of the corpus and of the test texts.
func TestProperties(t *testing.T) {
	qs := append([]quiz.Question(nil), corpusQuestions(t)...)
	for _, src := range ownTexts(t) {
		qs = append(qs, ownQuestions(t, src)...)
	}
	// Texts that fall short of the density target (testdata/hard: concept-
	// heavy science prose with few names and numbers) must still be clean.
	hard, _ := filepath.Glob("testdata/hard/*.txt")
	for _, f := range hard {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		hq := generate(t, []questions.Source{{Name: filepath.Base(f), Text: string(b)}})
		t.Logf("%s (hard): %d words, %d questions %v", filepath.Base(f), len(strings.Fields(string(b))), len(hq), kinds(hq))
		qs = append(qs, hq...)
	}
	ids := map[string]bool{}
	for _, q := range qs {
		if err := q.Validate(); err != nil {
			t.Errorf("Validate(%q) = %v; want nil", q.Stem, err)
		}
		if ids[q.ID] {
			t.Errorf("id %s of %q stands twice", q.ID, q.Stem)
		}
		ids[q.ID] = true
		if q.ID != quiz.QuestionID(q.Kind, q.Stem, q.Answer, q.Options) {
			t.Errorf("id of %q is not its content id", q.Stem)
		}
		if q.Kind != quiz.TrueFalse && !quiz.ContainsWords(q.Explanation, q.Answer) {
			t.Errorf("answer %q of %q is not in the explanation %q", q.Answer, q.Stem, q.Explanation)
		}
		for _, s := range append([]string{q.Stem, q.Explanation, q.Source, q.Section}, q.Options...) {
			if reDebris.MatchString(s) {
				t.Errorf("debris in %q", s)
			}
			if !utf8.ValidString(s) {
				t.Errorf("invalid UTF-8 in %q", s)
			}
		}
		if rePronounStem.MatchString(strings.TrimPrefix(q.Stem, questions.TrueFalsePrefix)) {
			t.Errorf("stem %q opens with a pronoun", q.Stem)
		}
		seen := map[string]bool{}
		for _, o := range q.Options {
			if seen[strings.ToLower(o)] {
				t.Errorf("option %q stands twice in %q", o, q.Stem)
			}
			seen[strings.ToLower(o)] = true
			if utf8.RuneCountInString(o) > quiz.MaxButtonLen {
				t.Errorf("option %q is longer than a button", o)
			}
		}
		switch q.Kind {
		case quiz.MultipleChoice:
			if len(q.Options) != 4 {
				t.Errorf("%q: got %d options; want 4", q.Stem, len(q.Options))
			}
		case quiz.FillBlank:
			if strings.Count(q.Stem, quiz.Blank) != 1 {
				t.Errorf("fill-blank %q: want exactly one gap", q.Stem)
			}
		}
		if q.Kind.Choice() && quiz.ContainsWords(q.Stem, q.Answer) && q.Kind != quiz.TrueFalse {
			t.Errorf("answer %q stands in the stem %q", q.Answer, q.Stem)
		}
		if q.Source == "" || q.Explanation == "" || q.Topic != "" {
			t.Errorf("%q: source %q, explanation %q, topic %q", q.Stem, q.Source, q.Explanation, q.Topic)
		}
		if q.Quality < 0 || q.Quality > 1 || q.Difficulty < 0 || q.Difficulty > 1 {
			t.Errorf("%q: quality %v, difficulty %v; want 0..1", q.Stem, q.Quality, q.Difficulty)
		}
	}
	// The answer must not be systematically the longest option.
	longest, mc := 0, 0
	for _, q := range qs {
		if q.Kind != quiz.MultipleChoice {
			continue
		}
		mc++
		l := len(q.Answer)
		top := true
		for _, o := range q.Options {
			if o != q.Answer && len(o) >= l {
				top = false
			}
		}
		if top {
			longest++
		}
	}
	if mc > 0 && longest*2 > mc {
		t.Errorf("the answer is the longest option in %d of %d questions", longest, mc)
	}
}

// TestStableIDs generates the test texts a second time (the corpus once is
// enough for the suite; the texts exercise the same code in a fraction of
// the time) and wants the very same questions.
func TestStableIDs(t *testing.T) {
	srcs := ownTexts(t)
	var a []quiz.Question
	for _, src := range srcs {
		a = append(a, ownQuestions(t, src)...)
	}
	var b []quiz.Question
	for _, src := range srcs {
		b = append(b, generate(t, []questions.Source{src})...)
	}
	if len(a) != len(b) {
		t.Fatalf("two runs: got %d and %d questions; want the same", len(a), len(b))
	}
	for i := range a {
		if a[i].ID != b[i].ID || strings.Join(a[i].Options, "|") != strings.Join(b[i].Options, "|") {
			t.Errorf("run 2 question %d = %s %q; want %s %q", i, b[i].ID, b[i].Options, a[i].ID, a[i].Options)
		}
	}
}

// TestGolden pins the output on the small test texts; run with -update to
// accept a change after reading the diff.
func TestGolden(t *testing.T) {
	for _, src := range ownTexts(t) {
		qs := ownQuestions(t, src)
		got, err := json.MarshalIndent(qs, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata", "golden", strings.TrimSuffix(src.Name, ".txt")+".json")
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -run Golden -update to create it)", err)
		}
		if string(want) != string(got)+"\n" {
			t.Errorf("%s: output differs from %s; run go test -run Golden -update and read the diff", src.Name, path)
		}
	}
}

func TestBadInput(t *testing.T) {
	big := strings.Repeat("The river flows into the sea near the old town of Example. ", 90000)
	garbage := make([]byte, 4096)
	for i := range garbage {
		garbage[i] = byte(i*7919 + i/3)
	}
	tests := []struct {
		name, text, want string
	}{
		{"empty.txt", "", "empty"},
		{"blank.txt", " \n\t\n", "empty"},
		{"binary.bin", string(garbage), "not a text file"},
		{"big.txt", big, "too large"},
		{"list.txt", "Apples\nPears\nPlums\nCherries and more cherries\nGrapes\nFigs\nDates\nLemons\nLimes", "no usable sentences"},
		{"de.txt", "Die Donau ist nach der Wolga der zweitlängste Fluss in Europa. Sie entspringt im Schwarzwald und mündet in das Schwarze Meer. Der Fluss ist etwa 2850 Kilometer lang und fließt durch zehn Staaten.", "English"},
		{"short.txt", "Mount Etna is a volcano in Sicily. It erupted in 2021 and in 2023.", "side details or too easy"},
		{"ru.txt", "Дунай — вторая по длине река в Европе после Волги. Он берёт начало в Шварцвальде и впадает в Чёрное море.", "English"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs, err := questions.Generate([]questions.Source{{Name: tt.name, Text: tt.text}})
			var qe *quiz.Error
			if !errors.As(err, &qe) || qe.Code != quiz.EINVALID {
				t.Fatalf("Generate(%s) = %d questions, %v; want an EINVALID *quiz.Error", tt.name, len(qs), err)
			}
			if !strings.Contains(qe.Message, tt.want) {
				t.Errorf("Generate(%s) message %q; want it to say %q", tt.name, qe.Message, tt.want)
			}
		})
	}
}

func FuzzGenerate(f *testing.F) {
	f.Add("Marie Curie was born in Warsaw in 1867. She moved to Paris in 1891 with 3,000 francs.")
	f.Add("Title\n\nThe Treaty of Paris was signed on 3 September 1783 by Britain and the United States.[1]")
	f.Add("\x00\xff\xfe")
	f.Add("# War\n\nThe war ruined Paraguay.\n\n## Timeline\n\n- 16 August 1869: At Acosta Ñu a Paraguayan force made up largely of boys is destroyed; the date is now Children's Day.\n")
	f.Fuzz(func(t *testing.T, text string) {
		qs, err := questions.Generate([]questions.Source{{Name: "fuzz", Text: text}})
		if err != nil && quiz.ErrorCode(err) != quiz.EINVALID {
			t.Fatalf("Generate: %v; want nil or EINVALID", err)
		}
		for _, q := range qs {
			if err := q.Validate(); err != nil {
				t.Errorf("Validate(%q) = %v", q.Stem, err)
			}
			if !utf8.ValidString(q.Stem) || !utf8.ValidString(q.Explanation) {
				t.Errorf("invalid UTF-8 in %q", q.Stem)
			}
		}
	})
}

func BenchmarkGenerate(b *testing.B) {
	srcs := corpus.Sources()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := questions.Generate(srcs); err != nil {
			b.Fatal(err)
		}
	}
}

// TestAliasesAccepted: every alias the generator writes for a typed
// question is accepted by the answer checker, and so is the answer.
func TestAliasesAccepted(t *testing.T) {
	var qs []quiz.Question
	for _, src := range ownTexts(t) {
		qs = append(qs, ownQuestions(t, src)...)
	}
	dev := questions.GeneratedDev(t)
	if len(dev) == 0 {
		t.Fatal("no development texts")
	}
	for _, r := range dev {
		// A development text may hold nothing worth asking (an invented
		// story's scenery); it then has no aliases to check.
		qs = append(qs, r.Questions...)
	}
	qs = append(qs, corpusQuestions(t)...)
	n := 0
	for _, q := range qs {
		if q.Kind != quiz.FillBlank && q.Kind != quiz.ShortAnswer {
			continue
		}
		for _, a := range append([]string{q.Answer}, q.Aliases...) {
			n++
			if !quiz.CheckTyped(&q, a) {
				t.Errorf("CheckTyped(%q, %q) = false; want the alias accepted", q.Stem, a)
			}
		}
	}
	if n == 0 {
		t.Fatal("no typed questions generated")
	}
}

// TestTopicNamedStatement: in a text of general truths, a statement that
// opens "The ..." and names the topic by its title's noun says of what
// ("The giraffe's neck can be almost 2 metres long") and may be asked.
func TestTopicNamedStatement(t *testing.T) {
	b, err := os.ReadFile("testdata/dev/children_giraffes.txt")
	if err != nil {
		t.Fatal(err)
	}
	qs, err := questions.Generate([]questions.Source{{Name: "giraffes.txt", Text: string(b)}})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		if strings.HasPrefix(q.Stem, "True or false: The giraffe") {
			return
		}
	}
	t.Errorf("no statement opening \"The giraffe\" among %d questions", len(qs))
}
