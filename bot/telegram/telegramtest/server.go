// Package telegramtest is a fake Telegram Bot API server: enough of the real
// one (getMe, getUpdates, sendMessage, editMessageText, answerCallbackQuery,
// sendPoll, setWebhook, ...) to run quizbot's Telegram adapter against it in
// tests and by hand (cmd/fakebotapi). Users are played by calling Send,
// Press and Vote; what the bot said is read back with Messages.
package telegramtest

import (
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Chat is a chat as the fake server knows it. Type is "private", "group",
// "supergroup" or "channel".
type Chat struct {
	ID    int64
	Type  string
	Title string
}

// User is a Telegram user.
type User struct {
	ID        int64
	FirstName string
	UserName  string
}

// Private is the private chat of u with the bot.
func Private(u User) Chat { return Chat{ID: u.ID, Type: "private"} }

// Button is one inline keyboard button.
type Button struct {
	Text string `json:"text"`
	Data string `json:"callback_data"`
}

// Poll is a native poll the bot sent.
type Poll struct {
	ID          string
	Question    string
	Options     []string
	Type        string
	Anonymous   bool
	Correct     int
	Explanation string
	OpenPeriod  int
	Closed      bool
	Votes       []int
}

// Message is one message in a chat, the bot's or a user's.
type Message struct {
	ID      int
	Chat    int64
	From    int64  // user id; the bot's id for the bot's messages
	Kind    string // "text", "photo", "document", "poll"
	Text    string // text, caption or poll question
	Buttons [][]Button
	ReplyTo int
	Edits   int
	Poll    *Poll
	File    []byte
	Name    string // file name of a photo or document
}

// Callback is the bot's answer to a button press.
type Callback struct {
	ID    string
	Text  string
	Alert bool
	At    time.Time // when the answer arrived
}

// Fault is an error the server answers instead of doing a call. Code -1
// drops the connection (a network error).
type Fault struct {
	Code        int
	Description string
	RetryAfter  int
}

// Call is one request the bot made.
type Call struct {
	Method string
	Params url.Values
	At     time.Time
}

// Server is the fake Bot API. Its zero value is not usable: call New.
type Server struct {
	Token string
	URL   string // set by Start
	Bot   User

	srv *httptest.Server

	mu         sync.Mutex
	changed    chan struct{} // closed and replaced on every change
	updates    []update
	nextUpdate int
	nextMsg    int
	nextCB     int
	nextFile   int
	nextPoll   int
	msgs       map[int]*Message
	order      []int
	pending    map[string]bool // callback ids not answered yet
	callbacks  []Callback
	polls      map[string]*Message
	commands   map[string]json.RawMessage
	webhookURL string
	secret     string
	members    map[string]string
	blocked    map[int64]bool
	files      map[string]fileEntry
	calls      []Call
	fault      func(method string, p url.Values) *Fault
	onMessage  func(m Message)
	stopHook   chan struct{}

	// groupLimit messages (edits included) per groupWindow to one group,
	// as Telegram enforces; 0 means no limit.
	groupLimit  int
	groupWindow time.Duration
	groupSent   map[int64][]time.Time
	limited     int // requests refused with 429 by the group limit
}

type update struct {
	id  int
	raw json.RawMessage
}

type fileEntry struct {
	path string
	data []byte
}

// New returns a server for token, not yet listening; serve it with Start or
// as an http.Handler.
func New(token string) *Server {
	return &Server{
		Token:      token,
		Bot:        User{ID: 4242, FirstName: "Quiz Bot", UserName: "QuizTestBot"},
		changed:    make(chan struct{}),
		nextUpdate: 100,
		nextMsg:    1,
		msgs:       map[int]*Message{},
		pending:    map[string]bool{},
		polls:      map[string]*Message{},
		commands:   map[string]json.RawMessage{},
		members:    map[string]string{},
		blocked:    map[int64]bool{},
		files:      map[string]fileEntry{},
		stopHook:   make(chan struct{}),
	}
}

// Start serves s on a loopback port and sets s.URL.
func (s *Server) Start() *Server {
	s.srv = httptest.NewServer(s)
	s.URL = s.srv.URL
	return s
}

// Close stops the server.
func (s *Server) Close() {
	s.mu.Lock()
	select {
	case <-s.stopHook:
	default:
		close(s.stopHook)
	}
	s.mu.Unlock()
	if s.srv != nil {
		s.srv.CloseClientConnections()
		s.srv.Close()
	}
}

// SetFault makes the server consult f before each call; a non-nil Fault is
// answered instead of the call.
func (s *Server) SetFault(f func(method string, p url.Values) *Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fault = f
}

// SetGroupLimit makes the server refuse, with 429 and retry_after, a
// message or edit to a group beyond n in any rolling window (Telegram: about
// 20 a minute). retry_after counts in sixtieths of the window, which are
// seconds for a window of a minute.
func (s *Server) SetGroupLimit(n int, window time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.groupLimit, s.groupWindow = n, window
	s.groupSent = map[int64][]time.Time{}
}

// Limited is how many requests the group limit refused.
func (s *Server) Limited() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.limited
}

