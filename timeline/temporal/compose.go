package temporal

import "github.com/timeline-dev/timeline/timeline"

// A date and the clock after it make one time expression: "Friday at 8
// p.m.", "tomorrow at 10", "Mar 16, 2015 3:33:39 PM", "2009-03-10 9:00",
// "tonight at 6:30", "seven years ago at 3pm", "Wed Aug 05 12:00:00 2015".
// (A clock before its day, "3am on oct 1st 2010", is matchTime's.)

// withClock extends the date c, matched at i, with the clock after it,
// and reports whether there was one.
func (t *tagger) withClock(i int, c cand) (cand, bool) {
	if c.typ != timeline.TypeDate && c.typ != timeline.TypeTime || c.skip != 0 || !t.mayStartClock(c.end) {
		return c, false
	}
	k := c.end
	if t.punct(k, ',') || t.punct(k, '|') {
		k++
	}
	cue := dated
	if t.is(k, "at") || t.punct(k, '@') {
		k, cue = k+1, loose
	}
	clk, j, ok := t.clockAt(k, cue)
	if !ok {
		return c, false
	}
	j = t.clockPart(j, &clk)
	// "Wed Aug 05 12:00:00 2015": the year after the clock
	year, hasYear := 0, false
	if c.rule == "month-day" {
		year, j, hasYear = t.yearAt(j) // j stays when there is none
	}
	r := res{t: t, at: i, end: c.end, day: true}
	c.resolve0(&r)
	if r.g != timeline.GranularityDay && r.g != timeline.GranularityPartOfDay {
		return c, false
	}
	return dateClockCand(c, j, clk, year, hasYear), true
}

// dateClockCand puts clock clk on the day date c resolves to, in year
// year when hasYear; a function of its own so that c escapes to the heap
// only when a clock follows it.
func dateClockCand(c cand, end int, clk clock, year int, hasYear bool) cand {
	out := c
	out.end, out.typ = end, timeline.TypeTime
	out.resolve = func(r *res) {
		r.day = true
		c.resolve0(r)
		if hasYear && r.g == timeline.GranularityDay {
			d := r.iv.Start
			if validDate(year, int(d.Month()), d.Day()) {
				r.setAt(date(year, int(d.Month()), d.Day()), timeline.GranularityDay)
			}
		}
		r.atClock(clk)
	}
	return out
}

// mayStartClock reports a token at k that a clock after a date may begin
// with, to leave most matches alone at once.
func (t *tagger) mayStartClock(k int) bool {
	if !t.ok(k) {
		return false
	}
	switch tk := &t.toks[k]; tk.kind {
	case tokNum:
		return true
	case tokPunct:
		if tk.punct == '@' {
			return true
		}
		if tk.punct == ',' || tk.punct == '|' {
			return t.ok(k+1) && (t.toks[k+1].kind == tokNum || t.is(k+1, "at") || t.clockish(k+1))
		}
		return false
	}
	return t.is(k, "at") || t.clockish(k)
}
