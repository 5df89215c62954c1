package temporal

import (
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

// TestTagEveryday covers forms of everyday writing the other tables do
// not: sets, seasons with their year, spelled numbers, "current".
func TestTagEveryday(t *testing.T) {
	feb28 := day(2011, 2, 28) // a Monday
	runTagCases(t, []tagCase{
		{name: "alternate weekdays", text: "On alternate Fridays, he drives to the park.", want: "alternate Fridays", value: "XXXX-WXX-5", typ: timeline.TypeSet},
		{name: "semi-annual", text: "They met at the semi-annual meeting.", want: "semi-annual", value: "P6M", typ: timeline.TypeSet},
		{name: "weekday plural part", text: "Monday afternoons are quiet.", want: "Monday afternoons", value: "XXXX-WXX-1TAF", typ: timeline.TypeSet},
		{name: "year then season", text: "It happens the 2005 fall.", want: "the 2005 fall", value: "2005-FA"},
		{name: "season of two-digit year", text: "It was the summer of 69.", want: "the summer of 69", value: "1969-SU"},
		{name: "this year's season", dct: day(1999, 12, 30), text: "This year's summer was very hot.", want: "This year's summer", value: "1999-SU"},
		{name: "current month", dct: feb28, text: "current month", want: "current month", value: "2011-02"},
		{name: "current year", dct: feb28, text: "sales this current year", want: "current year", value: "2011"},
		{name: "tmr", dct: feb28, text: "see you tmr", want: "tmr", value: "2011-03-01"},
		{name: "two-thousand ten", text: "It was two-thousand ten.", want: "two-thousand ten", value: "2010"},
		{name: "hundred and", text: "It was five hundred and twelve days.", want: "five hundred and twelve days", value: "P512D"},
		{name: "quarter later", text: "November 2015, 1 quarter later", want: "1 quarter later", value: "2016-Q1"},
		{name: "year-earlier quarter", dct: day(2010, 12, 1), text: "the year-earlier first quarter", want: "the year-earlier first quarter", value: "2009-Q1"},
		{name: "weekdays from today", dct: feb28, text: "4 mondays from today", want: "4 mondays from today", value: "2011-03-28"},
		{name: "this weekday on a sunday", dct: day(2011, 2, 20), text: "I want to plan a get-together for this Friday.", want: "this Friday", value: "2011-02-25"},
		{name: "weekday without tense", dct: day(2011, 2, 24), text: "friday evening", want: "friday evening", value: "2011-02-25TEV"},
	})
}
