package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// monday is the publication date of the test texts: Monday 19 May 2025.
var monday = time.Date(2025, 5, 19, 0, 0, 0, 0, time.UTC)

// eventsOf extracts the events of text published on dct.
func eventsOf(text string, dct time.Time) []timeline.Event {
	return Events(text, temporal.Tag(text, dct), dct)
}

// find returns the first event whose trigger is word, nil when none.
func find(evs []timeline.Event, word string) *timeline.Event {
	for i := range evs {
		if evs[i].Trigger == word {
			return &evs[i]
		}
	}
	return nil
}

// want is what a test expects of one event; empty fields are not checked.
type want struct {
	trigger  string
	class    timeline.EventClass
	modality timeline.Modality
	negated  bool
	value    string // "-" for undated
	relation timeline.Relation
	anchored timeline.Anchoring
	phrase   string   // a substring the phrase must hold
	who      []string // "Name/role" participants that must be there
	notWho   []string // names, or "Name/role", that must not be participants
}

// checkWants extracts the events of text and checks each want against
// them, listing them all when one fails.
func checkWants(t *testing.T, text string, wants []want) {
	t.Helper()
	evs := eventsOf(text, monday)
	for _, w := range wants {
		w.check(t, evs)
	}
	if t.Failed() {
		for _, e := range evs {
			t.Log(describe(e))
		}
	}
}

func (w want) check(t *testing.T, evs []timeline.Event) {
	t.Helper()
	e := find(evs, w.trigger)
	if e == nil {
		var got []string
		for _, e := range evs {
			got = append(got, e.Trigger)
		}
		t.Errorf("no event %q among %v", w.trigger, got)
		return
	}
	if w.class != "" && e.Class != w.class {
		t.Errorf("%s: class %s, want %s", w.trigger, e.Class, w.class)
	}
	if w.modality != "" && e.Modality != w.modality {
		t.Errorf("%s: modality %s, want %s", w.trigger, e.Modality, w.modality)
	}
	if (e.Polarity == timeline.PolarityNegative) != w.negated {
		t.Errorf("%s: polarity %s, want negated=%v", w.trigger, e.Polarity, w.negated)
	}
	switch {
	case w.value == "-" && e.Value != "":
		t.Errorf("%s: dated %s %s (%s), want undated", w.trigger, e.Relation, e.Value, e.AnchoredBy)
	case w.value != "" && w.value != "-" && e.Value != w.value:
		t.Errorf("%s: date %q (%s, %s), want %q", w.trigger, e.Value, e.Relation, e.AnchoredBy, w.value)
	}
	if w.relation != "" && e.Relation != w.relation {
		t.Errorf("%s: relation %q, want %q", w.trigger, e.Relation, w.relation)
	}
	if w.anchored != "" && e.AnchoredBy != w.anchored {
		t.Errorf("%s: anchored by %s, want %s", w.trigger, e.AnchoredBy, w.anchored)
	}
	if w.phrase != "" && !strings.Contains(e.Phrase, w.phrase) {
		t.Errorf("%s: phrase %q, want it to hold %q", w.trigger, e.Phrase, w.phrase)
	}
	have := map[string]bool{}
	names := map[string]bool{}
	for _, p := range e.Participants {
		have[p.Name+"/"+string(p.Role)] = true
		names[p.Name] = true
	}
	for _, w2 := range w.who {
		if !have[w2] {
			t.Errorf("%s: participants %v, want %s", w.trigger, e.Participants, w2)
		}
	}
	for _, n := range w.notWho {
		if names[n] || have[n] {
			t.Errorf("%s: participants %v, want no %s", w.trigger, e.Participants, n)
		}
	}
}

