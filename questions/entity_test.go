package questions

import "testing"

// TestPronounNaming: a life that opens "Born Gaius Octavius, he rose …" or
// "Historians call him Octavian" gives its subject those names too, so
// they are neither asked as the answer nor read as someone else. Later in
// a text, "Caesar called him Octavian" names no one in particular.
func TestPronounNaming(t *testing.T) {
	text := "Augustus (63 BC–AD 14)\n\n" +
		"Augustus was the first Roman emperor. " +
		"Born Gaius Octavius, he rose from a modest provincial family to become the sole ruler of the Roman world. " +
		"Historians often call him Octavian for the years of the civil wars. " +
		"Gaius Octavius was born in Rome on 23 September 63 BC. " +
		"Octavian defeated Mark Antony at Actium in 31 BC. " +
		"The soldiers of the legions called him Marcus Lepidus in jest."
	sents := analyseText(t, text)
	e := sents[0].Art.Ent
	for _, n := range []string{"Gaius Octavius", "Octavian"} {
		if !e.isMain(n) {
			t.Errorf("%q is not the subject; want it read as Augustus", n)
		}
	}
	if e.isMain("Marcus Lepidus") {
		t.Errorf("\"Marcus Lepidus\" read as the subject; a name given late in a text is no alias")
	}
}
