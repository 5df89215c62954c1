package extract

import (
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

func TestPhrase(t *testing.T) {
	tests := []struct {
		name, text, expr string
		want             string
	}{
		{"subject verb object", "Police arrested a man on Monday.", "on Monday", "Police arrested a man"},
		{"family name first", "Chinese President Xi Jinping met Japan's prime minister on Monday.", "on Monday", "Xi met Japan's prime minister"},
		{"hyphenated given name", "President Lee Jae-myung joined them by video on Tuesday.", "on Tuesday", "Lee joined them by video"},
		{"western first name", "Lee Anderson resigned on Tuesday.", "on Tuesday", "Anderson resigned"},
		{"adverb dropped", "The ministry also announced new sanctions on Tuesday.", "on Tuesday", "ministry announced new sanctions"},
		{"passive", "Three soldiers were killed in an attack on Tuesday.", "on Tuesday", "Three soldiers were killed in an attack"},
		{"mention between subject and verb", "The central bank Tuesday imposed new lending limits on shares.", "Tuesday",
			"central bank imposed new lending limits on shares"},
		{"mention before object", "The company announced on Monday a plan to cut jobs.", "on Monday", "company announced a plan to cut jobs"},
		{"event noun subject", "The attack on Monday killed 12 people.", "on Monday", "attack killed 12 people"},
		{"event noun copula", "Officials said the meeting on Friday was productive.", "on Friday", "meeting"},
		{"possessive mention", "Friday's accident was the worst in years.", "Friday", "accident"},
		{"premodifier", "Turnout in the 2020 election was high.", "2020", "election"},
		{"reporting complement", "The minister said on Monday that the government would raise taxes.", "on Monday",
			"government would raise taxes"},
		{"told that", "Mr Smith told reporters on Friday that he had resigned.", "on Friday", "Smith resigned"},
		{"trailing frame", "Italian troops will not be sent to Albania, a military source said on Tuesday.", "on Tuesday",
			"Italian troops will not be sent to Albania"},
		{"trailing frame paren", "Cities will grow, the Asian Development Bank (ADB) said on Monday.", "on Monday",
			"Cities will grow"},
		{"quote frame", `"It was very useful," Mr Putin said on Tuesday.`, "on Tuesday", `Putin said “It was very useful”`},
		{"introductory phrase", "On Thursday, Ichiro Ozawa, who heads the party, promised to support the bill.", "On Thursday",
			"Ozawa promised to support the bill"},
		{"inverted conditional", "Had he been re-elected in 2020, the war would not have happened.", "in 2020", "not re-elected"},
		{"to infinitive", "Producers hope to make a profit next year.", "next year", "Producers hope to make a profit"},
		{"pluperfect kept for been", "Police said 50 crimes had been uncovered this month.", "this month", "50 crimes had been uncovered"},
		{"coordinated subject", "The Tuamotu and Gambier islands were to be put on show on Friday.", "on Friday",
			"Tuamotu and Gambier islands were to be put on show"},
		{"clause after and", "Tayan would visit Israel on April 7 and Levy would be in Ankara on April 8.", "April 8",
			"Levy would be in Ankara"},
		{"since clause", "The index has fallen since March 30 when the party withdrew support.", "March 30", "index has fallen"},
		{"deep noun", "Two men were suspected of involvement in the bombing of a plane over Lockerbie, Scotland in 1988.", "in 1988",
			"bombing of a plane over Lockerbie"},
		{"verbless noun phrase", "Malaysia has hanged 214 traffickers since the introduction of the death penalty in 1980.", "1980",
			"death penalty"},
		{"headline", "Talks on Monday", "on Monday", "Talks"},
		{"mention only", "Monday", "Monday", "Monday"},
		{"honorific dropped", "Mr Trump met Mr Putin on Monday.", "on Monday", "Trump met Putin"},
		{"long object cut", "The council approved a plan to build new schools and hospitals in the northern and southern districts of the city on Monday.",
			"on Monday", "council approved a plan to build new schools and hospitals"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mentionOf(t, tt.text, tt.expr, 0)
			evs := Events(tt.text, []timeline.Mention{m})
			if len(evs) != 1 {
				t.Fatalf("got %d events", len(evs))
			}
			if evs[0].Phrase != tt.want {
				t.Errorf("phrase for %q in %q\n got %q\nwant %q", tt.expr, tt.text, evs[0].Phrase, tt.want)
			}
		})
	}
}

func TestPronounResolution(t *testing.T) {
	text := "US President Donald Trump spoke to reporters. He said on Monday he had signed the order."
	m := mentionOf(t, text, "on Monday", 0)
	ev := Events(text, []timeline.Mention{m})[0]
	if ev.Phrase != "Trump signed the order" {
		t.Errorf("phrase %q", ev.Phrase)
	}
	if !contains(names(ev.Actors), "Donald Trump/person") {
		t.Errorf("actors %v lack the resolved pronoun", ev.Actors)
	}
}

func TestEventsSkipsNonEvents(t *testing.T) {
	text := "The talks lasted two hours every day on Monday."
	ms := []timeline.Mention{
		{Start: 16, End: 25, Text: "two hours", Type: timeline.TypeDuration},
		{Start: 26, End: 35, Text: "every day", Type: timeline.TypeSet},
		mentionOf(t, text, "Monday", 0),
		{Start: -1, End: 3, Type: timeline.TypeDate},
		{Start: 5, End: 500, Type: timeline.TypeTime},
	}
	evs := Events(text, ms)
	if len(evs) != 1 || evs[0].Mention != 2 {
		t.Fatalf("events %+v, want one for mention 2", evs)
	}
	if evs[0].Phrase != "talks lasted two hours" {
		t.Errorf("phrase %q", evs[0].Phrase)
	}
	if Events(text, nil) != nil {
		t.Error("no mentions must give no events")
	}
}

func TestProcessSetsDocumentID(t *testing.T) {
	doc := &timeline.Document{ID: 7, Text: "Nothing happened."}
	mentions, events := Process(doc)
	for _, ev := range events {
		if ev.DocumentID != 7 {
			t.Errorf("event document %d", ev.DocumentID)
		}
	}
	_ = mentions
}
