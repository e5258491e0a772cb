package discord

import "quizbot/bot"

// Platform is the name stored with Discord's chats and users.
const Platform = "discord"

// Capabilities is what Discord can show and do, and what the conversation
// says of it in Discord's own words.
var Capabilities = bot.Capabilities{
	Name:    "Discord",
	Buttons: true,
	Edits:   true,
	Images:  true,
	// /quiz start|stop|hint|skip are subcommands (commands.go folds the
	// short forms into /quiz).
	QuizSubcommands: true,
	// /class is for Manage Server only and not offered in DMs, so students
	// have a /homework of their own (shortcuts in commands.go).
	HomeworkCommand: "/homework",
	Admins:          "Manage Server",
	Admin:           "someone with Manage Server",
	TeacherRole: "give the teachers' role the Manage Server permission, or let that role use /class under " +
		"Server Settings → Integrations → quizbot → Command Permissions",
	Upload:      "use the file option of /class upload",
	Unreachable: "they may have direct messages from server members turned off.",
}
