package quiz

import "strings"

// A student names the legs of an animal as the text does or as any other
// book does: "hind legs" and "rear legs" are the "back legs" of a text for
// children, "forelegs" its "front legs". Read blind, a key that refused
// "hind legs" for back legs was a wrong key.

// limbs are the parts of a body that come in a front and a back pair.
var limbs = map[string]bool{"leg": true, "legs": true, "limb": true, "limbs": true, "foot": true, "feet": true,
	"paw": true, "paws": true, "flipper": true, "flippers": true, "fin": true, "fins": true, "wing": true, "wings": true}

// limbSides are the words for the back or the front of a body before a limb.
var limbSides = map[string]string{"hind": "back", "rear": "back", "back": "back", "fore": "front", "front": "front"}

// sidesOfBody writes the side of a limb one way: "hind legs", "rear legs",
// "hindlegs" and "back legs" are all "back legs".
func sidesOfBody(toks []string) []string {
	out := make([]string, 0, len(toks))
	for i, t := range toks {
		if side, ok := limbSides[t]; ok && i+1 < len(toks) && limbs[toks[i+1]] {
			out = append(out, side)
			continue
		}
		if whole, ok := joinedLimb(t); ok {
			out = append(out, whole...)
			continue
		}
		out = append(out, t)
	}
	return out
}

// joinedLimb splits "hindlegs", "forelegs" and "forelimbs" into a side and
// a limb.
func joinedLimb(t string) ([]string, bool) {
	for _, pre := range []string{"hind", "fore"} {
		if rest, ok := strings.CutPrefix(t, pre); ok && limbs[rest] {
			return []string{limbSides[pre], rest}, true
		}
	}
	return nil, false
}
