package web

import "quizbot/bot"

// Platform is the name stored with the chats of classes opened in a
// browser.
const Platform = "web"

// Capabilities is what a class page in a browser can show. The page draws a
// class from the store rather than from the bot's messages (see Send), so
// the bot's texts matter little here; it has buttons, and edits wake the
// live view at once. It draws its own counts and podium, so the bot's
// charts (Images) would go unseen.
var Capabilities = bot.Capabilities{Name: "the web", Buttons: true, Edits: true}
