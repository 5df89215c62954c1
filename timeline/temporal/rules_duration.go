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
		{"Prices rose over the past five years.", "the past five years", "P5Y", "duration"},
		{"The talks lasted half an hour.", "half an hour", "PT30M", "duration"},
	},
}

// matchDuration: two-hour, three years, the past five years, the first nine
// months, 2 1/2 years, several weeks, the past week, decades-long.
func (t *tagger) matchDuration(i int) (cand, bool) {
	// "half an hour", "half a day", "half a century"
	if t.is(i, "half") && (t.is(i+1, "a") || t.is(i+1, "an")) {
		if e := t.lex(i + 2); e != nil && e.unit != unitNone && !e.plural && e.unit != unitHalf {
			if v, ok := fractionalDuration(0.5, e.unit); ok {
				return cand{end: i + 3, rule: "duration", typ: timeline.TypeDuration, value: v}, true
			}
		}
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
			j0 := j
			if t.is(j, "couple") && t.is(j+1, "of") {
				j++
			}
			c := count{unknown: !t.is(j0, "couple"), n: 2}
			if e := t.lex(j + 1); e != nil && e.unit != unitNone && e.plural {
				return cand{end: j + 2, rule: "duration", typ: timeline.TypeDuration, value: durationValue(c, e.unit)}, true
			}
			return cand{}, false
		}
	}
	c, k, ok := t.parseCount(j)
	if !ok {
		e := t.lex(j)
		if e == nil || e.unit == unitNone {
			return cand{}, false
		}
		// "the past year" / "the past week": one unit back from now.
		if lead && !e.plural && t.is(i, "the") && (t.is(i+1, "past") || t.is(i+1, "last")) {
			return cand{end: j + 1, rule: "duration", typ: timeline.TypeDuration, value: durationValue(count{n: 1}, e.unit)}, true
		}
		// "the coming weeks", "the past months", "recent years" (TimeML
		// reads all three as a stretch of unknown length)
		if lead && e.plural && !t.is(i+1, "first") {
			return cand{end: j + 1, rule: "duration", typ: timeline.TypeDuration, value: durationValue(count{unknown: true}, e.unit)}, true
		}
		// "the weeks ahead"
		if e.plural && t.is(i, "the") && j == i+1 && t.is(j+1, "ahead") {
			return cand{end: j + 2, rule: "duration", typ: timeline.TypeDuration, value: durationValue(count{unknown: true}, e.unit)}, true
		}
		// "for years", "within weeks": an unknown number of units
		if e.plural && j == i && e.unit >= unitHour && t.isAny(i-1, spanPreps) && !t.is(i+1, "of") && !t.is(i+1, "ago") {
			return cand{end: j + 1, rule: "duration", typ: timeline.TypeDuration, value: durationValue(count{unknown: true}, e.unit)}, true
		}
		// decades-long, years-long
		if e.plural && t.hyphen(j+1) && t.is(j+2, "long") {
			return cand{end: j + 3, rule: "duration", typ: timeline.TypeDuration, value: durationValue(count{unknown: true}, e.unit)}, true
		}
		return cand{}, false
	}
	if c.article && lead {
		return cand{}, false
	}
	if t.toks[j].kind == tokNum && t.toks[j].digits == 4 && c.n >= 1000 && c.n < 2200 {
		return cand{}, false // "the 1988 quarter": a year, not a count
	}
	if t.isAny(k, countFillers) {
		k++
	}
	if t.hyphen(k) {
		k++
	}
	e := t.lex(k)
	if e == nil || e.unit == unitNone {
		return cand{}, false
	}
	if t.upper(k) && !t.toks[k].allUpper {
		return cand{}, false // "60 Minutes", a programme's name
	}
	// a second / a minute / a half: "for a second time" is an ordinal.
	if c.article && (e.unit == unitSecond || e.unit == unitHalf) {
		return cand{}, false
	}
	if c.n > 1 && !e.plural && !t.hyphen(k-1) && t.toks[k-1].kind == tokNum && false {
		return cand{}, false
	}
	if c.unknown && !e.plural && e.unit != unitHalf {
		return cand{}, false
	}
	if e.unit == unitHalf {
		return cand{}, false
	}
	end := k + 1
	if t.hyphen(end) && t.is(end+1, "long") {
		end += 2
	} else if t.hyphen(end) && t.is(end+1, "old") || e.unit == unitYear && t.is(end, "old") {
		return cand{}, false // "a two-year-old", "52 years old": an age, not a time
	}
	if the && t.is(i, "a") && t.is(end, "period") {
		end++
	} else if t.is(i, "a") {
		// "a year" is a count of one and "a couple of hours" two; "a
		// 24-hour" starts at the number.
		if !c.article && !t.isAny(i+1, articleCounts) {
			return cand{}, false
		}
	}
	// "an hour and a half"
	if !c.unknown && t.is(end, "and") && t.is(end+1, "a") && t.is(end+2, "half") && !t.hyphen(k-1) {
		c.n += 0.5
		c.article = false
		end += 3
	}
	if c.article && t.is(i-1, "per") || c.article && (t.is(i-1, "times") || t.is(i-1, "twice") || t.is(i-1, "once")) {
		return cand{}, false // "twice a year": a set
	}
	if c.article && i > 0 && (t.toks[i-1].kind == tokNum || t.is(i-1, "million") || t.is(i-1, "billion") || t.is(i-1, "percent") || t.punct(i-1, '%')) {
		return cand{}, false // "$2 million a year": a rate
	}
	if c.article && i > 1 && t.pluralCount(i-1) {
		return cand{}, false // "four flights a week", "24 hours a day": a rate
	}
	skip := 0
	if t.is(i, "the") && !lead && t.hyphen(k-1) && t.ok(end) && t.toks[end].kind == tokWord {
		skip = 1 // "the two-week talks": the article belongs to the noun
	}
	return cand{end: end, skip: skip, rule: "duration", typ: timeline.TypeDuration, value: durationValue(c, e.unit)}, true
}

