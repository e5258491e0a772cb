package console

import "quizbot/bot"

// Platform is the name stored with the console's chat and user.
const Platform = "console"

// Capabilities is what a terminal can show: text alone. There are no
// buttons to press, nothing printed can be changed, and the only chat is
// the private one of the local user, who is its teacher, so there are no
// group rights to explain.
var Capabilities = bot.Capabilities{Name: "the console"}
