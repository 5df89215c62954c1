package temporal

import (
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

var timeRule = rule{
	name:  "time",
	match: (*tagger).matchTime,
	words: []string{"t", "half", "quarter", "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty"},
	classes: classNumber | classPartOfDay,
	examples: []example{
		{"The polls close at 8 p.m. EST.", "8 p.m. EST", "2025-05-19T20:00-05:00", "clock"},
		{"He arrived at half past noon.", "half past noon", "2025-05-19T12:30", "clock"},
		{"It rang at 18:32:56 sharp.", "18:32:56", "2025-05-19T18:32:56", "clock"},
		{"Police arrived at 10 p.m. Wednesday.", "10 p.m. Wednesday", "2025-05-14T22:00", "clock"},
		{"They met at noon.", "noon", "2025-05-19T12:00", "noon-midnight"},
	},
}

// matchTime: 3 p.m., 3:30 p.m. EST, 15:30 GMT, 6:53:32, 15h30, noon,
// half past noon, optionally followed by the day: "10 p.m. Wednesday",
// "noon Thursday", "3am on oct 1st 2010". After "at" a bare hour is a
// clock when a day follows: "at 10 tomorrow".
func (t *tagger) matchTime(i int) (cand, bool) {
	if !t.clockish(i) {
		return cand{}, false
	}
	c, j, ok := t.clockAt(i, strict)
	if !ok && (t.is(i-1, "at") || t.punct(i-1, '@')) {
		if c, j, ok = t.clockAt(i, loose); ok {
			if _, hasDay, _ := t.dayOfClockAt(t.clockPart(j, &c), &c); !hasDay {
				return cand{}, false
			}
		}
	}
	if !ok {
		if c, j, ok = t.rangeTime(i); !ok { // the "3" of "3-5 pm"
			return cand{}, false
		}
	}
	j = t.clockPart(j, &c)
	day, hasDay, end := t.dayOfClockAt(j, &c)
	if !hasDay {
		// "from 3:30 a.m. to 9:41 a.m. on April 10th": the other end's day
		if _, d, ok, _ := t.clockRange(j); ok {
			day, hasDay = d, true
		}
	}
	return clockCand(end, c, day, hasDay), true
}

// clockCand resolves clock c on its day; a function of its own so that
// the clock escapes to the heap only when one matched.
func clockCand(end int, c clock, day cand, hasDay bool) cand {
	return cand{end: end, rule: c.rule, typ: timeline.TypeTime, resolve: func(r *res) {
		if !r.dayOfClock(day, hasDay) {
			r.value = "XXXX-XX-XX" + c.suffix(time.Time{})
			return
		}
		r.atClock(c)
	}}
}

// clockish reports whether the number at i may begin a clock, to leave
// the many numbers that are no clocks at once: a mark, a letter or a word
// of the clock after it, or "at" before it.
func (t *tagger) clockish(i int) bool {
	if tk := &t.toks[i]; tk.kind == tokWord {
		switch e := tk.lex; {
		case e != nil && e.part != "":
			return true // "noon", "midnight", "morning" (at dawn, the morning of)
		case t.is(i, "t"):
			return t.upper(i) && t.adjacent(i+1)
		case t.is(i, "half") || t.is(i, "quarter"):
			return t.pastWordAt(i + 1)
		case t.is(i, "a"):
			return t.is(i+1, "quarter") && t.pastWordAt(i+2)
		}
		// an hour or minutes in words: "ten past five", "eleven o'clock",
		// "three in the morning", "at three"
		if t.pastWordAt(i+1) || t.pastWordAt(i+2) || t.is(i-1, "at") {
			return true
		}
		k := i + 1
		return t.is(k, "o") || t.is(k, "in") || t.is(k, "at") || t.is(k, "pm") || t.is(k, "am") || t.is(k, "p") || t.is(k, "a") ||
			t.is(k, "tonight") || t.is(k, "this") || t.is(k, "tomorrow") || t.is(k, "yesterday")
	}
	k := i + 1
	if !t.ok(k) {
		return t.is(i-1, "at") || t.punct(i-1, '@')
	}
	switch n := &t.toks[k]; n.kind {
	case tokPunct:
		if n.punct == ':' || n.punct == '.' || n.punct == '-' || n.punct == '–' || n.punct == '(' || n.punct == '+' || n.punct == '−' {
			return true
		}
		return t.is(i-1, "at") || t.punct(i-1, '@')
	case tokNum:
		return false
	}
	if t.is(i-1, "at") || t.punct(i-1, '@') || t.is(i-1, "between") {
		return true
	}
	if e := t.toks[k].lex; e != nil && (e.tz || e.part != "" || e.deictic != deiNone || e.rel != relNone) || t.pastWordAt(k) {
		return true
	}
	switch t.toks[k].end - t.toks[k].start {
	case 1:
		return true // "h", "a", "p", "o" (o'clock), "T"
	case 2:
		return t.is(k, "am") || t.is(k, "pm") || t.is(k, "in") || t.is(k, "at") || t.is(k, "to") || t.is(k, "or") || t.is(k, "on")
	case 3:
		return t.is(k, "and") || t.is(k, "hrs") || t.is(k, "est") || t.is(k, "utc") || t.is(k, "gmt")
	case 4:
		return t.is(k, "noon") || t.is(k, "till")
	case 5:
		return t.is(k, "hours") || t.is(k, "until")
	case 7:
		return t.is(k, "through")
	}
	return t.toks[k].upper // a zone or a day after it: "0930 GMT", "10 Wednesday"
}

// atClock puts clock c on the day resolved into r: "2025-05-19T15:30".
// A part of day resolved there ("tonight") moves a clock without a.m. or
// p.m. into its half of the day; a coarser date keeps only its value.
func (r *res) atClock(c clock) {
	if r.g == timeline.GranularityPartOfDay && len(r.value) > 11 {
		c.withPart(r.value[11:])
	}
	if r.g != timeline.GranularityDay && r.g != timeline.GranularityPartOfDay || len(r.value) < 10 {
		return
	}
	d := r.iv.Start
	r.value = r.value[:10] + c.suffix(truncate(d, timeline.GranularityDay))
	if iv, g, ok := parseValue(r.value); ok {
		r.iv, r.g = iv, g
	}
}

// dayOfClockAt reads the day a clock ending at j belongs to ("Wednesday",
// "today", ", Nov. 9", "on Friday evening", "on 7-16-2010") and returns it
// and the end of the expression. A clock without a.m./p.m. takes the half
// of the day the day's part of day names: "10:30 tonight", "8 Friday
// evening".
func (t *tagger) dayOfClockAt(j int, c *clock) (cand, bool, int) {
	k := j
	if t.punct(k, ',') {
		k++
	}
	if t.is(k, "on") {
		k++
	}
	day, hasDay := t.dayAfterClock(k)
	if !hasDay {
		return day, false, j
	}
	for m := k; m < day.end; m++ {
		if e := t.lex(m); e != nil && (e.part != "" && e.part != "MI" && e.part != "MN" || e.deictic == deiTonight) {
			p := e.part
			if e.deictic == deiTonight {
				p = "NI"
			}
			c.withPart(p)
			break
		}
	}
	return day, true, day.end
}

// dayAfterClock reads a date at k that names a day, for the clock before
// it: any rule's match whose value resolves to a day or a part of one.
func (t *tagger) dayAfterClock(k int) (cand, bool) {
	if !t.ok(k) {
		return cand{}, false
	}
	c, ok := t.matchAt(k, t.startable(k))
	if !ok || c.typ != timeline.TypeDate && c.typ != timeline.TypeTime {
		return t.dayNamed(k)
	}
	r := res{t: t, at: k, end: c.end}
	c.resolve0(&r)
	return c, r.g == timeline.GranularityDay || r.g == timeline.GranularityPartOfDay
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
