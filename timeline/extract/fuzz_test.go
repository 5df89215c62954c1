package extract

import (
	"testing"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
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

func FuzzEvents(f *testing.F) {
	f.Add("Mr Trump said on Monday he had held a call with Vladimir Putin.", uint16(14), uint16(23), uint16(0))
	f.Add("\"Yes,\" he said. The attack on Monday killed 12.", uint16(29), uint16(35), uint16(1))
	f.Add("Had he been re-elected in 2020, nothing.", uint16(26), uint16(30), uint16(2))
	f.Fuzz(func(t *testing.T, text string, start, end, kind uint16) {
		types := []timeline.TimexType{timeline.TypeDate, timeline.TypeTime, timeline.TypeDuration, timeline.TypeSet}
		ms := []timeline.Mention{
			{Start: int(start), End: int(end), Type: types[int(kind)%len(types)]},
			{Start: int(start) / 2, End: int(end) / 2, Type: timeline.TypeDate},
			{Start: int(end), End: int(end) + 3, Type: timeline.TypeTime},
		}
		evs := Events(text, ms)
		at := runeStarts(text)
		for _, ev := range evs {
			if ev.Mention < 0 || ev.Mention >= len(ms) {
				t.Fatalf("mention index %d", ev.Mention)
			}
			if ev.Phrase == "" || !utf8.ValidString(ev.Phrase) {
				t.Fatalf("bad phrase %q", ev.Phrase)
			}
			if ev.SentenceStart < 0 || ev.SentenceEnd > len(text) || ev.SentenceStart > ev.SentenceEnd ||
				ev.Sentence != text[ev.SentenceStart:ev.SentenceEnd] {
				t.Fatalf("bad evidence [%d,%d) of %d", ev.SentenceStart, ev.SentenceEnd, len(text))
			}
			if len(evs) > 0 && ev.SentenceEnd > ev.SentenceStart && !(at[ev.SentenceStart] && at[ev.SentenceEnd]) {
				// Evidence built from sentences lies on rune boundaries; a
				// mention in a text without sentences is echoed as given.
				if len(Sentences(text)) > 0 {
					t.Fatalf("evidence [%d,%d) not on rune boundaries", ev.SentenceStart, ev.SentenceEnd)
				}
			}
			for _, e := range append(ev.Actors, ev.Places...) {
				if e.Name == "" || !utf8.ValidString(e.Name) {
					t.Fatalf("bad entity %q", e.Name)
				}
			}
		}
	})
}
