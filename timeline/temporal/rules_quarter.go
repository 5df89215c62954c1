package temporal

import (
	"fmt"

	"github.com/timeline-dev/timeline/timeline"
)

var quarterRule = rule{
	name:    "quarter",
	match:   (*tagger).matchQuarter,
	words:   []string{"the", "this", "last", "next", "fiscal", "q", "h"},
	classes: classNumber | classApostrophe | classOrdinal | classUnit,
	examples: []example{
		{"Profit rose in the third quarter of 2024.", "the third quarter of 2024", "2024-Q3", "quarter"},
		{"Sales fell in Q3 2024.", "Q3 2024", "2024-Q3", "quarter"},
		{"Profit rose in the first half.", "the first half", "2025-H1", "quarter"},
	},
}

// quarterPhrase is what matchQuarter has read of a quarter or a half.
type quarterPhrase struct {
	the     bool // it began with "the"
	j       int  // the next token to read
	year    int  // the year named, when hasYear
	hasYear bool
	yearOff int // the year's offset from publication, when relYear
	relYear bool
	n       int  // which quarter (1..4) or half (1..2); 0 for the latest
	u       unit // unitQuarter or unitHalf
	latest  bool // "the latest quarter", "the current quarter", "the quarter"
}

// code is the letter of the unit in values: 2025-Q3, 2025-H1.
func (q *quarterPhrase) code() string {
	if q.u == unitHalf {
		return "H"
	}
	return "Q"
}

// granularity is the granularity of the unit and its length in months.
func (q *quarterPhrase) granularity() (timeline.Granularity, int) {
	if q.u == unitHalf {
		return timeline.GranularityHalf, 6
	}
	return timeline.GranularityQuarter, 3
}

// matchQuarter: [the] [fiscal] third quarter [of 2025 | 2025], third-quarter,
// Q3 2025, the first half [of 2025], first-half; the latest/current quarter.
func (t *tagger) matchQuarter(i int) (cand, bool) {
	q := quarterPhrase{the: t.is(i, "the"), j: i}
	if q.the {
		q.j++
	}
	if c, ok := t.quarterYearBack(&q); ok {
		return c, true
	}
	if c, ok := t.quarterOfYear(&q); ok {
		return c, true
	}
	if t.is(q.j, "fiscal") {
		q.j++
		if t.hyphen(q.j) {
			q.j++
		}
	}
	if q.the && (t.is(q.j, "latest") || t.is(q.j, "current")) && t.is(q.j+1, "period") {
		return latestPeriod(q.j + 2), true
	}
	if !t.quarterCount(i, &q) {
		return cand{}, false
	}
	// "the third-quarter profit": the article belongs to the noun.
	if q.the && t.hyphen(q.j-2) && t.ok(q.j) && t.toks[q.j].kind == tokWord && !t.is(q.j, "of") {
		c, ok := t.matchQuarter(i + 1)
		c.skip = 1
		return c, ok
	}
	end := t.quarterYear(&q)
	if q.hasYear && q.n > 0 {
		return absolute(end, "quarter", timeline.TypeDate, fmt.Sprintf("%04d-%s%d", q.year, q.code(), q.n))
	}
	if !q.the && q.latest || q.n == 0 && !q.latest {
		return cand{}, false
	}
	return t.relativeQuarter(i, end, q), true
}

