package bot

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"quizbot/quiz"
)

// MaxRoundSize is the most questions one /quiz asks.
const MaxRoundSize = 20

// quizCommand is /quiz [start] [topic] [count], /quiz stop|hint|skip,
// /quiz poll (native polls on or off) and /quiz time SECONDS.
func (c *conv) quizCommand(ctx context.Context, args string) error {
	first, rest, _ := strings.Cut(args, " ")
	switch strings.ToLower(first) {
	case "start":
		return c.startQuiz(ctx, rest)
	case "stop":
		return c.stop(ctx)
	case "hint":
		return c.hint(ctx)
	case "skip":
		return c.skip(ctx)
	case "poll", "polls":
		c.chat.Poll = !c.chat.Poll
		if err := c.s.saveChatSettings(ctx, c.chat); err != nil {
			return err
		}
		if c.chat.Poll {
			return c.say(ctx, "Multiple-choice questions will come as quiz polls where the platform has them. /quiz poll again switches back to buttons.")
		}
		return c.say(ctx, "Multiple-choice questions will come with buttons again.")
	case "time":
		n, err := strconv.Atoi(strings.TrimSpace(rest))
		if err != nil || n < 5 || n > 600 {
			return c.say(ctx, "Give the seconds per question as a number from 5 to 600, for example: /quiz time 45")
		}
		c.chat.TimeLimit = n
		if err := c.s.saveChatSettings(ctx, c.chat); err != nil {
			return err
		}
		return c.say(ctx, "Questions in this chat now have %d seconds each.", n)
	}
	return c.startQuiz(ctx, args)
}

// parseRoundArgs reads "[topic words] [count]"; counted says whether a
// count was typed.
func parseRoundArgs(args string, def int) (topic string, count int, counted bool, err error) {
	words := strings.Fields(args)
	count = def
	if n := len(words); n > 0 {
		if v, convErr := strconv.Atoi(words[n-1]); convErr == nil {
			if v < 1 || v > MaxRoundSize {
				return "", 0, false, quiz.Errorf(quiz.EINVALID, "A round has 1 to %d questions.", MaxRoundSize)
			}
			count, words, counted = v, words[:n-1], true
		}
	}
	return strings.Join(words, " "), count, counted, nil
}

// findTopicCounted finds the topic of "[topic] [count]" also when the
// count was typed first ("/quiz 2 Antibiotics"): when the whole is no
// topic but the words after a leading number are, the number is the
// count, within 1 to max. A topic whose name starts with a number ("1815
// eruption of Mount Tambora") is looked for whole first, and a count typed
// last leaves the first word to the topic.
func (s *Service) findTopicCounted(ctx context.Context, typed string, counted bool, count, max int) (string, int, error) {
	topic, err := s.findTopic(ctx, typed)
	if err == nil || counted || quiz.ErrorCode(err) != quiz.ENOTFOUND {
		return topic, count, err
	}
	words := strings.Fields(typed)
	if len(words) < 2 {
		return "", 0, err
	}
	v, convErr := strconv.Atoi(words[0])
	if convErr != nil || v < 1 || v > max {
		return "", 0, err
	}
	rest, restErr := s.findTopic(ctx, strings.Join(words[1:], " "))
	if restErr != nil {
		return "", 0, err
	}
	return rest, v, nil
}

// findTopic matches what the user typed against the stored topics: exact
// name, then a unique name containing it.
func (s *Service) findTopic(ctx context.Context, typed string) (string, error) {
	if typed == "" {
		return "", nil
	}
	topics, err := s.store.Topics(ctx)
	if err != nil {
		return "", err
	}
	var names, matches []string
	for _, t := range topics {
		if strings.EqualFold(t.Name, typed) {
			return t.Name, nil
		}
		names = append(names, t.Name)
		if strings.Contains(strings.ToLower(t.Name), strings.ToLower(typed)) {
			matches = append(matches, t.Name)
		}
	}
	if len(matches) == 1 {
		return matches[0], nil
	}
	if len(names) == 0 {
		return "", quiz.Errorf(quiz.ENOTFOUND, "There are no topics yet.")
	}
	return "", quiz.Errorf(quiz.ENOTFOUND, "There is no topic %q. Topics: %s.", shorten(typed, 60), strings.Join(names, ", "))
}

