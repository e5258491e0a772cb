package questions

import (
	"fmt"
	"hash/fnv"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"quizbot/quiz"
)

// pool holds every typed value of the corpus, so that wrong options can be
// drawn from the same document first and then from the other documents.
type pool struct {
	items   map[etype][]poolItem
	rel     map[[2]int]bool             // related documents, computed on demand
	names   map[int]map[string]bool     // every proper name of a document, whatever its type
	renames map[int]map[string][]string // the other names a document gives a name ("Edo", "Tokyo")
	terms   map[int][]taught            // the terms a document teaches (termswap.go)
}

type poolItem struct {
	Text  string
	Doc   int
	Count int
	Years []int // years of the sentences it appears in
	// Forebear is a person the text names only as someone's ancestor
	// ("descended from Genghis Khan through his mother"): no option for
	// what its people did ("In June 1494 Genghis Khan died", for Babur's
	// father, read blind as absurd).
	Forebear bool
}

func newPool(sents []sentence) *pool {
	type key struct {
		t    etype
		text string
		doc  int
	}
	count := map[key]int{}
	years := map[key][]int{}
	acting := map[key]bool{}
	var order []key
	names := properNames(sents)
	for _, s := range sents {
		for _, sp := range s.Spans {
			if sp.Type == tName || sp.Type == tConcept {
				continue
			}
			k := key{sp.Type, sp.Text, s.Doc}
			if count[k] == 0 {
				order = append(order, k)
			}
			count[k]++
			if sp.Type == tPerson && !forebear(s.Q, sp) {
				years[k] = append(years[k], sentenceYears(s.Q)...)
				acting[k] = true
			}
		}
	}
	p := &pool{items: map[etype][]poolItem{}, rel: map[[2]int]bool{}, names: names, renames: renamesOf(sents), terms: taughtTerms(sents)}
	for _, k := range order {
		p.items[k.t] = append(p.items[k.t], poolItem{Text: k.text, Doc: k.doc, Count: count[k], Years: years[k], Forebear: k.t == tPerson && !acting[k]})
	}
	return p
}

// distractors returns n wrong options for span sp of sentence s, of the
// same type and form, none of them a value the sentence itself states, or
// nil when n good ones cannot be found. The choice is deterministic.
func (p *pool) distractors(s *sentence, sp span, n int) []string {
	var cands []string
	switch sp.Type {
	case tYear:
		cands = p.yearOptions(s, sp)
	case tDate, tMonth:
		cands = p.dateOptions(s, sp)
	case tNumber:
		cands = p.numberOptions(s, sp)
	case tPerson, tPlace, tOrg, tGroup, tEvent:
		cands = p.nameOptions(s, sp)
	default:
		return nil
	}
	var out []string
	seen := map[string]bool{strings.ToLower(sp.Text): true}
	for _, c := range cands {
		k := strings.ToLower(c)
		if seen[k] || quiz.ContainsWords(s.Text, c) || len(c) > quiz.MaxButtonLen || sharesName(s.Text, c) || !sameShape(sp.Text, c) ||
			s.Art.Ent.isMain(c) || otherGender(s.Art.Ent, sp.Text, c) || p.sameThing(sp.Text, c, s.Doc) {
			continue
		}
		near := false
		for o := range seen {
			if nearDuplicate(o, k) {
				near = true
				break
			}
		}
		if near {
			continue
		}
		seen[k] = true
		out = append(out, c)
		if len(out) == n {
			return out
		}
	}
	return nil
}

// nearDuplicate reports whether two options are too alike to be told apart
// fairly: one inside the other, or sharing a distinctive word.
func nearDuplicate(a, b string) bool {
	if strings.Contains(a, b) || strings.Contains(b, a) {
		return true
	}
	if _, err := strconv.Atoi(strings.ReplaceAll(a, ",", "")); err == nil {
		return false
	}
	aw := strings.Fields(a)
	for _, w := range strings.Fields(b) {
		if len(w) < 4 || typeWord(w) {
			continue
		}
		for _, x := range aw {
			if x == w || strings.TrimSuffix(x, "'s") == strings.TrimSuffix(w, "'s") {
				return true
			}
		}
	}
	return false
}

