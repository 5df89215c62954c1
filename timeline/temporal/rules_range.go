package temporal

import (
	"fmt"

	"github.com/timeline-dev/timeline/timeline"
)

// Ranges: "from X to Y", "X–Y", "between X and Y", where one side lacks
// what the other says: "May 5–7", "September 14 and 18, 2010", "May and
// June 2011", "January 3, 2017 – February 1st", "3–5 pm", "1850–58", "12
// and 18 months", "the 19th and 20th centuries". TimeML tags both ends;
// each end takes the missing part from the other.

// rangeWord reports a word or mark at k that joins the ends of a range.
func (t *tagger) rangeWord(k int) bool {
	if !t.ok(k) {
		return false
	}
	switch tk := &t.toks[k]; tk.kind {
	case tokPunct:
		return tk.punct == '-' || tk.punct == '–' || tk.punct == '—' || tk.punct == '/' && t.adjacent(k) && t.adjacent(k+1)
	case tokWord:
		switch tk.end - tk.start {
		case 2, 3, 4, 5, 7:
			return t.isAny(k, rangeWords)
		}
	}
	return false
}

// laterYear reads the year the other end of a range after k writes:
// "and 18, 2010", "– Sept. 3, 2010", "and June 2011". It reports false
// when k begins no range or its end has no year.
func (t *tagger) laterYear(k int) (int, bool) {
	if !t.rangeWord(k) {
		return 0, false
	}
	j := k + 1
	if _, jj, ok := t.monthAt(j); ok {
		j = jj
	}
	if _, jj, ok := t.dayAt(j); ok {
		j = jj
	} else if _, jj, ok := t.ordinalDayAt(j); ok && jj > j+1 {
		j = jj
	}
	if j == k+1 {
		return 0, false
	}
	y, _, ok := t.yearAfterDay(j)
	return y, ok
}

// rangeStartYear is the year of the date that opens a range ending right
// before the date resolved into r ("January 3, 2017 – February 1st"), or,
// without a tense, of a date written whole just before it ("July 12th,
// 2014. July 13th, July 14th"): the year the year-less date shares.
func (r *res) rangeStartYear() (int, bool) {
	p := r.t.last
	if p == nil || !p.abs || granRank[p.g] > granRank[timeline.GranularityYear] {
		return 0, false
	}
	if p.tok == r.at-1 && r.t.rangeWord(r.at-1) || r.at-p.tok <= 12 && r.tenseAt() == tenseNone {
		r.textYear = true
		return p.t.Year(), true
	}
	return 0, false
}

// rangeYear reads the second year of a range of years at i, after the
// year that ended at i-1: the "58" of "1850-58", the "1941" of
// "1940/1941".
func (t *tagger) rangeYear(i, n int) (cand, bool) {
	p := t.last
	if p == nil || p.g != timeline.GranularityYear || !p.abs || p.tok != i-1 || !t.rangeWord(i-1) || t.is(i-1, "and") {
		return cand{}, false
	}
	if t.ok(i+1) && t.adjacent(i+1) && t.toks[i+1].kind != tokPunct {
		return cand{}, false
	}
	y := p.t.Year()
	switch t.toks[i].digits {
	case 2:
		if n <= y%100 {
			return cand{}, false
		}
		y = y/100*100 + n
	case 4:
		if n <= y || n > y+100 {
			return cand{}, false
		}
		y = n
	default:
		return cand{}, false
	}
	return absolute(i+1, "range-year", timeline.TypeDate, fmt.Sprintf("%04d", y))
}

// sharedUnit reads the first count of "12 and 18 months", "two or three
// days", "3-5 years" at i: a duration in the unit the second count names.
func (t *tagger) sharedUnit(i int) (cand, bool) {
	if !t.listMark(i+1) && !t.listMark(i+2) {
		return cand{}, false // a count with no second count after it
	}
	c, j, ok := t.parseCount(i)
	// "2 to 4 months" is one span in TimeBank as often as two.
	if !ok || c.unknown || c.article || !t.listMark(j) {
		return cand{}, false
	}
	c2, k, ok := t.parseCount(j + 1)
	if !ok || c2.unknown || c2.article || t.toks[j+1].kind != t.toks[i].kind {
		return cand{}, false
	}
	u, _, ok := t.unitAt(k)
	if !ok || t.lex(k) == nil || !t.lex(k).plural {
		return cand{}, false
	}
	return cand{end: j, rule: "duration", typ: timeline.TypeDuration, value: durationValue(c, u)}, true
}

// listMark reports "and", "or" or a dash at k, which join two counts.
func (t *tagger) listMark(k int) bool {
	if !t.ok(k) {
		return false
	}
	switch tk := &t.toks[k]; tk.kind {
	case tokPunct:
		return tk.punct == '-' || tk.punct == '–'
	case tokWord:
		return t.is(k, "and") || t.is(k, "or")
	}
	return false
}

// clockRange reads the other end of a range of clocks after k, "– 5 pm",
// "to 9:41 a.m. on April 10th": its half of the day when it names one,
// and its day.
func (t *tagger) clockRange(k int) (clock, cand, bool, bool) {
	// "and" joins a range only after "between": "between 2 and 4 pm"
	if !t.rangeWord(k) || t.is(k, "and") && !t.is(t.rangeStart(k), "between") {
		return clock{}, cand{}, false, false
	}
	c, j, ok := t.clockAt(k+1, strict)
	if !ok {
		return clock{}, cand{}, false, false
	}
	j = t.clockPart(j, &c)
	day, hasDay, _ := t.dayOfClockAt(j, &c)
	return c, day, hasDay, true
}

// rangeTime reads a bare hour at i that opens a range of clocks: the "3"
// of "3–5 pm", which takes the other end's half of the day.
func (t *tagger) rangeTime(i int) (clock, int, bool) {
	h, ok := t.num(i)
	if !ok || t.toks[i].digits > 2 || h < 1 || h > 12 {
		return clock{}, i, false
	}
	end, _, _, ok := t.clockRange(i + 1)
	if !ok || !end.halfKnown || end.h == 24 {
		return clock{}, i, false
	}
	c := clock{h: h, rule: "clock", halfKnown: true}
	if end.h >= 12 && h < end.h-12 || end.h >= 12 && h == 12 {
		c.h = h%12 + 12
	}
	return c, i + 1, true
}

// rangeStart is the token before the start of the range whose joining word
// is at k: the "between" of "between 2 and 4 pm".
func (t *tagger) rangeStart(k int) int {
	j := k - 1
	for j > 0 && k-j < 4 && (t.toks[j].kind == tokNum || t.toks[j].kind == tokPunct && t.toks[j].punct == ':' || t.lex(j) != nil && t.lex(j).numberWord) {
		j--
	}
	return j
}
