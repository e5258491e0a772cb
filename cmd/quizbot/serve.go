package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"quizbot/bot"
	"quizbot/bot/discord"
	"quizbot/bot/telegram"
	"quizbot/bot/web"
	"quizbot/quiz"
)

// shutdownGrace bounds how long a shutdown waits for requests under way.
const shutdownGrace = 10 * time.Second

// runServe is quizbot serve: the teacher's web pages and every bot whose
// settings are present, until SIGINT or SIGTERM.
func (m *Main) runServe(ctx context.Context, args []string) error {
	fs := m.flags("quizbot serve")
	if err := m.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("serve takes no arguments; its settings come from the environment (see README.md)")
	}
	if m.logLevel == "warn" && !flagSet(fs, "log-level") {
		m.logLevel = "info" // a server reports its start and stop
	}
	cfg, err := loadSettings(m.Getenv)
	if err != nil {
		return err
	}
	db, err := m.openDB()
	if err != nil {
		return err
	}
	defer db.Close()
	log := m.log()
	if err := m.seed(ctx, db); err != nil {
		return err
	}
	bcfg := bot.Config{Logger: log}
	// /class web sends teachers a sign-in link; it needs the address their
	// browsers reach.
	if cfg.PublicURL != "" {
		base := cfg.publicURL()
		bcfg.SignInLink = func(ctx context.Context, teacher *quiz.User) (string, error) {
			return web.SignInLink(ctx, db, teacher.ID, base, time.Now().Add(web.DefaultLinkTTL))
		}
	}
	svc := bot.New(db, bcfg)
	defer svc.Close()

	mux := http.NewServeMux()
	var stopping atomic.Bool
	mux.HandleFunc("GET /healthz", healthz(db, &stopping, log))
	// The teacher's pages share the listener with the platforms' webhooks.
	wcfg := web.Config{Store: db, Service: svc, Logger: log}
	if cfg.HTTPAddr != "" {
		// Students reach the pages here: classes in groups and channels get
		// a code and a link for those without the app.
		wcfg.BaseURL = cfg.publicURL()
	}
	teacher := web.New(wcfg)
	teacher.Register(mux)
	var runners []func(context.Context) error
	var closers []func()
	if cfg.telegramEnabled {
		tg, err := telegram.New(telegram.Config{Token: cfg.TelegramToken, APIURL: cfg.TelegramAPIURL,
			WebhookURL: cfg.TelegramWebhookURL, WebhookSecret: cfg.TelegramSecret, Logger: log}, svc)
		if err != nil {
			return fmt.Errorf("start Telegram: %w", err)
		}
		if cfg.TelegramWebhookURL != "" {
			mux.Handle("POST /telegram/webhook", tg.WebhookHandler())
		}
		runners = append(runners, tg.Run)
	}
	if cfg.discordEnabled {
		dc, err := discord.New(discord.Config{Token: cfg.DiscordToken, AppID: cfg.DiscordAppID, GuildID: cfg.DiscordGuildID,
			APIURL: cfg.DiscordAPIURL, PublicKey: cfg.DiscordPublicKey, ShardID: cfg.DiscordShardID,
			ShardCount: cfg.DiscordShardCount, Logger: log}, svc)
		if err != nil {
			return fmt.Errorf("start Discord: %w", err)
		}
		if cfg.DiscordToken != "" && cfg.DiscordAppID != "" {
			if err := dc.RegisterCommands(ctx); err != nil {
				log.Error("register Discord commands; the bot runs with the commands Discord already has", "err", err)
			}
		} else {
			log.Warn("Discord commands not registered: that needs QUIZBOT_DISCORD_TOKEN and QUIZBOT_DISCORD_APP_ID")
		}
		if cfg.DiscordPublicKey != nil && cfg.DiscordToken == "" {
			// Answers to interactions need no token, but the next question,
			// the reveal and the results are posted to the channel: without
			// one, Discord answers each of those with 401.
			log.Warn("QUIZBOT_DISCORD_TOKEN is not set: the bot can answer commands but not post questions to channels")
		}
		if cfg.DiscordPublicKey != nil {
			mux.Handle("POST /discord/interactions", dc.InteractionsHandler())
			closers = append(closers, func() { dc.Close() })
		} else {
			runners = append(runners, dc.Run)
		}
	}
	if err := svc.Start(ctx); err != nil {
		return err
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	errs := make(chan error, len(runners)+1)
	var srv *http.Server
	if cfg.HTTPAddr != "" {
		ln, err := net.Listen("tcp", cfg.HTTPAddr)
		if err != nil {
			return fmt.Errorf("listen on QUIZBOT_HTTP_ADDR=%s: %w", cfg.HTTPAddr, err)
		}
		srv = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second}
		// Live event streams never end by themselves: a shutdown ends them.
		srv.RegisterOnShutdown(teacher.Close)
		log.Info("listening", "addr", ln.Addr().String(), "teacher_page", "http://"+ln.Addr().String()+"/")
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				errs <- fmt.Errorf("http: %w", err)
				cancel()
			}
		}()
	}
	for _, run := range runners {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := run(ctx); err != nil {
				errs <- err
				cancel()
			}
		}()
	}
	log.Info("quizbot serving", "telegram", cfg.telegramEnabled, "discord", cfg.discordEnabled)
	<-ctx.Done()
	stopping.Store(true)
	log.Info("shutting down")
	// In order, so that nothing taken is lost: stop taking updates (the
	// listener refuses new requests and waits for those under way; polling
	// and the gateway stopped with ctx), let the bots drain what they hold
	// and save where they are (Telegram's offset), and only then close the
	// conversation and the database (deferred above, in that order).
	if srv != nil {
		sctx, scancel := context.WithTimeout(context.Background(), shutdownGrace)
		if err := srv.Shutdown(sctx); err != nil {
			log.Warn("http shutdown: requests still under way were cut", "err", err)
		}
		scancel()
	}
	for _, c := range closers {
		c()
	}
	wg.Wait()
	log.Info("stopped taking updates; closing the conversation and the database")
	select {
	case err := <-errs:
		return err
	default:
		return nil
	}
}

// writable is a store that can tell whether it takes writes now (SQLite:
// a write rolled back).
type writable interface {
	Writable(ctx context.Context) error
}

// healthz answers what a load balancer needs to know: can this process take
// answers now. 503 while it shuts down, or while its database cannot be
// written (a full disk: every answer would fail though reads still work);
// 200 again as soon as it can.
func healthz(db quiz.Store, stopping *atomic.Bool, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if stopping.Load() {
			http.Error(w, "shutting down", http.StatusServiceUnavailable)
			return
		}
		var err error
		if wdb, ok := db.(writable); ok {
			err = wdb.Writable(r.Context())
		} else {
			_, err = db.CountQuestions(r.Context())
		}
		if err != nil {
			log.Warn("health check: the database cannot take answers", "err", err)
			http.Error(w, "database cannot take answers", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ok")
	}
}

// flagSet reports whether the flag was given on the command line.
func flagSet(fs *flag.FlagSet, name string) bool {
	found := false
	fs.Visit(func(f *flag.Flag) { found = found || f.Name == name })
	return found
}
