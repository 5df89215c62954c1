package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
)

// ParticipantEvent is one gold event of a participant gold: a TimeML EVENT
// of a document, with the named entities that take part in it.
type ParticipantEvent struct {
	Doc        string // the document's ID, as LoadPaths gives it
	Start, End int    // byte offsets of the event word in the document text
	Trigger    string // the event word, the text at [Start, End)
	Sentence   string // the sentence, for people reading errors
	// Participants may be empty: "no named participant" is a judgement too.
	Participants []timeline.Participant
}

// participantLine is one line of a participant gold file.
type participantLine struct {
	Doc          string `json:"doc"`
	Start        *int   `json:"start"`
	End          *int   `json:"end"`
	Trigger      string `json:"trigger"`
	Sentence     string `json:"sentence"`
	Participants []struct {
		Name string `json:"name"`
		Kind string `json:"kind"`
		Role string `json:"role"`
	} `json:"participants"`
}

// LoadParticipants reads a participant gold: JSON Lines, one object per gold
// event, {"doc", "start", "end", "trigger", "sentence", "participants":
// [{"name", "kind", "role"}]}, offsets in bytes. Kinds and roles must be
// the domain's; an event may not list the same entity twice in one role.
// Errors name the file and line.
func LoadParticipants(path string) ([]ParticipantEvent, error) {
	return readJSONLines(path, parseParticipantLine)
}

func parseParticipantLine(line []byte) (ParticipantEvent, error) {
	var l participantLine
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields() // a misspelt field would silently lose a judgement
	if err := dec.Decode(&l); err != nil {
		return ParticipantEvent{}, err
	}
	switch {
	case l.Doc == "":
		return ParticipantEvent{}, fmt.Errorf("no doc")
	case l.Start == nil || l.End == nil:
		return ParticipantEvent{}, fmt.Errorf("no start or end")
	case *l.Start < 0 || *l.End <= *l.Start:
		return ParticipantEvent{}, fmt.Errorf("bad offsets [%d, %d)", *l.Start, *l.End)
	case l.Trigger == "":
		return ParticipantEvent{}, fmt.Errorf("no trigger")
	}
	ev := ParticipantEvent{Doc: l.Doc, Start: *l.Start, End: *l.End, Trigger: l.Trigger, Sentence: l.Sentence}
	for _, p := range l.Participants {
		name := strings.TrimSpace(p.Name)
		kind, role := timeline.EntityKind(p.Kind), timeline.Role(p.Role)
		switch {
		case name == "":
			return ParticipantEvent{}, fmt.Errorf("%q: participant without a name", l.Trigger)
		case kind != timeline.EntityPerson && kind != timeline.EntityOrganization && kind != timeline.EntityPlace:
			return ParticipantEvent{}, fmt.Errorf("%q: %s: unknown kind %q", l.Trigger, name, p.Kind)
		case !slices.Contains(timeline.Roles, role):
			return ParticipantEvent{}, fmt.Errorf("%q: %s: unknown role %q", l.Trigger, name, p.Role)
		}
		for _, o := range ev.Participants {
			if o.Role == role && normName(o.Name) == normName(name) {
				return ParticipantEvent{}, fmt.Errorf("%q: %s listed twice as %s", l.Trigger, name, role)
			}
		}
		ev.Participants = append(ev.Participants, timeline.Participant{Entity: timeline.Entity{Name: name, Kind: kind}, Role: role})
	}
	return ev, nil
}

// PRF holds the counts of one comparison and the precision, recall and F1
// computed from them.
type PRF struct {
	Gold, Predicted, Matched int
	P, R, F1                 float64
}

func newPRF(gold, pred, matched int) PRF {
	p, r := ratio(matched, pred), ratio(matched, gold)
	return PRF{Gold: gold, Predicted: pred, Matched: matched, P: p, R: r, F1: f1(p, r)}
}

// RoleScores are the participant scores of one role.
type RoleScores struct {
	Role timeline.Role
	PRF
}

