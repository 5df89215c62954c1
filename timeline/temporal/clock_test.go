package temporal

import (
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// TestTagClocks covers clock times and dates joined to them, either way
// round; the publication date is Monday 2025-05-19.
func TestTagClocks(t *testing.T) {
	runTagCases(t, []tagCase{
		{name: "seconds", text: "It is 6:53:32 now.", want: "6:53:32", value: "2025-05-19T06:53:32", typ: timeline.TypeTime},
		{name: "24-hour alone", text: "Doors open 12:59", want: "12:59", value: "2025-05-19T12:59"},
		{name: "french clock", text: "Rendez-vous at 15h30.", want: "15h30", value: "2025-05-19T15:30"},
		{name: "military h", text: "Report at 0600h.", want: "0600h", value: "2025-05-19T06:00"},
		{name: "hours after at", text: "It happened at 1800 hours.", want: "1800 hours", value: "2025-05-19T18:00"},
		{name: "glued p", text: "call me at 8p", want: "8p", value: "2025-05-19T20:00"},
		{name: "half past noon", text: "He arrived at half past noon.", want: "half past noon", value: "2025-05-19T12:30"},
		{name: "quarter to", text: "It was quarter to twelve.", want: "quarter to twelve", value: "2025-05-19T11:45"},
		{name: "twenty after", text: "Lunch at twenty after twelve.", want: "twenty after twelve", value: "2025-05-19T12:20"},
		{name: "words in the morning", text: "It happened at eleven in the morning.", want: "eleven in the morning", value: "2025-05-19T11:00"},
		{name: "twelve in the morning", text: "It is 12 in the morning.", want: "12 in the morning", value: "2025-05-19T00:00"},
		{name: "bare hour tonight", text: "Come at 8 tonight.", want: "8 tonight", value: "2025-05-19T20:00"},
		{name: "o'clock in the evening", text: "Meet at eleven o'clock in the evening.", want: "eleven o'clock in the evening", value: "2025-05-19T23:00"},
		{name: "iso time alone", text: "ISO time is T13:23:42.", want: "T13:23:42", value: "2025-05-19T13:23:42"},
		{name: "iso hour", text: "Partial 2008-05-16T09.", want: "2008-05-16T09", value: "2008-05-16T09"},
		{name: "date then clock", dct: day(2025, 5, 22), text: "The concert is Friday at 8:00 pm.", want: "Friday at 8:00 pm", value: "2025-05-23T20:00"},
		{name: "deictic at bare hour", text: "golf tomorrow at 10", want: "tomorrow at 10", value: "2025-05-20T10:00"},
		{name: "tonight at", text: "tonight at 6:30", want: "tonight at 6:30", value: "2025-05-19T18:30"},
		{name: "this evening at", text: "this evening at 5", want: "this evening at 5", value: "2025-05-19T17:00"},
		{name: "month day year clock", text: "Mar 16, 2015 3:33:39 PM", want: "Mar 16, 2015 3:33:39 PM", value: "2015-03-16T15:33:39"},
		{name: "iso date space clock", text: "2009-12-19 17:00:00", want: "2009-12-19 17:00:00", value: "2009-12-19T17:00:00"},
		{name: "dotted clock after date", text: "29.02.2020 13.12", want: "29.02.2020 13.12", value: "2020-02-29T13:12"},
		{name: "year after clock", text: "Wed Aug 05 12:00:00 2015", want: "Wed Aug 05 12:00:00 2015", value: "2015-08-05T12:00:00"},
		{name: "offset at clock", text: "It was 1 week ago at 12:00 am.", want: "1 week ago at 12:00 am", value: "2025-05-12T00:00"},
		{name: "relative weekday at clock", dct: day(2016, 1, 6), text: "in next tuesday at 14:00", want: "next tuesday at 14:00", value: "2016-01-12T14:00"},
		{name: "clock on date", text: "3am on oct 1st 2010", want: "3am on oct 1st 2010", value: "2010-10-01T03:00"},
		{name: "clock before weekday and date", text: "The meeting is at 9 a.m. Friday, October 1, 1999.", want: "9 a.m. Friday, October 1, 1999", value: "1999-10-01T09:00"},
		{name: "at bare hour before day", text: "Meet at 10 tomorrow.", want: "10 tomorrow", value: "2025-05-20T10:00"},
		{name: "on wed", text: "Or was it quarter to twelve on Wed?", want: "quarter to twelve on Wed", value: "2025-05-14T11:45"},
		{name: "am after number", text: "Time is 9:30 am Pacific Time.", want: "9:30 am Pacific Time", value: "2025-05-19T09:30-07:00"},
	})
}

// TestTagZones: the zone written after a clock goes into the value, and
// the interval is in UTC.
func TestTagZones(t *testing.T) {
	feb := day(2010, 2, 17)
	runTagCases(t, []tagCase{
		{name: "utc", text: "Launch at 18:00 UTC.", want: "18:00 UTC", value: "2025-05-19T18:00Z", start: "2025-05-19T18:00", end: "2025-05-19T18:01"},
		{name: "cet", text: "Kick-off at 4 pm CET.", want: "4 pm CET", value: "2025-05-19T16:00+01:00", start: "2025-05-19T15:00"},
		{name: "wire gmt", text: "The blast came at 0930 GMT.", want: "0930 GMT", value: "2025-05-19T09:30Z"},
		{name: "edt", text: "It starts at 10 a.m. EDT.", want: "10 a.m. EDT", value: "2025-05-19T10:00-04:00", start: "2025-05-19T14:00"},
		{name: "pacific time in winter", dct: feb, text: "Time is 4:30pm Pacific Time.", want: "4:30pm Pacific Time", value: "2010-02-17T16:30-08:00"},
		{name: "eastern time in summer", text: "tomorrow, 10 eastern time", want: "tomorrow, 10 eastern time", value: "2025-05-20T10:00-04:00"},
		{name: "standard time", text: "It was 2004-03-04T18:32:56 Pacific Standard Time.", want: "2004-03-04T18:32:56 Pacific Standard Time", value: "2004-03-04T18:32:56-08:00"},
		{name: "iana", dct: feb, text: "ISO time is T13:23:42 America/Denver.", want: "T13:23:42 America/Denver", value: "2010-02-17T13:23:42-07:00"},
		{name: "numeric offset", text: "15 May 2004 16:10 -0400", want: "15 May 2004 16:10 -0400", value: "2004-05-15T16:10-04:00", start: "2004-05-15T20:10"},
		{name: "half hour offset", text: "Mon, 25 Jun 2018 10:37:47 +0530", want: "Mon, 25 Jun 2018 10:37:47 +0530", value: "2018-06-25T10:37:47+05:30"},
		{name: "parenthesised", text: "08/17/2014 17:00 (PDT)", want: "08/17/2014 17:00 (PDT)", value: "2014-08-17T17:00-07:00"},
		{name: "glued", text: "Sent 1145EST today.", want: "1145EST today", value: "2025-05-19T11:45-05:00"},
		{name: "beijing time", text: "It opened at 9:30 am Beijing time.", want: "9:30 am Beijing time", value: "2025-05-19T09:30+08:00"},
		{name: "iso z", text: "2011-06-17T07:00:00Z", want: "2011-06-17T07:00:00Z", value: "2011-06-17T07:00:00Z"},
	})
}

// TestClockNotTime: numbers that look like clocks but are not.
func TestClockNotTime(t *testing.T) {
	for _, text := range []string{
		"Read Psalm 23:10 aloud.",
		"They were 62 for one after 5.5 overs.",
		"84 for five in the morning session.",
		"He worked 1800 hours last year.",
		"I am going home.",
		"The ratio is 3:1.",
		"Sales peaked at 10 and fell.",
		"Meet in room 4a.",
	} {
		for _, m := range Tag(text, monday19) {
			if m.Type == timeline.TypeTime {
				t.Errorf("%q: %q is a time, %s", text, m.Text, m.Value)
			}
		}
	}
}

// TestParseValueZone: a value with a zone keeps its clock; its interval
// is in UTC.
func TestParseValueZone(t *testing.T) {
	tests := []struct {
		value, start, end string
	}{
		{"2025-05-19T18:00Z", "2025-05-19T18:00:00Z", "2025-05-19T18:01:00Z"},
		{"2025-05-19T16:00+01:00", "2025-05-19T15:00:00Z", "2025-05-19T15:01:00Z"},
		{"2025-05-19T23:30-04:00", "2025-05-20T03:30:00Z", "2025-05-20T03:31:00Z"},
		{"2025-05-19T10:37:47+05:30", "2025-05-19T05:07:47Z", "2025-05-19T05:07:48Z"},
		{"2008-05-16T09+08:00", "2008-05-16T01:00:00Z", "2008-05-16T02:00:00Z"},
	}
	for _, tt := range tests {
		iv, _, err := ParseValue(tt.value)
		if err != nil {
			t.Errorf("ParseValue(%q): %v", tt.value, err)
			continue
		}
		if got := iv.Start.Format(time.RFC3339); got != tt.start {
			t.Errorf("%s: start %s, want %s", tt.value, got, tt.start)
		}
		if got := iv.End.Format(time.RFC3339); got != tt.end {
			t.Errorf("%s: end %s, want %s", tt.value, got, tt.end)
		}
		if !ValidValue(tt.value) {
			t.Errorf("ValidValue(%q) = false", tt.value)
		}
	}
	for _, bad := range []string{"2025-05-19T18:00+25:00", "2025-05-19TZ", "2025-05-19T18:00+1:00"} {
		if _, _, err := ParseValue(bad); err == nil {
			t.Errorf("ParseValue(%q) gave no error", bad)
		}
	}
}
