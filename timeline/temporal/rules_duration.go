package temporal

import (
	"strconv"

	"github.com/timeline-dev/timeline/timeline"
)

// durationValue renders n units as an ISO 8601 duration: PT2H, P3Y, P30Y
// for three decades.
func durationValue(c count, u unit) string {
	if !c.unknown && c.n != float64(int(c.n)) {
		if v, ok := fractionalDuration(c.n, u); ok {
			return v
		}
	}
	n := c.String()
	mul := func(k float64) string {
		if c.unknown {
			return "X"
		}
		return strconv.FormatFloat(c.n*k, 'f', -1, 64)
	}
	switch u {
	case unitSecond:
		return "PT" + n + "S"
	case unitMinute:
		return "PT" + n + "M"
	case unitHour:
		return "PT" + n + "H"
	case unitDay:
		return "P" + n + "D"
	case unitWeek:
		return "P" + n + "W"
	case unitWeekend:
		return "P" + mul(2) + "D"
	case unitFortnight:
		return "P" + mul(2) + "W"
	case unitMonth:
		return "P" + n + "M"
	case unitQuarter:
		return "P" + n + "Q"
	case unitSeason:
		return "P" + mul(3) + "M"
	case unitHalf:
		return "P" + mul(6) + "M"
	case unitYear:
		return "P" + n + "Y"
	case unitDecade:
		if c.unknown {
			return "PXY" // "decades": an unknown number of years
		}
		return "P" + mul(10) + "Y"
	case unitCentury:
		if c.unknown {
			return "PXCE"
		}
		return "P" + mul(100) + "Y"
	}
	return ""
}

var durationRule = rule{
	name:    "duration",
	match:   (*tagger).matchDuration,
	words:   append([]string{"half", "the", "recent", "coming", "past"}, vagueCounts...),
	classes: classCount | classUnit,
	examples: []example{
		{"They held a two-hour call.", "two-hour", "PT2H", "duration"},
		{"The store opens in 3 weeks.", "3 weeks", "2025-W24", "in-offset"},
		{"The result comes in 2 hours.", "2 hours", "2025-05-19", "in-offset"},
		{"The road was built in 3 weeks.", "3 weeks", "P3W", "in-offset"},
		{"Prices rose over the past five years.", "the past five years", "P5Y", "duration"},
		{"The talks lasted half an hour.", "half an hour", "PT30M", "duration"},
	},
}

// matchDuration: two-hour, three years, the past five years, the first nine
// months, 2 1/2 years, several weeks, the past week, decades-long; and "in
// 3 weeks" (matchInOffset).
func (t *tagger) matchDuration(i int) (cand, bool) {
	// A count is a duration only with a unit after it.
	if tk := &t.toks[i]; (tk.kind == tokNum || tk.lex != nil && tk.lex.numberWord && tk.lex.unit == unitNone) && !t.unitNear(i) {
		return cand{}, false
	}
	// "in 3 weeks": a time ahead, or how long in the past tense
	if c, ok := t.matchInOffset(i); ok {
		return c, true
	}
	if c, ok := t.halfUnit(i); ok {
		return c, true
	}
	if c, ok := t.sharedUnit(i); ok {
		return c, true
	}
	if (t.is(i, "a") || t.is(i, "the")) && t.is(i+1, "year") && t.hyphen(i+2) && (t.is(i+3, "earlier") || t.is(i+3, "ago")) {
		return cand{}, false // "a year-earlier loss": a date, matched at "year"
	}
	j := i
	the := t.is(j, "the") || t.is(j, "a") && !t.lexCount(j) // "a 24-hour period"
	if t.is(j, "the") {
		j++
	}
	lead := false // the past / the last / the next / the first / the coming
	if t.isAny(j, durationLeads) {
		if !t.is(i, "the") && !t.is(j, "recent") && !((t.is(j, "coming") || t.is(j, "past")) && t.lex(j+1) != nil && t.lex(j+1).plural) {
			return cand{}, false
		}
		lead = true
		j++
		if t.is(j, "few") || t.is(j, "several") || t.is(j, "couple") {
			return t.vagueDuration(j)
		}
	}
	c, k, ok := t.parseCount(j)
	if !ok {
		return t.uncountedDuration(i, j, lead)
	}
	return t.countedDuration(i, j, k, c, the, lead)
}