// overLimit reports whether a request to chat must be refused by the group
// limit and for how many (scaled) seconds; a request let through is counted.
// Call with s.mu held.
func (s *Server) overLimit(method string, chat int64, now time.Time) (int, bool) {
	if s.groupLimit == 0 || chat >= 0 {
		return 0, false
	}
	switch method {
	case "sendMessage", "sendPhoto", "sendDocument", "sendPoll", "editMessageText", "editMessageReplyMarkup", "stopPoll":
	default:
		return 0, false
	}
	sent := s.groupSent[chat]
	for len(sent) > 0 && now.Sub(sent[0]) >= s.groupWindow {
		sent = sent[1:]
	}
	if len(sent) >= s.groupLimit {
		s.groupSent[chat] = sent
		s.limited++
		unit := s.groupWindow / 60
		wait := sent[0].Add(s.groupWindow).Sub(now)
		return int((wait + unit - 1) / unit), true
	}
	s.groupSent[chat] = append(sent, now)
	return 0, false
}

// OnMessage calls f (outside the server's lock) for every message the bot
// sends or edits.
func (s *Server) OnMessage(f func(m Message)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.onMessage = f
}

// SetMember sets the status ("creator", "administrator", "member", ...) of
// user in chat, for getChatMember.
func (s *Server) SetMember(chat, user int64, status string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.members[fmt.Sprint(chat, ":", user)] = status
}

// Block makes messages to chat fail as if the user had blocked the bot.
func (s *Server) Block(chat int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.blocked[chat] = true
}

// notify wakes whoever waits for a change. Call with s.mu held.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// Wait waits until cond (called under no lock) holds or timeout passes, and
// reports whether it held.
func (s *Server) Wait(timeout time.Duration, cond func() bool) bool {
	deadline := time.After(timeout)
	for {
		s.mu.Lock()
		ch := s.changed
		s.mu.Unlock()
		if cond() {
			return true
		}
		select {
		case <-ch:
		case <-time.After(20 * time.Millisecond):
		case <-deadline:
			return cond()
		}
	}
}

// AllMessages returns copies of every message in every chat, in order.
func (s *Server) AllMessages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Message, 0, len(s.order))
	for _, id := range s.order {
		out = append(out, copyMsg(s.msgs[id]))
	}
	return out
}

// Messages returns copies of the messages in chat, bot's and users', in
// the order they were sent.
func (s *Server) Messages(chat int64) []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Message
	for _, id := range s.order {
		if m := s.msgs[id]; m.Chat == chat {
			out = append(out, copyMsg(m))
		}
	}
	return out
}

// BotMessages is Messages without the users' messages.
func (s *Server) BotMessages(chat int64) []Message {
	var out []Message
	for _, m := range s.Messages(chat) {
		if m.From == s.Bot.ID {
			out = append(out, m)
		}
	}
	return out
}

// Message returns a copy of message id.
func (s *Server) Message(id int) (Message, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, ok := s.msgs[id]
	if !ok {
		return Message{}, false
	}
	return copyMsg(m), true
}

func copyMsg(m *Message) Message {
	c := *m
	c.Buttons = nil
	for _, row := range m.Buttons {
		c.Buttons = append(c.Buttons, append([]Button(nil), row...))
	}
	if m.Poll != nil {
		p := *m.Poll
		p.Options = append([]string(nil), m.Poll.Options...)
		p.Votes = append([]int(nil), m.Poll.Votes...)
		c.Poll = &p
	}
	return c
}

