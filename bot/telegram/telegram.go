// Package telegram connects quizbot's conversation (package bot) to the
// Telegram Bot API: updates come in by long polling or by webhook and become
// bot.Incoming; replies go out through one paced, retrying queue.
//
// It uses github.com/go-telegram-bot-api/telegram-bot-api/v5, which is
// unmaintained and lacks context support, 429 handling and the webhook
// secret; this package adds those around it.
package telegram

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	lru "github.com/hashicorp/golang-lru/v2"

	"quizbot/bot"
)

// DefaultAPIURL is the public Bot API server.
const DefaultAPIURL = "https://api.telegram.org"

// Config holds the settings of a Telegram bot. Zero values get defaults.
type Config struct {
	Token         string // QUIZBOT_TELEGRAM_TOKEN
	APIURL        string // QUIZBOT_TELEGRAM_API_URL, default DefaultAPIURL
	WebhookURL    string // QUIZBOT_TELEGRAM_WEBHOOK_URL; empty means long polling
	WebhookSecret string // QUIZBOT_TELEGRAM_WEBHOOK_SECRET; required with WebhookURL
	Logger        *slog.Logger

	HTTPClient  *http.Client  // nil: a plain client (every call carries its own deadline)
	PollTimeout time.Duration // long polling wait, default 30 s

	Rate        float64       // messages per second overall, default 30
	GroupPerMin int           // messages (edits included) to one group in any minute, default 20
	MaxAttempts int           // tries per request before giving up, default 8
	RetryBase   time.Duration // first backoff for 5xx and network errors, default 500 ms
	MaxWait     time.Duration // longest retry_after honoured in one wait, default 2 min
	AdminTTL    time.Duration // how long a getChatMember answer is trusted, default 1 min
	Drain       time.Duration // how long Run waits for work under way at shutdown, default 10 s

	// retryAfterUnit is what one second of retry_after means, and
	// groupWindow the minute of GroupPerMin; tests shrink them.
	retryAfterUnit time.Duration
	groupWindow    time.Duration
}

func (c *Config) defaults() {
	if c.APIURL == "" {
		c.APIURL = DefaultAPIURL
	}
	c.APIURL = strings.TrimRight(c.APIURL, "/")
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.HTTPClient == nil {
		c.HTTPClient = &http.Client{}
	}
	if c.PollTimeout <= 0 {
		c.PollTimeout = 30 * time.Second
	}
	if c.Rate <= 0 {
		c.Rate = 30
	}
	if c.GroupPerMin <= 0 {
		c.GroupPerMin = 20
	}
	if c.groupWindow <= 0 {
		c.groupWindow = time.Minute
	}
	if c.MaxAttempts <= 0 {
		c.MaxAttempts = 8
	}
	if c.RetryBase <= 0 {
		c.RetryBase = 500 * time.Millisecond
	}
	if c.MaxWait <= 0 {
		c.MaxWait = 2 * time.Minute
	}
	if c.AdminTTL <= 0 {
		c.AdminTTL = time.Minute
	}
	if c.Drain <= 0 {
		c.Drain = 10 * time.Second
	}
	if c.retryAfterUnit <= 0 {
		c.retryAfterUnit = time.Second
	}
}

var secretRE = regexp.MustCompile(`^[A-Za-z0-9_-]{1,256}$`)

func (c *Config) validate() error {
	if c.Token == "" {
		return errors.New("telegram: QUIZBOT_TELEGRAM_TOKEN is empty")
	}
	u, err := url.Parse(c.APIURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return errors.New("telegram: QUIZBOT_TELEGRAM_API_URL must be an http(s) URL")
	}
	if c.WebhookURL != "" {
		u, err := url.Parse(c.WebhookURL)
		if err != nil || u.Scheme != "https" && u.Scheme != "http" || u.Host == "" {
			return errors.New("telegram: QUIZBOT_TELEGRAM_WEBHOOK_URL must be an http(s) URL")
		}
		if !secretRE.MatchString(c.WebhookSecret) {
			return errors.New("telegram: QUIZBOT_TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and - in webhook mode")
		}
	}
	return nil
}

// service is what the adapter needs of *bot.Service; tests give a recorder.
type service interface {
	Handle(ctx context.Context, in bot.Incoming) error
	State(ctx context.Context, key string) (string, error)
	SetState(ctx context.Context, key, value string) error
	SetStateFor(ctx context.Context, key, value string, keep time.Duration) error
	// Now is the conversation's clock, which times answers.
	Now() time.Time
}

