package quiz

// User is a player on one platform.
type User struct {
	ID         int64
	Platform   string
	PlatformID string
	Name       string
}

// Chat is a conversation on one platform: a private chat, a group or a
// channel. Scope groups chats that share a leaderboard (a Discord server).
type Chat struct {
	ID         int64
	Platform   string
	PlatformID string
	Private    bool
	Title      string
	Scope      string
	TimeLimit  int  // seconds per question; 0 = the default
	Poll       bool // ask as native quiz polls where the platform has them
}

// GlobalScope is the scope of the all-chats leaderboard.
const GlobalScope = "*"