// Callbacks returns the bot's answers to button presses, in order.
func (s *Server) Callbacks() []Callback {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Callback(nil), s.callbacks...)
}

// Unanswered is the number of button presses the bot has not answered.
func (s *Server) Unanswered() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.pending)
}

// Calls returns the calls of method the bot made ("" for all).
func (s *Server) Calls(method string) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Call
	for _, c := range s.calls {
		if method == "" || c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// Commands returns the command list the bot set for a scope type
// ("default", "all_private_chats", "all_group_chats").
func (s *Server) Commands(scope string) []map[string]string {
	s.mu.Lock()
	raw := s.commands[scope]
	s.mu.Unlock()
	var out []map[string]string
	_ = json.Unmarshal(raw, &out)
	return out
}

// Webhook returns the webhook URL and secret the bot set.
func (s *Server) Webhook() (url, secret string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.webhookURL, s.secret
}

// Pending is the number of updates not yet confirmed by the bot.
func (s *Server) Pending() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.updates)
}

func userJSON(u User) map[string]any {
	m := map[string]any{"id": u.ID, "is_bot": false, "first_name": u.FirstName}
	if u.UserName != "" {
		m["username"] = u.UserName
	}
	return m
}

func chatJSON(c Chat) map[string]any {
	m := map[string]any{"id": c.ID, "type": c.Type}
	if c.Title != "" {
		m["title"] = c.Title
	}
	return m
}

// Push queues a raw update as Telegram would deliver it, giving it the next
// update id unless it has one, and returns the id.
func (s *Server) Push(raw string) int {
	var m map[string]any
	s.mu.Lock()
	defer s.mu.Unlock()
	id := s.nextUpdate
	if err := json.Unmarshal([]byte(raw), &m); err == nil {
		if v, ok := m["update_id"].(float64); ok {
			id = int(v)
		} else {
			m["update_id"] = id
			b, _ := json.Marshal(m)
			raw = string(b)
		}
	}
	s.nextUpdate = max(s.nextUpdate, id+1)
	s.updates = append(s.updates, update{id: id, raw: json.RawMessage(raw)})
	s.notify()
	return id
}

func (s *Server) pushMap(m map[string]any) int {
	b, err := json.Marshal(m)
	if err != nil {
		panic(err)
	}
	return s.Push(string(b))
}

// Send has from write text in chat and returns the message id.
func (s *Server) Send(chat Chat, from User, text string) int {
	return s.Reply(chat, from, text, 0)
}

// Reply has from write text in chat as a reply to message replyTo.
func (s *Server) Reply(chat Chat, from User, text string, replyTo int) int {
	msg := s.userMessage(chat, from, map[string]any{"text": text}, replyTo)
	s.pushMap(map[string]any{"message": msg})
	return int(msg["message_id"].(int))
}

// SendDocument has from upload a file to chat, with a caption.
func (s *Server) SendDocument(chat Chat, from User, name, mime string, data []byte, caption string) int {
	s.mu.Lock()
	s.nextFile++
	fid := "file" + strconv.Itoa(s.nextFile)
	s.files[fid] = fileEntry{path: "documents/" + name, data: data}
	s.mu.Unlock()
	doc := map[string]any{"file_id": fid, "file_unique_id": "u" + fid, "file_name": name, "mime_type": mime, "file_size": len(data)}
	fields := map[string]any{"document": doc}
	if caption != "" {
		fields["caption"] = caption
	}
	msg := s.userMessage(chat, from, fields, 0)
	s.pushMap(map[string]any{"message": msg})
	return msg["message_id"].(int)
}

func (s *Server) userMessage(chat Chat, from User, fields map[string]any, replyTo int) map[string]any {
	s.mu.Lock()
	id := s.nextMsg
	s.nextMsg++
	m := &Message{ID: id, Chat: chat.ID, From: from.ID, Kind: "text", ReplyTo: replyTo}
	if t, ok := fields["text"].(string); ok {
		m.Text = t
	}
	s.msgs[id] = m
	s.order = append(s.order, id)
	var reply map[string]any
	if r, ok := s.msgs[replyTo]; ok {
		reply = s.messageJSON(r)
	}
	s.mu.Unlock()
	msg := map[string]any{"message_id": id, "date": time.Now().Unix(), "chat": chatJSON(chat), "from": userJSON(from)}
	for k, v := range fields {
		msg[k] = v
	}
	if reply != nil {
		msg["reply_to_message"] = reply
	}
	return msg
}

