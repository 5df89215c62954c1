package temporal

import (
	"fmt"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

var granRank = map[timeline.Granularity]int{
	timeline.GranularityMinute: 1, timeline.GranularityHour: 2, timeline.GranularityPartOfDay: 3,
	timeline.GranularityDay: 4, timeline.GranularityWeekend: 5, timeline.GranularityWeek: 6,
	timeline.GranularityMonth: 7, timeline.GranularitySeason: 8, timeline.GranularityQuarter: 9,
	timeline.GranularityHalf: 10, timeline.GranularityYear: 11, timeline.GranularityDecade: 12,
	timeline.GranularityCentury: 13,
}

// partOfDayAt reads "morning", "night", ... at i (not noon/midnight).
func (t *tagger) partOfDayAt(i int) (string, bool) {
	e := t.lex(i)
	if e == nil || e.part == "" || e.part == "MI" || e.part == "MN" || t.is(i, "overnight") {
		return "", false
	}
	return e.part, true
}

// weekdayDate places weekday wd relative to the publication date: by tense
// for a bare weekday, or by last/next/this.
func weekdayDate(dct time.Time, wd, rel, tense int) time.Time {
	diff := wd - isoWeekday(dct) // -6..6
	switch rel {
	case relLast, relPast:
		if diff >= 0 {
			diff -= 7
		}
	case relNext, relComing:
		if diff <= 0 {
			diff += 7
		}
	case relThis:
		// the day in the current week; on a Sunday, the week ahead
		if isoWeekday(dct) == 7 && diff < 0 && tense != tensePast {
			diff += 7
		}
	default:
		switch tense {
		case tenseFuture:
			if diff < 0 {
				diff += 7
			}
		case tensePresent, tenseNone:
			// "the meeting is on Wednesday", and "friday evening" with no
			// verb at all: the nearer one
			return nearestWeekday(dct, wd)
		default:
			if diff > 0 {
				diff -= 7
			}
		}
	}
	return dct.AddDate(0, 0, diff)
}

// nearestWeekday is weekday wd within three days of dct, either way.
func nearestWeekday(dct time.Time, wd int) time.Time {
	diff := wd - isoWeekday(dct)
	if diff > 3 {
		diff -= 7
	} else if diff < -3 {
		diff += 7
	}
	return dct.AddDate(0, 0, diff)
}

var weekdayRule = rule{
	name:    "weekday",
	match:   (*tagger).matchWeekday,
	classes: classWeekday,
	examples: []example{
		{"The talks collapsed on Friday.", "Friday", "2025-05-16", "weekday"},
		{"The talks will resume on Friday.", "Friday", "2025-05-23", "weekday"},
		{"They met Monday morning.", "Monday morning", "2025-05-19TMO", "weekday"},
	},
}

// matchWeekday: Monday, Monday morning, Friday night; resolved by tense.
func (t *tagger) matchWeekday(i int) (cand, bool) {
	e, ok := t.weekdayName(i, false)
	if !ok {
		return cand{}, false
	}
	wd := e.weekday
	j := i + 1
	if e.weekdayAbb {
		switch {
		case t.punct(j, '.') && t.adjacent(j):
			j++
		case t.upper(i) && t.isAny(i-1, weekdayAbbrevPreps):
			// "on Wed", "until Fri": the preposition is the cue
		default:
			return cand{}, false
		}
	}
	// "the Friday Mosque", "Friday Prayers", "the Sunday Times": a weekday
	// inside a name.
	if t.ok(j) && t.upper(j) && newspaperWord(t.text[t.toks[j].start:t.toks[j].end]) {
		return cand{}, false
	}
	if t.ok(j) && t.toks[j].kind == tokWord && t.upper(j) && !t.toks[j].allUpper && t.lex(j) == nil && !t.boundaryBefore(j) {
		if t.is(i-1, "the") || t.upper(i-1) && !t.boundaryBefore(i) {
			return cand{}, false
		}
	}
	if t.isAny(j, pluralParts) {
		return cand{}, false // "Tuesday nights": every Tuesday
	}
	part, hasPart := t.partOfDayAt(j)
	end := j
	if hasPart {
		end = j + 1
	}
	// "Wednesday's ruling", "Sunday's election": a possessive names an
	// event of the days around publication, whatever the clause's verb.
	possessive := !hasPart && t.punct(end, '\'') && t.adjacent(end) && t.is(end+1, "s") && t.adjacent(end+1)
	return cand{end: end, rule: "weekday", typ: timeline.TypeDate, resolve: func(r *res) {
		x := fmt.Sprintf("XXXX-WXX-%d", wd)
		dct, ok := r.fromDCT(x)
		if !ok {
			return
		}
		d := nearestWeekday(dct, wd)
		if !possessive {
			d = weekdayDate(dct, wd, relNone, r.tenseAt())
		}
		// "between Monday and Wednesday": the end comes after the start
		if p := r.t.last; p != nil && p.g == timeline.GranularityDay && p.tok == r.at-1 && r.t.rangeWord(r.at-1) &&
			(!r.t.is(r.at-1, "and") || r.t.is(r.at-3, "between")) && !d.After(p.t) && p.t.Sub(d) < 7*24*time.Hour {
			d = d.AddDate(0, 0, 7)
		}
		r.setAt(d, timeline.GranularityDay)
		if hasPart {
			r.withPart(part)
		}
	}}, true
}

// withPart turns a resolved day into a part of that day (2025-05-19TMO).
func (r *res) withPart(part string) {
	if r.g != timeline.GranularityDay {
		return
	}
	r.value += "T" + part
	if iv, g, ok := parseValue(r.value); ok {
		r.iv, r.g = iv, g
	}
}

var relativeRule = rule{
	name:    "relative",
	match:   (*tagger).matchRelative,
	classes: classRelative,
	examples: []example{
		{"He left last week.", "last week", "2025-W20", "relative-unit"},
		{"He leaves next Friday.", "next Friday", "2025-05-23", "relative-weekday"},
		{"It opens next March.", "next March", "2026-03", "relative-month"},
		{"Prices rose last summer.", "last summer", "2024-SU", "relative-season"},
		{"Shots were fired last night.", "last night", "2025-05-18TNI", "relative-part-of-day"},
	},
}

// matchRelative: last/next/this/coming/past + unit, weekday, month, season,
// weekend or part of day ("last week", "next Friday", "this summer",
// "last night"); "this past spring".
func (t *tagger) matchRelative(i int) (cand, bool) {
	rel, j, ok := t.relativeWord(i)
	x := t.lex(j)
	if !ok || x == nil {
		return cand{}, false
	}
	switch {
	case x.unit != unitNone && !x.plural && x.unit != unitHalf:
		if t.upper(j) && !t.toks[j].allUpper {
			return cand{}, false // "This Week", a programme's name
		}
		return t.relativeUnit(j, rel), true
	case x.weekday > 0:
		// "next monday", "last wed": the relative word is the cue.
		return t.relativeWeekday(j, rel), true
	case x.month > 0 && (t.upper(j) || !x.monthLowerWeak || t.boundaryAfter(j)) && (!x.monthAbbr || t.punct(j+1, '.') || !t.upper(j)):
		return t.relativeMonth(j, rel), true
	case x.season != "":
		return relativeSeason(j+1, rel, x.season), true
	case x.part != "" && (rel == relLast || rel == relThis) && !t.is(j, "overnight"):
		if x.part == "MI" || x.part == "MN" {
			return cand{}, false
		}
		return relativePartOfDay(j+1, rel, x.part), true
	}
	return cand{}, false
}

// relativeWord reads last, next, this, coming or "the current" at i, and
// "this past", "this coming": the relation and the token after it.
func (t *tagger) relativeWord(i int) (int, int, bool) {
	e := t.lex(i)
	if e == nil || e.rel == relNone || e.rel == relCurrent && !t.is(i-1, "the") && !t.currentUnitNext(i+1) {
		return relNone, i, false
	}
	// "previous", "following" are anaphoric (the previous day); "past
	// week" without "the" is a duration, handled elsewhere.
	rel := e.rel
	if rel == relPast && t.is(i, "past") && t.lex(i+1) != nil && t.lex(i+1).weekday > 0 {
		return relLast, i + 1, true // "past saturday": the last one
	}
	if rel == relPast || rel == relNext && t.is(i, "following") {
		return relNone, i, false
	}
	j := i + 1
	if rel == relThis && t.is(j, "past") {
		rel, j = relLast, j+1
	} else if rel == relThis && (t.is(j, "coming") || t.is(j, "upcoming")) {
		rel, j = relNext, j+1
	}
	return rel, j, true
}

// currentUnitNext reports a unit of the calendar at k, after "current":
// "current month", "current year".
func (t *tagger) currentUnitNext(k int) bool {
	e := t.lex(k)
	return e != nil && !e.plural && e.unit >= unitWeek && e.unit <= unitYear && e.unit != unitHalf
}

// relativeUnit: "last week", "next year", "this weekend", the unit at j.
func (t *tagger) relativeUnit(j, rel int) cand {
	u := t.lex(j).unit
	return cand{end: j + 1, rule: "relative-unit", typ: timeline.TypeDate, resolve: func(r *res) {
		g := unitGranularity(u)
		dct, ok := r.fromDCT(xValue(g))
		switch {
		case !ok:
		case u == unitWeekend:
			r.setAt(relativeWeekend(dct, rel), timeline.GranularityWeekend)
		case g == timeline.GranularityMinute || g == timeline.GranularityHour:
			r.value, r.anchor = "PRESENT_REF", timeline.AnchorDCT
		case r.relativeToQuarter(u, rel, j+1, dct):
		default:
			r.setAt(shift(truncate(dct, g), u, relOffset(rel)), g)
		}
	}}
}

// relativeWeekend is the Saturday of the weekend rel names from dct: this
// weekend is the one of the current week, last and next weekend the ones of
// the weeks before and after it, whatever the day of publication.
func relativeWeekend(dct time.Time, rel int) time.Time {
	base := truncate(dct, timeline.GranularityWeek)
	return shift(base, unitWeek, relOffset(rel)).AddDate(0, 0, 5)
}

// relativeToQuarter resolves unit u of a relative expression ending before
// token after against the quarter in focus (see quarterFocus), and reports
// whether it did: "This quarter's loss" in a report on a quarter is that
// quarter, and "up from $3 last year" that quarter a year before.
func (r *res) relativeToQuarter(u unit, rel, after int, dct time.Time) bool {
	p, ok := r.quarterFocus()
	switch {
	case !ok:
		return false
	case u == unitQuarter && rel == relThis && p.t.Year() == dct.Year():
		r.anchor, r.anchV = timeline.AnchorMention, p.value
		r.setAt(p.t, unitGranularity(u))
	case u == unitYear && rel == relLast && r.comparison(after):
		r.anchor, r.anchV = timeline.AnchorMention, p.value
		r.setAt(shift(p.t, u, -1), timeline.GranularityQuarter)
	default:
		return false
	}
	return true
}

// relativeWeekday: "last Friday", "next Monday morning", the weekday at j.
func (t *tagger) relativeWeekday(j, rel int) cand {
	wd := t.lex(j).weekday
	end := j + 1
	if t.lex(j).weekdayAbb {
		end = t.skipDot(end) // "next wed."
	}
	part, hasPart := t.partOfDayAt(end)
	if hasPart {
		end++
	}
	return cand{end: end, rule: "relative-weekday", typ: timeline.TypeDate, resolve: func(r *res) {
		dct, ok := r.fromDCT(fmt.Sprintf("XXXX-WXX-%d", wd))
		if !ok {
			return
		}
		r.setAt(weekdayDate(dct, wd, rel, tenseNone), timeline.GranularityDay)
		if hasPart {
			r.withPart(part)
		}
	}}
}

// relativeMonth: "last March", "next Sept.", the month at j: the nearest
// such month before or after publication.
func (t *tagger) relativeMonth(j, rel int) cand {
	x := t.lex(j)
	month := x.month
	end := j + 1
	if x.monthAbbr {
		end = t.skipDot(end)
	}
	return cand{end: end, rule: "relative-month", typ: timeline.TypeDate, resolve: func(r *res) {
		dct, ok := r.fromDCT(fmt.Sprintf("XXXX-%02d", month))
		if !ok {
			return
		}
		y := dct.Year()
		cur := int(dct.Month())
		switch {
		case rel == relLast && month >= cur:
			y--
		case (rel == relNext || rel == relComing) && month <= cur:
			y++
		}
		r.setAt(date(y, month, 1), timeline.GranularityMonth)
	}}
}

// relativeSeason: "last summer", "this winter", ending at end.
func relativeSeason(end, rel int, s string) cand {
	return cand{end: end, rule: "relative-season", typ: timeline.TypeDate, resolve: func(r *res) {
		dct, ok := r.fromDCT("XXXX-" + s)
		if !ok {
			return
		}
		r.value = seasonValue(seasonIndex(dct, s, rel))
		if iv, g, ok := parseValue(r.value); ok {
			r.iv, r.g = iv, g
		}
	}}
}

// seasonIndex counts seasons from year 0 (year*4 + season) to season s as
// rel names it from dct.
func seasonIndex(dct time.Time, s string, rel int) int {
	cy, cs := seasonOf(dct)
	cur := cy*4 + seasonOrder[cs]
	target := dct.Year()*4 + seasonOrder[s]
	if s == "WI" && int(dct.Month()) <= 2 {
		target -= 4 // winter of last year is the current one in Jan/Feb
	}
	switch rel {
	case relLast:
		for target >= cur {
			target -= 4
		}
	case relNext, relComing:
		for target <= cur {
			target += 4
		}
	}
	return target
}

// seasonValue is the value of the season numbered as by seasonIndex.
func seasonValue(n int) string {
	y, si := floorDiv(n, 4), n-4*floorDiv(n, 4)
	return fmt.Sprintf("%04d-%s", y, seasonNames[si])
}

// relativePartOfDay: "last night", "this morning", ending at end.
func relativePartOfDay(end, rel int, part string) cand {
	return cand{end: end, rule: "relative-part-of-day", typ: timeline.TypeTime, resolve: func(r *res) {
		dct, ok := r.fromDCT("XXXX-XX-XXT" + part)
		if !ok {
			return
		}
		if rel == relLast {
			dct = dct.AddDate(0, 0, -1) // "last night": the night before publication
		}
		r.setAt(dct, timeline.GranularityDay)
		r.withPart(part)
	}}
}

func relOffset(rel int) int {
	switch rel {
	case relLast, relPast:
		return -1
	case relNext, relComing:
		return 1
	}
	return 0
}

// xValue is the X-filled value of an unresolved date at granularity g.
func xValue(g timeline.Granularity) string {
	switch g {
	case timeline.GranularityYear:
		return "XXXX"
	case timeline.GranularityMonth:
		return "XXXX-XX"
	case timeline.GranularityWeek:
		return "XXXX-WXX"
	case timeline.GranularityWeekend:
		return "XXXX-WXX-WE"
	case timeline.GranularityQuarter:
		return "XXXX-QX"
	case timeline.GranularityHalf:
		return "XXXX-HX"
	case timeline.GranularitySeason:
		return "XXXX-XX"
	case timeline.GranularityDecade:
		return "XXX"
	case timeline.GranularityCentury:
		return "XX"
	}
	return "XXXX-XX-XX"
}

var deicticRule = rule{
	name:    "deictic",
	match:   (*tagger).matchDeictic,
	words:   []string{"the", "overnight"},
	classes: classDeictic,
	examples: []example{
		{"He resigned yesterday.", "yesterday", "2025-05-18", "deictic"},
		{"It began the day before yesterday.", "the day before yesterday", "2025-05-17", "deictic"},
		{"Fighting intensified overnight.", "overnight", "2025-05-18TNI", "overnight"},
		{"Now the talks resume.", "Now", "PRESENT_REF", "now"},
	},
}

// matchDeictic: today, yesterday, tomorrow, tonight, now; with a part of day
// ("yesterday morning"); "the day before yesterday".
func (t *tagger) matchDeictic(i int) (cand, bool) {
	j := i
	extra := 0
	switch {
	case t.is(j, "the") && t.is(j+1, "day") && t.is(j+2, "before") && t.is(j+3, "yesterday"):
		extra, j = -1, j+3
	case t.is(j, "the") && t.is(j+1, "day") && t.is(j+2, "after") && t.is(j+3, "tomorrow"):
		extra, j = 1, j+3
	}
	e := t.lex(j)
	if t.is(j, "overnight") && j == i {
		// "fighting intensified overnight": the night before publication.
		return cand{end: j + 1, rule: "overnight", typ: timeline.TypeTime, resolve: func(r *res) {
			if dct, ok := r.fromDCT("XXXX-XX-XXTNI"); ok {
				r.setAt(dct.AddDate(0, 0, -1), timeline.GranularityDay)
				r.withPart("NI")
			}
		}}, true
	}
	if e == nil || e.deictic == deiNone {
		return cand{}, false
	}
	// "today's world", "today's youth": the present age, not the day.
	if e.deictic == deiToday && t.punct(j+1, '\'') && t.is(j+2, "s") && t.ok(j+3) && genericNow(t.text[t.toks[j+3].start:t.toks[j+3].end]) {
		return cand{}, false
	}
	d := e.deictic
	if d == deiNow {
		if j != i {
			return cand{}, false
		}
		if t.hyphen(j + 1) {
			return cand{}, false // "the now-cancelled deal": an adverb inside a word
		}
		// "now" as a discourse marker ("Now, ...") is still present time.
		return absolute(j+1, "now", timeline.TypeDate, "PRESENT_REF")
	}
	end := j + 1
	part, hasPart := "", false
	if d != deiTonight {
		part, hasPart = t.partOfDayAt(end)
		if hasPart {
			end++
		}
	}
	typ := timeline.TypeDate
	if hasPart || d == deiTonight {
		typ = timeline.TypeTime
	}
	return cand{end: end, rule: "deictic", typ: typ, resolve: func(r *res) {
		dct, ok := r.fromDCT("XXXX-XX-XX")
		if !ok {
			return
		}
		off := extra
		switch d {
		case deiYesterday:
			off--
		case deiTomorrow:
			off++
		}
		r.setAt(dct.AddDate(0, 0, off), timeline.GranularityDay)
		switch {
		case hasPart:
			r.withPart(part)
		case d == deiTonight:
			r.withPart("NI")
		}
	}}, true
}
