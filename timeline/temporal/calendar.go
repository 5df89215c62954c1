package temporal

import "time"

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// daysIn is the number of days of month m of year y.
func daysIn(y, m int) int { return date(y, m+1, 0).Day() }

// validDate reports whether y-m-d exists on the calendar.
func validDate(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// isoWeekday is Monday=1 … Sunday=7.
func isoWeekday(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

// weekStart is the Monday of the ISO week holding t.
func weekStart(t time.Time) time.Time {
	return t.AddDate(0, 0, 1-isoWeekday(t))
}

// isoWeekMonday is the Monday of ISO week w of year y.
func isoWeekMonday(y, w int) time.Time {
	jan4 := date(y, 1, 4)
	return weekStart(jan4).AddDate(0, 0, 7*(w-1))
}

// nthWeekday is the n-th (1-based; -1 for last) weekday wd (ISO) of month m.
func nthWeekday(y, m, wd, n int) time.Time {
	if n < 0 {
		last := date(y, m, daysIn(y, m))
		return last.AddDate(0, 0, -((isoWeekday(last) - wd + 7) % 7))
	}
	first := date(y, m, 1)
	return first.AddDate(0, 0, (wd-isoWeekday(first)+7)%7+7*(n-1))
}

// easter is Easter Sunday of year y (Gregorian, anonymous algorithm).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return date(y, month, day)
}

// quarterOf is 1..4.
func quarterOf(t time.Time) int { return (int(t.Month())-1)/3 + 1 }

// seasonOf is the meteorological (northern) season holding t and the year
// the season is named by: December belongs to the winter of its own year.
func seasonOf(t time.Time) (int, string) {
	switch t.Month() {
	case 3, 4, 5:
		return t.Year(), "SP"
	case 6, 7, 8:
		return t.Year(), "SU"
	case 9, 10, 11:
		return t.Year(), "FA"
	case 12:
		return t.Year(), "WI"
	}
	return t.Year() - 1, "WI"
}

var seasonOrder = map[string]int{"SP": 0, "SU": 1, "FA": 2, "WI": 3}
var seasonNames = [...]string{"SP", "SU", "FA", "WI"}
