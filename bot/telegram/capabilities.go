package telegram

import "quizbot/bot"

// Platform is the name stored with Telegram's chats and users.
const Platform = "telegram"

// Capabilities is what Telegram can show and do, and what the conversation
// says of it in Telegram's own words.
var Capabilities = bot.Capabilities{
	Name:    "Telegram",
	Buttons: true,
	Polls:   true,
	Edits:   true,
	Images:  true,
	// Teacher rights are a group's creator and administrators
	// (getChatMember, admin.go).
	Admins:      "chat admins",
	Admin:       "a chat admin",
	TeacherRole: "make the teachers admins of the group",
	// A command has no file option: the file carries it as its caption.
	Upload:     "send the file as a document with the caption /class upload",
	UploadHint: "send it with the caption /class upload",
	// With privacy mode on, as it is by default, a bot in a group sees
	// only commands and replies to its own messages.
	GroupReplies: "Telegram hides other messages in groups from bots that are not admins",
}
