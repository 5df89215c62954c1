package temporal

import (
	"fmt"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

var yearRule = rule{
	name:    "year",
	match:   (*tagger).matchYear,
	words:   []string{"the", "fiscal", "fy"},
	classes: classNumber | classApostrophe | classNumberWord,
	examples: []example{
		{"He lost the election in 2020.", "2020", "2020", "year"},
		{"Sales fell in fiscal 2024.", "fiscal 2024", "2024", "fiscal-year"},
		{"It was built in nineteen ninety-six.", "nineteen ninety-six", "1996", "spelled-year"},
	},
}

// matchYear: a year alone ("in 2020"), "fiscal 1989", "the year 2000",
// "FY2025".
func (t *tagger) matchYear(i int) (cand, bool) {
	j := i
	rule := "year"
	switch {
	case t.is(j, "fiscal"):
		j++
		if t.is(j, "year") {
			j++
		}
		rule = "fiscal-year"
	case t.is(j, "the") && t.is(j+1, "year"):
		j += 2
	case t.is(j, "fy"):
		j++
		rule = "fiscal-year"
		// "FY24", "FY 24": a two-digit fiscal year
		if n, ok := t.num(j); ok && t.toks[j].digits == 2 && !(t.ok(j+1) && t.adjacent(j+1) && t.toks[j+1].kind != tokPunct) {
			y := 2000 + n
			if n >= 50 {
				y = 1900 + n
			}
			return absolute(j+1, rule, timeline.TypeDate, fmt.Sprintf("%04d", y))
		}
	}
	if e := t.lex(j + 1); e != nil && e.season != "" && j == i {
		if c, ok := t.yearSeason(j); ok {
			return c, true // "2005 fall"
		}
	}
	y, end, ok := t.yearAt(j)
	if !ok {
		if y, end, ok := t.spelledYear(j); ok {
			return absolute(end, "spelled-year", timeline.TypeDate, fmt.Sprintf("%04d", y))
		}
		return cand{}, false
	}
	if j == i && !t.plausibleYear(i, y) {
		return cand{}, false
	}
	return absolute(end, rule, timeline.TypeDate, fmt.Sprintf("%04d", y))
}

// plausibleYear rejects four-digit numbers that are amounts, codes or counts.
func (t *tagger) plausibleYear(i, y int) bool {
	if t.punct(i, '\'') {
		prev := t.lex(i - 1)
		return prev != nil && prev.prep
	}
	if i > 0 {
		p := t.toks[i-1]
		if p.kind == tokPunct && !t.toks[i].gap {
			switch p.punct {
			case '$', '€', '£', '¥', '#', '+', '-', '/', ':', '.', '–':
				// 2009-2010 is a range of years and mid-2026 a date; 555-2020 is not.
				if (p.punct == '-' || p.punct == '–') && i >= 2 && (t.toks[i-2].kind == tokNum && t.toks[i-2].digits == 4 || t.toks[i-2].kind == tokWord) {
					break
				}
				return false
			}
		}
		if p.kind == tokPunct && (p.punct == '$' || p.punct == '€' || p.punct == '£') {
			return false
		}
		if t.isAny(i-1, codeNouns) {
			return false
		}
		// "Windows 2000", "the Russell 2000": a name ending in a number is
		// a label, not a date.
		if p.kind == tokWord && p.upper && p.lex == nil && !t.boundaryBefore(i-1) && p.gap == t.toks[i].gap {
			return false
		}
	}
	if t.ok(i + 1) {
		n := t.toks[i+1]
		if n.kind == tokPunct && (n.punct == '%' || n.punct == ':' || (n.punct == '-' || n.punct == '/') && !n.gap && t.ok(i+2) && t.toks[i+2].kind == tokNum && t.toks[i+2].digits != 4 && t.toks[i+2].digits != 2) {
			return false
		}
		// "close at 2082.1": a decimal is an amount.
		if n.kind == tokPunct && n.punct == '.' && !n.gap && t.ok(i+2) && t.toks[i+2].kind == tokNum && !t.toks[i+2].gap {
			return false
		}
		if n.kind == tokWord && nonYearNoun(t.text[n.start:n.end]) {
			return false
		}
		// "has 2012 windows": a count before a plural noun, unless a
		// determiner makes the year an attribute ("the 2012 elections").
		if t.pluralNoun(i+1) && !t.isAny(i-1, adverbDeterminers) && !(t.lex(i-1) != nil && t.lex(i-1).prep) && !t.boundaryBefore(i) && !t.hyphen(i-1) {
			return false
		}
	}
	if y < 1900 || y > 2100 {
		// A year far from now needs more than its digits: a preposition
		// ("in 1850") or a range of years ("1850-58").
		prev := t.lex(i - 1)
		return prev != nil && prev.prep || t.rangeWord(i+1) && t.ok(i+2) && t.toks[i+2].kind == tokNum && (t.toks[i+2].digits == 2 || t.toks[i+2].digits == 4)
	}
	return true
}

// pluralNoun reports a lower-case word at k that reads as a plural noun:
// "windows", "elections".
func (t *tagger) pluralNoun(k int) bool {
	if !t.ok(k) || t.toks[k].kind != tokWord || t.toks[k].upper || t.lex(k) != nil {
		return false
	}
	w := t.text[t.toks[k].start:t.toks[k].end]
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's'
}

// yearSeason reads a year and the season after it at j: "2005 fall".
func (t *tagger) yearSeason(j int) (cand, bool) {
	if y, k, ok := t.yearAt(j); ok {
		if e := t.lex(k); e != nil && e.season != "" && !t.is(k+1, "of") {
			return absolute(k+1, "season-year", timeline.TypeDate, fmt.Sprintf("%04d-%s", y, e.season))
		}
	}
	return cand{}, false
}

// spelledYear reads "nineteen ninety-six", "two thousand", "two thousand
// and one" at i.
func (t *tagger) spelledYear(i int) (int, int, bool) {
	if t.is(i, "two") && (t.is(i+1, "thousand") || t.hyphen(i+1) && t.is(i+2, "thousand")) {
		y, j := 2000, i+2
		if t.hyphen(i + 1) {
			j++ // "two-thousand ten"
		}
		k := j
		if t.is(k, "and") {
			k++
		}
		if c, e, ok := t.parseCount(k); ok && !c.article && !c.unknown && c.n < 100 && t.toks[k].kind == tokWord {
			y, j = y+int(c.n), e
		}
		return y, j, true
	}
	e := t.lex(i)
	if e == nil || !e.numberWord || e.number < 11 || e.number > 20 {
		return 0, i, false
	}
	c, j, ok := t.parseCount(i + 1)
	if !ok || c.article || c.unknown || c.n < 10 || c.n > 99 || t.toks[i+1].kind != tokWord {
		return 0, i, false
	}
	return e.number*100 + int(c.n), j, true
}

var decadeRule = rule{
	name:    "decade",
	match:   (*tagger).matchDecade,
	words:   append([]string{"the", "nineteen", "twenty"}, decadeWordList()...),
	classes: classNumber | classApostrophe | classOrdinal,
	examples: []example{
		{"It was built in the 1990s.", "the 1990s", "199", "decade"},
		{"It was a hit in the '80s.", "the '80s", "198", "decade"},
		{"It was built in the 19th century.", "the 19th century", "18", "century"},
		{"It was a hit in the late seventies.", "the late seventies", "197", "decade"},
		{"It was a hit in the nineteen seventies.", "the nineteen seventies", "197", "decade"},
		{"Cities grew in the twenty-first century.", "the twenty-first century", "20", "century"},
	},
}

// matchDecade: the 1990s, 1990s, the '90s, the nineties, the nineteen
// seventies, the late seventies, the mid-90s; the 20th century, the
// twentieth century, the twenty-first century, a 19th-century painter,
// the 19th and 20th centuries.
func (t *tagger) matchDecade(i int) (cand, bool) {
	// Most numbers are no decades: a decade's digits take an "s", a
	// century's an ordinal suffix.
	if n := &t.toks[i]; n.kind == tokNum && !(t.adjacent(i+1) && (t.is(i+1, "s") || t.isAny(i+1, ordinalSuffixes))) {
		return cand{}, false
	}
	// An ordinal begins only a century: "twentieth century".
	if e := t.toks[i].lex; e != nil && e.ordinal != 0 && !t.is(i+1, "century") && !t.is(i+1, "centuries") && !t.rangeWord(i+1) && !t.hyphen(i+1) {
		return cand{}, false
	}
	// After "the": a decade, a number, an ordinal or a modifier.
	if t.is(i, "the") {
		if !t.ok(i + 1) {
			return cand{}, false
		}
		n := &t.toks[i+1]
		if e := n.lex; n.kind != tokNum && !(n.kind == tokPunct && n.punct == '\'') && (e == nil || e.decade == 0 && e.ordinal == 0 && e.mod == "" && !e.numberWord) {
			return cand{}, false
		}
	}
	j := i
	the := t.is(j, "the")
	if the {
		j++
	}
	mod := ""
	if e := t.lex(j); the && e != nil && e.mod != "" && t.isAny(j, modAdjectives) {
		mod, j = e.mod, j+1 // "the late seventies", "the mid-90s"
		if t.hyphen(j) {
			j++
		}
	}
	c, ok := t.decadeAt(i, j, the)
	if ok && c.mod == "" {
		c.mod = mod
	}
	return c, ok
}

// decadeAt reads a decade or century at j; i is where the expression
// began, the whether it began with "the".
func (t *tagger) decadeAt(i, j int, the bool) (cand, bool) {
	// 1990s / '90s / 90s
	if t.punct(j, '\'') {
		if n, ok := t.num(j + 1); ok && t.toks[j+1].digits == 2 && n%10 == 0 && t.adjacent(j+1) && t.is(j+2, "s") && t.adjacent(j+2) {
			return shortDecade(j+3, n), true
		}
	}
	if n, ok := t.num(j); ok && t.is(j+1, "s") && t.adjacent(j+1) && n%10 == 0 {
		switch t.toks[j].digits {
		case 4:
			if n%100 == 0 && n < 2000 && the { // the 1900s; but the 2000s is a decade
				return absolute(j+2, "century", timeline.TypeDate, fmt.Sprintf("%02d", n/100))
			}
			return absolute(j+2, "decade", timeline.TypeDate, fmt.Sprintf("%03d", n/10))
		case 2:
			// "the 80s", "the late 80s"; not "in his 80s", an age.
			if the || t.lex(i-1) != nil && t.lex(i-1).mod != "" && !t.is(i-2, "his") && !t.is(i-2, "her") && !t.is(i-2, "their") {
				return shortDecade(j+2, n), true
			}
		}
	}
	// the nineties; the nineteen seventies
	century, k := 19, j
	if t.is(k, "nineteen") || t.is(k, "twenty") && t.lex(k+1) != nil && t.is(k+1, "tens") {
		century, k = t.lex(k).number, k+1
	}
	if e := t.lex(k); e != nil && e.decade != 0 && (the || k > j || t.lex(i-1) != nil && t.lex(i-1).mod != "") {
		return absolute(k+1, "decade", timeline.TypeDate, fmt.Sprintf("%02d%d", century, e.decade))
	}
	return t.centuryAt(j)
}

// decadeWordList are the spelled decades, which begin "late seventies".
func decadeWordList() []string {
	var ws []string
	for w := range decadeWords {
		ws = append(ws, w)
	}
	return ws
}

// shortDecade resolves "the '80s", "the 80s" ending before end: the
// latest such decade begun by publication, the 1980s in 2025 and the 2080s
// in 2095; the 1900s when publication is unknown.
func shortDecade(end, n int) cand {
	return cand{end: end, rule: "decade", typ: timeline.TypeDate, resolve: func(r *res) {
		c := 1900
		if r.t.hasDCT {
			y := r.t.dct.Year()
			c = y / 100 * 100
			if c+n > y {
				c -= 100
			}
		}
		r.value = fmt.Sprintf("%03d", (c+n)/10)
		if iv, g, ok := parseValue(r.value); ok {
			r.iv, r.g = iv, g
		}
	}}
}

// centuryAt reads a century at j: "20th century", "twentieth century",
// "twenty-first century", "19th-century", and the first of "the 19th and
// 20th centuries". The "first century" of "twenty-first century" is no
// century of its own.
func (t *tagger) centuryAt(j int) (cand, bool) {
	if t.hyphen(j-1) && t.lex(j-2) != nil && t.lex(j-2).numberWord || t.lex(j-1) != nil && t.lex(j-1).number >= 20 && t.lex(j-1).number%10 == 0 {
		return cand{}, false
	}
	c, k := t.centuryOrdinal(j)
	if c == 0 {
		return cand{}, false
	}
	first := k
	if t.rangeWord(k) && !t.punct(k, '/') { // "the 19th and early 20th centuries"
		m := k + 1
		if e := t.lex(m); e != nil && e.mod != "" && t.isAny(m, modAdjectives) {
			m++
		}
		if c2, kk := t.centuryOrdinal(m); c2 > c {
			k = kk
		}
	}
	if t.hyphen(k) {
		k++ // "a 19th-century painter": an adjective, still a date
	}
	rangeEnd := t.rangeWord(j-1) || t.lex(j-1) != nil && t.lex(j-1).mod != "" && t.rangeWord(j-2)
	if !t.is(k, "century") && !(t.is(k, "centuries") && (k > first || rangeEnd)) {
		return cand{}, false
	}
	end := k + 1
	if k > first && !t.hyphen(first) {
		end = first // the first end of a range of centuries
	} else if t.isAny(end, []string{"bc", "bce"}) || t.is(end, "b") && t.punct(end+1, '.') {
		return cand{}, false // before Christ: no value here
	} else if t.is(end, "ad") || t.is(end, "ce") {
		end++
	} else if t.is(end, "a") && t.punct(end+1, '.') && t.is(end+2, "d") {
		end = t.skipDot(end + 3)
	}
	return absolute(end, "century", timeline.TypeDate, fmt.Sprintf("%02d", c-1))
}

// centuryOrdinal reads the ordinal of a century at j: "20th", "twentieth",
// "twenty-first"; 0 when there is none.
func (t *tagger) centuryOrdinal(j int) (int, int) {
	if n, ok := t.num(j); ok && t.toks[j].digits <= 2 && n >= 1 && t.adjacent(j+1) && t.isAny(j+1, ordinalSuffixes) {
		return n, j + 2
	}
	if e := t.lex(j); e != nil && e.ordinal > 0 {
		return e.ordinal, j + 1
	}
	if t.is(j, "twenty") {
		k := j + 1
		if t.hyphen(k) {
			k++
		}
		if e := t.lex(k); e != nil && e.ordinal >= 1 && e.ordinal <= 9 {
			return 20 + e.ordinal, k + 1
		}
	}
	return 0, j
}

var seasonRule = rule{
	name:    "season",
	match:   (*tagger).matchSeason,
	words:   []string{"the", "this", "last", "next"},
	classes: classSeason,
	examples: []example{
		{"The store opens in the fall.", "the fall", "2025-FA", "season"},
		{"It was built in the summer of 2024.", "the summer of 2024", "2024-SU", "season-year"},
	},
}

// matchSeason: [the] summer [of] [2024]; a season alone needs a preposition
// or "the" (the verb "fall" is common).
func (t *tagger) matchSeason(i int) (cand, bool) {
	j := i
	the := t.is(j, "the")
	if the {
		j++
	}
	// "the 2005 fall"; "2005 fall" is matchYear's
	if c, ok := t.yearSeason(j); ok && the {
		return c, true
	}
	// "this year's summer", "last year's winter"
	if (t.is(j, "this") || t.is(j, "last") || t.is(j, "next")) && t.is(j+1, "year") && t.punct(j+2, '\'') && t.is(j+3, "s") {
		if e := t.lex(j + 4); e != nil && e.season != "" {
			off, s := relOffset(t.lex(j).rel), e.season
			return cand{end: j + 5, rule: "season-year", typ: timeline.TypeDate, resolve: func(r *res) {
				if dct, ok := r.fromDCT("XXXX-" + s); ok {
					r.value = fmt.Sprintf("%04d-%s", dct.Year()+off, s)
					if iv, g, ok := parseValue(r.value); ok {
						r.iv, r.g = iv, g
					}
				}
			}}, true
		}
	}
	e := t.lex(j)
	if e == nil || e.season == "" {
		return cand{}, false
	}
	s := e.season
	k := j + 1
	if t.is(k, "of") || t.punct(k, ',') {
		k++
	}
	if y, end, ok := t.yearAt(k); ok {
		return absolute(end, "season-year", timeline.TypeDate, fmt.Sprintf("%04d-%s", y, s))
	}
	// "the summer of 69"
	if n, ok := t.num(k); ok && t.is(k-1, "of") && t.toks[k].digits == 2 && !t.countNext(k+1) && !(t.ok(k+1) && t.adjacent(k+1) && t.toks[k+1].kind == tokWord) {
		return absolute(k+1, "season-year", timeline.TypeDate, fmt.Sprintf("%04d-%s", twoDigitYear(n), s))
	}
	if y, end, ok := t.spelledYear(k); ok {
		return absolute(end, "season-year", timeline.TypeDate, fmt.Sprintf("%04d-%s", y, s))
	}
	prev := t.lex(i - 1)
	if !the && (prev == nil || !prev.prep || t.is(i-1, "to") && t.ok(j+1) && t.toks[j+1].kind == tokWord) {
		return cand{}, false // "to fall apart": the verb
	}
	if t.ok(j+1) && t.toks[j+1].kind == tokWord && !t.toks[j+1].gap {
		return cand{}, false
	}
	// "the fall of Rome", "spring break": only when not followed by "of" + noun.
	if t.is(j+1, "of") {
		return cand{}, false
	}
	return cand{end: j + 1, rule: "season", typ: timeline.TypeDate, resolve: func(r *res) {
		dct, ok := r.fromDCT("XXXX-" + s)
		if !ok {
			return
		}
		tense := r.tenseAt()
		d := nearestYear(dct, tense, func(y int) time.Time { return date(y, 3+3*seasonOrder[s], 1) })
		r.setAt(d, timeline.GranularitySeason)
	}}, true
}
