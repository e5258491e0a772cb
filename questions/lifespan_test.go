package questions

import "testing"

func TestLifespan(t *testing.T) {
	for _, c := range []struct {
		para       string
		born, died int
		ok         bool
	}{
		{"Srinivasa Ramanujan (22 December 1887 – 26 April 1920) was an Indian mathematician.", 1887, 1920, true},
		{"Gregor Mendel (1822–1884) was a friar.", 1822, 1884, true},
		{"Harriet Tubman (born Araminta Ross, c. 1822 – 10 March 1913) was an abolitionist.", 1822, 1913, true},
		{"Ibn Battuta (24 February 1304 – c. 1368/1369) was a traveller.", 1304, 1369, true},
		{"The Crimean War (1853–1856) was fought between Russia and an alliance.", 0, 0, false}, // three years: no life
		{"Hokusai was a Japanese artist.", 0, 0, false},
		{"Sor Juana Inés de la Cruz (1648?–1695) was a nun and poet.", 1648, 1695, true}, // a year not sure of
		{"Wangari Maathai was a Kenyan biologist. She was born in the village of Ihithe in 1940. She died of cancer in Nairobi in 2011.", 1940, 2011, true},
	} {
		a := &article{Main: "X", Paras: []para{{Text: c.para}}}
		born, died, ok := a.lifespan()
		if ok != c.ok || born != c.born || died != c.died {
			t.Errorf("%q: got %d–%d %v; want %d–%d %v", c.para, born, died, ok, c.born, c.died, c.ok)
		}
	}
}
