package quiz

import "testing"

// TestBritishAmerican: a British key takes the American spelling and the
// other way round; spelling is not a licence to accept another word.
func TestBritishAmerican(t *testing.T) {
	for _, tt := range []struct {
		answer, given string
		want          bool
	}{
		{"contour ploughing", "contour plowing", true},
		{"colour", "color", true},
		{"centre of gravity", "center of gravity", true},
		{"industrialisation", "industrialization", true},
		{"Organization of American States", "Organisation of American States", true},
		{"analyse", "analyze", true},
		{"catalogue", "catalog", true},
		{"defence", "defense", true},
		{"travelled", "traveled", true},
		{"harbour", "harbor", true},
		// Read blind, "molt" refused for "Moulting" was a wrong key.
		{"Moulting", "molt", true},
		{"Moulting", "molts", true},
		{"moult", "molting", true},
		{"Moulting", "moulded", false},
		{"four", "for", false},
		{"contour ploughing", "contour farming", false},
		// Read blind, "groin" refused for "Groyne" was a wrong key.
		{"Groyne", "groin", true},
		{"groynes", "groins", true},
		{"Caye", "cay", true},
		{"Caye", "cave", false},
		{"Dike", "dyke", true},
		{"Dikes", "dykes", true},
		{"Dike", "duke", false},
	} {
		q := &Question{Kind: FillBlank, Stem: "x " + Blank, Answer: tt.answer}
		if got := CheckTyped(q, tt.given); got != tt.want {
			t.Errorf("CheckTyped(%q for %q) = %v; want %v", tt.given, tt.answer, got, tt.want)
		}
	}
	for _, w := range []string{"colour", "centre", "organisation", "travelled", "plough", "catalogue"} {
		once := americanSpelling(w)
		if twice := americanSpelling(once); twice != once {
			t.Errorf("americanSpelling(%q) = %q, then %q: not stable", w, once, twice)
		}
	}
}
