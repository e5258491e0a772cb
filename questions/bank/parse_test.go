package bank

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"quizbot/quiz"
)

// want is what a test expects of one parsed question.
type want struct {
	kind        quiz.Kind
	stem        string
	options     []string
	answer      string
	aliases     []string
	explanation string
	topic       string
	timeLimit   int
	tolerance   float64
}

func parseFile(t *testing.T, format, name string) []quiz.Question {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	qs, err := Parse(format, f)
	if err != nil {
		t.Fatalf("Parse(%s, %s) error: %v", format, name, err)
	}
	return qs
}

func checkQuestions(t *testing.T, got []quiz.Question, wants []want) {
	t.Helper()
	if len(got) != len(wants) {
		for _, q := range got {
			t.Logf("got %s %q", q.Kind, q.Stem)
		}
		t.Fatalf("got %d questions; want %d", len(got), len(wants))
	}
	for i, w := range wants {
		q := got[i]
		if q.Kind != w.kind || q.Stem != w.stem || q.Answer != w.answer || q.Explanation != w.explanation ||
			q.Topic != w.topic || q.TimeLimit != w.timeLimit || q.Tolerance != w.tolerance ||
			!reflect.DeepEqual(q.Options, w.options) || !reflect.DeepEqual(q.Aliases, w.aliases) {
			t.Errorf("question %d:\ngot  %s %q opts=%q ans=%q ±%v aliases=%q expl=%q topic=%q time=%d\nwant %s %q opts=%q ans=%q ±%v aliases=%q expl=%q topic=%q time=%d",
				i, q.Kind, q.Stem, q.Options, q.Answer, q.Tolerance, q.Aliases, q.Explanation, q.Topic, q.TimeLimit,
				w.kind, w.stem, w.options, w.answer, w.tolerance, w.aliases, w.explanation, w.topic, w.timeLimit)
		}
		if id := quiz.QuestionID(q.Kind, q.Stem, q.Answer, q.Options); q.ID != id {
			t.Errorf("question %d: ID = %q; want quiz.QuestionID = %q", i, q.ID, id)
		}
		if err := q.Validate(); err != nil {
			t.Errorf("question %d: Validate() = %v; want nil", i, err)
		}
	}
}

var tf = []string{"True", "False"}

func TestParseGIFTFile(t *testing.T) {
	const dz, qing = "Dzungar Khanate", "Qing Dynasty"
	checkQuestions(t, parseFile(t, GIFT, "history.gift"), []want{
		{kind: quiz.MultipleChoice, stem: "Where did Amursana die of smallpox in 1757?",
			options: []string{"Tobolsk", "Semipalatinsk", "Kiakhta", "Ili"}, answer: "Tobolsk",
			explanation: "Yes: he had fled to Russian territory.", topic: dz},
		{kind: quiz.TrueFalse, stem: "Galdan Boshugtu Khan was defeated at the Battle of Jao Modo in 1696.", options: tf, answer: "True", topic: dz},
		{kind: quiz.TrueFalse, stem: "Albazin was a Qing fortress on the Amur.", options: tf, answer: "False",
			explanation: "Right: it was Russian.", topic: dz},
		{kind: quiz.TrueFalse, stem: "The Treaty of Nerchinsk was signed in 1689.", options: tf, answer: "True", topic: dz},
		{kind: quiz.TrueFalse, stem: "The Dzungar Khanate was founded in the 20th century.", options: tf, answer: "False", topic: dz},
		{kind: quiz.ShortAnswer, stem: "Which Qing emperor led the campaign against Galdan in person?", answer: "Kangxi",
			aliases: []string{"the Kangxi Emperor", "Xuanye"}, topic: dz},
		{kind: quiz.FillBlank, stem: "In 1686 the Qing sent _____ troops to retake Albazin.", answer: "3,000", aliases: []string{"3000"}, topic: dz},
		{kind: quiz.MultipleChoice, stem: "The Dzungars were a confederation of _____ tribes.",
			options: []string{"Manchu", "Oirat", "Han", "Tibetan"}, answer: "Oirat", topic: dz},
		{kind: quiz.ShortAnswer, stem: "In what year did Amursana die?", answer: "1757", tolerance: 2, topic: dz},
		// Moodle reads a range as its middle give or take half its width.
		{kind: quiz.ShortAnswer, stem: "In what decade was the Treaty of Nerchinsk signed (give a year)?", answer: "1684.5",
			tolerance: 4.5, topic: dz},
		{kind: quiz.ShortAnswer, stem: "What is pi to three decimal places?", answer: "3.1416", tolerance: 0.0005, explanation: "Pi is about 3.14159.", topic: dz},
		{kind: quiz.MultipleChoice, stem: `Which symbol joins two words in a compound: "Jao~Modo", "1=1", "#1", "{x}"?`,
			options: []string{"The tilde ~", "The hash #", "The equals sign ="}, answer: "The tilde ~", topic: dz},
		{kind: quiz.MultipleChoice, stem: `The Qing used "red barbarian cannons" against which fortress?`,
			options: []string{"Albazin", "Nerchinsk", "Kiakhta"}, answer: "Albazin",
			explanation: "The siege of Albazin (1685–1686) used Dutch-style cannons.", topic: dz},
		{kind: quiz.MultipleChoice, stem: "Who founded the Qing dynasty's Eight Banners?",
			options: []string{"Kangxi", "Nurhaci", "Qianlong"}, answer: "Nurhaci", topic: qing},
		{kind: quiz.MultipleChoice, stem: "Which city was the Qing capital?",
			options: []string{"Beijing", "Nanjing", "Xi'an"}, answer: "Beijing", topic: qing},
	})
}