// quarterYearBack reads "last year's quarter", "the corresponding period
// last year", "the comparable quarter a year ago": the quarter in focus, a
// year back. Before a quarter's name ("last year's third quarter") it only
// records the year.
func (t *tagger) quarterYearBack(q *quarterPhrase) (cand, bool) {
	j := q.j
	if (t.is(j, "this") || t.is(j, "last") || t.is(j, "next")) && t.is(j+1, "year") && t.punct(j+2, '\'') && t.is(j+3, "s") {
		q.yearOff, q.relYear = relOffset(t.lex(j).rel), true
		j += 4
		q.j = j
		if t.is(j, "quarter") || t.is(j, "period") {
			return t.shiftedFocus(j+1, q.yearOff), true
		}
	}
	if q.the && (t.is(j, "corresponding") || t.is(j, "comparable") || t.is(j, "same")) && (t.is(j+1, "quarter") || t.is(j+1, "period")) {
		switch {
		case t.is(j+2, "last") && t.is(j+3, "year"):
			return t.shiftedFocus(j+4, -1), true
		case t.is(j+2, "a") && t.is(j+3, "year") && (t.is(j+4, "ago") || t.is(j+4, "earlier")):
			return t.shiftedFocus(j+5, -1), true
		}
	}
	return cand{}, false
}

// quarterOfYear reads a year before the quarter: "the 1989 third quarter"
// records the year; "the 1988 quarter", "the 1989 period" is the quarter
// under discussion, in that year.
func (t *tagger) quarterOfYear(q *quarterPhrase) (cand, bool) {
	y, k, ok := t.yearAt(q.j)
	switch {
	case ok && t.isAny(k, quarterOrdinals):
		q.year, q.hasYear, q.j = y, true, k
	case ok && q.the && (t.is(k, "quarter") || t.is(k, "period")):
		return cand{end: k + 1, rule: "year-quarter", typ: timeline.TypeDate, resolve: func(r *res) {
			if p := r.t.last; p != nil && p.g == timeline.GranularityQuarter {
				r.anchor, r.anchV = timeline.AnchorMention, p.value
				r.setAt(date(y, int(p.t.Month()), 1), timeline.GranularityQuarter)
				return
			}
			r.value = fmt.Sprintf("%04d", y)
			r.anchor = timeline.AnchorNone
		}}, true
	}
	return cand{}, false
}

// latestPeriod: "the latest period", the quarter just reported, ending at
// end.
func latestPeriod(end int) cand {
	return cand{end: end, rule: "quarter", typ: timeline.TypeDate, resolve: func(r *res) {
		if dct, ok := r.fromDCT("XXXX-QX"); ok {
			r.setAt(addMonths(truncate(dct, timeline.GranularityQuarter), -3), timeline.GranularityQuarter)
		}
	}}
}

// quarterCount reads which quarter or half ("third quarter", "Q3", "H1",
// "the last quarter", "the latest quarter", "the quarter") into q, and
// reports false when there is none.
func (t *tagger) quarterCount(i int, q *quarterPhrase) bool {
	j := q.j
	switch e := t.lex(j); {
	case e != nil && e.ordinal != 0:
		q.n = e.ordinal
		j++
		if t.hyphen(j) {
			j++
		}
	case t.is(j, "q") && t.adjacent(j+1):
		if n, ok := t.num(j + 1); ok && n >= 1 && n <= 4 && t.toks[j+1].digits == 1 {
			q.n, q.u, j = n, unitQuarter, j+2
		}
	case t.is(j, "h") && t.adjacent(j+1):
		if n, ok := t.num(j + 1); ok && n >= 1 && n <= 2 && t.toks[j+1].digits == 1 {
			q.n, q.u, j = n, unitHalf, j+2
		}
	case q.the && (t.is(j, "latest") || t.is(j, "current")):
		q.latest = true
		j++
	case q.the && t.is(j, "quarter"):
		q.latest = true
	}
	if q.u == unitNone {
		e := t.lex(j)
		if e == nil || (e.unit != unitQuarter && e.unit != unitHalf) || e.plural {
			return false
		}
		q.u = e.unit
		j++
	}
	q.j = j
	if q.u == unitHalf && q.latest {
		return false
	}
	if q.n < 0 { // "the last quarter"
		q.n = 4
		if q.u == unitHalf {
			q.n = 2
		}
	}
	if q.u == unitQuarter && q.n > 4 || q.u == unitHalf && q.n > 2 {
		return false
	}
	// "last quarter" without "the" is matchRelative's.
	return q.the || q.latest || q.n <= 0 || !t.is(i, "last")
}

