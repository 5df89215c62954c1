package temporal

import (
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

// TestTagLowerCaseNames: casual writing leaves month and weekday names in
// lower case; they are dates where the word can be nothing else.
func TestTagLowerCaseNames(t *testing.T) {
	jan6 := day(2016, 1, 6) // a Wednesday
	runTagCases(t, []tagCase{
		{name: "march 3rd", dct: jan6, text: "see you march 3rd", want: "march 3rd", value: "2016-03-03"},
		{name: "3rd march", dct: jan6, text: "see you 3rd march", want: "3rd march", value: "2016-03-03"},
		{name: "third of march", dct: jan6, text: "see you third of march", want: "third of march", value: "2016-03-03"},
		{name: "march third", dct: jan6, text: "see you march third", want: "march third", value: "2016-03-03"},
		{name: "may 2nd", dct: jan6, text: "due may 2nd", want: "may 2nd", value: "2016-05-02"},
		{name: "twentieth of december", dct: jan6, text: "twentieth of december", want: "twentieth of december", value: "2016-12-20"},
		{name: "thirty first of december", dct: jan6, text: "on the thirty first of december '80", want: "the thirty first of december '80", value: "1980-12-31"},
		{name: "in the year", dct: jan6, text: "the first of december in the year 1980", want: "the first of december in the year 1980", value: "1980-12-01"},
		{name: "oct comma year", dct: jan6, text: "born oct 1,1980", want: "oct 1,1980", value: "1980-10-01"},
		{name: "jan apostrophe", dct: jan6, text: "jan 10, '00", want: "jan 10, '00", value: "2000-01-10"},
		{name: "september alone", dct: jan6, text: "see you in september", want: "september", value: "2016-09"},
		{name: "june alone", dct: jan6, text: "june", want: "june", value: "2016-06"},
		{name: "next monday", dct: jan6, text: "next monday", want: "next monday", value: "2016-01-11"},
		{name: "last mon", dct: jan6, text: "last mon", want: "last mon", value: "2016-01-04"},
		{name: "this upcoming fri", dct: jan6, text: "this upcoming fri", want: "this upcoming fri", value: "2016-01-08"},
		{name: "past saturday", dct: jan6, text: "past saturday", want: "past saturday", value: "2016-01-02"},
		{name: "past wednesday is last week", dct: jan6, text: "past wednesday", want: "past wednesday", value: "2015-12-30"},
		{name: "tues this week", dct: jan6, text: "tues this week", want: "tues this week", value: "2016-01-05"},
		{name: "next february", dct: jan6, text: "next february", want: "next february", value: "2016-02"},
		{name: "every thursday", dct: jan6, text: "every thursday", want: "every thursday", value: "XXXX-WXX-4", typ: timeline.TypeSet},
		{name: "weekday then date", dct: jan6, text: "sun, nov 21 2010", want: "sun, nov 21 2010", value: "2010-11-21"},
		{name: "monday alone past", dct: jan6, text: "it rained on monday", want: "monday", value: "2016-01-04"},
	})
}

// TestTagLowerCaseWords: the words month and weekday names are spelled
// like stay words.
func TestTagLowerCaseWords(t *testing.T) {
	for _, text := range []string{
		"we may 10 times do it",
		"they may go",
		"the march on the capital",
		"he sat down in the sun",
		"an august body",
		"next to the sun",
		"he wed her",
		"in march of dimes",
	} {
		if ms := Tag(text, monday19); len(ms) > 0 {
			t.Errorf("%q: tagged %v", text, texts(ms))
		}
	}
}
