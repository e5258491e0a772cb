package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"quizbot/bot"
	"quizbot/quiz"
)

// The student's live page: what the class shows now (from the store, as
// the projector reads it) and the student's own part in it: their answer to
// the question, their verdict and the explanation once it is revealed,
// their points and place. It is sent whole on every change and on every
// connection, so that a reload, a second tab or a dropped connection picks
// up where the student is.

// playView is the student's page as JSON.
type playView struct {
	Name     string        `json:"name"`
	Topic    string        `json:"topic"`
	State    string        `json:"state"`  // lobby, asking, paused (after a reveal), done
	Number   int           `json:"number"` // 1-based number of the question shown
	Total    int           `json:"total"`
	Seconds  int           `json:"seconds"`
	Deadline time.Time     `json:"deadline,omitzero"`
	Now      time.Time     `json:"now"`
	Students int           `json:"students"`
	Question *playQuestion `json:"question,omitempty"`
	Mine     *playAnswer   `json:"mine,omitempty"` // the student's answer to the question shown
	Points   int           `json:"points"`
	Right    int           `json:"right"`
	Answered int           `json:"answered"`
	// Place is the student's place in the class after a reveal and at the
	// end, 0 before their first answer; equal points share a place.
	Place int `json:"place"`
}

type playQuestion struct {
	Kind    quiz.Kind `json:"kind"`
	Text    string    `json:"text"`
	Options []string  `json:"options"`
	// After the reveal: the answer, the 1-based right option (0 for typed
	// kinds) and the source sentence.
	Answer      string `json:"answer,omitempty"`
	Correct     int    `json:"correct,omitempty"`
	Explanation string `json:"explanation,omitempty"`
}

type playAnswer struct {
	Option  int    `json:"option,omitempty"` // 1-based, in the order shown; 0 for a typed answer
	Text    string `json:"text"`
	Correct bool   `json:"correct"`
	Points  int    `json:"points"`
}

// snapshot is a class as every student's view reads it, read at most every
// minGap however many students watch.
type snapshot struct {
	at      time.Time
	dirty   bool // a change was made here since: the next view reads anew
	round   *quiz.Round
	members []quiz.User
	atts    []quiz.Attempt
	shown   *quiz.Question // the question of round.Seq, options as shown
}

// cached returns the class's last snapshot, nil if none.
func (p *play) cached(classID int64) *snapshot {
	p.snapMu.Lock()
	defer p.snapMu.Unlock()
	return p.snaps[classID]
}

// snap returns the class's snapshot, read anew when older than minGap or
// changed here since. One view reads at a time; the others wait for its
// result.
func (p *play) snap(ctx context.Context, cl *quiz.Class) (*snapshot, error) {
	p.fetchMu.Lock()
	defer p.fetchMu.Unlock()
	if sn := p.cached(cl.ID); sn != nil && !sn.dirty && time.Since(sn.at) < minGap {
		return sn, nil
	}
	sn := &snapshot{at: time.Now()}
	var err error
	if sn.round, err = p.s.store.ClassRound(ctx, cl.ID); err != nil {
		return nil, fmt.Errorf("read class round: %w", err)
	}
	if sn.members, err = p.s.store.ClassMembers(ctx, cl.ID); err != nil {
		return nil, fmt.Errorf("read class members: %w", err)
	}
	if r := sn.round; r != nil && r.State != quiz.Lobby && !r.AskedAt.IsZero() {
		if sn.atts, err = p.s.store.RoundAttempts(ctx, r.ID); err != nil {
			return nil, fmt.Errorf("read class answers: %w", err)
		}
		stored, err := p.s.store.Question(ctx, r.QuestionIDs[r.Seq])
		if err != nil {
			return nil, fmt.Errorf("read class question: %w", err)
		}
		sn.shown = bot.Shown(stored, r.ID, r.Seq)
	}
	p.snapMu.Lock()
	defer p.snapMu.Unlock()
	// Snapshots of classes nobody watches any more are swept now and then.
	for id, old := range p.snaps {
		if time.Since(old.at) > time.Minute {
			delete(p.snaps, id)
		}
	}
	p.snaps[cl.ID] = sn
	return sn, nil
}

// round returns the class's round as the views last read it, or from the
// store when they have not lately: for answers, which the bot checks
// against the store anyway.
func (p *play) round(ctx context.Context, cl *quiz.Class) (*quiz.Round, error) {
	if sn := p.cached(cl.ID); sn != nil && time.Since(sn.at) < minGap {
		return sn.round, nil
	}
	return p.s.store.ClassRound(ctx, cl.ID)
}

// forget marks the class's snapshot changed after a change made here (a
// join, an answer), so that the next view, a reload's, shows it; and wakes
// the views, which otherwise wait for their tick when the class runs
// elsewhere.
func (p *play) forget(classID int64) {
	p.snapMu.Lock()
	if sn := p.snaps[classID]; sn != nil && !sn.dirty {
		changed := *sn
		changed.dirty = true
		p.snaps[classID] = &changed
	}
	p.snapMu.Unlock()
	p.s.bump()
}

