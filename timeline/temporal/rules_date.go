package temporal

import (
	"fmt"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// absolute builds a candidate with a final value.
func absolute(end int, rule string, typ timeline.TimexType, value string) (cand, bool) {
	return cand{end: end, rule: rule, typ: typ, value: value}, true
}

func ymd(y, m, d int) string { return fmt.Sprintf("%04d-%02d-%02d", y, m, d) }

func ym(y, m int) string { return fmt.Sprintf("%04d-%02d", y, m) }

// yearAt reads a four-digit year at i (1000–2199), or an apostrophe year
// ('98) with its apostrophe at i.
func (t *tagger) yearAt(i int) (int, int, bool) {
	if t.punct(i, '\'') {
		if n, ok := t.num(i + 1); ok && t.toks[i+1].digits == 2 && t.adjacent(i+1) && !(t.ok(i+2) && t.toks[i+2].kind == tokWord && t.adjacent(i+2)) {
			if n < 30 {
				return 2000 + n, i + 2, true
			}
			return 1900 + n, i + 2, true
		}
		return 0, i, false
	}
	n, ok := t.num(i)
	if !ok || t.toks[i].digits != 4 || n < 1000 || n > 2199 || t.adjacentNumberGroup(i) {
		return 0, i, false
	}
	if t.ok(i+1) && t.adjacent(i+1) && t.toks[i+1].kind == tokWord { // 1990s, 2020s, 2000m
		return 0, i, false
	}
	return n, i + 1, true
}

// dayAt reads a day of month 1–31 with an optional ordinal suffix.
func (t *tagger) dayAt(i int) (int, int, bool) {
	n, ok := t.num(i)
	if !ok || t.toks[i].digits > 2 || n < 1 || n > 31 {
		return 0, i, false
	}
	j := i + 1
	if t.adjacent(j) && t.isAny(j, ordinalSuffixes) {
		j++
	}
	if t.ok(j) && t.adjacent(j) && (t.toks[j].kind == tokWord || t.toks[j].kind == tokNum) {
		return 0, i, false // 5km, 3rd-party...
	}
	if (t.punct(j, ':') || t.punct(j, '.') || t.punct(j, ',')) && t.ok(j+1) && t.toks[j+1].kind == tokNum && t.adjacent(j) && t.adjacent(j+1) &&
		!(t.punct(j, ',') && t.toks[j+1].digits == 4) {
		return 0, i, false // 5:30, 5.5, 5,000; but "oct 1,1980"
	}
	if t.punct(j, '%') || t.is(j, "percent") || t.is(j, "per") {
		return 0, i, false
	}
	return n, j, true
}

// monthAt reads a month name or abbreviation at i: capitalised, or in
// lower case beside a day or a year ("march 3rd", "3rd march", "oct
// 1980"), or a lower-case name that is no other word ("september").
func (t *tagger) monthAt(i int) (int, int, bool) {
	e := t.lex(i)
	if e == nil || e.month == 0 {
		return 0, i, false
	}
	j := i + 1
	dot := e.monthAbbr && t.punct(j, '.') && t.adjacent(j)
	if dot {
		j++
	}
	dated := func() bool { // a day or a year follows
		if _, _, ok := t.dayAt(j); ok {
			return true
		}
		_, _, ok := t.yearAt(j)
		return ok
	}
	if _, ok := t.monthName(i, false); !ok && !t.dayBefore(i) && !t.dayAfter(j) {
		if _, _, ok := t.yearAt(j); !ok {
			return 0, i, false
		}
	}
	if e.monthAbbr && !dot && !dated() && !t.dayBefore(i) {
		return 0, i, false
	}
	return e.month, j, true
}

var numericDateRule = rule{
	name:    "numeric-date",
	match:   (*tagger).matchNumericDate,
	classes: classNumber,
	examples: []example{
		{"Filed 2025-05-19 in court.", "2025-05-19", "2025-05-19", "numeric-date"},
		{"Signed 5/19/2025 by both.", "5/19/2025", "2025-05-19", "numeric-date"},
		{"Logged at 2025-05-19T15:30Z by staff.", "2025-05-19T15:30Z", "2025-05-19T15:30Z", "numeric-date"},
	},
}

// matchNumericDate: 2025-05-19[T15:30], 2025/05/19, 5/19/2025, 19.05.2025.
func (t *tagger) matchNumericDate(i int) (cand, bool) {
	a, ok := t.num(i)
	if !ok || t.adjacentNumberGroup(i) && t.toks[i].digits != 4 {
		return cand{}, false
	}
	sep := func(j int) rune {
		if t.ok(j) && t.toks[j].kind == tokPunct && t.adjacent(j) && t.adjacent(j+1) {
			return t.toks[j].punct
		}
		return 0
	}
	s1 := sep(i + 1)
	if s1 != '-' && s1 != '/' && s1 != '.' {
		return cand{}, false
	}
	b, ok1 := t.num(i + 2)
	if !ok1 || sep(i+3) != s1 {
		return cand{}, false
	}
	c, ok2 := t.num(i + 4)
	if !ok2 || (t.ok(i+5) && t.adjacent(i+5) && (t.toks[i+5].kind == tokNum || sep(i+5) == s1)) {
		return cand{}, false
	}
	da, db, dc := t.toks[i].digits, t.toks[i+2].digits, t.toks[i+4].digits
	var y, m, d int
	switch {
	case da == 4 && db <= 2 && dc <= 2 && (s1 != '.' || db == 2 && dc == 2):
		y, m, d = a, b, c // 2025-05-19, 2025/5/19, 2025.05.19
	case da <= 2 && db <= 2 && (dc == 4 || dc == 2):
		y = c
		if dc == 2 {
			y = twoDigitYear(c)
		}
		switch {
		case a > 12 || b > 12: // the order shows: 19/05, 5/19
			d, m = a, b
			if b > 12 {
				m, d = a, b
			}
		case t.dayFirst() != 0: // the document's other dates show it
			d, m = a, b
			if t.dayFirst() < 0 {
				m, d = a, b
			}
		case s1 == '.': // European
			d, m = a, b
		default:
			m, d = a, b
		}
	default:
		return cand{}, false
	}
	if !validDate(y, m, d) || y < 1000 {
		return cand{}, false
	}
	end := i + 5
	value := ymd(y, m, d)
	// ISO time part: T15:30[:00][Z|+02:00], or the hour alone: T09
	if da == 4 && t.ok(end) && t.adjacent(end) && t.toks[end].kind == tokWord && t.text[t.toks[end].start] == 'T' {
		if c, j, ok := t.isoTime(end); ok {
			if z, k, ok := t.zoneAt(j); ok {
				c.zone, c.hasZone, j = z, true, k
			}
			return absolute(j, "numeric-date", timeline.TypeTime, value+c.suffix(date(y, m, d)))
		}
		if h, ok := t.num(end + 1); ok && t.adjacent(end+1) && t.toks[end+1].digits == 2 && h <= 24 && !t.punct(end+2, ':') {
			c := clock{h: h, hourOnly: true}
			j := end + 2
			if z, k, ok := t.zoneAt(j); ok {
				c.zone, c.hasZone, j = z, true, k
			}
			return absolute(j, "numeric-date", timeline.TypeTime, value+c.suffix(date(y, m, d)))
		}
	}
	return absolute(end, "numeric-date", timeline.TypeDate, value)
}

// isoClock reads "T15:30[:00[.250]]" starting at the T token: the hour,
// minute and second, whether the seconds were written, and the token
// after them. A zone after it is zoneAt's.
func (t *tagger) isoClock(i int) (h, mi, sec int, secs bool, j int, ok bool) {
	if !t.ok(i) || t.toks[i].kind != tokWord || t.text[t.toks[i].start:t.toks[i].end] != "T" {
		return 0, 0, 0, false, i, false
	}
	h, ok = t.num(i + 1)
	if !ok || !t.adjacent(i+1) || !t.digitsAfter(i+2, ':') {
		return 0, 0, 0, false, i, false
	}
	mi, _ = t.num(i + 3)
	if h > 24 || mi > 59 || t.toks[i+3].digits != 2 {
		return 0, 0, 0, false, i, false
	}
	j = i + 4
	if t.digitsAfter(j, ':') { // seconds
		sec, _ = t.num(j + 1)
		secs = sec <= 59
		j += 2
		if t.digitsAfter(j, '.') { // and their fraction
			j += 2
		}
	}
	return h, mi, sec, secs, j, true
}

// digitsAfter reports mark p at token j with a digit run right after it, the
// two joined to what precedes: the ":56" of "T18:32:56". A mark that ends
// the text or a sentence ("T18:32:56.") is not part of the clock.
func (t *tagger) digitsAfter(j int, p rune) bool {
	_, ok := t.num(j + 1)
	return ok && t.punct(j, p) && t.adjacent(j) && t.adjacent(j+1)
}

// weekdayPrefix reads "Monday," or "Mon." opening a full date: the ISO
// weekday (0 when none) and the token after it.
func (t *tagger) weekdayPrefix(i int) (int, int) {
	e, ok := t.weekdayName(i, true) // a date follows: the callers check
	if !ok {
		return 0, i
	}
	j := t.skipDot(i + 1)
	if t.punct(j, ',') {
		j++
	}
	return e.weekday, j
}

var monthDateRule = rule{
	name:    "month-date",
	match:   (*tagger).matchMonthDate,
	classes: classWeekday | classMonth,
	examples: []example{
		{"It happened on May 19, 2025.", "May 19, 2025", "2025-05-19", "month-day-year"},
		{"The deal closed Sept. 5.", "Sept. 5", "2024-09-05", "month-day"},
		{"Prices rose in March 2024.", "March 2024", "2024-03", "month-year"},
		{"It began in June last year.", "June last year", "2024-06", "month-relative-year"},
		{"Trump took office in January.", "January", "2025-01", "month"},
	},
}

// matchMonthDate: [Weekday,] Month [Day[,]] [Year]; Month of Year; a month
// alone. Year-less dates resolve by tense.
func (t *tagger) matchMonthDate(i int) (cand, bool) {
	weekday, j := t.weekdayPrefix(i)
	if weekday > 0 {
		if _, _, ok := t.monthAt(j); !ok {
			return cand{}, false
		}
	}
	month, j, ok := t.monthAt(j)
	if !ok {
		return cand{}, false
	}
	day, k, ok := t.dayAt(j)
	if !ok && t.punct(j, ',') {
		// "December, 21st 2012": a comma after the month, then a day and
		// its year
		if d, kk, isOrd := t.ordinalDayAt(j + 1); isOrd && t.yearNext(kk) {
			day, k, ok = d, kk, true
		}
	}
	if !ok {
		// "March third", "march 3rd": an ordinal word is a day only
		// before a break or a year, not "March first-quarter sales".
		if d, kk, isOrd := t.ordinalDayAt(j); isOrd && t.toks[j].kind == tokWord && (t.boundaryAfter(kk-1) || t.yearNext(kk)) {
			day, k, ok = d, kk, true
		}
	}
	if ok {
		y, end, ok := t.yearAfterDay(k)
		if ok && validDate(y, month, day) {
			return absolute(end, "month-day-year", timeline.TypeDate, ymd(y, month, day))
		}
		if t.ok(k) && t.toks[k].kind == tokNum {
			if _, _, ok := t.clockAt(k, dated); !ok {
				return cand{}, false // "May 5 2000 shares"; but "November 20 2 p.m."
			}
		}
		if y, ok := t.laterYear(k); ok && validDate(y, month, day) {
			return absolute(k, "month-day", timeline.TypeDate, ymd(y, month, day)) // "September 14 and 18, 2010"
		}
		return cand{end: k, rule: "month-day", typ: timeline.TypeDate, resolve: func(r *res) {
			r.yearless(month, day, weekday)
		}}, true
	}
	// Month [,|of] Year
	k = j
	if t.punct(k, ',') || t.is(k, "of") {
		k++
	}
	if y, end, ok := t.yearAt(k); ok {
		return absolute(end, "month-year", timeline.TypeDate, ym(y, month))
	}
	if y, end, ok := t.spelledYear(k); ok {
		return absolute(end, "month-year", timeline.TypeDate, ym(y, month))
	}
	// Month this/last/next year
	if (t.is(j, "this") || t.is(j, "last") || t.is(j, "next")) && t.is(j+1, "year") {
		off := map[bool]int{true: -1, false: 1}[t.is(j, "last")]
		if t.is(j, "this") {
			off = 0
		}
		return cand{end: j + 2, rule: "month-relative-year", typ: timeline.TypeDate, resolve: func(r *res) {
			if d, ok := r.fromDCT(fmt.Sprintf("XXXX-%02d", month)); ok {
				r.setAt(date(d.Year()+off, month, 1), timeline.GranularityMonth)
			}
		}}, true
	}
	e := t.lex(i)
	if weekday > 0 || e.monthAbbr && !t.punct(i+1, '.') {
		return cand{}, false
	}
	if y, ok := t.laterYear(j); ok && (t.upper(i) || !e.lowerWeak()) {
		return absolute(j, "month", timeline.TypeDate, ym(y, month)) // "May and June 2011"
	}
	if !t.upper(i) && e.lowerWeak() {
		return cand{}, false // "may", "march" alone in lower case: the verb, the noun
	}
	if e.monthWeak && t.upper(i) || t.toks[i].allUpper {
		prev := t.lex(i - 1)
		if t.hyphen(i - 1) { // "mid-June"
			prev = t.lex(i - 2)
		}
		// "a June agreement", "the March accession": a month naming when
		// the noun after it happened.
		attributive := t.isAny(i-1, monthAttributors) && t.upper(i) &&
			!t.toks[i].allUpper && t.ok(j) && t.toks[j].kind == tokWord && !t.upper(j) && t.lex(j) == nil
		if (prev == nil || !prev.prep || t.boundaryBefore(i)) && !attributive {
			return cand{}, false
		}
	}
	return cand{end: j, rule: "month", typ: timeline.TypeDate, resolve: func(r *res) {
		r.yearlessMonth(month)
	}}, true
}

// yearAfterDay reads the year of a date after its day at k: "2025", ",
// 2025", ", '89", "in the year 1980". It returns the year and the end.
func (t *tagger) yearAfterDay(k int) (int, int, bool) {
	if t.punct(k, ',') {
		k++
	}
	if (t.is(k, "in") || t.is(k, "of")) && t.is(k+1, "the") && t.is(k+2, "year") {
		k += 3
	}
	return t.yearAt(k)
}

// yearNext reports a year at k, after an optional comma.
func (t *tagger) yearNext(k int) bool {
	_, _, ok := t.yearAfterDay(k)
	return ok
}

// boundaryBefore reports that token i starts a sentence or line.
func (t *tagger) boundaryBefore(i int) bool {
	return i <= 0 || i >= len(t.toks) || t.toks[i].newline || t.boundary(i-1)
}

// yearless resolves a month-day without year by tense, or by the weekday
// when one was given ("Monday, Oct. 26" falls on a Monday in one year only).
func (r *res) yearless(month, day, weekday int) {
	dct, ok := r.fromDCT(fmt.Sprintf("XXXX-%02d-%02d", month, day))
	if !ok {
		return
	}
	if weekday > 0 {
		for _, y := range []int{dct.Year(), dct.Year() + 1, dct.Year() - 1} {
			if validDate(y, month, day) && isoWeekday(date(y, month, day)) == weekday {
				r.setAt(date(y, month, day), timeline.GranularityDay)
				return
			}
		}
	}
	tense := r.tenseAt()
	at := func(y int) time.Time {
		if !validDate(y, month, day) { // Feb 29
			return date(y, month, daysIn(y, month))
		}
		return date(y, month, day)
	}
	if y, ok := r.narratedYear(tense); ok {
		r.anchor, r.anchV = timeline.AnchorMention, r.t.last.value
		r.setAt(at(y), timeline.GranularityDay)
		return
	}
	if y, ok := r.rangeStartYear(); ok {
		d := at(y)
		if p := r.t.last; d.Before(p.t) && p.tok >= r.at-1 {
			d = at(y + 1) // "December 28, 2016 – January 3"
		}
		r.anchor, r.anchV = timeline.AnchorMention, r.t.last.value
		r.setAt(d, timeline.GranularityDay)
		return
	}
	if r.since() { // "since March 3"
		r.setAt(lastBegun(dct, at), timeline.GranularityDay)
		return
	}
	r.setAt(nearestYear(dct, tense, at), timeline.GranularityDay)
}

// narratedYear is the year of a story told in the past: "In 2019, a similar
// standoff lasted months. The vote passed on June 4." A year-less date in
// the past tense, close after an earlier year that opened its sentence,
// belongs to that year; a year inside a clause ("a program approved in
// 1987") sets no scene.
func (r *res) narratedYear(tense int) (int, bool) {
	p := r.t.last
	if p == nil || !p.frame || tense != tensePast || r.at-p.tok > 40 || p.g != timeline.GranularityYear {
		return 0, false
	}
	if y := p.t.Year(); y < r.t.dct.Year() {
		return y, true
	}
	return 0, false
}

// yearlessMonth resolves a month without year by tense.
func (r *res) yearlessMonth(month int) {
	dct, ok := r.fromDCT(fmt.Sprintf("XXXX-%02d", month))
	if !ok {
		return
	}
	tense := r.tenseAt()
	cur := date(dct.Year(), int(dct.Month()), 1)
	at := func(y int) time.Time { return date(y, month, 1) }
	if r.since() { // "since January"
		r.setAt(lastBegun(dct, at), timeline.GranularityMonth)
		return
	}
	d := nearestYear(cur, tense, at)
	r.setAt(d, timeline.GranularityMonth)
}

var dayMonthRule = rule{
	name:    "day-month",
	match:   (*tagger).matchDayMonth,
	words:   []string{"the", "twenty", "thirty"},
	classes: classWeekday | classNumber | classOrdinal,
	examples: []example{
		{"It happened on 19 May 2025.", "19 May 2025", "2025-05-19", "day-month-year"},
		{"They met on the 5th of May.", "the 5th of May", "2025-05-05", "day-month"},
	},
}

// matchDayMonth: [the] 19[th] [of] May [,] [2025].
func (t *tagger) matchDayMonth(i int) (cand, bool) {
	// "Tuesday, 3 June": the weekday fixes the year
	weekday, j := t.weekdayPrefix(i)
	if weekday > 0 {
		if _, _, ok := t.dayAt(j + boolInt(t.is(j, "the"))); !ok {
			return cand{}, false
		}
	}
	if t.is(j, "the") {
		j++
	}
	day, k, ok := t.dayAt(j)
	if !ok {
		// "the third of May", "third of march", "thirty first of december"
		if d, kk, isOrd := t.ordinalDayAt(j); isOrd && (j > i || t.is(kk, "of")) {
			day, k, ok = d, kk, true
		}
	}
	if !ok {
		return cand{}, false
	}
	if t.is(k, "of") {
		k++
	}
	month, k, ok := t.monthAt(k)
	if !ok {
		// "Friday 13th", "Tuesday the 14th": the month around publication
		// whose day falls on that weekday
		if weekday > 0 && (t.is(j-1, "the") || t.isAny(j+1, ordinalSuffixes)) && day <= 31 {
			return weekdayDayCand(k, weekday, day), true
		}
		return cand{}, false
	}
	end := k
	if y, e, ok := t.yearAfterDay(k); ok && validDate(y, month, day) {
		return absolute(e, "day-month-year", timeline.TypeDate, ymd(y, month, day))
	}
	if day > 31 {
		return cand{}, false
	}
	if y, ok := t.laterYear(end); ok && validDate(y, month, day) {
		return absolute(end, "day-month", timeline.TypeDate, ymd(y, month, day)) // "14 and 18 September 2010"
	}
	return cand{end: end, rule: "day-month", typ: timeline.TypeDate, resolve: func(r *res) {
		r.yearless(month, day, weekday)
	}}, true
}

// weekdayDayCand resolves day of the month n that falls on weekday wd,
// in the month nearest publication where it does, ending at end.
func weekdayDayCand(end, wd, n int) cand {
	return cand{end: end, rule: "day-month", typ: timeline.TypeDate, resolve: func(r *res) {
		dct, ok := r.fromDCT(fmt.Sprintf("XXXX-XX-%02d", n))
		if !ok {
			return
		}
		var cands []time.Time
		for off := -12; off <= 12; off++ {
			m := addMonths(date(dct.Year(), int(dct.Month()), 1), off)
			if n <= daysIn(m.Year(), int(m.Month())) && isoWeekday(m.AddDate(0, 0, n-1)) == wd {
				cands = append(cands, m.AddDate(0, 0, n-1))
			}
		}
		if len(cands) == 0 {
			r.value, r.anchor = fmt.Sprintf("XXXX-XX-%02d", n), timeline.AnchorMissing
			return
		}
		r.setAt(nearest(dct, r.tenseAt(), cands), timeline.GranularityDay)
	}}
}

var dayOfMonthRule = rule{
	name:  "day-of-month",
	match: (*tagger).matchDayOfMonth,
	words: []string{"the"},
	examples: []example{
		{"The payment is due by the 25th.", "the 25th", "2025-05-25", "day-of-month"},
	},
}

// matchDayOfMonth: "on the 15th", "by the 3rd": a day of the current month
// (or, by tense, of the month before or after).
func (t *tagger) matchDayOfMonth(i int) (cand, bool) {
	// "on the 15th"; "the 24th at 3pm", where the clock says it is a day
	if !t.is(i, "the") || !t.isAny(i-1, dayOfMonthPreps) && !((t.is(i+3, "at") || t.punct(i+3, '@')) && t.clockAfter(i+4)) {
		return cand{}, false
	}
	n, ok := t.num(i + 1)
	if !ok || t.toks[i+1].digits > 2 || n < 1 || n > 31 || !t.adjacent(i+2) || !t.isAny(i+2, ordinalSuffixes) {
		return cand{}, false
	}
	if t.is(i+3, "of") || t.is(i+3, "century") || t.ok(i+3) && t.toks[i+3].kind == tokWord && t.lex(i+3) != nil && t.lex(i+3).unit != unitNone {
		return cand{}, false
	}
	if t.ok(i+3) && t.toks[i+3].kind == tokWord && ordinalNoun(t.text[t.toks[i+3].start:t.toks[i+3].end]) {
		return cand{}, false // "the 25th anniversary": an ordinal
	}
	return cand{end: i + 3, rule: "day-of-month", typ: timeline.TypeDate, resolve: func(r *res) {
		dct, ok := r.fromDCT(fmt.Sprintf("XXXX-XX-%02d", n))
		if !ok {
			return
		}
		var cands []time.Time // the day in this month and the months around it
		for _, off := range []int{-1, 0, 1} {
			if m := addMonths(date(dct.Year(), int(dct.Month()), 1), off); n <= daysIn(m.Year(), int(m.Month())) {
				cands = append(cands, date(m.Year(), int(m.Month()), n))
			}
		}
		r.setAt(nearest(dct, r.tenseAt(), cands), timeline.GranularityDay)
	}}, true
}

// clockAfter reports a clock at k.
func (t *tagger) clockAfter(k int) bool {
	_, _, ok := t.clockAt(k, loose)
	return ok
}

// lastBegun is the latest occurrence of a year-less date (at(y) in year y)
// that is not after dct.
func lastBegun(dct time.Time, at func(y int) time.Time) time.Time {
	if d := at(dct.Year()); !d.After(dct) {
		return d
	}
	return at(dct.Year() - 1)
}

// since reports "since" before the expression (and its modifier): what
// follows has begun, so lies before publication.
func (r *res) since() bool {
	k := r.at - 1
	if e := r.t.lex(k); e != nil && e.mod != "" { // "since early March"
		k--
	}
	return r.t.is(k, "since")
}
