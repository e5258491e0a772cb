package postgres

// Caches and several processes. The SQLite store keeps each chat's open
// round and each board's points in memory; that is sound there because one
// process writes a chat's rounds. Here any process may write any chat's
// round, so both are read through, from PostgreSQL, on every call: a round
// is one index probe by chat, a rank one count over the (scope, points)
// index. Invalidation by LISTEN/NOTIFY was not chosen because a
// notification arrives after the commit it announces, so another process
// could still read its stale copy in between and accept an answer to a
// question already revealed.
//
// Questions are still cached (storage/internal/questioncache), each copy
// for at most questioncache.TTL: a question changes only when a teacher
// edits it or a bank names it by id, which is rare; the process that makes
// the change forgets its copy at once, and the others serve the old text
// for a few seconds at most. The answer path reads a question on every
// answer, so reading it through would cost each answer one more round trip.
