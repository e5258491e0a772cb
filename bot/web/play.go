package web

import (
	"context"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"quizbot/bot"
	"quizbot/quiz"
)

// Students in a browser: GET /play asks for the class code and a display
// name; POST /play/join checks both, joins the class through the bot (as a
// guest of its chat when the class runs in a group or a channel) and gives
// the browser a signed cookie bound to that class; GET /play/{code} is the
// student's page, kept live by GET /play/{code}/events; POST
// /play/{code}/answer answers the open question through the bot, the same
// way a button press does on any platform.
//
// Students have no session and no token to carry: their forms are guarded
// by http.CrossOriginProtection (a browser on another site cannot post
// them) and a SameSite cookie, which reaches nothing under /api/.

// play is the students' side of the server.
type play struct {
	s   *Server
	cop *http.CrossOriginProtection

	keyMu sync.Mutex
	key   []byte // signs students' cookies; read from the store once

	// joinMu makes the check that a name is free and the join one step, so
	// that two students typing the same name at once do not both get it.
	joinMu sync.Mutex

	limMu   sync.Mutex
	limits  map[string]*guesser // by client address
	limSeen time.Time           // last sweep of idle guessers

	fetchMu sync.Mutex // one snapshot read at a time
	snapMu  sync.Mutex
	snaps   map[int64]*snapshot   // by class: what every student's view reads
	classes map[int64]*quiz.Class // by id (class)
}

// guesser is one client address's allowance of wrong codes.
type guesser struct {
	lim  *rate.Limiter
	seen time.Time
}

func (p *play) init(s *Server) {
	p.s = s
	p.cop = http.NewCrossOriginProtection()
	p.limits = map[string]*guesser{}
	p.snaps = map[int64]*snapshot{}
	p.classes = map[int64]*quiz.Class{}
}

func (s *Server) registerPlay(mux *http.ServeMux) {
	p := &s.play
	mux.HandleFunc("GET /play", p.joinPage)
	mux.Handle("POST /play/join", p.cop.Handler(http.HandlerFunc(p.join)))
	mux.HandleFunc("GET /play/{code}", p.playPage)
	mux.HandleFunc("GET /play/{code}/events", p.events)
	mux.Handle("POST /play/{code}/answer", p.cop.Handler(http.HandlerFunc(p.answer)))
}

// playData is what the students' templates get.
type playData struct {
	Title string
	Error string
	Field string // the form field at fault: code or name
	Code  string
	Name  string
}

// renderPlay shows a students' page.
func (p *play) renderPlay(w http.ResponseWriter, r *http.Request, status int, tmpl string, d playData) {
	w.Header().Set("Cache-Control", "no-store")
	p.s.renderAny(w, r, status, tmpl, d)
}

// joinPage is GET /play: the form, with the code of a link filled in.
func (p *play) joinPage(w http.ResponseWriter, r *http.Request) {
	code, _ := parseCode(r.URL.Query().Get("code"))
	p.renderPlay(w, r, http.StatusOK, "play.html", playData{Title: "Join a class", Code: code})
}

// maxForm bounds what a student's form may send.
const maxForm = 4 << 10

