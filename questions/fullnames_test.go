package questions

import (
	"strings"
	"testing"
)

// TestNameInFull: a person the text named in full once is named so again
// in a sentence that uses one of the names alone; not two people who share
// it, not a thing named after one, not the subject, not a character the
// text always calls so.
func TestNameInFull(t *testing.T) {
	for _, tt := range []struct {
		text, sentence, want string
	}{
		{"The Taiping Rebellion\n\nThe Taiping Rebellion was a civil war in China. Hong Xiuquan led it. His friend Feng Yunshan became an early convert. Feng organised the God Worshippers Society among poor farmers in Guangxi.",
			"organised the God Worshippers", "Feng Yunshan organised"},
		{"Novalis\n\nNovalis was a German poet of early Romanticism. In November 1794 Hardenberg met Sophie von Kühn, then twelve years old, and they became secretly engaged a few months later. Sophie fell seriously ill and died in March 1797, two days after her fifteenth birthday.",
			"fell seriously ill", "Sophie von Kühn fell"},
		{"The Taiping Rebellion\n\nThe Taiping Rebellion was a civil war in China. His cousin Hong Rengan and Hong Xiuquan were converts. In 1851 Hong proclaimed the Heavenly Kingdom of Great Peace.",
			"proclaimed the Heavenly", "In 1851 Hong proclaimed"},
		{"Lighthouses\n\nLighthouses warn ships. A French scientist, Augustin Fresnel, had a clever idea in 1822. A Fresnel lens made a lighthouse visible from much farther away.",
			"lens made", "A Fresnel lens"},
		{"Chien-Shiung Wu\n\nChien-Shiung Wu was a Chinese-American physicist. In 1936 Chien-Shiung Wu sailed to San Francisco. In 1942 Wu married in Pasadena.",
			"married in Pasadena", "In 1942 Wu married"},
		{"The Hundred Years War\n\nThe war lasted from 1337 to 1453. Joan of Arc led the French to victory at Orléans in 1429. Joan was captured at Compiègne in 1430.",
			"captured at Compi", "Joan of Arc was captured"},
		{"The Spanish Armada\n\nThe Armada sailed in 1588. The Duke of Parma waited in Flanders with an army. Parma's troops would cross in barges to Kent.",
			"troops would cross", "Parma's troops"},
		{"The Ethiopian War\n\nThe Geneva Protocol banned poison gas in 1925. In 1936 Haile Selassie spoke in Geneva to the League.",
			"spoke in Geneva", "spoke in Geneva to"},
		// A title after "as" is the office, not the one who held it before.
		{"Kabalega\n\nKabalega was a ruler of Bunyoro. His father, Omukama Kamurasi, died in 1869. A war of succession followed. Kabalega emerged victorious and was installed as Omukama, still a young man.",
			"was installed as", "installed as Omukama, still"},
		{"The Gunpowder Plot\n\nThe plot was led by Robert Catesby. Thomas Percy rented a house near Parliament. Fawkes, using the false name John Johnson, posed as Percy's servant and looked after the powder.",
			"looked after the powder", "posed as Thomas Percy's servant"},
		{"Marco Polo\n\nMarco Polo was a Venetian merchant who travelled through Central Asia to China. His book shaped European ideas of Asia for centuries.",
			"shaped European", "ideas of Asia for"},
		{"Concorde\n\nConcorde was a supersonic airliner operated by British Airways and Air France. Most surviving aircraft are displayed in museums in Britain, France, the United States and Barbados.",
			"displayed in museums", "museums in Britain, France, the"},
		// The subject's given name alone, in a life that calls him by his
		// family name, is written in full; a name given is not.
		{"William Mulholland\n\nWilliam Mulholland was an Irish-born engineer. Mulholland worked as a sailor. Mulholland and his brother Hugh went west. " +
			"William reached Los Angeles in 1877. Mulholland dug ditches. Mulholland became chief engineer in 1902. Mulholland built dams. Mulholland retired in 1928. His father remarried, and a son was also named William.",
			"reached Los Angeles", "William Mulholland reached"},
		{"William Mulholland\n\nWilliam Mulholland was an Irish-born engineer. Mulholland worked as a sailor. Mulholland and his brother Hugh went west. " +
			"William reached Los Angeles in 1877. Mulholland dug ditches. Mulholland became chief engineer in 1902. Mulholland built dams. Mulholland retired in 1928. His father remarried, and a son was also named William.",
			"also named", "also named William."},
		// A subject the text calls by the given name keeps it.
		{"Rachel Carson\n\nRachel Carson was an American biologist. Rachel loved the sea. Rachel studied at Johns Hopkins. In 1936 Rachel joined the Bureau of Fisheries. Carson wrote Silent Spring.",
			"joined the Bureau", "In 1936 Rachel joined"},
		// A law named after a person keeps its name.
		{"Freezing\n\nIn the 1880s the French chemist François-Marie Raoult made careful measurements of many solutions. " +
			"Molality, cryoscopic constant, boiling-point elevation, Raoult's law and osmotic pressure are all closely linked ideas.",
			"closely linked", "elevation, Raoult's law"},
	} {
		found := false
		for _, s := range analyseText(t, tt.text) {
			if strings.Contains(s.Text, tt.sentence) {
				found = true
				if !strings.Contains(s.Text, tt.want) {
					t.Errorf("%q; want it to read %q", s.Text, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("no sentence with %q in %q", tt.sentence, tt.text)
		}
	}
}

// TestLetterIsNoName: "the Drosophila X chromosome" gives "Drosophila" no
// full name "Drosophila X": a later "Curt Stern in Drosophila" stays as
// the text wrote it.
func TestLetterIsNoName(t *testing.T) {
	found := false
	for _, s := range analyseText(t, devText(t, "concept_genetic-linkage.txt")) {
		if strings.Contains(s.Text, "Curt Stern in Drosophila") {
			found = true
			if strings.Contains(s.Text, "Drosophila X,") {
				t.Errorf("a letter written in as a name: %q", s.Text)
			}
		}
	}
	if !found {
		t.Error("the sentence on Curt Stern not found")
	}
	// A regnal number is a name's own: "Constantine's later reign" is
	// written "Constantine V's" as the text first named him.
	found = false
	for _, s := range analyseText(t, devText(t, "encyclopedia_byzantine-iconoclasm.txt")) {
		found = found || strings.Contains(s.Text, "Constantine V's later reign")
	}
	if !found {
		t.Error("\"Constantine's later reign\" not written with the regnal number")
	}
}