func TestParseAikenFile(t *testing.T) {
	checkQuestions(t, parseFile(t, Aiken, "science.aiken.txt"), []want{
		{kind: quiz.MultipleChoice, stem: "Which gas do plants absorb from the air for photosynthesis?",
			options: []string{"Oxygen", "Carbon dioxide", "Nitrogen", "Hydrogen"}, answer: "Carbon dioxide"},
		{kind: quiz.MultipleChoice, stem: "What is the chemical symbol for gold?", options: []string{"Ag", "Au", "Gd"}, answer: "Au"},
		{kind: quiz.MultipleChoice, stem: "Which planet is known as the Red Planet, named after the Roman god of war?",
			options: []string{"Venus", "Mars", "Jupiter", "Saturn", "Mercury"}, answer: "Mars"},
		{kind: quiz.MultipleChoice, stem: "U. S. Grant and Robert E. Lee fought in which war?",
			options: []string{"The War of 1812", "The American Civil War"}, answer: "The American Civil War"},
		{kind: quiz.MultipleChoice, stem: "Water boils at 100 °C at sea level.", options: tf, answer: "True"},
	})
}

func TestParseCSVFile(t *testing.T) {
	checkQuestions(t, parseFile(t, CSV, "kahoot.csv"), []want{
		{kind: quiz.MultipleChoice, stem: "What is the capital of Mongolia?",
			options: []string{"Ulaanbaatar", "Hohhot", "Astana", "Bishkek"}, answer: "Ulaanbaatar", timeLimit: 20},
		{kind: quiz.MultipleChoice, stem: `Which river, called "Ergune" in Mongolian, formed part of the Nerchinsk border?`,
			options: []string{"The Volga", "The Argun"}, answer: "The Argun", timeLimit: 30},
		{kind: quiz.TrueFalse, stem: "The Great Wall is visible from the Moon with the naked eye.", options: tf, answer: "False", timeLimit: 10},
		{kind: quiz.MultipleChoice, stem: "Which of these is a prime number?", options: []string{"21", "27", "29", "33"}, answer: "29"},
		{kind: quiz.TrueFalse, stem: "Light travels faster than sound.", options: tf, answer: "True", timeLimit: 5},
		{kind: quiz.MultipleChoice, stem: "A question with a line break in its text: which ocean is largest?",
			options: []string{"Atlantic", "Indian", "Pacific", "Arctic"}, answer: "Pacific", timeLimit: 60},
	})
}

