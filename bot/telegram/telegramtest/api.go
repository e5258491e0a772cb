package telegramtest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
)

// apiErr is a Bot API error answer.
type apiErr struct {
	code int
	desc string
}

func bad(desc string) *apiErr { return &apiErr{400, "Bad Request: " + desc} }

// ServeHTTP answers Bot API requests.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	method, file, ok := s.route(r.URL.Path)
	if !ok {
		writeJSON(w, http.StatusUnauthorized, map[string]any{"ok": false, "error_code": 401, "description": "Unauthorized"})
		return
	}
	if file {
		s.download(w, method)
		return
	}
	files := map[string][]byte{}
	names := map[string]string{}
	if strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/") {
		if err := r.ParseMultipartForm(32 << 20); err != nil {
			writeErr(w, bad("can't parse multipart form"))
			return
		}
		for k, fhs := range r.MultipartForm.File {
			f, err := fhs[0].Open()
			if err == nil {
				var buf bytes.Buffer
				_, _ = buf.ReadFrom(f)
				f.Close()
				files[k], names[k] = buf.Bytes(), fhs[0].Filename
			}
		}
	} else if err := r.ParseForm(); err != nil {
		writeErr(w, bad("can't parse form"))
		return
	}
	p := r.Form
	s.mu.Lock()
	now := time.Now()
	s.calls = append(s.calls, Call{Method: method, Params: p, At: now})
	fault := s.fault
	chat, _ := strconv.ParseInt(p.Get("chat_id"), 10, 64)
	after, limited := s.overLimit(method, chat, now)
	s.notify()
	s.mu.Unlock()
	if limited {
		writeJSON(w, http.StatusTooManyRequests, map[string]any{"ok": false, "error_code": 429,
			"description": fmt.Sprintf("Too Many Requests: retry after %d", after), "parameters": map[string]any{"retry_after": after}})
		return
	}
	if fault != nil {
		if f := fault(method, p); f != nil {
			if f.Code == -1 {
				panic(http.ErrAbortHandler)
			}
			desc := f.Description
			if desc == "" && f.Code == 429 {
				desc = fmt.Sprintf("Too Many Requests: retry after %d", f.RetryAfter)
			}
			body := map[string]any{"ok": false, "error_code": f.Code, "description": desc}
			if f.RetryAfter > 0 {
				body["parameters"] = map[string]any{"retry_after": f.RetryAfter}
			}
			writeJSON(w, f.Code, body)
			return
		}
	}
	if method == "getUpdates" {
		s.getUpdates(w, r, p)
		return
	}
	result, e := s.call(method, p, files, names)
	if e != nil {
		writeErr(w, e)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"ok": true, "result": result})
}

func writeErr(w http.ResponseWriter, e *apiErr) {
	writeJSON(w, e.code, map[string]any{"ok": false, "error_code": e.code, "description": e.desc})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) download(w http.ResponseWriter, path string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, f := range s.files {
		if f.path == path {
			_, _ = w.Write(f.data)
			return
		}
	}
	http.NotFound(w, nil)
}

