package questions

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestClusterNames: the other names a text gives one person are aliases
// of each other, whatever type the tagger gave them; a surname two people
// share, and the names of places and things, are not.
func TestClusterNames(t *testing.T) {
	text := "Fossil hunters\n\nOne of the most famous fossil hunters was a girl called Mary Anning, who lived in Lyme Regis. " +
		"Mary found the first complete skeleton of a plesiosaur in 1823. " +
		"Marie Curie and Pierre Curie discovered radium in 1898. " +
		"The Great Wave was printed in 1831 by the artist Katsushika Hokusai. " +
		"In 1596 King Sigismund III Vasa moved the royal court to Warsaw. " +
		"The idea came from Henry Dunant, a businessman from Geneva. In 1862 Dunant published a book.\n"
	sents, _, err := analyse(context.Background(), Source{Name: "t.txt", Text: text}, 0)
	if err != nil {
		t.Fatal(err)
	}
	p := newPool(sents)
	tests := []struct {
		name string
		typ  etype
		want []string
		not  []string
	}{
		{"Mary Anning", tName, []string{"Mary", "Anning"}, nil},
		{"Mary", tPlace, []string{"Mary Anning", "Anning"}, nil},
		{"Marie Curie", tPerson, nil, []string{"Curie"}},
		{"Great Wave", tName, nil, []string{"Wave", "Great"}},
		{"Sigismund III Vasa", tPerson, []string{"Sigismund III"}, nil},
		{"Henry Dunant", tPerson, []string{"Dunant"}, nil},
		{"Dunant", tPerson, []string{"Henry Dunant"}, nil},
	}
	for _, tt := range tests {
		got := p.clusterNames(strings.Fields(tt.name), tt.typ, 0)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("clusterNames(%q) = %q; want %q among them", tt.name, got, w)
			}
		}
		for _, w := range tt.not {
			if slices.Contains(got, w) {
				t.Errorf("clusterNames(%q) = %q; %q is not another name of it", tt.name, got, w)
			}
		}
	}
}
