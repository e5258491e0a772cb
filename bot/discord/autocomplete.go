package discord

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

const maxChoices = 25

// autocompleteResponse is written by hand: discordgo's response type omits
// an empty choices list, which Discord needs to show "no match".
type autocompleteResponse struct {
	Type discordgo.InteractionResponseType `json:"type"`
	Data struct {
		Choices []choice `json:"choices"`
	} `json:"data"`
}

type choice struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// autocomplete suggests stored topics for a focused "topic" option.
func (b *Bot) autocomplete(ctx context.Context, it *discordgo.Interaction) *autocompleteResponse {
	resp := &autocompleteResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult}
	resp.Data.Choices = []choice{}
	d, ok := it.Data.(discordgo.ApplicationCommandInteractionData)
	if !ok {
		return resp
	}
	f := focused(d.Options)
	if f == nil || f.Name != "topic" {
		return resp
	}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	topics, err := b.svc.Topics(ctx)
	if err != nil {
		b.log.Warn("topics for autocomplete", "err", err)
		return resp
	}
	resp.Data.Choices = matchTopics(topics, value(f.Value))
	return resp
}

func focused(opts []*discordgo.ApplicationCommandInteractionDataOption) *discordgo.ApplicationCommandInteractionDataOption {
	for _, o := range opts {
		if o.Focused {
			return o
		}
		if f := focused(o.Options); f != nil {
			return f
		}
	}
	return nil
}

// matchTopics lists topics starting with the typed text, then those
// containing it, case-insensitively, at most 25.
func matchTopics(topics []string, typed string) []choice {
	q := strings.ToLower(strings.TrimSpace(typed))
	out := []choice{}
	for pass := 0; pass < 2 && len(out) < maxChoices; pass++ {
		for _, t := range topics {
			if len(out) == maxChoices {
				break
			}
			if t == "" || utf8.RuneCountInString(t) > 100 {
				continue // Discord caps choice names and values at 100
			}
			l := strings.ToLower(t)
			prefix := strings.HasPrefix(l, q)
			if (pass == 0 && prefix) || (pass == 1 && !prefix && strings.Contains(l, q)) {
				out = append(out, choice{Name: t, Value: t})
			}
		}
	}
	return out
}

// respondAutocomplete answers over REST (gateway mode).
func (b *Bot) respondAutocomplete(ctx context.Context, it *discordgo.Interaction) error {
	resp := b.autocomplete(ctx, it)
	endpoint := discordgo.EndpointInteractionResponse(it.ID, it.Token)
	return b.call(ctx, "autocomplete", func(o ...discordgo.RequestOption) error {
		_, err := b.session.RequestWithBucketID("POST", endpoint, resp, endpoint, o...)
		return err
	})
}
