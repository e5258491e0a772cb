package web_test

import (
	"testing"

	"quizbot/storage/postgres/pgtest"
)

// TestTeacherPagesOnPostgres runs the teacher's flow over HTTP on a
// PostgreSQL store, each test on a schema of its own of the server that
// QUIZBOT_TEST_POSTGRES names: sign-in links and sessions, topics and their
// questions, edits, questions added by hand, uploaded drafts, a class
// opened, run and reported, another teacher kept out; students joining by
// code from a browser and from other platforms. The tests are those of the
// pages on SQLite, run unchanged.
func TestTeacherPagesOnPostgres(t *testing.T) {
	pgtest.URL(t) // skips the test when no server is named
	tests := []struct {
		name string
		f    func(*testing.T)
	}{
		{"SignInLinkWorksOnce", TestSignInLinkWorksOnceAndSetsASafeCookie},
		{"StrangersGetOnlyTheSignInPage", TestStrangersGetOnlyTheSignInPage},
		{"ChangesNeedTheCSRFToken", TestChangesNeedTheSessionsCSRFToken},
		{"SessionsExpire", TestSessionsExpire},
		{"SignOutEndsTheSession", TestSignOutEndsTheSession},
		{"TopicsAndQuestionsAsJSON", TestTopicsAndQuestionsAsJSON},
		{"PatchQuestion", TestPatchQuestion},
		{"AddQuestionByHand", TestAddQuestionByHand},
		{"UploadedTextIsADraftUntilPublished", TestUploadedTextIsADraftUntilPublished},
		{"ClassFromThePageFollowedLiveToTheReport", TestClassFromThePageFollowedLiveToTheReport},
		{"AnotherTeachersClassIsForbidden", TestAnotherTeachersClassIsForbidden},
		{"OpenClassRefusesBadInput", TestOpenClassRefusesBadInput},
		{"StudentsJoinByCodeAndAnswerThroughTheBot", TestStudentsJoinByCodeAndAnswerThroughTheBot},
		{"OneClassInABrowserWithTelegramAndDiscordGuests", TestOneClassInABrowserWithTelegramAndDiscordGuests},
		{"JoinFormSaysWhatIsWrong", TestJoinFormSaysWhatIsWrong},
		{"WrongCodesAreRateLimited", TestWrongCodesAreRateLimited},
	}
	sqlite := openStore
	t.Cleanup(func() { openStore = sqlite })
	openStore = func(t testing.TB) store { return pgtest.Open(t) }
	for _, tc := range tests {
		t.Run(tc.name, tc.f)
	}
}
