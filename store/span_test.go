package store

import (
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

func TestSpanClass(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	start := day(2025, 5, 1)
	tests := []struct {
		name string
		end  time.Time
		want int
	}{
		{"an hour", start.Add(time.Hour), 0},
		{"a day", day(2025, 5, 2), 0},
		{"a day and a second", day(2025, 5, 2).Add(time.Second), 1},
		{"a weekend", day(2025, 5, 3), 1},
		{"a week", day(2025, 5, 8), 3},
		{"a month", day(2025, 6, 1), 5},
		{"a quarter", day(2025, 8, 1), 7},
		{"a year", day(2026, 5, 1), 9},
		{"a decade", day(2035, 5, 1), 12},
		{"a century", day(2125, 5, 1), 16},
		{"longer than time.Duration holds", day(9999, 5, 1), 22},
	}
	for _, tt := range tests {
		iv := timeline.Interval{Start: start, End: tt.end}
		got := spanClass(iv)
		if got != tt.want {
			t.Errorf("%s: spanClass = %d; want %d", tt.name, got, tt.want)
		}
		// The defining property: 2^(c-1) days < length <= 2^c days.
		days := float64(tt.end.Unix()-start.Unix()) / secondsPerDay
		if days > float64(int64(1)<<got) || got > 0 && days <= float64(int64(1)<<(got-1)) {
			t.Errorf("%s: %g days is not in class %d", tt.name, days, got)
		}
	}
	iv := timeline.Interval{Start: day(0, 1, 1), End: day(9999, 12, 31)}
	if c := spanClass(iv); c > maxSpanClass {
		t.Errorf("the longest interval the store accepts has class %d > maxSpanClass %d", c, maxSpanClass)
	}
}

func TestClassLowerBound(t *testing.T) {
	from := time.Date(2025, 5, 1, 15, 0, 0, 0, time.UTC)
	for c, want := range map[int]string{0: "2025-04-30T15:00", 5: "2025-03-30T15:00", maxSpanClass: ""} {
		if got := classLowerBound(from, c); got != want {
			t.Errorf("classLowerBound(%v, %d) = %q; want %q", from, c, got, want)
		}
	}
}
