// Package storetest is the behaviour every store must have, as one suite of
// tests that each store's package runs against itself: storage (SQLite)
// always, storage/postgres when a server is named. A store is judged only
// through the interfaces of package quiz (Store, TeacherStore,
// Housekeeping), so both are held to the same rules.
package storetest

import (
	"context"
	"errors"
	"testing"
	"time"

	"quizbot/quiz"
)

// Store is what every store implements: the quiz's store, the teacher's
// pages' and the command line's housekeeping.
type Store interface {
	quiz.Store
	quiz.TeacherStore
	quiz.Housekeeping
}

// Open returns a new, empty store whose clock is now, closed when the test
// ends.
type Open func(t *testing.T, now func() time.Time) Store

// Run runs every test of the suite, each on a store of its own.
func Run(t *testing.T, open Open) {
	tests := []struct {
		name string
		f    func(t *testing.T, s *suite)
	}{
		{"SaveTopicIsIdempotent", testSaveTopicIsIdempotent},
		{"SaveTopicRefusesFlawedQuestionsAndStoresNothing", testSaveTopicRefusesFlawed},
		{"OneOpenRoundPerChat", testOneOpenRoundPerChat},
		{"OpenRoundFollowsEveryWrite", testOpenRoundFollowsEveryWrite},
		{"RecordAttemptScoresOnceAndStreaks", testRecordAttemptScoresOnceAndStreaks},
		{"TypedGuessesAreKeptOncePerDelivery", testTypedGuesses},
		{"ConcurrentDeliveriesCountOnce", testConcurrentDeliveries},
		{"RedeliveryOnALaterQuestionIsRefused", testRedeliveryLater},
		{"RankFollowsTheBoard", testRankFollowsTheBoard},
		{"ForgetUserKeepsAnonymousStatistics", testForgetUser},
		{"StateAndEvents", testStateAndEvents},
		{"ClassStore", testClassStore},
		{"ClassCodes", testClassCodes},
		{"ImportQuestionsAllOrNothing", testImportAllOrNothing},
		{"ImportUpdatesTheQuestionItNames", testImportUpdatesByRef},
		{"CandidatesPreferUnasked", testCandidates},
		{"ProgressAndTopicResults", testProgress},
		{"SignInLinksAndSessions", testSignInAndSessions},
		{"SignInLinkRedeemedOnceUnderRace", testSignInRace},
		{"DraftTopicsStayOutOfPlay", testDraftTopics},
		{"EditAndAddQuestions", testEditAndAddQuestions},
		{"TopicQuestionStatistics", testTopicStatistics},
		{"TeacherClassesAndClassRound", testTeacherClasses},
		{"HousekeepingTopics", testHousekeepingTopics},
		{"HousekeepingRetiredQuestionsAndClasses", testHousekeepingQuestionsAndClasses},
		{"MailQueuedWithTheRoundSentOnce", testMail},
		{"MailClaimedOnceByConcurrentWorkers", testMailClaimedOnce},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := &suite{now: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
			s.db = open(t, func() time.Time { return s.now })
			tc.f(t, s)
		})
	}
}

// suite is one test's store and its clock.
type suite struct {
	db  Store
	now time.Time
}

var ctx = context.Background()

func sampleQuestions() []quiz.Question {
	qs := []quiz.Question{
		{Kind: quiz.MultipleChoice, Stem: "In what year did the treaty end the war?", Options: []string{"1687", "1688", "1689", "1690"},
			Answer: "1689", Explanation: "The treaty of 1689 ended the war.", Source: "Wars", Difficulty: 0.4, Quality: 0.8},
		{Kind: quiz.FillBlank, Stem: "The fort was built on the _____ River.", Answer: "Amur", Aliases: []string{"Amur River"},
			Explanation: "The fort was built on the Amur River.", Source: "Wars", Difficulty: 0.6, Quality: 0.7},
		{Kind: quiz.TrueFalse, Stem: "The siege lasted five months.", Options: []string{"True", "False"}, Answer: "True",
			Explanation: "The siege lasted five months.", Source: "Wars", Difficulty: 0.3, Quality: 0.6},
	}
	for i := range qs {
		qs[i].ID = quiz.QuestionID(qs[i].Kind, qs[i].Stem, qs[i].Answer, qs[i].Options)
	}
	return qs
}

// groupRound stores the sample questions, a group chat, one player and an
// open round asking the questions at the given positions.
func (s *suite) groupRound(t *testing.T, positions ...int) ([]quiz.Question, *quiz.Chat, *quiz.User, *quiz.Round) {
	t.Helper()
	qs := sampleQuestions()
	if _, err := s.db.SaveTopic(ctx, "Wars", "", qs); err != nil {
		t.Fatal(err)
	}
	chat := &quiz.Chat{Platform: "telegram", PlatformID: "-100", Title: "class"}
	u := &quiz.User{Platform: "telegram", PlatformID: "7", Name: "Ann"}
	r := &quiz.Round{Mode: quiz.ModeQuiz, State: quiz.Asking, TimeLimit: 30}
	for _, i := range positions {
		r.QuestionIDs = append(r.QuestionIDs, qs[i].ID)
	}
	if err := errors.Join(s.db.EnsureChat(ctx, chat), s.db.EnsureUser(ctx, u)); err != nil {
		t.Fatal(err)
	}
	r.ChatID = chat.ID
	if err := s.db.CreateRound(ctx, r); err != nil {
		t.Fatal(err)
	}
	return qs, chat, u, r
}
