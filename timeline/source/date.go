package source

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// ParseDate reads a publication date in the forms news sources write and
// returns its calendar day at midnight UTC. The day is the one written, in
// the value's own zone: "2025-05-19T23:30:00-05:00" is 2025-05-19, because
// relative dates in an article count from the author's calendar, not UTC's.
//
// It accepts RFC 3339 and other ISO 8601 dates and date-times with or
// without a zone ("2025-05-19 14:03:00"), RFC 1123 and RFC 822 forms,
// "May 19, 2025", "19 May 2025", "20250519", and Unix seconds or
// milliseconds. A well-formed but impossible date ("2025-02-30") gives an
// error that says why; so does anything it cannot read.
func ParseDate(s string) (time.Time, error) {
	t, err := parseDate(s)
	if err != nil {
		return time.Time{}, timeline.Errorf(timeline.EINVALID, "%s", err.Error())
	}
	return t, nil
}

// dateError tells an impossible date, which is an error in the input, from
// an unreadable one, which a reader may skip in favour of another source.
type dateError struct {
	value      string
	impossible bool
	reason     string
}

func (e *dateError) Error() string {
	if e.impossible {
		return fmt.Sprintf("impossible date %q: %s", e.value, e.reason)
	}
	if e.reason != "" {
		return fmt.Sprintf("unrecognized date %q: %s", e.value, e.reason)
	}
	return fmt.Sprintf("unrecognized date %q", e.value)
}

const (
	// clock is a time of day with optional fraction, meridiem and zone,
	// matched on lower-cased input.
	clock = `(?:at\s+)?[0-9]{1,2}(?:[:.][0-9]{2}){0,2}(?:[.,][0-9]+)?\s*(?:[ap]\.?m\.?)?\s*(?:\(?(?:z|[a-z]{2,5})\)?)?(?:\s*[+-][0-9]{1,2}(?::?[0-9]{2})?)?(?:\s+\(?[a-z]{2,5}\)?)?`
	rest  = `(?:(?:[\s,|@]+|t)` + clock + `)?\s*`
)

var (
	isoDate     = regexp.MustCompile(`^([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(?:(?:t|\s+)([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:[.,][0-9]+)?)?\s*(?:z|utc|gmt|[+-][0-9]{2}(?::?[0-9]{2})?|[a-z]{2,5})?(?:\s*[+-][0-9]{2}:?[0-9]{2})?(?:\s+[a-z]{2,5})?)?$`)
	compactDate = regexp.MustCompile(`^([0-9]{4})([0-9]{2})([0-9]{2})(?:t([0-9]{2})([0-9]{2})([0-9]{2})?(?:z|[+-][0-9]{4})?)?$`)
	unixSeconds = regexp.MustCompile(`^([0-9]{9,10})(?:\.[0-9]+)?$`)
	unixMillis  = regexp.MustCompile(`^([0-9]{12,13})$`)
	weekday     = regexp.MustCompile(`^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+`)
	monthDay    = regexp.MustCompile(`^([a-z]+)\.?\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\s+([0-9]{4})` + rest + `$`)
	dayMonth    = regexp.MustCompile(`^([0-9]{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s-]+([a-z]+)\.?,?[\s-]+([0-9]{4}|[0-9]{2})` + rest + `$`)
	ansiC       = regexp.MustCompile(`^([a-z]+)\s+([0-9]{1,2})\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\s+[a-z]{1,5})?\s+([0-9]{4})$`)
	numericDate = regexp.MustCompile(`^([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})` + rest + `$`)
)

// months maps month names and their abbreviations to month numbers.
var months = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
	"apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
	"aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
	"oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

// parseDate is ParseDate with a *dateError.
func parseDate(value string) (time.Time, error) {
	s := strings.ToLower(strings.TrimSpace(value))
	unknown := &dateError{value: value}
	if s == "" || len(s) > 100 {
		return time.Time{}, unknown
	}
	if m := isoDate.FindStringSubmatch(s); m != nil {
		if m[1] == "0000" && atoi(m[2]) == 0 && atoi(m[3]) == 0 {
			return time.Time{}, unknown // the "no date" of SQL dumps
		}
		if err := checkClock(value, m[4], m[5], m[6]); err != nil {
			return time.Time{}, err
		}
		return civil(value, atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}
	if m := compactDate.FindStringSubmatch(s); m != nil {
		if err := checkClock(value, m[4], m[5], m[6]); err != nil {
			return time.Time{}, err
		}
		return civil(value, atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}
	if m := unixSeconds.FindStringSubmatch(s); m != nil {
		n, _ := strconv.ParseInt(m[1], 10, 64)
		return day(time.Unix(n, 0)), nil
	}
	if m := unixMillis.FindStringSubmatch(s); m != nil {
		n, _ := strconv.ParseInt(m[1], 10, 64)
		return day(time.UnixMilli(n)), nil
	}
	s = weekday.ReplaceAllString(s, "")
	if m := monthDay.FindStringSubmatch(s); m != nil {
		return named(value, m[1], m[2], m[3])
	}
	if m := dayMonth.FindStringSubmatch(s); m != nil {
		return named(value, m[2], m[1], m[3])
	}
	if m := ansiC.FindStringSubmatch(s); m != nil {
		return named(value, m[1], m[2], m[3])
	}
	if m := numericDate.FindStringSubmatch(s); m != nil {
		a, b := atoi(m[1]), atoi(m[2])
		switch {
		case a > 12 && b <= 12:
			return civil(value, atoi(m[3]), b, a)
		case b > 12 && a <= 12:
			return civil(value, atoi(m[3]), a, b)
		case a <= 12 && b <= 12:
			return time.Time{}, &dateError{value: value, reason: "day and month are ambiguous"}
		}
		return time.Time{}, &dateError{value: value, impossible: true, reason: "neither number is a month"}
	}
	return time.Time{}, unknown
}

// named builds a date whose month is written as a word.
func named(value, month, dayNum, year string) (time.Time, error) {
	mon, ok := months[month]
	if !ok {
		return time.Time{}, &dateError{value: value}
	}
	y := atoi(year)
	if len(year) == 2 { // RFC 822: the same pivot as package time
		y += 1900
		if y < 1969 {
			y += 100
		}
	}
	return civil(value, y, int(mon), atoi(dayNum))
}

// civil returns the day y-m-d, or an impossible-date error saying which
// part is out of range.
func civil(value string, y, m, d int) (time.Time, error) {
	impossible := func(format string, args ...any) error {
		return &dateError{value: value, impossible: true, reason: fmt.Sprintf(format, args...)}
	}
	switch {
	case y < 1:
		return time.Time{}, impossible("year %d is out of range", y)
	case m < 1 || m > 12:
		return time.Time{}, impossible("month %d is out of range", m)
	}
	last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if d < 1 || d > last {
		return time.Time{}, impossible("%s %d has %d days", time.Month(m), y, last)
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), nil
}

// checkClock rejects an impossible time of day, so that "2025-05-19T25:00"
// is reported rather than silently read as a day.
func checkClock(value, hour, minute, second string) error {
	if hour == "" {
		return nil
	}
	h, m, s := atoi(hour), atoi(minute), atoi(second)
	if h > 24 || m > 59 || s > 60 || (h == 24 && (m > 0 || s > 0)) {
		return &dateError{value: value, impossible: true, reason: fmt.Sprintf("time %s:%s is out of range", hour, minute)}
	}
	return nil
}

// day returns t's calendar day, in t's own zone, as midnight UTC.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// atoi reads a short run of digits matched by a pattern; "" is 0.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
