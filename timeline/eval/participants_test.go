package eval

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/extract"
)

var participantErrors = flag.Bool("participant-errors", false, "log every participant error of the run on testdata/participants")

// participantGold is the dev gold of issue 11, at the repository root.
const participantGold = "../../testdata/participants/gold.jsonl"

func TestNameMatches(t *testing.T) {
	tests := []struct {
		gold, pred string
		want       bool
	}{
		{"Vladimir Putin", "Vladimir Putin", true},
		{"Vladimir Putin", "  vladimir   PUTIN ", true},
		{"Vladimir Putin", "Putin", true},              // surname
		{"Vladimir Putin", "Vladimir", false},          // a first name is not enough
		{"Vladimir Putin", "Vladimir Putin Jr", false}, // longer than the gold
		{"John C. Maxwell Jr.", "Maxwell", true},       // surname past Jr.
		{"John C. Maxwell Jr.", "Maxwell Jr.", true},   // ending
		{"Institut Merieux S.A.", "Merieux", true},     // ending, designator dropped
		{"Kellogg Co.", "Kellogg", true},               // designator dropped
		{"Kellogg Co.", "Kellogg Company", false},      // only the designators listed
		{"Sony Corp.", "Sony Corp", true},
		{"the United States", "United States", true},
		{"United States", "States", true}, // a word-bounded ending
		{"Tehran", "ran", false},          // not at a word boundary
		{"Bush administration", "Bush", false},
		{"King Hussein", "Hussein", true},
		{"Saddam Hussein", "Saddam", false},
		{"Putin", "Vladimir Putin", false}, // the gold is the fullest name
		{"Putin", "", false},
	}
	for _, tt := range tests {
		if got := nameMatches(tt.gold, tt.pred); got != tt.want {
			t.Errorf("nameMatches(%q, %q) = %v, want %v", tt.gold, tt.pred, got, tt.want)
		}
	}
}

