package extract

import "testing"

// TestParticipants checks who takes part in an event and in which role, as
// a reader names them.
func TestParticipants(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{{
		name: "control through a possessive noun",
		text: "StatesWest Airlines said it withdrew its offer to acquire Mesa Airlines.",
		want: []want{{trigger: "acquire", who: []string{"StatesWest Airlines/agent", "Mesa Airlines/patient"}}},
	}, {
		name: "a gerund after its verb",
		text: "StatesWest Airlines had proposed acquiring Mesa Airlines for $7 a share.",
		want: []want{{trigger: "acquiring", who: []string{"StatesWest Airlines/agent", "Mesa Airlines/patient"}}},
	}, {
		name: "an infinitive after a copula's predicate",
		text: "Defense Minister Yitzhak Mordechai was the first senior official to refer to the resolution.",
		want: []want{{trigger: "refer", who: []string{"Yitzhak Mordechai/agent"}}},
	}, {
		name: "a report with its subject after it",
		text: `"I haven't seen a pattern yet," said Patricia Hurt, the Essex County prosecutor.`,
		want: []want{{trigger: "said", who: []string{"Patricia Hurt/agent"}, notWho: []string{"Patricia Hurt/patient"}, phrase: "Hurt said"}},
	}, {
		name: "a place that only qualifies a name",
		text: "Arafat will meet on Monday with US Secretary of State Madeleine Albright.",
		want: []want{{trigger: "meet", who: []string{"Madeleine Albright/co-agent"}, notWho: []string{"United States"}}},
	}, {
		name: "a title with of",
		text: "The president met with White House Chief of Staff John Sununu on Sunday.",
		want: []want{{trigger: "met", who: []string{"John Sununu/co-agent"}, notWho: []string{"Staff"}}},
	}, {
		name: "a pronoun and a name joined",
		text: "Benjamin Netanyahu spoke. He and Palestinian leader Yasser Arafat meet separately on Monday.",
		want: []want{{trigger: "meet", who: []string{"Benjamin Netanyahu/agent", "Yasser Arafat/agent"}}},
	}, {
		name: "an emphatic reflexive",
		text: "President George Bush spoke. Officials said the president himself met Sununu on Sunday.",
		want: []want{{trigger: "met", who: []string{"George Bush/agent"}}},
	}, {
		name: "the president nobody was named as",
		text: "Patricia Hurt spoke. Officials said the president met Sununu on Sunday.",
		want: []want{{trigger: "met", notWho: []string{"Patricia Hurt"}}},
	}, {
		name: "a body named after its leader",
		text: "The Bush administration plans to deploy 45,000 Marines on Monday.",
		want: []want{{trigger: "deploy", who: []string{"Bush administration/agent"}}},
	}, {
		name: "a surname before the full name",
		text: "Sununu quit on Monday. White House Chief of Staff John Sununu had lost support.",
		want: []want{{trigger: "quit", who: []string{"John Sununu/agent"}}},
	}, {
		name: "a bare infinitive after see",
		text: "The Conservatives have seen their traditional backers walk away on Monday.",
		want: []want{{trigger: "walk", phrase: "their traditional backers walk away"}},
	}, {
		name: "cataphora",
		text: "Since he came into office Mr Trump has sought rapprochement with Mr Putin.",
		want: []want{{trigger: "came", who: []string{"Trump/agent"}, notWho: []string{"Putin/agent"}}},
	}, {
		name: "a relative that takes the nearest noun",
		text: "It has been a waste of the US taxpayer dollars that have been spent on aid for Ukraine.",
		want: []want{{trigger: "spent", phrase: "US taxpayer dollars have been spent on aid for Ukraine"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(tt.text, monday)
			for _, w := range tt.want {
				w.check(t, evs)
			}
			if t.Failed() {
				for _, e := range evs {
					t.Log(describe(e))
				}
			}
		})
	}
}