func (c *conv) startQuiz(ctx context.Context, args string) error {
	typed, count, counted, err := parseRoundArgs(args, c.s.cfg.RoundSize)
	if err != nil {
		return err
	}
	typed, count, err = c.s.findTopicCounted(ctx, typed, counted, count, MaxRoundSize)
	if err != nil {
		return err
	}
	topic, err := c.freeChat(ctx, typed)
	if err != nil {
		return err
	}
	qs, err := c.s.pick(ctx, c.chat.ID, topic, count)
	if err != nil {
		return err
	}
	r := &quiz.Round{ChatID: c.chat.ID, StarterID: c.user.ID, Mode: quiz.ModeQuiz, Topic: topic,
		QuestionIDs: qs, TimeLimit: c.s.timeLimit(c.chat), State: quiz.Asking}
	if err := c.s.store.CreateRound(ctx, r); err != nil {
		return err
	}
	what := "mixed topics"
	if topic != "" {
		what = topic
	}
	short := ""
	if len(qs) < count {
		// Said, or a player who asked for nine and got six thinks some
		// were lost: a round never holds two where one gives away the
		// other's answer, and a topic may have fewer.
		short = fmt.Sprintf(" (%d asked: these are all that can go together, without one question giving away another's answer)", count)
	}
	if err := c.say(ctx, "🎯 A round of %d on %s%s: %d seconds per question.", len(qs), what, short, r.TimeLimit); err != nil {
		// The round exists now: it must go on (or end) even if the chat
		// missed its announcement.
		c.s.log.Warn("send round intro", "round", r.ID, "err", err)
	}
	return c.s.ask(ctx, c.chat, r)
}

// saveChatSettings stores the chat's settings and what is remembered of it.
func (s *Service) saveChatSettings(ctx context.Context, chat *quiz.Chat) error {
	if err := s.store.UpdateChatSettings(ctx, chat); err != nil {
		return err
	}
	s.known.remember(chat, chatKey(chat), s.now())
	return nil
}

// freeChat finds the topic the user typed and checks that no round is
// running in the chat, before a new round or class is made.
func (c *conv) freeChat(ctx context.Context, typed string) (topic string, err error) {
	if topic, err = c.s.findTopic(ctx, typed); err != nil {
		return "", err
	}
	if r, err := c.s.store.OpenRound(ctx, c.chat.ID); err != nil {
		return "", err
	} else if r != nil {
		return "", quiz.Errorf(quiz.ECONFLICT, "A round is already running here. Finish it, or /stop it first.")
	}
	return topic, nil
}

func (s *Service) timeLimit(chat *quiz.Chat) int {
	if chat.TimeLimit > 0 {
		return chat.TimeLimit
	}
	return int(s.cfg.QuestionTime / time.Second)
}

// pick chooses the round's questions: fresh ones first (the store prefers
// those not among the chat's last 200), kinds mixed, and never two where one
// gives away the other's answer or both come from the same sentence.
func (s *Service) pick(ctx context.Context, chatID int64, topic string, n int) ([]string, error) {
	cands, err := s.store.Candidates(ctx, chatID, topic, n*10)
	if err != nil {
		return nil, err
	}
	if len(cands) == 0 {
		return nil, quiz.Errorf(quiz.ENOTFOUND, "There are no questions to ask yet. A teacher can add a text with quizbot ingest or /class upload.")
	}
	perKind := (n + 1) / 2
	var chosen []quiz.Question
	kinds := map[quiz.Kind]int{}
	for pass := 0; pass < 2 && len(chosen) < n; pass++ {
		for _, q := range cands {
			if len(chosen) == n {
				break
			}
			if (pass == 0 && kinds[q.Kind] >= perKind) || clashes(q, chosen) {
				continue
			}
			chosen = append(chosen, q)
			kinds[q.Kind]++
		}
	}
	ids := make([]string, len(chosen))
	for i, q := range chosen {
		ids[i] = q.ID
	}
	return ids, nil
}

// clashes reports whether q repeats or gives away a chosen question.
func clashes(q quiz.Question, chosen []quiz.Question) bool {
	for _, o := range chosen {
		if o.ID == q.ID || (q.Explanation != "" && o.Explanation == q.Explanation) ||
			givesAway(q.Stem, o) || givesAway(o.Stem, q) {
			return true
		}
	}
	return false
}

// givesAway reports a stem that shows another question's answer. A true or
// false statement's answer ("True") says nothing, and every statement's
// stem opens "True or false:": compared as words, any two statements would
// clash and a round of them could hold only one.
func givesAway(stem string, other quiz.Question) bool {
	return other.Kind != quiz.TrueFalse && quiz.ContainsWords(stem, other.Answer)
}

