package temporal

import (
	"fmt"

	"github.com/timeline-dev/timeline/timeline"
)

// meridiem reads "a.m.", "p.m.", "am", "pm", "a. m." at i: +0 or +12 hours.
func (t *tagger) meridiem(i int) (int, int, bool) {
	w := func(k int, s string) bool { return t.is(k, s) }
	switch {
	case (w(i, "a") || w(i, "p")) && t.punct(i+1, '.') && w(i+2, "m"):
		j := i + 3
		if t.punct(j, '.') && t.adjacent(j) {
			j++
		}
		return boolInt(w(i, "p")) * 12, j, true
	case w(i, "am") || w(i, "pm"):
		if w(i, "am") && !t.adjacent(i) && t.ok(i+1) && t.toks[i+1].kind == tokWord && !t.toks[i+1].allUpper && t.lex(i+1) == nil {
			return 0, i, false // "I am going": the verb
		}
		j := i + 1
		if t.punct(j, '.') && t.adjacent(j) {
			j++
		}
		return boolInt(w(i, "pm")) * 12, j, true
	}
	return 0, i, false
}

var timeRule = rule{
	name:    "time",
	match:   (*tagger).matchTime,
	classes: classNumber | classPartOfDay,
	examples: []example{
		{"The polls close at 8 p.m. EST.", "8 p.m. EST", "2025-05-19T20:00", "clock"},
		{"Police arrived at 10 p.m. Wednesday.", "10 p.m. Wednesday", "2025-05-14T22:00", "clock"},
		{"They met at noon.", "noon", "2025-05-19T12:00", "noon-midnight"},
	},
}

// matchTime: 3 p.m., 3:30 p.m. EST, 15:30 GMT, noon, midnight, optionally
// followed by the day: "10 p.m. Wednesday", "noon Thursday".
func (t *tagger) matchTime(i int) (cand, bool) {
	h, mi := -1, 0
	j := i
	rule := "clock"
	halfKnown := false // a.m./p.m., noon, or a 24-hour clock: "tonight" adds nothing
	if e := t.lex(i); e != nil && (e.part == "MI" || e.part == "MN") {
		h = 12
		if e.part == "MN" {
			h = 24
		}
		j, halfKnown = i+1, true
		rule = "noon-midnight"
	} else if n, ok := t.num(i); ok && t.toks[i].digits == 4 && n%100 < 60 && n/100 < 24 && t.lex(i+1) != nil && t.lex(i+1).tz && !t.adjacent(i+1) {
		h, mi, j, halfKnown = n/100, n%100, i+1, true // "0930 GMT", the wires' clock
	} else if n, ok := t.num(i); ok && t.toks[i].digits <= 2 && !t.adjacentNumberGroup(i) {
		h, j = n, i+1
		hasMinutes := false
		if t.punct(j, ':') && t.adjacent(j) && t.adjacent(j+1) {
			m, ok := t.num(j + 1)
			if !ok || t.toks[j+1].digits != 2 || m > 59 {
				return cand{}, false
			}
			mi, j, hasMinutes = m, j+2, true
		} else if t.punct(j, '.') && t.adjacent(j) && t.adjacent(j+1) {
			if m, ok := t.num(j + 1); ok && t.toks[j+1].digits == 2 && m <= 59 {
				if _, _, ok := t.meridiem(j + 2); ok {
					mi, j, hasMinutes = m, j+2, true
				}
			}
		}
		if add, k, ok := t.meridiem(j); ok {
			if h < 1 || h > 12 {
				return cand{}, false
			}
			h = h%12 + add
			j, halfKnown = k, true
		} else if hasMinutes {
			// 24-hour clock needs a zone or a preposition to tell it from a score.
			tz := t.lex(j) != nil && t.lex(j).tz
			prep := t.isAny(i-1, clockPreps)
			if h > 23 || !(tz || prep || t.is(j, "hours") || t.is(j, "hrs")) {
				return cand{}, false
			}
			if t.is(j, "hours") || t.is(j, "hrs") {
				j++
			}
		} else if t.is(j, "o") && t.punct(j+1, '\'') && t.is(j+2, "clock") {
			j += 3
		} else if _, ok := t.partOfDayAt(j + 2); !(ok && h >= 1 && h <= 12 && t.is(j, "in") && t.is(j+1, "the")) {
			return cand{}, false // a bare number is a time only with "in the morning" after it
		}
	} else {
		return cand{}, false
	}
	if e := t.lex(j); e != nil && e.tz {
		j++
	}
	// "4 in the morning"
	if t.is(j, "in") && t.is(j+1, "the") {
		if p, ok := t.partOfDayAt(j + 2); ok && h < 12 {
			if p == "AF" || p == "EV" || p == "NI" && h >= 6 {
				h += 12
			}
			j += 3
		}
	}
	// the day it belongs to: "Wednesday", "today", "yesterday", "Nov. 9"
	k := j
	if t.punct(k, ',') {
		k++
	}
	if t.is(k, "on") {
		k++
	}
	day, hasDay := t.dayNamed(k)
	end := j
	if hasDay {
		end = day.end
		// "10:30 tonight", "8 Friday evening": a clock without a.m./p.m.
		// takes the half of the day its part of day names.
		if h < 12 && !halfKnown {
			for m := k; m < day.end; m++ {
				if e := t.lex(m); e != nil && (e.part == "AF" || e.part == "EV" || e.part == "NI" && h >= 6 || e.deictic == deiTonight && h >= 6) {
					h += 12
					break
				}
			}
		}
	}
	clock := fmt.Sprintf("T%02d:%02d", h, mi)
	return cand{end: end, rule: rule, typ: timeline.TypeTime, resolve: func(r *res) {
		if !r.dayOfClock(day, hasDay) {
			r.value = "XXXX-XX-XX" + clock
			return
		}
		if r.g != timeline.GranularityDay && !(len(r.value) == 10) {
			if len(r.value) >= 10 {
				r.value = r.value[:10]
			} else {
				return
			}
		}
		r.value += clock
		if iv, g, ok := parseValue(r.value); ok {
			r.iv, r.g = iv, g
		}
	}}, true
}

