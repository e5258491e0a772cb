package bot

// LockedChats exposes lockedChats to the tests of package bot_test.
func (s *Service) LockedChats() int { return s.lockedChats() }

// BusyLanes exposes how many send lanes have work.
func (s *Service) BusyLanes() int { return s.lanes.busy() }
