// Package quiz is quizbot's domain: questions, topics, players, chats, rounds,
// attempts and scores, the rules that judge and score an answer, the review
// scheduler, and the store interface that the rest of the program implements.
// It imports no other package of quizbot.
package quiz
