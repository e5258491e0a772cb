package bot

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"quizbot/bot/chart"
	"quizbot/quiz"
)

// The live class: /class start opens a lobby (a round of ModeClass in state
// Lobby) with Join and Start buttons; the teacher's Start asks the first
// question; only students who joined may answer, each once; the question
// closes when all of them answered or its time is up; each reveal shows the
// distribution of answers and the top 5, and the end a podium and each
// student's own result in private.

// Live class limits.
const (
	LobbyTime    = 30 * time.Minute // a lobby not started by then closes
	MaxClassSize = 50               // questions in one live class
)

// parseClassArgs reads "[topic words] [count] [seconds]": one trailing
// number is the count, two are the count and the seconds; counted says
// whether a count was typed.
func parseClassArgs(args string, defCount int) (topic string, count, seconds int, counted bool, err error) {
	words := strings.Fields(args)
	var nums []int
	for len(words) > 0 && len(nums) < 2 {
		v, convErr := strconv.Atoi(words[len(words)-1])
		if convErr != nil {
			break
		}
		nums = append([]int{v}, nums...)
		words = words[:len(words)-1]
	}
	count = defCount
	if len(nums) > 0 {
		count = nums[0]
	}
	if count < 1 || count > MaxClassSize {
		return "", 0, 0, false, quiz.Errorf(quiz.EINVALID, "A class quiz has 1 to %d questions.", MaxClassSize)
	}
	if len(nums) > 1 {
		seconds = nums[1]
		if seconds < 5 || seconds > 600 {
			return "", 0, 0, false, quiz.Errorf(quiz.EINVALID, "Give 5 to 600 seconds per question, for example: /class start history 10 30")
		}
	}
	return strings.Join(words, " "), count, seconds, len(nums) > 0, nil
}

// startClass is /class start [topic] [count] [seconds].
func (c *conv) startClass(ctx context.Context, args string) error {
	if !c.teacher() {
		return c.errTeacher()
	}
	typed, count, seconds, counted, err := parseClassArgs(args, c.s.cfg.RoundSize)
	if err != nil {
		return err
	}
	typed, count, err = c.s.findTopicCounted(ctx, typed, counted, count, MaxClassSize)
	if err != nil {
		return err
	}
	_, err = c.openClass(ctx, typed, count, seconds)
	return err
}

// openClass stores a class with its lobby and posts the lobby in the chat;
// seconds 0 is the chat's time per question.
func (c *conv) openClass(ctx context.Context, typed string, count, seconds int) (*quiz.Class, error) {
	topic, err := c.freeChat(ctx, typed)
	if err != nil {
		return nil, err
	}
	ids, err := c.s.pickChoice(ctx, c.chat.ID, topic, count)
	if err != nil {
		return nil, err
	}
	if seconds == 0 {
		seconds = c.s.timeLimit(c.chat)
	}
	code, invite := c.s.classCode(c.in.Chat)
	cl := &quiz.Class{ChatID: c.chat.ID, TeacherID: c.user.ID, Topic: topic, Code: code}
	r := &quiz.Round{ChatID: c.chat.ID, StarterID: c.user.ID, Mode: quiz.ModeClass, Topic: topic, QuestionIDs: ids,
		TimeLimit: seconds, State: quiz.Lobby, Deadline: c.s.now().Add(LobbyTime)}
	if err := c.s.store.CreateClass(ctx, cl, r); err != nil {
		return nil, err
	}
	// The lobby is a message of its own, not the answer to the command, so
	// that it stays editable for as long as the lobby lasts.
	lobby := lobbyReply(r, nil, invite)
	if !c.s.caps(c.in.Chat.Platform).Buttons {
		// No buttons to press here: the same steps, typed.
		lobby.Text = strings.Replace(lobby.Text, "Students: press Join (or send /class join). Teacher: press Start when everyone is in.",
			"Students: send /class join. Teacher: send /class begin when everyone is in.", 1)
	}
	// The lobby goes out in the chat's send lane (sendq.go), and
	// lobbySent records its message, or closes a lobby the chat never saw.
	c.s.arm(*r)
	// The callback runs in the lane while the conversation goes on: it
	// takes only these values, never the conversation.
	s, chatID, id, scope := c.s, c.chat.ID, r.ID, c.chat.Scope
	s.post(ctx, c.in.Chat, lobby, func(ctx context.Context, msgID string, err error) {
		s.lobbySent(ctx, chatID, scope, id, msgID, err)
	})
	return cl, nil
}

