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
		// the day in the current week
	default:
		switch tense {
		case tenseFuture:
			if diff < 0 {
				diff += 7
			}
		case tensePresent:
			return nearestWeekday(dct, wd) // "the meeting is on Wednesday"
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
	e := t.lex(i)
	if e == nil || e.weekday == 0 || !t.upper(i) {
		return cand{}, false
	}
	wd := e.weekday
	j := i + 1
	if e.weekdayAbb {
		if !t.punct(j, '.') || !t.adjacent(j) {
			return cand{}, false
		}
		j++
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
	j := i
	e := t.lex(j)
	if e == nil || e.rel == relNone || e.rel == relCurrent && !t.is(i-1, "the") {
		return cand{}, false
	}
	rel := e.rel
	if rel == relPast && !t.is(j, "past") || rel == relNext && t.is(j, "following") {
		return cand{}, false // "previous", "following" are anaphoric (the previous day)
	}
	if rel == relPast { // "past week" without "the": a duration handled elsewhere
		return cand{}, false
	}
	j++
	if rel == relThis && t.is(j, "past") {
		rel, j = relLast, j+1
	} else if rel == relThis && t.is(j, "coming") {
		rel, j = relNext, j+1
	}
	x := t.lex(j)
	if x == nil {
		return cand{}, false
	}
	switch {
	case x.unit != unitNone && !x.plural && x.unit != unitHalf:
		if t.upper(j) && !t.toks[j].allUpper {
			return cand{}, false // "This Week", a programme's name
		}
		u := x.unit
		off := relOffset(rel)
		return cand{end: j + 1, rule: "relative-unit", typ: timeline.TypeDate, resolve: func(r *res) {
			g := unitGranularity(u)
			dct, ok := r.fromDCT(xValue(g))
			if !ok {
				return
			}
			if u == unitWeekend {
				base := truncate(dct, timeline.GranularityWeek)
				if rel == relLast && isoWeekday(dct) < 6 || rel == relNext && isoWeekday(dct) >= 6 {
					base = shift(base, unitWeek, off)
				} else if rel != relThis {
					base = shift(base, unitWeek, off)
				}
				r.setAt(base.AddDate(0, 0, 5), timeline.GranularityWeekend)
				return
			}
			if g == timeline.GranularityMinute || g == timeline.GranularityHour {
				r.value, r.anchor = "PRESENT_REF", timeline.AnchorDCT
				return
			}
			if p, ok := r.quarterFocus(); ok {
				switch {
				case u == unitQuarter && rel == relThis && p.t.Year() == dct.Year():
					// "This quarter's loss" in a report on a quarter
					r.anchor, r.anchV = timeline.AnchorMention, p.value
					r.setAt(p.t, g)
					return
				case u == unitYear && rel == relLast && r.comparison(j+1):
					// "up from $3 last year": that quarter a year before
					r.anchor, r.anchV = timeline.AnchorMention, p.value
					r.setAt(shift(p.t, u, -1), timeline.GranularityQuarter)
					return
				}
			}
			r.setAt(shift(truncate(dct, g), u, off), g)
		}}, true
	case x.weekday > 0 && t.upper(j):
		wd := x.weekday
		end := j + 1
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
		}}, true
	case x.month > 0 && t.upper(j) && (!x.monthAbbr || t.punct(j+1, '.')):
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
			switch rel {
			case relLast:
				if month >= cur {
					y--
				}
			case relNext, relComing:
				if month <= cur {
					y++
				}
			}
			r.setAt(date(y, month, 1), timeline.GranularityMonth)
		}}, true
	case x.season != "":
		s := x.season
		return cand{end: j + 1, rule: "relative-season", typ: timeline.TypeDate, resolve: func(r *res) {
			dct, ok := r.fromDCT("XXXX-" + s)
			if !ok {
				return
			}
			cy, cs := seasonOf(dct)
			curIdx := cy*4 + seasonOrder[cs]
			target := dct.Year()*4 + seasonOrder[s]
			if s == "WI" && int(dct.Month()) <= 2 {
				target -= 4 // winter of last year is the current one in Jan/Feb
			}
			switch rel {
			case relLast:
				for target >= curIdx {
					target -= 4
				}
			case relNext, relComing:
				for target <= curIdx {
					target += 4
				}
			}
			y, si := floorDiv(target, 4), target-4*floorDiv(target, 4)
			r.value = fmt.Sprintf("%04d-%s", y, seasonNames[si])
			if iv, g, ok := parseValue(r.value); ok {
				r.iv, r.g = iv, g
			}
		}}, true
	case x.part != "" && (rel == relLast || rel == relThis) && !t.is(j, "overnight"):
		part := x.part
		if part == "MI" || part == "MN" {
			return cand{}, false
		}
		return cand{end: j + 1, rule: "relative-part-of-day", typ: timeline.TypeTime, resolve: func(r *res) {
			dct, ok := r.fromDCT("XXXX-XX-XXT" + part)
			if !ok {
				return
			}
			if rel == relLast {
				dct = dct.AddDate(0, 0, -1)
				if part == "NI" || part == "EV" {
					// "last night" is the night before the publication date.
				}
			}
			r.setAt(dct, timeline.GranularityDay)
			r.withPart(part)
		}}, true
	}
	return cand{}, false
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
			c, j, ok = count{unknown: true}, i, true // "years ago"
		} else {
			return cand{}, false
		}
	}
	e := t.lex(j)
	if e == nil || e.unit == unitNone || e.unit == unitHalf {
		return cand{}, false
	}
	u := e.unit
	k := j + 1
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
		return cand{}, false
	}
	if (t.is(k, "before") || t.is(k, "after") || t.is(k, "prior")) && !t.boundaryAfter(k) {
		return cand{}, false // "two days before the vote": a relation, not a date
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
		g := unitGranularity(u)
		if c.unknown || c.n != float64(int(c.n)) {
			if dir < 0 {
				r.value = "PAST_REF"
			} else {
				r.value = "FUTURE_REF"
			}
			r.anchor = timeline.AnchorDCT
			return
		}
		n := int(c.n) * dir
		// "profit rose in the third quarter from a year ago": a year-scale
		// comparison right after a quarter means that quarter, shifted.
		if p, ok := r.quarterFocus(); ok && u == unitYear {
			r.anchor, r.anchV = timeline.AnchorMention, p.value
			r.setAt(shift(p.t, u, n), timeline.GranularityQuarter)
			return
		}
		if deictic {
			dct, ok := r.fromDCT(xValue(g))
			if !ok {
				return
			}
			if g == timeline.GranularityDecade || g == timeline.GranularityCentury {
				g = timeline.GranularityYear // "a decade ago" is about a year, not the 2010s
			}
			if g == timeline.GranularityMinute || g == timeline.GranularityHour {
				g = timeline.GranularityDay
			}
			r.setAt(shift(dct, u, n), g)
			return
		}
		p, ok := r.fromContext(xValue(g), g)
		if !ok {
			return
		}
		if r.anchor == timeline.AnchorMention && granRank[p.g] < granRank[g] && granRank[p.g] >= granRank[timeline.GranularityDay] {
			g = p.g // "the third quarter … a year earlier": the same quarter a year before
		}
		if g == timeline.GranularityMinute || g == timeline.GranularityHour {
			g = timeline.GranularityDay
		}
		r.setAt(shift(p.t, u, n), g)
	}}, true
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

