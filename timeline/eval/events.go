package eval

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/timeline-dev/timeline/timeline"
)

// Extractor finds the time expressions and events of a document;
// extract.Process is one.
type Extractor func(doc *timeline.Document) ([]timeline.Mention, []timeline.Event)

// EventScores measure events against TimeML gold events and their TLINKs.
//
// A gold event is found when a predicted event's trigger overlaps it (one
// to one). A gold event is dated when a TLINK puts it within a DATE or TIME
// expression or the creation time; a predicted event is dated when it is on
// a concrete time (relation "on"). Dated precision counts only predicted
// dated events the gold has an opinion on: those matching a gold event that
// has some link to a time, and those matching no gold event at all. Date
// accuracy is over matched dated events: the predicted value is one the gold
// dates the event with. RightDate* count a dated event as right only when
// its date is. Relation accuracy is over gold events that the gold relates
// before, after, since or until a time expression and that the prediction
// anchors to that expression's value.
type EventScores struct {
	Docs                     int
	Gold, Predicted, Matched int
	P, R, F1                 float64

	GoldDated, PredictedDated, JudgedDated, MatchedDated, RightDate int
	DatedP, DatedR, DatedF1, DateAccuracy                           float64
	RightDateP, RightDateR, RightDateF1                             float64

	GoldRelations, RelationsAnchored, RelationsRight int
	RelationAccuracy                                 float64

	ClassRight, PolarityRight       int
	ClassAccuracy, PolarityAccuracy float64

	// ByAnchoring counts, for each way events were dated, the matched
	// dated events and those with the right date: [matched, right].
	ByAnchoring map[timeline.Anchoring][2]int
}

// eventTally holds the counts EventScores are computed from.
type eventTally struct {
	docs, gold, pred, matched                  int
	goldDated, predDated, judged, matchedDated int
	rightDate, goldRel, relAnchored, relRight  int
	classRight, polarityRight                  int
	byAnchoring                                map[timeline.Anchoring][2]int
}

func (t *eventTally) add(o eventTally) {
	t.docs += o.docs
	t.gold += o.gold
	t.pred += o.pred
	t.matched += o.matched
	t.goldDated += o.goldDated
	t.predDated += o.predDated
	t.judged += o.judged
	t.matchedDated += o.matchedDated
	t.rightDate += o.rightDate
	t.goldRel += o.goldRel
	t.relAnchored += o.relAnchored
	t.relRight += o.relRight
	t.classRight += o.classRight
	t.polarityRight += o.polarityRight
	for k, v := range o.byAnchoring {
		if t.byAnchoring == nil {
			t.byAnchoring = map[timeline.Anchoring][2]int{}
		}
		w := t.byAnchoring[k]
		t.byAnchoring[k] = [2]int{w[0] + v[0], w[1] + v[1]}
	}
}

func (t eventTally) scores() EventScores {
	s := EventScores{
		Docs: t.docs, Gold: t.gold, Predicted: t.pred, Matched: t.matched,
		P: ratio(t.matched, t.pred), R: ratio(t.matched, t.gold),
		GoldDated: t.goldDated, PredictedDated: t.predDated, JudgedDated: t.judged,
		MatchedDated: t.matchedDated, RightDate: t.rightDate,
		DatedP: ratio(t.matchedDated, t.judged), DatedR: ratio(t.matchedDated, t.goldDated),
		DateAccuracy: ratio(t.rightDate, t.matchedDated),
		RightDateP:   ratio(t.rightDate, t.judged), RightDateR: ratio(t.rightDate, t.goldDated),
		GoldRelations: t.goldRel, RelationsAnchored: t.relAnchored, RelationsRight: t.relRight,
		RelationAccuracy: ratio(t.relRight, t.relAnchored),
		ClassRight:       t.classRight, PolarityRight: t.polarityRight,
		ClassAccuracy: ratio(t.classRight, t.matched), PolarityAccuracy: ratio(t.polarityRight, t.matched),
		ByAnchoring: t.byAnchoring,
	}
	s.F1 = f1(s.P, s.R)
	s.DatedF1 = f1(s.DatedP, s.DatedR)
	s.RightDateF1 = f1(s.RightDateP, s.RightDateR)
	return s
}

