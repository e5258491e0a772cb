package bot

import "strings"

// Capabilities is what a platform can show and do, and the few things that
// only its adapter can say in the platform's own words. An adapter declares
// them when it registers (Service.Register); the conversation reads them
// instead of asking which platform a chat is on, so that a new platform is
// one new folder and nothing here changes.
//
// The zero value is the plainest platform: text alone, typed commands,
// nothing edited, no pictures, no native polls.
type Capabilities struct {
	// Name is the platform as its users know it, for the texts that tell
	// teachers how things are done on each platform the bot serves.
	Name string

	// Buttons: messages carry buttons to press. Without them the options
	// are numbered in the text and everything the bot says talks of typing.
	Buttons bool
	// Polls: the platform has native quiz polls, which /quiz poll switches
	// a chat to (Reply.Poll). Elsewhere questions keep their buttons.
	Polls bool
	// Edits: the platform can change a message it showed (Outbox.Edit).
	// Live figures (a class question's answered count, a lobby's list of
	// students) are edited in only there; elsewhere nobody would see them.
	Edits bool
	// Images: the platform shows pictures (Reply.Image). Charts (answers,
	// the podium, a player's progress) are drawn only for such platforms;
	// the text beside a chart says the same, so nothing is lost elsewhere.
	Images bool
	// QuizSubcommands: the platform lists /quiz start|stop|hint|skip
	// (slash-style subcommands) instead of the short /start, /stop, /hint
	// and /skip, so the help shows those forms.
	QuizSubcommands bool

	// HomeworkCommand is what students send in a private chat with the bot
	// to do their homework; empty is "/class homework".
	HomeworkCommand string

	// Admins and Admin name who has teacher rights in a group (User.Admin),
	// in the platform's own words for its admin rights, plural and singular:
	// "chat admins", "a chat admin". Empty for a platform without groups,
	// whose one user is the teacher.
	Admins, Admin string
	// TeacherRole tells a teacher how to give other teachers those rights
	// on the platform: "make the teachers admins of the group".
	TeacherRole string
	// Upload tells how to send a file as /class upload in a group, for the
	// answer to /class upload sent without one; UploadHint is a short form
	// for the /class help, where the way is not the obvious one (a caption
	// rather than the command's file option). Empty: nothing to explain.
	Upload, UploadHint string
	// GroupReplies says, where it needs saying, why an answer in a group
	// must reply to the question or use /answer: the platform does not show
	// the bot other messages.
	GroupReplies string
	// Unreachable says why a student may not get a private message from the
	// bot, for the class told of it; empty is "they need to open a private
	// chat with me first."
	Unreachable string
}

// homework is the command students use for homework on the platform.
func (c Capabilities) homework() string {
	if c.HomeworkCommand != "" {
		return c.HomeworkCommand
	}
	return "/class homework"
}

// unreachable is why a private message may not reach a student.
func (c Capabilities) unreachable() string {
	if c.Unreachable != "" {
		return c.Unreachable
	}
	return "they need to open a private chat with me first."
}

// platform is one registered platform: its outbox and what it declared.
type platform struct {
	out  Outbox
	caps Capabilities
}

// caps returns what the platform declared; the zero Capabilities for a
// platform nobody registered.
func (s *Service) caps(name string) Capabilities {
	s.mu.Lock()
	defer s.mu.Unlock()
	if p := s.out[name]; p != nil {
		return p.caps
	}
	return Capabilities{}
}

// platforms lists the registered platforms' capabilities, those of first
// (the reader's own platform) leading when first is not empty, the others
// in the order they registered. Texts that tell how something is done on
// each platform the bot serves are built from it.
func (s *Service) platforms(first string) []Capabilities {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Capabilities, 0, len(s.order))
	if p := s.out[first]; first != "" && p != nil {
		out = append(out, p.caps)
	}
	for _, name := range s.order {
		if name != first || first == "" {
			out = append(out, s.out[name].caps)
		}
	}
	return out
}

// eachPlatform joins, for every platform in list that has a word to say
// (say returns it, or "" for nothing), the words with sep.
func eachPlatform(list []Capabilities, sep string, say func(Capabilities) string) string {
	var parts []string
	for _, c := range list {
		if w := say(c); w != "" {
			parts = append(parts, w)
		}
	}
	return strings.Join(parts, sep)
}
