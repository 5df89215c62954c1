package temporal

import (
	"fmt"

	"github.com/timeline-dev/timeline/timeline"
)

// Compact dates: a month and a year ("Sep-2012", "09/2012", "2008-04"),
// a day and a month name joined by marks ("28-Feb-2010", "2006-Jun-16"),
// a year before its month and day ("2012 August 10"), a day and month
// without a year ("28/07"), and ISO weeks ("2012-W05", "2012-W05-3").

var compactDateRule = rule{
	name:    "compact-date",
	match:   (*tagger).matchCompactDate,
	classes: classNumber | classMonth,
	examples: []example{
		{"Filed on 28-Feb-2010 in court.", "28-Feb-2010", "2010-02-28", "compact-date"},
		{"Sales in Sep-2012 fell.", "Sep-2012", "2012-09", "compact-date"},
		{"Sales in 09/2012 fell.", "09/2012", "2012-09", "compact-date"},
		{"It ships in 2025-W23.", "2025-W23", "2025-W23", "compact-date"},
		{"The deadline is 28/07.", "28/07", "2025-07-28", "compact-date"},
		{"It opened 2012 August 10.", "2012 August 10", "2012-08-10", "compact-date"},
	},
}

// twoDigitYear reads "99" as 1999 and "10" as 2010.
func twoDigitYear(n int) int {
	if n < 50 {
		return 2000 + n
	}
	return 1900 + n
}

// joined reports a mark p at token j joined to the tokens on both sides.
func (t *tagger) joined(j int, p rune) bool {
	return t.punct(j, p) && t.adjacent(j) && t.adjacent(j+1)
}

// matchCompactDate reads the compact forms beginning at a number or at a
// month abbreviation.
func (t *tagger) matchCompactDate(i int) (cand, bool) {
	if t.toks[i].kind == tokWord {
		return t.monthDashYear(i)
	}
	n, ok := t.num(i)
	if !ok || t.adjacentNumberGroup(i) || i > 0 && !t.toks[i].gap && t.toks[i-1].kind == tokPunct && t.toks[i-1].punct != '(' {
		return cand{}, false // the tail of "3-28-Feb" or of "$2/2012"
	}
	if t.toks[i].digits == 8 && !(t.ok(i+1) && t.adjacent(i+1) && t.toks[i+1].kind != tokPunct) && !t.isAny(i-1, codeNouns) {
		// "20120810": a compact ISO date, when it makes one near now
		if y, m, d := n/10000, n/100%100, n%100; y >= 1950 && y < 2050 && validDate(y, m, d) {
			return absolute(i+1, "compact-date", timeline.TypeDate, ymd(y, m, d))
		}
	}
	if t.toks[i].digits == 4 {
		if c, ok := t.isoWeek(i, n); ok {
			return c, true
		}
		if c, ok := t.yearMonthDay(i, n); ok {
			return c, true
		}
	}
	for _, p := range []rune{'-', '/', '.'} {
		if !t.joined(i+1, p) {
			continue
		}
		// 28-Feb-2010, 2006-Jun-16
		if e := t.lex(i + 2); e != nil && e.month > 0 && t.joined(i+3, p) {
			if m, ok := t.num(i + 4); ok && !(t.ok(i+5) && t.adjacent(i+5) && t.toks[i+5].kind != tokPunct) {
				d, y := n, m
				dd, dy := t.toks[i].digits, t.toks[i+4].digits
				if dd == 4 && dy <= 2 { // year first
					d, y, dd, dy = m, n, dy, dd
				}
				if dy == 2 {
					y, dy = twoDigitYear(y), 4
				}
				if dd <= 2 && dy == 4 && validDate(y, e.month, d) {
					return absolute(i+5, "compact-date", timeline.TypeDate, ymd(y, e.month, d))
				}
			}
			return cand{}, false
		}
		m, ok := t.num(i + 2)
		if !ok || t.ok(i+3) && t.adjacent(i+3) && (t.toks[i+3].kind == tokNum || t.toks[i+3].kind == tokPunct && t.ok(i+4) && t.toks[i+4].kind == tokNum && t.adjacent(i+4)) {
			return cand{}, false
		}
		if t.ok(i+3) && t.adjacent(i+3) && t.toks[i+3].kind == tokWord {
			return cand{}, false
		}
		switch {
		case p != '.' && t.toks[i].digits == 4 && t.toks[i+2].digits == 2 && m >= 1 && m <= 12 && n >= 1000 && n <= 2199:
			// 2008-04, 2012/05: a year and a month; not 2009-10, years
			if p == '-' && m >= 10 && m <= 12 && (n%100+1)%100 == m {
				return cand{}, false
			}
			return absolute(i+3, "compact-date", timeline.TypeDate, ym(n, m))
		case p == '/' && t.toks[i].digits <= 2 && t.toks[i+2].digits == 4 && n >= 1 && n <= 12 && m >= 1000 && m <= 2199:
			return absolute(i+3, "compact-date", timeline.TypeDate, ym(m, n)) // 09/2012
		case p == '/' && t.toks[i].digits <= 2 && t.toks[i+2].digits <= 2:
			return t.dayMonthNumeric(i, n, m)
		}
		return cand{}, false
	}
	return cand{}, false
}