// lobbySent runs, in the chat's send lane, once the platform has taken (or
// refused) the lobby of round id: the lobby's message is recorded for its
// live list, or, since nobody can join a lobby the chat never saw, the
// lobby is closed rather than keep the chat busy until it expires.
func (s *Service) lobbySent(ctx context.Context, chatID int64, scope string, id int64, msgID string, sendErr error) {
	if ctx.Err() != nil {
		ctx = s.bg
	}
	l, err := s.lockChat(outOfLane(ctx), chatID)
	if err != nil {
		s.log.Error("lobby sent: lock chat", "round", id, "err", err)
		return
	}
	defer l.release() // in the lane: its sends queue behind this
	r, err := s.store.OpenRound(l.ctx, chatID)
	if err != nil || r == nil || r.ID != id || r.State != quiz.Lobby || r.MessageID != "" {
		if err != nil {
			s.log.Error("lobby sent: load round", "round", id, "err", err)
		}
		return
	}
	if sendErr != nil {
		s.log.Warn("send lobby: the chat did not get it; the lobby is closed", "round", id, "err", sendErr)
		s.disarm(r.ID)
		s.forgetLive(r.ID)
		err = s.store.FinishRound(l.ctx, r, scope)
	} else {
		r.MessageID = msgID
		err = s.store.UpdateRound(l.ctx, r)
	}
	if err != nil {
		s.log.Error("lobby sent: store round", "round", id, "err", err)
	}
}

// pickChoice chooses a live class's questions: choice questions only, so
// that every student answers once with a button and the reveal can show how
// the class split.
func (s *Service) pickChoice(ctx context.Context, chatID int64, topic string, n int) ([]string, error) {
	cands, err := s.store.Candidates(ctx, chatID, topic, n*20)
	if err != nil {
		return nil, err
	}
	var chosen []quiz.Question
	for _, q := range cands {
		if len(chosen) == n {
			break
		}
		if q.Kind.Choice() && !clashes(q, chosen) {
			chosen = append(chosen, q)
		}
	}
	if len(chosen) == 0 {
		return nil, quiz.Errorf(quiz.ENOTFOUND, "There are no multiple-choice or true/false questions to ask a class yet%s.", onTopic(topic))
	}
	ids := make([]string, len(chosen))
	for i, q := range chosen {
		ids[i] = q.ID
	}
	return ids, nil
}

func onTopic(topic string) string {
	if topic == "" {
		return ""
	}
	return " on " + topic
}

// lobbyReply is the lobby message: what the class is, who joined, and the
// Join and Start buttons.
// invite is the line under the lobby that tells guests how to join.
func lobbyReply(r *quiz.Round, members []quiz.User, invite string) Reply {
	var b strings.Builder
	what := "mixed topics"
	if r.Topic != "" {
		what = r.Topic
	}
	fmt.Fprintf(&b, "🎓 Class quiz: %s on %s, %d seconds each.\n", plural(len(r.QuestionIDs), "question"), what, r.TimeLimit)
	b.WriteString("Students: press Join (or send /class join). Teacher: press Start when everyone is in.\n")
	if invite != "" {
		b.WriteString(invite + "\n")
	}
	fmt.Fprintf(&b, "👥 Joined: %d", len(members))
	names := make([]string, 0, len(members))
	for i, m := range members {
		if i == 40 {
			names = append(names, fmt.Sprintf("and %d more", len(members)-i))
			break
		}
		names = append(names, m.Name)
	}
	if len(names) > 0 {
		b.WriteString(" — " + strings.Join(names, ", "))
	}
	id := strconv.FormatInt(r.ID, 10)
	return Reply{Text: b.String(), Buttons: []Button{{Label: "🙋 Join", Data: "j:" + id}, {Label: "▶️ Start", Data: "b:" + id}}}
}

// classRound returns the chat's open class round, or nil.
func (c *conv) classRound(ctx context.Context) (*quiz.Round, error) {
	r, err := c.s.store.OpenRound(ctx, c.chat.ID)
	if err != nil || r == nil || r.Mode != quiz.ModeClass {
		return nil, err
	}
	return r, nil
}