// view is the student's page now.
func (p *play) view(ctx context.Context, cl *quiz.Class, st *student) (*playView, error) {
	sn, err := p.snap(ctx, cl)
	if err != nil {
		return nil, err
	}
	v := &playView{Name: st.Name, Topic: cl.Topic, Now: p.s.cfg.Now().UTC(), Students: len(sn.members), State: quiz.Done}
	var me int64
	for _, m := range sn.members {
		if m.Platform == Platform && m.PlatformID == st.ID {
			me = m.ID
		}
	}
	r := sn.round
	if r == nil {
		return v, nil
	}
	v.State, v.Total, v.Seconds = r.State, len(r.QuestionIDs), r.TimeLimit
	if r.State != quiz.Done {
		v.Deadline = r.Deadline.UTC()
	}
	if sn.shown == nil {
		return v, nil // the lobby, or a class closed before its first question
	}
	for _, a := range sn.atts {
		if a.UserID != me || me == 0 {
			continue
		}
		v.Points += a.Points
		v.Answered++
		if a.Correct {
			v.Right++
		}
	}
	q := sn.shown
	v.Number = r.Seq + 1
	v.Question = &playQuestion{Kind: q.Kind, Text: q.Stem, Options: q.Options}
	if v.Question.Options == nil {
		v.Question.Options = []string{}
	}
	for _, a := range sn.atts {
		if a.UserID == me && me != 0 && a.Seq == r.Seq {
			// Typed guesses may be several: the last one stands.
			v.Mine = &playAnswer{Text: a.Answer, Correct: a.Correct, Points: a.Points}
			for i, o := range q.Options {
				if o == a.Answer {
					v.Mine.Option = i + 1
				}
			}
		}
	}
	if r.State == quiz.Asking {
		return v, nil // the answer and the standings wait for the reveal
	}
	v.Question.Answer, v.Question.Explanation = q.Answer, q.Explanation
	if q.Kind.Choice() {
		v.Question.Correct = q.AnswerIndex() + 1
	}
	if v.Answered > 0 {
		for _, l := range leaders(sn.atts, len(sn.atts)) {
			if l.id == me {
				v.Place = l.Place
			}
		}
	}
	return v, nil
}

// events is GET /play/{code}/events: the student's page as server-sent
// events, one "state" event whenever it changes (and one at once on every
// connection), until the class is over (an "end" event).
func (p *play) events(w http.ResponseWriter, r *http.Request) {
	cl, st, err := p.classOf(r)
	if err != nil {
		p.s.log.Error("find class by code", "err", err)
		http.Error(w, quiz.ErrorMessage(err), http.StatusInternalServerError)
		return
	}
	if st == nil {
		http.Error(w, "Join the class first at /play.", http.StatusUnauthorized)
		return
	}
	rc := http.NewResponseController(w)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	fmt.Fprint(w, "retry: 2000\n\n")
	if err := rc.Flush(); err != nil {
		return
	}
	tick := time.NewTicker(p.s.cfg.Tick)
	defer tick.Stop()
	beat := time.NewTicker(p.s.cfg.Heartbeat)
	defer beat.Stop()
	var last []byte
	for {
		moved := p.s.changed()
		readAt := time.Now()
		v, err := p.view(r.Context(), cl, st)
		if err != nil {
			if r.Context().Err() == nil {
				p.s.log.Error("student view", "class", cl.ID, "err", err)
			}
			return
		}
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
				return
			}
			if err := rc.Flush(); err != nil {
				return
			}
		}
		select {
		case <-r.Context().Done():
			return
		case <-p.s.closing:
			return
		case <-beat.C:
			fmt.Fprint(w, ": still here\n\n")
			if err := rc.Flush(); err != nil {
				return
			}
		case <-tick.C:
		case <-moved:
			if d := minGap - time.Since(readAt); d > 0 {
				select {
				case <-time.After(d):
				case <-r.Context().Done():
					return
				}
			}
		}
	}
}

// ClassCode is the code of a class opened from the teacher's page: its
// chat's id (bot.Coded).
func (s *Server) ClassCode(chat bot.Chat) string {
	if chat.Platform == Platform {
		return chat.ID
	}
	return ""
}

// Invite is the line a class's lobby in a group or a channel adds, so that
// students without the app join from a browser (bot.Guests).
func (s *Server) Invite(chat bot.Chat, code string) string {
	if chat.Platform == Platform {
		return "" // the teacher's page shows the code itself
	}
	return fmt.Sprintf("🌐 Class code %s. No app? Join in a browser: %s/play?code=%s", code, s.cfg.BaseURL, code)
}

var (
	_ bot.Guests = (*Server)(nil)
	_ bot.Coded  = (*Server)(nil)
)
