package main

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"quizbot/bot/console"
	"quizbot/bot/web"
	"quizbot/quiz"
)

// runTeacherLink is quizbot teacher-link [--name NAME]: one line, a
// one-time sign-in link to the teacher's pages, that expires.
//
// Without --name the teacher is the console's user: whoever runs quizbot on
// this machine, so that classes held in quizbot chat are theirs on the page
// too. With --name it is a teacher of that name, with classes of their own.
func (m *Main) runTeacherLink(ctx context.Context, args []string) error {
	fs := m.flags("quizbot teacher-link")
	name := fs.String("name", "", "the teacher's `name` (default: this machine's console user)")
	if err := m.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("teacher-link takes no arguments besides its flags")
	}
	n := strings.TrimSpace(*name)
	if utf8.RuneCountInString(n) > 60 || strings.IndexFunc(n, unicode.IsControl) >= 0 || !utf8.ValidString(n) {
		return usagef("--name must be a name of at most 60 characters on one line")
	}
	cfg, err := loadSettings(m.Getenv)
	if err != nil {
		// The link needs only the address; a bot's settings may be incomplete
		// on the machine where a teacher asks for one.
		cfg = &settings{HTTPAddr: strings.TrimSpace(m.Getenv("QUIZBOT_HTTP_ADDR")), PublicURL: strings.TrimSpace(m.Getenv("QUIZBOT_PUBLIC_URL"))}
	}
	db, err := m.openDB()
	if err != nil {
		return err
	}
	defer db.Close()
	// The console names its user after $USER; so does its teacher here.
	local := strings.TrimSpace(m.Getenv("USER"))
	if local == "" {
		local = "you"
	}
	u := &quiz.User{Platform: console.Platform, PlatformID: "local", Name: local}
	if n != "" {
		u = &quiz.User{Platform: web.Platform, PlatformID: "teacher:" + strings.ToLower(n), Name: n}
	}
	if err := db.EnsureUser(ctx, u); err != nil {
		return fmt.Errorf("store teacher: %w", err)
	}
	link, err := web.SignInLink(ctx, db, u.ID, cfg.publicURL(), time.Now().Add(web.DefaultLinkTTL))
	if err != nil {
		return err
	}
	fmt.Fprintln(m.Stdout, link)
	return nil
}
