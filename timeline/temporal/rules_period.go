package temporal

import (
	"fmt"

	"github.com/timeline-dev/timeline/timeline"
)

var currentUnitRule = rule{
	name:  "current-unit",
	match: (*tagger).matchCurrentUnit,
	words: []string{"the", "year"},
	examples: []example{
		{"Sales rose during the year.", "the year", "2025", "current-unit"},
		{"The plan is due by year-end.", "year-end", "2025", "year-end"},
		{"Sales in the year-ago period were weak.", "the year-ago period", "2024", "year-ago"},
	},
}

// matchCurrentUnit: "the year", "the week", "the weekend", "the fiscal
// year", "the full year", "the current fiscal year", and the year-ago
// comparisons of financial news ("the year-ago quarter", "year-earlier").
func (t *tagger) matchCurrentUnit(i int) (cand, bool) {
	j := i
	the := t.is(j, "the")
	if the {
		j++
	}
	if t.is(j, "year") && t.hyphen(j+1) && (t.is(j+2, "ago") || t.is(j+2, "earlier")) {
		return t.yearAgo(j+3, the)
	}
	if c, ok := t.yearEnd(j); ok {
		return c, true
	}
	if !the {
		return cand{}, false
	}
	if t.is(j, "current") || t.is(j, "full") {
		j++
	}
	if t.is(j, "fiscal") {
		j++
	}
	e := t.lex(j)
	if e == nil || e.plural || (e.unit != unitYear && e.unit != unitMonth && e.unit != unitWeek && e.unit != unitWeekend) {
		return cand{}, false
	}
	if e.unit == unitWeek && t.is(j+1, "of") {
		if c, ok := t.weekOf(j + 2); ok {
			return c, true
		}
	}
	// "the week before the vote" dates an event we cannot see; but "over
	// the weekend after forming" is the current weekend.
	if (t.is(j+1, "before") || t.is(j+1, "after")) && !t.gerund(j+2) || t.is(j+1, "of") || t.hyphen(j+1) {
		return cand{}, false
	}
	// "the year ended March 31": twelve months up to the date that
	// follows (tagged on its own), TimeML's duration.
	if e.unit == unitYear && (t.is(j+1, "ended") || t.is(j+1, "ending")) {
		return absolute(j+1, "period-ended", timeline.TypeDuration, "P1Y")
	}
	return currentUnit(j+1, e.unit), true
}

// yearAgo: "year-ago", "year-earlier" [period | quarter | third quarter],
// the hyphenated words ending before k. With "the", a period must follow.
func (t *tagger) yearAgo(k int, the bool) (cand, bool) {
	end, quarter := k, false
	if e := t.lex(end); e != nil && e.ordinal > 0 && e.ordinal <= 4 && t.is(end+1, "quarter") {
		// "the year-earlier first quarter": that quarter a year back
		n := e.ordinal
		return cand{end: end + 2, rule: "year-ago", typ: timeline.TypeDate, lookBack: true, resolve: func(r *res) {
			if dct, ok := r.fromDCT(fmt.Sprintf("XXXX-Q%d", n)); ok {
				r.setAt(date(dct.Year()-1, 3*n-2, 1), timeline.GranularityQuarter)
			}
		}}, true
	} else if t.is(end, "quarter") || t.is(end, "period") {
		end, quarter = end+1, true
	} else if the {
		return cand{}, false
	}
	return cand{end: end, rule: "year-ago", typ: timeline.TypeDate, lookBack: true, resolve: func(r *res) {
		if p, ok := r.quarterFocus(); ok && (quarter || !the) {
			r.anchor, r.anchV = timeline.AnchorMention, p.value
			r.setAt(addMonths(p.t, -12), timeline.GranularityQuarter)
			return
		}
		if dct, ok := r.fromDCT("XXXX"); ok {
			r.setAt(addMonths(dct, -12), timeline.GranularityYear)
		}
	}}, true
}

// yearEnd: "year end", "year-end", "year's end" at j: the end of the
// current year.
func (t *tagger) yearEnd(j int) (cand, bool) {
	if !t.is(j, "year") {
		return cand{}, false
	}
	var end int
	switch {
	case t.is(j+1, "end"):
		end = j + 2
	case t.hyphen(j+1) && t.is(j+2, "end"):
		end = j + 3
	case t.punct(j+1, '\'') && t.is(j+2, "s") && t.is(j+3, "end"):
		end = j + 4
	default:
		return cand{}, false
	}
	return cand{end: end, rule: "year-end", typ: timeline.TypeDate, mod: "END", resolve: func(r *res) {
		if d, ok := r.fromDCT("XXXX"); ok {
			r.setAt(d, timeline.GranularityYear)
		}
	}}, true
}

// weekOf: "the week of March 6", the day at k: the week holding that day.
func (t *tagger) weekOf(k int) (cand, bool) {
	for _, m := range []matcher{(*tagger).matchMonthDate, (*tagger).matchDayMonth} {
		if day, ok := m(t, k); ok && day.typ == timeline.TypeDate {
			return cand{end: day.end, rule: "week-of", typ: timeline.TypeDate, resolve: func(r *res) {
				day.resolve0(r)
				if r.g == timeline.GranularityDay {
					r.setAt(r.iv.Start, timeline.GranularityWeek)
				}
			}}, true
		}
	}
	return cand{}, false
}

// currentUnit: the current year, month, week or weekend, ending at end. A
// weekend not in the future is the last one begun.
func currentUnit(end int, u unit) cand {
	return cand{end: end, rule: "current-unit", typ: timeline.TypeDate, resolve: func(r *res) {
		g := unitGranularity(u)
		if u == unitWeekend {
			dct, ok := r.fromDCT("XXXX-WXX-WE")
			if !ok {
				return
			}
			base := truncate(dct, timeline.GranularityWeek)
			if r.tenseAt() != tenseFuture && isoWeekday(dct) < 6 {
				base = base.AddDate(0, 0, -7)
			}
			r.setAt(base.AddDate(0, 0, 5), timeline.GranularityWeekend)
			return
		}
		// "For the year ended Sept. 30", "the fiscal year": news reports the
		// current one; the last date mentioned is usually a comparison.
		if d, ok := r.fromDCT(xValue(g)); ok {
			r.setAt(d, g)
		}
	}}
}

// gerund reports a lower-case word ending in -ing at k: "after forming".
func (t *tagger) gerund(k int) bool {
	if !t.ok(k) || t.toks[k].kind != tokWord || t.upper(k) {
		return false
	}
	w := t.text[t.toks[k].start:t.toks[k].end]
	return len(w) > 5 && w[len(w)-3:] == "ing"
}
