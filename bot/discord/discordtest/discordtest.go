// Package discordtest is a fake Discord on loopback for tests and manual
// runs: the REST endpoints quizbot's adapter uses (interaction callbacks,
// webhooks, channel messages, DMs, command registration), a gateway
// websocket, and the signing side of HTTP interactions.
package discordtest

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Server is the fake. Point the adapter's APIURL at URL.
type Server struct {
	URL       string
	Token     string // the bot token REST calls must carry ("Bot " + Token)
	AppID     string
	Key       ed25519.PrivateKey // signs interactions posted with Post
	PublicKey ed25519.PublicKey

	// Lenient accepts interaction tokens it did not make (interactions
	// signed by hand for a manual run); Log, if set, gets one line per call.
	Lenient bool
	Log     io.Writer

	srv *httptest.Server
	gw  *gateway

	mu           sync.Mutex
	calls        []Call
	messages     map[string]*Message
	channels     map[string][]string // channel id -> message ids in order
	interactions map[string]*Interaction
	commands     []*discordgo.ApplicationCommand
	files        map[string][]byte // fake CDN
	faults       []*fault
	seq          int64
	latency      atomic.Int64 // of every REST call, in nanoseconds
}

// Call is one REST request the fake received.
type Call struct {
	Method, Path string
	Auth         string
	Payload      json.RawMessage // JSON body, or payload_json of a multipart body
	Files        []File
}

// File is an uploaded attachment.
type File struct {
	Name, ContentType string
	Data              []byte
}

// Message is a message as the fake keeps it, after all edits.
type Message struct {
	ID, ChannelID string
	Content       string
	Embeds        []*discordgo.MessageEmbed
	Buttons       [][]Button
	Flags         int
	Files         []File
	Interaction   string // the interaction it answers, if any
	Deferred      bool   // "thinking…" not yet replaced
	Deleted       bool
	Edits         int
}

// Text is the content or, if empty, the embed descriptions.
func (m *Message) Text() string {
	if m.Content != "" {
		return m.Content
	}
	var d []string
	for _, e := range m.Embeds {
		d = append(d, e.Description)
	}
	return strings.Join(d, "\n")
}

// Ephemeral reports the ephemeral flag.
func (m *Message) Ephemeral() bool { return m.Flags&int(discordgo.MessageFlagsEphemeral) != 0 }

// Button is a button of a message.
type Button struct{ Label, CustomID string }

// Interaction is what the fake knows of an interaction it created.
type Interaction struct {
	ID, Token string
	Body      []byte // the JSON Discord would send
	Response  int    // type of the first response, 0 = none yet
	posting   bool   // sent by Post, whose HTTP answer is the first response
	Original  *Message
	Followups []*Message
	Expired   bool
	// replied is closed when the user first sees a reply with content
	// (Replied); nil until asked for or replied.
	replied chan struct{}
	said    bool
}

type fault struct {
	method, path string
	status       int
	body         string
	times        int
}

// New starts a fake Discord on a loopback port; Close it at the end.
func New() *Server {
	s := newServer()
	s.srv = httptest.NewServer(s)
	s.URL = s.srv.URL
	return s
}

// Listen starts a fake Discord on addr (for manual runs).
func Listen(addr string) (*Server, error) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	s := newServer()
	s.srv = &httptest.Server{Listener: l, Config: &http.Server{Handler: s}}
	s.srv.Start()
	s.URL = s.srv.URL
	return s, nil
}

func newServer() *Server {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		panic(err)
	}
	s := &Server{
		Token:        "fake-bot-token-" + strconv.FormatInt(time.Now().UnixNano(), 36),
		AppID:        "100000000000000001",
		Key:          priv,
		PublicKey:    pub,
		messages:     map[string]*Message{},
		channels:     map[string][]string{},
		interactions: map[string]*Interaction{},
		files:        map[string][]byte{},
	}
	s.gw = newGateway(s)
	return s
}

// Close stops the fake and its gateway connections.
func (s *Server) Close() {
	s.gw.close()
	s.srv.Close()
}

