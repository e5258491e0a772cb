package bot

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"quizbot/questions"
	"quizbot/questions/document"
	"quizbot/quiz"
)

// ReadText checks a file uploaded outside a chat (the teacher's web pages)
// as /class upload does, reads it (any format package document reads) and
// makes questions from it. The topic is named after the document's title,
// else the file. Anything wrong with the file is an EINVALID error
// whose message says what to do.
func ReadText(ctx context.Context, fileName, mimeType string, data []byte) (topic string, qs []quiz.Question, err error) {
	name := strings.TrimSpace(filepath.Base(strings.ReplaceAll(fileName, "\\", "/")))
	if name == "" || name == "." || name == "/" {
		name = "upload.txt"
	}
	name = withExtension(name, mimeType)
	if msg := checkUpload(name, mimeType, int64(len(data))); msg != "" {
		return "", nil, quiz.Errorf(quiz.EINVALID, "%s", msg)
	}
	doc, err := document.Read(name, data)
	if err != nil {
		return "", nil, err
	}
	topic = topicFromFile(name)
	if doc.Title != "" {
		topic = shorten(doc.Title, 60)
	}
	gctx, cancel := context.WithTimeout(ctx, uploadTimeout)
	defer cancel()
	qs, err = questions.GenerateContext(gctx, []questions.Source{{Name: topic, Text: doc.Text}}, nil)
	if errors.Is(err, context.DeadlineExceeded) {
		return "", nil, quiz.Errorf(quiz.EINVALID, "%s took too long to read. Try a shorter text.", shorten(name, 60))
	} else if err != nil {
		return "", nil, fmt.Errorf("generate questions: %w", err)
	}
	if len(qs) == 0 {
		return "", nil, quiz.Errorf(quiz.EINVALID, "I found no sentences in %s that make good questions. It needs running prose in English, in full sentences.", shorten(name, 60))
	}
	return topic, qs, nil
}