// ParticipantScores measure the participants of events against a
// participant gold.
//
// Each gold event is matched to the predicted event whose trigger overlaps
// it (one to one, as for events). Roles scores (event, entity, role)
// triples; Entities scores (event, entity) pairs, blind to the role. Only
// predicted participants of matched events count towards precision, since
// the gold judges no other event; the gold participants of an unmatched
// event all count as misses. A predicted event listing one entity twice in
// one role counts it once.
//
// Names are compared case-insensitively after trimming and collapsing
// spaces, without a leading "the" and without a trailing company
// designator (Inc., Corp., Co., Ltd., PLC, S.A. and the like: the gold
// keeps the fullest name, "Kellogg Co.", where the text also says
// "Kellogg"). A predicted name also matches when it is the gold name's
// surname (its last word, a Jr. or III aside: "Maxwell" for "John C.
// Maxwell Jr.") or when the gold name ends with it at a word boundary
// ("Putin" for "Vladimir Putin", "Merieux" for "Institut Merieux S.A.").
// Never the other way round: a predicted name fuller than the gold's
// ("General Motors" for the text's only "GM") is another name. Exact
// matches are paired first, one to one.
//
// KindRight counts the matched entities whose kind (person, organization,
// place) is the gold's.
type ParticipantScores struct {
	Docs, Events, Matched int // documents and gold events, and those matched to a predicted event
	Roles                 PRF
	Entities              PRF
	ByRole                []RoleScores // in the order of timeline.Roles
	KindRight             int
}

// Participant error kinds, besides KindEventMiss, which here stands for a
// gold participant lost because no predicted trigger overlaps its event.
const (
	KindParticipantMiss       = "participant-miss"        // a gold participant the matched event lacks
	KindParticipantFalseAlarm = "participant-false-alarm" // a predicted participant the gold lacks
	KindWrongRole             = "wrong-role"              // the entity is found, in another role
)

// ParticipantError is one difference between the predicted participants of
// an event and the gold's.
type ParticipantError struct {
	DocID   string
	Kind    string
	Trigger string // the gold event word
	// Gold is nil for a false alarm, Predicted nil for a miss.
	Gold, Predicted *timeline.Participant
	Sentence        string // the gold sentence
}

// String renders the error on one line, for logs and reports.
func (e ParticipantError) String() string {
	var what string
	switch {
	case e.Gold != nil && e.Predicted != nil:
		what = fmt.Sprintf("gold %s, predicted %s", describe(e.Gold), describe(e.Predicted))
	case e.Gold != nil:
		what = "gold " + describe(e.Gold)
	case e.Predicted != nil:
		what = "predicted " + describe(e.Predicted)
	}
	return fmt.Sprintf("%s: %s: %q %s | %s", e.DocID, e.Kind, e.Trigger, what, e.Sentence)
}

func describe(p *timeline.Participant) string {
	return fmt.Sprintf("%s %q (%s)", p.Role, p.Name, p.Kind)
}

// ScoreParticipants runs x once over each document the gold names, taken
// from docs, and scores the participants of its events against the gold
// (see ParticipantScores). Errors come in gold order. A gold event naming a
// document missing from docs, or whose trigger is not the text at its
// offsets, is an error: the gold and the corpus do not belong together.
func ScoreParticipants(gold []ParticipantEvent, docs []Gold, x Extractor) (ParticipantScores, []ParticipantError, error) {
	byID := map[string]*Gold{}
	for i := range docs {
		byID[docs[i].ID] = &docs[i]
	}
	var order []string
	perDoc := map[string][]int{}
	for i, g := range gold {
		d := byID[g.Doc]
		if d == nil {
			return ParticipantScores{}, nil, timeline.Errorf(timeline.ENOTFOUND, "participant gold: document %s not loaded", g.Doc)
		}
		if g.Start < 0 || g.End > len(d.Text) || g.Start >= g.End || d.Text[g.Start:g.End] != g.Trigger {
			return ParticipantScores{}, nil, timeline.Errorf(timeline.EINVALID, "participant gold: %s [%d, %d) is not %q", g.Doc, g.Start, g.End, g.Trigger)
		}
		for _, p := range g.Participants {
			if !slices.Contains(timeline.Roles, p.Role) {
				return ParticipantScores{}, nil, timeline.Errorf(timeline.EINVALID, "participant gold: %s %q: unknown role %q", g.Doc, g.Trigger, p.Role)
			}
		}
		if perDoc[g.Doc] == nil {
			order = append(order, g.Doc)
		}
		perDoc[g.Doc] = append(perDoc[g.Doc], i)
	}
	var t participantTally
	t.byRole = make([][3]int, len(timeline.Roles))
	errs := make([][]ParticipantError, len(gold))
	// A few dozen documents: one pass, no workers.
	for _, id := range order {
		d := byID[id]
		_, events := x(&timeline.Document{Source: d.ID, Text: d.Text, Published: d.DCT})
		idx := perDoc[id]
		goldSpans := make([]Span, len(idx))
		for k, i := range idx {
			goldSpans[k] = Span{Start: gold[i].Start, End: gold[i].End}
		}
		predSpans := make([]Span, len(events))
		for j, e := range events {
			predSpans[j] = Span{Start: e.TriggerStart, End: e.TriggerEnd}
		}
		t.docs++
		for k, j := range match(goldSpans, predSpans) {
			g := &gold[idx[k]]
			var pred []timeline.Participant
			if j >= 0 {
				pred = events[j].Participants
			}
			errs[idx[k]] = t.event(g, pred, j >= 0)
		}
	}
	var all []ParticipantError
	for _, e := range errs {
		all = append(all, e...)
	}
	return t.scores(), all, nil
}

