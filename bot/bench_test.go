package bot_test

import (
	"context"
	"database/sql"
	"fmt"
	"runtime"
	"sync/atomic"
	"testing"

	"quizbot/bot"
	"quizbot/bot/bottest"
	"quizbot/quiz"
)

// answerService is a Service on the store (new and empty) whose only
// questions are typed ones, so that wrong answers can be given again and
// again.
func answerService(b *testing.B, db quiz.Store) (*bot.Service, *bottest.Outbox) {
	var qs []quiz.Question
	for i := 0; i < 5; i++ {
		q := quiz.Question{Kind: quiz.FillBlank, Stem: fmt.Sprintf("Step %d of the cycle is called _____.", i), Answer: fmt.Sprint("evaporation", i),
			Explanation: fmt.Sprintf("Step %d of the cycle is called evaporation%d.", i, i)}
		q.ID = quiz.QuestionID(q.Kind, q.Stem, q.Answer, q.Options)
		qs = append(qs, q)
	}
	if _, err := db.SaveTopic(context.Background(), "Water", "", qs); err != nil {
		b.Fatal(err)
	}
	svc := bot.New(db, bot.Config{Clock: bottest.NewClock()})
	out := &bottest.Outbox{}
	svc.Register(bottest.Platform, out, bottest.Capabilities)
	return svc, out
}

// BenchmarkAnswer is one typed answer in a group, end to end through the
// conversation: check, persist the attempt, update the boards and the
// review card, reply.
func BenchmarkAnswer(b *testing.B) {
	benchmarkAnswer(b, bottest.OpenDB(b))
}

func benchmarkAnswer(b *testing.B, db quiz.Store) {
	svc, out := answerService(b, db)
	defer svc.Close()
	ctx := context.Background()
	chat := bot.Chat{Platform: bottest.Platform, ID: "-1", Title: "bench"}
	svc.Handle(ctx, bot.Incoming{Chat: chat, User: user("0"), Text: "/quiz 1"})
	for u := 0; u < 50; u++ { // players known before timing starts
		svc.Handle(ctx, bot.Incoming{Chat: chat, User: user(fmt.Sprint(u)), Text: "/answer condensation"})
	}
	out.Take()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		in := bot.Incoming{ID: fmt.Sprint("b", i), Chat: chat, User: user(fmt.Sprint(i % 50)), Text: "/answer condensation"}
		if err := svc.Handle(ctx, in); err != nil {
			b.Fatal(err)
		}
		if i%1000 == 0 {
			out.Take()
		}
	}
}

// BenchmarkAnswerParallel is BenchmarkAnswer with many chats answering at
// once, where answers share transactions (group commit).
func BenchmarkAnswerParallel(b *testing.B) {
	benchmarkAnswerParallel(b, bottest.OpenDB(b))
}

func benchmarkAnswerParallel(b *testing.B, db quiz.Store) {
	svc, out := answerService(b, db)
	defer svc.Close()
	ctx := context.Background()
	const chats = 64
	for c := 0; c < chats; c++ {
		chat := bot.Chat{Platform: bottest.Platform, ID: fmt.Sprint("-", c), Title: "bench"}
		svc.Handle(ctx, bot.Incoming{Chat: chat, User: user("0"), Text: "/quiz 1"})
		for u := 0; u < 20; u++ {
			svc.Handle(ctx, bot.Incoming{Chat: chat, User: user(fmt.Sprint(u)), Text: "/answer condensation"})
		}
	}
	out.Take()
	var next atomic.Int64
	b.ReportAllocs()
	b.SetParallelism(chats / runtime.GOMAXPROCS(0))
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		c := next.Add(1) - 1
		chat := bot.Chat{Platform: bottest.Platform, ID: fmt.Sprint("-", c%chats), Title: "bench"}
		for i := 0; pb.Next(); i++ {
			in := bot.Incoming{ID: fmt.Sprint("p", c, "-", i), Chat: chat, User: user(fmt.Sprint(i % 20)), Text: "/answer condensation"}
			if err := svc.Handle(ctx, in); err != nil {
				b.Fatal(err)
			}
			if i%1000 == 0 {
				out.Take()
			}
		}
	})
}

// BenchmarkBareTransaction is the baseline for BenchmarkAnswer: one SQLite
// transaction with one insert and one upsert, on the same kind of database
// file opened the same way.
func BenchmarkBareTransaction(b *testing.B) {
	raw, ctx := bareDB(b), context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := bareTransaction(ctx, raw, i%50); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBareTransactionParallel is the baseline for
// BenchmarkAnswerParallel: the same transactions from as many goroutines.
func BenchmarkBareTransactionParallel(b *testing.B) {
	raw, ctx := bareDB(b), context.Background()
	b.ReportAllocs()
	b.SetParallelism(64 / runtime.GOMAXPROCS(0))
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for i := 0; pb.Next(); i++ {
			if err := bareTransaction(ctx, raw, i%50); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func bareDB(b *testing.B) *sql.DB {
	db := bottest.OpenDB(b)
	raw, err := sql.Open("sqlite", "file:"+db.Path+"?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_txlock=immediate")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { raw.Close() })
	raw.SetMaxOpenConns(1)
	if _, err := raw.Exec(`CREATE TABLE bare_attempts (id INTEGER PRIMARY KEY, user_id INTEGER, answer TEXT, points INTEGER);
		CREATE TABLE bare_scores (user_id INTEGER PRIMARY KEY, points INTEGER)`); err != nil {
		b.Fatal(err)
	}
	return raw
}

func bareTransaction(ctx context.Context, raw *sql.DB, user int) error {
	tx, err := raw.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `INSERT INTO bare_attempts (user_id, answer, points) VALUES (?, ?, ?)`, user, "condensation", 0); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO bare_scores (user_id, points) VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE SET points = points + excluded.points`, user, 0); err != nil {
		return err
	}
	return tx.Commit()
}

// BenchmarkLeaderboard is /top in a chat with 100,000 players.
func BenchmarkLeaderboard(b *testing.B) {
	db := bottest.OpenDB(b)
	svc := bot.New(db, bot.Config{Clock: bottest.NewClock()})
	out := &bottest.Outbox{}
	svc.Register(bottest.Platform, out, bottest.Capabilities)
	defer svc.Close()
	ctx := context.Background()
	chat := bot.Chat{Platform: bottest.Platform, ID: "-1", Title: "big"}
	svc.Handle(ctx, bot.Incoming{Chat: chat, User: user("me"), Text: "/top"}) // creates chat and caller
	raw, err := sql.Open("sqlite", db.Path)
	if err != nil {
		b.Fatal(err)
	}
	tx, _ := raw.Begin()
	for i := 0; i < 100000; i++ {
		res, err := tx.Exec(`INSERT INTO users (platform, platform_id, name, created_at) VALUES ('chat', ?, ?, '')`, fmt.Sprint("u", i), fmt.Sprint("Player ", i))
		if err != nil {
			b.Fatal(err)
		}
		id, _ := res.LastInsertId()
		tx.Exec(`INSERT INTO scores (scope, user_id, points, correct, answered, rounds) VALUES ('chat:-1', ?, ?, 1, 2, 1)`, id, (i*7919)%250000)
	}
	tx.Exec(`INSERT INTO scores (scope, user_id, points, correct, answered, rounds)
		SELECT 'chat:-1', id, 3, 1, 1, 1 FROM users WHERE platform_id = 'me'`)
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	raw.Close()
	out.Take()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := svc.Handle(ctx, bot.Incoming{Chat: chat, User: user("me"), Text: "/top"}); err != nil {
			b.Fatal(err)
		}
		out.Take()
	}
}
