// Command signedpost signs a Discord interaction by hand and posts it to an
// interactions endpoint, for trying `quizbot serve` without Discord.
//
//	signedpost -genkey                      # prints a key pair: PUBLIC (for QUIZBOT_DISCORD_PUBLIC_KEY) and PRIVATE
//	SIGNEDPOST_KEY=PRIVATE signedpost -url http://127.0.0.1:8080/discord/interactions '{"type":1}'
//	SIGNEDPOST_KEY=PRIVATE signedpost -command quiz -sub start -opt topic=Science -opt count=3
//	SIGNEDPOST_KEY=PRIVATE signedpost -click 'CUSTOM_ID' -user 2
//
// The body is the argument, or stdin with "-"; -command and -click build one.
// The private key is the 64-digit hex seed, from -key or SIGNEDPOST_KEY.
package main

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"quizbot/bot/discord/discordtest"
)

type opts []string

func (o *opts) String() string     { return strings.Join(*o, ",") }
func (o *opts) Set(v string) error { *o = append(*o, v); return nil }

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "signedpost:", err)
		os.Exit(2)
	}
}

func run(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("signedpost", flag.ContinueOnError)
	url := fs.String("url", "http://127.0.0.1:8080/discord/interactions", "interactions endpoint")
	keyHex := fs.String("key", os.Getenv("SIGNEDPOST_KEY"), "private key seed, 64 hex digits (env SIGNEDPOST_KEY)")
	genkey := fs.Bool("genkey", false, "print a new key pair and exit")
	command := fs.String("command", "", "build a slash command interaction with this name")
	sub := fs.String("sub", "", "its subcommand")
	click := fs.String("click", "", "build a button click with this custom_id")
	guild := fs.String("guild", "700000000000000001", "guild id (empty: a DM)")
	channel := fs.String("channel", "710000000000000001", "channel id")
	user := fs.Int("user", 1, "member number: user id 80000000000000000N, named PlayerN")
	admin := fs.Bool("admin", false, "the member has Manage Server")
	var options opts
	fs.Var(&options, "opt", "option name=value (repeatable; numbers become integers)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *genkey {
		pub, priv, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "PUBLIC=%s\nPRIVATE=%s\n", hex.EncodeToString(pub), hex.EncodeToString(priv.Seed()))
		return nil
	}
	seed, err := hex.DecodeString(strings.TrimSpace(*keyHex))
	if err != nil || len(seed) != ed25519.SeedSize {
		return errors.New("need the private key seed (64 hex digits) in -key or SIGNEDPOST_KEY; make one with -genkey")
	}
	key := ed25519.NewKeyFromSeed(seed)

	var body []byte
	switch {
	case *command != "" || *click != "":
		body, err = build(*command, *sub, *click, options, *guild, *channel, *user, *admin)
	case fs.NArg() == 1 && fs.Arg(0) == "-":
		body, err = io.ReadAll(stdin)
	case fs.NArg() == 1:
		body = []byte(fs.Arg(0))
	default:
		return errors.New("give a JSON body, - for stdin, -command or -click")
	}
	if err != nil {
		return err
	}
	rep, err := discordtest.PostSigned(*url, key, body)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "HTTP %d (%s)\n%s\n", rep.Status, rep.Elapsed.Round(time.Millisecond), strings.TrimSpace(string(rep.Body)))
	return nil
}

// build writes an interaction as Discord would send it.
func build(command, sub, click string, options []string, guild, channel string, user int, admin bool) ([]byte, error) {
	now := time.Now()
	id := strconv.FormatInt((now.UnixMilli()-1420070400000)<<22|int64(now.Nanosecond()&0x3fffff), 10)
	uid := fmt.Sprintf("8000000000000000%02d", user)
	u := map[string]any{"id": uid, "username": fmt.Sprintf("player%d", user), "global_name": fmt.Sprintf("Player%d", user)}
	in := map[string]any{"id": id, "application_id": "100000000000000001", "token": "manual-" + id, "version": 1,
		"channel_id": channel}
	if guild != "" {
		perms := int64(1024 | 2048)
		if admin {
			perms |= 32
		}
		in["guild_id"] = guild
		in["member"] = map[string]any{"user": u, "permissions": strconv.FormatInt(perms, 10)}
	} else {
		in["user"] = u
	}
	if click != "" {
		in["type"] = 3
		in["data"] = map[string]any{"custom_id": click, "component_type": 2}
		return json.Marshal(in)
	}
	var opts []map[string]any
	for _, o := range options {
		name, val, ok := strings.Cut(o, "=")
		if !ok {
			return nil, fmt.Errorf("option %q: want name=value", o)
		}
		if n, err := strconv.Atoi(val); err == nil {
			opts = append(opts, map[string]any{"name": name, "type": 4, "value": n})
		} else {
			opts = append(opts, map[string]any{"name": name, "type": 3, "value": val})
		}
	}
	if sub != "" {
		opts = []map[string]any{{"name": sub, "type": 1, "options": opts}}
	}
	in["type"] = 2
	in["data"] = map[string]any{"id": "900", "name": command, "type": 1, "options": opts}
	return json.Marshal(in)
}