// resolve0 runs a candidate's resolution into r, for absolute values too.
func (c cand) resolve0(r *res) {
	if c.resolve != nil {
		c.resolve(r)
		return
	}
	r.value = c.value
	if iv, g, ok := parseValue(c.value); ok {
		r.iv, r.g = iv, g
	}
}

// dayNamed reads the day a time of day belongs to, at token k: "Wednesday",
// "today", "Nov. 9", "9 November".
func (t *tagger) dayNamed(k int) (cand, bool) {
	for _, m := range []matcher{(*tagger).matchWeekday, (*tagger).matchDeictic, (*tagger).matchMonthDate, (*tagger).matchDayMonth} {
		if c, ok := m(t, k); ok && (c.typ == timeline.TypeDate || c.rule == "deictic") && c.value != "PRESENT_REF" {
			return c, true
		}
	}
	return cand{}, false
}

// dayOfClock resolves the day of a clock or part of day into r: the day
// named after it when there is one, else the day just narrated ("Police
// arrived on Friday. At 10 p.m., ..."), else the publication date. It
// reports false when that date is unknown.
func (r *res) dayOfClock(day cand, hasDay bool) bool {
	switch p := r.t.last; {
	case hasDay:
		day.resolve0(r)
	case p != nil && granRank[p.g] <= granRank[timeline.GranularityDay] && r.at-p.tok < 60:
		r.anchor, r.anchV = timeline.AnchorMention, p.value
		r.setAt(p.t, timeline.GranularityDay)
	default:
		dct, ok := r.fromDCT("XXXX-XX-XX")
		if !ok {
			return false
		}
		r.setAt(dct, timeline.GranularityDay)
	}
	return true
}