// participantTally holds the counts ParticipantScores are computed from.
type participantTally struct {
	docs, events, matched      int
	gold, pred, right          int // triples
	goldEnt, predEnt, entRight int
	kindRight                  int
	byRole                     [][3]int // gold, predicted, matched, indexed like timeline.Roles
}

func (t *participantTally) scores() ParticipantScores {
	s := ParticipantScores{
		Docs: t.docs, Events: t.events, Matched: t.matched,
		Roles:     newPRF(t.gold, t.pred, t.right),
		Entities:  newPRF(t.goldEnt, t.predEnt, t.entRight),
		KindRight: t.kindRight,
	}
	for i, r := range timeline.Roles {
		c := t.byRole[i]
		s.ByRole = append(s.ByRole, RoleScores{Role: r, PRF: newPRF(c[0], c[1], c[2])})
	}
	return s
}

// event compares one gold event with the participants of its predicted
// event (matched false when no trigger overlaps it) and returns its errors.
func (t *participantTally) event(g *ParticipantEvent, predicted []timeline.Participant, matched bool) []ParticipantError {
	t.events++
	gold := g.Participants
	t.gold += len(gold)
	for _, p := range gold {
		t.byRole[slices.Index(timeline.Roles, p.Role)][0]++
	}
	goldEnt := entities(gold)
	t.goldEnt += len(goldEnt)
	report := func(kind string, gp, pp *timeline.Participant) ParticipantError {
		return ParticipantError{DocID: g.Doc, Kind: kind, Trigger: g.Trigger, Gold: gp, Predicted: pp, Sentence: g.Sentence}
	}
	var errs []ParticipantError
	if !matched {
		for i := range gold {
			errs = append(errs, report(KindEventMiss, &gold[i], nil))
		}
		return errs
	}
	t.matched++

	// Triples: a pair must agree on the role.
	var pred []timeline.Participant
	for _, p := range predicted {
		if !slices.ContainsFunc(pred, func(o timeline.Participant) bool { return o.Role == p.Role && normName(o.Name) == normName(p.Name) }) {
			pred = append(pred, p)
		}
	}
	t.pred += len(pred)
	for _, p := range pred {
		if i := slices.Index(timeline.Roles, p.Role); i >= 0 {
			t.byRole[i][1]++
		}
	}
	toPred := pairNames(gold, pred, func(a, b timeline.Participant) bool { return a.Role == b.Role })
	predTaken := make([]bool, len(pred))
	for gi, pi := range toPred {
		if pi >= 0 {
			t.right++
			t.byRole[slices.Index(timeline.Roles, gold[gi].Role)][2]++
			predTaken[pi] = true
		}
	}

	// Pairs: the same, blind to the role.
	predEnt := entities(pred)
	t.predEnt += len(predEnt)
	for gi, pi := range pairNames(goldEnt, predEnt, nil) {
		if pi >= 0 {
			t.entRight++
			if goldEnt[gi].Kind == predEnt[pi].Kind {
				t.kindRight++
			}
		}
	}

	// Errors: what the triples left, a wrong role where the names pair up.
	var goldLeft, predLeft []timeline.Participant
	for gi, pi := range toPred {
		if pi < 0 {
			goldLeft = append(goldLeft, gold[gi])
		}
	}
	for pi, taken := range predTaken {
		if !taken {
			predLeft = append(predLeft, pred[pi])
		}
	}
	wrongRole := pairNames(goldLeft, predLeft, nil)
	predWrong := make([]bool, len(predLeft))
	for gi, pi := range wrongRole {
		if pi >= 0 {
			predWrong[pi] = true
			errs = append(errs, report(KindWrongRole, &goldLeft[gi], &predLeft[pi]))
		} else {
			errs = append(errs, report(KindParticipantMiss, &goldLeft[gi], nil))
		}
	}
	for pi := range predLeft {
		if !predWrong[pi] {
			errs = append(errs, report(KindParticipantFalseAlarm, nil, &predLeft[pi]))
		}
	}
	return errs
}