// joinClass is the lobby's Join button (data j:ROUND).
func (c *conv) joinClass(ctx context.Context, round int64) error {
	r, err := c.classRound(ctx)
	if err != nil {
		return err
	}
	if r == nil || r.ID != round {
		return c.notice(ctx, "That class is over.")
	}
	return c.join(ctx, r)
}

// joinCommand is /class join.
func (c *conv) joinCommand(ctx context.Context) error {
	r, err := c.classRound(ctx)
	if err != nil {
		return err
	}
	if r == nil {
		return quiz.Errorf(quiz.ENOTFOUND, "No class is open here. Your teacher opens one with /class start.")
	}
	return c.join(ctx, r)
}

// join adds the user to the class of r. Joining after Start is allowed:
// a late student answers from the open question on.
//
// It runs outside the chat's lock (Handle): the membership is stored, the
// student answered at once, and the lobby's list of names follows as a
// live edit (live_edit.go), one at a time with the latest count, so three
// hundred students joining within a second cost the chat a few edits and
// wait for none of them.
func (c *conv) join(ctx context.Context, r *quiz.Round) error {
	fresh, err := c.s.store.JoinClass(ctx, r.ClassID, c.user.ID)
	if err != nil {
		return err
	}
	if !fresh {
		return c.notice(ctx, fmt.Sprintf("You are in this class already, %s.", c.user.Name))
	}
	if r.State == quiz.Lobby {
		// The lobby's list of names follows as a live edit: a join never
		// waits for the chat's message budget.
		c.s.markLive(r.ID, lobbyStage, c.s.lobbyList(c.chat, *r))
		return c.notice(ctx, c.youreIn()+" Wait for the teacher's Start.")
	}
	return c.notice(ctx, c.youreIn()+" Answer from the open question on.")
}

// youreIn names the student in a group, where the toast may be seen beside
// others'; in a private chat (whose one user may be called "you") it needs
// no name.
func (c *conv) youreIn() string {
	if c.chat.Private || strings.TrimSpace(c.user.Name) == "" {
		return "✅ You're in!"
	}
	return fmt.Sprintf("✅ You're in, %s!", c.user.Name)
}

// beginClass is the teacher's Start button (data b:ROUND).
func (c *conv) beginClass(ctx context.Context, round int64) error {
	r, err := c.classRound(ctx)
	if err != nil {
		return err
	}
	if r == nil || r.ID != round {
		return c.notice(ctx, "That class is over.")
	}
	return c.begin(ctx, r)
}

// beginCommand is /class begin, for platforms without buttons.
func (c *conv) beginCommand(ctx context.Context) error {
	r, err := c.classRound(ctx)
	if err != nil {
		return err
	}
	if r == nil {
		return quiz.Errorf(quiz.ENOTFOUND, "No class is open here. Open one with /class start.")
	}
	return c.begin(ctx, r)
}

// begin asks the first question. Only the teacher who opened the class (or
// another admin) may; a platform may report admin rights only for commands,
// not for button presses, so the opener is recognised by id.
func (c *conv) begin(ctx context.Context, r *quiz.Round) error {
	if r.State != quiz.Lobby {
		return c.notice(ctx, "The class has started already.")
	}
	if r.StarterID != c.user.ID && !c.in.User.Admin {
		return c.notice(ctx, "Only the teacher who opened the class can start it.")
	}
	members, err := c.s.store.ClassMembers(ctx, r.ClassID)
	if err != nil {
		return err
	}
	if len(members) == 0 {
		return c.notice(ctx, "Nobody has joined yet: students press Join first.")
	}
	c.s.closeLive(r.ID, lobbyStage)
	c.s.lobbyStarted(ctx, c.chat, r, members)
	if err := c.notice(ctx, "▶️ Starting with "+plural(len(members), "student")+"."); err != nil {
		return err
	}
	return c.s.ask(ctx, c.chat, r)
}

// lobbyStarted edits the lobby message once the class has started: Join
// stays for latecomers, Start is done.
func (s *Service) lobbyStarted(ctx context.Context, chat *quiz.Chat, r *quiz.Round, members []quiz.User) {
	if r.MessageID == "" {
		return
	}
	lobby := lobbyReply(r, members, s.invite(ctx, chat, r))
	lobby.Text = strings.Replace(lobby.Text, "Students: press Join (or send /class join). Teacher: press Start when everyone is in.",
		"▶️ Started. Latecomers can still press Join.", 1)
	lobby.Buttons = lobby.Buttons[:1]
	if err := s.edit(ctx, chatOf(chat), r.MessageID, lobby); err != nil {
		s.log.Warn("edit lobby at start", "round", r.ID, "err", err)
	}
}

