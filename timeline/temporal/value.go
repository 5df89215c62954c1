package temporal

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// ParseValue reads a TIMEX3 date or time value ("2025", "2025-05",
// "2025-W20", "2025-05-19T15:00", "2025-Q3", "2024-SU", "199", ...) and
// returns its concrete interval and granularity. Values with unknown parts
// (X), references (PAST_REF) and durations have no interval and give an
// error. It is the single definition of what a value means, used by the
// tagger and by query filters alike.
func ParseValue(v string) (timeline.Interval, timeline.Granularity, error) {
	iv, g, ok := parseValue(v)
	if !ok {
		return timeline.Interval{}, timeline.GranularityNone, timeline.Errorf(timeline.EINVALID,
			"%q is not a date: use 2025, 2025-05, 2025-W20, 2025-05-19, 2025-Q2, 2025-H1, 2025-SU, 199 (the 1990s) or 2025-05-19T15:00", v)
	}
	return iv, g, nil
}

func atoiN(s string, n int) (int, bool) {
	if len(s) != n {
		return 0, false
	}
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		v = v*10 + int(s[i]-'0')
	}
	return v, true
}

func span(start time.Time, g timeline.Granularity, end time.Time) (timeline.Interval, timeline.Granularity, bool) {
	return timeline.Interval{Start: start, End: end}, g, true
}