// Event error kinds.
const (
	KindEventMiss       = "event-miss"        // a gold event no trigger overlaps
	KindEventFalseAlarm = "event-false-alarm" // a predicted event that is no gold event
	KindUndated         = "undated"           // a gold dated event found but not dated
	KindDatedWrongly    = "dated-wrongly"     // dated, where the gold links it to a time but not within it
	KindWrongDate       = "wrong-date"        // dated, with another value than the gold's
	KindWrongRelation   = "wrong-relation"    // anchored to the gold's time with another relation
)

// EventError is one difference between the extractor and the gold events.
type EventError struct {
	DocID   string
	Kind    string
	Gold    *GoldEvent      // nil for a false alarm
	Event   *timeline.Event // nil for a miss
	Context string          // the text around the gold event, else the trigger, [bracketed]
	at      int
}

// String renders the error on one line.
func (e EventError) String() string {
	var what string
	switch e.Kind {
	case KindEventMiss:
		what = fmt.Sprintf("gold %s %q", e.Gold.Class, e.Gold.Text)
	case KindEventFalseAlarm:
		what = fmt.Sprintf("predicted %s %q", e.Event.Class, e.Event.Trigger)
	case KindUndated:
		what = fmt.Sprintf("%q gold %v, predicted %s", e.Gold.Text, e.Gold.Dates, predictedTime(e.Event))
	case KindDatedWrongly:
		what = fmt.Sprintf("%q gold not within a time, predicted %s", e.Gold.Text, predictedTime(e.Event))
	case KindWrongDate:
		what = fmt.Sprintf("%q gold %v, predicted %s", e.Gold.Text, e.Gold.Dates, predictedTime(e.Event))
	case KindWrongRelation:
		what = fmt.Sprintf("%q gold %s, predicted %s", e.Gold.Text, goldRelations(e.Gold), predictedTime(e.Event))
	}
	return fmt.Sprintf("%s: %s: %s | %s", e.DocID, e.Kind, what, e.Context)
}

func predictedTime(e *timeline.Event) string {
	if e == nil || e.Value == "" {
		return "undated"
	}
	return fmt.Sprintf("%s %s (%s)", e.Relation, e.Value, e.AnchoredBy)
}

func goldRelations(g *GoldEvent) string {
	s := ""
	for i, r := range g.Relations {
		if i > 0 {
			s += ", "
		}
		s += string(r.Relation) + " " + r.Value
	}
	return s
}

// ScoreEvents runs x over every document that has gold events, with up to
// workers goroutines (GOMAXPROCS when workers <= 0), and scores the events
// against the gold. Documents without gold events are skipped.
func ScoreEvents(docs []Gold, x Extractor, workers int) (EventScores, []EventError) {
	var todo []int
	for i := range docs {
		if len(docs[i].Events) > 0 {
			todo = append(todo, i)
		}
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, len(todo)))
	tallies := make([]eventTally, len(todo))
	errs := make([][]EventError, len(todo))
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for k := range next {
				tallies[k], errs[k] = scoreEventDoc(&docs[todo[k]], x)
			}
		})
	}
	for k := range todo {
		next <- k
	}
	close(next)
	wg.Wait()
	var total eventTally
	var all []EventError
	for k := range todo {
		total.add(tallies[k])
		all = append(all, errs[k]...)
	}
	return total.scores(), all
}

