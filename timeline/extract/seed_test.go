package extract

import (
	"os"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

// TestSeed checks the events of the acceptance article with the mentions
// the tagger is expected to find.
func TestSeed(t *testing.T) {
	b, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	mentions := []timeline.Mention{
		mentionOf(t, text, "Monday", 0),
		mentionOf(t, text, "two-hour", 0),
		mentionOf(t, text, "Monday", 1),
		mentionOf(t, text, "Monday", 2),
		mentionOf(t, text, "January", 0),
		mentionOf(t, text, "last week", 0),
		mentionOf(t, text, "2020", 0),
	}
	mentions[1].Type = timeline.TypeDuration
	events := Events(text, mentions)
	if len(events) != 6 {
		t.Fatalf("got %d events, want 6 (the duration is no event)", len(events))
	}
	tests := []struct {
		mention int
		phrase  string
		actors  []string
		places  []string
	}{
		{0, "Trump held a two-hour call with Russian leader Vladimir Putin",
			[]string{"Donald Trump/person", "Vladimir Putin/person"}, []string{"United States/place", "Russia/place"}},
		{2, "Trump told Ukraine's President Volodymyr Zelenskyy and other Nato allies of plans",
			[]string{"Truth Social/organization", "Volodymyr Zelenskyy/person", "Nato/organization"}, []string{"Ukraine/place"}},
		{3, "call with Putin", []string{"White House/organization", "Vladimir Putin/person", "Donald Trump/person"}, nil},
		{4, "Trump took office for a second time", []string{"Donald Trump/person"}, nil},
		{5, "Putin skipped negotiations in Turkey", []string{"Vladimir Putin/person", "Volodymyr Zelenskyy/person"},
			[]string{"Russia/place", "Turkey/place"}},
		{6, "Trump not re-elected president", []string{"Donald Trump/person"}, []string{"Russia/place", "Ukraine/place"}},
	}
	byMention := map[int]timeline.Event{}
	for _, ev := range events {
		byMention[ev.Mention] = ev
	}
	for _, tt := range tests {
		ev, ok := byMention[tt.mention]
		if !ok {
			t.Errorf("no event for mention %d", tt.mention)
			continue
		}
		m := mentions[tt.mention]
		if ev.Phrase != tt.phrase {
			t.Errorf("%q: phrase %q, want %q", m.Text, ev.Phrase, tt.phrase)
		}
		if ev.Sentence != text[ev.SentenceStart:ev.SentenceEnd] || ev.SentenceStart > m.Start || ev.SentenceEnd < m.End {
			t.Errorf("%q: evidence [%d,%d) does not hold the mention", m.Text, ev.SentenceStart, ev.SentenceEnd)
		}
		actors, places := names(ev.Actors), names(ev.Places)
		for _, a := range tt.actors {
			if !contains(actors, a) {
				t.Errorf("%q: actors %v lack %s", m.Text, actors, a)
			}
		}
		for _, p := range tt.places {
			if !contains(places, p) {
				t.Errorf("%q: places %v lack %s", m.Text, places, p)
			}
		}
	}
	// "Putin" alone never appears as a name: it always resolves.
	for _, ev := range events {
		for _, a := range ev.Actors {
			if a.Name == "Putin" || a.Name == "Trump" || a.Name == "Zelenskyy" {
				t.Errorf("unresolved short name %q in %q", a.Name, ev.Sentence)
			}
		}
	}
}
