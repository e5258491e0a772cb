package questions

import (
	"strings"
	"testing"
)

// TestRecentNameForItsKind: "The railway opened" after a paragraph that
// named the Liverpool and Manchester Railway is asked with its name; a
// kind the text is about, a person's name and a name beside another of
// the kind are left alone.
func TestRecentNameForItsKind(t *testing.T) {
	text := "George Stephenson\n\nGeorge Stephenson was an English engineer who built early railways. " +
		"He was born in Wylam in 1781.\n\n" +
		"The Liverpool and Manchester Railway faced fierce opposition from landowners. The bill failed in 1825. " +
		"A revised scheme passed in 1826. He floated the line across a bog. In 1829 his locomotive won a trial. " +
		"The railway opened on 15 September 1830.\n\n" +
		"Ned Land was a harpooner he admired. Stephenson retired to Chesterfield, where the land was cheap."
	for _, s := range analyseText(t, text) {
		q := join(s.Q)
		switch {
		case strings.Contains(s.Text, "opened on 15 September") && !strings.Contains(q, "The Liverpool and Manchester Railway opened"):
			t.Errorf("asked as %q; want the railway named", q)
		case strings.Contains(s.Text, "land was cheap") && strings.Contains(q, "Ned Land"):
			t.Errorf("asked as %q; a person's name put for a common noun", q)
		}
	}
	// A name the text writes with no "the" takes none: "Mono Lake is now
	// ...", not "The Mono Lake is now ...".
	lake := "Tufa towers\n\nTufa towers are columns of calcium carbonate that grow underwater. The best-known examples are at Mono Lake, in eastern California. " +
		"Mono Lake is at least 760,000 years old. The lake is now roughly two to three times saltier than the sea."
	for _, s := range analyseText(t, lake) {
		if q := join(s.Q); strings.Contains(s.Text, "saltier") && !strings.HasPrefix(q, "Mono Lake is now") {
			t.Errorf("asked as %q; want \"Mono Lake is now ...\"", q)
		}
	}
	obs := "Atacama Large Millimeter Array\n\nThe Atacama Large Millimeter Array is an observatory in northern Chile. " +
		"It was built by partners including the European Southern Observatory. The observatory is run from Santiago."
	for _, s := range analyseText(t, obs) {
		if q := join(s.Q); strings.Contains(s.Text, "run from Santiago") && strings.Contains(q, "European Southern") {
			t.Errorf("asked as %q; the text's own observatory named as its partner", q)
		}
	}
}

// TestRecentNameFromHeadingAndTitle: "the aqueduct" under the heading
// "The Los Angeles Aqueduct" is that aqueduct; "the Society" after "a
// Fellow of the Royal Society" is the Royal Society; "the Party" a novel
// names throughout is not the "Outer Party" named just before it.
func TestRecentNameFromHeadingAndTitle(t *testing.T) {
	text := "William Mulholland\n\nWilliam Mulholland was an engineer who built the Los Angeles Aqueduct. " +
		"He was born in Belfast in 1855. He was elected a Fellow of the Royal Society in 1901. " +
		"In 1902 the Society awarded Mulholland a medal for work on water supply.\n\n" +
		"## The Los Angeles Aqueduct\n\n" +
		"Voters approved bonds in 1905. Construction began in 1908. The workforce built 233 miles of canals. " +
		"The route ran downhill all the way. The project was completed in five years.\n\n" +
		"The aqueduct was opened on 5 November 1913 at a cascade in the San Fernando Valley."
	var aqueduct, society bool
	for _, s := range analyseText(t, text) {
		q := join(s.Q)
		if strings.Contains(s.Text, "opened on 5 November") {
			aqueduct = strings.Contains(q, "The Los Angeles Aqueduct was opened")
		}
		if strings.Contains(s.Text, "awarded Mulholland a medal") {
			society = strings.Contains(q, "the Royal Society awarded")
		}
	}
	if !aqueduct || !society {
		t.Errorf("aqueduct named from its heading: %v; the Society named as the Royal Society: %v", aqueduct, society)
	}
	novel := "The Ministry\n\nThe Ministry is a novel about a state ruled by the Party. The Party watches every citizen. " +
		"Members of the Party live in grey flats. Winston belongs to the Outer Party. The Party's slogans are painted on every wall."
	for _, s := range analyseText(t, novel) {
		if q := join(s.Q); strings.Contains(s.Text, "slogans are painted") && strings.Contains(q, "Outer Party's slogans") {
			t.Errorf("asked as %q; the Party the novel names throughout became the Outer Party", q)
		}
	}
}

