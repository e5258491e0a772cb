package bot

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"quizbot/questions"
	"quizbot/quiz"
)

// ReadText checks a text file uploaded outside a chat (the teacher's web
// pages) as /class upload does, and makes questions from it. The topic is
// named after the file. Anything wrong with the file is an EINVALID error
// whose message says what to do.
func ReadText(ctx context.Context, fileName, mimeType string, data []byte) (topic string, qs []quiz.Question, err error) {
	name := strings.TrimSpace(filepath.Base(strings.ReplaceAll(fileName, "\\", "/")))
	if name == "" || name == "." || name == "/" {
		name = "upload.txt"
	}
	if msg := checkUpload(name, mimeType, int64(len(data))); msg != "" {
		return "", nil, quiz.Errorf(quiz.EINVALID, "%s", msg)
	}
	if msg := checkContent(name, data); msg != "" {
		return "", nil, quiz.Errorf(quiz.EINVALID, "%s", msg)
	}
	topic = topicFromFile(name)
	gctx, cancel := context.WithTimeout(ctx, uploadTimeout)
	defer cancel()
	qs, err = questions.GenerateContext(gctx, []questions.Source{{Name: topic, Text: string(data)}}, nil)
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
