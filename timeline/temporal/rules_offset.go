package temporal

import (
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// Offsets from the publication time or from the date in focus: "two years
// ago", "1 year 9 months from now", "an hour and a half ago", "three days
// later", "in 3 weeks".

var agoRule = rule{
	name:    "ago",
	match:   (*tagger).matchOffset,
	words:   append([]string{"half", "the"}, vagueCounts...),
	classes: classCount | classUnit | classWeekday,
	examples: []example{
		{"The trial opens a week from Friday.", "a week from Friday", "2025-05-30", "offset-from-date"},
		{"Stores reopen two days after Christmas.", "two days after Christmas", "2025-12-27", "offset-from-date"},
		{"It opens two weeks from next Tuesday.", "two weeks from next Tuesday", "2025-06-03", "offset-from-date"},
		{"The fair opens the Monday before June 25.", "the Monday before June 25", "2025-06-23", "offset-from-date"},
		{"Shops reopen Tuesday after Christmas.", "Tuesday after Christmas", "2025-12-30", "offset-from-date"},
		{"The plant closed two years ago.", "two years ago", "2023", "offset"},
		{"The vote was on May 2. Three days later, riots began.", "Three days later", "2025-05-05", "offset"},
		{"The deal closes 1 year 9 months from now.", "1 year 9 months from now", "2027-02", "offset"},
	},
}

// part is one count of units of an offset: "9 months".
type part struct {
	c count
	u unit
}

// parts are the counts of an offset in the order written, largest unit
// first: "1 year, 1 month and 1 day". A fixed array keeps the matcher,
// tried at every number, from allocating.
type parts struct {
	p [7]part
	n int
}

// smallest is the finest unit of the offset.
func (ps *parts) smallest() unit {
	u := ps.p[0].u
	for _, p := range ps.p[1:ps.n] {
		u = min(u, p.u)
	}
	return u
}

// vague reports a count of unknown size or a fraction of a unit a day or
// longer: "several years ago", "2.5 years ago" name no date.
func (ps *parts) vague() bool {
	for _, p := range ps.p[:ps.n] {
		if p.c.unknown || p.c.n != float64(int(p.c.n)) && p.u > unitDay {
			return true
		}
	}
	return false
}

// matchOffset: an offset from publication or the date in focus (matchAgo),
// or from a date the expression names (matchFromDate), whichever is
// longer.
func (t *tagger) matchOffset(i int) (cand, bool) {
	if !t.offsetWordNear(i) {
		return cand{}, false
	}
	c, ok := t.matchAgo(i)
	if d, ok2 := t.matchFromDate(i); ok2 && (!ok || d.end > c.end) {
		return d, true
	}
	return c, ok
}

// offsetWordNear reports a word that ends an offset right after the
// counts, units and weekdays from i, to leave the many counts that begin
// none: "ago", "from", "hence", "later", "earlier", "before", "after",
// "prior", "on", "following", "preceding", "afterwards".
func (t *tagger) offsetWordNear(i int) bool {
	for k := i + 1; k < len(t.toks); k++ {
		tk := &t.toks[k]
		switch tk.kind {
		case tokNum:
			continue
		case tokPunct:
			if tk.punct == ',' || tk.punct == '.' || tk.punct == '-' || tk.punct == '\'' {
				continue
			}
			return false
		}
		// the counts, units and weekdays of "1 year, 1 month and 2 days",
		// "the 2nd Monday", "an hour and a half"
		if e := tk.lex; e != nil && (e.unit != unitNone || e.numberWord || e.weekday != 0 || e.weekdays != 0 || e.ordinal != 0) ||
			!tk.gap && t.toks[k-1].kind == tokNum || t.is(k, "and") || t.is(k, "half") {
			continue // ... and a unit glued to its count: "1d"
		}
		switch tk.end - tk.start {
		case 2:
			if t.is(k, "on") {
				return true
			}
		case 3:
			if t.is(k, "ago") {
				return true
			}
		case 4:
			if t.is(k, "from") {
				return true
			}
		case 5:
			if t.is(k, "hence") || t.is(k, "later") || t.is(k, "after") || t.is(k, "prior") {
				return true
			}
		case 6:
			if t.is(k, "before") {
				return true
			}
		case 7:
			if t.is(k, "earlier") {
				return true
			}
		case 9:
			if t.is(k, "following") || t.is(k, "preceding") {
				return true
			}
		case 10:
			if t.is(k, "afterwards") {
				return true
			}
		}
		return false
	}
	return false
}

// matchAgo: N units ago / from now / hence (from publication); N units
// earlier / later / before / after (from the date in focus).
func (t *tagger) matchAgo(i int) (cand, bool) {
	var ps parts
	k := i
	if e := t.lex(i); e != nil && e.unit != unitNone && e.unit != unitHalf && e.plural {
		ps.p[0], ps.n, k = part{c: count{unknown: true}, u: e.unit}, 1, i+1 // "years ago"
		// "minutes later": how long after, as TimeBank tags "a few days
		// later"; "years ago" is a time past.
		if dir, deictic, _, ok := t.offsetWord(k); ok && !deictic && dir > 0 {
			return cand{end: k, rule: "duration", typ: timeline.TypeDuration, value: durationValue(ps.p[0].c, e.unit)}, true
		}
	} else {
		var ok bool
		if ps, k, ok = t.readParts(i); !ok {
			return cand{}, false
		}
	}
	dir, deictic, w, ok := t.offsetWord(k)
	if !ok {
		return cand{}, false
	}
	end := w + 1
	u := ps.smallest()
	typ := timeline.TypeDate
	if u <= unitHour {
		typ = timeline.TypeTime
		// "Two hours later" after a day without a time of day lands on no
		// clock: it tells how long after, as TimeBank tags it.
		if p := t.last; !deictic && !ps.vague() && (p == nil || granRank[p.g] > granRank[timeline.GranularityHour]) {
			return cand{end: k, rule: "duration", typ: timeline.TypeDuration, value: partsDuration(ps)}, true
		}
	}
	// "a year earlier" and "up from $3 a year ago" compare; "two weeks ago"
	// dates, and may anchor what follows ("three days later").
	lookBack := dir < 0 && (!deictic || t.comparisonAt(i, end) || u == unitYear && t.lastQuarter != nil && i-t.lastQuarter.tok < 150)
	return offsetCand(end, typ, lookBack, ps, dir, deictic), true
}

// offsetCand resolves ps as an offset; a function of its own so that the
// matchers' parts escape to the heap only when they match.
func offsetCand(end int, typ timeline.TimexType, lookBack bool, ps parts, dir int, deictic bool) cand {
	return cand{end: end, rule: "offset", typ: typ, lookBack: lookBack, resolve: func(r *res) {
		r.offset(ps, dir, deictic)
	}}
}

// readParts reads the counts of an offset at i: "3 days", "an hour and a
// half", "1 year 9 months", "1 year, 1 month, 1 week and 1 day". It
// returns them and the token after the last.
func (t *tagger) readParts(i int) (parts, int, bool) {
	var ps parts
	end, j := i, i
	for ps.n < len(ps.p) {
		c, u, k, ok := t.countUnit(j)
		if !ok || ps.n > 0 && (c.unknown || u >= ps.p[ps.n-1].u) {
			break // "1 year 9 months": each unit smaller than the one before
		}
		ps.p[ps.n] = part{c, u}
		ps.n++
		end = k
		if t.punct(k, ',') {
			k++
		}
		if t.is(k, "and") {
			k++
		}
		j = k
	}
	return ps, end, ps.n > 0
}

// countUnit reads one count and its unit at j: "3 days", "an hour", "2.5
// hours", "half an hour", "an hour and a half", "1d", "15 hrs".
func (t *tagger) countUnit(j int) (count, unit, int, bool) {
	if t.is(j, "half") && (t.is(j+1, "a") || t.is(j+1, "an")) {
		if u, k, ok := t.unitAt(j + 2); ok && u != unitHalf {
			return count{n: 0.5}, u, k, true
		}
		return count{}, unitNone, j, false
	}
	c, k, ok := t.parseCount(j)
	if !ok {
		return c, unitNone, j, false
	}
	u, k2, ok := t.unitAt(k)
	if !ok || c.unknown && (t.lex(k) == nil || !t.lex(k).plural) {
		return c, unitNone, j, false
	}
	if !c.unknown && t.is(k2, "and") && t.is(k2+1, "a") && t.is(k2+2, "half") {
		c.n += 0.5
		k2 += 3
	}
	return c, u, k2, true
}

// unitAbbrevs are units written glued to their count: "1d ago", "in 2h".
var unitAbbrevs = map[string]unit{"s": unitSecond, "m": unitMinute, "h": unitHour, "d": unitDay, "w": unitWeek,
	"wk": unitWeek, "wks": unitWeek, "mo": unitMonth, "mos": unitMonth, "y": unitYear}

// unitAt reads the unit of an offset at k: a unit word ("days", "hrs"), or
// a letter glued to the count before it ("1d").
func (t *tagger) unitAt(k int) (unit, int, bool) {
	if e := t.lex(k); e != nil && e.unit != unitNone && e.unit != unitHalf {
		if t.upper(k) && !t.toks[k].allUpper && !t.boundaryBefore(k) {
			return unitNone, k, false // "60 Minutes", a programme's name
		}
		return e.unit, k + 1, true
	}
	if t.ok(k) && k > 0 && t.toks[k].kind == tokWord && !t.toks[k].gap && t.toks[k-1].kind == tokNum {
		if u, ok := unitAbbrevs[toLowerASCII(t.text[t.toks[k].start:t.toks[k].end])]; ok {
			return u, k + 1, true
		}
	}
	return unitNone, k, false
}

// offsetWord reads the word after "N units" at k: ago, from now, hence
// (from publication: deictic) or earlier, before, prior, later, after,
// afterwards (from the last date). It returns the direction, whether the
// offset is deictic, and the word's last token.
func (t *tagger) offsetWord(k int) (int, bool, int, bool) {
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
		return 0, false, k, false
	}
	if (t.is(k, "before") || t.is(k, "after") || t.is(k, "prior")) && !t.boundaryAfter(k) {
		return 0, false, k, false // "two days before the vote": a relation, not a date
	}
	return dir, deictic, k, true
}

