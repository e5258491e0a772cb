package web_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"testing"

	"quizbot/quiz"
)

// upload posts a file to POST /api/topics as the page's form does.
func upload(t *testing.T, tc *teacher, name string, data []byte, topic string, want int, out any) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	if name != "" {
		fw, _ := mw.CreateFormFile("file", name)
		fw.Write(data)
	}
	if topic != "" {
		mw.WriteField("name", topic)
	}
	mw.Close()
	req, _ := http.NewRequest("POST", tc.e.srv.URL+"/api/topics", &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("X-CSRF-Token", tc.csrf)
	resp, err := tc.c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != want {
		t.Fatalf("upload %s = %d %s; want %d", name, resp.StatusCode, body, want)
	}
	if out != nil {
		if err := jsonUnmarshal(body, out); err != nil {
			t.Fatal(err)
		}
	}
}

func TestUploadedTextIsADraftUntilPublished(t *testing.T) {
	e := newEnv(t)
	ada, bob := e.signIn("Ada"), e.signIn("Bob")
	text, err := os.ReadFile("../testdata/volcanoes.md")
	if err != nil {
		t.Fatal(err)
	}
	var draft struct {
		ID        int64
		Name      string
		Questions int
		Draft     bool
	}
	upload(t, ada, "volcano_notes.md", text, "", 201, &draft)
	if !draft.Draft || draft.Questions == 0 || draft.Name != "volcano notes" {
		t.Fatalf("upload = %+v; want a draft named after the file, with questions", draft)
	}
	// Out of play: not among the chat's topics, never asked.
	ts, _ := e.db.Topics(context.Background())
	for _, tp := range ts {
		if tp.ID == draft.ID {
			t.Fatal("a draft is listed among the topics in play")
		}
	}
	if qs, _ := e.db.Candidates(context.Background(), 1, "volcano notes", 50); len(qs) != 0 {
		t.Fatalf("a draft's questions are candidates: %d", len(qs))
	}
	var eb struct{ Field string }
	ada.do("POST", "/api/classes", map[string]any{"topic": draft.ID}, 400, &eb)
	if eb.Field != "topic" {
		t.Errorf("a class on a draft: field %q; want topic", eb.Field)
	}
	// Its teacher reviews it; another teacher does not see it.
	var qs []quiz.ReviewQuestion
	ada.do("GET", fmt.Sprintf("/api/topics/%d/questions", draft.ID), nil, 200, &qs)
	if len(qs) != draft.Questions {
		t.Fatalf("%d questions to review; want %d", len(qs), draft.Questions)
	}
	var bobs []struct{ ID int64 }
	bob.do("GET", "/api/topics", nil, 200, &bobs)
	for _, b := range bobs {
		if b.ID == draft.ID {
			t.Error("Bob's topics list Ada's draft")
		}
	}
	bob.do("GET", fmt.Sprintf("/api/topics/%d/questions", draft.ID), nil, 403, nil)
	bob.do("GET", fmt.Sprintf("/topics/%d", draft.ID), nil, 403, nil)
	bob.do("PATCH", "/api/questions/"+qs[0].ID, `{"retired":true}`, 403, nil)
	bob.do("POST", fmt.Sprintf("/api/topics/%d/questions", draft.ID), map[string]any{"kind": "true_false", "question": "Lava is hot.", "answer": "True"}, 403, nil)
	bob.do("PATCH", fmt.Sprintf("/api/topics/%d", draft.ID), `{"draft":false}`, 403, nil)
	ada.do("PATCH", "/api/questions/"+qs[0].ID, `{"retired":true}`, 200, nil)

	ada.do("PATCH", fmt.Sprintf("/api/topics/%d", draft.ID), `{"draft":false}`, 200, &draft)
	if draft.Draft || draft.Questions != len(qs)-1 {
		t.Fatalf("published = %+v; want in play with %d questions", draft, len(qs)-1)
	}
	if got, _ := e.db.Candidates(context.Background(), 1, "volcano notes", 50); len(got) != len(qs)-1 {
		t.Fatalf("%d candidates after publishing; want %d (the retired one left out)", len(got), len(qs)-1)
	}
	ada.do("PATCH", fmt.Sprintf("/api/topics/%d", draft.ID), `{"draft":true}`, 400, nil)
}

func TestUploadRefusesWhatItCannotRead(t *testing.T) {
	e := newEnv(t)
	tc := e.signIn("Ada")
	for _, c := range []struct {
		file, name string
		data       []byte
		field      string
	}{
		{"", "", nil, "file"},
		{"notes.pdf", "", []byte("%PDF-1.4"), "file"},
		{"notes.txt", "", []byte{0, 1, 2, 3}, "file"},
		{"notes.txt", "", []byte("   "), "file"},
		{"notes.txt", "", bytes.Repeat([]byte("Lava flows. "), 100_000), "file"},
		{"notes.txt", "Volcanoes", []byte("Mount Etna is an active volcano on the east coast of Sicily. In 1669 a great eruption of Mount Etna destroyed much of the city of Catania."), "name"},
		{"notes.txt", "two\nlines", []byte("Mount Etna is a volcano in Sicily."), "name"},
	} {
		var eb struct{ Error, Field string }
		upload(t, tc, c.file, c.data, c.name, 400, &eb)
		if eb.Field != c.field || eb.Error == "" {
			t.Errorf("upload %q named %q = %+v; want a message about %q", c.file, c.name, eb, c.field)
		}
	}
	send(t, tc.c, "POST", e.srv.URL+"/api/topics", "x", nil, 403, nil)
}
