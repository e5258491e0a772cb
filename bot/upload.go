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

	"quizbot/questions"
	"quizbot/questions/document"
	"quizbot/quiz"
)

// Uploads: a teacher sends a text, Markdown, PDF, Word, OpenDocument, web
// page or EPUB file (package document reads them) and gets a new topic made
// from it. In a group only a teacher may, and only with the file sent as
// /class upload (as the file's caption, or with the command's file option)
// or in reply to the bot; other files shared in a group are none of the
// bot's business. In a private chat anyone may upload their own text.

// Upload limits. A document (PDF, Word, ...) carries pictures and layout
// beside its text, so it may be larger than a text file; 20 MB is the most
// that some platforms let a bot download.
const (
	MaxUpload     = 1 << 20  // bytes of a text file
	MaxDocument   = 20 << 20 // bytes of a document
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
	name = withExtension(name, f.MIME)
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
	data, err := io.ReadAll(io.LimitReader(rc, uploadLimit(name)+1))
	rc.Close()
	if err != nil {
		c.s.log.Warn("read upload", "platform", c.in.Chat.Platform, "err", err)
		return c.say(ctx, "I could not download %s. Please send it again in a moment.", shorten(name, 60))
	}
	if int64(len(data)) > uploadLimit(name) {
		return c.say(ctx, "%s", tooLarge(name, int64(len(data))))
	}
	doc, err := document.Read(name, data)
	if err != nil {
		c.s.log.Info("upload refused", "file", name, "err", err)
		return c.say(ctx, "%s", sentence(quiz.ErrorMessage(err)))
	}
	topic := topicFromFile(name)
	if doc.Title != "" {
		topic = shorten(doc.Title, 60)
	}
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
	qs, err := questions.GenerateContext(gctx, []questions.Source{{Name: topic, Text: doc.Text}}, nil)
	if errors.Is(err, context.DeadlineExceeded) {
		return c.say(ctx, "%s took too long to read. Try a shorter text.", shorten(name, 60))
	} else if err != nil {
		return err
	}
	if len(qs) == 0 {
		return c.say(ctx, "I found no sentences in %s that make good questions. It needs running prose in English, in full sentences.", shorten(name, 60))
	}
	// Generated outside the chat's lock (Handle does not take it for a
	// file); stored under it, like any other change the chat makes.
	lctx, unlock, err := c.s.lock(ctx, c.chat.ID)
	if err != nil {
		return err
	}
	added, err := c.s.store.SaveTopic(lctx, topic, name, qs)
	unlock()
	if err != nil {
		return err
	}
	if progressID != "" {
		if err := c.s.edit(ctx, c.in.Chat, progressID, Reply{Text: fmt.Sprintf("✅ Read %s.", shorten(name, 60))}); err != nil {
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
	case !textFile(ext, mt) && !document.Supported(name):
		what := mt
		if what == "" {
			what = "a " + strings.TrimPrefix(ext, ".") + " file"
		}
		if ext == "" && mt == "" {
			what = "of unknown type"
		}
		return fmt.Sprintf("I can read text (.txt, .md), PDF, Word (.docx), OpenDocument (.odt), web pages (.html) and EPUB books; "+
			"%s is %s. Save it in one of those and send it again.", shorten(name, 60), what)
	case size > uploadLimit(name):
		return tooLarge(name, size)
	}
	return ""
}

// uploadLimit is the size allowed for a file of this name.
func uploadLimit(name string) int64 {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".pdf", ".docx", ".odt", ".epub", ".html", ".htm", ".xhtml":
		return MaxDocument
	}
	return MaxUpload
}

// documentTypes names the extension of the documents a platform may send
// with a bare or misleading name ("notes" as application/pdf).
var documentTypes = map[string]string{
	"application/pdf": ".pdf",
	"application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
	"application/vnd.oasis.opendocument.text":                                 ".odt",
	"application/epub+zip":                                                    ".epub",
	"text/html":                                                               ".html",
}

// withExtension gives the file the extension its declared type calls for,
// when the name says otherwise: a PDF named notes.txt is read as a PDF.
func withExtension(name, mimeType string) string {
	mt, _, _ := mime.ParseMediaType(mimeType)
	want, ok := documentTypes[strings.ToLower(mt)]
	if !ok || strings.EqualFold(filepath.Ext(name), want) || want == ".html" && strings.EqualFold(filepath.Ext(name), ".htm") {
		return name
	}
	return strings.TrimSuffix(name, filepath.Ext(name)) + want
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
	return fmt.Sprintf("%s is %s; the limit is %d MB. Split it into smaller texts and send them one by one.",
		shorten(name, 60), sizeText(size), uploadLimit(name)>>20)
}

// sentence ends a message with a full stop unless it ends in one already.
func sentence(s string) string {
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".!?") {
		return s
	}
	return s + "."
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
