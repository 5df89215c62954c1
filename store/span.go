package store

import (
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// maxSpanClass is the span class of the longest interval the store accepts:
// years 0000 to 9999 fit in 2^22 days.
const maxSpanClass = 22

// spanClass returns the smallest c >= 0 such that iv lasts at most 2^c days.
// Every event of class c that overlaps [from, to) starts after from - 2^c
// days, which lets a date-range query scan, for each class, only the index
// entries that start between that bound and to, instead of everything that
// starts before to.
func spanClass(iv timeline.Interval) int {
	// Seconds, not a time.Duration, which overflows past 292 years.
	secs := iv.End.Unix() - iv.Start.Unix()
	if iv.End.Nanosecond() > iv.Start.Nanosecond() {
		secs++ // round up: the class must never be too small
	}
	c := 0
	for c < maxSpanClass && secs > int64(1)<<c*secondsPerDay {
		c++
	}
	return c
}

const secondsPerDay = 24 * 60 * 60

// classLowerBound is the earliest start of an event of class c that can
// overlap an interval starting at from, as stored text.
func classLowerBound(from time.Time, c int) string {
	lo := from.AddDate(0, 0, -(1 << c))
	if lo.Year() < 0 {
		return "" // sorts before every stored date
	}
	return timeline.FormatInstant(lo)
}