// scoreEventDoc extracts one document and compares its events with the gold.
func scoreEventDoc(d *Gold, x Extractor) (eventTally, []EventError) {
	doc := &timeline.Document{Source: d.ID, Text: d.Text, Published: d.DCT}
	_, events := x(doc)
	gold := make([]Span, len(d.Events))
	for i, g := range d.Events {
		gold[i] = Span{Start: g.Start, End: g.End}
	}
	pred := make([]Span, len(events))
	for i, e := range events {
		pred[i] = Span{Start: e.TriggerStart, End: e.TriggerEnd}
	}
	toPred := match(gold, pred)
	t := eventTally{docs: 1, gold: len(gold), pred: len(pred)}
	var errs []EventError
	report := func(kind string, g *GoldEvent, e *timeline.Event) {
		at := 0
		if g != nil {
			at = g.Start
		} else {
			at = e.TriggerStart
		}
		s, end := at, at
		if g != nil {
			end = g.End
		} else {
			end = e.TriggerEnd
		}
		errs = append(errs, EventError{DocID: d.ID, Kind: kind, Gold: g, Event: e, Context: context(d.Text, s, end), at: at})
	}
	matchedPred := make([]bool, len(events))
	for gi, pi := range toPred {
		g := &d.Events[gi]
		dated := len(g.Dates) > 0
		if dated {
			t.goldDated++
		}
		if len(g.Relations) > 0 {
			t.goldRel++
		}
		if pi < 0 {
			report(KindEventMiss, g, nil)
			continue
		}
		e := &events[pi]
		matchedPred[pi] = true
		t.matched++
		if string(e.Class) == g.Class {
			t.classRight++
		}
		if (e.Polarity == timeline.PolarityNegative) == g.Negated {
			t.polarityRight++
		}
		onTime := e.Dated() && e.Relation == timeline.RelationOn
		if onTime {
			t.predDated++
			if g.Linked {
				t.judged++
			}
		}
		switch {
		case dated && onTime:
			t.matchedDated++
			if t.byAnchoring == nil {
				t.byAnchoring = map[timeline.Anchoring][2]int{}
			}
			a := t.byAnchoring[e.AnchoredBy]
			a[0]++
			if sameDate(g.Dates, e.Value) {
				t.rightDate++
				a[1]++
			} else {
				report(KindWrongDate, g, e)
			}
			t.byAnchoring[e.AnchoredBy] = a
		case dated:
			report(KindUndated, g, e)
		case onTime && g.Linked:
			report(KindDatedWrongly, g, e)
		}
		if len(g.Relations) > 0 && e.Value != "" {
			anchored, right := false, false
			for _, r := range g.Relations {
				if r.Value == e.Value {
					anchored = true
					right = right || r.Relation == e.Relation
				}
			}
			if anchored {
				t.relAnchored++
				if right {
					t.relRight++
				} else {
					report(KindWrongRelation, g, e)
				}
			}
		}
	}
	for pi := range events {
		if matchedPred[pi] {
			continue
		}
		e := &events[pi]
		if e.Dated() && e.Relation == timeline.RelationOn {
			t.predDated++
			t.judged++ // no gold event: dating a non-event is wrong
		}
		report(KindEventFalseAlarm, nil, e)
	}
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].at < errs[j].at })
	return t, errs
}

// sameDate reports whether a predicted value is one of the gold dates of
// an event, as a reader judges a date rather than its TIMEX3 spelling: an
// X-filled tail ("1949-XX") is the unit it leaves ("1949"), and a time of
// day within the gold day ("1999-10-24TNI", "1998-08-08T10:35") is that
// day, and the other way round.
func sameDate(gold []string, pred string) bool {
	for _, g := range gold {
		g = strings.TrimRight(strings.ReplaceAll(g, "-XX", ""), "X-")
		switch {
		case g == pred,
			strings.HasPrefix(pred, g+"T") && len(g) == len("2006-01-02"),
			strings.HasPrefix(g, pred+"T") && len(pred) == len("2006-01-02"):
			return true
		}
	}
	return false
}
