package extract

import (
	"testing"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// runeStarts marks the offsets where decoding text from its start begins a
// rune (invalid bytes decode one at a time), plus len(text).
func runeStarts(text string) []bool {
	at := make([]bool, len(text)+1)
	for i := 0; i < len(text); {
		at[i] = true
		_, w := utf8.DecodeRuneInString(text[i:])
		i += w
	}
	at[len(text)] = true
	return at
}

func checkSentences(t *testing.T, text string, ss []Sentence) {
	at := runeStarts(text)
	prev := 0
	for i, s := range ss {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("sentence %d %+v out of order or range (prev end %d, len %d)", i, s, prev, len(text))
		}
		if !at[s.Start] || !at[s.End] {
			t.Fatalf("sentence %d %+v not on rune boundaries in %q", i, s, text)
		}
		if trimRight(text, s.Start, s.End) != s.End || spaceLen(text, s.Start) > 0 || text[s.Start] == '\n' {
			t.Fatalf("sentence %d %q not trimmed", i, text[s.Start:s.End])
		}
		prev = s.End
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"", "Mr. Smith went. He left.", "U.S. \"Yes.\" he said… “No.” 3.5\n\nx", "a\xffb. C\xe2\x80", "\u00a0.\u2028. "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkSentences(t, text, Sentences(text))
	})
}

// FuzzEvents runs the tagger and the extractor on any text, with mentions
// of any kind at any offsets too, and checks every event is well formed.
func FuzzEvents(f *testing.F) {
	f.Add("Mr Trump said on Monday he had held a call with Vladimir Putin.", uint16(14), uint16(23), uint16(0))
	f.Add("\"Yes,\" he said. The attack on Monday killed 12.", uint16(29), uint16(35), uint16(1))
	f.Add("Had he been re-elected in 2020, nothing.", uint16(26), uint16(30), uint16(2))
	f.Add("The floods which also affect Kenya and Ethiopia began in late October, officials said.", uint16(60), uint16(72), uint16(0))
	f.Add("He's said it won't; they'd've gone. Didn't he? Can't.", uint16(0), uint16(4), uint16(3))
	f.Fuzz(func(t *testing.T, text string, start, end, kind uint16) {
		types := []timeline.TimexType{timeline.TypeDate, timeline.TypeTime, timeline.TypeDuration, timeline.TypeSet}
		day := timeline.Interval{Start: monday, End: monday.AddDate(0, 0, 1)}
		ms := append(temporal.Tag(text, monday),
			timeline.Mention{Start: int(start), End: int(end), Type: types[int(kind)%len(types)], Interval: day, Value: "2025-05-19"},
			timeline.Mention{Start: int(start) / 2, End: int(end) / 2, Type: timeline.TypeDate, Interval: day, Value: "2025-05-19"},
			timeline.Mention{Start: int(end), End: int(end) + 3, Type: timeline.TypeTime, Interval: day, Value: "2025-05-19"},
		)
		for _, e := range Events(text, ms, monday) {
			checkEvent(t, text, len(ms), e)
		}
	})
}