// endClass is /class end: the teacher ends the class early, results kept.
func (c *conv) endClass(ctx context.Context) error {
	r, err := c.classRound(ctx)
	if err != nil {
		return err
	}
	if r == nil {
		return quiz.Errorf(quiz.ENOTFOUND, "No class is running here.")
	}
	if !c.teacher() && r.StarterID != c.user.ID {
		return c.errTeacher()
	}
	if r.State == quiz.Lobby {
		return c.s.closeLobby(ctx, c.chat, r, "⏹ The teacher closed the class lobby.")
	}
	return c.s.finish(ctx, c.chat, r, "⏹ The teacher ended the class early.")
}

// lobbyExpired runs when a lobby waited too long for its teacher's Start.
func (s *Service) lobbyExpired(ctx context.Context, chat *quiz.Chat, r *quiz.Round) error {
	return s.closeLobby(ctx, chat, r, fmt.Sprintf("⌛ The class lobby closed: nobody pressed Start within %d minutes. Open a new one with /class start.",
		int(LobbyTime/time.Minute)))
}

// closeLobby ends a class that never started.
func (s *Service) closeLobby(ctx context.Context, chat *quiz.Chat, r *quiz.Round, why string) error {
	s.disarm(r.ID)
	s.forgetLive(r.ID)
	if err := s.store.FinishRound(ctx, r, chat.Scope); err != nil {
		return err
	}
	if r.MessageID != "" {
		if err := s.edit(ctx, chatOf(chat), r.MessageID, Reply{Text: "🎓 This class lobby is closed."}); err != nil {
			s.log.Warn("edit closed lobby", "round", r.ID, "err", err)
		}
	}
	_, err := s.send(ctx, chatOf(chat), Reply{Text: why})
	return err
}

// classAnswered runs after each recorded answer in a class round, outside
// the chat's lock: the reveal once every joined student answered (under the
// lock, if the question is still open), else a live edit of the "answered:
// n/m" count (see live_edit.go), which the answer does not wait for.
//
// Counts of one round are coalesced: while one runs, later answers only ask
// it to count again, so that a thousand answers within a second cost a few
// dozen counts rather than a thousand. The first pass runs here; passes
// for answers that came meanwhile run in the background, each for the
// question the latest of those answers was to: a count still running for
// a question just revealed must not take the next question's first
// answers for its own and leave them uncounted.
func (s *Service) classAnswered(ctx context.Context, chat *quiz.Chat, r *quiz.Round) {
	if !s.counting.start(chat, r) {
		return
	}
	s.countAnswered(ctx, chat, r)
	chat, r, again := s.counting.more(r.ID)
	if !again {
		return
	}
	if !s.begin() {
		s.counting.forget(r.ID)
		return
	}
	go func() {
		defer s.work.Done()
		ctx := context.WithoutCancel(ctx)
		for again {
			s.countAnswered(ctx, chat, r)
			chat, r, again = s.counting.more(r.ID)
		}
	}()
}

// countAnswered counts the answers to the open question once.
func (s *Service) countAnswered(ctx context.Context, chat *quiz.Chat, r *quiz.Round) {
	n, m, err := s.answeredCount(ctx, r)
	if err != nil {
		s.log.Error("count class answers", "round", r.ID, "err", err)
		return
	}
	if m > 0 && n >= m {
		if err := s.revealIfOpen(ctx, chat, r.ID, r.Seq, "✅ Everyone has answered."); err != nil {
			s.log.Error("reveal when everyone answered", "round", r.ID, "err", err)
		}
		return
	}
	if s.asPoll(chat) {
		return // a native poll cannot be edited into text; it counts votes itself
	}
	s.markLive(r.ID, r.Seq, s.classCount(chat, *r))
}

// coalesce tracks the rounds whose answers are being counted, whether an
// answer came since the count began, and which question it was to.
type coalesce struct {
	mu    sync.Mutex
	again map[int64]*recount // by round; present while a count runs
}

// recount is the count asked for by answers that came while one ran.
type recount struct {
	due   bool
	chat  *quiz.Chat
	round quiz.Round // as the latest answer saw it: the question to count
}

