package eval

import (
	"slices"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/timeml"
)

// GoldEvent is one gold EVENT with what its TLINKs say about its time.
type GoldEvent struct {
	Start, End int // byte offsets of the event word(s) in the document text
	Text       string
	Class      string
	Negated    bool
	// Dates are the values of the DATE or TIME expressions (or of the
	// creation time) that the gold puts the event within: IS_INCLUDED,
	// DURING, SIMULTANEOUS, IDENTITY, BEGINS or ENDS, read from the event's
	// side. An event with Dates is a dated event.
	Dates []string
	// Relations are the gold's other relations to time expressions of the
	// text (never the creation time): before, after, since, until.
	Relations []GoldRelation
	// Linked reports any TLINK between the event and a time expression or
	// the creation time: where it is false the gold says nothing about the
	// event's time, so dating it is neither right nor wrong.
	Linked bool
}

// GoldRelation is a gold relation of an event to a time expression.
type GoldRelation struct {
	Relation timeline.Relation
	Value    string // the time expression's value
	Start    int    // the time expression's byte offset
}

// inclusion are the TLINK types, read from the event's side, that put an
// event within a time.
var inclusion = map[string]bool{
	"IS_INCLUDED": true, "DURING": true, "SIMULTANEOUS": true, "IDENTITY": true, "BEGINS": true, "ENDS": true,
}

// relationOf maps the other TLINK types, read from the event's side, to the
// relation an event has to its time.
var relationOf = map[string]timeline.Relation{
	"BEFORE": timeline.RelationBefore, "IBEFORE": timeline.RelationBefore,
	"AFTER": timeline.RelationAfter, "IAFTER": timeline.RelationAfter,
	"BEGUN_BY": timeline.RelationSince, "ENDED_BY": timeline.RelationUntil,
}

// inverse turns a TLINK read from its target's side into the same relation
// read from its source's side.
var inverse = map[string]string{
	"BEFORE": "AFTER", "AFTER": "BEFORE", "IBEFORE": "IAFTER", "IAFTER": "IBEFORE",
	"INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES", "DURING": "DURING_INV", "DURING_INV": "DURING",
	"BEGINS": "BEGUN_BY", "BEGUN_BY": "BEGINS", "ENDS": "ENDED_BY", "ENDED_BY": "ENDS",
	"SIMULTANEOUS": "SIMULTANEOUS", "IDENTITY": "IDENTITY",
}

// goldEvents reads the events of a TimeML document with the dates and
// relations its TLINKs give them. Links between two events, and links to
// durations and sets, are left out: they date nothing.
func goldEvents(doc *timeml.Doc) []GoldEvent {
	if len(doc.Events) == 0 {
		return nil
	}
	// The creation time counts as its day: its clock is when the story was
	// filed, and a publication date is a day.
	dct := doc.DCTValue
	if !doc.DCT.IsZero() {
		dct = doc.DCT.Format("2006-01-02")
	}
	times := map[string]timeml.Timex{"t0": {Value: dct, Type: "DATE", Start: -1}}
	for _, x := range doc.Timexes {
		if x.TID != "" && x.TID != "t0" {
			times[x.TID] = x
		}
	}
	instanceOf := map[string]string{} // eiid → eid
	negated := map[string]bool{}
	for _, in := range doc.Instances {
		instanceOf[in.EIID] = in.EventID
		if in.Polarity == "NEG" {
			negated[in.EventID] = true
		}
	}
	out := make([]GoldEvent, len(doc.Events))
	index := map[string]int{}
	for i, e := range doc.Events {
		out[i] = GoldEvent{Start: e.Start, End: e.End, Text: e.Text, Class: e.Class, Negated: negated[e.EID]}
		index[e.EID] = i
	}
	for _, l := range doc.Links {
		rel, eiid, tid := l.RelType, "", ""
		switch {
		case !l.FromTime && l.ToTime:
			eiid, tid = l.From, l.To
		case l.FromTime && !l.ToTime:
			eiid, tid, rel = l.To, l.From, inverse[rel]
		default:
			continue
		}
		i, ok := index[instanceOf[eiid]]
		x, isTime := times[tid]
		if !ok || !isTime {
			continue
		}
		ev := &out[i]
		ev.Linked = true
		if x.Type != "DATE" && x.Type != "TIME" || x.Value == "" {
			continue
		}
		switch {
		case inclusion[rel]:
			if !slices.Contains(ev.Dates, x.Value) {
				ev.Dates = append(ev.Dates, x.Value)
			}
		case relationOf[rel] != "" && x.Start >= 0:
			ev.Relations = append(ev.Relations, GoldRelation{Relation: relationOf[rel], Value: x.Value, Start: x.Start})
		}
	}
	return out
}
