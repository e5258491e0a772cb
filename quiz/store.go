package quiz

// Store is what the quiz needs kept: topics, questions, players, chats,
// rounds, attempts, scores and review cards. storage.DB implements it on
// SQLite.
type Store interface {
}
