package questions

import (
	"strings"
	"testing"

	"quizbot/quiz"
)

// TestSaysNothing: statements true of almost anything are not asked;
// particular ones, even with the same words, are.
func TestSaysNothing(t *testing.T) {
	empty := []string{
		"A honeypot ant colony works like other ant colonies.",
		"Somewhere out in the dark, a hyena is calling to its family.",
		"Tikal is one of the most visited archaeological sites in Central America and a symbol of Guatemala's national heritage.",
		"The Laments became a cornerstone of the Polish literary canon and are read in Polish schools.",
		"Translations was an immediate success and has been staged widely in Ireland, Britain and the United States.",
		"Scientists and local people are working together to protect Goliath frogs.",
		"Little is known of the tapestries' history for more than three centuries.",
		"Almost nothing certain is known about Seku's birth or early years.",
		"Hydration has strong effects on how a dough behaves and how the finished bread looks.",
		"The Oseberg find has shaped modern understanding of Viking Age shipbuilding, craft and belief.",
		"Long records of mass balance show how glaciers respond to climate.",
		"To understand glasses, we first need to understand eyes.",
		"Like all insects, a pond skater has six legs.",
		"There are three reasons for working with power.",
		"People have lived in deserts for thousands of years.",
		"Teotihuacan has been studied since the 19th century.",
		"European scholars encountered Sanskrit grammar in the late 18th and 19th centuries.",
		"European travellers at the Cape described the clicking speech of the Khoekhoe from the seventeenth century.",
		"To understand the Great Vowel Shift, a few phonetic terms are needed.",
		"To show 5, push down the top bead.",
		"Stay far away from fallen power lines and tell an adult at once.",
		"Listen closely when a heavy stone slides across the ice.",
		"Choose a positive direction in every problem.",
		"Dragonflies have been around for a very long time.",
		"One widespread belief is that Unicode is an encoding.",
		"The temple carried an exceptionally rich sculptural scheme.",
		"Scientists and divers are working hard to protect sharks.",
		"Several factors determine how elastic demand for a good is.",
		"Insurers and employers have developed many tools to reduce moral hazard.",
		"Price elasticity is one member of a family of related measures.",
		"Sharks are amazing hunters because their senses are so good.",
		"Running a marathon is hard work for your body.",
		"Jazz is a kind of music that is full of rhythm, surprises and fun.",
		"Long before foghorns, people tried all sorts of noisy ideas.",
		"Plants have clever ways of living with so little water.",
		"You can make a rainbow on a sunny day.",
		"Nineteen divided by two is 9 remainder 1.",
		"Dividing by 5 gives a variance of 4 points squared.",
		"If a shout returns as an echo after 2.0 s, the cliff is 343 × 2.0 ÷ 2 ≈ 343 m away.",
		"On the second pass, 4 and 2 are swapped, giving 1, 2, 4, 5.",
		"At night you can see hundreds of stars twinkling in the sky.",
		"Butterflies are some of the most beautiful animals on Earth.",
		"On hot days, koalas have a clever trick.",
		"A group of rhinos has a funny name.",
		"Ring-tailed lemurs have a funny way of settling arguments.",
		"Near Seal Island in South Africa, great whites have a famous way of hunting.",
		"Kangaroo rats are important to their desert homes.",
		"One autumn, a grown-up eel gets ready for the biggest journey of its life.",
		"Sea otters are very important to their home.",
		"Lemurs have some handy tools built into their bodies.",
		"Ospreys have some clever features that help them hunt.",
		"Giant salamanders have a very long family history.",
		"Lemurs are some of the most surprising creatures on Earth.",
		"When the air in a cloud is colder than 0 °C, something special can happen.",
		"Dragonflies are some of the best fliers in the animal world.",
		"The most famous thing about a snail is its shell.",
		"The windows are the chapel's most celebrated feature.",
		"In 1835 Talbot made his most important discovery.",
		"Jellyfish are some of the strangest animals on Earth.",
		"A crocodile's body is perfect for life in the water.",
		"At −10 °C, a wind of 30 km/h gives about −20.",
		"For a long time, people thought the dragon's mouth was full of dangerous germs.",
		"In 2006 zookeepers in England had a big surprise.",
		"A few geckos in New Zealand do something unusual.",
		"In 2018, scientists in Brazil described something astonishing.",
		"In 2017, scientists in Botswana noticed something funny.",
		"Scalloped hammerheads do something very unusual for sharks.",
		"Great hammerheads have a trick for saving energy.",
		"In some places, people roast termites and eat them as a crunchy snack.",
		"In many countries, experts check the snow every day.",
		"When the air in a cloud is colder than 0 °C, something special can happen.",
		"For the steady player, the deviations from 20 are −2, 0, 2, −1 and 1.",
		"Audio uses 44,100 samples per second and 16 bits per sample, giving 1,411,200 bits per second.",
		"Three main models describe the balance.",
		"Two broad systems are usually distinguished.",
		"When a tax rate rises, two forces pull in opposite directions.",
		"When a price cap binds, two things happen at once.",
		"Weaver ants are small, but they are very brave.",
		"A common crane is a very big bird.",
	}
	particular := []string{
		"The Alhambra is one of the most visited monuments in Spain, receiving well over two million visitors a year.",
		"Lorenzo Langstroth was an American beekeeper whose movable-frame hive transformed the keeping of bees.",
		"A pyramid of numbers shows how many organisms are at each level.",
		"An Engel curve is a graph that shows how spending on a particular good varies with income.",
		"A frog's life has four main stages.",
		"There are five kinds of manatee in the world.",
		"European traders described the port of Calicut in 1498 as the richest in India.",
		"To understand tides, Newton used his law of gravitation.",
		"Scientists have found signs that water once flowed in rivers and lakes on Mars.",
		"People were living on the hill at Great Zimbabwe by the 4th century AD.",
		"Many owls nest in holes in trees or old buildings.",
		"In several places operators received electric shocks from the equipment.",
		"In some parts of Norway the festival is called Jonsok.",
		"Ma He was born in Kunyang into a family of Hui Muslims.",
		"Your skeleton is the frame of bones inside your body.",
		"There are 206 bones in the skeleton of an adult human.",
		"Price elasticity of demand is the percentage change in quantity divided by the percentage change in price.",
		"The Hanseatic League used several ways of settling disputes, including a court at Lübeck in 1418.",
		"The council met in 1545, 1551, 1562 and 1563.",
		"Every penguin has its own special call, a bit like a voice.",
		"Sloths do something unusual for a mammal: they hang upside down to sleep.",
		"Economists place markets on a spectrum, from perfect competition to pure monopoly.",
		"If you weigh 60 kg on Earth, you would weigh only 10 kg on the Moon.",
		"About 68 per cent of values lie within one standard deviation, 95 per cent within two and 99.7 per cent within three.",
		"Watch parties were held in every town.",
		"Count Aubespine is ordered to leave the country.",
		"Two forces act on a floating ship: its weight and the buoyant force.",
		"The two forces are equal for a ship at rest.",
		"Flying on Mars is hard, because the air there is very thin.",
		"A common crane is a very big bird, about 1.2 metres tall.",
	}
	for _, s := range empty {
		if got := nothingOf(t, s); got == "" {
			t.Errorf("saysNothing(%q) = \"\"; want a reason", s)
		}
	}
	for _, s := range particular {
		if got := nothingOf(t, s); got != "" {
			t.Errorf("saysNothing(%q) = %q; want \"\"", s, got)
		}
	}
}