// quarterYear reads the year after a quarter ("of 2025", ", 2025", "2025",
// "of next year") into q and returns the end of the expression.
func (t *tagger) quarterYear(q *quarterPhrase) int {
	if q.hasYear {
		return q.j
	}
	k := q.j
	if t.is(k, "of") || t.punct(k, ',') {
		k++
	}
	if y, end, ok := t.yearAt(k); ok {
		q.year, q.hasYear = y, true
		return end
	}
	if t.is(q.j, "of") && (t.is(k, "this") || t.is(k, "last") || t.is(k, "next")) && t.is(k+1, "year") {
		// "the second half of next year"
		q.yearOff, q.relYear = relOffset(t.lex(k).rel), true
		return k + 2
	}
	if t.is(q.j, "of") && t.is(k, "the") && t.is(k+1, "year") && !t.is(k+2, "before") && !t.is(k+2, "after") {
		// "the second half of the year": of the year in focus, this one.
		q.yearOff, q.relYear = 0, true
		return k + 2
	}
	return q.j
}

// relativeQuarter is a quarter or half without a year, on tokens [i, end).
func (t *tagger) relativeQuarter(i, end int, q quarterPhrase) cand {
	reported := t.is(i+1, "latest") // "the latest quarter": the last one reported
	bare := t.is(i+1, "quarter")    // "the quarter"
	return cand{end: end, rule: "quarter", typ: timeline.TypeDate, resolve: func(r *res) {
		if q.latest {
			r.latestQuarter(q, reported, bare)
		} else {
			r.nthQuarter(q)
		}
	}}
}

// latestQuarter resolves "the latest quarter", "the current quarter", "the
// quarter": the one in focus, else the current one or, when reported or
// bare, the one before it.
func (r *res) latestQuarter(q quarterPhrase, reported, bare bool) {
	g, months := q.granularity()
	if p := r.t.last; p != nil && p.g == g && !reported {
		r.anchor, r.anchV = timeline.AnchorMention, p.value
		r.setAt(p.t, g)
		return
	}
	if p, ok := r.quarterFocus(); ok && g == timeline.GranularityQuarter && !reported {
		r.anchor, r.anchV = timeline.AnchorMention, p.value
		r.setAt(p.t, g)
		return
	}
	dct, ok := r.fromDCT(fmt.Sprintf("XXXX-%sX", q.code()))
	if !ok {
		return
	}
	cur := truncate(dct, g)
	if reported || bare && q.u == unitQuarter {
		cur = addMonths(cur, -months)
	}
	r.setAt(cur, g)
}

// nthQuarter resolves "the third quarter" without a year: in the year the
// relative year names, else of publication, or the year before when that
// quarter is yet to come and the clause is in the past.
func (r *res) nthQuarter(q quarterPhrase) {
	g, months := q.granularity()
	dct, ok := r.fromDCT(fmt.Sprintf("XXXX-%s%d", q.code(), q.n))
	if !ok {
		return
	}
	y := dct.Year()
	if q.relYear {
		y += q.yearOff
	} else if start := date(y, (q.n-1)*months+1, 1); start.After(dct) && r.tenseAt() == tensePast {
		y--
	}
	r.setAt(date(y, (q.n-1)*months+1, 1), g)
}

// shiftedFocus is the quarter in focus moved by off years, ending at token
// end: "last year's quarter". Without a quarter in focus it is the year.
func (t *tagger) shiftedFocus(end, off int) cand {
	return cand{end: end, rule: "quarter-focus", typ: timeline.TypeDate, lookBack: off < 0, resolve: func(r *res) {
		if p, ok := r.quarterFocus(); ok {
			r.anchor, r.anchV = timeline.AnchorMention, p.value
			r.setAt(shift(p.t, unitYear, off), timeline.GranularityQuarter)
			return
		}
		if dct, ok := r.fromDCT("XXXX"); ok {
			r.setAt(shift(dct, unitYear, off), timeline.GranularityYear)
		}
	}}
}