// join is POST /play/join: form code and name.
func (p *play) join(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxForm)
	if err := r.ParseForm(); err != nil {
		p.renderPlay(w, r, http.StatusBadRequest, "play.html", playData{Title: "Join a class",
			Error: "That form did not come through whole. Try again."})
		return
	}
	d := playData{Title: "Join a class", Code: strings.TrimSpace(r.PostFormValue("code")), Name: strings.TrimSpace(r.PostFormValue("name"))}
	fail := func(status int, field, msg string) {
		d.Error, d.Field = msg, field
		p.renderPlay(w, r, status, "play.html", d)
	}
	ip := clientAddr(r)
	if !p.mayGuess(ip) {
		fail(http.StatusTooManyRequests, "code", "Too many wrong codes from here. Wait a minute, then try again.")
		return
	}
	code, err := parseCode(d.Code)
	if err != nil {
		p.guessedWrong(ip)
		fail(http.StatusBadRequest, "code", quiz.ErrorMessage(err))
		return
	}
	d.Code = code
	name, err := parseName(d.Name)
	if err != nil {
		fail(http.StatusBadRequest, "name", quiz.ErrorMessage(err))
		return
	}
	d.Name = name
	ctx := r.Context()
	cl, err := p.s.store.ClassByCode(ctx, code)
	if err != nil {
		p.s.log.Error("find class by code", "err", err)
		fail(http.StatusInternalServerError, "", quiz.ErrorMessage(err))
		return
	}
	if cl == nil {
		p.guessedWrong(ip)
		fail(http.StatusNotFound, "code", "There is no class with the code "+code+". Check the code on the teacher's screen.")
		return
	}
	if st := p.student(r); st != nil && st.ClassID == cl.ID {
		// A second tab, or the form sent twice: the same student goes on.
		http.Redirect(w, r, "/play/"+code, http.StatusSeeOther)
		return
	}
	if open, err := p.running(ctx, cl); err != nil {
		p.s.log.Error("read class round", "class", cl.ID, "err", err)
		fail(http.StatusInternalServerError, "", quiz.ErrorMessage(err))
		return
	} else if !open {
		fail(http.StatusGone, "code", "That class has ended.")
		return
	}
	st, status, msg := p.enrol(ctx, cl, name)
	if st == nil {
		fail(status, "name", msg)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: PlayCookie, Value: p.sign(st), Path: "/play", HttpOnly: true,
		Secure: r.TLS != nil, SameSite: http.SameSiteLaxMode, MaxAge: int(studentTTL / time.Second)})
	http.Redirect(w, r, "/play/"+code, http.StatusSeeOther)
}

// running reports whether the class has a round that is not over.
func (p *play) running(ctx context.Context, cl *quiz.Class) (bool, error) {
	rd, err := p.s.store.ClassRound(ctx, cl.ID)
	if err != nil {
		return false, err
	}
	return rd != nil && rd.State != quiz.Done, nil
}

// enrol joins a new student to the class under a name nobody in it has;
// on failure it says why, for the form.
func (p *play) enrol(ctx context.Context, cl *quiz.Class, name string) (*student, int, string) {
	p.joinMu.Lock()
	defer p.joinMu.Unlock()
	members, err := p.s.store.ClassMembers(ctx, cl.ID)
	if err != nil {
		p.s.log.Error("read class members", "class", cl.ID, "err", err)
		return nil, http.StatusInternalServerError, quiz.ErrorMessage(err)
	}
	for _, m := range members {
		if strings.EqualFold(strings.TrimSpace(m.Name), name) {
			return nil, http.StatusConflict, "Someone in this class is already called " + name + ". Pick another name, for example with your surname's first letter."
		}
	}
	st := &student{ClassID: cl.ID, ID: "student:" + newToken()[:22], Name: name}
	box := &inbox{}
	// The join goes on if the browser leaves: the bot's work is not the
	// request's to cut short.
	jctx := context.WithValue(context.WithoutCancel(ctx), inboxKey{}, box)
	if err := p.s.svc.GuestJoin(jctx, cl.ID, st.user(), ""); err != nil {
		if code := quiz.ErrorCode(err); code == quiz.EINTERNAL {
			p.s.log.Error("join class", "class", cl.ID, "err", err)
			return nil, http.StatusInternalServerError, quiz.ErrorMessage(err)
		}
		return nil, http.StatusGone, quiz.ErrorMessage(err)
	}
	p.forget(cl.ID)
	u := quiz.User{Platform: Platform, PlatformID: st.ID, Name: name}
	if err := p.s.store.EnsureUser(ctx, &u); err != nil {
		p.s.log.Error("read student", "err", err)
		return nil, http.StatusInternalServerError, quiz.ErrorMessage(err)
	}
	if ok, err := p.s.store.IsMember(ctx, cl.ID, u.ID); err != nil {
		p.s.log.Error("read class membership", "class", cl.ID, "err", err)
		return nil, http.StatusInternalServerError, quiz.ErrorMessage(err)
	} else if !ok {
		// The bot said why (the class ended a moment ago).
		return nil, http.StatusGone, box.text("That class has ended.")
	}
	return st, 0, ""
}

