package temporal

import (
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzTag checks the tagger's invariants on arbitrary input: no panic,
// offsets inside the text on rune boundaries, ordered, non-overlapping, and
// every value well formed.
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"Putin skipped negotiations in Turkey last week.",
		"On Monday, Oct. 26 at 10 p.m. EST, the 1990s ended mid-2026.",
		"It cost $2,020 on 5/19/2025 and 19.05.2025, two-hour, every Monday.",
		"the 5th of May. 2 1/2 years ago, the third quarter of 2025, Q3 2025",
		"\xff\xfe May 31 - 2025-02-30 - 99:99 p.m. — 2009-2010",
		"The week after next, two Fridays ago, a week from Monday, the first of next month, May 5-7, 5-7 May.",
		"In 2019 it fell. On June 4 at dawn, 1Q25 and FY24 rose from $3 a year earlier; an hour and a half later.",
		"ISO datetime is 2004-03-04T18:32:56.",
	} {
		f.Add(s, int64(0))
		f.Add(s, monday19.Unix())
	}
	f.Fuzz(func(t *testing.T, text string, dctUnix int64) {
		var dct time.Time
		if dctUnix != 0 {
			dct = time.Unix(dctUnix%(1<<36), 0).UTC()
		}
		checkDeclarations(t, text, dct)
		prev := 0
		valid := utf8.ValidString(text)
		for _, m := range Tag(text, dct) {
			if m.Start < prev || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("bad offsets [%d,%d) after %d in %q", m.Start, m.End, prev, text)
			}
			// Rune boundaries mean something only in valid UTF-8, which is
			// all the tagger is given: sources reject anything else.
			if valid && (!utf8.RuneStart(text[m.Start]) || m.End < len(text) && !utf8.RuneStart(text[m.End])) {
				t.Fatalf("offsets [%d,%d) split a rune in %q", m.Start, m.End, text)
			}
			if text[m.Start:m.End] != m.Text {
				t.Fatalf("text %q != span %q", m.Text, text[m.Start:m.End])
			}
			if !ValidValue(m.Value) {
				t.Fatalf("invalid value %q for %q", m.Value, m.Text)
			}
			if m.Anchored() && !m.Interval.End.After(m.Interval.Start) {
				t.Fatalf("empty interval for %q: %v", m.Text, m.Interval)
			}
			prev = m.End
		}
	})
}
