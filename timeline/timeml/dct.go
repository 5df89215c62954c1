package timeml

import (
	"strings"
	"time"
)

// dctLayouts are the forms of creation times found in TimeML corpora, most
// precise first: TE-3 writes "1998-01-08" or "1998-01-08T10:00:00", TimeBank
// 1.1 style files "19980108".
var dctLayouts = []string{
	"2006-01-02T15:04:05Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02T15",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"20060102T150405",
	"20060102T1504",
	"20060102",
}

// ParseDCT reads a creation-time value such as "1998-01-08", "19980108" or
// "1998-01-08T10:00:00". It keeps the value's wall clock and drops any zone
// offset, returning it in UTC: relative dates in an article resolve against
// the article's own calendar day. Values coarser than a day ("1998-01") and
// values it cannot read report false; a value that starts with a full date
// followed by something else ("1998-01-08TMO") gives that date.
func ParseDCT(value string) (time.Time, bool) {
	value = strings.TrimSpace(value)
	for _, layout := range dctLayouts {
		if t, err := time.Parse(layout, value); err == nil {
			return wallClock(t), true
		}
	}
	for _, layout := range []string{"2006-01-02", "20060102"} {
		if len(value) > len(layout) && !isDigit(value[len(layout)]) {
			if t, err := time.Parse(layout, value[:len(layout)]); err == nil {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// formatDCT writes t as the value of a creation-time TIMEX3 and its type:
// a DATE at midnight, else a TIME to the minute or second. It uses t's own
// wall clock, as ParseDCT does.
func formatDCT(t time.Time) (value, typ string) {
	switch {
	case t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0:
		return t.Format("2006-01-02"), "DATE"
	case t.Second() == 0:
		return t.Format("2006-01-02T15:04"), "TIME"
	default:
		return t.Format("2006-01-02T15:04:05"), "TIME"
	}
}

func wallClock(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