// Press has from press the button with data under message msg in chat and
// returns the callback query id.
func (s *Server) Press(chat Chat, from User, msg int, data string) string {
	s.mu.Lock()
	s.nextCB++
	id := "cb" + strconv.Itoa(s.nextCB)
	s.pending[id] = true
	var mj map[string]any
	if m, ok := s.msgs[msg]; ok {
		mj = s.messageJSON(m)
	} else {
		mj = map[string]any{"message_id": msg, "date": time.Now().Unix(), "chat": chatJSON(chat)}
	}
	mj["chat"] = chatJSON(chat)
	s.mu.Unlock()
	s.pushMap(map[string]any{"callback_query": map[string]any{
		"id": id, "from": userJSON(from), "message": mj, "chat_instance": "ci", "data": data,
	}})
	return id
}

// PressButton presses the button labelled label under message msg.
func (s *Server) PressButton(chat Chat, from User, msg int, label string) (string, bool) {
	m, ok := s.Message(msg)
	if !ok {
		return "", false
	}
	for _, row := range m.Buttons {
		for _, b := range row {
			if b.Text == label {
				return s.Press(chat, from, msg, b.Data), true
			}
		}
	}
	return "", false
}

// Vote has from choose option in poll.
func (s *Server) Vote(poll string, from User, option int) {
	s.mu.Lock()
	if m, ok := s.polls[poll]; ok && option >= 0 && option < len(m.Poll.Votes) {
		m.Poll.Votes[option]++
	}
	s.mu.Unlock()
	s.pushMap(map[string]any{"poll_answer": map[string]any{"poll_id": poll, "user": userJSON(from), "option_ids": []int{option}}})
}

// messageJSON renders a message as the Bot API does. Call with s.mu held.
func (s *Server) messageJSON(m *Message) map[string]any {
	out := map[string]any{"message_id": m.ID, "date": time.Now().Unix(), "chat": map[string]any{"id": m.Chat, "type": chatType(m.Chat)}}
	if m.From == s.Bot.ID {
		out["from"] = map[string]any{"id": s.Bot.ID, "is_bot": true, "first_name": s.Bot.FirstName, "username": s.Bot.UserName}
	} else {
		out["from"] = map[string]any{"id": m.From, "is_bot": false, "first_name": "user"}
	}
	switch m.Kind {
	case "text":
		out["text"] = m.Text
	case "photo":
		out["photo"] = []map[string]any{{"file_id": "photo" + strconv.Itoa(m.ID), "file_unique_id": "p", "width": 1, "height": 1}}
		out["caption"] = m.Text
	case "document":
		out["document"] = map[string]any{"file_id": "doc" + strconv.Itoa(m.ID), "file_unique_id": "d", "file_name": m.Name}
		out["caption"] = m.Text
	case "poll":
		opts := []map[string]any{}
		for i, o := range m.Poll.Options {
			opts = append(opts, map[string]any{"text": o, "voter_count": m.Poll.Votes[i]})
		}
		out["poll"] = map[string]any{"id": m.Poll.ID, "question": m.Poll.Question, "options": opts, "is_closed": m.Poll.Closed,
			"is_anonymous": m.Poll.Anonymous, "type": m.Poll.Type, "correct_option_id": m.Poll.Correct, "total_voter_count": 0}
	}
	if len(m.Buttons) > 0 {
		out["reply_markup"] = map[string]any{"inline_keyboard": m.Buttons}
	}
	return out
}

// chatType guesses a chat's type from its id as Telegram numbers them:
// users are positive, groups negative, supergroups below -10^12.
func chatType(id int64) string {
	switch {
	case id > 0:
		return "private"
	case id < -1000000000000:
		return "supergroup"
	}
	return "group"
}

// split "/bot<token>/<method>" and "/file/bot<token>/<path>".
func (s *Server) route(path string) (method string, file bool, ok bool) {
	if rest, found := strings.CutPrefix(path, "/file/bot"+s.Token+"/"); found {
		return rest, true, true
	}
	if rest, found := strings.CutPrefix(path, "/bot"+s.Token+"/"); found && rest != "" && !strings.Contains(rest, "/") {
		return rest, false, true
	}
	return "", false, false
}