// entities returns the participants' entities, each name once, as
// participants in the role of its first occurrence.
func entities(ps []timeline.Participant) []timeline.Participant {
	var out []timeline.Participant
	for _, p := range ps {
		if !slices.ContainsFunc(out, func(o timeline.Participant) bool { return normName(o.Name) == normName(p.Name) }) {
			out = append(out, p)
		}
	}
	return out
}

// pairNames pairs gold with predicted participants one to one by name, and
// by same when it is not nil: exact names first, then the looser matches of
// nameMatches, each in order. It returns, for each gold participant, the
// index of its prediction or -1.
func pairNames(gold, pred []timeline.Participant, same func(a, b timeline.Participant) bool) []int {
	toPred := make([]int, len(gold))
	for i := range toPred {
		toPred[i] = -1
	}
	taken := make([]bool, len(pred))
	for _, exact := range []bool{true, false} {
		for gi, g := range gold {
			if toPred[gi] >= 0 {
				continue
			}
			for pi, p := range pred {
				if taken[pi] || same != nil && !same(g, p) {
					continue
				}
				if exact && normName(g.Name) == normName(p.Name) || !exact && nameMatches(g.Name, p.Name) {
					toPred[gi], taken[pi] = pi, true
					break
				}
			}
		}
	}
	return toPred
}

// nameMatches reports whether a predicted name names the gold entity: the
// same name, the gold name's surname, or a word-bounded ending of the gold
// name, compared as normName leaves them.
func nameMatches(gold, pred string) bool {
	g, p := normName(gold), normName(pred)
	if g == "" || p == "" {
		return false
	}
	return g == p || strings.HasSuffix(g, " "+p) || p == surname(g)
}

// surname returns the last word of a normalised name, past a generational
// suffix: "john c. maxwell jr." → "maxwell".
func surname(name string) string {
	words := strings.Fields(name)
	for len(words) > 1 && generational[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

var generational = map[string]bool{"jr.": true, "jr": true, "sr.": true, "sr": true, "ii": true, "iii": true, "iv": true}

// designators are the company-form words that end company names; a name
// compares without them, so that "Kellogg" is "Kellogg Co.".
var designators = map[string]bool{
	"inc.": true, "inc": true, "corp.": true, "corp": true, "co.": true, "co": true, "cos.": true,
	"ltd.": true, "ltd": true, "plc": true, "s.a.": true, "n.a.": true, "ag": true, "n.v.": true,
	"l.p.": true, "llc": true, "gmbh": true,
}

// normName lower-cases a name, collapses its spaces, and drops a leading
// "the" and trailing company designators.
func normName(s string) string {
	words := strings.Fields(strings.ToLower(s))
	if len(words) > 1 && words[0] == "the" {
		words = words[1:]
	}
	for len(words) > 1 && designators[strings.TrimSuffix(words[len(words)-1], ",")] {
		words = words[:len(words)-1]
	}
	return strings.TrimSuffix(strings.Join(words, " "), ",")
}

// WriteParticipantReport writes participant scores as a short block of
// text, in percent: with and without roles, then role by role.
func WriteParticipantReport(w io.Writer, name string, s ParticipantScores) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d documents, %d gold events, %d matched to a predicted event\n", name, s.Docs, s.Events, s.Matched)
	fmt.Fprintf(&b, "%-12s%7s%7s%7s%9s%9s%9s\n", "", "gold", "pred", "match", "P", "R", "F1")
	row := func(label string, c PRF) {
		fmt.Fprintf(&b, "%-12s%7d%7d%7d%9s%9s%9s\n", label, c.Gold, c.Predicted, c.Matched, pct(c.P), pct(c.R), pct(c.F1))
	}
	row("with role", s.Roles)
	row("entity only", s.Entities)
	for _, r := range s.ByRole {
		row(string(r.Role), r.PRF)
	}
	fmt.Fprintf(&b, "kind right on %d of %d matched entities\n", s.KindRight, s.Entities.Matched)
	_, err := io.WriteString(w, b.String())
	return err
}
