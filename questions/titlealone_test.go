package questions

import (
	"context"
	"strings"
	"testing"
)

// TestTitleCalledAlone: a character the story calls "the Baron" is
// answered so, unless another of its people holds the title too.
func TestTitleCalledAlone(t *testing.T) {
	const guide = "Three Sisters\n\nThree Sisters is a play by Anton Chekhov, first performed in 1901. " +
		"In the last act the Baron resigns his commission and is killed in a duel.\n\nMain characters\n\n" +
		"- Baron Tuzenbakh: a gentle officer who loves Irina and believes in work.\n" +
		"- Irina: the youngest sister, hopeful about work.\n"
	for text, want := range map[string]string{
		guide: "the Baron",
		strings.Replace(guide, "- Irina:", "- Baron Rode: a young officer who teaches gymnastics.\n- Irina:", 1): "",
	} {
		_, a, err := analyse(context.Background(), Source{Name: "three-sisters.txt", Text: text}, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := a.titleCalledAlone("Baron Tuzenbakh"); got != want {
			t.Errorf("titleCalledAlone = %q; want %q (lists %+v)", got, want, a.Lists)
		}
	}
}
