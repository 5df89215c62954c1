package source

import (
	"strings"
	"testing"
)

func TestParseDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2025-05-19", "2025-05-19"},
		{"2025-05-19T14:03:00Z", "2025-05-19"},
		{"2025-05-19T14:03:00.123456+02:00", "2025-05-19"},
		{"2025-05-19T23:30:00-05:00", "2025-05-19"}, // the day as written, not UTC's
		{"2025-05-19T00:30:00+09:00", "2025-05-19"},
		{"2025-05-19T14:03", "2025-05-19"},
		{"2025-05-19 14:03:00", "2025-05-19"},
		{"2025-05-19 14:03:00 +0000 UTC", "2025-05-19"},
		{"2025-05-19T14:03:00+0200", "2025-05-19"},
		{"2025/05/19", "2025-05-19"},
		{"  2025-5-9  ", "2025-05-09"},
		{"Mon, 19 May 2025 14:03:00 GMT", "2025-05-19"},   // RFC 1123
		{"Mon, 19 May 2025 14:03:00 -0400", "2025-05-19"}, // RFC 1123Z
		{"19 May 25 14:03 MST", "2025-05-19"},             // RFC 822
		{"19 May 99 14:03 MST", "1999-05-19"},
		{"Monday, 19-May-25 14:03:00 UTC", "2025-05-19"}, // RFC 850
		{"Mon May 19 14:03:00 2025", "2025-05-19"},       // ANSI C
		{"May 19, 2025", "2025-05-19"},
		{"May 19 2025", "2025-05-19"},
		{"Monday, May 19, 2025", "2025-05-19"},
		{"Sept. 9, 2025", "2025-09-09"},
		{"December 1st, 2024", "2024-12-01"},
		{"May 19, 2025 at 2:03 p.m. ET", "2025-05-19"},
		{"May 19, 2025, 6:42 PM EDT", "2025-05-19"},
		{"19 May 2025", "2025-05-19"},
		{"19th of May 2025", "2025-05-19"},
		{"19 May 2025 14:03", "2025-05-19"},
		{"20250519", "2025-05-19"},
		{"20250519T140300Z", "2025-05-19"},
		{"1747612800", "2025-05-19"},    // Unix seconds
		{"1747612800.5", "2025-05-19"},  // with a fraction
		{"1747612800000", "2025-05-19"}, // Unix milliseconds
		{"19/05/2025", "2025-05-19"},    // unambiguous day first
		{"05/19/2025", "2025-05-19"},    // unambiguous month first
		{"2024-02-29", "2024-02-29"},
	} {
		got, err := ParseDate(c.in)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", c.in, err)
			continue
		}
		if s := got.Format("2006-01-02"); s != c.want || got != day(got) {
			t.Errorf("ParseDate(%q) = %v, want %s", c.in, got, c.want)
		}
	}
}

func TestParseDateErrors(t *testing.T) {
	for _, c := range []struct {
		in         string
		impossible bool
		want       string
	}{
		{"2025-02-30", true, `impossible date "2025-02-30": February 2025 has 28 days`},
		{"2025-13-01", true, "month 13 is out of range"},
		{"2025-00-10", true, "month 0 is out of range"},
		{"2023-02-29", true, "February 2023 has 28 days"},
		{"April 31, 2025", true, "April 2025 has 30 days"},
		{"31 Jun 2025", true, "June 2025 has 30 days"},
		{"2025-05-19T25:00:00", true, "time 25:00 is out of range"},
		{"20250230", true, "February 2025 has 28 days"},
		{"", false, "unrecognized date"},
		{"yesterday", false, `unrecognized date "yesterday"`},
		{"2025-05", false, "unrecognized"},
		{"Smarch 3, 2025", false, "unrecognized"},
		{"05/06/2025", false, "ambiguous"},
		{"0000-00-00 00:00:00", false, "unrecognized"},
		{"2025-05-19 and more", false, "unrecognized"},
		{strings.Repeat("9", 200), false, "unrecognized"},
	} {
		_, err := parseDate(c.in)
		de, ok := err.(*dateError)
		if !ok {
			t.Errorf("parseDate(%q) error = %v, want a *dateError", c.in, err)
			continue
		}
		if de.impossible != c.impossible || !strings.Contains(de.Error(), c.want) {
			t.Errorf("parseDate(%q) = %v (impossible %v), want %q (impossible %v)", c.in, de, de.impossible, c.want, c.impossible)
		}
		if _, err := ParseDate(c.in); err == nil || err.Error() != de.Error() {
			t.Errorf("ParseDate(%q) error = %v, want %v", c.in, err, de)
		}
	}
}
