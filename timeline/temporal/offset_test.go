package temporal

import (
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// at1030 is a creation time with a clock: Monday 2025-05-19, 10:30.
var at1030 = time.Date(2025, 5, 19, 10, 30, 0, 0, time.UTC)

// TestTagOffsets covers offsets from publication and from the date in
// focus, with and without a time of day in the creation time.
func TestTagOffsets(t *testing.T) {
	runTagCases(t, []tagCase{
		{name: "hours ago from a clock", dct: at1030, text: "Posted 2 hours ago.", want: "2 hours ago", value: "2025-05-19T08:30", typ: timeline.TypeTime},
		{name: "minutes ago across midnight", dct: time.Date(2025, 5, 19, 0, 10, 0, 0, time.UTC), text: "Posted 15 minutes ago.", want: "15 minutes ago", value: "2025-05-18T23:55"},
		{name: "minutes ago from a day", text: "Posted 15 minutes ago.", want: "15 minutes ago", value: "2025-05-19", typ: timeline.TypeDate},
		{name: "hours from now from a day", text: "It lands 30 hours from now.", want: "30 hours from now", value: "2025-05-20"},
		{name: "seconds from now", dct: at1030, text: "It fires 4 seconds from now.", want: "4 seconds from now", value: "2025-05-19T10:30:04"},
		{name: "an hour and a half ago", dct: at1030, text: "It began an hour and a half ago.", want: "an hour and a half ago", value: "2025-05-19T09:00"},
		{name: "fractional hours ago", dct: at1030, text: "It began 2.5 hours ago.", want: "2.5 hours ago", value: "2025-05-19T08:00"},
		{name: "half an hour ago", dct: at1030, text: "It began half an hour ago.", want: "half an hour ago", value: "2025-05-19T10:00"},
		{name: "compound from now", text: "It ends 1 year 9 months from now.", want: "1 year 9 months from now", value: "2027-02"},
		{name: "compound ago", text: "It began 2 years 4 months 5 days ago.", want: "2 years 4 months 5 days ago", value: "2023-01-14"},
		{name: "listed parts", dct: at1030, text: "It was 1 year, 1 month, 1 week, 1 day, 1 hour and 1 minute ago.", want: "1 year, 1 month, 1 week, 1 day, 1 hour and 1 minute ago", value: "2024-04-11T09:29"},
		{name: "glued unit", text: "Posted 1d ago.", want: "1d ago", value: "2025-05-18"},
		{name: "vague ago", text: "It closed several years ago.", want: "several years ago", value: "PAST_REF"},
		{name: "in weeks", text: "The store opens in 3 weeks.", want: "3 weeks", value: "2025-W24", typ: timeline.TypeDate},
		{name: "in months", text: "It opens in 3 months.", want: "3 months", value: "2025-08"},
		{name: "in a year", text: "It opens in a year.", want: "a year", value: "2026"},
		{name: "in hours from a clock", dct: at1030, text: "It opens in 2 hours.", want: "2 hours", value: "2025-05-19T12:30"},
		{name: "in about an hour", dct: at1030, text: "It opens in about an hour.", want: "about an hour", value: "2025-05-19T11:30", mod: "APPROX"},
		{name: "in weeks time", text: "It opens in three weeks' time.", want: "three weeks' time", value: "2025-W24"},
		{name: "in compound", text: "It opens in 1 year 2 months.", want: "1 year 2 months", value: "2026-07"},
		{name: "in a past clause", text: "The road was built in 3 weeks.", want: "3 weeks", value: "P3W", typ: timeline.TypeDuration},
		{name: "have to is ahead", text: "We have to do something in five days.", want: "five days", value: "2025-05-24"},
		{name: "in a day or two", text: "It may open in a day or two.", want: "a day or two", value: "FUTURE_REF"},
		{name: "later after a day is how long", text: "The vote was on May 2. Two hours later, riots began.", want: "Two hours", value: "PT2H", typ: timeline.TypeDuration},
		{name: "later after a clock", text: "The vote closed at 8 p.m. on May 2. Two hours later, riots began.", want: "Two hours later", value: "2025-05-02T22:00"},
		{name: "a week later is a week", text: "They met on December 29, 1998. A week later, they met again.", want: "A week later", value: "1999-W01"},
	})
}

// TestTagInOffsetNounPhrase: "in a quarter that lost money" is no time.
func TestTagInOffsetNounPhrase(t *testing.T) {
	for _, text := range []string{
		"Taxes are minimal in a quarter that produced a loss.",
		"It was the worst drought in a year of floods.",
	} {
		for _, m := range Tag(text, monday19) {
			if m.Type != timeline.TypeDuration {
				t.Errorf("%q: %q is %s %s", text, m.Text, m.Type, m.Value)
			}
		}
	}
}
