package quiz

import "testing"

// TestSameFormula: a common substance may be typed as its formula, and a
// formula key as the name; another substance's formula stays wrong.
func TestSameFormula(t *testing.T) {
	checkTypedCases(t, "Almost all of the energy comes from reactions that use oxygen and produce _____.", []typedCase{
		{"carbon dioxide", "CO2", true},
		{"carbon dioxide", "CO₂", true},
		{"carbon dioxide", "CO", false},
		{"carbon dioxide", "H2O", false},
		{"CO2", "carbon dioxide", true},
		{"water", "H2O", true},
		{"sulphuric acid", "H2SO4", true},
		{"Oxygen", "O3", false},
	})
	// British and American spellings of the reaction are one answer.
	checkTypedCases(t, "“A reaction in which a substance gains oxygen.” Which term is this?", []typedCase{
		{"Oxidation", "oxidisation", true},
		{"Oxidation", "oxidization", true},
		{"Oxidation", "reduction", false},
	})
}
