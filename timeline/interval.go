package timeline

import "time"

// Interval is a half-open span of time [Start, End) in UTC. The zero Interval
// means "not anchored": the expression could not be placed on the calendar.
type Interval struct {
	Start time.Time
	End   time.Time
}

// IsZero reports whether the interval is unanchored.
func (iv Interval) IsZero() bool { return iv.Start.IsZero() && iv.End.IsZero() }

// Duration is the length of the interval.
func (iv Interval) Duration() time.Duration { return iv.End.Sub(iv.Start) }

// Overlaps reports whether the two intervals share at least one instant.
func (iv Interval) Overlaps(other Interval) bool {
	return iv.Start.Before(other.End) && other.Start.Before(iv.End)
}

// Contains reports whether other lies wholly inside iv.
func (iv Interval) Contains(other Interval) bool {
	return !other.Start.Before(iv.Start) && !other.End.After(iv.End)
}

// FormatInstant renders an interval bound as an ISO 8601 date when it falls on
// midnight and as a date-time to the minute otherwise, so that day-level rows
// read "2025-05-19" and clock times read "2025-05-19T15:00".
func FormatInstant(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	t = t.UTC()
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format("2006-01-02")
	}
	if t.Second() == 0 {
		return t.Format("2006-01-02T15:04")
	}
	return t.Format("2006-01-02T15:04:05")
}

// ParseInstant reads what FormatInstant writes (and RFC 3339).
func ParseInstant(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", "2006-01-02T15:04", "2006-01-02T15:04:05", time.RFC3339} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, Errorf(EINVALID, "invalid instant %q: want YYYY-MM-DD or YYYY-MM-DDTHH:MM", s)
}
