package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"time"

	"quizbot/bot"
	"quizbot/quiz"
)

// The live view of a class, for the projector: what the class sees now,
// read from the store so that a class started from any chat can be
// followed. GET /api/classes/{id}/events sends it as server-sent events
// ("state") each time it changes: it looks every tick, and at once when the
// bot speaks in a browser class's chat.

// liveView is the class as the projector shows it.
type liveView struct {
	Class    int64         `json:"class"`
	Code     string        `json:"code,omitempty"` // for students joining in a browser
	Topic    string        `json:"topic"`
	Chat     string        `json:"chat"`
	Platform string        `json:"platform"`
	State    string        `json:"state"`  // lobby, asking, paused (after a reveal), done
	Number   int           `json:"number"` // 1-based number of the question shown
	Total    int           `json:"total"`
	Question *liveQuestion `json:"question,omitempty"`
	// Deadline ends the current state (lobby, question, pause); Now is the
	// server's clock, so that a browser with a wrong clock counts down right.
	Deadline time.Time `json:"deadline,omitzero"`
	Now      time.Time `json:"now"`
	Seconds  int       `json:"seconds"` // per question
	Students int       `json:"students"`
	Joined   []string  `json:"joined"`
	Answered int       `json:"answered"` // of the question shown
	// After the reveal: how many picked each option, the right one, and
	// the top five; at the end the top five are the podium and beyond.
	Counts  []int        `json:"counts,omitempty"`
	Correct int          `json:"correct"` // index of the right option; -1 until the reveal
	Right   int          `json:"right"`   // answers that were right, after the reveal
	Top     []liveLeader `json:"top"`
}

type liveQuestion struct {
	ID      string    `json:"id"`
	Kind    quiz.Kind `json:"kind"`
	Text    string    `json:"text"`
	Options []string  `json:"options"`
	Answer  string    `json:"answer,omitempty"` // after the reveal
}

type liveLeader struct {
	Name     string `json:"name"`
	Points   int    `json:"points"`
	Correct  int    `json:"correct"`
	Answered int    `json:"answered"`
	Place    int    `json:"place"` // equal points share a place
	id       int64  // the player's user id
}

// minGap spaces the reads of a live view woken by the bot, so that a burst
// of answers costs a few reads, not one per answer per projector.
const minGap = 50 * time.Millisecond

// maxJoinedNames bounds the names shown in the lobby.
const maxJoinedNames = 60

// liveView reads the class as it is now.
func (s *Server) liveView(ctx context.Context, c *quiz.Class) (*liveView, error) {
	v := &liveView{Class: c.ID, Topic: c.Topic, Chat: c.ChatTitle, Platform: c.Platform, Now: s.cfg.Now().UTC(),
		Correct: -1, Joined: []string{}, Top: []liveLeader{}}
	r, err := s.store.ClassRound(ctx, c.ID)
	if err != nil {
		return nil, fmt.Errorf("read class round: %w", err)
	}
	members, err := s.store.ClassMembers(ctx, c.ID)
	if err != nil {
		return nil, fmt.Errorf("read class members: %w", err)
	}
	v.Students = len(members)
	for i, m := range members {
		if i == maxJoinedNames {
			break
		}
		v.Joined = append(v.Joined, m.Name)
	}
	if r == nil {
		v.State = quiz.Done
		return v, nil
	}
	v.State, v.Total, v.Seconds = r.State, len(r.QuestionIDs), r.TimeLimit
	if r.State != quiz.Done {
		v.Deadline = r.Deadline.UTC()
		v.Code = c.Code // students join by it, wherever the class runs
	}
	if r.State == quiz.Lobby {
		return v, nil
	}
	all, err := s.store.RoundAttempts(ctx, r.ID)
	if err != nil {
		return nil, fmt.Errorf("read class answers: %w", err)
	}
	v.Top = leaders(all, 5)
	if r.State == quiz.Done {
		return v, nil
	}
	v.Number = r.Seq + 1
	stored, err := s.store.Question(ctx, r.QuestionIDs[r.Seq])
	if err != nil {
		return nil, fmt.Errorf("read class question: %w", err)
	}
	// The options in the order the class's chat shows them.
	q := bot.Shown(stored, r.ID, r.Seq)
	v.Question = &liveQuestion{ID: q.ID, Kind: q.Kind, Text: q.Stem, Options: q.Options}
	if v.Question.Options == nil {
		v.Question.Options = []string{}
	}
	who := map[int64]bool{}
	var these []quiz.Attempt
	right := 0
	for _, a := range all {
		if a.Seq != r.Seq {
			continue
		}
		who[a.UserID] = true
		these = append(these, a)
		if a.Correct {
			right++
		}
	}
	counts := bot.OptionCounts(q, these)
	v.Answered = len(who)
	if r.State == quiz.Paused {
		v.Counts, v.Correct, v.Right, v.Question.Answer = counts, q.AnswerIndex(), right, q.Answer
	} else {
		v.Top = []liveLeader{} // standings wait for the reveal
	}
	return v, nil
}