// Fail makes the next times requests whose method matches and whose path
// contains path answer with status and body (a Discord JSON error).
func (s *Server) Fail(method, path string, times, status int, body string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = append(s.faults, &fault{method, path, status, body, times})
}

// SetLatency makes every REST call take d longer, as a slow platform does;
// calls wait in parallel, not behind one another.
func (s *Server) SetLatency(d time.Duration) { s.latency.Store(int64(d)) }

// Calls returns the REST requests so far.
func (s *Server) Calls() []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Call(nil), s.calls...)
}

// Channel returns the messages of a channel in order, as edited.
func (s *Server) Channel(id string) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Message
	for _, mid := range s.channels[id] {
		out = append(out, *s.messages[mid])
	}
	return out
}

// Interaction returns a copy of what the fake knows of an interaction.
func (s *Server) Interaction(id string) Interaction {
	s.mu.Lock()
	defer s.mu.Unlock()
	in := s.interactions[id]
	if in == nil {
		return Interaction{}
	}
	cp := *in
	if in.Original != nil {
		o := *in.Original
		cp.Original = &o
	}
	cp.Followups = nil
	for _, f := range in.Followups {
		m := *f
		cp.Followups = append(cp.Followups, &m)
	}
	return cp
}

// Expire makes an interaction's token unknown, as after 15 minutes.
func (s *Server) Expire(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if in := s.interactions[id]; in != nil {
		in.Expired = true
	}
}

// Commands returns the commands of the last bulk overwrite.
func (s *Server) Commands() []*discordgo.ApplicationCommand {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.commands
}

// AddFile serves data on the fake CDN and returns its URL.
func (s *Server) AddFile(name string, data []byte) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.files[name] = data
	return s.URL + "/cdn/" + name
}

// Snowflake returns a fresh Discord id for the current time.
func (s *Server) Snowflake() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.snowflake()
}

func (s *Server) snowflake() string {
	s.seq++
	ms := time.Now().UnixMilli() - 1420070400000
	return strconv.FormatInt(ms<<22|(s.seq&0x3fffff), 10)
}

