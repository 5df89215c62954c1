package temporal

import (
	"fmt"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// Expressions anchored to another date: "two years ago", "three days
// later", "the next day", "that month".

var agoRule = rule{
	name:    "ago",
	match:   (*tagger).matchAgo,
	words:   vagueCounts,
	classes: classCount | classUnit,
	examples: []example{
		{"The plant closed two years ago.", "two years ago", "2023", "offset"},
		{"The vote was on May 2. Three days later, riots began.", "Three days later", "2025-05-05", "offset"},
	},
}

// matchAgo: N units ago / from now (deictic); N units earlier / later /
// before / after (anaphoric).
func (t *tagger) matchAgo(i int) (cand, bool) {
	c, j, ok := t.parseCount(i)
	if !ok {
		if e := t.lex(i); e != nil && e.unit != unitNone && e.plural {
			c, j = count{unknown: true}, i // "years ago"
		} else {
			return cand{}, false
		}
	}
	e := t.lex(j)
	if e == nil || e.unit == unitNone || e.unit == unitHalf {
		return cand{}, false
	}
	u := e.unit
	dir, deictic, k, ok := t.offsetWord(j + 1)
	if !ok {
		return cand{}, false
	}
	end := k + 1
	typ := timeline.TypeDate
	if u <= unitHour {
		typ = timeline.TypeTime
	}
	// "a year earlier" and "up from $3 a year ago" compare; "two weeks ago"
	// dates, and may anchor what follows ("three days later").
	lookBack := dir < 0 && (!deictic || t.comparisonAt(i, end) || u == unitYear && t.lastQuarter != nil && i-t.lastQuarter.tok < 150)
	return cand{end: end, rule: "offset", typ: typ, lookBack: lookBack, resolve: func(r *res) {
		r.offset(c, u, dir, deictic)
	}}, true
}

// offsetWord reads the word after "N units" at k: ago, from now, hence
// (from publication: deictic) or earlier, before, prior, later, after,
// afterwards (from the last date). It returns the direction, whether the
// offset is deictic, and the word's last token.
func (t *tagger) offsetWord(k int) (int, bool, int, bool) {
	dir, deictic := 0, false
	switch {
	case t.is(k, "ago"):
		dir, deictic = -1, true
	case t.is(k, "from") && t.is(k+1, "now"):
		dir, deictic, k = 1, true, k+1
	case t.is(k, "hence"):
		dir, deictic = 1, true
	case t.is(k, "earlier") || t.is(k, "before") || t.is(k, "prior"):
		dir = -1
	case t.is(k, "later") || t.is(k, "after") || t.is(k, "afterwards"):
		dir = 1
	default:
		return 0, false, k, false
	}
	if (t.is(k, "before") || t.is(k, "after") || t.is(k, "prior")) && !t.boundaryAfter(k) {
		return 0, false, k, false // "two days before the vote": a relation, not a date
	}
	return dir, deictic, k, true
}

// offset resolves c units u in direction dir from publication (deictic) or
// from the last date mentioned; a vague or fractional count is a reference
// to the past or the future.
func (r *res) offset(c count, u unit, dir int, deictic bool) {
	if c.unknown || c.n != float64(int(c.n)) {
		r.value = "FUTURE_REF"
		if dir < 0 {
			r.value = "PAST_REF"
		}
		r.anchor = timeline.AnchorDCT
		return
	}
	n := int(c.n) * dir
	g := unitGranularity(u)
	// "profit rose in the third quarter from a year ago": a year-scale
	// comparison right after a quarter means that quarter, shifted.
	if p, ok := r.quarterFocus(); ok && u == unitYear {
		r.anchor, r.anchV = timeline.AnchorMention, p.value
		r.setAt(shift(p.t, u, n), timeline.GranularityQuarter)
		return
	}
	var from time.Time
	if deictic {
		dct, ok := r.fromDCT(xValue(g))
		if !ok {
			return
		}
		if g == timeline.GranularityDecade || g == timeline.GranularityCentury {
			g = timeline.GranularityYear // "a decade ago" is about a year, not the 2010s
		}
		from = dct
	} else {
		p, ok := r.fromContext(xValue(g), g)
		if !ok {
			return
		}
		if r.anchor == timeline.AnchorMention && granRank[p.g] < granRank[g] && granRank[p.g] >= granRank[timeline.GranularityDay] {
			g = p.g // "the third quarter … a year earlier": the same quarter a year before
		}
		from = p.t
	}
	if g == timeline.GranularityMinute || g == timeline.GranularityHour {
		g = timeline.GranularityDay
	}
	r.setAt(shift(from, u, n), g)
}

// boundaryAfter reports that token k ends a clause (punctuation or end).
func (t *tagger) boundaryAfter(k int) bool {
	return !t.ok(k+1) || t.toks[k+1].kind == tokPunct || t.toks[k+1].newline
}

var anaphoricRule = rule{
	name:  "anaphoric",
	match: (*tagger).matchAnaphoric,
	words: []string{"the", "that", "later", "earlier"},
	examples: []example{
		{"The vote was on May 2. The next day, riots began.", "The next day", "2025-05-03", "anaphoric"},
		{"The vote was on May 2. The following Monday, riots began.", "The following Monday", "2025-05-05", "anaphoric-weekday"},
	},
}

// matchAnaphoric: the next day, the following week, the day before, the
// same day, that month, later that day — anchored to the last date
// mentioned.
func (t *tagger) matchAnaphoric(i int) (cand, bool) {
	j := i
	off, ok := 0, false
	switch {
	case t.is(j, "the") && t.isAny(j+1, anaphoricWords):
		off = t.anaphoricOffset(j + 1)
		j, ok = j+2, true
	case t.is(j, "that") || t.is(j, "later") && t.is(j+1, "that") || t.is(j, "earlier") && t.is(j+1, "that"):
		if !t.is(j, "that") {
			j++
		}
		j, ok = j+1, true
	case t.is(j, "the") && t.lex(j+1) != nil && t.lex(j+1).unit != unitNone && !t.lex(j+1).plural && (t.is(j+2, "before") || t.is(j+2, "after")) && t.boundaryAfter(j+2):
		off = -1
		if t.is(j+2, "after") {
			off = 1
		}
		return t.anaphoric(j+3, t.lex(j+1).unit, off, "", i), true
	case t.is(j, "the") && (t.is(j+2, "before") || t.is(j+2, "after")) && t.boundaryAfter(j+2):
		// "the night before", "the morning after"
		if part, ok := t.partOfDayAt(j + 1); ok {
			off = -1
			if t.is(j+2, "after") {
				off = 1
			}
			return t.anaphoric(j+3, unitDay, off, part, i), true
		}
	}
	if !ok {
		return cand{}, false
	}
	e := t.lex(j)
	if e == nil {
		return cand{}, false
	}
	switch {
	case e.weekday > 0 && t.upper(j) && off != 0 && t.is(i, "the"):
		// "the following Monday": the first Monday after the last date.
		wd := e.weekday
		return cand{end: j + 1, rule: "anaphoric-weekday", typ: timeline.TypeDate, resolve: func(r *res) {
			p, ok := r.fromContext(fmt.Sprintf("XXXX-WXX-%d", wd), timeline.GranularityDay)
			if !ok {
				return
			}
			rel := relNext
			if off < 0 {
				rel = relLast
			}
			r.setAt(weekdayDate(truncate(p.t, timeline.GranularityDay), wd, rel, tenseNone), timeline.GranularityDay)
		}}, true
	case e.unit != unitNone && !e.plural && e.unit != unitHalf && e.unit <= unitCentury:
		return t.anaphoric(j+1, e.unit, off, "", i), true
	case e.part != "" && e.part != "MI" && e.part != "MN" && !t.is(j, "overnight"):
		return t.anaphoric(j+1, unitDay, off, e.part, i), true
	}
	return cand{}, false
}

func (t *tagger) anaphoric(end int, u unit, off int, part string, start int) cand {
	rule := "anaphoric"
	typ := timeline.TypeDate
	if part != "" {
		typ = timeline.TypeTime
	}
	mod := ""
	if t.is(start, "later") {
		mod = "END"
	} else if t.is(start, "earlier") {
		mod = "START"
	}
	return cand{end: end, rule: rule, typ: typ, mod: mod, resolve: func(r *res) {
		g := unitGranularity(u)
		p, ok := r.fromContext(xValue(g), g)
		if !ok {
			return
		}
		if g == timeline.GranularityMinute || g == timeline.GranularityHour {
			g = timeline.GranularityDay
		}
		r.setAt(shift(truncate(p.t, g), u, off), g)
		if part != "" {
			r.withPart(part)
		}
	}}
}