// lexCount reports that token i reads as a count (not only an article).
func (t *tagger) lexCount(i int) bool {
	return t.isAny(i+1, articleCounts) || t.lex(i+1) != nil && t.lex(i+1).unit != unitNone
}

var setRule = rule{
	name:    "set",
	match:   (*tagger).matchSet,
	words:   append([]string{"once", "twice", "every", "each"}, vagueCounts...),
	classes: classSet | classCount | classWeekday,
	examples: []example{
		{"Prices are published daily.", "daily", "P1D", "set"},
		{"The board meets twice a year.", "twice a year", "P1Y", "set-frequency"},
		{"The market opens every Monday.", "every Monday", "XXXX-WXX-1", "set"},
		{"The market is closed Sat mornings.", "Sat mornings", "XXXX-WXX-6TMO", "set"},
	},
}

// matchSet: every day, each Monday, every other week, every three years,
// daily, twice a week, once a year, Tuesdays, Tuesday nights.
func (t *tagger) matchSet(i int) (cand, bool) {
	if e := t.lex(i); e != nil && e.set != "" {
		// "a quarterly dividend" is a kind of dividend, while "daily
		// protests" happen every day; and "China Daily" is a newspaper.
		if t.is(i, "quarterly") && t.ok(i+1) && t.toks[i+1].kind == tokWord && t.lex(i+1) == nil && !t.upper(i+1) && !t.is(i+1, "and") && !t.is(i+1, "or") {
			return cand{}, false
		}
		if t.upper(i) && !t.toks[i].allUpper && !t.boundaryBefore(i) {
			return cand{}, false
		}
		return cand{end: i + 1, rule: "set", typ: timeline.TypeSet, value: e.set}, true
	}
	// twice a week / three times a year / once a month
	freq, j := "", i
	switch {
	case t.is(i, "once"):
		freq, j = "1X", i+1
	case t.is(i, "twice"):
		freq, j = "2X", i+1
	default:
		if c, k, ok := t.parseCount(i); ok && !c.unknown && !c.article && t.is(k, "times") {
			freq, j = strconv.Itoa(int(c.n))+"X", k+1
		}
	}
	if freq != "" {
		if t.isAny(j, perWords) {
			if e := t.lex(j + 1); e != nil && e.unit != unitNone && !e.plural {
				return cand{end: j + 2, rule: "set-frequency", typ: timeline.TypeSet, value: durationValue(count{n: 1}, e.unit), freq: freq}, true
			}
		}
		return cand{}, false
	}
	if !t.is(i, "every") && !t.is(i, "each") {
		return t.matchWeekdaySet(i) // "Tuesday nights"
	}
	quant := "EVERY"
	if t.is(i, "each") {
		quant = "EACH"
	}
	j = i + 1
	n := count{n: 1}
	if t.is(j, "other") {
		n, j = count{n: 2}, j+1
	} else if c, k, ok := t.parseCount(j); ok && !c.article && !c.unknown {
		n, j = c, k
	}
	e := t.lex(j)
	if e == nil {
		return cand{}, false
	}
	switch {
	case e.unit == unitWeekend && n.n == 1:
		return cand{end: j + 1, rule: "set", typ: timeline.TypeSet, value: "XXXX-WXX-WE", quant: quant}, true
	case e.unit != unitNone && e.unit != unitHalf:
		return cand{end: j + 1, rule: "set", typ: timeline.TypeSet, value: durationValue(n, e.unit), quant: quant}, true
	case e.weekday > 0 && t.upper(j):
		v := "XXXX-WXX-" + strconv.Itoa(e.weekday)
		end := j + 1
		if p, ok := t.partOfDayAt(end); ok {
			v += "T" + p
			end++
		}
		return cand{end: end, rule: "set", typ: timeline.TypeSet, value: v, quant: quant}, true
	case e.month > 0 && t.upper(j) && !e.monthAbbr:
		return cand{end: j + 1, rule: "set", typ: timeline.TypeSet, value: "XXXX-" + twoDigits(e.month), quant: quant}, true
	case e.season != "":
		return cand{end: j + 1, rule: "set", typ: timeline.TypeSet, value: "XXXX-" + e.season, quant: quant}, true
	case e.part != "" && e.part != "MI" && e.part != "MN":
		return cand{end: j + 1, rule: "set", typ: timeline.TypeSet, value: "XXXX-XX-XXT" + e.part, quant: quant}, true
	}
	return cand{}, false
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// matchWeekdaySet: "Tuesday nights". A plural weekday alone ("on
// Tuesdays") is not tagged: the tagger has never tried a word the lexicon
// does not know, and making it do so would change the output.
func (t *tagger) matchWeekdaySet(i int) (cand, bool) {
	if !t.upper(i) || t.toks[i].kind != tokWord {
		return cand{}, false
	}
	if e := t.lex(i); e != nil && e.weekday > 0 {
		if p := t.lex(i + 1); p != nil && p.part != "" && t.isAny(i+1, pluralParts) {
			return cand{end: i + 2, rule: "set", typ: timeline.TypeSet, value: "XXXX-WXX-" + strconv.Itoa(e.weekday) + "T" + t.lex(i+1).part}, true
		}
	}
	return cand{}, false
}

// pluralWeekday reads "Tuesdays" at i: the ISO weekday, 0 when none.
func (t *tagger) pluralWeekday(i int) int {
	if !t.ok(i) || t.toks[i].kind != tokWord || !t.upper(i) {
		return 0
	}
	w := t.text[t.toks[i].start:t.toks[i].end]
	if len(w) <= 6 || w[len(w)-1] != 's' {
		return 0
	}
	if e := lexicon[toLowerASCII(w[:len(w)-1])]; e != nil && !e.weekdayAbb {
		return e.weekday
	}
	return 0
}

var fuzzyRule = rule{
	name:    "fuzzy",
	match:   (*tagger).matchFuzzy,
	words:   []string{"the", "as", "these", "a", "at", "current"},
	classes: classFuzzy,
	examples: []example{
		{"Prices rose recently.", "recently", "PAST_REF", "fuzzy"},
		{"Rates may fall in the future.", "the future", "FUTURE_REF", "fuzzy"},
		{"Few people write letters these days.", "these days", "PRESENT_REF", "fuzzy"},
	},
}

// matchFuzzy: recently, currently, soon, the future, the past, these days,
// at the moment, a later date.
func (t *tagger) matchFuzzy(i int) (cand, bool) {
	switch {
	case t.is(i, "the") && t.is(i+1, "future"), t.is(i, "the") && t.is(i+1, "past") && !t.numberAhead(i+2):
		v := "FUTURE_REF"
		if t.is(i+1, "past") {
			v = "PAST_REF"
		}
		return absolute(i+2, "fuzzy", timeline.TypeDate, v)
	case t.is(i, "the") && t.is(i+1, "other") && t.is(i+2, "day"):
		return absolute(i+3, "fuzzy", timeline.TypeDate, "PAST_REF")
	case t.is(i, "as") && t.is(i+1, "soon") && t.is(i+2, "as") && (t.is(i+3, "possible") || t.is(i+3, "practicable") || t.is(i+3, "feasible")):
		return absolute(i+4, "fuzzy", timeline.TypeDate, "FUTURE_REF")
	case t.is(i, "these") && t.is(i+1, "days"):
		return absolute(i+2, "fuzzy", timeline.TypeDate, "PRESENT_REF")
	case t.is(i, "a") && t.is(i+1, "later") && t.is(i+2, "date"):
		return absolute(i+3, "fuzzy", timeline.TypeDate, "FUTURE_REF")
	case t.is(i, "at") && t.is(i+1, "the") && t.is(i+2, "moment"):
		return absolute(i+3, "fuzzy", timeline.TypeDate, "PRESENT_REF")
	case t.is(i, "recent") && !(t.is(i-1, "most") || t.is(i-1, "in")):
		return cand{}, false // "recent talks": only "in recent" or "most recent" read as time
	case t.is(i, "future") && !t.is(i-1, "the") && !t.is(i-1, "near"):
		return cand{}, false // "future plans": measured, the adjective is more often not a time
	case t.is(i, "the") && (t.is(i+1, "near") || t.is(i+1, "short") || t.is(i+1, "long")) && t.is(i+2, "term"):
		return absolute(i+3, "fuzzy", timeline.TypeDate, "FUTURE_REF")
	case t.is(i, "the") && t.is(i+1, "near") && t.is(i+2, "future"):
		return absolute(i+3, "fuzzy", timeline.TypeDate, "FUTURE_REF")
	case t.is(i, "current") && (!t.upper(i) || t.boundaryBefore(i)):
		// TimeML reads the adjective as present time ("current market
		// conditions"), but not in compounds of the economy pages.
		if t.isAny(i+1, currentCompounds) {
			return cand{}, false
		}
		return absolute(i+1, "fuzzy", timeline.TypeDate, "PRESENT_REF")
	}
	e := t.lex(i)
	if e == nil || e.fuzzy == "" {
		return cand{}, false
	}
	// "as soon as", "soon after being captured": a conjunction or a
	// relation to an event, not a time.
	if t.is(i, "soon") && (t.is(i-1, "as") && t.is(i+1, "as") || t.is(i+1, "after") || t.is(i+1, "afterwards")) {
		return cand{}, false
	}
	// "the previously announced plan": an adverb inside a noun phrase.
	if t.is(i, "previously") && t.isAny(i-1, adverbDeterminers) {
		return cand{}, false
	}

	return absolute(i+1, "fuzzy", timeline.TypeDate, e.fuzzy)
}

func (t *tagger) numberAhead(i int) bool {
	if _, _, ok := t.parseCount(i); ok {
		return true
	}
	e := t.lex(i)
	return e != nil && e.unit != unitNone
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
