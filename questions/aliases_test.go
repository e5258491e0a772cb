package questions

import (
	"slices"
	"strings"
	"testing"
)

// TestHeadAliasOnlyWhenItSaysWhich: a term's head word alone is accepted
// ("marrow" for "bone marrow") unless the text puts another describing word
// before it ("net force" beside "balanced force").
func TestHeadAliasOnlyWhenItSaysWhich(t *testing.T) {
	for _, tt := range []struct {
		text, term, head string
		want             bool
	}{
		{"Inside many bones there is a soft part called bone marrow. The marrow makes blood cells.", "bone marrow", "marrow", true},
		{"At that point the net force is zero. A balanced force means no change in speed.", "balanced force", "force", false},
		{"The forces balance—balanced force means no change; forces act in pairs.", "balanced force", "force", true},
	} {
		got := slices.Contains(aliases(span{Text: tt.term, Type: tConcept}, nil, 0, tt.text), tt.head)
		if got != tt.want {
			t.Errorf("%q among the aliases of %q = %v; want %v", tt.head, tt.term, got, tt.want)
		}
	}
}

// TestBornNames: the name a text gives in brackets after the one it uses
// is an answer too; a description in brackets is not.
func TestBornNames(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"Voltaire", "the french writer voltaire (françois-marie arouet, 1694–1778). it appeared", "françois-marie arouet|arouet"},
		{"George Eliot", "george eliot (born mary ann evans) wrote novels", "mary ann evans|evans"},
		{"Voltaire", "voltaire (a french writer) wrote it", ""},
		{"Voltaire", "voltaire (1694–1778) wrote it", ""},
	} {
		if got := strings.Join(bornNames(tt.name, tt.text), "|"); got != tt.want {
			t.Errorf("bornNames(%q) = %q; want %q", tt.name, got, tt.want)
		}
	}
}
