package temporal

import (
	"fmt"

	"github.com/timeline-dev/timeline/timeline"
)

// Expressions anchored to another date: "two years ago", "three days
// later", "the next day", "that month".

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
	case e.weekday > 0 && (t.upper(j) || !e.weekdayAbb) && off != 0 && t.is(i, "the"):
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
