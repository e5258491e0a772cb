package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTeacherHousekeeping: topics listed, renamed and deleted, an edited
// question imported by its id updates it, retire and unretire, classes; on
// each store.
func TestTeacherHousekeeping(t *testing.T) {
	onEachStore(t, testTeacherHousekeeping)
}

func testTeacherHousekeeping(t *testing.T, st testStore) {
	dir := t.TempDir()
	db := st.addr
	if _, errOut, code := run(t, nil, "", "--db", db, "import", "--format", "aiken", bankData+"science.aiken.txt"); code != 0 {
		t.Fatal(errOut)
	}
	out, _, code := run(t, nil, "", "--db", db, "topics")
	if code != 0 || !strings.Contains(out, "science") {
		t.Fatalf("topics: exit %d\n%s", code, out)
	}
	if out, errOut, code := run(t, nil, "", "--db", db, "topics", "rename", "science", "Chemistry"); code != 0 || !strings.Contains(out, `is now "Chemistry"`) {
		t.Fatalf("rename: exit %d %q %q", code, out, errOut)
	}
	if _, errOut, code := run(t, nil, "", "--db", db, "topics", "rename", "nope", "x"); code != 1 || !strings.Contains(errOut, `no topic "nope"`) {
		t.Errorf("rename of a missing topic: exit %d %q", code, errOut)
	}
	before := st.count(t, "SELECT COUNT(*) FROM questions")

	// Export, edit one question's text in the file, import it back.
	gift, _, code := run(t, nil, "", "--db", db, "export", "--format", "gift")
	if code != 0 {
		t.Fatal("export failed")
	}
	lines := strings.Split(gift, "\n")
	edited := false
	var id string
	for i, l := range lines {
		if strings.HasPrefix(l, "::") && !edited {
			id = strings.TrimPrefix(l[:strings.Index(l[2:], "::")+2], "::")
			lines[i] = strings.Replace(l, ":: ", ":: (Edited) ", 1)
			edited = true
		}
	}
	file := filepath.Join(dir, "edited.gift")
	if err := os.WriteFile(file, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := run(t, nil, "", "--db", db, "import", "--format", "gift", file)
	if code != 0 || !strings.Contains(out, "0 new, ") || !strings.Contains(out, "updated") {
		t.Fatalf("import of the edited export: exit %d %q %q; want 0 new and updates", code, out, errOut)
	}
	if n := st.count(t, "SELECT COUNT(*) FROM questions"); n != before {
		t.Errorf("questions after importing an edit = %d; want %d (no copy)", n, before)
	}
	if n := st.count(t, "SELECT COUNT(*) FROM questions WHERE id = '"+id+"' AND stem LIKE '(Edited)%'"); n != 1 {
		t.Errorf("question %s does not carry the edit", id)
	}

	// Retire and unretire.
	if out, _, code := run(t, nil, "", "--db", db, "question", "retire", id); code != 0 || !strings.Contains(out, "out of play") {
		t.Errorf("retire: %d %q", code, out)
	}
	if out, _, _ := run(t, nil, "", "--db", db, "question", "retired"); !strings.Contains(out, id) {
		t.Errorf("retired list lacks %s:\n%s", id, out)
	}
	if out, _, code := run(t, nil, "", "--db", db, "question", "unretire", id); code != 0 || !strings.Contains(out, "back in play") {
		t.Errorf("unretire: %d %q", code, out)
	}
	if n := st.count(t, "SELECT COUNT(*) FROM questions WHERE id = '"+id+"' AND retired"); n != 0 {
		t.Errorf("question %s still retired", id)
	}
	if _, errOut, code := run(t, nil, "", "--db", db, "question", "unretire", "000000000000"); code != 1 || !strings.Contains(errOut, "no question") {
		t.Errorf("unretire of a missing question: %d %q", code, errOut)
	}

	// A class, then the list of classes.
	if out, errOut, code := run(t, nil, "/class start Chemistry 2 30\n/class join\n/class begin\n1\n", "--db", db); code != 0 {
		t.Fatalf("console class: exit %d\n%s\n%s", code, out, errOut)
	}
	out, _, code = run(t, nil, "", "--db", db, "classes")
	if code != 0 || !strings.Contains(out, "Chemistry") || !strings.Contains(out, "console") {
		t.Errorf("classes: exit %d\n%s", code, out)
	}

	// Deleting a topic keeps what players answered, out of play.
	out, errOut, code = run(t, nil, "", "--db", db, "topics", "delete", "Chemistry")
	if code != 0 || !strings.Contains(out, "Deleted") || !strings.Contains(out, "stay out of play") {
		t.Fatalf("delete: exit %d %q %q", code, out, errOut)
	}
	if n := st.count(t, "SELECT COUNT(*) FROM questions WHERE NOT retired"); n != 0 {
		t.Errorf("questions in play after deleting the only topic = %d; want 0", n)
	}
	if n := st.count(t, "SELECT COUNT(*) FROM attempts"); n == 0 {
		t.Errorf("the class's answers went with the topic")
	}
}
