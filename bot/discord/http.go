package discord

import (
	"bytes"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

// replayWindow is how far a signed request's timestamp may be from now.
// Discord signs each request when it sends it; one signed long ago is a
// replay (a duplicate within the window is refused by its interaction id).
const replayWindow = 5 * time.Minute

// signedRecently reports whether a signature timestamp (Unix seconds) is within
// replayWindow of now.
func signedRecently(ts string, now time.Time) bool {
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return false
	}
	d := now.Sub(time.Unix(sec, 0))
	return d <= replayWindow && d >= -replayWindow
}

// InteractionsHandler serves POST /discord/interactions: Discord's outgoing
// webhook for interactions, instead of the gateway. Requests are verified
// with the application's public key; the first response goes back in the
// HTTP answer (within 3 s, deferred if the conversation is slower), the rest
// through REST.
func (b *Bot) InteractionsHandler() http.Handler {
	return http.HandlerFunc(b.serveInteraction)
}

func (b *Bot) serveInteraction(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if len(b.cfg.PublicKey) != ed25519.PublicKeySize {
		// ed25519.Verify would panic on a bad key.
		b.log.Error("interactions endpoint without a valid public key")
		http.Error(w, "not configured", http.StatusServiceUnavailable)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
		return
	} else if err != nil {
		http.Error(w, "cannot read request body", http.StatusBadRequest)
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	if !discordgo.VerifyInteraction(r, b.cfg.PublicKey) {
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	if !signedRecently(r.Header.Get("X-Signature-Timestamp"), time.Now()) {
		// A signed request recorded and sent again later: Discord advises
		// refusing timestamps far from now.
		b.log.Warn("interaction refused: signed timestamp outside the replay window", "timestamp", r.Header.Get("X-Signature-Timestamp"))
		http.Error(w, "request timestamp too old", http.StatusUnauthorized)
		return
	}
	var it discordgo.Interaction
	if err := json.Unmarshal(body, &it); err != nil {
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}
	switch it.Type {
	case discordgo.InteractionPing:
		writeJSON(w, &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
	case discordgo.InteractionApplicationCommandAutocomplete:
		writeJSON(w, b.autocomplete(r.Context(), &it))
	case discordgo.InteractionApplicationCommand, discordgo.InteractionMessageComponent:
		b.serveCall(w, r, &it)
	default:
		http.Error(w, "unsupported interaction type", http.StatusBadRequest)
	}
}

func (b *Bot) serveCall(w http.ResponseWriter, r *http.Request, it *discordgo.Interaction) {
	if it.AppID == "" {
		it.AppID = b.cfg.AppID
	}
	in, err := b.incoming(it)
	if errors.Is(err, errUnknownCommand) {
		writeJSON(w, notice("I don't know that command. Try /help."))
		return
	} else if err != nil {
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}
	c := newCall(it, in, true)
	if !b.register(c) {
		writeJSON(w, acknowledgement(c.component))
		return
	}
	b.handle(r.Context(), c)

	t := time.NewTimer(b.deferAfter)
	defer t.Stop()
	var resp *discordgo.InteractionResponse
	select {
	case resp = <-c.http:
	case <-c.done:
		resp = b.settle(r.Context(), c, true)
	case <-t.C:
		resp = b.settle(r.Context(), c, false)
	}
	if resp == nil {
		resp = <-c.http
	}
	writeJSON(w, resp)
	c.flush()
}

func writeJSON(w http.ResponseWriter, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(body)
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
}