// TestLeadNameForItsKind: "the canal" far from any name, in the life of
// the man who built the Göta Canal, is the canal his first paragraph
// names; a text that names another canal as often leaves it unnamed.
func TestLeadNameForItsKind(t *testing.T) {
	life := func(other string) string {
		return "Erik Holm\n\nErik Holm (1766 – 1829) was a Swedish naval officer and canal builder. " +
			"He is remembered as the driving force behind the Vätter Canal, which crosses southern Sweden. " +
			"He was born at Stralsund and went to sea young.\n\n" +
			"Holm served in the navy for twenty years. " + other + "He rose to the rank of admiral. " +
			"He married in 1790 and had four children. He sat in the Riksdag from 1800. " +
			"He wrote pamphlets on trade and shipping.\n\n" +
			"The Vätter Canal Company was chartered in 1810. Soldiers did most of the digging. " +
			"Costs rose far above the estimates. Holm defended the work in print for years. " +
			"He spoke in every debate on the subject.\n\n" +
			"Holm died in 1829 at Motala. He was buried near the water. His sons carried on his work. " +
			"The western section of the canal opened in 1822 between the two great lakes."
	}
	for _, c := range []struct {
		other string
		named bool
	}{
		{"", true},
		{"He sailed the Nordre Canal often. The Nordre Canal was old. The Nordre Canal was short. ", false},
	} {
		found := false
		for _, s := range analyseText(t, life(c.other)) {
			if !strings.Contains(s.Text, "western section") {
				continue
			}
			found = true
			if q := join(s.Q); strings.Contains(q, "Vätter Canal") != c.named {
				t.Errorf("asked as %q; want the Vätter Canal named: %v", q, c.named)
			}
		}
		if !found {
			t.Fatal("no sentence on the western section")
		}
	}
}

// TestLeadNameOfTwoLengths: "the Zafari Sultanate of the Deccan" in the
// lead and "the Zafari Sultanate" after it are one sultanate; "the
// sultanate" far from both is named the shorter way.
func TestLeadNameOfTwoLengths(t *testing.T) {
	text := "Ali Rahim\n\nAli Rahim (1411–1481) was a merchant and statesman who served as chief minister of the Zafari Sultanate of the Deccan. " +
		"He was born in Gilan and traded along the coast.\n\n" +
		"The Zafari Sultanate, founded in 1347, drew soldiers and poets from Persia. Rahim arrived at Bidar in 1453. " +
		"He rose quickly at court. He became chief minister in 1466.\n\n" +
		"Rahim led an army to the west coast. He took the port of Goa in 1472. The campaign lasted two years. " +
		"His troops suffered from the monsoon. Goa gave the sultanate a major outlet to the sea."
	found := false
	for _, s := range analyseText(t, text) {
		if strings.Contains(s.Text, "outlet to the sea") {
			found = true
			if q := join(s.Q); !strings.Contains(q, "gave the Zafari Sultanate a major") {
				t.Errorf("asked as %q; want the Zafari Sultanate named", q)
			}
		}
	}
	if !found {
		t.Fatal("no sentence on Goa")
	}
}

// TestRecentNameInSmallLetters: "the Gelmer dam", a name with its kind in
// small letters, is "the dam" after it; "the falls" after the Giessbach
// Falls is those falls.
func TestRecentNameInSmallLetters(t *testing.T) {
	text := "Gelmer Funicular\n\nThe Gelmer Funicular is a cable railway in the canton of Bern, Switzerland. " +
		"It was built in 1926 to carry materials for the Gelmer dam. The work took three years. " +
		"After the dam was finished the railway carried staff for maintenance work.\n\n" +
		"The hotel stands beside the Giessbach Falls. A footpath leads behind the falls."
	for _, s := range analyseText(t, text) {
		q := join(s.Q)
		switch {
		case strings.Contains(s.Text, "was finished") && !strings.Contains(q, "After the Gelmer dam was finished"):
			t.Errorf("asked as %q; want the dam named", q)
		case strings.Contains(s.Text, "footpath") && !strings.Contains(q, "behind the Giessbach Falls"):
			t.Errorf("asked as %q; want the falls named", q)
		}
	}
}
