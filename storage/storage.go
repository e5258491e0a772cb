// Package storage keeps quizbot's data in SQLite (modernc.org/sqlite, pure
// Go) and implements quiz.Store. It knows no chat platform.
package storage
