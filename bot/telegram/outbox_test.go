package telegram

import (
	"context"
	"strings"
	"testing"

	"quizbot/bot"
	"quizbot/bot/telegram/telegramtest"
)

func TestSendAndEdit(t *testing.T) {
	srv := newServer(t)
	e := start(t, srv, newFakeService(), nil)
	ctx := context.Background()
	chat := tgChat(group)

	id, err := e.bot.Send(ctx, chat, bot.Reply{Text: "Which city?", Buttons: []bot.Button{
		{Label: "Tobolsk", Data: "r1:1:0"}, {Label: "Omsk", Data: "r1:1:1"}, {Label: "Tomsk", Data: "r1:1:2"}, {Label: "Irkutsk", Data: "r1:1:3"}}})
	if err != nil {
		t.Fatalf("Send: %v", err)
	}
	m, _ := srv.Message(atoi(t, id))
	var datas []string
	for _, row := range m.Buttons {
		for _, b := range row {
			datas = append(datas, b.Data)
		}
	}
	if strings.Join(datas, ",") != "r1:1:0,r1:1:1,r1:1:2,r1:1:3" {
		t.Errorf("button data = %v; want the bot's data in order", datas)
	}

	// The reveal: new text, keyboard gone.
	if err := e.bot.Edit(ctx, chat, id, bot.Reply{Text: "Which city? — Tobolsk (3 of 4)"}); err != nil {
		t.Fatalf("Edit: %v", err)
	}
	m, _ = srv.Message(atoi(t, id))
	if m.Text != "Which city? — Tobolsk (3 of 4)" || len(m.Buttons) != 0 || m.Edits != 1 {
		t.Errorf("after edit = %+v; want new text, no buttons, 1 edit", m)
	}
	// The same edit again is "not modified" on Telegram: not an error.
	if err := e.bot.Edit(ctx, chat, id, bot.Reply{Text: "Which city? — Tobolsk (3 of 4)"}); err != nil {
		t.Errorf("repeated Edit = %v; want nil", err)
	}
	// Buttons only: editMessageReplyMarkup.
	if err := e.bot.Edit(ctx, chat, id, bot.Reply{Buttons: []bot.Button{{Label: "Again", Data: "again"}}}); err != nil {
		t.Fatalf("Edit markup: %v", err)
	}
	if n := len(srv.Calls("editMessageReplyMarkup")); n != 1 {
		t.Errorf("editMessageReplyMarkup calls = %d; want 1", n)
	}
	m, _ = srv.Message(atoi(t, id))
	if len(m.Buttons) != 1 || m.Buttons[0][0].Data != "again" || m.Text != "Which city? — Tobolsk (3 of 4)" {
		t.Errorf("after markup edit = %+v; want one button, same text", m)
	}
	// A message that is gone: sent anew.
	if err := e.bot.Edit(ctx, chat, "999999", bot.Reply{Text: "Results"}); err != nil {
		t.Errorf("Edit of a missing message = %v; want it sent anew", err)
	}
	if got := srv.BotMessages(group.ID); got[len(got)-1].Text != "Results" {
		t.Errorf("last message = %q; want Results", got[len(got)-1].Text)
	}
}

func TestLongTextSplit(t *testing.T) {
	srv := newServer(t)
	e := start(t, srv, newFakeService(), nil)
	var sb strings.Builder
	for i := 0; sb.Len() < 10000; i++ {
		sb.WriteString("Tobolsk was the capital of Siberia. ")
		if i%20 == 19 {
			sb.WriteString("\n\n")
		}
	}
	text := strings.TrimSpace(sb.String())
	id, err := e.bot.Send(context.Background(), tgChat(telegramtest.Private(alice)), bot.Reply{Text: text, Buttons: []bot.Button{{Label: "More", Data: "more"}}})
	if err != nil {
		t.Fatalf("Send: %v", err)
	}
	msgs := srv.BotMessages(alice.ID)
	if len(msgs) != 3 {
		t.Fatalf("messages = %d; want 3 for %d characters", len(msgs), len(text))
	}
	var joined []string
	for i, m := range msgs {
		if units(m.Text) > maxText {
			t.Errorf("part %d has %d characters; want at most %d", i, units(m.Text), maxText)
		}
		if (len(m.Buttons) > 0) != (i == 2) {
			t.Errorf("part %d buttons = %v; want buttons on the last part only", i, m.Buttons)
		}
		joined = append(joined, m.Text)
	}
	if strings.Join(strings.Fields(strings.Join(joined, " ")), " ") != strings.Join(strings.Fields(text), " ") {
		t.Error("parts do not add up to the text")
	}
	if id != itoa(int64(msgs[2].ID)) {
		t.Errorf("Send = %s; want the id of the last part %d", id, msgs[2].ID)
	}
}

