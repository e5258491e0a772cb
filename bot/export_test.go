package bot

// LockedChats exposes lockedChats to the tests of package bot_test.
func (s *Service) LockedChats() int { return s.lockedChats() }