// unitNear reports a unit among the six tokens after i: "two-hour", "2
// 1/2 years", "five hundred and twelve days".
func (t *tagger) unitNear(i int) bool {
	for k := i + 1; k < i+7 && k < len(t.toks); k++ {
		if e := t.toks[k].lex; e != nil && e.unit != unitNone || !t.toks[k].gap && t.toks[k-1].kind == tokNum && t.toks[k].kind == tokWord {
			return true // (or a unit glued to its count: "1d")
		}
	}
	return false
}

// halfUnit: "half an hour", "half a day", "half a century".
func (t *tagger) halfUnit(i int) (cand, bool) {
	if !t.is(i, "half") || !t.is(i+1, "a") && !t.is(i+1, "an") {
		return cand{}, false
	}
	if e := t.lex(i + 2); e != nil && e.unit != unitNone && !e.plural && e.unit != unitHalf {
		if v, ok := fractionalDuration(0.5, e.unit); ok {
			return cand{end: i + 3, rule: "duration", typ: timeline.TypeDuration, value: v}, true
		}
	}
	return cand{}, false
}

// vagueDuration: "the past few years", "the next several weeks", "the last
// couple of months", the vague count at j.
func (t *tagger) vagueDuration(j int) (cand, bool) {
	c := count{unknown: !t.is(j, "couple"), n: 2}
	if t.is(j, "couple") && t.is(j+1, "of") {
		j++
	}
	if e := t.lex(j + 1); e != nil && e.unit != unitNone && e.plural {
		return cand{end: j + 2, rule: "duration", typ: timeline.TypeDuration, value: durationValue(c, e.unit)}, true
	}
	return cand{}, false
}

// uncountedDuration: a unit without a count at j, after an optional lead
// word ("the past year", "the coming weeks", "for years", "decades-long").
func (t *tagger) uncountedDuration(i, j int, lead bool) (cand, bool) {
	e := t.lex(j)
	if e == nil || e.unit == unitNone {
		return cand{}, false
	}
	one, unknown := count{n: 1}, count{unknown: true}
	span := func(end int, c count) (cand, bool) {
		return cand{end: end, rule: "duration", typ: timeline.TypeDuration, value: durationValue(c, e.unit)}, true
	}
	switch {
	case lead && !e.plural && t.is(i, "the") && (t.is(i+1, "past") || t.is(i+1, "last")):
		return span(j+1, one) // "the past year": one unit back from now
	case lead && e.plural && !t.is(i+1, "first"):
		// "the coming weeks", "the past months", "recent years" (TimeML
		// reads all three as a stretch of unknown length)
		return span(j+1, unknown)
	case e.plural && t.is(i, "the") && j == i+1 && t.is(j+1, "ahead"):
		return span(j+2, unknown) // "the weeks ahead"
	case e.plural && j == i && e.unit >= unitHour && t.isAny(i-1, spanPreps) && !t.is(i+1, "of") && !t.is(i+1, "ago"):
		return span(j+1, unknown) // "for years", "within weeks"
	case e.plural && t.hyphen(j+1) && t.is(j+2, "long"):
		return span(j+3, unknown) // decades-long, years-long
	}
	return cand{}, false
}

// countedDuration: count c, read on tokens [j, k), and its unit: "three
// years", "a two-hour", "2 1/2 years", "an hour and a half".
func (t *tagger) countedDuration(i, j, k int, c count, the, lead bool) (cand, bool) {
	if c.article && lead {
		return cand{}, false
	}
	if t.toks[j].kind == tokNum && t.toks[j].digits == 4 && c.n >= 1000 && c.n < 2200 {
		return cand{}, false // "the 1988 quarter": a year, not a count
	}
	k, u, ok := t.durationUnit(k, c)
	if !ok || u == unitQuarter && !t.lex(k).plural && (t.is(k+1, "past") || t.is(k+1, "to") || t.is(k+1, "after") || t.is(k+1, "before")) {
		return cand{}, false // "a quarter past five" is a clock
	}
	end, ok := t.durationEnd(i, k, u, &c, the)
	if !ok || t.rate(i, c) {
		return cand{}, false
	}
	skip := uint8(0)
	if t.is(i, "the") && !lead && t.hyphen(k-1) && t.ok(end) && t.toks[end].kind == tokWord {
		skip = 1 // "the two-week talks": the article belongs to the noun
	}
	return cand{end: end, skip: skip, rule: "duration", typ: timeline.TypeDuration, value: durationValue(c, u)}, true
}

