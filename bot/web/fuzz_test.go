package web_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"reflect"
	"strings"
	"testing"

	"quizbot/quiz"
)

// FuzzPatchQuestion sends any body to PATCH /api/questions/{id}: the answer
// is 200 with a question that passes the validator and is what is stored,
// or 400 with a message and a field and nothing changed; never anything else.
func FuzzPatchQuestion(f *testing.F) {
	for _, s := range []string{
		`{"question":"Which volcano buried Pompeii?"}`, `{"answer":"Etna"}`, `{"options":["a","b"],"answer":"a"}`,
		`{"retired":true}`, `{"aliases":["x"]}`, `{"kind":"fill_blank","options":[],"question":"_____ buried Pompeii."}`,
		`{"question":"\u0000"}`, `{"options":null}`, `{}`, `null`, `{"question":"` + strings.Repeat("é", 300) + `"}`,
		`{"options":["` + strings.Repeat("a", 101) + `","Vesuvius"]}`, "\xff", `{"explanation":"` + strings.Repeat("x", 1001) + `"}`,
	} {
		f.Add(s)
	}
	e := newEnv(f)
	tc := e.signIn("Ada")
	var qs []quiz.ReviewQuestion
	tc.do("GET", "/api/topics/1/questions", nil, 200, &qs)
	id := qs[0].ID
	f.Fuzz(func(t *testing.T, body string) {
		before, err := e.db.ReviewQuestion(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		req, _ := http.NewRequest("PATCH", e.srv.URL+"/api/questions/"+id, strings.NewReader(body))
		req.Header.Set("X-CSRF-Token", tc.csrf)
		resp, err := tc.c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		after, err := e.db.ReviewQuestion(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		switch resp.StatusCode {
		case 200:
			var q quiz.ReviewQuestion
			if err := json.Unmarshal(got, &q); err != nil {
				t.Fatalf("200 with %q: %v", got, err)
			}
			if err := after.Question.Validate(); err != nil {
				t.Fatalf("PATCH %q stored a question the validator refuses: %v", body, err)
			}
			if q.Stem != after.Stem || q.Answer != after.Answer || !reflect.DeepEqual(q.Options, nonNil(after.Options)) || q.Retired != after.Retired {
				t.Fatalf("PATCH %q answered %+v but stored %+v", body, q, after)
			}
		case 400:
			var eb map[string]any
			if err := json.Unmarshal(got, &eb); err != nil || eb["error"] == "" {
				t.Fatalf("400 without an error message: %q", got)
			}
			if _, ok := eb["field"]; !ok {
				t.Fatalf("400 without a field: %q", got)
			}
			if !reflect.DeepEqual(before, after) {
				t.Fatalf("refused PATCH %q changed the question from %+v to %+v", body, before, after)
			}
		default:
			t.Fatalf("PATCH %q = %d %s; want 200 or 400", body, resp.StatusCode, got)
		}
	})
}

func nonNil(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}