func TestAttachmentsAndPrivate(t *testing.T) {
	srv := newServer(t)
	e := start(t, srv, newFakeService(), nil)
	ctx := context.Background()
	png := []byte("\x89PNG fake chart")
	csv := []byte("name,score\nAlice,850\n")
	_, err := e.bot.Send(ctx, tgChat(group), bot.Reply{Text: "Class report", Image: &bot.Attachment{Name: "chart.png", Data: png}, File: &bot.Attachment{Name: "report.csv", Data: csv}})
	if err != nil {
		t.Fatalf("Send: %v", err)
	}
	msgs := srv.BotMessages(group.ID)
	if len(msgs) != 2 || msgs[0].Kind != "photo" || string(msgs[0].File) != string(png) || msgs[0].Text != "Class report" ||
		msgs[1].Kind != "document" || string(msgs[1].File) != string(csv) || msgs[1].Name != "report.csv" {
		t.Errorf("messages = %+v; want the photo with the caption, then the CSV", msgs)
	}
	// UserID: to that user's private chat, not the group.
	if _, err := e.bot.Send(ctx, tgChat(group), bot.Reply{Text: "Your assignment", UserID: itoa(bob.ID)}); err != nil {
		t.Fatalf("Send to user: %v", err)
	}
	if got := srv.BotMessages(bob.ID); len(got) != 1 || got[0].Text != "Your assignment" {
		t.Errorf("bob's chat = %+v; want the assignment", got)
	}
	srv.Block(carol.ID)
	if _, err := e.bot.Send(ctx, tgChat(group), bot.Reply{Text: "x", UserID: itoa(carol.ID)}); err == nil {
		t.Error("Send to a user who blocked the bot = nil; want an error")
	} else if strings.Contains(err.Error(), testToken) {
		t.Errorf("error %q holds the token", err)
	}
}

func TestKeyboardLayout(t *testing.T) {
	tests := []struct {
		labels []string
		rows   []int
	}{
		{[]string{"True", "False"}, []int{2}},
		{[]string{"Tobolsk", "Omsk", "Tomsk", "Irkutsk"}, []int{4}},
		{[]string{"Peter the Great", "Catherine II", "Ivan IV", "Nicholas I"}, []int{2, 2}},
		{[]string{"The Treaty of Nerchinsk", "B", "C"}, []int{1, 1, 1}},
		{nil, nil},
	}
	for _, tc := range tests {
		var bs []bot.Button
		for i, l := range tc.labels {
			bs = append(bs, bot.Button{Label: l, Data: itoa(int64(i))})
		}
		kb := keyboard(bs)
		var rows []int
		for _, r := range kb.InlineKeyboard {
			rows = append(rows, len(r))
		}
		if len(rows) != len(tc.rows) {
			t.Errorf("keyboard(%v) rows = %v; want %v", tc.labels, rows, tc.rows)
			continue
		}
		for i := range rows {
			if rows[i] != tc.rows[i] {
				t.Errorf("keyboard(%v) rows = %v; want %v", tc.labels, rows, tc.rows)
			}
		}
		if kb.InlineKeyboard == nil {
			t.Errorf("keyboard(%v) = nil rows; want an empty list (which removes a keyboard)", tc.labels)
		}
	}
}
