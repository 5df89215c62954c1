package temporal

import (
	"strconv"

	"github.com/timeline-dev/timeline/timeline"
)

var setRule = rule{
	name:    "set",
	match:   (*tagger).matchSet,
	words:   append([]string{"once", "twice", "every", "each", "alternate", "semi"}, vagueCounts...),
	classes: classSet | classCount | classWeekday,
	examples: []example{
		{"Prices are published daily.", "daily", "P1D", "set"},
		{"The board meets twice a year.", "twice a year", "P1Y", "set-frequency"},
		{"The market opens every Monday.", "every Monday", "XXXX-WXX-1", "set"},
		{"The market is closed Sat mornings.", "Sat mornings", "XXXX-WXX-6TMO", "set"},
	},
}

// matchSet: every day, each Monday, every other week, every three years,
// daily, twice a week, once a year, Sat mornings.
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
				return cand{end: j + 2, rule: "set-frequency", typ: timeline.TypeSet, value: durationValue(count{n: 1}, e.unit), set: &setAttrs{freq: freq}}, true
			}
		}
		return cand{}, false
	}
	if t.toks[i].kind != tokWord {
		return t.matchWeekdaySet(i)
	}
	if t.is(i, "semi") && t.hyphen(i+1) && (t.is(i+2, "annual") || t.is(i+2, "annually")) {
		return cand{end: i + 3, rule: "set", typ: timeline.TypeSet, value: "P6M"}, true // "semi-annual"
	}
	if t.is(i, "alternate") {
		// "alternate Fridays": every other Friday
		if wd := t.pluralWeekday(i + 1); wd > 0 {
			return cand{end: i + 2, rule: "set", typ: timeline.TypeSet, value: "XXXX-WXX-" + strconv.Itoa(wd), set: &setAttrs{quant: "EVERY", freq: "1X"}}, true
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
		return cand{end: j + 1, rule: "set", typ: timeline.TypeSet, value: "XXXX-WXX-WE", set: &setAttrs{quant: quant}}, true
	case e.unit != unitNone && e.unit != unitHalf:
		return cand{end: j + 1, rule: "set", typ: timeline.TypeSet, value: durationValue(n, e.unit), set: &setAttrs{quant: quant}}, true
	case e.weekday > 0:
		v := "XXXX-WXX-" + strconv.Itoa(e.weekday)
		end := j + 1
		if e.weekdayAbb {
			end = t.skipDot(end)
		}
		if p, ok := t.partOfDayAt(end); ok {
			v += "T" + p
			end++
		}
		return cand{end: end, rule: "set", typ: timeline.TypeSet, value: v, set: &setAttrs{quant: quant}}, true
	case e.month > 0 && !e.monthAbbr && (t.upper(j) || !e.monthLowerWeak || t.boundaryAfter(j)):
		return cand{end: j + 1, rule: "set", typ: timeline.TypeSet, value: "XXXX-" + twoDigits(e.month), set: &setAttrs{quant: quant}}, true
	case e.season != "":
		return cand{end: j + 1, rule: "set", typ: timeline.TypeSet, value: "XXXX-" + e.season, set: &setAttrs{quant: quant}}, true
	case e.part != "" && e.part != "MI" && e.part != "MN":
		return cand{end: j + 1, rule: "set", typ: timeline.TypeSet, value: "XXXX-XX-XXT" + e.part, set: &setAttrs{quant: quant}}, true
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
	if e := t.lex(i); e != nil {
		return e.weekdays
	}
	return 0
}
