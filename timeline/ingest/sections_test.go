package ingest

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/extract"
)

func TestSectionEnd(t *testing.T) {
	tests := []struct {
		name, text string
		size, want int
	}{
		{"short text", "One. Two.", 100, 9},
		{"paragraph", "aaaa bbbb.\n\ncccc dddd. eeee", 20, 12},
		{"line", "aaaa bbbb.\ncccc dddd. eeee ffff", 20, 11},
		{"sentence", "aaaa bbbb. cccc dddd eeee ffff", 16, 11},
		{"space", "aaaabbbbcccc dddd eeee ffff", 20, 18},
		{"paragraph too early: a later line", "aa\n\nbbbbbbbbbbbb\ncccccccccc", 20, 17},
		{"no break: a rune boundary", strings.Repeat("é", 15), 11, 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sectionEnd(tt.text, 0, tt.size); got != tt.want {
				t.Errorf("sectionEnd(%q, 0, %d) = %d (%q); want %d (%q)", tt.text, tt.size, got, tt.text[:got], tt.want, tt.text[:tt.want])
			}
		})
	}
}

// TestExtractSections checks that a text extracted in sections gives what
// each section gives alone, at the section's place in the text: offsets
// into the whole text, events pointing at the right mentions.
func TestExtractSections(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	var b strings.Builder
	for i := range 60 {
		fmt.Fprintf(&b, "On May %d, 2025, the council approved the budget, officials said. Talks resumed on Monday. ", i%28+1)
		if r.Intn(3) == 0 {
			b.WriteString("\n\n")
		}
	}
	doc := &timeline.Document{ID: 7, Text: b.String(), Published: time.Date(2025, 5, 19, 0, 0, 0, 0, time.UTC)}
	const size = 700
	mentions, events := extractSections(doc, size, extract.Process)
	var wantM []timeline.Mention
	var wantE []timeline.Event
	sections := 0
	for start := 0; start < len(doc.Text); sections++ {
		end := sectionEnd(doc.Text, start, size)
		if end <= start || end-start > size || !utf8.ValidString(doc.Text[start:end]) {
			t.Fatalf("section [%d, %d) of a %d-byte text", start, end, len(doc.Text))
		}
		part := *doc
		part.Text = doc.Text[start:end]
		ms, evs := extract.Process(&part)
		for _, e := range evs {
			if e.Mention != timeline.NoMention {
				e.Mention += len(wantM)
			}
			e.TriggerStart, e.TriggerEnd, e.SentenceStart, e.SentenceEnd = e.TriggerStart+start, e.TriggerEnd+start, e.SentenceStart+start, e.SentenceEnd+start
			wantE = append(wantE, e)
		}
		for _, m := range ms {
			m.Start, m.End = m.Start+start, m.End+start
			wantM = append(wantM, m)
		}
		start = end
	}
	if sections < 5 {
		t.Fatalf("%d sections; want the text cut in several", sections)
	}
	if !slices.EqualFunc(mentions, wantM, func(a, b timeline.Mention) bool { return a == b }) {
		t.Errorf("mentions differ from the sections' own")
	}
	if len(events) != len(wantE) {
		t.Fatalf("%d events; want %d", len(events), len(wantE))
	}
	for i, e := range events {
		if doc.Text[e.TriggerStart:e.TriggerEnd] != e.Trigger || doc.Text[e.SentenceStart:e.SentenceEnd] != e.Sentence {
			t.Errorf("event %d: trigger %q or sentence %q not at its offsets", i, e.Trigger, e.Sentence)
		}
		if e.Mention != wantE[i].Mention || (e.Mention != timeline.NoMention && mentions[e.Mention].Text != doc.Text[mentions[e.Mention].Start:mentions[e.Mention].End]) {
			t.Errorf("event %d points at mention %d; want %d", i, e.Mention, wantE[i].Mention)
		}
		if e.DocumentID != 7 {
			t.Errorf("event %d: document %d", i, e.DocumentID)
		}
	}
	// A text within the size is extracted whole, as before.
	short := &timeline.Document{Text: "Talks resumed on Monday.", Published: doc.Published}
	ms, evs := extractSections(short, size, extract.Process)
	wm, we := extract.Process(short)
	if len(ms) != len(wm) || len(evs) != len(we) {
		t.Errorf("a short text: %d mentions, %d events; whole: %d, %d", len(ms), len(evs), len(wm), len(we))
	}
}
