package questions

import "testing"

// TestEtymonGivesAway: a definition that gives the word its term comes
// from gives the term away; one that gives only what the word meant does
// not, nor a word that merely looks like the answer without an etymology.
func TestEtymonGivesAway(t *testing.T) {
	for _, tt := range []struct {
		stem, answer string
		want         bool
	}{
		{`“The Scottish name for a cirque, from the Gaelic "coire", meaning a cauldron or kettle.” Which term is this?`, "Corrie", true},
		{`Freezing-point depression belongs to a family of effects called _____, from the Latin colligatus, "bound together".`, "colligative properties", true},
		{`“The moderate Hussites, named from the Latin sub utraque specie ("under both kinds").” Which term is this?`, "Utraquists", true},
		{`“Books printed in Europe before 1501, from the Latin word for "cradle".” Which term is this?`, "Incunabula", false},
		{`Stunted trees near the limit are called _____, from the German for "crooked wood".`, "krummholz", false},
		{`In the 1670s the Chinese attempted to drive the Russians away from the Okhotsk coast.`, "river", false},
	} {
		if got := etymonGivesAway(tt.stem, tt.answer); got != tt.want {
			t.Errorf("etymonGivesAway(%q, %q) = %v; want %v", tt.stem, tt.answer, got, tt.want)
		}
	}
}
