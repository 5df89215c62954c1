package temporal

import "testing"

// TestTagCalendarArithmetic covers the nth weekday, day or weekend of a
// period and offsets from a date named in the expression.
func TestTagCalendarArithmetic(t *testing.T) {
	feb28 := day(2011, 2, 28) // a Monday
	aug12 := day(2009, 8, 12)
	runTagCases(t, []tagCase{
		{name: "third tuesday of next month", text: "It is the third Tuesday of next month.", want: "the third Tuesday of next month", value: "2025-06-17"},
		{name: "nth weekday in month", dct: aug12, text: "3rd wednesday in november.", want: "3rd wednesday in november", value: "2009-11-18"},
		{name: "nth weekday this month", dct: aug12, text: "3rd thursday this september.", want: "3rd thursday this september", value: "2009-09-17"},
		{name: "nth weekday in month and year", text: "Second Monday in October 2017", want: "Second Monday in October 2017", value: "2017-10-09"},
		{name: "final weekday", dct: feb28, text: "final thursday in april", want: "final thursday in april", value: "2011-04-28"},
		{name: "final abbreviation", dct: feb28, text: "final thurs in sep", want: "final thurs in sep", value: "2011-09-29"},
		{name: "last weekend of month", text: "The race is the last weekend of March 2025.", want: "the last weekend of March 2025", value: "2025-W13-WE"},
		{name: "100th day", text: "It was the 100th day of the year.", want: "the 100th day of the year", value: "2025-04-10"},
		{name: "first day of month", dct: day(2011, 1, 2), text: "first day of may", want: "first day of may", value: "2011-05-01"},
		{name: "last day of year", text: "last day of 2009", want: "last day of 2009", value: "2009-12-31"},
		{name: "4th day last week", dct: aug12, text: "4th day last week.", want: "4th day last week", value: "2009-08-06"},
		{name: "3rd month next year", dct: aug12, text: "3rd month next year.", want: "3rd month next year", value: "2010-03"},
		{name: "no such weekday", text: "the fifth Monday of February 2025", want: "the fifth Monday of February 2025", value: "XXXX-XX-XX"},
		{name: "two days after christmas", text: "Stores reopen two days after Christmas.", want: "two days after Christmas", value: "2025-12-27"},
		{name: "a week after this friday", dct: feb28, text: "a week after this friday", want: "a week after this friday", value: "2011-03-11"},
		{name: "a week from this friday", dct: feb28, text: "a week from this friday", want: "a week from this friday", value: "2011-03-11"},
		{name: "a week on tuesday", dct: feb28, text: "A week on tuesday", want: "A week on tuesday", value: "2011-03-08"},
		{name: "days before yesterday", text: "John left 2 days before yesterday.", want: "2 days before yesterday", value: "2025-05-16"},
		{name: "day after tomorrow", text: "day after tomorrow", want: "day after tomorrow", value: "2025-05-21"},
		{name: "monday before date", dct: feb28, text: "the monday before May 25", want: "the monday before May 25", value: "2011-05-23"},
		{name: "2nd monday before date", dct: feb28, text: "the 2nd monday before May 25", want: "the 2nd monday before May 25", value: "2011-05-16"},
		{name: "mondays after date", dct: feb28, text: "3 mondays after May 25", want: "3 mondays after May 25", value: "2011-06-13"},
		{name: "monday after next", dct: feb28, text: "the monday after next", want: "the monday after next", value: "2011-03-14"},
		{name: "tuesday before last", dct: feb28, text: "tuesday before last", want: "tuesday before last", value: "2011-02-15"},
		{name: "offset then clock", dct: day(2011, 2, 24), text: "3 days after next wed at 6a", want: "3 days after next wed at 6a", value: "2011-03-05T06:00"},
		{name: "month from today", dct: feb28, text: "a month from today", want: "a month from today", value: "2011-03"},
		{name: "final quarter", text: "Sales rose in the final quarter of 2024.", want: "the final quarter of 2024", value: "2024-Q4"},
		{name: "same period last year", text: "Profit fell in the first quarter. Sales rose from the same period last year.", want: "the same period last year", value: "2024-Q1"},
	})
}

// TestFromDateNeedsADate: "before" and "after" relate to events too.
func TestFromDateNeedsADate(t *testing.T) {
	for _, text := range []string{
		"Two days before the vote, they met.",
		"The week following last month's squeeze was calm.",
		"Eight trading days after the crash, prices rose.",
	} {
		for _, m := range Tag(text, monday19) {
			if m.How.Rule == "offset-from-date" {
				t.Errorf("%q: tagged %q = %s", text, m.Text, m.Value)
			}
		}
	}
}