func TestEvents(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{{
		name: "narrative time carries to the next sentence",
		text: "On Tuesday the board met. It approved the merger.",
		want: []want{
			{trigger: "met", value: "2025-05-13", anchored: timeline.AnchoredByExpression, phrase: "board met"},
			{trigger: "approved", value: "2025-05-13", anchored: timeline.AnchoredByNarrative},
		},
	}, {
		name: "a wire story's time carries into the next one-sentence paragraph, not further",
		text: "Iran on Saturday condemned the bombing.\n\nA spokesman said the attack killed many.\n\nThe embassy reopened.",
		want: []want{
			{trigger: "said", value: "2025-05-17", anchored: timeline.AnchoredByNarrative},
			{trigger: "reopened", relation: timeline.RelationBefore, anchored: timeline.AnchoredByPublication},
		},
	}, {
		name: "a when clause takes the time before it",
		text: "Shares had risen 12% since January, when the company unveiled a new robot.",
		want: []want{
			{trigger: "risen", value: "2025-01", relation: timeline.RelationSince},
			{trigger: "unveiled", value: "2025-01", relation: timeline.RelationOn},
		},
	}, {
		name: "a range starts at its first date",
		text: "He steered contracts to Northway between 2018 and 2021.",
		want: []want{{trigger: "steered", value: "2018", relation: timeline.RelationSince}},
	}, {
		name: "an aspectual verb and a moving value share their complement's time",
		text: "Gabelli began raising its stake in July. The stock rose $2.50 to close at $117 yesterday.",
		want: []want{
			{trigger: "began", value: "2025-07"},
			{trigger: "rose", value: "2025-05-18"},
			{trigger: "close", value: "2025-05-18", modality: timeline.ModalityAsserted},
		},
	}, {
		name: "the first to do something did it",
		text: "China became the first country to land on the far side in 2019.",
		want: []want{
			{trigger: "land", value: "2019", modality: timeline.ModalityAsserted},
			{trigger: "became", value: "2019"},
		},
	}, {
		name: "a past participle after an object describes it",
		text: "The river reached 5.3 meters on Monday, breaking a record set in 1941.",
		want: []want{{trigger: "set", value: "1941", phrase: "record set in 1941"}},
	}, {
		name: "a time phrase after a verb's complement dates the verb",
		text: "Coleco failed to come up with another winner and filed for bankruptcy protection in July 1988.",
		want: []want{{trigger: "filed", value: "1988-07", modality: timeline.ModalityAsserted}},
	}, {
		name: "a present-tense headline is on the publication date",
		text: "Acme says suppliers are late\n\nThe company did not name them.",
		want: []want{{trigger: "says", class: timeline.ClassReporting, value: "2025-05-19", anchored: timeline.AnchoredByPublication}},
	}, {
		name: "the verb the expression modifies, not the nearest noun",
		text: "Tokyo stocks plunged to their lowest level by the closing bell on Tuesday.",
		want: []want{{trigger: "plunged", value: "2025-05-13", relation: timeline.RelationOn, phrase: "stocks plunged"}},
	}, {
		name: "a record since a year dates nothing",
		text: "The retailer reported its first quarterly loss since 2001.",
		want: []want{
			{trigger: "reported", value: "2025-05-19", anchored: timeline.AnchoredByPublication},
			{trigger: "loss", value: "-"},
		},
	}, {
		name: "a deadline",
		text: "The chain will close 40 stores by 2027.",
		want: []want{{trigger: "close", modality: timeline.ModalityPlanned, value: "2027", relation: timeline.RelationBy}},
	}, {
		name: "until ends something",
		text: "The embassy stayed closed until March.",
		want: []want{{trigger: "stayed", value: "2025-03", relation: timeline.RelationUntil}},
	}, {
		name: "since begins something",
		text: "Prices have risen since January.",
		want: []want{{trigger: "risen", value: "2025-01", relation: timeline.RelationSince}},
	}, {
		name: "reported speech: the saying and the said dated apart",
		text: "The company said on Thursday that exports rose 12% in March.",
		want: []want{
			{trigger: "said", class: timeline.ClassReporting, value: "2025-05-15"},
			{trigger: "rose", value: "2025-03", modality: timeline.ModalityAsserted},
		},
	}, {
		name: "a report's future is planned, not dated",
		text: "Officials announced today that the bridge will reopen.",
		want: []want{
			{trigger: "announced", value: "2025-05-19", anchored: timeline.AnchoredByExpression},
			{trigger: "reopen", modality: timeline.ModalityPlanned, value: "-"},
		},
	}, {
		name: "counterfactual",
		text: "Mr Trump has repeatedly claimed that the war would never have happened had he been re-elected president in 2020.",
		want: []want{
			{trigger: "re-elected", modality: timeline.ModalityCounterfactual, value: "2020", phrase: "had Trump been re-elected"},
			{trigger: "happened", modality: timeline.ModalityCounterfactual, negated: true},
		},
	}, {
		name: "intended",
		text: "The minister plans to visit Kenya in June.",
		want: []want{
			{trigger: "plans", class: timeline.ClassIState, modality: timeline.ModalityAsserted},
			{trigger: "visit", modality: timeline.ModalityPlanned, value: "2025-06", who: []string{"Kenya/patient"}},
		},
	}, {
		name: "negated",
		text: "The ambassador did not attend the ceremony on Monday.",
		want: []want{{trigger: "attend", negated: true, value: "2025-05-19"}},
	}, {
		name: "possible",
		text: "The strike could spread to other ports next week.",
		want: []want{{trigger: "spread", modality: timeline.ModalityPossible}},
	}, {
		name: "a year that only names a thing dates nothing",
		text: "Delegates signed the 1971 Convention. He was a 20th-century democrat.",
		want: []want{{trigger: "signed", relation: timeline.RelationBefore, anchored: timeline.AnchoredByPublication}},
	}, {
		name: "an event noun takes its own date",
		text: "Officials said the call with Mr Putin on Monday was the third since January.",
		want: []want{
			{trigger: "call", value: "2025-05-19", who: []string{"Putin/co-agent"}},
			{trigger: "said", value: "2025-05-19", anchored: timeline.AnchoredByPublication},
		},
	}, {
		name: "participants: with, coordination, passive",
		text: "President Donald Trump arrived. Trump spoke with Putin. Siemens and Alstom announced a merger. The bill was signed by Governor Jones.",
		want: []want{
			{trigger: "spoke", who: []string{"Donald Trump/agent", "Putin/co-agent"}},
			{trigger: "announced", who: []string{"Siemens/agent", "Alstom/agent"}},
			{trigger: "signed", who: []string{"Jones/agent"}},
		},
	}, {
		name: "participants: a relative clause is not the subject",
		text: "The floods which also affect Kenya and Ethiopia began in late October.",
		want: []want{{trigger: "began", phrase: "floods began", notWho: []string{"Ethiopia", "Kenya"}}},
	}, {
		name: "participants: a pronoun stands for the subject before it",
		text: "Mr Erdogan arrived in Moscow. He met the Russian president on Tuesday.",
		want: []want{{trigger: "met", who: []string{"Erdogan/agent"}, value: "2025-05-13"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkWants(t, tt.text, tt.want) })
	}
}

// describe renders an event on one line for test logs.
func describe(e timeline.Event) string {
	return fmt.Sprintf("%-12s %-10s %-3s %-14s %-10s %-6s %-11s %.2f | %s | %v", e.Trigger, e.Class, e.Polarity,
		e.Modality, e.Value, e.Relation, e.AnchoredBy, e.Confidence, e.Phrase, e.Participants)
}

func TestNamesResolve(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{{
		name: "acronym and short form of an organisation",
		text: "The International Committee of the Red Cross (ICRC) on Wednesday launched an appeal. The ICRC said the Red Cross needed funds.",
		want: []want{
			{trigger: "launched", who: []string{"International Committee of the Red Cross/agent"}, phrase: "International Committee of the Red Cross launched"},
			{trigger: "said", who: []string{"International Committee of the Red Cross/agent"}},
		},
	}, {
		name: "company short form",
		text: "Kellogg Co said on Monday it would cut jobs. Kellogg later closed a plant.",
		want: []want{{trigger: "closed", who: []string{"Kellogg Co/agent"}}},
	}, {
		name: "a woman's pronoun",
		text: "Press secretary Karoline Leavitt met Mr Putin. She said talks went well.",
		want: []want{{trigger: "said", who: []string{"Karoline Leavitt/agent"}, notWho: []string{"Putin"}}},
	}, {
		name: "the president",
		text: "President George Bush met Sununu. Officials said the president left on Sunday.",
		want: []want{{trigger: "left", who: []string{"George Bush/agent"}}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkWants(t, tt.text, tt.want) })
	}
}