func parseValue(v string) (timeline.Interval, timeline.Granularity, bool) {
	switch len(v) {
	case 2:
		if c, ok := atoiN(v, 2); ok {
			s := date(c*100, 1, 1)
			return span(s, timeline.GranularityCentury, s.AddDate(100, 0, 0))
		}
		return timeline.Interval{}, "", false
	case 3:
		if d, ok := atoiN(v, 3); ok {
			s := date(d*10, 1, 1)
			return span(s, timeline.GranularityDecade, s.AddDate(10, 0, 0))
		}
		return timeline.Interval{}, "", false
	}
	if len(v) < 4 {
		return timeline.Interval{}, "", false
	}
	y, ok := atoiN(v[:4], 4)
	if !ok {
		return timeline.Interval{}, "", false
	}
	if len(v) == 4 {
		s := date(y, 1, 1)
		return span(s, timeline.GranularityYear, s.AddDate(1, 0, 0))
	}
	if v[4] != '-' || len(v) < 7 {
		return timeline.Interval{}, "", false
	}
	rest := v[5:]
	if i, ok := seasonOrder[rest]; ok {
		s := date(y, 3+3*i, 1)
		return span(s, timeline.GranularitySeason, s.AddDate(0, 3, 0))
	}
	switch {
	case rest[0] == 'W':
		w, ok := atoiN(rest[1:min(3, len(rest))], min(2, len(rest)-1))
		if !ok || w < 1 || w > 53 {
			return timeline.Interval{}, "", false
		}
		mon := isoWeekMonday(y, w)
		switch rest[min(3, len(rest)):] {
		case "":
			return span(mon, timeline.GranularityWeek, mon.AddDate(0, 0, 7))
		case "-WE":
			sat := mon.AddDate(0, 0, 5)
			return span(sat, timeline.GranularityWeekend, sat.AddDate(0, 0, 2))
		}
		return timeline.Interval{}, "", false
	case rest[0] == 'Q' && len(rest) == 2:
		q := int(rest[1] - '0')
		if q < 1 || q > 4 {
			return timeline.Interval{}, "", false
		}
		s := date(y, 3*(q-1)+1, 1)
		return span(s, timeline.GranularityQuarter, s.AddDate(0, 3, 0))
	case rest[0] == 'H' && len(rest) == 2:
		h := int(rest[1] - '0')
		if h < 1 || h > 2 {
			return timeline.Interval{}, "", false
		}
		s := date(y, 6*(h-1)+1, 1)
		return span(s, timeline.GranularityHalf, s.AddDate(0, 6, 0))
	}
	m, ok := atoiN(rest[:2], 2)
	if !ok || m < 1 || m > 12 {
		return timeline.Interval{}, "", false
	}
	if len(rest) == 2 {
		s := date(y, m, 1)
		return span(s, timeline.GranularityMonth, s.AddDate(0, 1, 0))
	}
	if len(rest) < 5 || rest[2] != '-' {
		return timeline.Interval{}, "", false
	}
	d, ok := atoiN(rest[3:5], 2)
	if !ok || !validDate(y, m, d) {
		return timeline.Interval{}, "", false
	}
	day := date(y, m, d)
	if len(rest) == 5 {
		return span(day, timeline.GranularityDay, day.AddDate(0, 0, 1))
	}
	clock := rest[5:]
	if clock[0] != 'T' {
		return timeline.Interval{}, "", false
	}
	clock, offset, ok := cutZone(clock[1:])
	if !ok {
		return timeline.Interval{}, "", false
	}
	if offset != 0 {
		// The value keeps the clock as written; the interval is in UTC.
		iv, g, ok := parseValue(v[:len("2006-01-02T")] + clock)
		if !ok {
			return iv, g, ok
		}
		d := time.Duration(offset) * time.Minute
		return timeline.Interval{Start: iv.Start.Add(-d), End: iv.End.Add(-d)}, g, true
	}
	if from, to, ok := partOfDayHours(clock); ok {
		return span(day.Add(time.Duration(from)*time.Hour), timeline.GranularityPartOfDay, day.Add(time.Duration(to)*time.Hour))
	}
	h, ok := atoiN(clock[:min(2, len(clock))], 2)
	if !ok || h > 24 {
		return timeline.Interval{}, "", false
	}
	if len(clock) == 2 {
		s := day.Add(time.Duration(h) * time.Hour)
		return span(s, timeline.GranularityHour, s.Add(time.Hour))
	}
	if len(clock) < 5 || clock[2] != ':' {
		return timeline.Interval{}, "", false
	}
	mi, ok := atoiN(clock[3:5], 2)
	if !ok || mi > 59 {
		return timeline.Interval{}, "", false
	}
	s := day.Add(time.Duration(h)*time.Hour + time.Duration(mi)*time.Minute)
	if len(clock) == 5 {
		return span(s, timeline.GranularityMinute, s.Add(time.Minute))
	}
	if len(clock) == 8 && clock[5] == ':' {
		if sec, ok := atoiN(clock[6:8], 2); ok && sec < 60 {
			s = s.Add(time.Duration(sec) * time.Second)
			return span(s, timeline.GranularityMinute, s.Add(time.Second))
		}
	}
	return timeline.Interval{}, "", false
}

// cutZone splits the zone off the clock of a value: "18:00Z" is 18:00 at
// offset 0, "16:30-07:00" 16:30 at -420 minutes; a clock without a zone
// has offset 0 too. A malformed zone reports false.
func cutZone(clock string) (string, int, bool) {
	switch n := len(clock); {
	case n > 0 && clock[n-1] == 'Z':
		return clock[:n-1], 0, n > 1 && clock[n-2] >= '0' && clock[n-2] <= '9'
	case n >= 8 && (clock[n-6] == '+' || clock[n-6] == '-') && clock[n-3] == ':':
		h, ok1 := atoiN(clock[n-5:n-3], 2)
		m, ok2 := atoiN(clock[n-2:], 2)
		if !ok1 || !ok2 || h > 14 || m > 59 {
			return clock, 0, false
		}
		off := h*60 + m
		if clock[n-6] == '-' {
			off = -off
		}
		return clock[:n-6], off, true
	}
	return clock, 0, true
}

// partOfDayHours gives the hours [from, to) of a part of day; night runs
// into the next morning.
func partOfDayHours(p string) (int, int, bool) {
	switch p {
	case "MO":
		return 6, 12, true
	case "AF":
		return 12, 18, true
	case "EV":
		return 18, 22, true
	case "NI":
		return 20, 30, true
	case "DT":
		return 6, 18, true
	}
	return 0, 0, false
}