// start reports whether the caller is to count r's answers; if a count of
// the round runs already, it is asked to count again, for r's question if
// that is the later one.
func (c *coalesce) start(chat *quiz.Chat, r *quiz.Round) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.again == nil {
		c.again = map[int64]*recount{}
	}
	if rc, running := c.again[r.ID]; running {
		if !rc.due || r.Seq >= rc.round.Seq {
			rc.chat, rc.round = chat, *r
		}
		rc.due = true
		return false
	}
	c.again[r.ID] = &recount{}
	return true
}

// more returns what to count next if an answer came during the count that
// just ended; if none did, the count is over.
func (c *coalesce) more(id int64) (*quiz.Chat, *quiz.Round, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if rc := c.again[id]; rc != nil && rc.due {
		rc.due = false
		r := rc.round
		return rc.chat, &r, true
	}
	delete(c.again, id)
	return nil, nil, false
}

func (c *coalesce) forget(id int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.again, id)
}

// revealIfOpen reveals question seq of round roundID under the chat's lock,
// if it is still the open one: the last answers of a class may race each
// other and the timer to close it.
func (s *Service) revealIfOpen(ctx context.Context, chat *quiz.Chat, roundID int64, seq int, why string) error {
	ctx, unlock, err := s.lock(ctx, chat.ID)
	if err != nil {
		return err
	}
	defer unlock()
	r, err := s.store.OpenRound(ctx, chat.ID)
	if err != nil || r == nil || r.ID != roundID || r.Seq != seq || r.State != quiz.Asking {
		return err
	}
	return s.reveal(ctx, chat, r, why)
}

// answeredCount is how many joined students answered the open question, of
// how many joined. It runs after every answer of a class (coalesced, see
// classAnswered) and for every live edit of its count, so the store counts
// both rather than reading the lists: a pass costs the same for a class of
// three hundred as for one of three.
func (s *Service) answeredCount(ctx context.Context, r *quiz.Round) (n, m int, err error) {
	return s.store.CountAnswered(ctx, r.ID, r.Seq, r.ClassID)
}

// classReveal is the reveal of a class question, in one message so that a
// class costs its group few messages: the answer and its source, the
// distribution of answers (a chart and the same in text) and the top 5.
func (s *Service) classReveal(ctx context.Context, chat *quiz.Chat, r *quiz.Round, q *quiz.Question, atts []quiz.Attempt, why string) error {
	members, err := s.store.ClassMembers(ctx, r.ClassID)
	if err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString(revealHead(why, q))
	fmt.Fprintf(&b, "\n📊 %d of %s answered.", len(atts), plural(len(members), "student"))
	var img *Attachment
	if q.Kind.Choice() {
		counts := optionCounts(q, atts)
		for i, o := range q.Options {
			mark := "▫️"
			if q.RightOption(i) {
				mark = "✅"
			}
			fmt.Fprintf(&b, "\n%s %d. %s — %d", mark, i+1, o, counts[i])
		}
		if !s.caps(chat.Platform).Images {
			// The counts above say it all.
		} else if png, err := chart.Distribution(q.Options, counts, q.AnswerIndex()); err != nil {
			s.log.Warn("distribution chart", "round", r.ID, "err", err)
		} else {
			img = &Attachment{Name: "answers.png", Data: png}
		}
	} else {
		right := 0
		for _, a := range atts {
			if a.Correct {
				right++
			}
		}
		fmt.Fprintf(&b, " %d right.", right)
	}
	all, err := s.store.RoundAttempts(ctx, r.ID)
	if err != nil {
		return err
	}
	if ts := tallies(all); len(ts) > 0 {
		b.WriteString("\n🏆 Top 5:")
		for i, t := range ts {
			if i == 5 {
				break
			}
			fmt.Fprintf(&b, "\n%d. %s — %s points", i+1, t.Name, thousands(t.Points))
		}
	}
	_, err = s.send(ctx, chatOf(chat), Reply{Text: b.String(), Image: img})
	// Its students of other platforms hear it after the chat, in the
	// chat's send lane.
	revealed, text := *r, b.String()
	s.queue(ctx, chatOf(chat), func(ctx context.Context) { s.tellGuests(ctx, chat, &revealed, text) })
	return err
}

