package temporal

import (
	"fmt"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// Everyday phrasings built on the other rules: "the week after next",
// "two Fridays ago", "a week from Monday", "the first of next month", "the
// last week of June".

var afterNextRule = rule{
	name:    "after-next",
	match:   (*tagger).matchAfterNext,
	words:   []string{"the"},
	classes: classWeekday,
	examples: []example{
		{"The vote is the week after next.", "the week after next", "2025-W23", "relative-unit"},
		{"The vote is the Monday after next.", "the Monday after next", "2025-06-02", "relative-weekday"},
	},
}

// matchAfterNext: the week/month/year/weekend after next, the week before
// last.
func (t *tagger) matchAfterNext(i int) (cand, bool) {
	if c, ok := t.weekdayAfterNext(i + boolInt(t.is(i, "the"))); ok {
		return c, true
	}
	if !t.is(i, "the") {
		return cand{}, false
	}
	e := t.lex(i + 1)
	if e == nil || e.unit == unitNone || e.plural || e.unit < unitDay || e.unit == unitHalf || e.unit > unitYear {
		return cand{}, false
	}
	off := 0
	switch {
	case t.is(i+2, "after") && t.is(i+3, "next"):
		off = 2
	case t.is(i+2, "before") && t.is(i+3, "last"):
		off = -2
	default:
		return cand{}, false
	}
	u := e.unit
	return cand{end: i + 4, rule: "relative-unit", typ: timeline.TypeDate, resolve: func(r *res) {
		g := unitGranularity(u)
		dct, ok := r.fromDCT(xValue(g))
		if !ok {
			return
		}
		if u == unitWeekend {
			r.setAt(shift(truncate(dct, timeline.GranularityWeek), unitWeek, off).AddDate(0, 0, 5), timeline.GranularityWeekend)
			return
		}
		r.setAt(shift(truncate(dct, g), u, off), g)
	}}, true
}

var weekdaysAgoRule = rule{
	name:    "weekdays-ago",
	match:   (*tagger).matchWeekdaysAgo,
	words:   vagueCounts,
	classes: classCount,
	examples: []example{
		{"It happened two Fridays ago.", "two Fridays ago", "2025-05-09", "weekdays-offset"},
	},
}

// matchWeekdaysAgo: "two Fridays ago", "three Sundays from now".
func (t *tagger) matchWeekdaysAgo(i int) (cand, bool) {
	c, j, ok := t.parseCount(i)
	if !ok || c.unknown || c.n != float64(int(c.n)) || c.n < 1 || c.n > 52 {
		return cand{}, false
	}
	wd, n := t.pluralWeekday(j), int(c.n)
	if wd == 0 {
		return cand{}, false
	}
	end, dir := j+2, -1
	switch {
	case t.is(j+1, "ago"):
	case t.is(j+1, "from") && (t.is(j+2, "now") || t.is(j+2, "today")):
		end, dir = j+3, 1
	default:
		return cand{}, false
	}
	return cand{end: end, rule: "weekdays-offset", typ: timeline.TypeDate, resolve: func(r *res) {
		dct, ok := r.fromDCT(fmt.Sprintf("XXXX-WXX-%d", wd))
		if !ok {
			return
		}
		rel := relLast
		if dir > 0 {
			rel = relNext
		}
		// "two Fridays ago" is the Friday before last Friday.
		d := weekdayDate(dct, wd, rel, tenseNone).AddDate(0, 0, 7*dir*(n-1))
		r.setAt(d, timeline.GranularityDay)
	}}, true
}

var dayOfRelMonthRule = rule{
	name:  "day-of-relative-month",
	match: (*tagger).matchDayOfRelMonth,
	words: []string{"the"},
	examples: []example{
		{"Rent is due on the first of next month.", "the first of next month", "2025-06-01", "day-of-relative-month"},
	},
}

// matchDayOfRelMonth: "the first of next month", "the 15th of this month",
// "the 1st of the month".
func (t *tagger) matchDayOfRelMonth(i int) (cand, bool) {
	if !t.is(i, "the") {
		return cand{}, false
	}
	n, j := 0, i+1
	if e := t.lex(j); e != nil && e.ordinal > 0 {
		n, j = e.ordinal, j+1
	} else if v, k, ok := t.dayAt(j); ok {
		n, j = v, k
	}
	if n < 1 || n > 31 || !t.is(j, "of") {
		return cand{}, false
	}
	off := 0
	switch {
	case (t.is(j+1, "next") || t.is(j+1, "last") || t.is(j+1, "this")) && t.is(j+2, "month"):
		off = relOffset(t.lex(j + 1).rel)
	case t.is(j+1, "the") && t.is(j+2, "month"):
	default:
		return cand{}, false
	}
	return cand{end: j + 3, rule: "day-of-relative-month", typ: timeline.TypeDate, resolve: func(r *res) {
		dct, ok := r.fromDCT(fmt.Sprintf("XXXX-XX-%02d", n))
		if !ok {
			return
		}
		m := addMonths(date(dct.Year(), int(dct.Month()), 1), off)
		if n > daysIn(m.Year(), int(m.Month())) {
			r.value = fmt.Sprintf("%04d-%02d", m.Year(), int(m.Month()))
			r.setAt(m, timeline.GranularityMonth)
			return
		}
		r.setAt(m.AddDate(0, 0, n-1), timeline.GranularityDay)
	}}, true
}

var weekOfMonthRule = rule{
	name:  "week-of-month",
	match: (*tagger).matchWeekOfMonth,
	words: []string{"the"},
	examples: []example{
		{"The fair runs the first week of June.", "the first week of June", "2025-W23", "week-of-month"},
	},
}

// matchWeekOfMonth: "the first week of March", "the last week of June
// 2024", "the second week of next month". The nth week is the ISO week
// holding the month's (7n-3)th day, as ISO's first week of a year holds
// January 4: most of its days are in the month.
func (t *tagger) matchWeekOfMonth(i int) (cand, bool) {
	if !t.is(i, "the") {
		return cand{}, false
	}
	e := t.lex(i + 1)
	if e == nil || e.ordinal == 0 || e.ordinal > 5 || !t.is(i+2, "week") || !t.is(i+3, "of") {
		return cand{}, false
	}
	nth := e.ordinal
	var month cand
	found := false
	for _, m := range []matcher{(*tagger).matchMonthDate, (*tagger).matchRelative} {
		if c, ok := m(t, i+4); ok && c.typ == timeline.TypeDate {
			month, found = c, true
			break
		}
	}
	if !found {
		return cand{}, false
	}
	return cand{end: month.end, rule: "week-of-month", typ: timeline.TypeDate, resolve: func(r *res) {
		month.resolve0(r)
		if r.g != timeline.GranularityMonth {
			return
		}
		first := r.iv.Start
		var d time.Time
		if nth < 0 { // "the last week"
			d = first.AddDate(0, 1, -4)
		} else {
			d = first.AddDate(0, 0, 7*nth-4)
		}
		r.setAt(d, timeline.GranularityWeek)
	}}, true
}

var weekdayOfWeekRule = rule{
	name:    "weekday-of-week",
	match:   (*tagger).matchWeekdayOfWeek,
	classes: classWeekday,
	examples: []example{
		{"We meet Thursday next week.", "Thursday next week", "2025-05-29", "weekday-of-week"},
	},
}

// matchWeekdayOfWeek: "Thursday next week", "Monday of last week",
// "Friday this week": that weekday inside the week named.
func (t *tagger) matchWeekdayOfWeek(i int) (cand, bool) {
	e, ok := t.weekdayName(i, true) // the week named after it is the cue
	if !ok {
		return cand{}, false
	}
	j := t.skipDot(i + 1)
	if t.is(j, "of") {
		j++
	}
	x := t.lex(j)
	if x == nil || (x.rel != relNext && x.rel != relLast && x.rel != relThis) || !t.is(j+1, "week") {
		return cand{}, false
	}
	wd, off := e.weekday, relOffset(x.rel)
	return cand{end: j + 2, rule: "weekday-of-week", typ: timeline.TypeDate, resolve: func(r *res) {
		dct, ok := r.fromDCT(fmt.Sprintf("XXXX-WXX-%d", wd))
		if !ok {
			return
		}
		week := shift(truncate(dct, timeline.GranularityWeek), unitWeek, off)
		r.setAt(week.AddDate(0, 0, wd-1), timeline.GranularityDay)
	}}, true
}

var compactQuarterRule = rule{
	name:    "compact-quarter",
	match:   (*tagger).matchCompactQuarter,
	classes: classNumber,
	examples: []example{
		{"Revenue in 1Q25 rose.", "1Q25", "2025-Q1", "quarter"},
	},
}

// matchCompactQuarter: the analysts' "1Q25", "2H2024", "Q1'25" is handled
// by matchQuarter; this reads the number-first forms.
func (t *tagger) matchCompactQuarter(i int) (cand, bool) {
	n, ok := t.num(i)
	// "1h28" is an hour and 28 minutes: the analysts write the letter
	// upper case.
	if !ok || t.toks[i].digits != 1 || n < 1 || !(t.is(i+1, "q") && n <= 4 || t.is(i+1, "h") && n <= 2) || !t.upper(i+1) || !t.adjacent(i+1) || !t.adjacent(i+2) {
		return cand{}, false
	}
	y, ok := t.num(i + 2)
	if !ok || (t.toks[i+2].digits != 2 && t.toks[i+2].digits != 4) || t.ok(i+3) && t.adjacent(i+3) && t.toks[i+3].kind != tokPunct {
		return cand{}, false
	}
	if t.toks[i+2].digits == 2 {
		y += 2000
		if y >= 2070 {
			y -= 100
		}
	}
	code := "Q"
	if t.is(i+1, "h") {
		code = "H"
	}
	return absolute(i+3, "quarter", timeline.TypeDate, fmt.Sprintf("%04d-%s%d", y, code, n))
}

var atDawnRule = rule{
	name:    "at-dawn",
	match:   (*tagger).matchAtDawn,
	classes: classPartOfDay,
	examples: []example{
		{"Troops moved at dawn.", "dawn", "2025-05-19TMO", "part-of-day"},
	},
}

// matchAtDawn: "at dawn", "at dusk on Friday", "at sunset yesterday": the
// part of the day named, of the day given after it, else of the day being
// narrated or of publication.
func (t *tagger) matchAtDawn(i int) (cand, bool) {
	if !t.is(i-1, "at") || !t.isAny(i, twilightWords) {
		return cand{}, false
	}
	part := t.lex(i).part
	k := i + 1
	if t.is(k, "on") {
		k++
	}
	day, hasDay := t.dayNamed(k)
	end := i + 1
	if hasDay {
		end = day.end
	}
	return cand{end: end, rule: "part-of-day", typ: timeline.TypeTime, resolve: func(r *res) {
		if !r.dayOfClock(day, hasDay) {
			r.value = "XXXX-XX-XXT" + part
			return
		}
		r.withPart(part)
	}}, true
}

var rangeDayRule = rule{
	name:    "range-day",
	match:   (*tagger).matchRangeDay,
	classes: classNumber,
	examples: []example{
		{"The fair runs May 5-7.", "7", "2025-05-07", "range-day"},
		{"The fair runs 5-7 June.", "5", "2025-06-05", "range-day"},
	},
}

// matchRangeDay reads the bare day of a range of days: the end in "May
// 5-7" or "from May 5 to 7", the start in "5-7 May" or "5 and 6 June".
func (t *tagger) matchRangeDay(i int) (cand, bool) {
	n, ok := t.num(i)
	if !ok {
		return cand{}, false
	}
	if c, ok := t.rangeYear(i, n); ok {
		return c, true
	}
	if t.toks[i].digits > 2 || n < 1 || n > 31 {
		return cand{}, false
	}
	j := i + 1 // after the day and its ordinal suffix: "5th"
	if t.adjacent(j) && t.isAny(j, ordinalSuffixes) {
		j++
	}
	if t.ok(j) && t.adjacent(j) && t.toks[j].kind == tokWord {
		return cand{}, false // "7pm"
	}
	// the end: the day mention just before the separator gives the month
	if p := t.last; p != nil && p.g == timeline.GranularityDay && p.tok == i-1 && t.rangeWord(i-1) && !t.boundaryAfter(i-1) {
		if t.punct(j, ':') || t.punct(j, '%') {
			return cand{}, false
		}
		if _, _, ok := t.monthAt(j); ok {
			return cand{}, false // "May 5 to 7 June" is a day-month of its own
		}
		if n <= p.t.Day() || n > daysIn(p.t.Year(), int(p.t.Month())) {
			return cand{}, false
		}
		y, end := p.t.Year(), j
		if yy, e, ok := t.yearAfterDay(j); ok {
			y, end = yy, e // "September 14 and 18, 2010"
		}
		return cand{end: end, rule: "range-day", typ: timeline.TypeDate, resolve: func(r *res) {
			r.anchor, r.anchV = timeline.AnchorMention, p.value
			r.setAt(date(y, int(p.t.Month()), n), timeline.GranularityDay)
		}}, true
	}
	// the start: a day-month follows the separator
	if !t.rangeWord(i + 1) {
		return cand{}, false
	}
	end, ok := t.matchDayMonth(i + 2)
	if !ok || end.resolve == nil && end.value == "" {
		return cand{}, false
	}
	if m, _, ok := t.dayAt(i + 2); !ok || m <= n {
		return cand{}, false
	}
	return cand{end: i + 1, rule: "range-day", typ: timeline.TypeDate, resolve: func(r *res) {
		end.resolve0(r)
		if r.g != timeline.GranularityDay {
			return
		}
		d := r.iv.Start
		r.setAt(date(d.Year(), int(d.Month()), n), timeline.GranularityDay)
	}}, true
}
