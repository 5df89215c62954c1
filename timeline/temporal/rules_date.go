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
func ym(y, m int) string     { return fmt.Sprintf("%04d-%02d", y, m) }

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
	if (t.punct(j, ':') || t.punct(j, '.') || t.punct(j, ',')) && t.ok(j+1) && t.toks[j+1].kind == tokNum && t.adjacent(j) && t.adjacent(j+1) {
		return 0, i, false // 5:30, 5.5, 5,000
	}
	if t.punct(j, '%') || t.is(j, "percent") || t.is(j, "per") {
		return 0, i, false
	}
	return n, j, true
}

// monthAt reads a capitalised month name or abbreviation at i.
func (t *tagger) monthAt(i int) (int, int, bool) {
	e := t.lex(i)
	if e == nil || e.month == 0 || !t.upper(i) {
		return 0, i, false
	}
	j := i + 1
	if e.monthAbbr {
		if t.punct(j, '.') && t.adjacent(j) {
			j++
		} else if _, _, ok := t.dayAt(j); !ok {
			if _, _, ok := t.yearAt(j); !ok {
				return 0, i, false
			}
		}
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
		{"Logged at 2025-05-19T15:30Z by staff.", "2025-05-19T15:30Z", "2025-05-19T15:30", "numeric-date"},
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
	case da == 4 && db <= 2 && dc <= 2 && s1 != '.':
		y, m, d = a, b, c
	case da <= 2 && db <= 2 && (dc == 4 || dc == 2) && s1 != '-':
		y = c
		if dc == 2 {
			y += 1900
			if c < 50 {
				y += 100
			}
		}
		if s1 == '.' || a > 12 { // European order
			d, m = a, b
		} else {
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
	typ := timeline.TypeDate
	// ISO time part: T15:30[:00][Z|+02:00]
	if da == 4 && t.ok(end) && t.adjacent(end) && t.toks[end].kind == tokWord && (t.text[t.toks[end].start] == 'T') {
		if h, mi, j, ok := t.isoClock(end); ok {
			value += fmt.Sprintf("T%02d:%02d", h, mi)
			typ = timeline.TypeTime
			end = j
		}
	}
	return absolute(end, "numeric-date", typ, value)
}

// isoClock reads "T15:30[:00][Z|±hh:mm]" starting at the T token.
func (t *tagger) isoClock(i int) (int, int, int, bool) {
	tk := t.toks[i]
	w := t.text[tk.start:tk.end]
	if w != "T" {
		return 0, 0, i, false
	}
	h, ok := t.num(i + 1)
	if !ok || !t.adjacent(i+1) || !t.punct(i+2, ':') {
		return 0, 0, i, false
	}
	mi, ok := t.num(i + 3)
	if !ok || h > 24 || mi > 59 {
		return 0, 0, i, false
	}
	j := i + 4
	if t.punct(j, ':') && t.adjacent(j) {
		if _, ok := t.num(j + 1); ok {
			j += 2
			if t.punct(j, '.') && t.adjacent(j) {
				j += 2
			}
		}
	}
	if t.adjacent(j) && t.ok(j) && t.text[t.toks[j].start:t.toks[j].end] == "Z" {
		j++
	} else if (t.punct(j, '+') || t.punct(j, '-')) && t.adjacent(j) {
		if _, ok := t.num(j + 1); ok {
			j += 2
			if t.punct(j, ':') && t.adjacent(j) {
				j += 2
			}
		}
	}
	return h, mi, j, true
}

// weekdayPrefix reads "Monday," or "Mon." opening a full date: the ISO
// weekday (0 when none) and the token after it.
func (t *tagger) weekdayPrefix(i int) (int, int) {
	e := t.lex(i)
	if e == nil || e.weekday == 0 || !t.upper(i) {
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
	if day, k, ok := t.dayAt(j); ok {
		end := k
		y, ok := 0, false
		if t.punct(k, ',') {
			y, end, ok = t.yearAt(k + 1)
		} else {
			y, end, ok = t.yearAt(k)
		}
		if ok && validDate(y, month, day) {
			return absolute(end, "month-day-year", timeline.TypeDate, ymd(y, month, day))
		}
		if t.ok(k) && t.toks[k].kind == tokNum {
			return cand{}, false
		}
		return cand{end: k, rule: "month-day", typ: timeline.TypeDate, resolve: func(r *res) {
			r.yearless(month, day, weekday)
		}}, true
	}
	// Month [,|of] Year
	k := j
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
	if e.monthWeak || t.toks[i].allUpper {
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
	words:   []string{"the"},
	classes: classWeekday | classNumber,
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
		if _, _, ok := t.dayAt(j); !ok {
			return cand{}, false
		}
	}
	if t.is(j, "the") {
		j++
	}
	day, k, ok := t.dayAt(j)
	if !ok {
		if e := t.lex(j); e != nil && e.ordinal > 0 && j > i {
			day, k, ok = e.ordinal, j+1, true
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
		return cand{}, false
	}
	end := k
	if t.punct(k, ',') {
		k++
	}
	if y, e, ok := t.yearAt(k); ok && validDate(y, month, day) {
		return absolute(e, "day-month-year", timeline.TypeDate, ymd(y, month, day))
	}
	if day > 31 {
		return cand{}, false
	}
	return cand{end: end, rule: "day-month", typ: timeline.TypeDate, resolve: func(r *res) {
		r.yearless(month, day, weekday)
	}}, true
}

// spelledYear reads "nineteen ninety-six", "two thousand", "two thousand
// and one" at i.
func (t *tagger) spelledYear(i int) (int, int, bool) {
	if t.is(i, "two") && t.is(i+1, "thousand") {
		y, j := 2000, i+2
		k := j
		if t.is(k, "and") {
			k++
		}
		if c, e, ok := t.parseCount(k); ok && !c.article && !c.unknown && c.n < 100 && t.toks[k].kind == tokWord {
			y, j = y+int(c.n), e
		}
		return y, j, true
	}
	e := t.lex(i)
	if e == nil || !e.numberWord || e.number < 11 || e.number > 20 {
		return 0, i, false
	}
	c, j, ok := t.parseCount(i + 1)
	if !ok || c.article || c.unknown || c.n < 10 || c.n > 99 || t.toks[i+1].kind != tokWord {
		return 0, i, false
	}
	return e.number*100 + int(c.n), j, true
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
	if !t.is(i, "the") || !t.isAny(i-1, dayOfMonthPreps) {
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

var yearRule = rule{
	name:    "year",
	match:   (*tagger).matchYear,
	words:   []string{"the", "fiscal", "fy"},
	classes: classNumber | classApostrophe | classNumberWord,
	examples: []example{
		{"He lost the election in 2020.", "2020", "2020", "year"},
		{"Sales fell in fiscal 2024.", "fiscal 2024", "2024", "fiscal-year"},
		{"It was built in nineteen ninety-six.", "nineteen ninety-six", "1996", "spelled-year"},
	},
}

// matchYear: a year alone ("in 2020"), "fiscal 1989", "the year 2000",
// "FY2025".
func (t *tagger) matchYear(i int) (cand, bool) {
	j := i
	rule := "year"
	switch {
	case t.is(j, "fiscal"):
		j++
		if t.is(j, "year") {
			j++
		}
		rule = "fiscal-year"
	case t.is(j, "the") && t.is(j+1, "year"):
		j += 2
	case t.is(j, "fy"):
		j++
		rule = "fiscal-year"
		// "FY24", "FY 24": a two-digit fiscal year
		if n, ok := t.num(j); ok && t.toks[j].digits == 2 && !(t.ok(j+1) && t.adjacent(j+1) && t.toks[j+1].kind != tokPunct) {
			y := 2000 + n
			if n >= 50 {
				y = 1900 + n
			}
			return absolute(j+1, rule, timeline.TypeDate, fmt.Sprintf("%04d", y))
		}
	}
	y, end, ok := t.yearAt(j)
	if !ok {
		if y, end, ok := t.spelledYear(j); ok {
			return absolute(end, "spelled-year", timeline.TypeDate, fmt.Sprintf("%04d", y))
		}
		return cand{}, false
	}
	if j == i && !t.plausibleYear(i, y) {
		return cand{}, false
	}
	return absolute(end, rule, timeline.TypeDate, fmt.Sprintf("%04d", y))
}

// plausibleYear rejects four-digit numbers that are amounts, codes or counts.
func (t *tagger) plausibleYear(i, y int) bool {
	if t.punct(i, '\'') {
		prev := t.lex(i - 1)
		return prev != nil && prev.prep
	}
	if i > 0 {
		p := t.toks[i-1]
		if p.kind == tokPunct && !t.toks[i].gap {
			switch p.punct {
			case '$', '€', '£', '¥', '#', '+', '-', '/', ':', '.', '–':
				// 2009-2010 is a range of years; 555-2020 is not.
				// 2009-2010 is a range of years and mid-2026 a date; 555-2020 is not.
				if (p.punct == '-' || p.punct == '–') && i >= 2 && (t.toks[i-2].kind == tokNum && t.toks[i-2].digits == 4 || t.toks[i-2].kind == tokWord) {
					break
				}
				return false
			}
		}
		if p.kind == tokPunct && (p.punct == '$' || p.punct == '€' || p.punct == '£') {
			return false
		}
		if t.isAny(i-1, codeNouns) {
			return false
		}
	}
	if t.ok(i + 1) {
		n := t.toks[i+1]
		if n.kind == tokPunct && (n.punct == '%' || n.punct == ':' || (n.punct == '-' || n.punct == '/') && !n.gap && t.ok(i+2) && t.toks[i+2].kind == tokNum && t.toks[i+2].digits != 4 && t.toks[i+2].digits != 2) {
			return false
		}
		// "close at 2082.1": a decimal is an amount.
		if n.kind == tokPunct && n.punct == '.' && !n.gap && t.ok(i+2) && t.toks[i+2].kind == tokNum && !t.toks[i+2].gap {
			return false
		}
		if n.kind == tokWord && nonYearNoun(t.text[n.start:n.end]) {
			return false
		}
	}
	if y < 1900 || y > 2100 {
		prev := t.lex(i - 1)
		return prev != nil && prev.prep
	}
	return true
}

func toLowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			b := []byte(s)
			for k := i; k < len(b); k++ {
				if b[k] >= 'A' && b[k] <= 'Z' {
					b[k] |= 0x20
				}
			}
			return string(b)
		}
	}
	return s
}

var decadeRule = rule{
	name:    "decade",
	match:   (*tagger).matchDecade,
	words:   []string{"the"},
	classes: classNumber | classApostrophe | classOrdinal,
	examples: []example{
		{"It was built in the 1990s.", "the 1990s", "199", "decade"},
		{"It was a hit in the '80s.", "the '80s", "198", "decade"},
		{"It was built in the 19th century.", "the 19th century", "18", "century"},
	},
}

// matchDecade: the 1990s, 1990s, the '90s, the nineties; the 20th century,
// the twentieth century.
func (t *tagger) matchDecade(i int) (cand, bool) {
	j := i
	the := t.is(j, "the")
	if the {
		j++
	}
	// 1990s / '90s / 90s
	if t.punct(j, '\'') {
		if n, ok := t.num(j + 1); ok && t.toks[j+1].digits == 2 && n%10 == 0 && t.adjacent(j+1) && t.is(j+2, "s") && t.adjacent(j+2) {
			return absolute(j+3, "decade", timeline.TypeDate, fmt.Sprintf("19%d", n/10))
		}
	}
	if n, ok := t.num(j); ok && t.is(j+1, "s") && t.adjacent(j+1) && n%10 == 0 {
		switch t.toks[j].digits {
		case 4:
			if n%100 == 0 && n < 2000 && the { // the 1900s; but the 2000s is a decade
				return absolute(j+2, "century", timeline.TypeDate, fmt.Sprintf("%02d", n/100))
			}
			return absolute(j+2, "decade", timeline.TypeDate, fmt.Sprintf("%03d", n/10))
		case 2:
			// "the 80s", "the late 80s"; not "in his 80s", an age.
			if the || t.lex(i-1) != nil && t.lex(i-1).mod != "" && !t.is(i-2, "his") && !t.is(i-2, "her") && !t.is(i-2, "their") {
				return absolute(j+2, "decade", timeline.TypeDate, fmt.Sprintf("19%d", n/10))
			}
		}
	}
	if the {
		if t.ok(j) && t.toks[j].kind == tokWord {
			w := toLowerASCII(t.text[t.toks[j].start:t.toks[j].end])
			if d, ok := decadeWords[w]; ok {
				return absolute(j+1, "decade", timeline.TypeDate, fmt.Sprintf("19%d", d))
			}
		}
	}
	// centuries: the 20th century, the twentieth century
	c := 0
	k := j
	if n, ok := t.num(j); ok && t.toks[j].digits <= 2 && t.adjacent(j+1) && t.isAny(j+1, ordinalSuffixes) {
		c, k = n, j+2
	} else if e := t.lex(j); e != nil && e.ordinal > 0 {
		c, k = e.ordinal, j+1
	}
	if c > 0 && t.is(k, "century") {
		if t.hyphen(k + 1) { // 19th-century painter: an adjective, still a date
			return absolute(k+1, "century", timeline.TypeDate, fmt.Sprintf("%02d", c-1))
		}
		return absolute(k+1, "century", timeline.TypeDate, fmt.Sprintf("%02d", c-1))
	}
	return cand{}, false
}

var seasonRule = rule{
	name:    "season",
	match:   (*tagger).matchSeason,
	words:   []string{"the"},
	classes: classSeason,
	examples: []example{
		{"The store opens in the fall.", "the fall", "2025-FA", "season"},
		{"It was built in the summer of 2024.", "the summer of 2024", "2024-SU", "season-year"},
	},
}

// matchSeason: [the] summer [of] [2024]; a season alone needs a preposition
// or "the" (the verb "fall" is common).
func (t *tagger) matchSeason(i int) (cand, bool) {
	j := i
	the := t.is(j, "the")
	if the {
		j++
	}
	e := t.lex(j)
	if e == nil || e.season == "" {
		return cand{}, false
	}
	s := e.season
	k := j + 1
	if t.is(k, "of") || t.punct(k, ',') {
		k++
	}
	if y, end, ok := t.yearAt(k); ok {
		return absolute(end, "season-year", timeline.TypeDate, fmt.Sprintf("%04d-%s", y, s))
	}
	if y, end, ok := t.spelledYear(k); ok {
		return absolute(end, "season-year", timeline.TypeDate, fmt.Sprintf("%04d-%s", y, s))
	}
	prev := t.lex(i - 1)
	if !the && (prev == nil || !prev.prep || t.is(i-1, "to") && t.ok(j+1) && t.toks[j+1].kind == tokWord) {
		return cand{}, false // "to fall apart": the verb
	}
	if t.ok(j+1) && t.toks[j+1].kind == tokWord && !t.toks[j+1].gap {
		return cand{}, false
	}
	// "the fall of Rome", "spring break": only when not followed by "of" + noun.
	if t.is(j+1, "of") {
		return cand{}, false
	}
	return cand{end: j + 1, rule: "season", typ: timeline.TypeDate, resolve: func(r *res) {
		dct, ok := r.fromDCT("XXXX-" + s)
		if !ok {
			return
		}
		tense := r.tenseAt()
		d := nearestYear(dct, tense, func(y int) time.Time { return date(y, 3+3*seasonOrder[s], 1) })
		r.setAt(d, timeline.GranularitySeason)
	}}, true
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