// chatOf turns a stored chat back into the adapters' address.
func chatOf(c *quiz.Chat) Chat {
	ch := Chat{Platform: c.Platform, ID: c.PlatformID, Private: c.Private, Title: c.Title}
	if scope, ok := strings.CutPrefix(c.Scope, c.Platform+":"); ok && scope != c.PlatformID {
		ch.Scope = scope
	}
	return ch
}

// ask sends the round's current question and arms its timer. The
// question's clock starts when the message showing it has been delivered,
// so that a platform that paces the chat's messages does not eat into the
// players' time.
//
// The send happens outside the chat's lock (sendq.go): the round is stored
// as asking first, with a deadline that allows askGrace for the delivery
// (so that a round whose question never gets through, or whose process
// dies meanwhile, still moves on), and asked, once the platform answers,
// records the message and starts the clock.
func (s *Service) ask(ctx context.Context, chat *quiz.Chat, r *quiz.Round) error {
	q, err := s.roundQuestion(ctx, r)
	if err != nil {
		return err
	}
	limit := questionLimit(r, q)
	r.State, r.Hinted, r.MessageID = quiz.Asking, false, ""
	r.AskedAt = s.now()
	r.Deadline = r.AskedAt.Add(time.Duration(limit)*time.Second + askGrace)
	if err := s.store.UpdateRound(ctx, r); err != nil {
		return err
	}
	s.arm(*r)
	id, seq := r.ID, r.Seq
	s.post(ctx, chatOf(chat), questionReply(r, q, s.asPoll(chat), limit, nil, s.footing(chat)), func(ctx context.Context, msgID string, err error) {
		s.asked(ctx, chat, id, seq, limit, msgID, err)
	})
	if r.Mode == quiz.ModeClass {
		// The class's students of other platforms get it privately, in
		// the chat's send lane after the chat has it.
		asked := *r
		s.queue(ctx, chatOf(chat), func(ctx context.Context) { s.askGuests(ctx, chat, &asked, q) })
	}
	return nil
}

// askGrace is how long a question's delivery may take before its round
// goes on without it.
const askGrace = 2 * time.Minute

// asked runs once the platform has taken (or refused) question seq of round
// id: under the chat's lock, if the round still waits for it, the message is
// recorded and the question's time starts now; a question that did not get
// through is handled as unasked.
func (s *Service) asked(ctx context.Context, chat *quiz.Chat, id int64, seq, limit int, msgID string, sendErr error) {
	if ctx.Err() != nil {
		// The work that sent it was cancelled (a shutdown): the stored
		// deadline moves the round on after the restart.
		ctx = s.bg
	}
	// This runs in the chat's send lane: what it sends under the lock
	// queues behind it, so it must not wait for that (release, not unlock).
	l, err := s.lockChat(outOfLane(ctx), chat.ID)
	if err != nil {
		s.log.Error("question sent: lock chat", "round", id, "err", err)
		return
	}
	defer l.release()
	r, err := s.store.OpenRound(l.ctx, chat.ID)
	if err != nil || r == nil || r.ID != id || r.Seq != seq || r.State != quiz.Asking || r.MessageID != "" {
		if err != nil {
			s.log.Error("question sent: load round", "round", id, "err", err)
		}
		return
	}
	if sendErr != nil {
		err = s.unasked(l.ctx, chat, r, sendErr)
	} else {
		r.MessageID = msgID
		r.AskedAt = s.now()
		r.Deadline = r.AskedAt.Add(time.Duration(limit) * time.Second)
		if err = s.store.UpdateRound(l.ctx, r); err == nil {
			s.arm(*r)
		}
	}
	if err != nil {
		s.log.Error("question sent: store round", "round", id, "err", err)
	}
}

// unasked handles a question the chat could not be sent: nobody can answer
// it, so the round goes on as if nobody had (a pause, then the next
// question; two in a row end the round), and never waits for it.
func (s *Service) unasked(ctx context.Context, chat *quiz.Chat, r *quiz.Round, sendErr error) error {
	s.log.Warn("send question: the chat did not get it; the round goes on", "round", r.ID, "seq", r.Seq, "err", sendErr)
	r.Idle++
	if r.Idle >= 2 || r.Seq+1 >= len(r.QuestionIDs) {
		return s.finish(ctx, chat, r, "⚠️ I could not send the questions here, so I stopped the round.")
	}
	r.State, r.MessageID = quiz.Paused, ""
	r.AskedAt, r.Deadline = s.now(), s.now().Add(s.cfg.Pause)
	if err := s.store.UpdateRound(ctx, r); err != nil {
		return err
	}
	s.arm(*r)
	return nil
}

