package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// TestTimelineAgainstBruteForce compares date-range queries, whose SQL takes
// shortcuts (span classes, partial indexes), with a plain Go filter and sort
// over the same random intervals: hours to centuries, on and off midnight.
func TestTimelineAgainstBruteForce(t *testing.T) {
	ctx := context.Background()
	db, _ := openDB(t)
	rng := rand.New(rand.NewPCG(7, 11))
	epoch := time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)
	randomTime := func() time.Time {
		t := epoch.AddDate(0, 0, rng.IntN(200*365))
		if rng.IntN(4) == 0 {
			t = t.Add(time.Duration(rng.IntN(24*60)) * time.Minute)
		}
		return t
	}
	lengths := []time.Duration{time.Hour, 24 * time.Hour, 3 * 24 * time.Hour, 7 * 24 * time.Hour, 31 * 24 * time.Hour,
		92 * 24 * time.Hour, 366 * 24 * time.Hour, 3653 * 24 * time.Hour, 36525 * 24 * time.Hour}

	type want struct {
		row timeline.Row
		iv  timeline.Interval
	}
	var all []want
	var eventID int64
	for d := 1; d <= 4; d++ {
		const per = 150
		doc := &timeline.Document{Source: fmt.Sprintf("doc%d", d), Text: strings.Repeat("word ", 2*per) + fmt.Sprint(d)}
		var mentions []timeline.Mention
		var events []timeline.Event
		for i := 0; i < per; i++ {
			m := timeline.Mention{Start: 10 * i, End: 10*i + 4, Text: "word", Type: timeline.TypeDate, Value: "X"}
			if rng.IntN(10) > 0 {
				start := randomTime()
				length := lengths[rng.IntN(len(lengths))]
				if rng.IntN(5) == 0 {
					length = time.Duration(1+rng.IntN(1000)) * time.Hour
				}
				m.Interval = timeline.Interval{Start: start, End: start.Add(length)}
				m.Granularity = timeline.GranularityDay
			}
			mentions = append(mentions, m)
			e := timeline.Event{Trigger: "word", TriggerStart: 10 * i, TriggerEnd: 10*i + 4, Lemma: "word",
				Class: timeline.ClassOccurrence, Polarity: timeline.PolarityPositive, Modality: timeline.ModalityAsserted,
				Mention: timeline.NoMention, AnchoredBy: timeline.AnchoredByNone,
				Phrase: "p", Sentence: "word", SentenceStart: 10 * i, SentenceEnd: 10*i + 4}
			if m.Anchored() {
				e.Mention, e.Value, e.Interval, e.Granularity = i, m.Value, m.Interval, m.Granularity
				e.Relation, e.AnchoredBy = timeline.RelationOn, timeline.AnchoredByExpression
			}
			events = append(events, e)
			eventID++
			if m.Anchored() {
				all = append(all, want{timeline.Row{EventID: eventID, DocumentID: int64(d), TriggerStart: e.TriggerStart,
					Start: m.Interval.Start, End: m.Interval.End}, m.Interval})
			}
		}
		if stored, err := db.SaveDocument(ctx, doc, mentions, events); err != nil || !stored {
			t.Fatalf("SaveDocument = %v, %v", stored, err)
		}
	}

	for i := 0; i < 300; i++ {
		var f timeline.Filter
		from, to := randomTime(), randomTime()
		if to.Before(from) {
			from, to = to, from
		}
		to = to.Add(time.Duration(1+rng.IntN(48)) * time.Hour)
		switch rng.IntN(4) {
		case 0:
			f.From = &timeline.Interval{Start: from, End: from.Add(time.Hour)}
		case 1:
			f.To = &timeline.Interval{Start: to.Add(-time.Hour), End: to}
		default:
			f.From = &timeline.Interval{Start: from, End: from.Add(time.Hour)}
			f.To = &timeline.Interval{Start: to.Add(-time.Hour), End: to}
		}
		f.Within = rng.IntN(3) == 0
		if rng.IntN(3) == 0 {
			f.Limit, f.Offset = 1+rng.IntN(20), rng.IntN(30)
		}

		var expected []timeline.Row
		for _, w := range all {
			keep := true
			if f.From != nil {
				keep = keep && (f.Within && !w.iv.Start.Before(f.From.Start) || !f.Within && w.iv.End.After(f.From.Start))
			}
			if f.To != nil {
				keep = keep && w.iv.Start.Before(f.To.End) && (!f.Within || !w.iv.End.After(f.To.End))
			}
			if keep {
				expected = append(expected, w.row)
			}
		}
		timeline.Sort(expected)
		total := len(expected)
		expected = expected[min(f.Offset, len(expected)):]
		if f.Limit > 0 {
			expected = expected[:min(f.Limit, len(expected))]
		}

		rows, n, err := db.Timeline(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		ids := func(rows []timeline.Row) []int64 {
			out := []int64{}
			for _, r := range rows {
				out = append(out, r.EventID)
			}
			return out
		}
		if n != total || !slices.Equal(ids(rows), ids(expected)) {
			t.Fatalf("filter from=%v to=%v within=%v offset=%d limit=%d:\n got %d %v\nwant %d %v",
				f.From, f.To, f.Within, f.Offset, f.Limit, n, ids(rows), total, ids(expected))
		}
	}
}
