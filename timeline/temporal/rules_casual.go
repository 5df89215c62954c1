package temporal

import (
	"fmt"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// Everyday phrasings built on the other rules: "the week after next",
// "two Fridays ago", "a week from Monday", "the first of next month", "the
// last week of June".

// matchAfterNext: the week/month/year/weekend after next, the week before
// last.
func (t *tagger) matchAfterNext(i int) (cand, bool) {
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

// matchWeekdaysAgo: "two Fridays ago", "three Sundays from now".
func (t *tagger) matchWeekdaysAgo(i int) (cand, bool) {
	c, j, ok := t.parseCount(i)
	if !ok || c.unknown || c.n != float64(int(c.n)) || c.n < 1 || c.n > 52 || !t.upper(j) || t.toks[j].kind != tokWord {
		return cand{}, false
	}
	w := t.text[t.toks[j].start:t.toks[j].end]
	if len(w) < 2 || w[len(w)-1] != 's' {
		return cand{}, false
	}
	e := lexicon[toLowerASCII(w[:len(w)-1])]
	if e == nil || e.weekday == 0 || e.weekdayAbb {
		return cand{}, false
	}
	wd, n := e.weekday, int(c.n)
	end, dir := j+2, -1
	switch {
	case t.is(j+1, "ago"):
	case t.is(j+1, "from") && t.is(j+2, "now"):
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

// matchFromDay: "a week from Monday", "two weeks from tomorrow", "a month
// from today": an offset from a day named near the publication date.
func (t *tagger) matchFromDay(i int) (cand, bool) {
	c, j, ok := t.parseCount(i)
	if !ok || c.unknown || c.n != float64(int(c.n)) {
		return cand{}, false
	}
	e := t.lex(j)
	if e == nil || e.unit < unitDay || e.unit > unitYear || e.unit == unitWeekend || e.unit == unitHalf || !t.is(j+1, "from") {
		return cand{}, false
	}
	var day cand
	found := false
	for _, m := range []matcher{(*tagger).matchWeekday, (*tagger).matchDeictic} {
		if d, ok := m(t, j+2); ok && d.typ == timeline.TypeDate && !t.is(j+2, "now") {
			day, found = d, true
			break
		}
	}
	if !found {
		return cand{}, false
	}
	u, n := e.unit, int(c.n)
	return cand{end: day.end, rule: "offset-from-day", typ: timeline.TypeDate, resolve: func(r *res) {
		day.resolve0(r)
		if r.g != timeline.GranularityDay {
			return
		}
		// The named day is always the next one: "a week from Friday".
		from := r.iv.Start
		if t.lex(j+2).weekday > 0 && from.Before(r.t.dct) {
			from = from.AddDate(0, 0, 7)
		}
		r.setAt(shift(from, u, n), timeline.GranularityDay)
	}}, true
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
	} else if v, ok := t.num(j); ok && t.toks[j].digits <= 2 && t.adjacent(j+1) && (t.is(j+1, "st") || t.is(j+1, "nd") || t.is(j+1, "rd") || t.is(j+1, "th")) {
		n, j = v, j+2
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

// matchWeekdayOfWeek: "Thursday next week", "Monday of last week",
// "Friday this week": that weekday inside the week named.
func (t *tagger) matchWeekdayOfWeek(i int) (cand, bool) {
	e := t.lex(i)
	if e == nil || e.weekday == 0 || e.weekdayAbb || !t.upper(i) {
		return cand{}, false
	}
	j := i + 1
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