// durationUnit reads the unit of count c at k, past "more" or a hyphen
// ("three more years", "two-hour"): its token and the unit.
func (t *tagger) durationUnit(k int, c count) (int, unit, bool) {
	if t.isAny(k, countFillers) {
		k++
	}
	if t.hyphen(k) {
		k++
	}
	e := t.lex(k)
	switch {
	case e == nil || e.unit == unitNone:
		return k, unitNone, false
	case t.upper(k) && !t.toks[k].allUpper:
		return k, unitNone, false // "60 Minutes", a programme's name
	case e.unit == unitHalf || c.article && e.unit == unitSecond:
		return k, unitNone, false // halves are quarters'; "for a second time" is an ordinal
	case c.unknown && !e.plural:
		return k, unitNone, false
	}
	return k, e.unit, true
}

// durationEnd extends the duration whose unit u is at k ("decades-long", "a
// 24-hour period", "an hour and a half", which adds to c) and returns its
// end; it reports false for an age ("a two-year-old") or for "a" that is
// not a count.
func (t *tagger) durationEnd(i, k int, u unit, c *count, the bool) (int, bool) {
	end := k + 1
	if t.hyphen(end) && t.is(end+1, "long") {
		end += 2
	} else if t.hyphen(end) && t.is(end+1, "old") || u == unitYear && t.is(end, "old") {
		return end, false // "a two-year-old", "52 years old": an age, not a time
	}
	if the && t.is(i, "a") && t.is(end, "period") {
		end++
	} else if t.is(i, "a") && !c.article && !t.isAny(i+1, articleCounts) {
		// "a year" is a count of one and "a couple of hours" two; "a
		// 24-hour" starts at the number.
		return end, false
	}
	if !c.unknown && t.is(end, "and") && t.is(end+1, "a") && t.is(end+2, "half") && !t.hyphen(k-1) {
		c.n += 0.5
		c.article = false
		end += 3
	}
	return end, true
}

// rate reports "a" + unit making a rate, not a duration: "twice a year",
// "$2 million a year", "four flights a week", "24 hours a day".
func (t *tagger) rate(i int, c count) bool {
	if !c.article {
		return false
	}
	return t.is(i-1, "per") || t.is(i-1, "times") || t.is(i-1, "twice") || t.is(i-1, "once") ||
		i > 0 && (t.toks[i-1].kind == tokNum || t.is(i-1, "million") || t.is(i-1, "billion") || t.is(i-1, "percent") || t.punct(i-1, '%')) ||
		i > 1 && t.pluralCount(i-1)
}

// lexCount reports that token i reads as a count (not only an article).
func (t *tagger) lexCount(i int) bool {
	return t.isAny(i+1, articleCounts) || t.lex(i+1) != nil && t.lex(i+1).unit != unitNone
}

// fractionalDuration spells 2.5 years as P2Y6M and 1.5 hours as PT1H30M.
func fractionalDuration(n float64, u unit) (string, bool) {
	switch u {
	case unitDecade, unitCentury: // "half a century": fifty years
		y := n * 10
		if u == unitCentury {
			y = n * 100
		}
		if y == float64(int(y)) {
			return "P" + strconv.Itoa(int(y)) + "Y", true
		}
		return "", false
	}
	whole := int(n)
	frac := n - float64(whole)
	var small float64
	var big, sub string
	switch u {
	case unitYear:
		big, sub, small = "Y", "M", 12
	case unitMonth:
		big, sub, small = "M", "D", 30
	case unitDay:
		big, sub, small = "D", "TH", 24
	case unitHour:
		big, sub, small = "TH", "M", 60
	case unitMinute:
		big, sub, small = "TM", "S", 60
	default:
		return "", false
	}
	part := frac * small
	if part != float64(int(part)) {
		return "", false
	}
	v := "P"
	if big[0] == 'T' {
		v += "T"
		big = big[1:]
	}
	if whole > 0 {
		v += strconv.Itoa(whole) + big
	}
	if sub[0] == 'T' {
		v += "T"
		sub = sub[1:]
	}
	return v + strconv.Itoa(int(part)) + sub, true
}

// pluralCount reports a counted plural noun ending at token k: "four
// flights", "700 seats", "24 hours".
func (t *tagger) pluralCount(k int) bool {
	if !t.ok(k) || t.toks[k].kind != tokWord || t.upper(k) {
		return false
	}
	w := t.text[t.toks[k].start:t.toks[k].end]
	if len(w) < 3 || w[len(w)-1] != 's' || w[len(w)-2] == 's' {
		return false
	}
	if e := t.lex(k); e != nil && !(e.unit != unitNone && e.plural) {
		return false
	}
	_, _, ok := t.parseCount(k - 1)
	return ok && t.toks[k-1].kind == tokNum || t.lex(k-1) != nil && t.lex(k-1).numberWord
}