var apiPath = regexp.MustCompile(`^/api/v\d+(/.*)$`)

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/gateway-ws" || r.URL.Path == "/gateway-ws/" {
		s.gw.serve(w, r)
		return
	}
	if name, ok := strings.CutPrefix(r.URL.Path, "/cdn/"); ok && r.Method == http.MethodGet {
		s.mu.Lock()
		data, ok := s.files[name]
		s.mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Write(data)
		return
	}
	m := apiPath.FindStringSubmatch(r.URL.Path)
	if m == nil {
		apiError(w, http.StatusNotFound, 0, "404: Not Found")
		return
	}
	path := m[1]
	if d := time.Duration(s.latency.Load()); d > 0 {
		time.Sleep(d)
	}
	call, err := readCall(r, path)
	if err != nil {
		apiError(w, http.StatusBadRequest, 50109, "The request body contains invalid JSON.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls = append(s.calls, call)
	if s.Log != nil {
		p := string(call.Payload)
		if len(p) > 4000 {
			p = p[:4000] + "…"
		}
		fmt.Fprintf(s.Log, "%s %s %s\n", r.Method, path, p)
	}
	for _, f := range s.faults {
		if f.times > 0 && f.method == r.Method && strings.Contains(path, f.path) {
			f.times--
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(f.status)
			io.WriteString(w, f.body)
			return
		}
	}
	s.route(w, r, path, call)
}

var (
	reCommands  = regexp.MustCompile(`^/applications/([^/]+)(?:/guilds/([^/]+))?/commands$`)
	reChannel   = regexp.MustCompile(`^/channels/([^/]+)/messages$`)
	reChanMsg   = regexp.MustCompile(`^/channels/([^/]+)/messages/([^/]+)$`)
	reCallback  = regexp.MustCompile(`^/interactions/([^/]+)/([^/]+)/callback$`)
	reWebhook   = regexp.MustCompile(`^/webhooks/([^/]+)/([^/]+)$`)
	reWebhookMs = regexp.MustCompile(`^/webhooks/([^/]+)/([^/]+)/messages/([^/]+)$`)
)

// route runs with s.mu held.
func (s *Server) route(w http.ResponseWriter, r *http.Request, path string, c Call) {
	needsAuth := !strings.HasPrefix(path, "/interactions/") && !strings.HasPrefix(path, "/webhooks/") && path != "/gateway"
	if needsAuth && c.Auth != "Bot "+s.Token {
		apiError(w, http.StatusUnauthorized, 0, "401: Unauthorized")
		return
	}
	switch {
	case path == "/gateway" || path == "/gateway/bot":
		writeJSON(w, map[string]any{"url": "ws" + strings.TrimPrefix(s.URL, "http") + "/gateway-ws", "shards": 1})
	case reCommands.MatchString(path) && r.Method == http.MethodPut:
		var cmds []*discordgo.ApplicationCommand
		if err := json.Unmarshal(c.Payload, &cmds); err != nil {
			apiError(w, http.StatusBadRequest, 50035, "Invalid Form Body")
			return
		}
		for _, cmd := range cmds {
			cmd.ID = s.snowflake()
			cmd.ApplicationID = reCommands.FindStringSubmatch(path)[1]
		}
		s.commands = cmds
		writeJSON(w, cmds)
	case reChannel.MatchString(path) && r.Method == http.MethodPost:
		ch := reChannel.FindStringSubmatch(path)[1]
		msg := &Message{ID: s.snowflake(), ChannelID: ch}
		if err := apply(msg, c); err != nil {
			apiError(w, http.StatusBadRequest, 50006, err.Error())
			return
		}
		s.messages[msg.ID] = msg
		s.channels[ch] = append(s.channels[ch], msg.ID)
		writeJSON(w, wire(msg))
	case reChanMsg.MatchString(path) && r.Method == http.MethodPatch:
		p := reChanMsg.FindStringSubmatch(path)
		msg := s.messages[p[2]]
		if msg == nil || msg.ChannelID != p[1] || msg.Deleted {
			apiError(w, http.StatusNotFound, 10008, "Unknown Message")
			return
		}
		if err := apply(msg, c); err != nil {
			apiError(w, http.StatusBadRequest, 50006, err.Error())
			return
		}
		msg.Edits++
		writeJSON(w, wire(msg))
	case path == "/users/@me/channels" && r.Method == http.MethodPost:
		var req struct {
			RecipientID string `json:"recipient_id"`
		}
		json.Unmarshal(c.Payload, &req)
		if req.RecipientID == "" {
			apiError(w, http.StatusBadRequest, 50035, "Invalid Form Body")
			return
		}
		writeJSON(w, map[string]any{"id": "dm-" + req.RecipientID, "type": 1})
	case reCallback.MatchString(path) && r.Method == http.MethodPost:
		p := reCallback.FindStringSubmatch(path)
		if s.Lenient && s.interactions[p[1]] == nil {
			s.interactions[p[1]] = &Interaction{ID: p[1], Token: p[2]}
		}
		in := s.interactions[p[1]]
		if in == nil || in.Token != p[2] || in.Expired {
			apiError(w, http.StatusNotFound, 10062, "Unknown interaction")
			return
		}
		if in.Response != 0 {
			apiError(w, http.StatusBadRequest, 40060, "Interaction has already been acknowledged.")
			return
		}
		var resp struct {
			Type int             `json:"type"`
			Data json.RawMessage `json:"data"`
		}
		if err := json.Unmarshal(c.Payload, &resp); err != nil || resp.Type == 0 {
			apiError(w, http.StatusBadRequest, 50035, "Invalid Form Body")
			return
		}
		s.respond(in, resp.Type, Call{Payload: resp.Data, Files: c.Files})
		w.WriteHeader(http.StatusNoContent)
	case reWebhook.MatchString(path) && r.Method == http.MethodPost:
		in := s.byToken(reWebhook.FindStringSubmatch(path)[2])
		if in == nil {
			apiError(w, http.StatusNotFound, 10015, "Unknown Webhook")
			return
		}
		if s.waitAck(in); in.Response == 0 {
			apiError(w, http.StatusBadRequest, 40060, "Followup before the interaction was acknowledged")
			return
		}
		msg := &Message{ID: s.snowflake(), Interaction: in.ID, ChannelID: channelOf(in)}
		if err := apply(msg, c); err != nil {
			apiError(w, http.StatusBadRequest, 50006, err.Error())
			return
		}
		in.Followups = append(in.Followups, msg)
		s.noteReply(in)
		s.messages[msg.ID] = msg
		if !msg.Ephemeral() {
			s.channels[msg.ChannelID] = append(s.channels[msg.ChannelID], msg.ID)
		}
		if r.URL.Query().Get("wait") == "true" {
			writeJSON(w, wire(msg))
		} else {
			w.WriteHeader(http.StatusNoContent)
		}
	case reWebhookMs.MatchString(path):
		p := reWebhookMs.FindStringSubmatch(path)
		in := s.byToken(p[2])
		if in == nil {
			apiError(w, http.StatusNotFound, 10015, "Unknown Webhook")
			return
		}
		s.waitAck(in)
		msg := in.Original
		if p[3] != "@original" {
			msg = s.messages[p[3]]
			if msg != nil && msg.Interaction != in.ID {
				msg = nil
			}
		}
		if msg == nil && s.Lenient && p[3] == "@original" {
			msg = &Message{ID: s.snowflake(), Interaction: in.ID, Deferred: true}
			in.Original = msg
			s.messages[msg.ID] = msg
		}
		if msg == nil || msg.Deleted {
			apiError(w, http.StatusNotFound, 10008, "Unknown Message")
			return
		}
		switch r.Method {
		case http.MethodPatch:
			if err := apply(msg, c); err != nil {
				apiError(w, http.StatusBadRequest, 50006, err.Error())
				return
			}
			msg.Deferred = false
			msg.Edits++
			if msg == in.Original {
				s.noteReply(in)
			}
			writeJSON(w, wire(msg))
		case http.MethodDelete:
			msg.Deleted = true
			w.WriteHeader(http.StatusNoContent)
		default:
			apiError(w, http.StatusMethodNotAllowed, 0, "405: Method Not Allowed")
		}
	default:
		apiError(w, http.StatusNotFound, 0, "404: Not Found")
	}
}

// waitAck gives Post time to record the HTTP answer that Discord would have
// processed before a followup arrives (s.mu held).
func (s *Server) waitAck(in *Interaction) {
	for i := 0; in.Response == 0 && in.posting && i < 400; i++ {
		s.mu.Unlock()
		time.Sleep(5 * time.Millisecond)
		s.mu.Lock()
	}
}

func (s *Server) byToken(token string) *Interaction {
	if s.Lenient {
		found := false
		for _, in := range s.interactions {
			found = found || in.Token == token
		}
		if !found {
			s.interactions["manual-"+token] = &Interaction{ID: "manual-" + token, Token: token, Response: 4}
		}
	}
	for _, in := range s.interactions {
		if in.Token == token && !in.Expired {
			return in
		}
	}
	return nil
}

func channelOf(in *Interaction) string {
	var v struct {
		ChannelID string `json:"channel_id"`
	}
	json.Unmarshal(in.Body, &v)
	return v.ChannelID
}

// respond records the first response to an interaction (s.mu held).
func (s *Server) respond(in *Interaction, typ int, c Call) {
	in.Response = typ
	switch typ {
	case 4, 5:
		msg := &Message{ID: s.snowflake(), Interaction: in.ID, ChannelID: channelOf(in), Deferred: typ == 5}
		if len(c.Payload) > 0 && string(c.Payload) != "null" {
			apply(msg, c)
		}
		if typ == 5 {
			msg.Content = ""
		}
		in.Original = msg
		s.messages[msg.ID] = msg
		if !msg.Ephemeral() {
			s.channels[msg.ChannelID] = append(s.channels[msg.ChannelID], msg.ID)
		}
		if typ == 4 {
			s.noteReply(in)
		}
	}
}

// Replied returns a channel closed once the user of interaction id sees a
// reply with content: a message as the first response, the deferred
// message edited into one, or a followup. It lets a test time hundreds of
// interactions without polling them; nil for an unknown id.
func (s *Server) Replied(id string) <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	in := s.interactions[id]
	if in == nil {
		return nil
	}
	return repliedOf(in)
}

