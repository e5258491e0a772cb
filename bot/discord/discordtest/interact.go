package discordtest

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Member is who interacts. Admin gives the Manage Server permission.
type Member struct {
	ID, Name string
	Nick     string
	Admin    bool
}

// Opt is a slash command option as Discord sends it.
type Opt struct {
	Name    string `json:"name"`
	Type    int    `json:"type"`
	Value   any    `json:"value,omitempty"`
	Focused bool   `json:"focused,omitempty"`
	Options []Opt  `json:"options,omitempty"`
}

// Sub, Str, Int and Attachment build options.
func Sub(name string, opts ...Opt) Opt { return Opt{Name: name, Type: 1, Options: opts} }
func Str(name, v string) Opt           { return Opt{Name: name, Type: 3, Value: v} }
func Int(name string, v int) Opt       { return Opt{Name: name, Type: 4, Value: v} }
func Focus(o Opt) Opt                  { o.Focused = true; return o }

// Upload is an attachment option with its resolved file on the fake CDN.
type Upload struct {
	Option, Name, ContentType string
	Data                      []byte
}

// Where is the place of an interaction: a guild channel, or a DM when
// Guild is empty.
type Where struct{ Guild, Channel string }

// Command makes a slash command interaction.
func (s *Server) Command(at Where, m Member, name string, opts ...Opt) *Interaction {
	return s.command(at, m, 2, name, nil, opts)
}

// CommandWithUpload makes a slash command with one attachment option.
func (s *Server) CommandWithUpload(at Where, m Member, name string, up Upload, opts ...Opt) *Interaction {
	return s.command(at, m, 2, name, &up, opts)
}

// Autocomplete makes an autocomplete interaction (one option Focused).
func (s *Server) Autocomplete(at Where, m Member, name string, opts ...Opt) *Interaction {
	return s.command(at, m, 4, name, nil, opts)
}

func (s *Server) command(at Where, m Member, typ int, name string, up *Upload, opts []Opt) *Interaction {
	data := map[string]any{"id": "900", "name": name, "type": 1, "options": opts}
	if up != nil {
		s.mu.Lock()
		id := s.snowflake()
		s.mu.Unlock()
		url := s.AddFile(id+"-"+up.Name, up.Data)
		opt := Opt{Name: up.Option, Type: 11, Value: id}
		if len(opts) == 1 && opts[0].Type == 1 {
			opts[0].Options = append(opts[0].Options, opt)
		} else {
			opts = append(opts, opt)
		}
		data["options"] = opts
		data["resolved"] = map[string]any{"attachments": map[string]any{id: map[string]any{
			"id": id, "filename": up.Name, "content_type": up.ContentType, "size": len(up.Data), "url": url,
		}}}
	}
	return s.interaction(at, m, typ, data, nil)
}

// Click makes a button press on a message.
func (s *Server) Click(at Where, m Member, messageID, customID string) *Interaction {
	data := map[string]any{"custom_id": customID, "component_type": 2}
	return s.interaction(at, m, 3, data, map[string]any{"message": map[string]any{"id": messageID, "channel_id": at.Channel}})
}

// Raw makes an interaction of any type with the given data.
func (s *Server) Raw(at Where, m Member, typ int, data any) *Interaction {
	return s.interaction(at, m, typ, data, nil)
}

func (s *Server) interaction(at Where, m Member, typ int, data any, extra map[string]any) *Interaction {
	s.mu.Lock()
	id := s.snowflake()
	token := "itok-" + id + "-" + strconv.FormatInt(time.Now().UnixNano(), 36)
	s.mu.Unlock()
	user := map[string]any{"id": m.ID, "username": m.Name, "global_name": m.Name}
	body := map[string]any{
		"id": id, "application_id": s.AppID, "type": typ, "token": token, "version": 1,
		"channel_id": at.Channel, "locale": "en-US",
	}
	if data != nil {
		body["data"] = data
	}
	for k, v := range extra {
		body[k] = v
	}
	if at.Guild != "" {
		perms := int64(discordgo.PermissionSendMessages | discordgo.PermissionViewChannel)
		if m.Admin {
			perms |= discordgo.PermissionManageGuild
		}
		body["guild_id"] = at.Guild
		body["member"] = map[string]any{"user": user, "nick": m.Nick, "permissions": strconv.FormatInt(perms, 10)}
	} else {
		body["user"] = user
	}
	raw, err := json.Marshal(body)
	if err != nil {
		panic(err)
	}
	in := &Interaction{ID: id, Token: token, Body: raw}
	s.mu.Lock()
	s.interactions[id] = in
	s.mu.Unlock()
	return in
}

// Sign returns the signature headers Discord puts on an interaction request.
func Sign(key ed25519.PrivateKey, timestamp string, body []byte) http.Header {
	h := http.Header{}
	h.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, append([]byte(timestamp), body...))))
	h.Set("X-Signature-Timestamp", timestamp)
	h.Set("Content-Type", "application/json")
	return h
}

// Reply is the HTTP answer of the interactions endpoint.
type Reply struct {
	Status int
	Body   []byte
	// Type and Data are the decoded interaction response, for status 200.
	Type int
	Data struct {
		Content string                    `json:"content"`
		Flags   int                       `json:"flags"`
		Embeds  []*discordgo.MessageEmbed `json:"embeds"`
		Choices []struct {
			Name  string `json:"name"`
			Value string `json:"value"`
		} `json:"choices"`
	}
	Elapsed time.Duration
}

// Post signs and posts an interaction to the endpoint as Discord does, and
// records a 200 answer as the interaction's first response.
func (s *Server) Post(endpoint string, in *Interaction) (*Reply, error) {
	s.mu.Lock()
	in.posting = true
	s.mu.Unlock()
	rep, err := PostSigned(endpoint, s.Key, in.Body)
	if err != nil || rep.Status != http.StatusOK {
		return rep, err
	}
	var resp struct {
		Type int             `json:"type"`
		Data json.RawMessage `json:"data"`
	}
	json.Unmarshal(rep.Body, &resp)
	s.mu.Lock()
	defer s.mu.Unlock()
	if in.Response == 0 && resp.Type != 1 && resp.Type != 8 {
		s.respond(in, resp.Type, Call{Payload: resp.Data})
	}
	return rep, nil
}

// PostSigned posts body to endpoint signed with key.
func PostSigned(endpoint string, key ed25519.PrivateKey, body []byte) (*Reply, error) {
	req, err := http.NewRequest(http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header = Sign(key, strconv.FormatInt(time.Now().Unix(), 10), body)
	return do(req)
}

// PostHeaders posts body with the given headers (forged or missing
// signatures).
func PostHeaders(endpoint string, h http.Header, body []byte) (*Reply, error) {
	req, err := http.NewRequest(http.MethodPost, endpoint, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header = h
	return do(req)
}

func do(req *http.Request) (*Reply, error) {
	start := time.Now()
	client := &http.Client{Timeout: 10 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	rep := &Reply{Status: resp.StatusCode, Elapsed: time.Since(start)}
	rep.Body, err = io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode == http.StatusOK {
		var v struct {
			Type int             `json:"type"`
			Data json.RawMessage `json:"data"`
		}
		if err := json.Unmarshal(rep.Body, &v); err != nil {
			return rep, fmt.Errorf("interaction response: %w", err)
		}
		rep.Type = v.Type
		if len(v.Data) > 0 {
			json.Unmarshal(v.Data, &rep.Data)
		}
	}
	return rep, nil
}