// classFinished replaces the results table at the end of a class round: the
// podium (a chart and the same in text). Each student's own result follows
// privately from the outbox (classMail).
func (s *Service) classFinished(ctx context.Context, chat *quiz.Chat, r *quiz.Round, why string, atts []quiz.Attempt) error {
	members, err := s.store.ClassMembers(ctx, r.ClassID)
	if err != nil {
		return err
	}
	ts := tallies(atts)
	var b strings.Builder
	if why != "" {
		b.WriteString(why + "\n")
	}
	fmt.Fprintf(&b, "🏁 Class over: %s, %s.", plural(r.Seq+1, "question"), plural(len(members), "student"))
	var img *Attachment
	if len(ts) == 0 {
		b.WriteString(" Nobody answered.")
	} else {
		names, points := make([]string, len(ts)), make([]int, len(ts))
		place := 0
		for i, t := range ts {
			names[i], points[i] = t.Name, t.Points
			if i == 0 || t.Points != ts[i-1].Points {
				place = i // equal points share a place, and its medal
			}
			if i < len(medals) {
				fmt.Fprintf(&b, "\n%s %s — %s points (%d/%d right)", medals[place], t.Name, thousands(t.Points), t.Correct, t.Answered)
			}
		}
		if !s.caps(chat.Platform).Images {
			// The podium in text above says it all.
		} else if png, err := chart.Podium(names, points); err != nil {
			s.log.Warn("podium chart", "round", r.ID, "err", err)
		} else {
			img = &Attachment{Name: "podium.png", Data: png}
		}
	}
	b.WriteString("\nEveryone gets their own result privately. Teacher: /class report for the full report.")
	if _, err := s.send(ctx, chatOf(chat), Reply{Text: b.String(), Image: img}); err != nil {
		return fmt.Errorf("send podium: %w", err)
	}
	return nil
}

// classMail is the mail that ends a class round: each student's own result,
// privately, and the notice to the class of how many could not be reached
// that way (where a bot may not write first: students who never opened a
// chat with it), sent only if some could not. It is queued with the end of
// the round (closeRound) and delivered from the outbox, never inside the
// press or timer that ended the class.
func (s *Service) classMail(ctx context.Context, chat *quiz.Chat, r *quiz.Round) ([]quiz.Mail, error) {
	members, err := s.store.ClassMembers(ctx, r.ClassID)
	if err != nil {
		return nil, err
	}
	atts, err := s.store.RoundAttempts(ctx, r.ID)
	if err != nil {
		return nil, err
	}
	ts := tallies(atts)
	rank := map[int64]int{}
	by := map[int64]tally{}
	for i, t := range ts {
		rank[t.UserID] = i + 1
		if i > 0 && t.Points == ts[i-1].Points {
			rank[t.UserID] = rank[ts[i-1].UserID]
		}
		by[t.UserID] = t
	}
	batch := fmt.Sprintf("class %d round %d", r.ClassID, r.ID)
	var mail []quiz.Mail
	for _, m := range members {
		t := by[m.ID]
		text := fmt.Sprintf("🎓 Your class quiz in %s: %s points, %d of %s right", placeName(chat), thousands(t.Points), t.Correct, plural(r.Seq+1, "question"))
		if rank[m.ID] > 0 {
			text += fmt.Sprintf(", place %d of %d.", rank[m.ID], len(members))
		} else {
			text += ". You did not answer this time."
		}
		ml := quiz.Mail{Batch: batch, ChatID: chat.ID, UserID: m.PlatformID, Text: text, Due: s.now()}
		if m.Platform != chat.Platform && s.outbox(m.Platform) != nil {
			// A guest from another platform (a browser, another app) hears
			// through theirs.
			ml.Platform = m.Platform
		}
		mail = append(mail, ml)
	}
	if len(mail) == 0 {
		return nil, nil
	}
	// Why a student could not be reached, in the platform's words
	// (Capabilities.Unreachable).
	mail = append(mail, quiz.Mail{Batch: batch, ChatID: chat.ID, Summary: true, Due: s.now(),
		Text: "📭 I could not send " + mailCount + " their result privately: " + s.caps(chat.Platform).unreachable()})
	return mail, nil
}

func placeName(chat *quiz.Chat) string {
	if chat.Title != "" {
		return chat.Title
	}
	return "class"
}

// plural writes "1 student", "2 students".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