func TestLoadParticipants(t *testing.T) {
	valid := `{"doc": "d1", "start": 6, "end": 13, "trigger": "skipped", "sentence": "Putin skipped talks.", ` +
		`"participants": [{"name": " Vladimir Putin ", "kind": "person", "role": "agent"}, {"name": "Turkey", "kind": "place", "role": "place"}]}`
	empty := `{"doc": "d1", "start": 14, "end": 19, "trigger": "talks", "sentence": "Putin skipped talks.", "participants": []}`
	tests := []struct {
		name, content string
		want          []ParticipantEvent
		err           string // part of the error message; "" for none
	}{
		{"two events and blank lines", valid + "\n\n" + empty + "\n", []ParticipantEvent{
			{Doc: "d1", Start: 6, End: 13, Trigger: "skipped", Sentence: "Putin skipped talks.", Participants: []timeline.Participant{
				{Entity: timeline.Entity{Name: "Vladimir Putin", Kind: timeline.EntityPerson}, Role: timeline.RoleAgent},
				{Entity: timeline.Entity{Name: "Turkey", Kind: timeline.EntityPlace}, Role: timeline.RolePlace},
			}},
			{Doc: "d1", Start: 14, End: 19, Trigger: "talks", Sentence: "Putin skipped talks."},
		}, ""},
		{"no final newline", empty, []ParticipantEvent{{Doc: "d1", Start: 14, End: 19, Trigger: "talks", Sentence: "Putin skipped talks."}}, ""},
		{"not JSON", valid + "\n{", nil, ":2: "},
		{"unknown field", `{"doc": "d1", "start": 1, "end": 2, "trigger": "x", "participant": []}`, nil, `unknown field "participant"`},
		{"no doc", `{"start": 1, "end": 2, "trigger": "x"}`, nil, "no doc"},
		{"no start", `{"doc": "d1", "end": 2, "trigger": "x"}`, nil, "no start"},
		{"empty span", `{"doc": "d1", "start": 2, "end": 2, "trigger": "x"}`, nil, "bad offsets"},
		{"no trigger", `{"doc": "d1", "start": 1, "end": 2}`, nil, "no trigger"},
		{"unknown role", `{"doc": "d1", "start": 1, "end": 2, "trigger": "x", "participants": [{"name": "A", "kind": "person", "role": "theme"}]}`, nil, `unknown role "theme"`},
		{"unknown kind", `{"doc": "d1", "start": 1, "end": 2, "trigger": "x", "participants": [{"name": "A", "kind": "thing", "role": "agent"}]}`, nil, `unknown kind "thing"`},
		{"no name", `{"doc": "d1", "start": 1, "end": 2, "trigger": "x", "participants": [{"name": " ", "kind": "person", "role": "agent"}]}`, nil, "without a name"},
		{"twice in one role", `{"doc": "d1", "start": 1, "end": 2, "trigger": "x", "participants": [{"name": "A Inc.", "kind": "organization", "role": "agent"}, {"name": "a", "kind": "organization", "role": "agent"}]}`, nil, "listed twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "gold.jsonl")
			if err := os.WriteFile(path, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			got, err := LoadParticipants(path)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) || !strings.Contains(err.Error(), path+":") {
					t.Fatalf("error %v, want one naming %s and saying %q", err, path, tt.err)
				}
				if timeline.ErrorCode(err) != timeline.EINVALID {
					t.Errorf("code %q, want %q", timeline.ErrorCode(err), timeline.EINVALID)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
	if _, err := LoadParticipants(filepath.Join(t.TempDir(), "none.jsonl")); timeline.ErrorCode(err) != timeline.ENOTFOUND {
		t.Errorf("missing file: %v, want %s", err, timeline.ENOTFOUND)
	}
}

const putinText = "Putin skipped negotiations in Turkey last week. Trump called Putin on Monday."

// part builds a participant.
func part(name string, kind timeline.EntityKind, role timeline.Role) timeline.Participant {
	return timeline.Participant{Entity: timeline.Entity{Name: name, Kind: kind}, Role: role}
}

// putinGold is a gold of three events of putinText, one without a
// participant.
func putinGold() []ParticipantEvent {
	ev := func(trigger string, ps ...timeline.Participant) ParticipantEvent {
		i := strings.Index(putinText, trigger)
		return ParticipantEvent{Doc: "d1", Start: i, End: i + len(trigger), Trigger: trigger, Sentence: "s", Participants: ps}
	}
	return []ParticipantEvent{
		ev("skipped", part("Vladimir Putin", timeline.EntityPerson, timeline.RoleAgent), part("Turkey", timeline.EntityPlace, timeline.RolePlace)),
		ev("negotiations"),
		ev("called", part("Donald Trump", timeline.EntityPerson, timeline.RoleAgent), part("Vladimir Putin", timeline.EntityPerson, timeline.RoleRecipient)),
	}
}

// predicted builds a predicted event over the first occurrence of trigger
// (or of its first word, "called Putin" giving "called") in putinText.
func predicted(trigger string, ps ...timeline.Participant) timeline.Event {
	i := strings.Index(putinText, trigger)
	if i < 0 {
		panic("no " + trigger)
	}
	return timeline.Event{Trigger: trigger, TriggerStart: i, TriggerEnd: i + len(trigger), Participants: ps}
}

// cannedEvents is an extractor that returns events whatever the document.
func cannedEvents(events []timeline.Event) Extractor {
	return func(*timeline.Document) ([]timeline.Mention, []timeline.Event) { return nil, events }
}

func TestScoreParticipants(t *testing.T) {
	person, place := timeline.EntityPerson, timeline.EntityPlace
	agent, recipient, patient, where := timeline.RoleAgent, timeline.RoleRecipient, timeline.RolePatient, timeline.RolePlace
	perfect := []timeline.Event{
		predicted("skipped", part("Vladimir Putin", person, agent), part("Turkey", place, where)),
		predicted("negotiations"),
		predicted("called", part("Donald Trump", person, agent), part("Vladimir Putin", person, recipient)),
	}
	tests := []struct {
		name   string
		events []timeline.Event
		// Counts: triples gold, predicted, matched; pairs the same; events matched.
		roles, ents [3]int
		matched     int
		kindRight   int
		errs        []string // kinds, in order
	}{
		{"perfect", perfect, [3]int{4, 4, 4}, [3]int{4, 4, 4}, 3, 4, nil},
		{"surnames, letter case and spaces", []timeline.Event{
			predicted("skipped", part("putin", person, agent), part(" Turkey ", place, where)),
			predicted("negotiations"),
			predicted("called", part("Trump", person, agent), part("PUTIN", person, recipient)),
		}, [3]int{4, 4, 4}, [3]int{4, 4, 4}, 3, 4, nil},
		{"wrong role and wrong kind", []timeline.Event{
			perfect[0], perfect[1],
			predicted("called", part("Donald Trump", timeline.EntityOrganization, agent), part("Putin", person, patient)),
		}, [3]int{4, 4, 3}, [3]int{4, 4, 4}, 3, 3, []string{KindWrongRole}},
		{"false alarm on an event without participants", []timeline.Event{
			perfect[0], predicted("negotiations", part("Turkey", place, where)), perfect[2],
		}, [3]int{4, 5, 4}, [3]int{4, 5, 4}, 3, 4, []string{KindParticipantFalseAlarm}},
		{"a missed event loses its participants only", []timeline.Event{perfect[1], perfect[2]},
			[3]int{4, 2, 2}, [3]int{4, 2, 2}, 2, 2, []string{KindEventMiss, KindEventMiss}},
		{"unmatched predicted events are not judged", append([]timeline.Event{predicted("Monday", part("Moscow", place, where))}, perfect...),
			[3]int{4, 4, 4}, [3]int{4, 4, 4}, 3, 4, nil},
		{"a duplicate counts once", []timeline.Event{
			predicted("skipped", part("Putin", person, agent), part(" putin", person, agent), part("Turkey", place, where)),
			perfect[1], perfect[2],
		}, [3]int{4, 4, 4}, [3]int{4, 4, 4}, 3, 4, nil},
		{"a first name is a miss and a false alarm", []timeline.Event{
			predicted("skipped", part("Vladimir", person, agent), part("Turkey", place, where)),
			perfect[1], perfect[2],
		}, [3]int{4, 4, 3}, [3]int{4, 4, 3}, 3, 3, []string{KindParticipantMiss, KindParticipantFalseAlarm}},
		{"a trigger that only overlaps still matches", []timeline.Event{
			perfect[0], perfect[1], predicted("called Putin", part("Trump", person, agent)),
		}, [3]int{4, 3, 3}, [3]int{4, 3, 3}, 3, 3, []string{KindParticipantMiss}},
		{"nothing predicted", nil, [3]int{4, 0, 0}, [3]int{4, 0, 0}, 0, 0,
			[]string{KindEventMiss, KindEventMiss, KindEventMiss, KindEventMiss}},
	}
	docs := []Gold{{ID: "d1", Text: putinText}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, errs, err := ScoreParticipants(putinGold(), docs, cannedEvents(tt.events))
			if err != nil {
				t.Fatal(err)
			}
			if s.Docs != 1 || s.Events != 3 || s.Matched != tt.matched {
				t.Errorf("docs %d, events %d, matched %d; want 1, 3, %d", s.Docs, s.Events, s.Matched, tt.matched)
			}
			checkPRF(t, "roles", s.Roles, tt.roles)
			checkPRF(t, "entities", s.Entities, tt.ents)
			if s.KindRight != tt.kindRight {
				t.Errorf("kind right %d, want %d", s.KindRight, tt.kindRight)
			}
			// The roles add up to the triples.
			var sum [3]int
			for _, r := range s.ByRole {
				sum[0] += r.Gold
				sum[1] += r.Predicted
				sum[2] += r.Matched
			}
			if sum != tt.roles {
				t.Errorf("roles add up to %v, want %v", sum, tt.roles)
			}
			var kinds []string
			for _, e := range errs {
				kinds = append(kinds, e.Kind)
			}
			if !reflect.DeepEqual(kinds, tt.errs) {
				t.Errorf("errors %v, want %v:\n%s", kinds, tt.errs, joinErrors(errs))
			}
		})
	}
}

func checkPRF(t *testing.T, what string, got PRF, want [3]int) {
	t.Helper()
	if got.Gold != want[0] || got.Predicted != want[1] || got.Matched != want[2] {
		t.Errorf("%s: gold %d, predicted %d, matched %d; want %v", what, got.Gold, got.Predicted, got.Matched, want)
	}
	p, r := ratio(want[2], want[1]), ratio(want[2], want[0])
	if !near(got.P, p) || !near(got.R, r) || !near(got.F1, f1(p, r)) {
		t.Errorf("%s: P %v R %v F1 %v, want %v %v %v", what, got.P, got.R, got.F1, p, r, f1(p, r))
	}
}

func joinErrors(errs []ParticipantError) string {
	var b strings.Builder
	for _, e := range errs {
		b.WriteString(e.String() + "\n")
	}
	return b.String()
}

func TestScoreParticipantsByRole(t *testing.T) {
	events := []timeline.Event{
		predicted("skipped", part("Putin", timeline.EntityPerson, timeline.RoleAgent), part("Turkey", timeline.EntityPlace, timeline.RolePatient)),
		predicted("called", part("Trump", timeline.EntityPerson, timeline.RoleAgent)),
	}
	s, errs, err := ScoreParticipants(putinGold(), []Gold{{ID: "d1", Text: putinText}}, cannedEvents(events))
	if err != nil {
		t.Fatal(err)
	}
	want := map[timeline.Role][3]int{
		timeline.RoleAgent:     {2, 2, 2},
		timeline.RolePatient:   {0, 1, 0},
		timeline.RoleRecipient: {1, 0, 0},
		timeline.RoleCoAgent:   {0, 0, 0},
		timeline.RolePlace:     {1, 0, 0},
	}
	if len(s.ByRole) != len(timeline.Roles) {
		t.Fatalf("%d roles, want %d", len(s.ByRole), len(timeline.Roles))
	}
	for i, r := range s.ByRole {
		if r.Role != timeline.Roles[i] {
			t.Errorf("role %d is %s, want %s", i, r.Role, timeline.Roles[i])
		}
		checkPRF(t, string(r.Role), r.PRF, want[r.Role])
	}
	wantErrs := []string{
		`d1: wrong-role: "skipped" gold place "Turkey" (place), predicted patient "Turkey" (place) | s`,
		`d1: participant-miss: "called" gold recipient "Vladimir Putin" (person) | s`,
	}
	var got []string
	for _, e := range errs {
		got = append(got, e.String())
	}
	if !reflect.DeepEqual(got, wantErrs) {
		t.Errorf("errors\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(wantErrs, "\n"))
	}
}

func TestScoreParticipantsBadGold(t *testing.T) {
	docs := []Gold{{ID: "d1", Text: putinText}}
	tests := []struct {
		name string
		edit func(g *ParticipantEvent)
		code string
	}{
		{"unknown document", func(g *ParticipantEvent) { g.Doc = "d2" }, timeline.ENOTFOUND},
		{"offsets off the trigger", func(g *ParticipantEvent) { g.Start++ }, timeline.EINVALID},
		{"offsets past the text", func(g *ParticipantEvent) { g.End = len(putinText) + 1 }, timeline.EINVALID},
		{"unknown role", func(g *ParticipantEvent) { g.Participants[0].Role = "theme" }, timeline.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gold := putinGold()
			tt.edit(&gold[0])
			_, _, err := ScoreParticipants(gold, docs, cannedEvents(nil))
			if timeline.ErrorCode(err) != tt.code {
				t.Errorf("error %v, want code %s", err, tt.code)
			}
		})
	}
}

func TestWriteParticipantReport(t *testing.T) {
	s, _, err := ScoreParticipants(putinGold(), []Gold{{ID: "d1", Text: putinText}}, cannedEvents([]timeline.Event{
		predicted("skipped", part("Putin", timeline.EntityPerson, timeline.RoleAgent), part("Turkey", timeline.EntityPlace, timeline.RolePatient)),
		predicted("called", part("Trump", timeline.EntityPerson, timeline.RoleAgent)),
	}))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteParticipantReport(&b, "putin", s); err != nil {
		t.Fatal(err)
	}
	want := `putin: 1 documents, 3 gold events, 2 matched to a predicted event
               gold   pred  match        P        R       F1
with role         4      3      2    66.67    50.00    57.14
entity only       4      3      3   100.00    75.00    85.71
agent             2      2      2   100.00   100.00   100.00
patient           0      1      0     0.00     0.00     0.00
recipient         1      0      0     0.00     0.00     0.00
co-agent          0      0      0     0.00     0.00     0.00
place             1      0      0     0.00     0.00     0.00
kind right on 3 of 3 matched entities
`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

// TestParticipantGold checks the participant gold of issue 11 against the
// corpora it was drawn from, and holds extract.Process to a floor about a
// point under what it scores. -participant-errors logs every error.
func TestParticipantGold(t *testing.T) {
	gold, err := LoadParticipants(participantGold)
	if err != nil {
		t.Fatal(err)
	}
	// The sample README.md promises.
	docIDs := map[string]bool{}
	empty := 0
	for _, g := range gold {
		docIDs[g.Doc] = true
		if len(g.Participants) == 0 {
			empty++
		}
	}
	if len(gold) < 250 || len(docIDs) < 40 || empty*100 < len(gold)*15 || empty*100 > len(gold)*25 {
		t.Errorf("%d events over %d documents, %d without a participant: want 250 or more, 40 documents or more, about a fifth empty",
			len(gold), len(docIDs), empty)
	}

	docs := devCorpora(t)

	// The gold itself, as an extractor, scores 100%.
	oracle := map[string][]timeline.Event{}
	for _, g := range gold {
		oracle[g.Doc] = append(oracle[g.Doc], timeline.Event{Trigger: g.Trigger, TriggerStart: g.Start, TriggerEnd: g.End, Participants: g.Participants})
	}
	s, errs, err := ScoreParticipants(gold, docs, func(d *timeline.Document) ([]timeline.Mention, []timeline.Event) { return nil, oracle[d.Source] })
	if err != nil {
		t.Fatal(err)
	}
	if s.Roles.F1 != 1 || s.Entities.F1 != 1 || s.Matched != len(gold) || s.KindRight != s.Entities.Gold || len(errs) > 0 {
		t.Errorf("gold scored against itself: %+v, %d errors", s, len(errs))
	}

	s, errs, err = ScoreParticipants(gold, docs, extract.Process)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	WriteParticipantReport(&b, "extract.Process on testdata/participants", s)
	byKind := map[string]int{}
	for _, e := range errs {
		byKind[e.Kind]++
	}
	kinds := make([]string, 0, len(byKind))
	for k := range byKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		fmt.Fprintf(&b, "%s: %d\n", k, byKind[k])
	}
	t.Logf("\n%s", b.String())
	if s.Roles.F1 < 0.585 || s.Entities.F1 < 0.61 {
		t.Errorf("participants F1 %.3f with role, %.3f entity only: below the floors 0.585 and 0.61", s.Roles.F1, s.Entities.F1)
	}
	if *participantErrors {
		t.Logf("\n%s", joinErrors(errs))
	}
}
