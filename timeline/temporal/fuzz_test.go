package temporal

import (
	"testing"
	"time"
	"unicode/utf8"
)

// fuzzSeeds are FuzzTag's seed corpus beside every rule's examples: ISO
// forms, numbers with punctuation, texts that end in the middle of an
// expression.
var fuzzSeeds = []string{
	"Putin skipped negotiations in Turkey last week.",
	"On Monday, Oct. 26 at 10 p.m. EST, the 1990s ended mid-2026.",
	"It cost $2,020 on 5/19/2025 and 19.05.2025, two-hour, every Monday.",
	"the 5th of May. 2 1/2 years ago, the third quarter of 2025, Q3 2025",
	"\xff\xfe May 31 - 2025-02-30 - 99:99 p.m. — 2009-2010",
	"The week after next, two Fridays ago, a week from Monday, the first of next month, May 5-7, 5-7 May.",
	"In 2019 it fell. On June 4 at dawn, 1Q25 and FY24 rose from $3 a year earlier; an hour and a half later.",
	"ISO datetime is 2004-03-04T18:32:56.",
	"2004-03-04T18:32:56.250+05:30 2011-06-17T07:00:00Z 2008-05-16T09 2012-W05-3 T13:23:42 America/New_York",
	"1,234.56 3.5% 2x4 1h28 15h30 0600h 1800 hours 2-1 v2.0.1 +0530 -05 GMT+2 UTC-05:00 (PDT) 1145EST",
	"19.02.10 28-Feb-2010 Sep-2012 09/2012 28/07 24/7 1/8 10-29-99 20120810 2012 August 10 '89 '80s",
	"Eid al-Fitr, Rosh Hashanah 2024, Chinese New Year, st. patrick's day, mothers day, Labor Day weekend, Christmas eve",
	"the third Tuesday of next month, the last weekend of March, the 100th day of the year, two days after Christmas",
	"September 14 and 18, 2010; May/June 2011; 1850-58; 3-5 pm; between 2 and 4 pm; 12 and 18 months",
	"the early twenty-first century, the 19th and 20th centuries, the late seventies, the mid-90s, half past noon",
	"in 2 hours, 1 year, 1 month and 1 day ago, an hour and a half ago, in three weeks' time, 4 mondays from today",
	"It ends on May", "at 10 p.", "at 10 p.m", "2025-05-19T", "2025-05-19T15:", "late the", "early the", "the", "the end of", "Eid al-", "half past",
	"the third Tuesday of", "two days after", "1850-", "3-5", "between 2 and", "from 3:30 a.m. to", "in the year",
	"quarter to", "Sep-", "28-Feb-", "12/", "T13:", "+05:", "America/", "the 19th and", "summer of", "1 year,",
}

// FuzzTag checks the tagger's invariants on arbitrary input (see
// checkTag).
func FuzzTag(f *testing.F) {
	seeds := append([]string(nil), fuzzSeeds...)
	for _, r := range rules {
		for _, ex := range r.examples {
			seeds = append(seeds, ex.text)
		}
	}
	for _, s := range seeds {
		f.Add(s, int64(0))
		f.Add(s, monday19.Unix())
		f.Add(s, monday19.Add(10*time.Hour+30*time.Minute).Unix())
	}
	f.Fuzz(func(t *testing.T, text string, dctUnix int64) {
		var dct time.Time
		if dctUnix != 0 {
			dct = time.Unix(dctUnix%(1<<36), 0).UTC()
		}
		checkDeclarations(t, text, dct)
		checkTag(t, text, dct)
	})
}

// TestTagTruncated tags every prefix of the seeds and of the rules'
// examples: a text may end in the middle of any expression, and the
// tagger must not read past its last token.
func TestTagTruncated(t *testing.T) {
	texts := append([]string(nil), fuzzSeeds...)
	for _, r := range rules {
		for _, ex := range r.examples {
			texts = append(texts, ex.text)
		}
	}
	for _, text := range texts {
		for n := 0; n <= len(text); n++ {
			if n < len(text) && !utf8.RuneStart(text[n]) {
				continue
			}
			checkTag(t, text[:n], monday19)
			checkTag(t, text[n:], monday19)
			matchEverywhere(text[:n])
		}
	}
}

// matchEverywhere tries every rule at every token of text, declared there
// or not: rules call each other at tokens the dispatch would not choose
// ("late the" tries the decade rule at a final "the"), so none may read
// past the last token wherever it starts.
func matchEverywhere(text string) {
	t := tagger{text: text}
	t.setDCT(monday19)
	t.toks = tokenize(text, nil)
	for i := range t.toks {
		for _, r := range rules {
			if c, ok := r.match(&t, i); ok && c.resolve != nil && c.end > i && c.end <= len(t.toks) {
				r := res{t: &t, at: i, end: c.end}
				c.resolve(&r)
			}
		}
	}
}

// checkTag tags text and fails tb on a broken invariant: offsets inside
// the text on rune boundaries, ordered and not overlapping, the span's
// text, a well-formed value, and a non-empty interval when there is one.
func checkTag(tb testing.TB, text string, dct time.Time) {
	tb.Helper()
	prev := 0
	valid := utf8.ValidString(text)
	for _, m := range Tag(text, dct) {
		if m.Start < prev || m.End <= m.Start || m.End > len(text) {
			tb.Fatalf("bad offsets [%d,%d) after %d in %q", m.Start, m.End, prev, text)
		}
		// Rune boundaries mean something only in valid UTF-8, which is
		// all the tagger is given: sources reject anything else.
		if valid && (!utf8.RuneStart(text[m.Start]) || m.End < len(text) && !utf8.RuneStart(text[m.End])) {
			tb.Fatalf("offsets [%d,%d) split a rune in %q", m.Start, m.End, text)
		}
		if text[m.Start:m.End] != m.Text {
			tb.Fatalf("text %q != span %q", m.Text, text[m.Start:m.End])
		}
		if !ValidValue(m.Value) {
			tb.Fatalf("invalid value %q for %q in %q", m.Value, m.Text, text)
		}
		if m.Anchored() && !m.Interval.End.After(m.Interval.Start) {
			tb.Fatalf("empty interval for %q: %v", m.Text, m.Interval)
		}
		prev = m.End
	}
}
