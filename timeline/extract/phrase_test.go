package extract

import "testing"

// TestPhrase checks the phrase of the event a time expression dates: its
// subject, its verb group and what follows, or an event noun with its
// modifiers.
func TestPhrase(t *testing.T) {
	tests := []struct {
		name, text, trigger string
		want                string
	}{
		{"subject verb object", "Police arrested a man on Monday.", "arrested", "Police arrested a man"},
		{"family name first", "Chinese President Xi Jinping met Japan's prime minister on Monday.", "met", "Xi met Japan's prime minister"},
		{"hyphenated given name", "President Lee Jae-myung joined them by video on Tuesday.", "joined", "Lee joined them by video"},
		{"western first name", "Lee Anderson resigned on Tuesday.", "resigned", "Anderson resigned on Tuesday"},
		{"adverb dropped", "The ministry also announced new sanctions on Tuesday.", "announced", "ministry announced new sanctions"},
		{"passive", "Three soldiers were killed in an attack on Tuesday.", "killed", "Three soldiers were killed in an attack"},
		{"mention between subject and verb", "The central bank Tuesday imposed new lending limits on shares.", "imposed",
			"central bank imposed new lending limits on shares"},
		{"mention before object", "The company announced on Monday a plan to cut jobs.", "announced", "company announced a plan to cut jobs"},
		{"event noun subject", "The attack on Monday killed 12 people.", "killed", "attack killed 12 people"},
		{"event noun", "Officials said the meeting on Friday was productive.", "meeting", "meeting"},
		{"possessive mention", "Friday's accident was the worst in years.", "accident", "Friday's accident"},
		{"premodifier", "Turnout in the 2020 election was high.", "election", "2020 election"},
		{"reporting complement", "The minister said on Monday that the government would raise taxes.", "raise",
			"government would raise taxes"},
		{"told that", "Mr Smith told reporters on Friday that he had resigned.", "resigned", "Smith resigned"},
		{"trailing frame", "Italian troops will not be sent to Albania, a military source said on Tuesday.", "sent",
			"Italian troops will not be sent to Albania"},
		{"trailing frame paren", "Cities will grow, the Asian Development Bank (ADB) said on Monday.", "grow", "Cities will grow"},
		{"introductory phrase", "On Thursday, Ichiro Ozawa, who heads the party, promised to support the bill.", "promised",
			"Ozawa promised to support the bill"},
		{"inverted conditional", "Had he been re-elected in 2020, the war would not have happened.", "re-elected", "had he been re-elected"},
		{"to infinitive", "Producers hope to make a profit next year.", "make", "Producers to make a profit"},
		{"pluperfect kept for been", "Police said 50 crimes had been uncovered this month.", "uncovered", "50 crimes had been uncovered"},
		{"coordinated subject", "The Tuamotu and Gambier islands were to be put on show on Friday.", "put",
			"Tuamotu and Gambier islands to be put on show"},
		{"clause after and", "Tayan would visit Israel on April 7 and Levy would be in Ankara on April 8.", "visit", "Tayan would visit Israel"},
		{"since clause", "The index has fallen since March 30 when the party withdrew support.", "fallen", "index has fallen"},
		{"deep noun", "Two men were suspected of involvement in the bombing of a plane over Lockerbie, Scotland in 1988.", "bombing",
			"bombing of a plane over Lockerbie"},
		{"verbless noun phrase", "Malaysia has hanged 214 traffickers since the introduction of the death penalty in 1980.", "hanged",
			"Malaysia has hanged 214 traffickers since the introduction of the death penalty"},
		{"headline", "Talks on Monday", "Talks", "Talks"},
		{"honorific dropped", "Mr Trump met Mr Putin on Monday.", "met", "Trump met Putin"},
		{"long object cut", "The council approved a plan to build new schools and hospitals in the northern and southern districts of the city on Monday.",
			"approved", "council approved a plan to build new schools and hospitals"},
		{"pronoun resolved", "US President Donald Trump spoke to reporters. He said on Monday he had signed the order.", "signed",
			"Trump signed the order"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(tt.text, monday)
			e := find(evs, tt.trigger)
			if e == nil {
				t.Fatalf("no event %q in %q", tt.trigger, tt.text)
			}
			if e.Phrase != tt.want {
				t.Errorf("phrase of %q in %q\n got %q\nwant %q", tt.trigger, tt.text, e.Phrase, tt.want)
			}
		})
	}
}
