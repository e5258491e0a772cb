// Package bot is quizbot's conversation, the same on every platform: a chat
// message or a button press comes in, replies go out through the platform's
// Outbox. Rounds, timers, answers and scores are run here on top of the quiz
// domain; the folders below, one per platform, only translate, and each
// tells the conversation what its platform can do (Capabilities).
package bot

import (
	"context"
	"io"
	"time"

	"quizbot/quiz"
)

// Chat is where a conversation happens.
type Chat struct {
	Platform string // the name its adapter registered, stored with chats and users
	ID       string // the platform's chat or channel id
	Private  bool   // a one-to-one chat with the bot
	Title    string
	// Scope groups chats for leaderboards: on a platform where a server
	// holds many channels, the server's id, so that every channel of it
	// shares one table. Empty means the chat itself.
	Scope string
}

// User is who sent a message or pressed a button.
type User struct {
	ID   string // the platform's user id
	Name string // display name
	// Admin is the platform's word that this user manages the chat (a
	// group's creator or administrator, a server's Manage Server permission,
	// the only user of a platform without groups): teacher rights. Adapters
	// must set it at least for /class and /stop. Capabilities.Admins says
	// the same in the platform's words, for the help.
	Admin bool
	// Platform is where the user came from when it is not the chat's: a
	// guest in a class held elsewhere (a student in a browser joining a
	// group's class). Their replies go to that platform's Outbox, and they
	// are stored as that platform's users. Empty: the chat's platform.
	Platform string
}

// Incoming is one thing a user did.
type Incoming struct {
	// ID is the platform's update or interaction id. An Incoming whose ID was
	// handled before is ignored, so a platform delivering twice scores once.
	ID   string
	Chat Chat
	User User
	// Text is the message, with slash commands rendered as text: "/quiz start
	// history 5", "/answer Tobolsk". Adapters strip "@botname" from commands.
	Text string
	// Data is the data of a pressed button or a chosen poll option, exactly as
	// the bot gave it in Button.Data or Poll.Data. Text is empty then.
	Data string
	// ToBot is set when the message replies to one of the bot's messages, which
	// makes plain text in a group count as an answer.
	ToBot bool
	// File is an uploaded document, if any.
	File *File
	// At is when the platform says it happened; zero means now.
	At time.Time
}

// File is an uploaded document; Open fetches its content.
type File struct {
	Name string
	MIME string
	Size int64
	Open func(ctx context.Context) (io.ReadCloser, error)
}

// Button is one choice under a message. Data names round, question and
// option and is at most 64 bytes, the least that the platforms allow for a
// button's data.
type Button struct {
	Label string
	Data  string
}

// Reply is one thing the bot says.
type Reply struct {
	Text    string
	Buttons []Button
	// To is the Incoming this reply answers, nil for what the bot says by
	// itself (questions, reveals). Adapters answer interactions and button
	// presses through it.
	To *Incoming
	// Ephemeral replies are for the user of To only: where the platform has
	// them, messages only that user sees; elsewhere a button verdict (a
	// toast) or a private message.
	Ephemeral bool
	// Notice is a short verdict for a button press ("✅ +850"), shown as a
	// toast where the platform has one.
	Notice string
	// Image and File are attachments (a PNG chart, a CSV report); Text says
	// the same facts for platforms or users that cannot see them.
	Image *Attachment
	File  *Attachment
	// Poll asks the question as a native quiz poll, only on platforms that
	// declare Capabilities.Polls; an adapter that cannot send it as a poll
	// falls back to Text and Buttons.
	Poll *Poll
	// Minor marks an edit that only refreshes live figures (an answered
	// count, a lobby's list): a platform with a tight message budget may hold
	// it back to keep room for messages that must not wait (the next
	// question, a reveal). A newer Minor edit of the same message supersedes
	// it, so nothing is lost by the wait.
	Minor bool
	// Verdict is the answer this reply judges, as stored, for platforms
	// that show a verdict their own way (a browser's page).
	Verdict *quiz.Attempt
	// UserID sends the reply privately to that user of the chat's platform
	// (a DM) instead of to the chat; adapters that cannot reach the user
	// return an error.
	UserID string
}

// Attachment is a named file the bot sends.
type Attachment struct {
	Name string
	Data []byte
}

// Poll is a native quiz poll. Data[i] is what an answer for option i comes
// back as, in Incoming.Data.
type Poll struct {
	Question    string
	Options     []string
	Data        []string
	Correct     int
	Explanation string // at most 200 characters
	OpenPeriod  time.Duration
}

// Outbox delivers replies on one platform. Send returns the platform's id for
// the message it sent, so that the bot can edit it later (the reveal edits the
// question); Edit of a message that cannot be edited may send a new one.
type Outbox interface {
	Send(ctx context.Context, chat Chat, r Reply) (msgID string, err error)
	Edit(ctx context.Context, chat Chat, msgID string, r Reply) error
}

// Partitioned is an Outbox of a process that serves only some of its
// platform's chats, such as one shard of a platform's gateway beside others
// on the same database. Start resumes only the rounds of the chats it serves: a
// chat's rounds are written by one process, which the store's in-memory
// copies rely on.
type Partitioned interface {
	Serves(chat Chat) bool
}

// Command is a chat command, for platforms that list them in their own
// menus (a command list, slash commands).
type Command struct {
	Name        string
	Usage       string
	Description string
	Teacher     bool
}

// Commands lists the chat commands, the same everywhere.
var Commands = []Command{
	{"start", "/start", "Welcome and how to play", false},
	{"help", "/help", "What quizbot can do", false},
	{"quiz", "/quiz [topic] [count]", "Start a quiz round (also /quiz stop|hint|skip|poll)", false},
	{"stop", "/stop", "Stop the current round", false},
	{"hint", "/hint", "A hint for the open question (half points)", false},
	{"skip", "/skip", "Skip the open question", false},
	{"answer", "/answer TEXT", "Answer the open question", false},
	{"score", "/score", "Your points, rank and accuracy", false},
	{"top", "/top", "The leaderboard", false},
	{"review", "/review", "Review the questions you missed (private chat)", false},
	{"topics", "/topics", "The topics you can play", false},
	{"class", "/class start|join|begin|end|report|assign|homework|retire|upload|web", "Live classes, homework and reports (/class help)", true},
	{"forgetme", "/forgetme", "Delete your answers, scores and reviews", false},
}
