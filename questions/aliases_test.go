package questions

import (
	"slices"
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
