package temporal

import (
	"fmt"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// Offsets from a date named in the same expression: "two days after
// Christmas", "a week from Monday", "two weeks from next Tuesday", "the
// day after tomorrow", "the Monday before May 25", "3 Mondays after May
// 25", "a week on Tuesday".

// matchFromDate: [the] [count | ordinal] (unit | weekday) (before | after
// | from | on) date.
func (t *tagger) matchFromDate(i int) (cand, bool) {
	// Most counts are of something else: a unit or a weekday comes within
	// three tokens, then "before", "after", "from" or "on".
	if !t.unitOrWeekdayNear(i) {
		return cand{}, false
	}
	j := i
	the := t.is(j, "the")
	if the {
		j++
	}
	n, counted := 1, false
	if o, k, ok := t.ordinalAt(j); ok && o > 0 && the {
		n, j = o, k // "the 2nd Monday before May 25"
	} else if c, k, ok := t.parseCount(j); ok && !c.unknown && c.n == float64(int(c.n)) && c.n >= 1 {
		n, j, counted = int(c.n), k, true
	}
	u, wd := unitNone, 0
	if e := t.lex(j); e != nil && e.unit >= unitDay && e.unit <= unitYear && e.unit != unitHalf && e.unit != unitWeekend {
		if e.plural && !counted || !e.plural && n > 1 {
			return cand{}, false // "trading days after", "two day"
		}
		u = e.unit
	} else if e, ok := t.weekdayName(j, true); ok {
		wd = e.weekday
	} else if w := t.pluralWeekday(j); w > 0 && n > 1 {
		wd = w // "3 mondays after May 25"
	} else {
		return cand{}, false
	}
	k := j + 1
	if e := t.lex(j); wd > 0 && e != nil && e.weekdayAbb {
		k = t.skipDot(k)
	}
	dir := 1
	switch {
	case t.is(k, "after") || t.is(k, "following"):
	case t.is(k, "from") && u != unitNone:
	case t.is(k, "on") && (u == unitWeek || u == unitFortnight) && !the: // "a week on Tuesday"
	case t.is(k, "before") || t.is(k, "preceding"):
		dir = -1
	case t.is(k, "prior") && t.is(k+1, "to"):
		dir, k = -1, k+1
	default:
		return cand{}, false
	}
	if !t.ok(k + 1) {
		return cand{}, false
	}
	base, ok := t.matchAt(k+1, t.startable(k+1))
	if !ok || base.typ != timeline.TypeDate || base.value == "PRESENT_REF" || base.value == "PAST_REF" || base.value == "FUTURE_REF" {
		return cand{}, false
	}
	// "the week following last month's squeeze": days and weeks count
	// from a day.
	r := res{t: t, at: k + 1, end: base.end, day: true}
	base.resolve0(&r)
	if (wd > 0 || u <= unitWeek) && r.g != timeline.GranularityDay {
		return cand{}, false
	}
	onDay := t.is(k, "on") || t.is(k, "from") && t.lex(k+1) != nil && t.lex(k+1).weekday > 0
	// "a month from today" is "a month from now".
	today := t.is(k+1, "today") && base.end == k+2
	return fromDateCand(base, u, wd, n*dir, onDay, today), true
}

// unitOrWeekdayNear reports a unit or a weekday among the three tokens
// from i.
func (t *tagger) unitOrWeekdayNear(i int) bool {
	for k := i; k < i+4 && k < len(t.toks); k++ {
		if e := t.toks[k].lex; e != nil && (e.unit != unitNone || e.weekday != 0 || e.weekdays != 0) {
			return true
		}
	}
	return false
}

// fromDateCand resolves n units u (or n weekdays wd) from the date base;
// onDay says a bare weekday after it is the next one ("a week from
// Friday"), today that the offset keeps its unit's granularity.
func fromDateCand(base cand, u unit, wd, n int, onDay, today bool) cand {
	return cand{end: base.end, rule: "offset-from-date", typ: timeline.TypeDate, resolve: func(r *res) {
		r.day = true
		base.resolve0(r)
		r.day = false
		if r.iv.IsZero() || granRank[r.g] > granRank[timeline.GranularityDay] && (wd > 0 || u <= unitWeek) {
			r.value, r.anchor = xValue(timeline.GranularityDay), timeline.AnchorMissing
			r.iv = timeline.Interval{}
			return
		}
		from, g := r.iv.Start, r.g
		if onDay && g == timeline.GranularityDay && from.Before(r.t.dct) {
			from = from.AddDate(0, 0, 7) // "a week from Friday": the coming Friday
		}
		if wd > 0 {
			r.setAt(nthWeekdayFrom(from, wd, n), timeline.GranularityDay)
			return
		}
		if granRank[g] < granRank[unitGranularity(u)] && g != timeline.GranularityDay {
			g = timeline.GranularityDay
		}
		if today && wd == 0 {
			g = unitGranularity(u)
		}
		r.setAt(shift(from, u, n), g)
	}}
}

// nthWeekdayFrom is the nth weekday wd after day d (n > 0), or the -nth
// before it (n < 0), d itself left out.
func nthWeekdayFrom(d time.Time, wd, n int) time.Time {
	if n > 0 {
		diff := (wd - isoWeekday(d) + 7) % 7
		if diff == 0 {
			diff = 7
		}
		return d.AddDate(0, 0, diff+7*(n-1))
	}
	diff := (isoWeekday(d) - wd + 7) % 7
	if diff == 0 {
		diff = 7
	}
	return d.AddDate(0, 0, -diff+7*(n+1))
}

// ordinalAt reads an ordinal at j: "third", "last", "final", "3rd",
// "100th"; -1 for the last. It returns the ordinal and the token after.
func (t *tagger) ordinalAt(j int) (int, int, bool) {
	if n, ok := t.num(j); ok && t.toks[j].digits <= 3 && n >= 1 && t.adjacent(j+1) && t.isAny(j+1, ordinalSuffixes) {
		return n, j + 2, true
	}
	if t.is(j, "final") {
		return -1, j + 1, true
	}
	if e := t.lex(j); e != nil && e.ordinal != 0 {
		if t.is(j, "second") && t.is(j+1, "to") && t.is(j+2, "last") {
			return -2, j + 3, true
		}
		return e.ordinal, j + 1, true
	}
	return 0, j, false
}

var nthOfRule = rule{
	name:    "nth-of",
	match:   (*tagger).matchNthOf,
	words:   []string{"the", "final"},
	classes: classOrdinal | classNumber,
	examples: []example{
		{"The board meets the third Tuesday of next month.", "the third Tuesday of next month", "2025-06-17", "nth-of"},
		{"The race is the last weekend of March.", "the last weekend of March", "2025-W13-WE", "nth-of"},
		{"It was the 100th day of the year.", "the 100th day of the year", "2025-04-10", "nth-of"},
		{"Markets close the last day of 2009.", "the last day of 2009", "2009-12-31", "nth-of"},
		{"It opens the 2nd Thursday in Sept. 2026.", "the 2nd Thursday in Sept. 2026", "2026-09-10", "nth-of"},
	},
}

// matchNthOf: [the] ordinal (weekday | weekend | day | month) [of | in]
// date: "the third Tuesday of next month", "the last weekend of March",
// "the 100th day of the year", "first day of may", "4th day last week",
// "3rd month next year", "final thursday in april".
func (t *tagger) matchNthOf(i int) (cand, bool) {
	j := i
	the := t.is(j, "the")
	if the {
		j++
	}
	n, j, ok := t.ordinalAt(j)
	if !ok || n == 0 {
		return cand{}, false
	}
	wd, u := 0, unitNone
	if e, ok := t.weekdayName(j, true); ok {
		wd = e.weekday
	} else if e := t.lex(j); e != nil && !e.plural && (e.unit == unitDay || e.unit == unitWeekend || e.unit == unitMonth) {
		u = e.unit
	} else {
		return cand{}, false
	}
	k := j + 1
	if e := t.lex(j); wd > 0 && e != nil && e.weekdayAbb {
		k = t.skipDot(k)
	}
	if t.is(k, "of") || t.is(k, "in") {
		k++
	} else if e := t.lex(k); e == nil || e.rel == relNone {
		return cand{}, false // "the third Tuesday" alone; "4th day last week" has its relative word
	}
	if !t.ok(k) {
		return cand{}, false
	}
	in, ok := t.monthOnly(k)
	if !ok {
		in, ok = t.matchAt(k, t.startable(k))
	}
	if !ok && t.is(k, "the") {
		in, ok = t.currentUnitAfter(k) // "the month", "the year"
	}
	if !ok || in.typ != timeline.TypeDate {
		return cand{}, false
	}
	return nthOfCand(in, n, wd, u), true
}

// nthOfCand resolves the nth weekday wd, or unit u, of the date in.
func nthOfCand(in cand, n, wd int, u unit) cand {
	return cand{end: in.end, rule: "nth-of", typ: timeline.TypeDate, resolve: func(r *res) {
		in.resolve0(r)
		from, to := r.iv.Start, r.iv.End
		span := r.g
		if r.iv.IsZero() || granRank[span] <= granRank[timeline.GranularityDay] || u == unitMonth && granRank[span] <= granRank[timeline.GranularityMonth] {
			r.value, r.anchor, r.iv = xValue(timeline.GranularityDay), timeline.AnchorMissing, timeline.Interval{}
			return
		}
		var d time.Time
		g := timeline.GranularityDay
		switch {
		case wd > 0:
			d = nthWeekdayIn(from, to, wd, n)
		case u == unitWeekend:
			d, g = nthWeekdayIn(from, to, 6, n), timeline.GranularityWeekend
		case u == unitMonth:
			d, g = addMonths(from, n-1), timeline.GranularityMonth
			if n < 0 {
				d = addMonths(to, n)
			}
		default:
			d = from.AddDate(0, 0, n-1)
			if n < 0 {
				d = to.AddDate(0, 0, n)
			}
		}
		if d.IsZero() || d.Before(from) || !d.Before(to) {
			r.value, r.anchor, r.iv = xValue(g), timeline.AnchorMissing, timeline.Interval{}
			return
		}
		r.setAt(d, g)
	}}
}

// nthWeekdayIn is the nth weekday wd in [from, to), the -nth from the end
// when n < 0, the zero time when there is none.
func nthWeekdayIn(from, to time.Time, wd, n int) time.Time {
	var d time.Time
	if n > 0 {
		d = from.AddDate(0, 0, (wd-isoWeekday(from)+7)%7+7*(n-1))
	} else {
		last := to.AddDate(0, 0, -1)
		d = last.AddDate(0, 0, -((isoWeekday(last)-wd+7)%7)+7*(n+1))
	}
	if d.Before(from) || !d.Before(to) {
		return time.Time{}
	}
	return d
}

// weekdayAfterNext: "the Monday after next", "tuesday before last": the
// weekday a week beyond next or last, at the weekday j.
func (t *tagger) weekdayAfterNext(j int) (cand, bool) {
	e, ok := t.weekdayName(j, true)
	if !ok {
		return cand{}, false
	}
	k := t.skipDot(j + 1)
	off, rel := 0, relNone
	switch {
	case t.is(k, "after") && t.is(k+1, "next"):
		off, rel = 7, relNext
	case t.is(k, "before") && t.is(k+1, "last"):
		off, rel = -7, relLast
	default:
		return cand{}, false
	}
	end := k + 2
	if x := t.lex(end); x != nil && x.weekday == e.weekday {
		end++ // "the monday after next monday"
	}
	wd := e.weekday
	return cand{end: end, rule: "relative-weekday", typ: timeline.TypeDate, resolve: func(r *res) {
		if dct, ok := r.fromDCT(fmt.Sprintf("XXXX-WXX-%d", wd)); ok {
			r.setAt(weekdayDate(dct, wd, rel, tenseNone).AddDate(0, 0, off), timeline.GranularityDay)
		}
	}}, true
}

// monthOnly reads a month name at k in any case, the container of "first
// day of may", "final thurs in sep": the month in the year after it, else
// the one of publication's year.
func (t *tagger) monthOnly(k int) (cand, bool) {
	e, ok := t.monthName(k, true)
	if !ok {
		return cand{}, false
	}
	j := k + 1
	if e.monthAbbr {
		j = t.skipDot(j)
	}
	if c, ok := t.matchMonthDate(k); ok && c.end > j {
		return c, true // "October 2017", "Sept. '02"
	}
	if y, end, ok := t.yearAt(j); ok {
		return absolute(end, "month-year", timeline.TypeDate, ym(y, e.month))
	}
	month := e.month
	return cand{end: j, rule: "month", typ: timeline.TypeDate, resolve: func(r *res) {
		if dct, ok := r.fromDCT(fmt.Sprintf("XXXX-%02d", month)); ok {
			r.setAt(date(dct.Year(), month, 1), timeline.GranularityMonth)
		}
	}}, true
}