// Bot is one Telegram bot serving the conversation.
type Bot struct {
	cfg  Config
	log  *slog.Logger
	api  *tgbotapi.BotAPI
	self tgbotapi.User
	svc  service

	out     *sender
	inLanes *lanes // updates, one lane per chat so a chat's updates stay in order

	mu      sync.Mutex
	origins map[string]*origin            // Incoming.ID -> where it came from, while it is handled
	polls   *lru.Cache[string, *pollInfo] // poll.go says how it is bounded
	sending pollsInFlight                 // polls sent whose id is not yet known here
	admins  map[string]adminEntry
	// dmBlocked holds users who could not get a private message, until when.
	dmBlocked map[int64]time.Time

	// hard is cancelled when a shutdown drain runs out of time.
	hardMu sync.Mutex
	hard   context.Context
	stop   context.CancelFunc
}

var _ bot.Outbox = (*Bot)(nil)

// New checks the token with getMe and registers the bot's Outbox with svc.
func New(cfg Config, svc *bot.Service) (*Bot, error) {
	b, err := newBot(cfg, svc)
	if err != nil {
		return nil, err
	}
	svc.Register(Platform, b, Capabilities)
	return b, nil
}

func newBot(cfg Config, svc service) (*Bot, error) {
	cfg.defaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	b := &Bot{
		cfg:     cfg,
		log:     cfg.Logger.With("subsystem", "telegram"),
		svc:     svc,
		inLanes: newLanes(),
		origins: map[string]*origin{},
		polls:   newPolls(),
		admins:  map[string]adminEntry{},

		dmBlocked: map[int64]time.Time{},
	}
	b.hard, b.stop = context.WithCancel(context.Background())
	b.out = newSender(b)
	// The library calls getMe in its constructor, without a deadline: give
	// it a client that has one for this call only.
	// A Bot API server that is briefly away (a 5xx, a network error) gets
	// a few more tries; a wrong token does not.
	var api *tgbotapi.BotAPI
	delay := cfg.RetryBase
	for attempt := 1; ; attempt++ {
		var err error
		api, err = tgbotapi.NewBotAPIWithClient(cfg.Token, cfg.APIURL+"/bot%s/%s",
			&ctxClient{ctx: context.Background(), c: &http.Client{Timeout: 30 * time.Second, Transport: cfg.HTTPClient.Transport}})
		if err == nil {
			break
		}
		err = b.scrub("getMe", err)
		if v, _ := classify(err); v == giveUp || attempt >= 3 {
			return nil, err
		}
		b.log.Warn("getMe failed, retrying", "err", err, "retry_in", delay)
		time.Sleep(delay)
		delay *= 2
	}
	api.Client = cfg.HTTPClient
	b.api, b.self = api, api.Self
	b.log.Info("telegram bot ready", "username", b.self.UserName, "api", redactURL(cfg.APIURL))
	return b, nil
}

// Username is the bot's @name without the @.
func (b *Bot) Username() string { return b.self.UserName }

// Run receives updates until ctx is cancelled: by long polling, or in
// webhook mode by registering the webhook and serving WebhookHandler. It
// returns nil after a clean shutdown, once the updates under way are handled.
func (b *Bot) Run(ctx context.Context) error {
	b.setCommands(ctx)
	var err error
	if b.cfg.WebhookURL != "" {
		err = b.runWebhook(ctx)
	} else {
		err = b.runPolling(ctx)
	}
	b.drain()
	return err
}

// drain waits for the updates under way, cancelling them if they take
// longer than cfg.Drain.
func (b *Bot) drain() {
	done := make(chan struct{})
	go func() { b.inLanes.wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(b.cfg.Drain):
		b.log.Warn("shutdown: updates still under way, cancelling them", "after", b.cfg.Drain)
		b.stop()
		<-done
	}
}

// handleCtx is the context updates are handled in: it outlives Run's
// context (so that a shutdown finishes what it started) but not the drain.
func (b *Bot) handleCtx() context.Context { return b.hard }

// ctxClient gives the library's context-free requests a context.
type ctxClient struct {
	ctx context.Context
	c   *http.Client
}

func (c *ctxClient) Do(r *http.Request) (*http.Response, error) { return c.c.Do(r.WithContext(c.ctx)) }

// call runs one library request under ctx with a deadline; errors come back
// scrubbed of the token.
func (b *Bot) call(ctx context.Context, method string, timeout time.Duration, fn func(api *tgbotapi.BotAPI) error) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	api := *b.api
	api.Client = &ctxClient{ctx: ctx, c: b.cfg.HTTPClient}
	return b.scrub(method, fn(&api))
}

// request is call for methods without a config type in the library.
func (b *Bot) request(ctx context.Context, method string, p tgbotapi.Params) (*tgbotapi.APIResponse, error) {
	var resp *tgbotapi.APIResponse
	err := b.call(ctx, method, 30*time.Second, func(api *tgbotapi.BotAPI) error {
		var err error
		resp, err = api.MakeRequest(method, p)
		return err
	})
	return resp, err
}

func (b *Bot) String() string { return fmt.Sprintf("telegram bot @%s", b.self.UserName) }
