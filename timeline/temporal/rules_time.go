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
	c, j, ok := t.clockAt(i)
	if !ok {
		return cand{}, false
	}
	if e := t.lex(j); e != nil && e.tz {
		j++
	}
	// "4 in the morning"
	if t.is(j, "in") && t.is(j+1, "the") {
		if p, ok := t.partOfDayAt(j + 2); ok && c.h < 12 {
			if p == "AF" || p == "EV" || p == "NI" && c.h >= 6 {
				c.h += 12
			}
			j += 3
		}
	}
	day, hasDay, end := t.dayOfClockAt(j, &c)
	text := fmt.Sprintf("T%02d:%02d", c.h, c.mi)
	return cand{end: end, rule: c.rule, typ: timeline.TypeTime, resolve: func(r *res) {
		if !r.dayOfClock(day, hasDay) {
			r.value = "XXXX-XX-XX" + text
			return
		}
		if r.g != timeline.GranularityDay && !(len(r.value) == 10) {
			if len(r.value) >= 10 {
				r.value = r.value[:10]
			} else {
				return
			}
		}
		r.value += text
		if iv, g, ok := parseValue(r.value); ok {
			r.iv, r.g = iv, g
		}
	}}, true
}

// clock is a time of day read by clockAt.
type clock struct {
	h, mi     int
	halfKnown bool // a.m./p.m., noon, or a wire clock: "tonight" adds nothing
	rule      string
}

// clockAt reads a time of day at i: noon or midnight, a wire clock ("0930
// GMT") or a number clock (clockNumber); and the token after it.
func (t *tagger) clockAt(i int) (clock, int, bool) {
	if e := t.lex(i); e != nil && (e.part == "MI" || e.part == "MN") {
		h := 12
		if e.part == "MN" {
			h = 24
		}
		return clock{h: h, halfKnown: true, rule: "noon-midnight"}, i + 1, true
	}
	n, ok := t.num(i)
	switch {
	case !ok:
	case t.toks[i].digits == 4 && n%100 < 60 && n/100 < 24 && t.lex(i+1) != nil && t.lex(i+1).tz && !t.adjacent(i+1):
		return clock{h: n / 100, mi: n % 100, halfKnown: true, rule: "clock"}, i + 1, true // "0930 GMT", the wires' clock
	case t.toks[i].digits <= 2 && !t.adjacentNumberGroup(i):
		return t.clockNumber(i, n)
	}
	return clock{}, i, false
}

// clockNumber reads a clock that begins with hour h at i: "3 p.m.", "3:30
// p.m.", "15:30 GMT", "8 o'clock", and "4" before "in the morning".
func (t *tagger) clockNumber(i, h int) (clock, int, bool) {
	c := clock{h: h, rule: "clock"}
	j := i + 1
	hasMinutes := false
	if t.punct(j, ':') && t.adjacent(j) && t.adjacent(j+1) {
		m, ok := t.num(j + 1)
		if !ok || t.toks[j+1].digits != 2 || m > 59 {
			return c, j, false
		}
		c.mi, j, hasMinutes = m, j+2, true
	} else if t.punct(j, '.') && t.adjacent(j) && t.adjacent(j+1) {
		if m, ok := t.num(j + 1); ok && t.toks[j+1].digits == 2 && m <= 59 {
			if _, _, ok := t.meridiem(j + 2); ok {
				c.mi, j, hasMinutes = m, j+2, true
			}
		}
	}
	if add, k, ok := t.meridiem(j); ok {
		if c.h < 1 || c.h > 12 {
			return c, j, false
		}
		c.h = c.h%12 + add
		j, c.halfKnown = k, true
	} else if hasMinutes {
		// 24-hour clock needs a zone or a preposition to tell it from a score.
		tz := t.lex(j) != nil && t.lex(j).tz
		prep := t.isAny(i-1, clockPreps)
		if c.h > 23 || !(tz || prep || t.is(j, "hours") || t.is(j, "hrs")) {
			return c, j, false
		}
		if t.is(j, "hours") || t.is(j, "hrs") {
			j++
		}
	} else if t.is(j, "o") && t.punct(j+1, '\'') && t.is(j+2, "clock") {
		j += 3
	} else if _, ok := t.partOfDayAt(j + 2); !(ok && c.h >= 1 && c.h <= 12 && t.is(j, "in") && t.is(j+1, "the")) {
		return c, j, false // a bare number is a time only with "in the morning" after it
	}
	return c, j, true
}

// dayOfClockAt reads the day a clock ending at j belongs to ("Wednesday",
// "today", ", Nov. 9", "on Friday evening") and returns it and the end of
// the expression. A clock without a.m./p.m. takes the half of the day the
// day's part of day names: "10:30 tonight", "8 Friday evening".
func (t *tagger) dayOfClockAt(j int, c *clock) (cand, bool, int) {
	k := j
	if t.punct(k, ',') {
		k++
	}
	if t.is(k, "on") {
		k++
	}
	day, hasDay := t.dayNamed(k)
	if !hasDay {
		return day, false, j
	}
	if c.h < 12 && !c.halfKnown {
		for m := k; m < day.end; m++ {
			if e := t.lex(m); e != nil && (e.part == "AF" || e.part == "EV" || e.part == "NI" && c.h >= 6 || e.deictic == deiTonight && c.h >= 6) {
				c.h += 12
				break
			}
		}
	}
	return day, true, day.end
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