func TestParseCSVWithoutHeader(t *testing.T) {
	in := "What is the capital of Mongolia?,Ulaanbaatar,Hohhot,Astana,Bishkek,20,1\r\nThe Moon is a planet.,True,False,,,,2\r\n"
	qs, err := Parse(CSV, strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	checkQuestions(t, qs, []want{
		{kind: quiz.MultipleChoice, stem: "What is the capital of Mongolia?",
			options: []string{"Ulaanbaatar", "Hohhot", "Astana", "Bishkek"}, answer: "Ulaanbaatar", timeLimit: 20},
		{kind: quiz.TrueFalse, stem: "The Moon is a planet.", options: tf, answer: "False"},
	})
}

func TestParseJSONFile(t *testing.T) {
	got := parseFile(t, JSON, "bank.json")
	checkQuestions(t, got, []want{
		{kind: quiz.MultipleChoice, stem: "Where did Amursana die of smallpox in 1757?",
			options: []string{"Tobolsk", "Semipalatinsk", "Kiakhta", "Ili"}, answer: "Tobolsk",
			explanation: "Amursana died of smallpox in Tobolsk in 1757.", topic: "Dzungars", timeLimit: 30},
		{kind: quiz.FillBlank, stem: "In 1686 the Qing sent _____ troops to retake Albazin.", answer: "3,000", aliases: []string{"3000"}},
		{kind: quiz.TrueFalse, stem: "The Treaty of Nerchinsk was signed in 1689.", options: tf, answer: "True"},
		{kind: quiz.ShortAnswer, stem: "Which Qing emperor led the campaign against Galdan in person?", answer: "Kangxi",
			aliases: []string{"the Kangxi Emperor"}},
	})
	if q := got[0]; q.Source != "Amursana" || q.Section != "Death" || q.Difficulty != 0.4 || q.Quality != 0.8 {
		t.Errorf("JSON extras = %q %q %v %v; want Amursana Death 0.4 0.8", q.Source, q.Section, q.Difficulty, q.Quality)
	}
}

// The same question gets the same id whatever format it came in.
func TestIDsAgreeAcrossFormats(t *testing.T) {
	gift := parseFile(t, GIFT, "history.gift")
	js := parseFile(t, JSON, "bank.json")
	if gift[0].ID != js[0].ID || gift[6].ID != js[1].ID || gift[3].ID != js[2].ID {
		t.Errorf("ids differ between GIFT and JSON: %s/%s %s/%s %s/%s",
			gift[0].ID, js[0].ID, gift[6].ID, js[1].ID, gift[3].ID, js[2].ID)
	}
}

// A question repeated in a bank is kept once.
func TestParseDropsRepeats(t *testing.T) {
	in := "Sky is blue. {T}\n\nGrass is red. {F}\n\n// pasted twice\nSky is blue. {TRUE}\n"
	qs, err := Parse(GIFT, strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != 2 {
		t.Errorf("got %d questions; want 2", len(qs))
	}
}

func TestParseEmpty(t *testing.T) {
	for _, f := range Formats {
		qs, err := Parse(f, strings.NewReader(""))
		if err != nil || len(qs) != 0 {
			t.Errorf("Parse(%s, empty) = %d questions, %v; want none, nil", f, len(qs), err)
		}
	}
}

func TestFormatNamesIgnoreCase(t *testing.T) {
	if _, err := Parse("GIFT", strings.NewReader("Sky is blue. {T}")); err != nil {
		t.Errorf("Parse(GIFT) = %v; want nil", err)
	}
}

// errorCase is a file that must fail, and where.
type errorCase struct {
	name, format, in string
	line             int    // the line the message must name
	say              string // and a piece of what it must say
}

func checkError(t *testing.T, c errorCase) {
	t.Helper()
	qs, err := Parse(c.format, strings.NewReader(c.in))
	if err == nil {
		t.Fatalf("%s: Parse = %d questions, nil; want an error", c.name, len(qs))
	}
	if qs != nil {
		t.Errorf("%s: Parse returned %d questions with the error; want none", c.name, len(qs))
	}
	var e *quiz.Error
	if !errors.As(err, &e) || e.Code != quiz.EINVALID {
		t.Fatalf("%s: error %v; want a *quiz.Error with code %s", c.name, err, quiz.EINVALID)
	}
	if c.line > 0 {
		at, in := "line "+itoa(c.line)+":", "(line "+itoa(c.line)+")"
		if !strings.HasPrefix(e.Message, at) && !strings.Contains(e.Message, in) {
			t.Errorf("%s: message %q; want it to name line %d", c.name, e.Message, c.line)
		}
	}
	if !strings.Contains(e.Message, c.say) {
		t.Errorf("%s: message %q; want it to contain %q", c.name, e.Message, c.say)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestParseRefusedGIFT(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "refused.gift"))
	if err != nil {
		t.Fatal(err)
	}
	// The whole file fails on its first question, at its own line.
	checkError(t, errorCase{name: "refused.gift", format: GIFT, in: string(data), line: 4, say: `question "Match the capitals" (line 4): matching`})
	// Each other refused question is tried alone, at the same line.
	blocks := strings.Split(string(data), "\n\n")
	head := blocks[0] + "\n\n"
	lines := strings.Count(head, "\n")
	cases := []struct{ title, say string }{
		{"Match the capitals", "matching questions are not supported"},
		{"Essay on Galdan", "essay questions are not supported"},
		{"Half right", "partial credit (%50%) is not supported"},
		{"Too many", "multiple-choice question with 6 options; quizbot shows at most 5"},
		{"Description only", "no answers in braces"},
	}
	for i, c := range cases {
		block := blocks[i+1]
		line := lines + 1
		if i == 2 { // the weight stands on the line of the first partial answer
			line++
		}
		// A valid question before it shows that nothing of the file is kept.
		in := "Sky is blue. {T}\n" + strings.Repeat("\n", lines-1) + block + "\n"
		checkError(t, errorCase{name: c.title, format: GIFT, in: in, line: line, say: `question "` + c.title + `"`})
		checkError(t, errorCase{name: c.title, format: GIFT, in: in, line: line, say: c.say})
	}
}

func TestParseMalformed(t *testing.T) {
	mcHead := "// Year 9\n\n::ok::Is the sky blue? {T}\n\n"
	for _, c := range []errorCase{
		{"unknown format", "xml", "<quiz/>", 0, "use gift, moodle, aiken, csv, xlsx, json, qti"},
		{"gift unclosed brace", GIFT, mcHead + "::Amur::Which river?\n{\n=Amur\n~Volga\n\n~Lena\n}\n", 6, "not closed"},
		{"gift no right answer", GIFT, mcHead + "::Amur::Which river? {\n~Amur\n~Volga\n}\n", 5, "no right answer"},
		{"gift two ranges", GIFT, mcHead + "Which year? {#\n=1757:2\n=1760:1\n}\n", 7, "two ranges"},
		{"gift text before the first answer", GIFT, mcHead + "Which river? {\nAmur ~Volga\n}\n", 6, "start each answer with ="},
		{"gift second brace", GIFT, mcHead + "Which {=river} flows {=north}?\n", 5, "second answer block"},
		{"gift stray closing brace", GIFT, mcHead + "Which river} is it? {=Amur}\n", 5, "a } without its {"},
		{"gift unclosed title", GIFT, mcHead + "::Amur Which river? {=Amur}\n", 5, "title"},
		{"gift bad number", GIFT, mcHead + "\nHow many troops? {#three:1}\n", 6, `"three" is not a number`},
		{"gift fails the flaw checker", GIFT, mcHead + "Which river is the Amur river? {=Amur}\n", 5, "stands in the question"},
		{"gift duplicate options", GIFT, mcHead + "Which river? {=Amur ~Volga ~amur}\n", 5, "stands twice"},
		{"gift not utf-8", GIFT, mcHead + "Which river? {=Am\xffur ~Volga}\n", 5, "not UTF-8"},
		{"aiken bad ANSWER letter", Aiken, "What is 2+2?\nA. 3\nB. 4\nANSWER: B\n\nWhat is 3+3?\nA. 6\nB. 7\nANSWER: D\n", 9, "names none of the options A to B"},
		{"aiken no ANSWER at the end", Aiken, "What is 2+2?\nA. 3\nB. 4\nANSWER: B\n\nWhat is 3+3?\nA. 6\nB. 7\n", 6, "no ANSWER"},
		{"aiken no ANSWER before the next question", Aiken, "What is 2+2?\nA. 3\nB. 4\n\nWhat is 3+3?\nA. 6\nB. 7\nANSWER: A\n", 5, "expected option C or ANSWER"},
		{"aiken letters out of order", Aiken, "What is 2+2?\nA. 3\nC. 4\nANSWER: B\n", 3, "expected option B, found C"},
		{"aiken one option", Aiken, "What is 2+2?\nA. 4\nANSWER: A\n", 1, "2 to 5 options"},
		{"csv wrong column count", CSV, "Question,Answer 1,Answer 2,Answer 3,Answer 4,Time limit,Correct answer(s)\r\nQ1?,a,b,c,d,20,1\r\nQ2?,a,b,c,20,1\r\n", 3, "expected 7 columns like the header, found 6"},
		{"csv wrong column count without header", CSV, "Q1?,a,b,c,d,20,1\nQ2?,a,b\n", 2, "expected 7 columns"},
		{"csv true and false both correct", CSV, "Question,Answer 1,Answer 2,Answer 3,Answer 4,Time limit,Correct answer(s)\nQ1?,a,b,c,d,20,1\nIs it?,True,False,,,20,\"1,2\"\n", 3, "both True and False"},
		{"csv empty right answer", CSV, "Q1?,a,b,,,20,3\n", 1, "Answer 3 is empty"},
		{"csv no correct", CSV, "Q1?,a,b,,,20,\n", 1, "no Correct answer"},
		{"csv bad time", CSV, "Q1?,a,b,,,soon,1\n", 1, `time limit "soon"`},
		{"csv unclosed quote", CSV, "Q1?,a,b,,,20,1\n\"Q2?,a,b,,,20,1\nQ3?,a,b,,,20,1\n", 2, "not closed"},
		{"csv header without answers", CSV, "Question,Time limit,Correct answer(s)\n", 1, "the header needs"},
		{"json invalid", JSON, "[\n  {\"question\": \"Q1?\", \"answer\": \"a\"},\n  {\"question\": \"Q2?\" \"answer\": \"b\"}\n]\n", 3, "malformed"},
		{"json not an array", JSON, "\n{\"question\": \"Q1?\"}\n", 2, "JSON array"},
		{"json wrong type", JSON, "[\n{\"question\": \"Q1?\", \"answer\": \"a\"},\n{\"question\": \"Q2?\",\n \"options\": \"a,b\"}]", 4, `"options" has the wrong type`},
		{"json unclosed", JSON, "[\n{\"question\": \"Q1?\", \"answer\": \"a\"}\n", 3, "ends before"},
		{"json fails the flaw checker", JSON, "[\n{\"question\": \"Q1?\", \"answer\": \"a\"},\n\n  {\"kind\": \"multiple_choice\", \"question\": \"Q2?\", \"options\": [\"a\", \"b\"], \"answer\": \"c\"}\n]", 4, `the answer "c" is not one of the options`},
		{"json unknown kind", JSON, "[{\"kind\": \"essay\", \"question\": \"Q?\", \"answer\": \"a\"}]", 1, "unknown question kind"},
	} {
		t.Run(c.name, func(t *testing.T) { checkError(t, c) })
	}
}

// Windows line ends and a byte order mark change nothing.
func TestParseGIFTCRLF(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "history.gift"))
	if err != nil {
		t.Fatal(err)
	}
	lf := parseFile(t, GIFT, "history.gift")
	crlf, err := Parse(GIFT, strings.NewReader("\uFEFF"+strings.ReplaceAll(string(data), "\n", "\r\n")))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(crlf, lf) {
		t.Errorf("CRLF file parsed differently:\ngot  %+v\nwant %+v", crlf, lf)
	}
}

func BenchmarkParseGIFT(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "history.gift"))
	if err != nil {
		b.Fatal(err)
	}
	big := strings.Repeat(string(data)+"\n", 100) // 1,500 questions, 1,485 of them repeats
	b.SetBytes(int64(len(big)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(GIFT, strings.NewReader(big)); err != nil {
			b.Fatal(err)
		}
	}
}
