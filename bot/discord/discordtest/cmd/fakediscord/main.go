// Command fakediscord runs discordtest's fake Discord REST API and gateway on
// an address, printing every REST call, for trying `quizbot serve` by hand:
//
//	fakediscord -addr 127.0.0.1:9000 &
//	QUIZBOT_DISCORD_TOKEN=fake QUIZBOT_DISCORD_API_URL=http://127.0.0.1:9000 QUIZBOT_DISCORD_PUBLIC_KEY=... quizbot serve
//	signedpost -command quiz -sub start
//
// It accepts any interaction token, and REST calls that carry the bot token
// given with -token ("fake" unless told): the bot's replies go through the
// interaction webhooks, but registering commands needs the token.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"quizbot/bot/discord/discordtest"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:9000", "listen address")
	token := flag.String("token", "fake", "the bot token REST calls must carry")
	flag.Parse()
	s, err := discordtest.Listen(*addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "fakediscord:", err)
		os.Exit(2)
	}
	s.Lenient, s.Log, s.Token = true, os.Stdout, *token
	fmt.Printf("fake Discord at %s\nQUIZBOT_DISCORD_TOKEN=%s QUIZBOT_DISCORD_APP_ID=%s\n", s.URL, s.Token, s.AppID)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	<-ctx.Done()
	s.Close()
}