var modifiedRule = rule{
	name:    "modified",
	match:   (*tagger).matchModified,
	words:   []string{"the", "over", "more", "less", "at", "up", "no"},
	classes: classModifier | classApprox,
	examples: []example{
		{"Talks resumed in early March.", "early March", "2025-03", "modified-month"},
		{"The call lasted about two hours.", "about two hours", "PT2H", "modified-duration"},
		{"It ends at the end of 1990.", "the end of 1990", "1990", "modified-year"},
	},
}

// matchModified: early/mid/late/the end of/the beginning of + a date, and
// about/nearly/more than/at least + any expression.
func (t *tagger) matchModified(i int) (cand, bool) {
	j := i
	mod := ""
	dateOnly := true
	the := t.is(j, "the")
	if the {
		j++
	}
	e := t.lex(j)
	switch {
	case e != nil && e.mod != "" && t.isAny(j, modNouns):
		if !the || !t.is(j+1, "of") {
			return cand{}, false
		}
		mod, j = e.mod, j+2
	case e != nil && e.mod != "" && t.isAny(j, modAdjectives):
		mod = e.mod
		j++
		if t.hyphen(j) {
			j++
		} else if t.is(j-1, "mid") && t.ok(j) && !t.toks[j].gap {
			return cand{}, false
		}
		if t.is(j, "in") && !t.is(j-1, "mid") && t.isAny(j-1, modAdjectives) {
			j++ // "earlier in the year"
		}
	case !the && e != nil && e.approx != "":
		mod, dateOnly = e.approx, false
		j++
	case !the && t.is(j, "over"):
		// "over a week", "over 20 years"; not "over the past 20 years".
		if c, _, ok := t.parseCount(j + 1); !ok || c.unknown {
			return cand{}, false
		}
		mod, dateOnly = "MORE_THAN", false
		j++
	case !the && (t.is(j, "more") || t.is(j, "less")) && t.is(j+1, "than"):
		mod, dateOnly = "MORE_THAN", false
		if t.is(j, "less") {
			mod = "LESS_THAN"
		}
		j += 2
	case !the && t.is(j, "at") && (t.is(j+1, "least") || t.is(j+1, "most")):
		mod, dateOnly = "EQUAL_OR_MORE", false
		if t.is(j+1, "most") {
			mod = "EQUAL_OR_LESS"
		}
		j += 2
	case !the && t.is(j, "up") && t.is(j+1, "to"):
		mod, dateOnly, j = "EQUAL_OR_LESS", false, j+2
	case !the && t.is(j, "no") && (t.is(j+1, "more") || t.is(j+1, "less")) && t.is(j+2, "than"):
		mod, dateOnly = "EQUAL_OR_LESS", false
		if t.is(j+1, "less") {
			mod = "EQUAL_OR_MORE"
		}
		j += 3
	default:
		return cand{}, false
	}
	if !t.ok(j) {
		return cand{}, false
	}
	inner, ok := t.matchAt(j, t.declared(j))
	if !ok {
		// "the end of the year", "the start of the week": the current unit.
		if the && (t.is(j, "the") || t.is(j, "this")) {
			if u := t.lex(j + 1); u != nil && u.unit >= unitWeek && u.unit <= unitYear && !u.plural {
				inner, ok = t.anaphoric(j+2, u.unit, 0, "", j), true
				inner.rule = "current-unit"
				uu := u.unit
				inner.resolve = func(r *res) {
					g := unitGranularity(uu)
					if d, ok := r.fromDCT(xValue(g)); ok {
						r.setAt(d, g)
					}
				}
			}
		}
		if !ok {
			return cand{}, false
		}
	}
	if dateOnly && inner.typ != timeline.TypeDate && inner.typ != timeline.TypeTime {
		return cand{}, false
	}
	if !dateOnly && (inner.rule == "weekday" || inner.typ == timeline.TypeSet) {
		return cand{}, false // "around Wednesday", "almost daily"
	}
	if dateOnly && !the && t.is(i, "late") && t.toks[j].kind == tokWord && t.upper(j) && t.lex(j) != nil && t.lex(j).weekday == 0 && t.lex(j).month == 0 {
		return cand{}, false
	}
	if inner.value == "PRESENT_REF" || inner.value == "PAST_REF" || inner.value == "FUTURE_REF" {
		return cand{}, false
	}
	c := inner
	c.mod = mod
	c.rule = "modified-" + inner.rule
	if t.is(i, "earlier") || t.is(i+boolInt(the), "earlier") {
		c.toDCT = true
	} else if t.is(i, "later") {
		c.fromDCT = true
	}
	// TimeML leaves "earlier"/"later" out of the extent of a day or of this
	// week ("earlier [Friday]", "later [today]"); the mod keeps the nuance.
	if (t.is(i, "earlier") || t.is(i, "later")) && j == i+1 &&
		(inner.rule == "weekday" || inner.rule == "deictic" || inner.rule == "relative-unit" && t.is(j, "this") && t.is(j+1, "week")) {
		c.skip = 1
	}
	return c, true
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
