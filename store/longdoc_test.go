package store_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

// TestLongDocument stores a document of more events than the writer
// queues before inserting (flushEvents): the rows inserted midway and at
// the end must be whole, linked and in step with the timeline view.
func TestLongDocument(t *testing.T) {
	const n = 20000
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "Talks %d began on 19 May 2025. ", i)
	}
	a := newArticle("Long", b.String())
	a.date("19 May 2025", "2025-05-19", timeline.GranularityDay, "2025-05-19", "2025-05-20")
	text := a.doc.Text
	a.events = a.events[:0]
	for i, at := 0, 0; i < n; i++ {
		start := strings.Index(text[at:], "Talks") + at
		end := strings.Index(text[start:], ".") + start + 1
		e := timeline.Event{
			Trigger: "Talks", TriggerStart: start, TriggerEnd: start + len("Talks"), Lemma: "talk",
			Class: timeline.ClassOccurrence, Polarity: timeline.PolarityPositive, Modality: timeline.ModalityAsserted,
			Mention: 0, Value: "2025-05-19", Interval: a.mentions[0].Interval, Granularity: timeline.GranularityDay,
			Relation: timeline.RelationOn, AnchoredBy: timeline.AnchoredByExpression, Confidence: 0.9,
			Phrase: fmt.Sprintf("talks %d began", i), Sentence: text[start:end], SentenceStart: start, SentenceEnd: end,
			Participants: []timeline.Participant{{Entity: person(fmt.Sprintf("Negotiator %d", i%300)), Role: timeline.RoleAgent}},
		}
		if i%2 == 1 {
			e.Mention, e.Value, e.Interval, e.Granularity = timeline.NoMention, "", timeline.Interval{}, ""
			e.Relation, e.AnchoredBy, e.Confidence = "", timeline.AnchoredByNone, 0
		}
		a.events = append(a.events, e)
		at = end
	}
	db, path := openDB(t)
	a.save(t, db)
	for table, want := range map[string]int{"events": n, "sentences": n, "event_entities": n, "entities": 300, "events_fts": n / 2} {
		if got := count(t, db, table); got != want {
			t.Errorf("%s holds %d rows; want %d", table, got, want)
		}
	}
	raw := rawDB(t, path)
	if got := checkTimelineRows(t, raw); got != n/2 {
		t.Errorf("%d timeline rows; want %d", got, n/2)
	}
	var problems int
	if err := raw.QueryRowContext(context.Background(), `SELECT count(*) FROM pragma_foreign_key_check`).Scan(&problems); err != nil || problems != 0 {
		t.Errorf("foreign_key_check: %d problems, %v", problems, err)
	}
}
