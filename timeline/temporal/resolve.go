package temporal

import (
	"strings"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// unitGranularity maps a unit to the granularity of a date at that unit.
func unitGranularity(u unit) timeline.Granularity {
	switch u {
	case unitMinute, unitSecond:
		return timeline.GranularityMinute
	case unitHour:
		return timeline.GranularityHour
	case unitDay:
		return timeline.GranularityDay
	case unitWeek, unitFortnight:
		return timeline.GranularityWeek
	case unitWeekend:
		return timeline.GranularityWeekend
	case unitMonth:
		return timeline.GranularityMonth
	case unitQuarter:
		return timeline.GranularityQuarter
	case unitHalf:
		return timeline.GranularityHalf
	case unitSeason:
		return timeline.GranularitySeason
	case unitYear:
		return timeline.GranularityYear
	case unitDecade:
		return timeline.GranularityDecade
	case unitCentury:
		return timeline.GranularityCentury
	}
	return timeline.GranularityNone
}

// truncate moves t to the start of its unit at granularity g.
func truncate(t time.Time, g timeline.Granularity) time.Time {
	y, m, d := t.Date()
	switch g {
	case timeline.GranularityCentury:
		return date(y/100*100, 1, 1)
	case timeline.GranularityDecade:
		return date(y/10*10, 1, 1)
	case timeline.GranularityYear:
		return date(y, 1, 1)
	case timeline.GranularityHalf:
		return date(y, (int(m)-1)/6*6+1, 1)
	case timeline.GranularityQuarter:
		return date(y, (int(m)-1)/3*3+1, 1)
	case timeline.GranularitySeason:
		sy, s := seasonOf(t)
		return date(sy, 3+3*seasonOrder[s], 1)
	case timeline.GranularityMonth:
		return date(y, int(m), 1)
	case timeline.GranularityWeek:
		return weekStart(date(y, int(m), d))
	case timeline.GranularityWeekend:
		return weekStart(date(y, int(m), d)).AddDate(0, 0, 5)
	case timeline.GranularityHour:
		return t.Truncate(time.Hour)
	case timeline.GranularityMinute:
		return t.Truncate(time.Minute)
	}
	return date(y, int(m), d)
}

// shift moves t by n units, keeping t's alignment.
func shift(t time.Time, u unit, n int) time.Time {
	switch u {
	case unitSecond:
		return t.Add(time.Duration(n) * time.Second)
	case unitMinute:
		return t.Add(time.Duration(n) * time.Minute)
	case unitHour:
		return t.Add(time.Duration(n) * time.Hour)
	case unitDay:
		return t.AddDate(0, 0, n)
	case unitWeek, unitWeekend:
		return t.AddDate(0, 0, 7*n)
	case unitFortnight:
		return t.AddDate(0, 0, 14*n)
	case unitMonth:
		return addMonths(t, n)
	case unitQuarter, unitSeason:
		return addMonths(t, 3*n)
	case unitHalf:
		return addMonths(t, 6*n)
	case unitYear:
		return addMonths(t, 12*n)
	case unitDecade:
		return addMonths(t, 120*n)
	case unitCentury:
		return addMonths(t, 1200*n)
	}
	return t
}

// addMonths adds n months, clamping the day ("a month after Jan 31" is Feb 28).
func addMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	total := int(m) - 1 + n
	ny, nm := y+floorDiv(total, 12), total-12*floorDiv(total, 12)+1
	if dd := daysIn(ny, nm); d > dd {
		d = dd
	}
	return time.Date(ny, time.Month(nm), d, t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// Resolution helpers.

// fromDCT returns the publication date and records it as the anchor. ok is
// false, with X-filled value xval, when the date is unknown.
func (r *res) fromDCT(xval string) (time.Time, bool) {
	if !r.t.hasDCT {
		r.anchor, r.value = timeline.AnchorMissing, xval
		return time.Time{}, false
	}
	r.anchor, r.anchV = timeline.AnchorDCT, r.t.dct.Format("2006-01-02")
	return r.t.dct, true
}

// fromContext returns the last date mentioned before the expression, or the
// publication date when the text named none. An expression counting in units
// of g needs an anchor at least that fine: "the next day" after "in 2019"
// goes back to the last day mentioned, if any.
func (r *res) fromContext(xval string, g timeline.Granularity) (point, bool) {
	p := r.t.last
	if p != nil && granRank[p.g] > granRank[g] && r.t.lastDay != nil {
		p = r.t.lastDay
	}
	if p != nil {
		r.anchor, r.anchV = timeline.AnchorMention, p.value
		return *p, true
	}
	d, ok := r.fromDCT(xval)
	return point{t: d, g: timeline.GranularityDay, value: r.anchV}, ok
}

// quarterFocus returns the quarter a year-scale comparison ("up from $3 a
// year ago", "compared with last year") refers to: the last quarter
// mentioned, unless a year named since has moved the focus, or it is far
// back.
func (r *res) quarterFocus() (*point, bool) {
	q := r.t.lastQuarter
	if q == nil || r.at-q.tok > 150 {
		return nil, false
	}
	if p := r.t.last; p != q && p.g == timeline.GranularityYear {
		return nil, false
	}
	return q, true
}

// comparison reports a year-scale expression used as the other side of a
// comparison: "from $3 last year", "compared with a loss last year", "than
// last year", "last year's $1.55 billion".
func (r *res) comparison(end int) bool { return r.t.comparisonAt(r.at, end) }

// comparisonAt is comparison for the expression on tokens [at, end).
func (t *tagger) comparisonAt(at, end int) bool {
	if t.punct(end, '\'') && t.is(end+1, "s") {
		// "last year's $1.55 billion", "last year's quarter": a figure to
		// compare with; "last month's explosion" is an event of its own.
		k := end + 2
		return t.ok(k) && (t.toks[k].kind == tokNum || t.punct(k, '$') || t.isAny(k, comparedFigures))
	}
	for k, n := at-1, 0; k >= 0 && n < 10; k, n = k-1, n+1 {
		if t.boundary(k) {
			return false
		}
		if t.isAny(k, comparisonWords) {
			return true
		}
	}
	return false
}

// comparedFigures are what "last year's" compares with: "last year's
// quarter", "last year's level".
var comparedFigures = []string{"quarter", "period", "level", "levels", "figure", "figures", "total", "results",
	"earnings", "profit", "loss", "sales", "revenue", "record", "high", "low", "rate", "pace", "net", "income",
	"same", "comparable", "corresponding", "fourth", "third", "second", "first"}

// setAt renders t at granularity g as the value and interval.
func (r *res) setAt(t time.Time, g timeline.Granularity) {
	t = truncate(t, g)
	r.value = formatValue(t, g)
	if iv, gg, ok := parseValue(r.value); ok {
		r.iv, r.g = iv, gg
	}
}

// tenseAt reads the tense of the clause around token i: the nearest cue to
// the left wins, then the nearest to the right; none found is "".
func (r *res) tenseAt() int {
	t := r.t
	tense := tenseNone
	// "funded through Sept. 30", "valid until June": a span running up to
	// the date looks ahead (but not "Until Thursday, they had not...").
	// "extended to Nov. 20", "postponed until June": the new date lies ahead.
	// "due by February": a deadline lies ahead.
	if k := r.at - 1; (t.is(k, "through") || t.is(k, "until") || t.is(k, "till") || t.is(k, "by") || t.is(k, "to") && t.deferral(k-1)) && !t.boundaryBefore(k) && !t.pastPerfectBefore(k) {
		r.tense = "future"
		return tenseFuture
	}
	infinitive := false
	for k, n := r.at-1, 0; k >= 0 && n < 14; k-- {
		if t.boundary(k) || t.is(k, "but") {
			break
		}
		if t.toks[k].kind == tokWord { // "about 2,000 jobs, or 5%" is two words
			n++
		}
		// "planned to leave on Thursday", "is to resume Tuesday": an
		// infinitive between the verb and the date points ahead.
		if t.is(k, "to") && t.ok(k+1) && t.toks[k+1].kind == tokWord && t.lex(k+1) == nil && !t.upper(k+1) && !notVerb(t.text[t.toks[k+1].start:t.toks[k+1].end]) {
			infinitive = true
		}
		if c := t.tenseCue(k); c != tenseNone {
			tense = c
			// "will be the first to address them when he travels on
			// Sunday": a present in a time clause of a future is future.
			if c == tensePresent && t.futureBeyondTimeClause(k) {
				tense = tenseFuture
				break
			}
			// "planned a rally on Saturday": a plan made in the past for
			// a date ahead.
			if t.is(k, "planned") || t.is(k, "scheduled") {
				tense = tenseFuture
			}
			// "had been due to expire Friday": a past perfect keeps the
			// plan in the past.
			if t.is(k, "had") || t.is(k-1, "had") || t.is(k-2, "had") {
				tense = tensePast
				break
			}
			if infinitive {
				tense = tenseFuture
				break
			}
			// "will be held", "would have met", "to be signed": a modal or
			// infinitive just before the verb sets the tense.
			for m := k - 1; m >= 0 && m >= k-3; m-- {
				if t.isAny(m, futureMarkers) {
					tense = tenseFuture
					break
				}
				// Only auxiliaries and adverbs stand between: "the
				// ambassador to Venezuela said" is no infinitive.
				if !t.isAny(m, auxiliaryGap) {
					break
				}
			}
			break
		}
	}
	if tense == tenseNone {
		k := max(r.end, r.at+1)
		for n := 0; k < len(t.toks) && n < 14; k, n = k+1, n+1 {
			// "by March, after profit fell": a subordinate clause has its
			// own tense.
			if t.boundary(k) || t.toks[k].newline || t.isAny(k, subordinators) {
				break
			}
			if c := t.tenseCue(k); c != tenseNone {
				tense = c
				break
			}
		}
	}
	switch tense {
	case tensePast, tensePerfect:
		r.tense = "past"
		return tensePast
	case tenseFuture:
		r.tense = "future"
	case tensePresent:
		r.tense = "present"
	}
	return tense
}

// futureBeyondTimeClause reports a present-tense verb at k in a clause
// opened by "when", "once", "after", "before", "until" or "if" right
// before its subject, itself after a future ("will", "shall", "'ll") in the
// same sentence.
func (t *tagger) futureBeyondTimeClause(k int) bool {
	j := k - 1
	for n := 0; j >= 0 && n < 3 && !t.isAny(j, timeClauseOpeners); j, n = j-1, n+1 {
		if t.boundary(j) {
			return false
		}
	}
	if j < 0 || !t.isAny(j, timeClauseOpeners) {
		return false
	}
	for m, n := j-1, 0; m >= 0 && n < 30; m, n = m-1, n+1 {
		if t.boundary(m) {
			return false
		}
		if t.isAny(m, []string{"will", "shall", "ll"}) {
			return true
		}
	}
	return false
}

// timeClauseOpeners open a clause whose present tense can speak of the
// future: "when he travels", "once the deal closes".
var timeClauseOpeners = []string{"when", "once", "after", "before", "until", "if", "as"}

// boundary reports a sentence end at token k.
func (t *tagger) boundary(k int) bool {
	tk := &t.toks[k]
	if tk.kind != tokPunct {
		return false
	}
	switch tk.punct {
	case '!', '?', ';':
		return true
	case '.':
		if k > 0 && t.toks[k-1].kind == tokNum && !tk.gap && t.ok(k+1) && t.toks[k+1].kind == tokNum && !t.toks[k+1].gap {
			return false // "$1.9 billion"
		}
		// "Sept.", "Mr." or "U.S." are not sentence ends: an abbreviation
		// or a single letter right before. "post." or "war." are.
		if k > 0 && !tk.gap && t.toks[k-1].kind == tokWord {
			prev := &t.toks[k-1]
			if prev.end-prev.start == 1 || prev.lex != nil && prev.lex.abbr {
				return false
			}
		}
		return true
	}
	return false
}

// tenseCue classifies token k as a tense marker.
func (t *tagger) tenseCue(k int) int {
	tk := &t.toks[k]
	if tk.kind != tokWord {
		return tenseNone
	}
	if tk.lex != nil && tk.lex.tense != tenseNone {
		if tk.lex.tense == tenseFuture && t.is(k, "ll") && !t.punct(k-1, '\'') {
			return tenseNone
		}
		if t.is(k, "next") && t.is(k+1, "to") { // "next to the embassy"
			return tenseNone
		}
		// "presented the plan", "a set of rules": nouns, not verbs
		if (t.is(k, "plan") || t.is(k, "plans") || t.is(k, "set")) && t.isAny(k-1, nounDeterminers) {
			return tenseNone
		}
		return tk.lex.tense
	}
	w := t.text[tk.start:tk.end]
	if len(w) > 4 && strings.HasSuffix(w, "ed") && !tk.upper {
		return tensePast
	}
	// "when he travels on Sunday": a verb in the present after its
	// subject pronoun.
	if len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && !tk.upper && t.isAny(k-1, subjectPronouns) {
		return tensePresent
	}
	return tenseNone
}

// subjectPronouns come before a verb in the third person: "he travels".
var subjectPronouns = []string{"he", "she", "it"}

// nearestYear places a year-less date among its occurrences in the years
// around the publication date (see nearest).
func nearestYear(dct time.Time, tense int, at func(y int) time.Time) time.Time {
	y := dct.Year()
	if tense == tenseNone {
		return at(y)
	}
	return nearest(dct, tense, []time.Time{at(y - 1), at(y), at(y + 1)})
}

// nearest picks the candidate nearest the publication date, where a
// direction that contradicts the clause's tense counts four times. Tense cues are
// noisy ("extended to Nov. 6" is past tense about a future date), so tense
// only breaks near-ties.
func nearest(dct time.Time, tense int, cands []time.Time) time.Time {
	best, bestCost := time.Time{}, time.Duration(1<<62)
	for _, cand := range cands {
		d := cand.Sub(dct)
		cost := absDur(d)
		if d > 0 && tense == tensePast || d < 0 && tense == tenseFuture {
			cost *= 4
		}
		if cost < bestCost {
			best, bestCost = cand, cost
		}
	}
	return best
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// deferral reports a verb that moves a date: "extended", "postponed".
func (t *tagger) deferral(k int) bool {
	return t.isAny(k, deferralVerbs)
}

// pastPerfectBefore reports "had" within the clause before token k:
// "had purchased shares through Sept. 29" looks back.
func (t *tagger) pastPerfectBefore(k int) bool {
	for m, n := k-1, 0; m >= 0 && n < 10; m, n = m-1, n+1 {
		if t.boundary(m) {
			return false
		}
		if t.is(m, "had") {
			return true
		}
	}
	return false
}
