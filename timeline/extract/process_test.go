package extract

import (
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// TestDatelineDatesNothing checks that the date of a wire story's dateline
// dates no event: it is the publication date.
func TestDatelineDatesNothing(t *testing.T) {
	for _, text := range []string{
		"WASHINGTON, May 19 (Reuters) - The Senate passed the bill on Monday.",
		"LONDON (AP) — May 19 — A storm swept across England on Sunday.",
	} {
		ms := temporal.Tag(text, monday)
		for _, e := range Events(text, ms, monday) {
			if e.Mention >= 0 && ms[e.Mention].Start < 30 {
				t.Errorf("%q: %q dated by the dateline %q", text, e.Trigger, ms[e.Mention].Text)
			}
		}
	}
}

// TestComparisonBaselineDatesNothing checks that the date a figure is
// compared with ("from $93 million a year earlier") dates no event.
func TestComparisonBaselineDatesNothing(t *testing.T) {
	dct := time.Date(2024, 11, 7, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"Profit fell 40% from a year earlier.",
		"Sales rose 5% to $2 billion from $1.9 billion last year.",
	} {
		ms := temporal.Tag(text, dct)
		for _, e := range Events(text, ms, dct) {
			if e.Mention >= 0 {
				t.Errorf("%q: %q dated by the baseline %q", text, e.Trigger, ms[e.Mention].Text)
			}
		}
	}
}

func TestProcessSetsDocumentID(t *testing.T) {
	doc := &timeline.Document{ID: 7, Text: "Nothing happened.", Published: monday}
	_, events := Process(doc)
	if len(events) == 0 {
		t.Fatal("no event")
	}
	for _, ev := range events {
		if ev.DocumentID != 7 {
			t.Errorf("event document %d", ev.DocumentID)
		}
	}
}

// TestUndatedWithoutPublication checks that without a publication date
// only absolute dates date events.
func TestUndatedWithoutPublication(t *testing.T) {
	text := "The board met on Tuesday. It approved the merger in March 2024."
	evs := Events(text, temporal.Tag(text, time.Time{}), time.Time{})
	for _, w := range []want{
		{trigger: "met", value: "-"},
		{trigger: "approved", value: "2024-03"},
	} {
		w.check(t, evs)
	}
}
