package storetest

import (
	"bytes"
	"context"
	"sync"
	"testing"

	"quizbot/quiz"
)

// codeStore is what students joining from a browser need of a store: both
// stores implement it beside quiz.Store.
type codeStore interface {
	ClassByCode(ctx context.Context, code string) (*quiz.Class, error)
	SigningKey(ctx context.Context, name string) ([]byte, error)
}

// testClassCodes: a class keeps its code; the latest class with a code
// owns it; a signing key is made once and the same for every caller.
func testClassCodes(t *testing.T, s *suite) {
	cs, ok := s.db.(codeStore)
	if !ok {
		t.Fatalf("%T has no ClassByCode and SigningKey", s.db)
	}
	qs := sampleQuestions()
	if _, err := s.db.SaveTopic(ctx, "Wars", "wars.txt", qs); err != nil {
		t.Fatal(err)
	}
	group := &quiz.Chat{Platform: "telegram", PlatformID: "-5", Title: "7b"}
	if err := s.db.EnsureChat(ctx, group); err != nil {
		t.Fatal(err)
	}
	if c, err := cs.ClassByCode(ctx, "ABC234"); c != nil || err != nil {
		t.Fatalf("ClassByCode of an unknown code = %+v, %v; want nil, nil", c, err)
	}
	first := &quiz.Class{ChatID: group.ID, Topic: "Wars", Code: "ABC234"}
	if err := s.db.CreateClass(ctx, first, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.db.CreateClass(ctx, &quiz.Class{ChatID: group.ID, Topic: "Wars"}, nil); err != nil {
		t.Fatal(err)
	}
	if c, err := cs.ClassByCode(ctx, "ABC234"); err != nil || c == nil || c.ID != first.ID || c.Code != "ABC234" || c.Platform != "telegram" {
		t.Fatalf("ClassByCode = %+v, %v; want class %d with its code", c, err, first.ID)
	}
	if c, err := cs.ClassByCode(ctx, ""); c != nil || err != nil {
		t.Errorf("ClassByCode of no code = %+v, %v; want nil (classes without a code are not found by it)", c, err)
	}
	if c, _ := s.db.Class(ctx, first.ID); c == nil || c.Code != "ABC234" {
		t.Errorf("Class = %+v; want its code read back", c)
	}
	later := &quiz.Class{ChatID: group.ID, Topic: "Wars", Code: "ABC234"}
	if err := s.db.CreateClass(ctx, later, nil); err != nil {
		t.Fatal(err)
	}
	if c, _ := cs.ClassByCode(ctx, "ABC234"); c == nil || c.ID != later.ID {
		t.Errorf("ClassByCode after a later class took the code = %+v; want class %d", c, later.ID)
	}

	var wg sync.WaitGroup
	keys := make([][]byte, 4)
	for i := range keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			k, err := cs.SigningKey(ctx, "play")
			if err != nil {
				t.Errorf("SigningKey: %v", err)
			}
			keys[i] = k
		}()
	}
	wg.Wait()
	for i, k := range keys {
		if len(k) != 32 || !bytes.Equal(k, keys[0]) {
			t.Fatalf("key %d = %x; want the same 32 bytes as key 0 (%x)", i, k, keys[0])
		}
	}
	if other, _ := cs.SigningKey(ctx, "other"); bytes.Equal(other, keys[0]) {
		t.Error("two names share a key")
	}
}
