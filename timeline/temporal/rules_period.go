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

// matchQuarter: [the] [fiscal] third quarter [of 2025 | 2025], third-quarter,
// Q3 2025, the first half [of 2025], first-half; the latest/current quarter.
func (t *tagger) matchQuarter(i int) (cand, bool) {
	j := i
	the := t.is(j, "the")
	if the {
		j++
	}
	year, hasYear := 0, false
	yearOff, relYear := 0, false
	if (t.is(j, "this") || t.is(j, "last") || t.is(j, "next")) && t.is(j+1, "year") && t.punct(j+2, '\'') && t.is(j+3, "s") {
		yearOff, relYear = relOffset(t.lex(j).rel), true
		j += 4
		if t.is(j, "quarter") || t.is(j, "period") {
			// "last year's quarter": the quarter in focus, a year back
			return t.shiftedFocus(j+1, yearOff), true
		}
	}
	// "the corresponding period last year", "the comparable quarter a year
	// ago"
	if the && (t.is(j, "corresponding") || t.is(j, "comparable") || t.is(j, "same")) && (t.is(j+1, "quarter") || t.is(j+1, "period")) {
		switch {
		case t.is(j+2, "last") && t.is(j+3, "year"):
			return t.shiftedFocus(j+4, -1), true
		case t.is(j+2, "a") && t.is(j+3, "year") && (t.is(j+4, "ago") || t.is(j+4, "earlier")):
			return t.shiftedFocus(j+5, -1), true
		}
	}
	if y, k, ok := t.yearAt(j); ok && t.isAny(k, quarterOrdinals) { // "the 1989 third quarter"
		year, hasYear, j = y, true, k
	} else if ok && the && (t.is(k, "quarter") || t.is(k, "period")) {
		// "the 1988 quarter", "the 1989 period": the quarter under
		// discussion, in that year.
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
	if t.is(j, "fiscal") {
		j++
		if t.hyphen(j) {
			j++
		}
	}
	n, u := 0, unitNone
	latest := false
	switch {
	case t.lex(j) != nil && t.lex(j).ordinal != 0:
		n = t.lex(j).ordinal
		j++
		if t.hyphen(j) {
			j++
		}
	case t.is(j, "q") && t.adjacent(j+1):
		if q, ok := t.num(j + 1); ok && q >= 1 && q <= 4 && t.toks[j+1].digits == 1 {
			n, u, j = q, unitQuarter, j+2
		}
	case t.is(j, "h") && t.adjacent(j+1):
		if q, ok := t.num(j + 1); ok && q >= 1 && q <= 2 && t.toks[j+1].digits == 1 {
			n, u, j = q, unitHalf, j+2
		}
	case the && (t.is(j, "latest") || t.is(j, "current")):
		latest = true
		j++
		if t.is(j, "period") { // "the latest period": the quarter just reported
			return cand{end: j + 1, rule: "quarter", typ: timeline.TypeDate, resolve: func(r *res) {
				if dct, ok := r.fromDCT("XXXX-QX"); ok {
					r.setAt(addMonths(truncate(dct, timeline.GranularityQuarter), -3), timeline.GranularityQuarter)
				}
			}}, true
		}
	case the && t.is(j, "quarter"):
		latest = true
	}
	if u == unitNone {
		e := t.lex(j)
		if e == nil || (e.unit != unitQuarter && e.unit != unitHalf) || e.plural {
			return cand{}, false
		}
		u = e.unit
		j++
	}
	if u == unitHalf && latest {
		return cand{}, false
	}
	if n < 0 { // "the last quarter"
		n = 4
		if u == unitHalf {
			n = 2
		}
	}
	if u == unitQuarter && n > 4 || u == unitHalf && n > 2 {
		return cand{}, false
	}
	if !the && !latest && n > 0 && t.toks[i].kind == tokWord && t.is(i, "last") {
		return cand{}, false
	}
	end := j
	if the && t.hyphen(j-2) && t.ok(j) && t.toks[j].kind == tokWord && !t.is(j, "of") {
		c, ok := t.matchQuarter(i + 1)
		c.skip = 1
		return c, ok
	}
	if !hasYear {
		k := j
		if t.is(k, "of") || t.punct(k, ',') {
			k++
		}
		if y, e, ok := t.yearAt(k); ok {
			year, hasYear, end = y, true, e
		} else if t.is(j, "of") && (t.is(k, "this") || t.is(k, "last") || t.is(k, "next")) && t.is(k+1, "year") {
			// "the second half of next year"
			yearOff, relYear, end = relOffset(t.lex(k).rel), true, k+2
		}
	}
	// A bare "the first quarter" in the middle of a longer duration, e.g.
	// "the first nine months", never reaches here: n=first needs quarter.
	code := "Q"
	if u == unitHalf {
		code = "H"
	}
	if hasYear && n > 0 {
		return absolute(end, "quarter", timeline.TypeDate, fmt.Sprintf("%04d-%s%d", year, code, n))
	}
	if !the && latest {
		return cand{}, false
	}
	if n == 0 && !latest {
		return cand{}, false
	}
	return cand{end: end, rule: "quarter", typ: timeline.TypeDate, resolve: func(r *res) {
		g := timeline.GranularityQuarter
		months := 3
		if u == unitHalf {
			g, months = timeline.GranularityHalf, 6
		}
		if latest {
			if p := r.t.last; p != nil && p.g == g && !t.is(i+1, "latest") {
				r.anchor, r.anchV = timeline.AnchorMention, p.value
				r.setAt(p.t, g)
				return
			}
			if p, ok := r.quarterFocus(); ok && g == timeline.GranularityQuarter && !t.is(i+1, "latest") {
				r.anchor, r.anchV = timeline.AnchorMention, p.value
				r.setAt(p.t, g)
				return
			}
			dct, ok := r.fromDCT(fmt.Sprintf("XXXX-%sX", code))
			if !ok {
				return
			}
			cur := truncate(dct, g)
			if t.is(i+1, "latest") || t.is(i+1, "quarter") && u == unitQuarter {
				cur = addMonths(cur, -months) // the last one reported
			}
			r.setAt(cur, g)
			return
		}
		dct, ok := r.fromDCT(fmt.Sprintf("XXXX-%s%d", code, n))
		if !ok {
			return
		}
		y := dct.Year()
		if relYear {
			y += yearOff
		} else if start := date(y, (n-1)*months+1, 1); start.After(dct) && r.tenseAt() == tensePast {
			y--
		}
		r.setAt(date(y, (n-1)*months+1, 1), g)
	}}, true
}

// matchHoliday: Christmas, New Year's Day, Thanksgiving, Easter, ... with an
// optional year; by tense without one. Names must be capitalised.
func (t *tagger) matchHoliday(i int) (cand, bool) {
	rel := relNone
	if e := t.lex(i); e != nil && (e.rel == relLast || e.rel == relNext || e.rel == relThis) && !t.upper(i) || t.boundaryBefore(i) && e != nil && e.rel != relNone {
		if c, ok := t.matchHoliday(i + 1); ok && c.rule == "holiday" && c.resolve != nil {
			rel = e.rel
			h := c.holiday
			c.rule = "relative-holiday"
			c.resolve = func(r *res) {
				dct, ok := r.fromDCT("XXXX-XX-XX")
				if !ok {
					return
				}
				d := h.date(dct.Year())
				switch {
				case rel == relLast && !d.Before(dct):
					d = h.date(dct.Year() - 1)
				case rel == relNext && !d.After(dct):
					d = h.date(dct.Year() + 1)
				}
				r.setAt(d, timeline.GranularityDay)
			}
			return c, true
		}
		return cand{}, false
	}
	if !t.upper(i) {
		return cand{}, false
	}
	for k := range holidays {
		h := &holidays[k]
		j := i
		ok := true
		for _, w := range h.words {
			switch {
			case w == "'":
				ok = t.punct(j, '\'')
			case w == ".":
				ok = t.punct(j, '.')
			default:
				ok = t.is(j, w)
			}
			if !ok {
				break
			}
			j++
		}
		if !ok {
			continue
		}
		if h.words[0] == "may" && !t.upper(i+1) {
			continue
		}
		k2 := j
		if t.punct(k2, ',') {
			k2++
		}
		if y, end, ok := t.yearAt(k2); ok {
			d := h.date(y)
			return absolute(end, "holiday", timeline.TypeDate, d.Format("2006-01-02"))
		}
		return cand{end: j, rule: "holiday", typ: timeline.TypeDate, holiday: h, resolve: func(r *res) {
			dct, ok := r.fromDCT("XXXX-XX-XX")
			if !ok {
				return
			}
			r.setAt(nearestYear(dct, r.tenseAt(), h.date), timeline.GranularityDay)
		}}, true
	}
	return cand{}, false
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
	// year-ago / year-earlier [period|quarter|third quarter]
	if t.is(j, "year") && t.hyphen(j+1) && (t.is(j+2, "ago") || t.is(j+2, "earlier")) {
		end := j + 3
		quarter := false
		if e := t.lex(end); e != nil && e.ordinal > 0 && t.is(end+1, "quarter") {
			end += 2
			quarter = true
		} else if t.is(end, "quarter") || t.is(end, "period") {
			end++
			quarter = true
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
	// year end, year-end, year's end: the end of the current year
	if t.is(j, "year") && (t.is(j+1, "end") || t.hyphen(j+1) && t.is(j+2, "end") || t.punct(j+1, '\'') && t.is(j+2, "s") && t.is(j+3, "end")) {
		end := j + 2
		if !t.is(j+1, "end") {
			end = j + 3
			if t.punct(j+1, '\'') {
				end = j + 4
			}
		}
		return cand{end: end, rule: "year-end", typ: timeline.TypeDate, mod: "END", resolve: func(r *res) {
			if d, ok := r.fromDCT("XXXX"); ok {
				r.setAt(d, timeline.GranularityYear)
			}
		}}, true
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
	// "the week of March 6": the week holding that day.
	if e.unit == unitWeek && t.is(j+1, "of") {
		for _, m := range []matcher{(*tagger).matchMonthDate, (*tagger).matchDayMonth} {
			if day, ok := m(t, j+2); ok && day.typ == timeline.TypeDate {
				return cand{end: day.end, rule: "week-of", typ: timeline.TypeDate, resolve: func(r *res) {
					day.resolve0(r)
					if r.g == timeline.GranularityDay {
						r.setAt(r.iv.Start, timeline.GranularityWeek)
					}
				}}, true
			}
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
	u := e.unit
	return cand{end: j + 1, rule: "current-unit", typ: timeline.TypeDate, resolve: func(r *res) {
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
	}}, true
}

// gerund reports a lower-case word ending in -ing at k: "after forming".
func (t *tagger) gerund(k int) bool {
	if !t.ok(k) || t.toks[k].kind != tokWord || t.upper(k) {
		return false
	}
	w := t.text[t.toks[k].start:t.toks[k].end]
	return len(w) > 5 && w[len(w)-3:] == "ing"
}
