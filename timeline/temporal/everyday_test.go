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

// TestTagEverydayMore covers more forms of casual writing.
func TestTagEverydayMore(t *testing.T) {
	aug10 := day(2013, 8, 10) // a Saturday
	runTagCases(t, []tagCase{
		{name: "weekday and ordinal day", dct: aug10, text: "See you Friday 13th.", want: "Friday 13th", value: "2013-09-13"},
		{name: "weekday the day", dct: day(1999, 12, 30), text: "He started working on Tuesday the 14th.", want: "Tuesday the 14th", value: "1999-12-14"},
		{name: "compact iso", dct: aug10, text: "Build 20120810 shipped.", want: "20120810", value: "2012-08-10"},
		{name: "meridiem range", dct: aug10, text: "Open 9am-5pm daily.", want: "5pm", value: "2013-08-10T17:00"},
		{name: "between hours", dct: aug10, text: "Come between 2 and 4 pm.", want: "2", value: "2013-08-10T14:00"},
		{name: "day of month at clock", dct: aug10, text: "See you the 24th at 3pm.", want: "the 24th at 3pm", value: "2013-08-24T15:00"},
		{name: "end of day", dct: aug10, text: "Send it by end of day.", want: "end of day", value: "2013-08-10", mod: "END"},
	})
}

// TestTagEverydayClocks covers clocks in words and ranges of weekdays.
func TestTagEverydayClocks(t *testing.T) {
	aug10 := day(2013, 8, 10) // a Saturday
	runTagCases(t, []tagCase{
		{name: "a quarter past", dct: aug10, text: "at a quarter past 5 in the afternoon", want: "a quarter past 5 in the afternoon", value: "2013-08-10T17:15"},
		{name: "minutes past", dct: aug10, text: "at 20 minutes past 3 pm", want: "20 minutes past 3 pm", value: "2013-08-10T15:20"},
		{name: "dotted iso", dct: aug10, text: "Released 2013.08.14.", want: "2013.08.14", value: "2013-08-14"},
		{name: "range of weekdays", dct: aug10, text: "Open between Monday and Wednesday.", want: "Wednesday", value: "2013-08-14"},
		{name: "list of weekdays", dct: day(1998, 2, 6), text: "Statements made Friday and Thursday.", want: "Thursday", value: "1998-02-05"},
	})
}