// dayMonthNumeric reads a day and month without a year at i: "28/07",
// "7/28". An order both numbers allow is read as the document's other
// dates show it, and refused when they do not; "3/4 of" is a fraction.
func (t *tagger) dayMonthNumeric(i, a, b int) (cand, bool) {
	// "a 24/7 service": an adjective
	if fraction(a, b) || a == 24 && b == 7 || t.is(i-1, "a") || t.is(i-1, "an") || t.is(i+3, "of") || i > 0 && t.toks[i-1].kind == tokNum || t.lex(i+3) != nil && t.lex(i+3).unit != unitNone {
		return cand{}, false
	}
	var m, d int
	switch {
	case a > 12 && b <= 12:
		d, m = a, b
	case b > 12 && a <= 12:
		m, d = a, b
	case t.dayFirst() > 0:
		d, m = a, b
	case t.dayFirst() < 0:
		m, d = a, b
	default:
		return cand{}, false
	}
	if m < 1 || d < 1 || d > 31 || d > daysIn(2000, m) {
		return cand{}, false
	}
	return cand{end: i + 3, rule: "compact-date", typ: timeline.TypeDate, resolve: func(r *res) {
		r.yearless(m, d, 0)
	}}, true
}

// fraction reports a/b that reads as a fraction of the stock pages: "7/8",
// "3/16".
func fraction(a, b int) bool {
	return a < b && (b == 2 || b == 4 || b == 8 || b == 16 || b == 32 || b == 64)
}

// monthDashYear reads "Sep-2012", "Sep-12", "Sep/2012" at the month i.
func (t *tagger) monthDashYear(i int) (cand, bool) {
	e := t.lex(i)
	if e == nil || e.month == 0 || !t.joined(i+1, '-') && !t.joined(i+1, '/') {
		return cand{}, false
	}
	y, ok := t.num(i + 2)
	if !ok || t.ok(i+3) && t.adjacent(i+3) && t.toks[i+3].kind != tokPunct {
		return cand{}, false
	}
	switch t.toks[i+2].digits {
	case 4:
		if y < 1000 || y > 2199 {
			return cand{}, false
		}
	case 2:
		if !t.upper(i) && e.lowerWeak() {
			return cand{}, false
		}
		y = twoDigitYear(y)
	default:
		return cand{}, false
	}
	if _, ok := t.monthName(i, true); !ok {
		return cand{}, false
	}
	return absolute(i+3, "compact-date", timeline.TypeDate, ym(y, e.month))
}

// isoWeek reads "2012-W05" and "2012-W05-3" at the year i.
func (t *tagger) isoWeek(i, y int) (cand, bool) {
	if !t.joined(i+1, '-') || !t.ok(i+2) || t.toks[i+2].kind != tokWord || !t.adjacent(i+3) {
		return cand{}, false
	}
	w := t.text[t.toks[i+2].start:t.toks[i+2].end]
	if w != "W" || t.toks[i+3].kind != tokNum || t.toks[i+3].digits != 2 {
		return cand{}, false
	}
	wk, _ := t.num(i + 3)
	if wk < 1 || wk > 53 || isoWeekMonday(y, wk).AddDate(0, 0, 3).Year() != y {
		return cand{}, false
	}
	if t.joined(i+4, '-') {
		if d, ok := t.num(i + 5); ok && t.toks[i+5].digits == 1 && d >= 1 && d <= 7 {
			return absolute(i+6, "compact-date", timeline.TypeDate, isoWeekMonday(y, wk).AddDate(0, 0, d-1).Format("2006-01-02"))
		}
	}
	return absolute(i+4, "compact-date", timeline.TypeDate, fmt.Sprintf("%04d-W%02d", y, wk))
}

// yearMonthDay reads "2012 August 10" and "2012 Aug. 10" at the year i.
func (t *tagger) yearMonthDay(i, y int) (cand, bool) {
	if y < 1000 || y > 2199 || !t.ok(i+1) || t.toks[i+1].kind != tokWord {
		return cand{}, false
	}
	m, j, ok := t.monthAt(i + 1)
	if !ok {
		return cand{}, false
	}
	d, k, ok := t.dayAt(j)
	if !ok || !validDate(y, m, d) {
		return cand{}, false
	}
	return absolute(k, "compact-date", timeline.TypeDate, ymd(y, m, d))
}

// dayFirst tells the order of day and month the document's numeric dates
// show: 1 when one reads day first ("19/05/2025"), -1 when one reads month
// first ("5/19/2025"), 0 when none shows. It reads the text once.
func (t *tagger) dayFirst() int {
	if t.order != 0 {
		return int(t.order) - 2
	}
	t.order = 2
	for k := 0; k+2 < len(t.toks); k++ {
		a, ok1 := t.num(k)
		b, ok2 := t.num(k + 2)
		if !ok1 || !ok2 || t.toks[k].digits > 2 || t.toks[k+2].digits > 2 || !t.joined(k+1, '/') && !t.joined(k+1, '.') && !t.joined(k+1, '-') || fraction(a, b) {
			continue
		}
		switch {
		case a > 12 && a <= 31 && b >= 1 && b <= 12:
			t.order = 3
			return 1
		case b > 12 && b <= 31 && a >= 1 && a <= 12:
			t.order = 1
			return -1
		}
	}
	return 0
}
