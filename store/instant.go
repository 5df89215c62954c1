package store

import (
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// parseInstant is timeline.ParseInstant with a fast path for what
// FormatInstant writes, dates and minutes, which matters when an export
// parses millions.
func parseInstant(s string) (time.Time, error) {
	var hour, minute int
	switch {
	case len(s) == 10:
	case len(s) == 16 && s[10] == 'T' && s[13] == ':':
		h, ok1 := digits(s[11:13])
		m, ok2 := digits(s[14:16])
		if !ok1 || !ok2 || h > 23 || m > 59 {
			return timeline.ParseInstant(s)
		}
		hour, minute = h, m
	default:
		return timeline.ParseInstant(s)
	}
	if s[4] == '-' && s[7] == '-' {
		y, ok1 := digits(s[0:4])
		m, ok2 := digits(s[5:7])
		d, ok3 := digits(s[8:10])
		if ok1 && ok2 && ok3 && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			t := time.Date(y, time.Month(m), d, hour, minute, 0, 0, time.UTC)
			if t.Day() == d { // not 31 April
				return t, nil
			}
		}
	}
	return timeline.ParseInstant(s)
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// lastInstant is parseInstant remembering its last answer: in timeline
// order consecutive rows mostly share their start and their end.
type lastInstant struct {
	s string
	t time.Time
}

func (l *lastInstant) parse(s string) (time.Time, error) {
	if s == l.s && s != "" {
		return l.t, nil
	}
	t, err := parseInstant(s)
	if err != nil {
		return time.Time{}, err
	}
	l.s, l.t = s, t
	return t, nil
}
