package temporal

import (
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

// TestTagRanges: each end of a range takes what it lacks from the other.
func TestTagRanges(t *testing.T) {
	jun15 := day(2020, 6, 15)
	runTagCases(t, []tagCase{
		{name: "year carried back", dct: jun15, text: "September 14 and 18, 2010", want: "September 14", value: "2010-09-14"},
		{name: "day and year", dct: jun15, text: "September 14 and 18, 2010", want: "18, 2010", value: "2010-09-18"},
		{name: "months and year", dct: jun15, text: "May and June 2011", want: "May", value: "2011-05"},
		{name: "months slash year", dct: jun15, text: "May/June 2011", want: "May", value: "2011-05"},
		{name: "year carried forward", dct: jun15, text: "January 3, 2017 - February 1st", want: "February 1st", value: "2017-02-01"},
		{name: "into next year", dct: jun15, text: "from December 28, 2016 to January 3", want: "January 3", value: "2017-01-03"},
		{name: "year of the list", dct: jun15, text: "July 12th, 2014. July 13th, July 14th", want: "July 14th", value: "2014-07-14"},
		{name: "year of the scene", dct: jun15, text: "In 2010, on Easter Sunday", want: "Easter Sunday", value: "2010-04-04"},
		{name: "two-digit end year", dct: jun15, text: "It ran 1850-58.", want: "58", value: "1858"},
		{name: "slashed years", dct: jun15, text: "It ran 1940/1941.", want: "1941", value: "1941"},
		{name: "ordinal end day", dct: day(2011, 1, 2), text: "may 2nd to 5th", want: "5th", value: "2011-05-05"},
		{name: "shared unit", text: "It takes 12 and 18 months.", want: "12", value: "P12M", typ: timeline.TypeDuration},
		{name: "shared unit words", text: "two and six days", want: "two", value: "P2D"},
		{name: "hour range start", text: "Open 3-5 pm today.", want: "3", value: "2025-05-19T15:00"},
		{name: "hour range end", text: "Open 3-5 pm today.", want: "5 pm today", value: "2025-05-19T17:00"},
		{name: "day of the end clock", dct: day(2012, 5, 19), text: "slept from 3:30 a.m. To 9:41 a.m. On April 10th", want: "3:30 a.m.", value: "2012-04-10T03:30"},
		{name: "end clock takes the date", dct: day(2010, 6, 12), text: "2009-03-10 9:00 to 11:00", want: "11:00", value: "2009-03-10T11:00"},
	})
}

// TestTagDecadesCenturies covers decades and centuries, spelled too.
func TestTagDecadesCenturies(t *testing.T) {
	runTagCases(t, []tagCase{
		{name: "twenty-first century", text: "Cities grew in the twenty-first century.", want: "the twenty-first century", value: "20"},
		{name: "early twenty-first century", text: "Cities grew in the early twenty-first century.", want: "the early twenty-first century", value: "20", mod: "START"},
		{name: "twenty first century", text: "Cities grew in the twenty first century.", want: "the twenty first century", value: "20"},
		{name: "first century", text: "Rome grew in the first century.", want: "the first century", value: "00"},
		{name: "century adjective", text: "He was a 19th-century painter.", want: "19th-century", value: "18"},
		{name: "century range", text: "It grew in the 19th and 20th centuries.", want: "the 19th", value: "18"},
		{name: "century range end", text: "It grew in the 19th and 20th centuries.", want: "20th centuries", value: "19"},
		{name: "ad", text: "The sword is from the 10th-century a.d. according to experts.", want: "the 10th-century a.d.", value: "09"},
		{name: "late seventies", text: "It was a hit in the late seventies.", want: "the late seventies", value: "197", mod: "END"},
		{name: "mid-90s", text: "It was a hit in the mid-90s.", want: "the mid-90s", value: "199", mod: "MID"},
		{name: "nineteen seventies", text: "It was a hit in the nineteen seventies.", want: "the nineteen seventies", value: "197"},
		{name: "early nineteen fifties", text: "The early nineteen fifties.", want: "The early nineteen fifties", value: "195", mod: "START"},
	})
}