// questionLimit is the seconds q is open in r: its own limit, except in
// review, else the round's.
func questionLimit(r *quiz.Round, q *quiz.Question) int {
	if q.TimeLimit > 0 && r.Mode != quiz.ModeReview {
		return q.TimeLimit
	}
	return r.TimeLimit
}

// arm sets the timer that ends the round's current state.
func (s *Service) arm(r quiz.Round) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return
	}
	if t := s.timers[r.ID]; t != nil {
		t.Stop()
	}
	d := r.Deadline.Sub(s.now())
	if d < 0 {
		d = 0
	}
	s.timers[r.ID] = s.cfg.Clock.AfterFunc(d, func() { s.expire(r.ID, r.ChatID, r.Seq, r.State) })
}

func (s *Service) disarm(roundID int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if t := s.timers[roundID]; t != nil {
		t.Stop()
		delete(s.timers, roundID)
	}
}

// expire runs when a round's timer fires: the open question is revealed, or
// the pause ends and the next question is asked. A timer that lost a race
// with an answer or a command finds the round moved on and does nothing.
func (s *Service) expire(roundID, chatID int64, seq int, state string) {
	if !s.begin() {
		return
	}
	defer s.work.Done()
	ctx, unlock, err := s.lock(s.bg, chatID)
	if err != nil {
		s.log.Error("timer: lock chat", "round", roundID, "err", err)
		return
	}
	defer unlock()
	r, err := s.store.OpenRound(ctx, chatID)
	if err != nil || r == nil || r.ID != roundID || r.Seq != seq || r.State != state {
		if err != nil {
			s.log.Error("timer: load round", "round", roundID, "err", err)
		}
		return
	}
	if s.now().Before(r.Deadline) {
		s.arm(*r)
		return
	}
	chat, err := s.store.ChatByID(ctx, chatID)
	if err == nil {
		switch r.State {
		case quiz.Asking:
			err = s.reveal(ctx, chat, r, "⏰ Time's up!")
		case quiz.Lobby:
			err = s.lobbyExpired(ctx, chat, r)
		default:
			r.Seq++
			err = s.ask(ctx, chat, r)
		}
	}
	if err != nil {
		s.log.Error("timer", "round", roundID, "err", err)
		s.retryIfStuck(ctx, roundID, chatID, seq, state)
	}
}

// retryDelay is how long a timer whose work failed before the round moved
// on (the store refused a write) waits before it tries again.
const retryDelay = 10 * time.Second

// retryIfStuck arms the round's timer again if the work of a timer failed
// before the round moved on, so that a fault of the moment (a full disk, a
// busy database) does not leave the round waiting for good.
func (s *Service) retryIfStuck(ctx context.Context, roundID, chatID int64, seq int, state string) {
	r, err := s.store.OpenRound(ctx, chatID)
	if err != nil || r == nil || r.ID != roundID || r.Seq != seq || r.State != state {
		return // it moved on (or is gone): its own timer, if any, is armed
	}
	r.Deadline = s.now().Add(retryDelay)
	s.arm(*r)
}