// sharesName reports whether an option shares a distinctive word with the
// sentence ("Khong Tayiji Tsewang Rabtan" beside "the daughter of Tsewang
// Rabtan"): such an option is either half right or a giveaway.
func sharesName(sentence, opt string) bool {
	if _, err := strconv.Atoi(strings.ReplaceAll(opt, ",", "")); err == nil {
		return false
	}
	for _, w := range strings.Fields(opt) {
		if len(w) >= 4 && !typeWord(w) && months[w] == 0 && quiz.ContainsWords(sentence, w) {
			return true
		}
	}
	return false
}

func typeWord(w string) bool {
	t := strings.Title(w) //nolint:staticcheck // ASCII cue words only
	return w == "the" || w == "of" || placeWords[t] || eventWords[t] || orgWords[t] || orgWords[w] || titleWords[t]
}

// related reports whether two documents share at least two typed names:
// texts on the same subject lend each other options, unrelated ones (a
// river and a chemist) would only offer absurd ones.
func (p *pool) related(a, b int) bool {
	key := [2]int{min(a, b), max(a, b)}
	if r, ok := p.rel[key]; ok {
		return r
	}
	names := map[string]int{}
	for t, its := range p.items {
		if t == tYear || t == tDate || t == tMonth || t == tNumber {
			continue
		}
		for _, it := range its {
			if it.Doc == a || it.Doc == b {
				names[it.Text] |= 1 << boolInt(it.Doc == b)
			}
		}
	}
	shared := 0
	for _, m := range names {
		if m == 3 {
			shared++
		}
	}
	p.rel[key] = shared >= 2
	return shared >= 2
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// nameOptions ranks names of the same type: same document first, then by
// closeness of length (so the answer does not stand out), then frequency.
func (p *pool) nameOptions(s *sentence, sp span) []string {
	var items []poolItem
	when := sentenceYears(s.Q)
	for _, it := range p.items[sp.Type] {
		if (it.Doc == s.Doc || p.related(it.Doc, s.Doc)) && sameEra(when, it.Years) && !it.Forebear {
			items = append(items, it)
		}
	}
	aw := len(strings.Fields(sp.Text))
	al := len(sp.Text)
	plural := strings.HasSuffix(sp.Text, "s")
	score := func(it poolItem) float64 {
		sc := 0.0
		if it.Doc == s.Doc {
			sc += 10
		}
		sc -= math.Abs(float64(len(strings.Fields(it.Text))-aw)) * 1.5
		sc -= math.Abs(float64(len(it.Text)-al)) / 6
		sc += math.Min(float64(it.Count), 4) / 2
		if sp.Type == tGroup && strings.HasSuffix(it.Text, "s") != plural {
			sc -= 8
		}
		return sc
	}
	sort.SliceStable(items, func(i, j int) bool {
		si, sj := score(items[i]), score(items[j])
		if si != sj {
			return si > sj
		}
		return items[i].Text < items[j].Text
	})
	out := make([]string, 0, len(items))
	for _, it := range items {
		out = append(out, it.Text)
	}
	// A little deterministic variety among equally good options.
	if len(out) > 6 {
		h := hashString(s.Text + sp.Text)
		top := out[:6]
		r := int(h % 3)
		top = append(top[r:], top[:r]...)
		out = append(append([]string(nil), top...), out[6:]...)
	}
	return out
}

// thisYear bounds the wrong years offered for a past event: "In 2022
// scientists found ..." with 2029 among the options was read blind as a
// plain giveaway. A variable so that tests fix it.
var thisYear = time.Now().Year()

// yearOptions mixes years of the same document that lie near the answer
// with years a few steps away, so that the answer is not always the middle.
func (p *pool) yearOptions(s *sentence, sp span) []string {
	y, era := yearValue(sp.Text)
	h := hashString(s.Text + sp.Text)
	var near []string
	for _, it := range p.items[tYear] {
		v, _ := yearValue(it.Text)
		if it.Doc == s.Doc && v != y && abs(v-y) <= 40 {
			near = append(near, it.Text)
		}
	}
	sort.Slice(near, func(i, j int) bool {
		a, _ := yearValue(near[i])
		b, _ := yearValue(near[j])
		if abs(a-y) != abs(b-y) {
			return abs(a-y) < abs(b-y)
		}
		return a < b
	})
	// Wrong years a few apart (1330, 1334, 1335 are told apart by luck, not
	// knowledge) and inside the years the text spans, give or take a
	// decade: a war's dates are not offered from after it ended.
	offsets := [][]int{{-4, 5, 9, -9, 13, -14}, {4, -5, -10, 9, -15, 14}, {-6, 3, 8, -11, 13, -16}, {3, 7, -4, -9, 12, -15}}[h%4]
	lo, hi := y, y
	for _, it := range p.items[tYear] {
		if it.Doc == s.Doc {
			v, _ := yearValue(it.Text)
			lo, hi = min(lo, v), max(hi, v)
		}
	}
	if hi-lo < 20 {
		lo, hi = y-12, y+12
	}
	if y < 0 {
		lo, hi = lo-10, min(hi+10, -1) // a year before the common era keeps its era
	} else {
		lo, hi = max(lo-10, 1), min(hi+10, max(y, thisYear))
	}
	// A wrong year must not be ruled out by the sentence itself or by the
	// life it is part of: in "Excavations began in ___ and went on from
	// 1924", 1925 is plainly wrong, as is 1921 for a man who died in 1920.
	side := func(v int) bool {
		for _, z := range sentenceYears(s.Q) {
			if z != y && (y < z) != (v < z) {
				return false
			}
		}
		return true
	}
	if born, died, ok := s.lifeOf(y); ok {
		lo, hi = max(lo, born), min(hi, died)
	}
	// A year that is not round among round ones stands out: 1899 beside
	// 1885, 1890 and 1895 is found without knowing. One round year at most
	// goes beside an answer that is not round.
	rounds := 0
	inRange := func(v int) bool { return v != y && v >= lo && v <= hi && side(v) }
	fits := func(v int) bool { return inRange(v) && (y%5 == 0 || v%5 != 0 || rounds == 0) }
	var synth []string
	take := func(v int) {
		synth = append(synth, yearString(v, era))
		if v%5 == 0 {
			rounds++
		}
	}
	for _, o := range offsets {
		if v := y + o; fits(v) {
			take(v)
		}
	}
	// Kept in by the bounds, a year finds its wrong options a little
	// further off instead.
	for d := 3; len(synth) < 3 && d <= 25; d++ {
		for _, v := range []int{y - d, y + d} {
			if fits(v) && len(synth) < 3 && !slices.Contains(synth, yearString(v, era)) {
				take(v)
			}
		}
	}
	stated := sentenceYears(s.Q)
	near = slices.DeleteFunc(near, func(t string) bool {
		v, _ := yearValue(t)
		return !inRange(v) || slices.Contains(stated, v) // a year the stem states is no option
	})
	// At most one real year of the document: it may belong to a related
	// event and so be nearly true; the others are plainly wrong.
	if len(near) > 1 {
		near = near[:1]
	}
	opts := append(near, synth...)
	// Kept below a later year of the sentence, the answer would be the
	// option nearest to it: the latest of four, found without knowing.
	above, below := true, true
	for _, o := range opts {
		v, _ := yearValue(o)
		above = above && v < y
		below = below && v > y
	}
	for _, z := range sentenceYears(s.Q) {
		if z > y && above || z < y && below {
			return nil
		}
	}
	return opts
}

// yearValue reads a year as a signed number: "1757" is 1757, "480 BC"
// -480; era is the word the text writes after a year before the common
// era ("BC" or "BCE"), or "".
func yearValue(text string) (v int, era string) {
	f := strings.Fields(text)
	if len(f) == 0 {
		return 0, ""
	}
	v, _ = strconv.Atoi(f[0])
	if len(f) == 2 && beforeEra[f[1]] {
		return -v, f[1]
	}
	return v, ""
}

// yearString writes a signed year the way the answer does.
func yearString(v int, era string) string {
	if v < 0 {
		return strconv.Itoa(-v) + " " + era
	}
	return strconv.Itoa(v)
}

// beforeEra are the words after a year before the common era.
var beforeEra = set("BC", "BCE")

// dateOptions keeps the answer's form: "21 September 1757" gets other
// day-month-year dates, "March 1755" other month-year dates.
func (p *pool) dateOptions(s *sentence, sp span) []string {
	f := strings.FieldsFunc(sp.Text, func(r rune) bool { return r == ' ' || r == ',' })
	h := hashString(s.Text + sp.Text)
	var out []string
	day, month, year := 0, "", 0
	mdY := false
	switch len(f) {
	case 3:
		if d, err := strconv.Atoi(f[0]); err == nil {
			day, month = d, f[1]
		} else {
			d, _ := strconv.Atoi(f[1])
			day, month, mdY = d, f[0], true
		}
		year, _ = strconv.Atoi(f[2])
	case 2:
		month = f[0]
		year, _ = strconv.Atoi(f[1])
	default:
		return nil
	}
	mi := months[month]
	if mi == 0 {
		return nil
	}
	names := []string{"", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	// Other months of the same year: a date from the year after a war
	// ended is absurd rather than wrong.
	shifts := [][2]int{{2, 0}, {-3, 0}, {5, 0}, {-1, 0}, {4, 0}, {-5, 0}, {1, 0}}
	r := int(h % uint64(len(shifts)))
	shifts = append(shifts[r:], shifts[:r]...)
	for _, sh := range shifts {
		m := (mi-1+sh[0]+120)%12 + 1
		yy := year + sh[1]
		switch {
		case day == 0:
			out = append(out, fmt.Sprintf("%s %d", names[m], yy))
		case mdY:
			out = append(out, fmt.Sprintf("%s %d, %d", names[m], clampDay(day+sh[0]*3), yy))
		default:
			out = append(out, fmt.Sprintf("%d %s %d", clampDay(day+sh[0]*3), names[m], yy))
		}
	}
	return out
}

func clampDay(d int) int {
	d = (d-1+280)%28 + 1
	return d
}

// numberOptions gives numbers of similar size and the same form: "3,000"
// gets "2,000" and "4,500", "736" gets "552" and "920".
func (p *pool) numberOptions(s *sentence, sp span) []string {
	v, ok := parseNumber(sp.Text)
	if !ok || v <= 0 || strings.Contains(sp.Text, ".") {
		return nil
	}
	h := hashString(s.Text + sp.Text)
	// "850" moved up is "1,300" in a text that writes "60,000": an option
	// in another hand than the text's stands out as the made-up one.
	comma := strings.Contains(sp.Text, ",") || v < 1000 && reThousands.MatchString(s.Art.lower())
	n := int(v)
	var out []string
	if n < 10 {
		for _, d := range [][]int{{1, 2, -1, 3}, {-1, 1, 2, -2}, {2, -1, 1, 4}}[h%3] {
			if k := n + d; k > 0 {
				out = append(out, strconv.Itoa(k))
			}
		}
		return out
	}
	// Keep the answer's roundness: 3,000 has three trailing zeros.
	zeros := 0
	for k := n; k%10 == 0 && k > 0; k /= 10 {
		zeros++
	}
	unit := int(math.Pow10(zeros))
	if zeros == 0 && n >= 100 {
		unit = 1
	}
	if zeros > 0 && n%(5*unit) == 0 && n/(5*unit) >= 3 {
		unit *= 5 // "about 850" moves to 1,300, not to 1,280: as round as the answer
	}
	// No set holds a factor and its inverse (0.5 and 2, 0.8 and 1.25): with
	// both, the answer is the one option the others are halves and doubles of.
	factors := [][]float64{{0.5, 1.5, 0.75, 2.5, 1.3}, {1.5, 0.6, 2.5, 0.8, 3}, {0.4, 0.7, 1.3, 2, 1.6}, {2, 0.6, 1.4, 3, 0.7}}[h%4]
	// A figure below a thousand moved to one between 1000 and 2100 and
	// written without a comma reads as a year: "about 1842 metres long"
	// for 921 was read blind as the made-up option.
	yearLike := func(k int, text string) bool {
		return n < 1000 && k >= 1000 && k <= 2100 && !strings.Contains(text, ",")
	}
	// Real numbers of the document of similar size come first.
	for _, it := range p.items[tNumber] {
		w, _ := parseNumber(it.Text)
		if it.Doc == s.Doc && w != v && w >= v/3 && w <= v*3 && strings.Contains(it.Text, ",") == strings.Contains(sp.Text, ",") && !yearLike(int(w), it.Text) && len(out) < 1 {
			out = append(out, it.Text)
		}
	}
	for _, f := range factors {
		k := int(math.Round(v*f/float64(unit))) * unit
		if k <= 0 || k == n || yearLike(k, formatInt(k, comma)) {
			continue
		}
		out = append(out, formatInt(k, comma))
	}
	return out
}

// reThousands is a figure written with a thousands separator.
var reThousands = regexp.MustCompile(`\d,\d{3}\b`)

func formatInt(n int, comma bool) string {
	s := strconv.Itoa(n)
	if !comma || n < 1000 {
		return s
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func hashString(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// shuffle orders options deterministically from a seed, so the answer's
// position varies between questions but not between runs.
func shuffle(opts []string, seed string) {
	h := hashString(seed)
	for i := len(opts) - 1; i > 0; i-- {
		j := int(h % uint64(i+1))
		h = h*6364136223846793005 + 1442695040888963407
		opts[i], opts[j] = opts[j], opts[i]
	}
}

// otherGender reports an option whose gender the text shows to differ from
// the answer's: "his nephew, _____" offered with a woman's name.
func otherGender(e *entities, answer, opt string) bool {
	a, o := e.genderOf(answer), e.genderOf(opt)
	return a != 0 && o != 0 && a != o
}

// forebear reports a person named as an ancestor: after "from" or "of"
// in a phrase of descent ("Descended from Timur through his father and
// from Genghis Khan through his mother", "a descendant of Genghis Khan's
// son Chagatai"); the sentence's years are not that person's.
func forebear(q []tok, sp span) bool {
	if sp.I == 0 || q[sp.I-1].Text != "from" && q[sp.I-1].Text != "of" {
		return false
	}
	for k := sp.I - 2; k >= 0 && k >= sp.I-12; k-- {
		switch strings.ToLower(q[k].Text) {
		case "descended", "descendant", "descendants", "descent", "ancestor", "ancestors", "ancestry", "lineage":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// sentenceYears are the years a sentence states.
func sentenceYears(q []tok) []int {
	var out []int
	for _, t := range q {
		if reYear.MatchString(t.Text) {
			y, _ := strconv.Atoi(t.Text)
			out = append(out, y)
		}
	}
	return out
}

// sameEra reports whether a person seen in sentences of the given years
// could act in a sentence of the years when: within a generation of one of
// them. Either side without years says nothing against it. A ruler who died
// in 1717 is no option for an event of 1755.
func sameEra(when, seen []int) bool {
	if len(when) == 0 || len(seen) == 0 {
		return true
	}
	for _, a := range when {
		for _, b := range seen {
			if abs(a-b) <= 30 {
				return true
			}
		}
	}
	return false
}