// offset resolves the offset ps in direction dir from publication
// (deictic) or from the date in focus. An offset in hours or minutes
// counts from the time of day when the anchor has one, and otherwise
// names the anchor's day, or a day before or after it for a day or more;
// a vague count is a reference to the past or the future.
func (r *res) offset(ps parts, dir int, deictic bool) {
	if ps.vague() {
		r.value = "FUTURE_REF"
		if dir < 0 {
			r.value = "PAST_REF"
		}
		r.anchor = timeline.AnchorDCT
		return
	}
	u := ps.smallest()
	g := unitGranularity(u)
	// "profit rose in the third quarter from a year ago": a year-scale
	// comparison right after a quarter means that quarter, shifted.
	if p, ok := r.quarterFocus(); ok && u == unitYear && ps.n == 1 {
		r.anchor, r.anchV = timeline.AnchorMention, p.value
		r.setAt(shift(p.t, u, int(ps.p[0].c.n)*dir), timeline.GranularityQuarter)
		return
	}
	var from time.Time
	clock := false // the anchor has a time of day
	if deictic {
		dct, ok := r.fromDCT(xValue(g))
		if !ok {
			return
		}
		if g == timeline.GranularityDecade || g == timeline.GranularityCentury {
			g = timeline.GranularityYear // "a decade ago" is about a year, not the 2010s
		}
		from, clock = dct, r.t.clock
		if clock {
			from = r.t.now
		}
	} else {
		p, ok := r.fromContext(xValue(g), g)
		if !ok {
			return
		}
		if r.anchor == timeline.AnchorMention && u == unitYear && granRank[p.g] < granRank[g] && granRank[p.g] > granRank[timeline.GranularityDay] {
			g = p.g // "the third quarter … a year earlier": the same quarter a year before
		}
		if g == timeline.GranularityDecade || g == timeline.GranularityCentury {
			g = timeline.GranularityYear // "seven decades later" is a year, not a decade
		}
		// "Seven decades later, the veterans returned", with no date
		// before it: later than a time the text does not give, not later
		// than publication. It tells how long.
		if r.anchor == timeline.AnchorDCT && dir > 0 && r.tenseAt() == tensePast {
			r.typ, r.value, r.anchor, r.anchV = timeline.TypeDuration, partsDuration(ps), timeline.AnchorNone, ""
			return
		}
		from, clock = p.t, granRank[p.g] <= granRank[timeline.GranularityHour]
	}
	var sub time.Duration // the parts under a day
	for _, p := range ps.p[:ps.n] {
		if p.u <= unitHour {
			sub += time.Duration(p.c.n * float64(unitLength(p.u)))
			continue
		}
		n := int(p.c.n)
		from = shift(from, p.u, n*dir)
		if frac := p.c.n - float64(n); frac != 0 { // "1.5 days": a day and 12 hours
			sub += time.Duration(frac * float64(24*time.Hour))
		}
	}
	sub *= time.Duration(dir)
	if u > unitHour {
		if r.day {
			g = timeline.GranularityDay // "a week ago at noon"
		}
		r.setAt(from.Add(sub), g)
		return
	}
	if !clock {
		// Without a time of day, "two hours ago" is the day itself.
		r.typ = timeline.TypeDate
		r.setAt(from.AddDate(0, 0, int(sub/(24*time.Hour))), timeline.GranularityDay)
		return
	}
	r.setClock(from.Add(sub), u == unitSecond || sub%time.Minute != 0)
}