// reveal closes the open question: the question message shows the answer and
// the counts, a message gives the source sentence and who was right, then
// the round pauses, goes on, or ends.
//
// What comes next is decided and stored before anything is sent, and a
// message that does not get through is logged, not returned: a round's
// progress never depends on one message reaching the chat. The results at
// the end sum up what the chat may have missed.
func (s *Service) reveal(ctx context.Context, chat *quiz.Chat, r *quiz.Round, why string) error {
	q, err := s.roundQuestion(ctx, r)
	if err != nil {
		return err
	}
	atts, err := s.store.Attempts(ctx, r.ID, r.Seq)
	if err != nil {
		return err
	}
	s.closeLive(r.ID, r.Seq)
	if len(atts) == 0 {
		r.Idle++
	} else {
		r.Idle = 0
	}
	end, endWhy := false, ""
	switch {
	case r.Idle >= 2 && r.Mode != quiz.ModeReview:
		end, endWhy = true, "💤 Nobody answered two questions in a row, so I stopped the round."
	case r.Seq+1 >= len(r.QuestionIDs):
		end = true
	}
	asked := *r // the question as it was asked, for the reveal
	switch {
	case end:
		if err := s.closeRound(ctx, chat, r); err != nil {
			return err
		}
	case chat.Private:
		// The next question follows at once, once the reveal is out.
	default:
		r.State, r.Deadline = quiz.Paused, s.now().Add(s.cfg.Pause)
		if err := s.store.UpdateRound(ctx, r); err != nil {
			return err
		}
	}
	s.showReveal(ctx, chat, &asked, q, atts, why)
	switch {
	case end:
		return s.announce(ctx, chat, r, endWhy)
	case chat.Private:
		s.disarm(r.ID)
		r.Seq++
		return s.ask(ctx, chat, r)
	}
	// The pause is for reading the reveal: it runs from when the reveal is
	// out (its timer is armed in the chat's send lane, after the reveal). The stored deadline stays the instant the question closed plus
	// the pause (revealedAt), which a restart resumes from.
	pause := *r
	s.queue(ctx, chatOf(chat), func(context.Context) {
		pause.Deadline = s.now().Add(s.cfg.Pause)
		s.arm(pause)
	})
	return nil
}

// showReveal sends the reveal of the question r asks; what does not get
// through is logged.
func (s *Service) showReveal(ctx context.Context, chat *quiz.Chat, r *quiz.Round, q *quiz.Question, atts []quiz.Attempt, why string) {
	if r.MessageID != "" {
		counts := optionCounts(q, atts)
		if err := s.edit(ctx, chatOf(chat), r.MessageID, questionReply(r, q, false, 0, counts, s.footing(chat))); err != nil {
			s.log.Warn("edit question at reveal", "round", r.ID, "err", err)
		}
	}
	var err error
	if r.Mode == quiz.ModeClass {
		err = s.classReveal(ctx, chat, r, q, atts, why)
	} else {
		_, err = s.send(ctx, chatOf(chat), Reply{Text: revealText(why, q, atts, chat.Private)})
	}
	if err != nil {
		s.log.Warn("send reveal: the chat missed it; the round goes on", "round", r.ID, "seq", r.Seq, "err", err)
	}
}

// finish ends the round and posts the results.
func (s *Service) finish(ctx context.Context, chat *quiz.Chat, r *quiz.Round, why string) error {
	if err := s.closeRound(ctx, chat, r); err != nil {
		return err
	}
	return s.announce(ctx, chat, r, why)
}

// closeRound ends the round in the store and stops its timers. A class's
// private results are queued in the store's outbox in the same
// transaction, to be delivered apart from whatever ended it (mail.go).
func (s *Service) closeRound(ctx context.Context, chat *quiz.Chat, r *quiz.Round) error {
	s.disarm(r.ID)
	s.forgetLive(r.ID)
	if r.Mode != quiz.ModeClass {
		return s.store.FinishRound(ctx, r, chat.Scope)
	}
	mail, err := s.classMail(ctx, chat, r)
	if err != nil {
		return err
	}
	return s.store.FinishRoundMail(ctx, r, chat.Scope, mail)
}

// announce posts the results of an ended round. The results sum up the
// round, so a chat that missed some of it still learns how it went: if they
// do not get through, they are tried again a few times.
func (s *Service) announce(ctx context.Context, chat *quiz.Chat, r *quiz.Round, why string) error {
	atts, err := s.store.RoundAttempts(ctx, r.ID)
	if err != nil {
		return err
	}
	if r.Mode == quiz.ModeClass {
		// The private results queued with the end (closeRound) follow the
		// podium; the worker's poll sends them anyway if the podium is slow.
		defer s.wakeMail()
		return s.classFinished(ctx, chat, r, why, atts)
	}
	s.sendSurely(ctx, chatOf(chat), Reply{Text: resultsText(why, r, atts)}, r.ID)
	return nil
}

// sendSurely sends r and, if it does not get through, again after
// retryDelay, three times more at most, with the round id for the log. It
// is for what sums up what the chat may have missed (a round's results); it
// does not outlive the process.
func (s *Service) sendSurely(ctx context.Context, chat Chat, r Reply, roundID int64) {
	s.post(ctx, chat, r, func(_ context.Context, _ string, err error) { s.sentSurely(chat, r, roundID, 1, err) })
}