func repliedOf(in *Interaction) chan struct{} {
	if in.replied == nil {
		in.replied = make(chan struct{})
	}
	return in.replied
}

// noteReply marks the interaction's first reply (s.mu held).
func (s *Server) noteReply(in *Interaction) {
	if !in.said {
		in.said = true
		close(repliedOf(in))
	}
}

// apply sets the fields present in a message payload.
func apply(msg *Message, c Call) error {
	var p struct {
		Content    *string                    `json:"content"`
		Embeds     *[]*discordgo.MessageEmbed `json:"embeds"`
		Components *[]struct {
			Type       int `json:"type"`
			Components []struct {
				Type     int    `json:"type"`
				Label    string `json:"label"`
				CustomID string `json:"custom_id"`
			} `json:"components"`
		} `json:"components"`
		Flags *int `json:"flags"`
	}
	if len(c.Payload) > 0 {
		if err := json.Unmarshal(c.Payload, &p); err != nil {
			return err
		}
	}
	if p.Content != nil {
		if len([]rune(*p.Content)) > 2000 {
			return fmt.Errorf("content longer than 2000")
		}
		msg.Content = *p.Content
	}
	if p.Embeds != nil {
		msg.Embeds = *p.Embeds
	}
	if p.Components != nil {
		msg.Buttons = nil
		if len(*p.Components) > 5 {
			return fmt.Errorf("more than 5 rows")
		}
		for _, row := range *p.Components {
			if row.Type != 1 || len(row.Components) == 0 || len(row.Components) > 5 {
				return fmt.Errorf("bad action row")
			}
			var bs []Button
			for _, b := range row.Components {
				if b.Type != 2 || b.Label == "" || len([]rune(b.Label)) > 80 || b.CustomID == "" || len(b.CustomID) > 100 {
					return fmt.Errorf("bad button %q", b.Label)
				}
				bs = append(bs, Button{Label: b.Label, CustomID: b.CustomID})
			}
			msg.Buttons = append(msg.Buttons, bs)
		}
	}
	if p.Flags != nil {
		msg.Flags = *p.Flags
	}
	msg.Files = append(msg.Files, c.Files...)
	if msg.Content == "" && len(msg.Embeds) == 0 && len(msg.Files) == 0 && !msg.Deferred {
		return fmt.Errorf("Cannot send an empty message")
	}
	return nil
}

func wire(m *Message) map[string]any {
	return map[string]any{"id": m.ID, "channel_id": m.ChannelID, "content": m.Content, "flags": m.Flags}
}

func readCall(r *http.Request, path string) (Call, error) {
	c := Call{Method: r.Method, Path: path, Auth: r.Header.Get("Authorization")}
	mt, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt != "multipart/form-data" {
		body, err := io.ReadAll(io.LimitReader(r.Body, 26<<20))
		if err != nil {
			return c, err
		}
		if len(body) > 0 && !json.Valid(body) {
			return c, fmt.Errorf("invalid JSON")
		}
		c.Payload = body
		return c, nil
	}
	mr := multipart.NewReader(r.Body, params["boundary"])
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			return c, nil
		} else if err != nil {
			return c, err
		}
		data, err := io.ReadAll(p)
		if err != nil {
			return c, err
		}
		if p.FormName() == "payload_json" {
			c.Payload = data
		} else {
			c.Files = append(c.Files, File{Name: p.FileName(), ContentType: p.Header.Get("Content-Type"), Data: data})
		}
	}
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func apiError(w http.ResponseWriter, status, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"code": code, "message": msg})
}
