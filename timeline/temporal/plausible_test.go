package temporal

import (
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

// TestTagPlausible covers issue 12's cases: written-out centuries and
// decades, offsets into a narrated past, tense across a long sentence, and
// decades resolved near publication.
func TestTagPlausible(t *testing.T) {
	jul24 := day(2015, 7, 24) // a Friday
	runTagCases(t, []tagCase{
		{name: "twenty-first century", text: "It is the defining crisis of the twenty-first century.", want: "the twenty-first century", value: "20"},
		{name: "early twenty-first century is no first century", text: "It grew in the early twenty-first century.", want: "the early twenty-first century", value: "20", mod: "START"},
		{name: "decades later after a year", dct: jul24, text: "The war ended in 1945. Seven decades later, the veterans returned.", want: "Seven decades later", value: "2015"},
		{name: "decades later in a past story", dct: jul24, text: "Seven decades later, the veterans returned to the beach.", want: "Seven decades later", value: "P70Y", typ: timeline.TypeDuration},
		{name: "tense across a long sentence", dct: jul24,
			text: "Obama, who arrives in Kenya on Friday, will become the first US president to address the African Union when he travels on to Ethiopia on Sunday.",
			want: "Sunday", value: "2015-07-26"},
		{name: "short decade near publication", dct: day(2095, 1, 1), text: "It happened in the 80s.", want: "the 80s", value: "208"},
		{name: "short decade", text: "It happened in the '80s.", want: "the '80s", value: "198"},
	})
}

// TestTagNotDates: digits glued to units, measures, labels, versions,
// scores and adjectives are not dates.
func TestTagNotDates(t *testing.T) {
	for _, text := range []string{
		"He finished the marathon in 1h28.",
		"Use 2x4 boards and 3.5% glue.",
		"Upgrade to iOS 7.1 or Windows 2000.",
		"The Russell 2000 and the S&P 500 fell.",
		"Arsenal beat Chelsea 2-1.",
		"The building has 2012 windows.",
		"It is a 24/7 service.",
		"The now-cancelled deal and the recent downturn hurt.",
		"Traffic was closed near exit 2020 on Interstate 95.",
		"Version 2.0 ships with Python 3.10.",
		"9990s", // a decade ending in the year 10000, which no value holds
	} {
		for _, m := range Tag(text, monday19) {
			if m.Type == timeline.TypeDate || m.Type == timeline.TypeTime {
				t.Errorf("%q: tagged %q = %s", text, m.Text, m.Value)
			}
		}
	}
}

// TestPlausible: a date far from publication needs a year of four digits,
// a count of three or a century in its text.
func TestPlausible(t *testing.T) {
	tg := tagger{}
	tg.setDCT(day(2025, 5, 19))
	at := func(y int) timeline.Interval {
		return timeline.Interval{Start: day(y, 1, 1), End: day(y+1, 1, 1)}
	}
	tests := []struct {
		text string
		year int
		want bool
	}{
		{"two years ago", 2023, true},
		{"seven decades later", 2095, true},
		{"in '32", 1832, false},
		{"1850", 1850, true},
		{"500 years ago", 1525, true},
		{"five centuries ago", 1525, true},
		{"that spring", 1700, false},
	}
	for _, tt := range tests {
		m := timeline.Mention{Text: tt.text, Interval: at(tt.year)}
		if got := tg.plausible(&m); got != tt.want {
			t.Errorf("plausible(%q in %d) = %v", tt.text, tt.year, got)
		}
	}
	m := timeline.Mention{Text: "that spring", Interval: at(1700)}
	if tagger := (tagger{}); !tagger.plausible(&m) {
		t.Error("without a publication date every date is plausible")
	}
}
