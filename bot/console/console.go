// Package console runs quizbot's conversation on standard input and output:
// one line per message, replies printed as text. It is the embedded default
// that needs no token, and works from a terminal or a script.
package console

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"quizbot/bot"
)

// MaxLine is the longest input line read whole; longer lines are skipped
// with a message, and the lines after them are read as usual.
const MaxLine = 64 * 1024

// Console is the local user's chat with the bot.
type Console struct {
	svc    *bot.Service
	in     io.Reader
	out    io.Writer
	prompt bool
	chat   bot.Chat
	user   bot.User
	// Dir is where attachments (reports) are saved; "" means the working
	// directory.
	Dir string

	mu sync.Mutex // one writer at a time: timers print too
}

// New returns a console on in and out and registers it with svc. With
// prompt set (a terminal) it prints "> " before each line it reads.
func New(svc *bot.Service, in io.Reader, out io.Writer, prompt bool) *Console {
	name := os.Getenv("USER")
	if name == "" {
		name = "you"
	}
	c := &Console{
		svc: svc, in: in, out: out, prompt: prompt,
		chat: bot.Chat{Platform: Platform, ID: "local", Private: true, Title: "console"},
		user: bot.User{ID: "local", Name: name, Admin: true},
	}
	svc.Register(Platform, c, Capabilities)
	return c
}

// Run reads lines until the end of input or ctx is done, then closes the
// open round so that its results are shown and kept.
func (c *Console) Run(ctx context.Context) error {
	r := bufio.NewReaderSize(c.in, MaxLine)
	lines := make(chan string)
	errc := make(chan error, 1)
	go func() {
		defer close(lines)
		for {
			line, err := readLine(r)
			if err != nil {
				errc <- err
				return
			}
			select {
			case lines <- line:
			case <-ctx.Done():
				return
			}
		}
	}()
	c.printPrompt()
	for {
		select {
		case <-ctx.Done():
			return c.close()
		case line, ok := <-lines:
			if !ok {
				err := <-errc
				if errors.Is(err, io.EOF) {
					err = nil
				}
				return errors.Join(err, c.close())
			}
			if leaving(line) {
				// A console user types "/quit" as often as Ctrl-D: the
				// open round ends as it would at the end of input.
				return c.close()
			}
			c.handle(ctx, line)
			c.printPrompt()
		}
	}
}

// leaving reports the console's own way out, "/quit" or "/exit".
func leaving(line string) bool {
	w := strings.ToLower(strings.TrimSpace(line))
	return w == "/quit" || w == "/exit"
}

func (c *Console) close() error {
	return c.svc.StopRound(context.Background(), c.chat)
}

// readLine reads one line without its ending; an over-long line is consumed
// and returned as errLongLine's marker text.
func readLine(r *bufio.Reader) (string, error) {
	line, isPrefix, err := r.ReadLine()
	if err != nil {
		return "", err
	}
	if !isPrefix {
		return string(line), nil
	}
	for isPrefix && err == nil {
		_, isPrefix, err = r.ReadLine()
	}
	return "\x00long", nil
}

func (c *Console) handle(ctx context.Context, line string) {
	if line == "\x00long" {
		c.print(fmt.Sprintf("That line is too long for me (over %d KB); I skipped it.", MaxLine/1024))
		return
	}
	line = strings.TrimSpace(strings.TrimPrefix(line, "\ufeff"))
	if line == "" {
		return
	}
	err := c.svc.Handle(ctx, bot.Incoming{Chat: c.chat, User: c.user, Text: line})
	if err != nil {
		c.print("Sorry, something went wrong on our side; the details are in the log.")
	}
}

func (c *Console) printPrompt() {
	if c.prompt {
		c.mu.Lock()
		fmt.Fprint(c.out, "> ")
		c.mu.Unlock()
	}
}

func (c *Console) print(text string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	fmt.Fprintln(c.out, text)
}

// Send prints the reply. Buttons are already numbered in the text; an
// attachment is saved to a file whose name is printed.
func (c *Console) Send(ctx context.Context, chat bot.Chat, r bot.Reply) (string, error) {
	text := r.Text
	if text == "" {
		text = r.Notice
	}
	if r.File != nil {
		path, err := c.save(r.File)
		if err != nil {
			return "", err
		}
		text = strings.TrimSpace(text + "\n📎 Saved " + path)
	}
	if text != "" {
		c.print(text + "\n")
	}
	return "", nil
}

// Edit does nothing: a terminal cannot change what it printed, and the
// reveal that follows an edit says the same.
func (c *Console) Edit(ctx context.Context, chat bot.Chat, msgID string, r bot.Reply) error {
	return nil
}

// save writes an attachment to a new file, never over an existing one.
func (c *Console) save(a *bot.Attachment) (string, error) {
	base := filepath.Base(a.Name)
	ext := filepath.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	for i := 0; i < 1000; i++ {
		name := base
		if i > 0 {
			name = fmt.Sprintf("%s-%d%s", stem, i, ext)
		}
		path := filepath.Join(c.Dir, name)
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, os.ErrExist) {
			continue
		} else if err != nil {
			return "", err
		}
		_, err = f.Write(a.Data)
		return path, errors.Join(err, f.Close())
	}
	return "", fmt.Errorf("no free file name for %s", base)
}
