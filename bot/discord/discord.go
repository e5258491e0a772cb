// Package discord connects quizbot's conversation (package bot) to Discord:
// slash commands and button clicks become bot.Incoming, bot.Reply becomes
// interaction responses, followups and channel messages. Interactions arrive
// either over the gateway (Run) or at an HTTP endpoint signed with Ed25519
// (InteractionsHandler). All REST calls go through discordgo with bounded
// retries and can be sent to another base URL (REST proxies, tests).
package discord

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
	lru "github.com/hashicorp/golang-lru/v2"

	"quizbot/bot"
)

// Config is what the Discord bot needs; cmd/quizbot fills it from the
// QUIZBOT_DISCORD_* settings.
type Config struct {
	Token   string // bot token, with or without the "Bot " prefix; only REST and the gateway use it
	AppID   string // application id, for registering commands
	GuildID string // register commands in this guild only (instant); empty = globally
	APIURL  string // REST base instead of https://discord.com; empty = Discord itself
	// PublicKey verifies requests at the HTTP interactions endpoint.
	PublicKey  ed25519.PublicKey
	ShardID    int
	ShardCount int // 0 = 1
	Logger     *slog.Logger
}

// Timings. Discord wants the first response to an interaction within 3 s and
// keeps its token valid for 15 minutes.
const (
	deferAfter     = 2500 * time.Millisecond
	tokenLifetime  = 15 * time.Minute
	handleTimeout  = time.Minute
	restTimeout    = 10 * time.Second
	maxBody        = 1 << 20
	maxRESTRetries = 2 // 502s retried by discordgo, 429s by call
)

// service is what the adapter uses of *bot.Service; tests drive the plumbing
// with a scripted fake before and besides the real engine.
type service interface {
	Register(platform string, out bot.Outbox, caps bot.Capabilities)
	Handle(ctx context.Context, in bot.Incoming) error
	Topics(ctx context.Context) ([]string, error)
}

var _ service = (*bot.Service)(nil)

// Bot is the Discord adapter. It is the bot.Outbox of Platform.
type Bot struct {
	cfg     Config
	svc     service
	log     *slog.Logger
	session *discordgo.Session

	deferAfter time.Duration // deferAfter, shorter in tests

	mu    sync.Mutex
	calls map[string]*call           // open interactions by id, kept while their token lives
	dms   *lru.Cache[string, string] // user id -> DM channel id; outbox.go says how it is bounded
	sweep time.Time

	wg sync.WaitGroup // Handle calls under way
}

var _ bot.Outbox = (*Bot)(nil)
var _ bot.Reacher = (*Bot)(nil)

// New returns the adapter for svc and registers it as the Outbox of
// Platform.
func New(cfg Config, svc *bot.Service) (*Bot, error) {
	if svc == nil {
		return nil, errors.New("discord: nil service")
	}
	return newBot(cfg, svc)
}

func newBot(cfg Config, svc service) (*Bot, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.ShardCount == 0 {
		cfg.ShardCount = 1
	}
	if cfg.ShardCount < 0 || cfg.ShardID < 0 || cfg.ShardID >= cfg.ShardCount {
		return nil, fmt.Errorf("discord: shard id %d must be at least 0 and below the shard count %d", cfg.ShardID, cfg.ShardCount)
	}
	token := strings.TrimSpace(cfg.Token)
	if token != "" && !strings.HasPrefix(token, "Bot ") {
		token = "Bot " + token
	}
	s, err := discordgo.New(token)
	if err != nil {
		return nil, fmt.Errorf("discord: new session: %w", err)
	}
	var rt http.RoundTripper = http.DefaultTransport
	if cfg.APIURL != "" {
		base, err := parseAPIURL(cfg.APIURL)
		if err != nil {
			return nil, err
		}
		rt = &rewrite{base: base, next: rt}
	}
	s.Client = &http.Client{Timeout: restTimeout, Transport: rt}
	s.Dialer = &websocket.Dialer{Proxy: http.ProxyFromEnvironment, HandshakeTimeout: restTimeout}
	s.MaxRestRetries = maxRESTRetries
	// discordgo's own 429 loop has no limit and ignores contexts; call retries instead.
	s.ShouldRetryOnRateLimit = false
	s.StateEnabled = false
	s.ShardID, s.ShardCount = cfg.ShardID, cfg.ShardCount
	// Interactions need no privileged intent; guilds is the smallest useful set.
	s.Identify.Intents = discordgo.IntentsGuilds

	b := &Bot{
		cfg:        cfg,
		svc:        svc,
		log:        cfg.Logger.With("subsystem", "discord"),
		session:    s,
		deferAfter: deferAfter,
		calls:      map[string]*call{},
		dms:        newDMs(),
	}
	svc.Register(Platform, b, Capabilities)
	return b, nil
}

// ParsePublicKey decodes the application's public key as shown in the
// Developer Portal (64 hexadecimal digits).
func ParsePublicKey(s string) (ed25519.PublicKey, error) {
	s = strings.TrimSpace(s)
	k, err := hex.DecodeString(s)
	if err != nil {
		return nil, errors.New("discord public key: not hexadecimal; want the 64 hex digits of the application's public key")
	}
	if len(k) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("discord public key: %d hex digits; want 64 (the application's public key)", len(s))
	}
	return ed25519.PublicKey(k), nil
}

func parseAPIURL(s string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("discord API URL %q: want http(s)://host[:port][/prefix]", s)
	}
	u.Path = strings.TrimSuffix(u.Path, "/")
	return u, nil
}

// Close waits for interactions under way; call it before closing the
// Service. Run calls it itself.
func (b *Bot) Close() error {
	b.wg.Wait()
	return nil
}
