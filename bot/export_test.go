package bot

// LockedChats exposes lockedChats to the tests of package bot_test.
func (s *Service) LockedChats() int { return s.lockedChats() }

// BusyLanes exposes how many send lanes have work.
func (s *Service) BusyLanes() int { return s.lanes.busy() }

// KnownSizes is how many chats and users the Service remembers (known.go).
func (s *Service) KnownSizes() (chats, users int) {
	return s.known.chats.len(), s.known.users.len()
}

// SetMaxKnown bounds the known chats and users at n until restore is
// called; set it before the Services it is for are used.
func SetMaxKnown(n int) (restore func()) {
	old := maxKnown
	maxKnown = n
	return func() { maxKnown = old }
}
