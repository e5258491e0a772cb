package quiz

import (
	"errors"
	"fmt"
)

// Error codes. Adapters turn them into replies; only EINTERNAL is logged.
const (
	ECONFLICT  = "conflict"
	EINTERNAL  = "internal"
	EINVALID   = "invalid"
	ENOTFOUND  = "not_found"
	EFORBIDDEN = "forbidden"
)

// Error is quizbot's application error: a code and a message fit for users.
type Error struct {
	Code    string
	Message string
	// Field names the input at fault when one is (a question's "question",
	// "options", "answer", "aliases", "explanation" or "kind"), so that a
	// form can show the message next to it.
	Field string
}

func (e *Error) Error() string {
	return fmt.Sprintf("quiz error: code=%s message=%s", e.Code, e.Message)
}

// Errorf returns an *Error with the given code and formatted user message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of an application error, EINTERNAL for any other
// non-nil error and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-facing message of an application error, and a
// generic apology for any other error so that Go error text never reaches users.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return "Sorry, something went wrong on our side. Please try again in a moment."
}
