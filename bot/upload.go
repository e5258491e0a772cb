package bot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"quizbot/questions"
	"quizbot/quiz"
)

// Uploads: a teacher sends a text or Markdown file and gets a new topic made
// from it. In a group only a teacher may, and only with the file sent as
// /class upload (on Telegram: the caption) or in reply to the bot; other
// files shared in a group are none of the bot's business. In a private chat
// anyone may upload their own text.

// Upload limits.
const (
	MaxUpload     = 1 << 20 // bytes
	slowUpload    = 16 << 10
	uploadTimeout = 3 * time.Minute
)

// upload is a document sent to the bot: a teacher's new topic.
func (c *conv) upload(ctx context.Context) error {
	f := c.in.File
	cmd := strings.ToLower(strings.TrimSpace(c.in.Text))
	if !c.chat.Private {
		if !strings.HasPrefix(cmd, "/class") && !c.in.ToBot {
			return nil
		}
		if !c.in.User.Admin {
			return quiz.Errorf(quiz.EFORBIDDEN, "Sorry, only a teacher can add texts in this chat. "+
				"You can send me your own text in a private chat.")
		}
	}
	name := strings.TrimSpace(filepath.Base(strings.ReplaceAll(f.Name, "\\", "/")))
	if name == "" || name == "." || name == "/" {
		name = "upload.txt"
	}
	if msg := checkUpload(name, f.MIME, f.Size); msg != "" {
		return c.say(ctx, "%s", msg)
	}
	if f.Open == nil {
		return c.say(ctx, "I could not download %s. Please send it again.", shorten(name, 60))
	}
	rc, err := f.Open(ctx)
	if err != nil {
		c.s.log.Warn("open upload", "platform", c.in.Chat.Platform, "err", err)
		return c.say(ctx, "I could not download %s. Please send it again in a moment.", shorten(name, 60))
	}
	data, err := io.ReadAll(io.LimitReader(rc, MaxUpload+1))
	rc.Close()
	if err != nil {
		c.s.log.Warn("read upload", "platform", c.in.Chat.Platform, "err", err)
		return c.say(ctx, "I could not download %s. Please send it again in a moment.", shorten(name, 60))
	}
	if msg := checkContent(name, data); msg != "" {
		return c.say(ctx, "%s", msg)
	}
	topic := topicFromFile(name)
	var progressID string
	if len(data) > slowUpload {
		progressID, err = c.s.send(ctx, c.in.Chat, Reply{To: c.in, Text: fmt.Sprintf("⏳ Reading %s (%d KB) and writing questions; this takes a moment…",
			shorten(name, 60), (len(data)+1023)/1024)})
		if err != nil {
			return err
		}
	}
	gctx, cancel := context.WithTimeout(ctx, uploadTimeout)
	defer cancel()
	qs, err := questions.GenerateContext(gctx, []questions.Source{{Name: topic, Text: string(data)}}, nil)
	if errors.Is(err, context.DeadlineExceeded) {
		return c.say(ctx, "%s took too long to read. Try a shorter text.", shorten(name, 60))
	} else if err != nil {
		return err
	}
	if len(qs) == 0 {
		return c.say(ctx, "I found no sentences in %s that make good questions. It needs running prose in English, in full sentences.", shorten(name, 60))
	}
	added, err := c.s.store.SaveTopic(ctx, topic, name, qs)
	if err != nil {
		return err
	}
	if progressID != "" {
		if err := c.s.outbox(c.chat.Platform).Edit(ctx, c.in.Chat, progressID, Reply{Text: fmt.Sprintf("✅ Read %s.", shorten(name, 60))}); err != nil {
			c.s.log.Debug("edit upload progress", "err", err)
		}
	}
	return c.say(ctx, "📚 Topic “%s”: %s from %s (%d new). Play it with /quiz %s, or give a class with /class start %s.",
		topic, plural(len(qs), "question"), shorten(name, 60), added, topic, topic)
}

// checkUpload refuses by name, type and declared size, before downloading.
func checkUpload(name, mimeType string, size int64) string {
	ext := strings.ToLower(filepath.Ext(name))
	mt, _, _ := mime.ParseMediaType(mimeType)
	mt = strings.ToLower(mt)
	switch {
	case ext == ".pdf" || mt == "application/pdf":
		return fmt.Sprintf("📄 %s is a PDF, which I cannot read. Save or export it as plain text (.txt) or Markdown (.md) and send that.", shorten(name, 60))
	case !textFile(ext, mt):
		what := mt
		if what == "" {
			what = "a " + strings.TrimPrefix(ext, ".") + " file"
		}
		if ext == "" && mt == "" {
			what = "of unknown type"
		}
		return fmt.Sprintf("I can only read text (.txt) or Markdown (.md) files; %s is %s. Save it as plain text and send it again.", shorten(name, 60), what)
	case size > MaxUpload:
		return tooLarge(name, size)
	}
	return ""
}

// textFile accepts .txt and .md files, and text/* types with another or no
// extension.
func textFile(ext, mt string) bool {
	switch ext {
	case ".txt", ".text", ".md", ".markdown":
		return mt == "" || strings.HasPrefix(mt, "text/") || mt == "application/octet-stream"
	}
	return strings.HasPrefix(mt, "text/") && (ext == "" || !strings.ContainsAny(ext, "/"))
}

func tooLarge(name string, size int64) string {
	return fmt.Sprintf("%s is %s; the limit is 1 MB. Split it into smaller texts and send them one by one.", shorten(name, 60), sizeText(size))
}

func sizeText(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// checkContent refuses what the declared size or type hid: too much data,
// binary content, an empty file.
func checkContent(name string, data []byte) string {
	switch {
	case len(data) > MaxUpload:
		return tooLarge(name, int64(len(data)))
	case !utf8.Valid(data) || strings.ContainsRune(string(data), 0):
		return fmt.Sprintf("%s is not a UTF-8 text file (it looks binary). Save it as plain text and send it again.", shorten(name, 60))
	case strings.TrimSpace(string(data)) == "":
		return fmt.Sprintf("%s is empty.", shorten(name, 60))
	}
	return ""
}

// topicFromFile names the topic after the file: "world_war-one.md" is
// "world war one".
func topicFromFile(name string) string {
	stem := strings.TrimSuffix(name, filepath.Ext(name))
	stem = strings.Join(strings.Fields(strings.NewReplacer("_", " ", "-", " ").Replace(stem)), " ")
	if stem == "" {
		return "Upload"
	}
	return shorten(stem, 60)
}
