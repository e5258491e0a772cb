package discordtest

import (
	"encoding/json"
	"errors"
	"net/http"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Identify is what a client sent in its gateway Identify (op 2).
type Identify struct {
	Token   string  `json:"token"`
	Intents int     `json:"intents"`
	Shard   *[2]int `json:"shard"`
}

// gateway speaks enough of Discord's gateway protocol for a bot that only
// receives interactions: Hello, Identify, Ready, heartbeats, dispatches.
type gateway struct {
	s          *Server
	up         websocket.Upgrader
	identified chan Identify

	mu    sync.Mutex
	conns []*gwConn
	seq   int
}

type gwConn struct {
	mu sync.Mutex
	c  *websocket.Conn
}

func (g *gwConn) write(v any) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.c.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return g.c.WriteJSON(v)
}

func newGateway(s *Server) *gateway {
	return &gateway{s: s, identified: make(chan Identify, 16)}
}

// Identified delivers each Identify the gateway accepted.
func (s *Server) Identified() <-chan Identify { return s.gw.identified }

// Dispatch sends an INTERACTION_CREATE event to every connected client.
func (s *Server) Dispatch(in *Interaction) error {
	g := s.gw
	g.mu.Lock()
	conns := append([]*gwConn(nil), g.conns...)
	g.seq++
	seq := g.seq
	g.mu.Unlock()
	if len(conns) == 0 {
		return errors.New("discordtest: no gateway connection")
	}
	ev := map[string]any{"op": 0, "t": "INTERACTION_CREATE", "s": seq, "d": json.RawMessage(in.Body)}
	for _, c := range conns {
		if err := c.write(ev); err != nil {
			return err
		}
	}
	return nil
}

func (g *gateway) serve(w http.ResponseWriter, r *http.Request) {
	conn, err := g.up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	gc := &gwConn{c: conn}
	defer conn.Close()
	if gc.write(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 41250}}) != nil {
		return
	}
	var id struct {
		Op int      `json:"op"`
		D  Identify `json:"d"`
	}
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	if err := conn.ReadJSON(&id); err != nil || id.Op != 2 {
		return
	}
	conn.SetReadDeadline(time.Time{})
	if id.D.Token != "Bot "+g.s.Token {
		conn.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4004, "Authentication failed."))
		return
	}
	g.mu.Lock()
	g.seq++
	seq := g.seq
	g.mu.Unlock()
	ready := map[string]any{"op": 0, "t": "READY", "s": seq, "d": map[string]any{
		"v": 10, "session_id": "fake-session", "resume_gateway_url": "ws://unused",
		"user":        map[string]any{"id": g.s.AppID, "username": "quizbot", "bot": true},
		"guilds":      []any{},
		"shard":       id.D.Shard,
		"application": map[string]any{"id": g.s.AppID},
	}}
	if gc.write(ready) != nil {
		return
	}
	g.mu.Lock()
	g.conns = append(g.conns, gc)
	g.mu.Unlock()
	g.identified <- id.D
	defer g.drop(gc)
	for {
		var m struct {
			Op int `json:"op"`
		}
		if err := conn.ReadJSON(&m); err != nil {
			return
		}
		if m.Op == 1 {
			if gc.write(map[string]any{"op": 11}) != nil {
				return
			}
		}
	}
}

func (g *gateway) drop(gc *gwConn) {
	g.mu.Lock()
	defer g.mu.Unlock()
	for i, c := range g.conns {
		if c == gc {
			g.conns = append(g.conns[:i], g.conns[i+1:]...)
			return
		}
	}
}

func (g *gateway) close() {
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, c := range g.conns {
		c.c.Close()
	}
	g.conns = nil
}