// leaders ranks the players of a round by points, the first n of them;
// equal points share a place.
func leaders(atts []quiz.Attempt, n int) []liveLeader {
	by := map[int64]*liveLeader{}
	var order []int64
	for _, a := range atts {
		if a.UserID == 0 {
			continue
		}
		l := by[a.UserID]
		if l == nil {
			l = &liveLeader{Name: a.UserName, id: a.UserID}
			by[a.UserID] = l
			order = append(order, a.UserID)
		}
		l.Points += a.Points
		l.Answered++
		if a.Correct {
			l.Correct++
		}
	}
	out := make([]liveLeader, 0, len(order))
	for _, id := range order {
		out = append(out, *by[id])
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Points > out[j].Points })
	for i := range out {
		out[i].Place = i + 1
		if i > 0 && out[i].Points == out[i-1].Points {
			out[i].Place = out[i-1].Place
		}
	}
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// classEvents is GET /api/classes/{id}/events: the live view as server-sent
// events, one "state" event whenever it changes, until the class is over
// (an "end" event) or the browser leaves.
func (s *Server) classEvents(w http.ResponseWriter, r *http.Request, sess *quiz.Session) error {
	c, err := s.ownClass(r, sess)
	if err != nil {
		return err
	}
	rc := http.NewResponseController(w)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no") // proxies must not hold events back
	w.WriteHeader(http.StatusOK)
	fmt.Fprint(w, "retry: 2000\n\n")
	if err := rc.Flush(); err != nil {
		return nil
	}
	tick := time.NewTicker(s.cfg.Tick)
	defer tick.Stop()
	beat := time.NewTicker(s.cfg.Heartbeat)
	defer beat.Stop()
	var last []byte
	for {
		moved := s.changed() // before reading, so that no change slips between
		readAt := time.Now()
		v, err := s.liveView(r.Context(), c)
		if err != nil {
			if r.Context().Err() == nil {
				s.log.Error("live view", "class", c.ID, "err", err)
			}
			return nil
		}
		// The server's clock moves every tick: compare without it.
		now := v.Now
		v.Now = time.Time{}
		cmp, _ := json.Marshal(v)
		if !bytes.Equal(cmp, last) {
			last = cmp
			v.Now = now
			data, _ := json.Marshal(v)
			fmt.Fprintf(w, "event: state\ndata: %s\n\n", data)
			if v.State == quiz.Done {
				fmt.Fprint(w, "event: end\ndata: {}\n\n")
				rc.Flush()
				return nil
			}
			if err := rc.Flush(); err != nil {
				return nil
			}
		}
		select {
		case <-r.Context().Done():
			return nil
		case <-s.closing:
			return nil
		case <-beat.C:
			fmt.Fprint(w, ": still here\n\n")
			if err := rc.Flush(); err != nil {
				return nil
			}
		case <-tick.C:
		case <-moved:
			// The bot spoke in a web chat, after writing to the store.
			// Classes in other chats wait for the tick. A burst of answers
			// is read at most every minGap.
			if d := minGap - time.Since(readAt); d > 0 {
				select {
				case <-time.After(d):
				case <-r.Context().Done():
					return nil
				}
			}
		}
	}
}