func nothingOf(t *testing.T, sentence string) string {
	t.Helper()
	sents := analyseText(t, "Example\n\n"+sentence)
	if len(sents) != 1 {
		t.Fatalf("%q: %d sentences", sentence, len(sents))
	}
	return saysNothing(simplify(sents[0].Toks))
}

// TestExerciseHeading: the setting of a task is not a fact.
func TestExerciseHeading(t *testing.T) {
	for _, h := range []string{"Practice questions", "Worked example", "Homework", "Try it yourself", "Check your understanding", "Plenary", "Exit slip:"} {
		if !exerciseHeading(h) {
			t.Errorf("exerciseHeading(%q) = false", h)
		}
	}
	for _, h := range []string{"Experimental probability", "Causes of the war", "The water cycle", "Key vocabulary", "Examples of igneous rock"} {
		if exerciseHeading(h) {
			t.Errorf("exerciseHeading(%q) = true", h)
		}
	}
}

// TestConfusable: a typed answer is not asked where the checker's typo
// allowance would take another word of the same text for it.
func TestConfusable(t *testing.T) {
	a := clean("t.txt", "Work\n\nHer vocation was teaching. Every vacation she travelled to Paris.")
	if !a.confusable(&quiz.Question{Kind: quiz.FillBlank, Answer: "vocation"}) {
		t.Error("vocation not confusable in a text with vacation")
	}
	c := clean("t.txt", "Heat\n\nHeat moves by convection in air. The annual convention of engineers met in Paris.")
	if c.confusable(&quiz.Question{Kind: quiz.FillBlank, Answer: "convection"}) {
		t.Error("convection confusable with convention, which the checker refuses for it")
	}
	b := clean("t.txt", "Heat\n\nHeat moves by convection in air. The engineers met in Paris.")
	if b.confusable(&quiz.Question{Kind: quiz.FillBlank, Answer: "convection"}) {
		t.Error("convection confusable in a text without a near word")
	}
}

// TestAsideHeading: what a text files under "Did you know?" is a side fact
// by its own account and is not asked; its other sections are.
func TestAsideHeading(t *testing.T) {
	for _, h := range []string{"Fun facts", "Did You Know?", "Amazing Facts", "Jupiter fun facts", "Trivia"} {
		if !asideHeading(h) {
			t.Errorf("asideHeading(%q) = false", h)
		}
	}
	for _, h := range []string{"Facts and figures", "How a lock works", "Key facts", "The factory"} {
		if asideHeading(h) {
			t.Errorf("asideHeading(%q) = true", h)
		}
	}
	aside, rest := 0, 0
	for _, q := range devQuestions(t, "children_steelpan.txt") {
		if q.Section == "Did You Know?" {
			aside++
		} else {
			rest++
		}
	}
	if aside > 0 || rest == 0 {
		t.Errorf("steelpan: %d questions from Did You Know?, %d from the rest", aside, rest)
	}
}

// TestTellingNounNotAsked: the analogy a text draws is how it tells a
// fact; its noun is no answer.
func TestTellingNounNotAsked(t *testing.T) {
	text := "Cosmic expansion\n\nThe universe is expanding, and distant galaxies move away from one another. " +
		"A common analogy is a loaf of raisin bread rising in an oven. " +
		"The distance between galaxies grows in proportion to their distance, a relation called Hubble's law."
	found := false
	for _, c := range textCandidates(t, text) {
		if strings.Contains(c.Q.Answer, "analogy") {
			t.Errorf("the analogy asked: %q => %q", c.Q.Stem, c.Q.Answer)
		}
		found = found || strings.Contains(c.Q.Stem, "raisin") || strings.Contains(c.Q.Stem, "Hubble")
	}
	if !found {
		t.Error("no candidate from the text at all")
	}
}
