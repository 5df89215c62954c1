package temporal

import "testing"

// TestTagCompactDates covers numeric and compact date forms.
func TestTagCompactDates(t *testing.T) {
	runTagCases(t, []tagCase{
		{name: "day month-name year", text: "Filed 28-Feb-2010.", want: "28-Feb-2010", value: "2010-02-28"},
		{name: "year month-name day", text: "Filed 2006-Jun-16.", want: "2006-Jun-16", value: "2006-06-16"},
		{name: "day month-name two-digit year", text: "Filed 05-Aug-13.", want: "05-Aug-13", value: "2013-08-05"},
		{name: "month dash year", text: "Sales in Sep-2012 fell.", want: "Sep-2012", value: "2012-09"},
		{name: "month slash year", text: "Sales in 09/2012 fell.", want: "09/2012", value: "2012-09"},
		{name: "year dash month", text: "ISO date without day is 2008-04.", want: "2008-04", value: "2008-04"},
		{name: "iso week", text: "It ships in 2025-W23.", want: "2025-W23", value: "2025-W23"},
		{name: "iso week day", text: "It ships on 2025-W23-2.", want: "2025-W23-2", value: "2025-06-03"},
		{name: "year month day", text: "It opened 2012 August 10.", want: "2012 August 10", value: "2012-08-10"},
		{name: "day slash month", dct: day(2016, 7, 15), text: "The Deadline is 28/07", want: "28/07", value: "2016-07-28"},
		{name: "month slash day", dct: day(2016, 7, 15), text: "The Deadline is 7/28", want: "7/28", value: "2016-07-28"},
		{name: "order from the document", dct: day(2016, 7, 15), text: "Filed 19/05/2016, due 3/9.", want: "3/9", value: "2016-09-03"},
		{name: "dashed two-digit year", text: "Born 10-29-99.", want: "10-29-99", value: "1999-10-29"},
		{name: "dashed us date", text: "It is 7-16-2010.", want: "7-16-2010", value: "2010-07-16"},
		{name: "dotted two-digit year", text: "Euro date is 19.02.10.", want: "19.02.10", value: "2010-02-19"},
	})
}

// TestCompactNotDates: numbers with marks that are no dates.
func TestCompactNotDates(t *testing.T) {
	for _, text := range []string{
		"Arsenal won 2-1 at home.",
		"About 3/4 of the votes were cast.",
		"Intel eased 1/8 to 31 7/8.",
		"The deadline is 3/4.",
		"Call 555-12-34 now.",
		"Output fell in 2009-10 sharply.",
		"Install version 1.2.3 today.",
	} {
		for _, m := range Tag(text, monday19) {
			if m.Text != "2009" && m.Text != "10" && m.Text != "today" && m.Text != "now" {
				t.Errorf("%q: tagged %q = %s", text, m.Text, m.Value)
			}
		}
	}
}
