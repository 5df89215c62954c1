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
	}, {
		name: "a royal title is part of the name",
		text: "Saddam Hussein spoke on Monday. President George Bush said King Hussein assured him on Tuesday. Hussein said so.",
		want: []want{{trigger: "assured", who: []string{"King Hussein/agent"}, notWho: []string{"Saddam Hussein"}}},
	}, {
		name: "an object pronoun is not its verb's subject",
		text: "President George Bush spoke on Monday. Bush also said Thursday that King Hussein assured him Jordan would close the port.",
		want: []want{{trigger: "assured", who: []string{"King Hussein/agent", "George Bush/recipient"}, notWho: []string{"King Hussein/recipient"}}},
	}, {
		name: "a demonym standing for a person",
		text: "Carlos Alcaraz beat Jannik Sinner on Sunday. The Spaniard, who turned 22 last month, saved three championship points.",
		want: []want{{trigger: "saved", who: []string{"Carlos Alcaraz/agent"}, notWho: []string{"Spain"}}},
	}, {
		name: "a country for its government",
		text: "The Cuban government urged its people on Monday to keep up their demonstrations.",
		want: []want{{trigger: "urged", who: []string{"Cuba/agent"}}},
	}, {
		name: "a company's initials and first word",
		text: "International Business Machines Corp. and Compaq Computer Corp. rose. On Monday IBM told customers and Compaq said nothing.",
		want: []want{
			{trigger: "told", who: []string{"International Business Machines Corp/agent"}},
			{trigger: "said", who: []string{"Compaq Computer Corp/agent"}},
		},
	}, {
		name: "a company's name opening a sentence",
		text: "Control Data Corp. thinks it will be healthy. During that time, Control Data had losses on Monday.",
		want: []want{{trigger: "had", who: []string{"Control Data Corp/agent"}}},
	}, {
		name: "subjects joined across an abbreviation",
		text: "While IBM Corp. and Compaq Computer Corp. say the bugs are rare, others disagree on Monday.",
		want: []want{{trigger: "say", who: []string{"IBM Corp/agent", "Compaq Computer Corp/agent"}}},
	}, {
		name: "they after a report by a plural common noun",
		text: "Acme agreed to sell its division. Union leaders said they would meet with management next week.",
		want: []want{{trigger: "meet", notWho: []string{"Acme"}}},
	}, {
		name: "the object of an accusation did the gerund",
		text: "A jury on Wednesday convicted former mayor Daniel Ortiz of taking bribes.",
		want: []want{
			{trigger: "convicted", who: []string{"Daniel Ortiz/patient"}},
			{trigger: "taking", who: []string{"Daniel Ortiz/agent"}},
		},
	}, {
		name: "the speaker is the agent of what the sentence opens by speaking in",
		text: "Earlier on Monday in a post on his platform, Mr Trump said he had spoken to Putin.",
		want: []want{{trigger: "post", who: []string{"Trump/agent"}, phrase: "Trump's post"}},
	}, {
		name: "an occupation before a name",
		text: "The company was founded in 1987 by engineer Tom Becker.",
		want: []want{{trigger: "founded", who: []string{"Tom Becker/agent"}, phrase: "founded by engineer Tom Becker"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkWants(t, tt.text, tt.want) })
	}
}