// narrow applies a START/MID/END modifier to an interval: the first, middle
// or last third, so "early March" sorts before "late March".
func narrow(iv timeline.Interval, mod string) timeline.Interval {
	third := iv.Duration() / 3
	switch mod {
	case "START":
		iv.End = iv.Start.Add(third)
	case "MID":
		iv.Start, iv.End = iv.Start.Add(third), iv.Start.Add(2*third)
	case "END":
		iv.Start = iv.End.Add(-third)
	default:
		return iv
	}
	// Whole days read better and keep ISO dates in exports, for spans of
	// days and longer; "late Tuesday night" keeps its hours.
	if third >= 24*time.Hour {
		iv.Start = iv.Start.Truncate(24 * time.Hour)
		iv.End = iv.End.Truncate(24 * time.Hour)
		if !iv.End.After(iv.Start) {
			iv.End = iv.Start.AddDate(0, 0, 1)
		}
	}
	return iv
}

// formatValue renders t at granularity g as a TIMEX3 value.
func formatValue(t time.Time, g timeline.Granularity) string {
	switch g {
	case timeline.GranularityCentury:
		return fmt.Sprintf("%02d", t.Year()/100)
	case timeline.GranularityDecade:
		return fmt.Sprintf("%03d", t.Year()/10)
	case timeline.GranularityYear:
		return fmt.Sprintf("%04d", t.Year())
	case timeline.GranularityHalf:
		return fmt.Sprintf("%04d-H%d", t.Year(), (int(t.Month())-1)/6+1)
	case timeline.GranularityQuarter:
		return fmt.Sprintf("%04d-Q%d", t.Year(), quarterOf(t))
	case timeline.GranularitySeason:
		y, s := seasonOf(t)
		return fmt.Sprintf("%04d-%s", y, s)
	case timeline.GranularityMonth:
		return fmt.Sprintf("%04d-%02d", t.Year(), t.Month())
	case timeline.GranularityWeek:
		y, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case timeline.GranularityWeekend:
		y, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d-WE", y, w)
	case timeline.GranularityHour:
		return t.Format("2006-01-02T15")
	case timeline.GranularityMinute:
		return t.Format("2006-01-02T15:04")
	}
	return t.Format("2006-01-02")
}

// ValidValue reports whether v is a well-formed TIMEX3 value of the kinds
// the tagger writes: dates and times (possibly with X), durations, sets'
// values and the three references.
func ValidValue(v string) bool {
	switch v {
	case "PAST_REF", "PRESENT_REF", "FUTURE_REF":
		return true
	case "":
		return false
	}
	if v[0] == 'P' {
		return validDuration(v)
	}
	if _, _, ok := parseValue(strings.ReplaceAll(v, "X", "1")); ok {
		return true
	}
	// X-filled forms whose digit stand-ins do not make a real date, e.g.
	// XXXX-WXX-1 (every Monday) or XXXX-XX-XX.
	return strings.Trim(v, "X0123456789-WQHTSUPFAIMONEVD:") == ""
}

func validDuration(v string) bool {
	if len(v) < 3 || v[0] != 'P' {
		return false
	}
	inTime := false
	seenUnit := false
	num := false
	for i := 1; i < len(v); i++ {
		c := v[i]
		switch {
		case c == 'T':
			if inTime {
				return false
			}
			inTime = true
		case c >= '0' && c <= '9' || c == 'X' || c == '.':
			num = true
		case strings.IndexByte("YMWDHSQLCE", c) >= 0:
			if !num && !(c == 'E' && i > 0 && (v[i-1] == 'D' || v[i-1] == 'C')) {
				return false
			}
			num = false
			seenUnit = true
		default:
			return false
		}
	}
	return seenUnit && !num
}

func itoa(n int) string { return strconv.Itoa(n) }