// sentSurely follows try n of sendSurely.
func (s *Service) sentSurely(chat Chat, r Reply, roundID int64, n int, err error) {
	switch {
	case err == nil:
	case n > 3:
		s.log.Error("send results: given up", "round", roundID, "tries", n, "err", err)
	default:
		s.log.Warn("send results: will try again", "round", roundID, "err", err)
		s.cfg.Clock.AfterFunc(retryDelay, func() {
			if !s.begin() {
				return
			}
			defer s.work.Done()
			_, err := s.send(s.bg, chat, r)
			s.sentSurely(chat, r, roundID, n+1, err)
		})
	}
}

// openRound returns the chat's round with an open question, or a polite
// error naming what is missing.
func (c *conv) openRound(ctx context.Context) (*quiz.Round, error) {
	r, err := c.s.store.OpenRound(ctx, c.chat.ID)
	if err != nil {
		return nil, err
	}
	if r == nil {
		return nil, quiz.Errorf(quiz.ENOTFOUND, "No round is running. Type /quiz to start one.")
	}
	return r, nil
}

func (c *conv) stop(ctx context.Context) error {
	r, err := c.openRound(ctx)
	if err != nil {
		return err
	}
	if r.Mode == quiz.ModeClass {
		return c.endClass(ctx)
	}
	if r.StarterID != c.user.ID && !c.in.User.Admin && !c.chat.Private {
		return quiz.Errorf(quiz.EFORBIDDEN, "Only whoever started the round or a chat admin can stop it.")
	}
	if err := c.say(ctx, "⏹ %s stopped the round.", c.user.Name); err != nil {
		c.s.log.Warn("send stop notice", "round", r.ID, "err", err)
	}
	return c.s.finish(ctx, c.chat, r, "")
}

// StopRound ends the chat's round, if one is open, with its results; a
// platform whose conversation ends (the end of a script's input) calls it.
func (s *Service) StopRound(ctx context.Context, chat Chat) error {
	c := &conv{s: s, in: &Incoming{Chat: chat, User: User{ID: "-", Name: "-"}}}
	c.chat = &quiz.Chat{Platform: chat.Platform, PlatformID: chat.ID, Private: chat.Private, Title: chat.Title}
	if err := s.store.EnsureChat(ctx, c.chat); err != nil {
		return err
	}
	ctx, unlock, err := s.lock(ctx, c.chat.ID)
	if err != nil {
		return err
	}
	defer unlock()
	r, err := s.store.OpenRound(ctx, c.chat.ID)
	if err != nil || r == nil {
		return err
	}
	return s.finish(ctx, c.chat, r, "⏹ Round closed.")
}

func (c *conv) skip(ctx context.Context) error {
	r, err := c.openRound(ctx)
	if err != nil {
		return err
	}
	if r.State != quiz.Asking {
		return c.say(ctx, "The next question is on its way.")
	}
	if r.Mode != quiz.ModeClass {
		// What a player skips comes back in their /review, as a miss does.
		if err := c.s.store.SkipCard(ctx, c.user.ID, r.QuestionIDs[r.Seq], c.in.At); err != nil {
			return err
		}
	}
	if err := c.say(ctx, "⏭ %s skipped the question.", c.user.Name); err != nil {
		return err
	}
	return c.s.reveal(ctx, c.chat, r, "")
}

func (c *conv) hint(ctx context.Context) error {
	r, err := c.openRound(ctx)
	if err != nil {
		return err
	}
	if r.State != quiz.Asking {
		return c.say(ctx, "There is no open question to give a hint for.")
	}
	q, err := c.s.roundQuestion(ctx, r)
	if err != nil {
		return err
	}
	var text string
	switch q.Kind {
	case quiz.MultipleChoice:
		var out []string
		for _, i := range quiz.HintRemove(q, r.ID*31+int64(r.Seq)) {
			out = append(out, q.Options[i])
		}
		text = "💡 Hint: it is not " + strings.Join(out, " and not ") + "."
	case quiz.TrueFalse:
		return c.say(ctx, "True or false has no hint — it is one of two already!")
	default:
		text = "💡 Hint: " + quiz.TypedHint(q.Answer)
	}
	if !r.Hinted {
		r.Hinted = true
		if err := c.s.store.UpdateRound(ctx, r); err != nil {
			return err
		}
	}
	_, err = c.s.send(ctx, c.in.Chat, Reply{Text: text + " (Answers now earn half points.)", To: c.in})
	return err
}