// unitLength is the length of a unit of the clock.
func unitLength(u unit) time.Duration {
	switch u {
	case unitSecond:
		return time.Second
	case unitMinute:
		return time.Minute
	case unitHour:
		return time.Hour
	}
	return 24 * time.Hour
}

// setClock renders the instant at to the minute, or to the second, as the
// value and interval.
func (r *res) setClock(at time.Time, seconds bool) {
	if seconds {
		r.value = at.Format("2006-01-02T15:04:05")
	} else {
		at = at.Truncate(time.Minute)
		r.value = at.Format("2006-01-02T15:04")
	}
	if iv, g, ok := parseValue(r.value); ok {
		r.iv, r.g = iv, g
	}
}

// matchInOffset: "in 3 weeks", "in an hour", "in about 23 hours", "in three
// weeks' time": a time that far ahead of publication, and not "in" itself,
// as TimeBank's "redeemed in five years". In the past tense it is how long
// something took ("built in 3 weeks"), a duration.
func (t *tagger) matchInOffset(i int) (cand, bool) {
	k := i - 1
	if e := t.lex(k); e != nil && e.approx != "" {
		k-- // "in about an hour"
	}
	if !t.is(k, "in") {
		return cand{}, false
	}
	ps, end, ok := t.readParts(i)
	if !ok || ps.vague() {
		return cand{}, false
	}
	// "in a day or two": soon.
	if t.is(end, "or") {
		if c, _, ok := t.parseCount(end + 1); ok && !c.article && t.ok(end+1) && t.toks[end+1].kind == t.toks[i].kind {
			return absolute(end+2, "in-offset", timeline.TypeDate, "FUTURE_REF")
		}
	}
	// "in a quarter that lost money", "in a year of drought": a noun
	// phrase, not a time ahead.
	if t.isAny(end, nounPhraseWords) {
		return cand{}, false
	}
	// "in 1d", "in 5m": a glued letter is a unit only at a clause's end.
	if t.lex(end-1) == nil && !t.boundaryAfter(end-1) {
		return cand{}, false
	}
	if t.punct(end, '\'') && t.is(end+1, "time") {
		end += 2 // "in three weeks' time"
	} else if t.punct(end, '\'') && t.is(end+1, "s") && t.is(end+2, "time") {
		end += 3 // "in a week's time"
	}
	u := ps.smallest()
	typ := timeline.TypeDate
	if u <= unitHour {
		typ = timeline.TypeTime
	}
	return inOffsetCand(end, typ, ps), true
}

// inOffsetCand resolves "in N units" (see offsetCand).
func inOffsetCand(end int, typ timeline.TimexType, ps parts) cand {
	return cand{end: end, rule: "in-offset", typ: typ, resolve: func(r *res) {
		// "was built in 3 weeks", "does 0-60 in 4.5 seconds": how long.
		if tense := r.tenseAt(); tense == tensePast || tense == tensePresent {
			r.typ, r.value, r.anchor = timeline.TypeDuration, partsDuration(ps), timeline.AnchorNone
			return
		}
		r.tense = "future"
		r.offset(ps, 1, true)
	}}
}

// partsDuration renders an offset as a duration: P1Y9M, PT1H30M.
func partsDuration(ps parts) string {
	if ps.n == 1 {
		return durationValue(ps.p[0].c, ps.p[0].u)
	}
	v, timePart := "P", false
	for _, p := range ps.p[:ps.n] {
		d := durationValue(p.c, p.u)
		if d == "" {
			continue
		}
		if d[1] == 'T' {
			if !timePart {
				v += "T"
				timePart = true
			}
			v += d[2:]
		} else {
			v += d[1:]
		}
	}
	return v
}
