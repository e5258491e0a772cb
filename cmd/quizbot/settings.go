package main

import (
	"crypto/ed25519"
	"net"
	"net/url"
	"strconv"
	"strings"

	"quizbot/bot/discord"
)

// settings are quizbot serve's environment, checked as a whole before
// anything starts.
type settings struct {
	HTTPAddr string
	// PublicURL is the address teachers' browsers reach, for sign-in links
	// (QUIZBOT_PUBLIC_URL); "" means http://HTTPAddr.
	PublicURL string

	TelegramToken, TelegramAPIURL      string
	TelegramWebhookURL, TelegramSecret string
	DiscordToken, DiscordAppID         string
	DiscordPublicKey                   ed25519.PublicKey
	DiscordAPIURL, DiscordGuildID      string
	DiscordShardID, DiscordShardCount  int
	telegramEnabled, discordEnabled    bool
}

// DefaultHTTPAddr is where quizbot serve listens when no platform token
// and no QUIZBOT_HTTP_ADDR are set: the teacher's pages on this machine.
const DefaultHTTPAddr = "127.0.0.1:8080"

// publicURL is the base of the links teachers' browsers follow.
func (s *settings) publicURL() string {
	if s.PublicURL != "" {
		return strings.TrimRight(s.PublicURL, "/")
	}
	addr := s.HTTPAddr
	if addr == "" {
		addr = DefaultHTTPAddr
	}
	return "http://" + addr
}

// loadSettings reads and checks the settings. A problem is a usage error
// whose one line names the variable.
func loadSettings(getenv func(string) string) (*settings, error) {
	get := func(k string) string { return strings.TrimSpace(getenv(k)) }
	s := &settings{
		HTTPAddr:           get("QUIZBOT_HTTP_ADDR"),
		PublicURL:          get("QUIZBOT_PUBLIC_URL"),
		TelegramToken:      get("QUIZBOT_TELEGRAM_TOKEN"),
		TelegramAPIURL:     get("QUIZBOT_TELEGRAM_API_URL"),
		TelegramWebhookURL: get("QUIZBOT_TELEGRAM_WEBHOOK_URL"),
		TelegramSecret:     get("QUIZBOT_TELEGRAM_WEBHOOK_SECRET"),
		DiscordToken:       get("QUIZBOT_DISCORD_TOKEN"),
		DiscordAppID:       get("QUIZBOT_DISCORD_APP_ID"),
		DiscordAPIURL:      get("QUIZBOT_DISCORD_API_URL"),
		DiscordGuildID:     get("QUIZBOT_DISCORD_GUILD_ID"),
	}
	if s.HTTPAddr != "" {
		if _, port, err := net.SplitHostPort(s.HTTPAddr); err != nil || port == "" {
			return nil, usagef("QUIZBOT_HTTP_ADDR=%q is not an address like 127.0.0.1:8080", s.HTTPAddr)
		}
	}
	for _, u := range []struct{ name, value string }{
		{"QUIZBOT_TELEGRAM_API_URL", s.TelegramAPIURL},
		{"QUIZBOT_TELEGRAM_WEBHOOK_URL", s.TelegramWebhookURL},
		{"QUIZBOT_DISCORD_API_URL", s.DiscordAPIURL},
		{"QUIZBOT_PUBLIC_URL", s.PublicURL},
	} {
		if u.value == "" {
			continue
		}
		if p, err := url.Parse(u.value); err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
			return nil, usagef("%s=%q is not an http(s) URL", u.name, u.value)
		}
	}
	s.telegramEnabled = s.TelegramToken != ""
	if !s.telegramEnabled {
		for _, k := range []string{"QUIZBOT_TELEGRAM_API_URL", "QUIZBOT_TELEGRAM_WEBHOOK_URL", "QUIZBOT_TELEGRAM_WEBHOOK_SECRET"} {
			if get(k) != "" {
				return nil, usagef("%s is set but QUIZBOT_TELEGRAM_TOKEN is missing", k)
			}
		}
	}
	if s.TelegramToken != "" && (strings.ContainsAny(s.TelegramToken, " /?#") || !strings.Contains(s.TelegramToken, ":")) {
		return nil, usagef("QUIZBOT_TELEGRAM_TOKEN does not look like a Telegram bot token (digits:letters, from @BotFather)")
	}
	if s.TelegramWebhookURL != "" {
		if s.TelegramSecret == "" {
			return nil, usagef("QUIZBOT_TELEGRAM_WEBHOOK_SECRET is missing: webhook mode needs a secret")
		}
		if s.HTTPAddr == "" {
			return nil, usagef("QUIZBOT_HTTP_ADDR is missing: webhook mode needs an address to listen on")
		}
	} else if s.TelegramSecret != "" {
		return nil, usagef("QUIZBOT_TELEGRAM_WEBHOOK_SECRET is set but QUIZBOT_TELEGRAM_WEBHOOK_URL is missing")
	}

	if k := get("QUIZBOT_DISCORD_PUBLIC_KEY"); k != "" {
		key, err := discord.ParsePublicKey(k)
		if err != nil {
			return nil, usagef("QUIZBOT_DISCORD_PUBLIC_KEY: %v", err)
		}
		s.DiscordPublicKey = key
		if s.HTTPAddr == "" {
			return nil, usagef("QUIZBOT_HTTP_ADDR is missing: the Discord interactions endpoint needs an address to listen on")
		}
	}
	s.discordEnabled = s.DiscordToken != "" || s.DiscordPublicKey != nil
	for _, id := range []struct{ name, value string }{{"QUIZBOT_DISCORD_APP_ID", s.DiscordAppID}, {"QUIZBOT_DISCORD_GUILD_ID", s.DiscordGuildID}} {
		if id.value == "" {
			continue
		}
		if _, err := strconv.ParseUint(id.value, 10, 64); err != nil {
			return nil, usagef("%s=%q is not a Discord id (digits only)", id.name, id.value)
		}
		if !s.discordEnabled {
			return nil, usagef("%s is set but neither QUIZBOT_DISCORD_TOKEN nor QUIZBOT_DISCORD_PUBLIC_KEY is", id.name)
		}
	}
	var err error
	if s.DiscordShardID, err = intSetting(get, "QUIZBOT_DISCORD_SHARD_ID", 0); err != nil {
		return nil, err
	}
	if s.DiscordShardCount, err = intSetting(get, "QUIZBOT_DISCORD_SHARD_COUNT", 1); err != nil {
		return nil, err
	}
	if s.DiscordShardCount < 1 || s.DiscordShardID < 0 || s.DiscordShardID >= s.DiscordShardCount {
		return nil, usagef("QUIZBOT_DISCORD_SHARD_ID=%d must be from 0 to QUIZBOT_DISCORD_SHARD_COUNT-1 (%d)", s.DiscordShardID, s.DiscordShardCount-1)
	}
	if !s.telegramEnabled && !s.discordEnabled && s.HTTPAddr == "" {
		// With no chat platform, quizbot serve is the local teacher's web app.
		s.HTTPAddr = DefaultHTTPAddr
	}
	return s, nil
}

func intSetting(get func(string) string, name string, def int) (int, error) {
	v := get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, usagef("%s=%q is not a whole number", name, v)
	}
	return n, nil
}
