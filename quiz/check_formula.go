package quiz

import "strings"

// A common substance may be typed as its formula: "CO2" (or "CO₂") for
// carbon dioxide, "H2O" for water. Read blind, refusing "CO2" was a wrong
// key. Only the formulas a school text names are listed: a formula is
// exact, so nothing is guessed from letters and digits.
var formulaNames = map[string]string{
	"co2": "carbon dioxide", "co": "carbon monoxide", "h2o": "water", "o2": "oxygen", "o3": "ozone",
	"h2": "hydrogen", "n2": "nitrogen", "nacl": "sodium chloride", "ch4": "methane", "nh3": "ammonia",
	"c6h12o6": "glucose", "h2so4": "sulfuric acid", "hcl": "hydrochloric acid", "caco3": "calcium carbonate",
	"naoh": "sodium hydroxide", "hno3": "nitric acid", "so2": "sulfur dioxide", "no2": "nitrogen dioxide",
}

// formulaKey maps normalized formulas to normalized names.
var formulaKey = func() map[string]string {
	m := map[string]string{}
	for f, n := range formulaNames {
		m[strings.Join(normTokens(f), " ")] = strings.Join(americanTokens(normTokens(n)), " ")
	}
	return m
}()

// sameFormula reports a formula typed for its substance's name, or the
// name for the formula.
func sameFormula(given, want []string) bool {
	g, w := strings.Join(given, " "), strings.Join(americanTokens(want), " ")
	if n, ok := formulaKey[g]; ok && n == w {
		return true
	}
	n, ok := formulaKey[strings.Join(want, " ")]
	return ok && n == strings.Join(americanTokens(given), " ")
}