// getUpdates long-polls: it answers at once when updates at or above the
// offset wait, else when one arrives or the timeout passes. Updates below
// the offset are confirmed and forgotten, as Telegram does.
func (s *Server) getUpdates(w http.ResponseWriter, r *http.Request, p url.Values) {
	offset, _ := strconv.Atoi(p.Get("offset"))
	limit, _ := strconv.Atoi(p.Get("limit"))
	if limit <= 0 || limit > 100 {
		limit = 100
	}
	timeout, _ := strconv.Atoi(p.Get("timeout"))
	deadline := time.After(time.Duration(timeout) * time.Second)
	for {
		s.mu.Lock()
		if s.webhookURL != "" {
			s.mu.Unlock()
			writeErr(w, &apiErr{409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"})
			return
		}
		if offset != 0 {
			kept := s.updates[:0]
			for _, u := range s.updates {
				if u.id >= offset {
					kept = append(kept, u)
				}
			}
			s.updates = kept
		}
		var out []json.RawMessage
		for _, u := range s.updates {
			if len(out) < limit {
				out = append(out, u.raw)
			}
		}
		ch := s.changed
		s.mu.Unlock()
		if len(out) > 0 || timeout == 0 {
			if out == nil {
				out = []json.RawMessage{}
			}
			writeJSON(w, http.StatusOK, map[string]any{"ok": true, "result": out})
			return
		}
		select {
		case <-ch:
		case <-deadline:
			timeout = 0
		case <-r.Context().Done():
			return
		case <-s.stopHook:
			return
		}
	}
}

func units(s string) int { return len(utf16.Encode([]rune(s))) }

// call does one Bot API method other than getUpdates.
func (s *Server) call(method string, p url.Values, files map[string][]byte, names map[string]string) (any, *apiErr) {
	s.mu.Lock()
	defer s.mu.Unlock()
	chat, _ := strconv.ParseInt(p.Get("chat_id"), 10, 64)
	switch method {
	case "getMe":
		return map[string]any{"id": s.Bot.ID, "is_bot": true, "first_name": s.Bot.FirstName, "username": s.Bot.UserName}, nil
	case "setMyCommands":
		var scope struct{ Type string }
		_ = json.Unmarshal([]byte(p.Get("scope")), &scope)
		if scope.Type == "" {
			scope.Type = "default"
		}
		var cmds []map[string]string
		if err := json.Unmarshal([]byte(p.Get("commands")), &cmds); err != nil {
			return nil, bad("can't parse commands")
		}
		for _, c := range cmds {
			if c["command"] == "" || len(c["command"]) > 32 || strings.ToLower(c["command"]) != c["command"] || c["description"] == "" || units(c["description"]) > 256 {
				return nil, bad("BOT_COMMAND_INVALID")
			}
		}
		s.commands[scope.Type] = json.RawMessage(p.Get("commands"))
		return true, nil
	case "setWebhook":
		s.webhookURL, s.secret = p.Get("url"), p.Get("secret_token")
		if s.webhookURL != "" {
			go s.deliver(s.webhookURL, s.secret)
		}
		return true, nil
	case "deleteWebhook":
		s.webhookURL, s.secret = "", ""
		return true, nil
	case "sendMessage":
		text := p.Get("text")
		if text == "" {
			return nil, bad("message text is empty")
		}
		if units(text) > 4096 {
			return nil, bad("message is too long")
		}
		return s.newMessage(chat, "text", text, p, nil, "", nil)
	case "sendPhoto", "sendDocument":
		field := strings.ToLower(strings.TrimPrefix(method, "send"))
		data, ok := files[field]
		if !ok {
			return nil, bad("there is no " + field + " in the request")
		}
		if units(p.Get("caption")) > 1024 {
			return nil, bad("message caption is too long")
		}
		return s.newMessage(chat, field, p.Get("caption"), p, data, names[field], nil)
	case "sendPoll":
		return s.sendPoll(chat, p)
	case "editMessageText", "editMessageReplyMarkup":
		id, _ := strconv.Atoi(p.Get("message_id"))
		m, ok := s.msgs[id]
		if !ok || m.Chat != chat || m.From != s.Bot.ID {
			return nil, bad("message to edit not found")
		}
		buttons, e := parseKeyboard(p.Get("reply_markup"))
		if e != nil {
			return nil, e
		}
		text := m.Text
		if method == "editMessageText" {
			if m.Kind != "text" {
				return nil, bad("there is no text in the message to edit")
			}
			if text = p.Get("text"); text == "" {
				return nil, bad("message text is empty")
			}
			if units(text) > 4096 {
				return nil, bad("MESSAGE_TOO_LONG")
			}
		}
		if text == m.Text && sameKeyboard(buttons, m.Buttons) {
			return nil, bad("message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message")
		}
		m.Text, m.Buttons = text, buttons
		m.Edits++
		s.emit(m)
		return s.messageJSON(m), nil
	case "stopPoll":
		id, _ := strconv.Atoi(p.Get("message_id"))
		m, ok := s.msgs[id]
		if !ok || m.Chat != chat || m.Poll == nil {
			return nil, bad("message with poll to stop not found")
		}
		if m.Poll.Closed {
			return nil, bad("poll has already been closed")
		}
		m.Poll.Closed = true
		s.emit(m)
		return s.messageJSON(m)["poll"], nil
	case "answerCallbackQuery":
		id := p.Get("callback_query_id")
		if !s.pending[id] {
			return nil, bad("query is too old and response timeout expired or query ID is invalid")
		}
		if units(p.Get("text")) > 200 {
			return nil, bad("MESSAGE_TOO_LONG")
		}
		delete(s.pending, id)
		s.callbacks = append(s.callbacks, Callback{ID: id, Text: p.Get("text"), Alert: p.Get("show_alert") == "true", At: time.Now()})
		return true, nil
	case "getChatMember":
		user, _ := strconv.ParseInt(p.Get("user_id"), 10, 64)
		status := s.members[fmt.Sprint(chat, ":", user)]
		if status == "" {
			status = "member"
		}
		return map[string]any{"status": status, "user": map[string]any{"id": user, "is_bot": false, "first_name": "user"}}, nil
	case "getFile":
		f, ok := s.files[p.Get("file_id")]
		if !ok {
			return nil, bad("invalid file_id")
		}
		return map[string]any{"file_id": p.Get("file_id"), "file_unique_id": "u", "file_size": len(f.data), "file_path": f.path}, nil
	}
	return nil, &apiErr{404, "Not Found: method not found"}
}

func (s *Server) newMessage(chat int64, kind, text string, p url.Values, data []byte, name string, poll *Poll) (any, *apiErr) {
	if s.blocked[chat] {
		return nil, &apiErr{403, "Forbidden: bot was blocked by the user"}
	}
	if chat == 0 {
		return nil, bad("chat not found")
	}
	buttons, e := parseKeyboard(p.Get("reply_markup"))
	if e != nil {
		return nil, e
	}
	replyTo, _ := strconv.Atoi(p.Get("reply_to_message_id"))
	m := &Message{ID: s.nextMsg, Chat: chat, From: s.Bot.ID, Kind: kind, Text: text, Buttons: buttons, ReplyTo: replyTo, File: data, Name: name, Poll: poll}
	s.nextMsg++
	s.msgs[m.ID] = m
	s.order = append(s.order, m.ID)
	s.emit(m)
	return s.messageJSON(m), nil
}

func (s *Server) sendPoll(chat int64, p url.Values) (any, *apiErr) {
	var opts []string
	if err := json.Unmarshal([]byte(p.Get("options")), &opts); err != nil || len(opts) < 2 || len(opts) > 10 {
		return nil, bad("POLL_ANSWERS_INVALID")
	}
	for _, o := range opts {
		if o == "" || units(o) > 100 {
			return nil, bad("POLL_ANSWERS_INVALID")
		}
	}
	q := p.Get("question")
	if q == "" || units(q) > 300 {
		return nil, bad("POLL_QUESTION_INVALID")
	}
	correct, err := strconv.Atoi(p.Get("correct_option_id"))
	if p.Get("type") == "quiz" && (err != nil || correct < 0 || correct >= len(opts)) {
		return nil, bad("wrong correct option ID specified")
	}
	if units(p.Get("explanation")) > 200 || strings.Count(p.Get("explanation"), "\n") > 2 {
		return nil, bad("message caption is too long")
	}
	period, _ := strconv.Atoi(p.Get("open_period"))
	if p.Has("open_period") && (period < 5 || period > 600) {
		return nil, bad("wrong open period specified")
	}
	s.nextPoll++
	poll := &Poll{ID: "poll" + strconv.Itoa(s.nextPoll), Question: q, Options: opts, Type: p.Get("type"),
		Anonymous: p.Get("is_anonymous") != "false", Correct: correct, Explanation: p.Get("explanation"),
		OpenPeriod: period, Votes: make([]int, len(opts))}
	res, e := s.newMessage(chat, "poll", q, p, nil, "", poll)
	if e != nil {
		return nil, e
	}
	s.polls[poll.ID] = s.msgs[res.(map[string]any)["message_id"].(int)]
	return res, nil
}

func parseKeyboard(raw string) ([][]Button, *apiErr) {
	if raw == "" {
		return nil, nil
	}
	var kb struct {
		InlineKeyboard [][]Button `json:"inline_keyboard"`
	}
	if err := json.Unmarshal([]byte(raw), &kb); err != nil {
		return nil, bad("can't parse reply keyboard markup JSON object")
	}
	for _, row := range kb.InlineKeyboard {
		for _, b := range row {
			if b.Text == "" {
				return nil, bad("text buttons are unallowed in the inline keyboard")
			}
			if b.Data == "" || len(b.Data) > 64 {
				return nil, bad("BUTTON_DATA_INVALID")
			}
		}
	}
	if len(kb.InlineKeyboard) == 0 {
		return nil, nil
	}
	return kb.InlineKeyboard, nil
}

func sameKeyboard(a, b [][]Button) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return bytes.Equal(x, y)
}

// emit tells the OnMessage hook. Call with s.mu held; the hook runs later.
func (s *Server) emit(m *Message) {
	s.notify()
	if f := s.onMessage; f != nil {
		c := copyMsg(m)
		go f(c)
	}
}

// deliver posts updates to the webhook, in order, with the secret, until
// the webhook changes. Delivered updates are forgotten.
func (s *Server) deliver(to, secret string) {
	client := &http.Client{Timeout: 10 * time.Second}
	for {
		s.mu.Lock()
		if s.webhookURL != to || s.secret != secret {
			s.mu.Unlock()
			return
		}
		var next *update
		if len(s.updates) > 0 {
			u := s.updates[0]
			next = &u
		}
		ch := s.changed
		s.mu.Unlock()
		if next == nil {
			select {
			case <-ch:
			case <-s.stopHook:
				return
			}
			continue
		}
		req, _ := http.NewRequest(http.MethodPost, to, bytes.NewReader(next.raw))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
		resp, err := client.Do(req)
		ok := err == nil && resp.StatusCode == http.StatusOK
		if resp != nil {
			resp.Body.Close()
		}
		if !ok {
			select {
			case <-time.After(50 * time.Millisecond):
			case <-s.stopHook:
				return
			}
			continue
		}
		s.mu.Lock()
		if len(s.updates) > 0 && s.updates[0].id == next.id {
			s.updates = s.updates[1:]
		}
		s.notify()
		s.mu.Unlock()
	}
}