// class returns a class by id, kept once read: a class's record does not
// change. The memory is dropped whole when it grows past maxClasses.
func (p *play) class(ctx context.Context, id int64) (*quiz.Class, error) {
	p.snapMu.Lock()
	cl := p.classes[id]
	p.snapMu.Unlock()
	if cl != nil {
		return cl, nil
	}
	cl, err := p.s.store.Class(ctx, id)
	if quiz.ErrorCode(err) == quiz.ENOTFOUND {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	p.snapMu.Lock()
	if len(p.classes) >= maxClasses {
		p.classes = map[int64]*quiz.Class{}
	}
	p.classes[id] = cl
	p.snapMu.Unlock()
	return cl, nil
}

// maxClasses bounds the classes kept in memory.
const maxClasses = 1024

// classOf returns the class of the path's code and the request's student
// in it; nil, nil when the code names no class or the browser has not
// joined it.
func (p *play) classOf(r *http.Request) (*quiz.Class, *student, error) {
	code, err := parseCode(r.PathValue("code"))
	if err != nil {
		return nil, nil, nil
	}
	cl, err := p.s.store.ClassByCode(r.Context(), code)
	if err != nil || cl == nil {
		return nil, nil, err
	}
	st := p.student(r)
	if st == nil || st.ClassID != cl.ID {
		return cl, nil, nil
	}
	return cl, st, nil
}

// playPage is GET /play/{code}: the student's page; a browser that has
// not joined this class is sent to the form with the code filled in.
func (p *play) playPage(w http.ResponseWriter, r *http.Request) {
	cl, st, err := p.classOf(r)
	if err != nil {
		p.s.log.Error("find class by code", "err", err)
		p.renderPlay(w, r, http.StatusInternalServerError, "play.html", playData{Title: "Join a class", Error: quiz.ErrorMessage(err)})
		return
	}
	if st == nil {
		code, _ := parseCode(r.PathValue("code"))
		http.Redirect(w, r, "/play?code="+url.QueryEscape(code), http.StatusSeeOther)
		return
	}
	p.renderPlay(w, r, http.StatusOK, "playing.html", playData{Title: "Class " + cl.Code, Code: cl.Code, Name: st.Name})
}

// answerBody is the JSON answer to POST /play/{code}/answer.
type answerBody struct {
	Correct bool   `json:"correct"`
	Points  int    `json:"points"`
	Message string `json:"message"`
	Number  int    `json:"number"` // the question answered, 1-based
}

// answer is POST /play/{code}/answer: form option (1-based, in the order
// shown) or text, and optionally question (the number the page shows, so
// that a late press does not land on the next question).
func (p *play) answer(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	asJSON := strings.Contains(r.Header.Get("Accept"), "application/json")
	refuse := func(status int, msg string) {
		if asJSON {
			writeJSON(w, status, errorBody{Error: msg})
			return
		}
		http.Error(w, msg, status)
	}
	// The hot path of a class: a thousand students may answer within a
	// second. The cookie names the class, whose record never changes and
	// is kept; the round is read from the snapshot the students' pages
	// share; the bot checks the rest as for any press.
	st := p.student(r)
	code, _ := parseCode(r.PathValue("code"))
	var cl *quiz.Class
	if st != nil {
		var err error
		if cl, err = p.class(r.Context(), st.ClassID); err != nil {
			p.s.log.Error("read class", "class", st.ClassID, "err", err)
			refuse(http.StatusInternalServerError, quiz.ErrorMessage(err))
			return
		}
	}
	if cl == nil || cl.Code != code {
		refuse(http.StatusUnauthorized, "Join the class first at /play.")
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxForm)
	if err := r.ParseForm(); err != nil {
		refuse(http.StatusBadRequest, "That answer did not come through whole. Try again.")
		return
	}
	ctx := r.Context()
	rd, err := p.round(ctx, cl)
	if err != nil {
		p.s.log.Error("read class round", "class", cl.ID, "err", err)
		refuse(http.StatusInternalServerError, quiz.ErrorMessage(err))
		return
	}
	switch {
	case rd == nil || rd.State == quiz.Done:
		refuse(http.StatusConflict, "That class has ended.")
		return
	case rd.State == quiz.Lobby:
		refuse(http.StatusConflict, "The class has not started yet.")
		return
	}
	// The question the page shows; without it, the one open now.
	seq := rd.Seq
	if n := r.PostFormValue("question"); n != "" {
		v, err := strconv.Atoi(n)
		if err != nil || v < 1 || v > len(rd.QuestionIDs) || v-1 < rd.Seq-1 || v-1 > rd.Seq+1 {
			refuse(http.StatusConflict, "That question is closed already.")
			return
		}
		seq = v - 1
	}
	option, text := -1, ""
	if v := strings.TrimSpace(r.PostFormValue("option")); v != "" {
		q, err := p.s.store.Question(ctx, rd.QuestionIDs[seq])
		if err != nil {
			p.s.log.Error("read class question", "class", cl.ID, "err", err)
			refuse(http.StatusInternalServerError, quiz.ErrorMessage(err))
			return
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > len(q.Options) {
			refuse(http.StatusBadRequest, "Pick one of the options shown.")
			return
		}
		option = n - 1
	} else if text, err = parseTyped(r.PostFormValue("text")); err != nil {
		refuse(http.StatusBadRequest, quiz.ErrorMessage(err))
		return
	}
	box := &inbox{}
	actx := context.WithValue(context.WithoutCancel(ctx), inboxKey{}, box)
	err = p.s.svc.GuestAnswer(actx, cl.ID, st.user(), seq, option, text, "play:"+newToken()[:22])
	if err != nil {
		if quiz.ErrorCode(err) == quiz.EINTERNAL {
			p.s.log.Error("answer", "class", cl.ID, "err", err)
			refuse(http.StatusInternalServerError, quiz.ErrorMessage(err))
			return
		}
		refuse(http.StatusConflict, quiz.ErrorMessage(err))
		return
	}
	p.forget(cl.ID)
	v := box.verdict()
	if v == nil {
		refuse(http.StatusConflict, box.text("That question is closed already."))
		return
	}
	if !asJSON {
		http.Redirect(w, r, "/play/"+cl.Code, http.StatusSeeOther)
		return
	}
	writeJSON(w, http.StatusOK, answerBody{Correct: v.Verdict.Correct, Points: v.Verdict.Points, Message: v.Text, Number: seq + 1})
}

// inbox gathers the bot's replies to one student's request: the request
// waits for them (bot.Service.Handle sends them before it returns).
type inbox struct {
	mu      sync.Mutex
	replies []bot.Reply
}

type inboxKey struct{}

func (b *inbox) add(r bot.Reply) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.replies = append(b.replies, r)
}

// verdict is the reply that judged an answer, nil if none did.
func (b *inbox) verdict() *bot.Reply {
	b.mu.Lock()
	defer b.mu.Unlock()
	for i := range b.replies {
		if b.replies[i].Verdict != nil {
			return &b.replies[i]
		}
	}
	return nil
}

// text is what the bot last said to the student, or def.
func (b *inbox) text(def string) string {
	b.mu.Lock()
	defer b.mu.Unlock()
	for i := len(b.replies) - 1; i >= 0; i-- {
		if t := strings.TrimSpace(b.replies[i].Text); t != "" {
			return t
		}
	}
	return def
}

// clientAddr is the address wrong codes are counted against: the
// connection's, not a header a client could set.
func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// mayGuess reports whether the address may try a code now.
func (p *play) mayGuess(addr string) bool {
	p.limMu.Lock()
	defer p.limMu.Unlock()
	g := p.limits[addr]
	return g == nil || g.lim.Tokens() >= 1
}

// guessedWrong spends one of the address's wrong codes. Idle addresses are
// forgotten now and then, so that the map stays small.
func (p *play) guessedWrong(addr string) {
	p.limMu.Lock()
	defer p.limMu.Unlock()
	now := time.Now()
	if now.Sub(p.limSeen) > time.Minute {
		for a, g := range p.limits {
			if now.Sub(g.seen) > 10*time.Minute {
				delete(p.limits, a)
			}
		}
		p.limSeen = now
	}
	g := p.limits[addr]
	if g == nil {
		g = &guesser{lim: rate.NewLimiter(rate.Every(p.s.cfg.JoinRate), p.s.cfg.JoinBurst)}
		p.limits[addr] = g
	}
	g.seen = now
	g.lim.Allow()
}
