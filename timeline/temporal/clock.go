package temporal

import (
	"fmt"
	"time"
)

// Clock times: "3 p.m.", "15:30", "6:53:32", "15h30", "0600h", "1800
// hours", "half past noon", "quarter to twelve", "twenty after twelve",
// "eleven in the morning", "8 tonight", "T13:23:42", each with an optional
// time zone.

// clock is a time of day read from the text.
type clock struct {
	h, mi, sec int
	seconds    bool // the seconds were written: "6:53:32"
	hourOnly   bool // an ISO hour without minutes: "2008-05-16T09"
	halfKnown  bool // a.m./p.m., noon, a 24-hour clock: "tonight" adds nothing
	zone       zone
	hasZone    bool
	rule       string
}

// suffix renders the clock on local day d as the end of a value:
// "T15:30", "T15:30:05", "T09", with the zone: "T18:00Z".
func (c clock) suffix(d time.Time) string {
	v := fmt.Sprintf("T%02d:%02d", c.h, c.mi)
	if c.hourOnly {
		v = fmt.Sprintf("T%02d", c.h)
	}
	if c.seconds {
		v += fmt.Sprintf(":%02d", c.sec)
	}
	if c.hasZone {
		v += zoneSuffix(c.zone.offsetOn(d))
	}
	return v
}

// withPart moves a clock without a.m. or p.m. into the half of the day a
// part of day names: "8 in the evening", "6 tonight"; "12 in the morning"
// is midnight.
func (c *clock) withPart(part string) {
	if c.halfKnown {
		return
	}
	switch {
	case c.h == 12 && part == "MO":
		c.h = 0
	case c.h < 12 && (part == "AF" || part == "EV" || part == "NI" && c.h >= 6):
		c.h += 12
	}
	c.halfKnown = true
}

// clockCue says how sure the context is that a clock comes: beside a
// date, "9:00" and "13.12" are clocks ("2009-03-10 9:00"); with "at" as
// well, a bare hour is ("tomorrow at 10", "at 10 on Friday").
type clockCue uint8

const (
	strict clockCue = iota
	dated
	loose
)

// meridiem reads "a.m.", "p.m.", "am", "pm", "a. m." at i, or the "a" and
// "p" of "10a", "8p" glued to the hour: +0 or +12 hours.
func (t *tagger) meridiem(i int) (int, int, bool) {
	w := func(k int, s string) bool { return t.is(k, s) }
	switch {
	case (w(i, "a") || w(i, "p")) && t.punct(i+1, '.') && w(i+2, "m"):
		j := i + 3
		if t.punct(j, '.') && t.adjacent(j) && !t.sentenceEndsAt(j) {
			j++
		}
		return boolInt(w(i, "p")) * 12, j, true
	case w(i, "am") || w(i, "pm"):
		if w(i, "am") && !t.adjacent(i) && (i == 0 || t.toks[i-1].kind != tokNum) && t.ok(i+1) && t.toks[i+1].kind == tokWord && !t.toks[i+1].allUpper && t.lex(i+1) == nil {
			return 0, i, false // "I am going": the verb
		}
		return boolInt(w(i, "pm")) * 12, i + 1, true // a dot after "pm" ends the sentence
	case (w(i, "a") || w(i, "p")) && t.adjacent(i) && i > 0 && t.toks[i-1].kind == tokNum && (t.boundaryAfter(i) || t.is(i+1, "on") || t.is(i+1, "at")) &&
		(t.isAny(i-2, clockPreps) || t.punct(i-2, '@')):
		// "at 6a", "@ 6p"; "4a" alone is a label
		return boolInt(w(i, "p")) * 12, i + 1, true
	}
	return 0, i, false
}

// sentenceEndsAt reports a period at j that ends the sentence as well as
// an abbreviation: "at 8 p.m.. Then" has two; the text's end keeps it.
func (t *tagger) sentenceEndsAt(j int) bool {
	return t.punct(j+1, '.') && t.adjacent(j+1)
}

// clockAt reads a time of day at i and its time zone, and returns the
// token after them. With loose, a bare hour counts ("at 10").
func (t *tagger) clockAt(i int, cue clockCue) (clock, int, bool) {
	c, j, ok := t.clockTime(i, cue)
	if !ok {
		return c, i, false
	}
	if z, k, ok := t.zoneAt(j); ok {
		c.zone, c.hasZone, j = z, true, k
	}
	return c, j, true
}

// clockTime is clockAt without the zone.
func (t *tagger) clockTime(i int, cue clockCue) (clock, int, bool) {
	if !t.ok(i) {
		return clock{}, i, false
	}
	if e := t.lex(i); e != nil && (e.part == "MI" || e.part == "MN") && !t.is(i, "midday") || t.is(i, "midday") {
		h := 12
		if e.part == "MN" {
			h = 24
		}
		return clock{h: h, halfKnown: true, rule: "noon-midnight"}, i + 1, true
	}
	if c, j, ok := t.pastTheHour(i); ok {
		return c, j, true
	}
	if t.toks[i].kind == tokWord {
		if c, j, ok := t.isoTime(i); ok {
			return c, j, true
		}
		return t.wordClock(i, cue)
	}
	n, ok := t.num(i)
	if !ok || t.adjacentNumberGroup(i) {
		return clock{}, i, false
	}
	switch t.toks[i].digits {
	case 4:
		return t.wireClock(i, n, cue)
	case 1, 2:
		return t.clockNumber(i, n, cue)
	}
	return clock{}, i, false
}

// wireClock reads a four-digit clock at i: "0930 GMT", "1800 hours",
// "0600h", "1145EST".
func (t *tagger) wireClock(i, n int, cue clockCue) (clock, int, bool) {
	c := clock{h: n / 100, mi: n % 100, halfKnown: true, rule: "clock"}
	if c.h > 23 || c.mi > 59 {
		return c, i, false
	}
	j := i + 1
	switch {
	case t.adjacent(j) && t.is(j, "h") && t.boundaryAfter(j):
		return c, j + 1, true // "0600h"
	case t.is(j, "hours") || t.is(j, "hrs"):
		// "1800 hours" is a clock after "at" or a date, or with its zero;
		// "worked 1800 hours" is a count.
		if cue >= dated || t.isAny(i-1, clockPreps) || t.text[t.toks[i].start] == '0' {
			return c, j + 1, true
		}
	default:
		if _, _, ok := t.zoneAt(j); ok && (t.gap(j) || t.toks[j].kind == tokWord) {
			return c, j, true // "0930 GMT", "1145EST"
		}
	}
	return c, i, false
}

// clockNumber reads a clock that begins with the hour h at i: "3 p.m.",
// "3:30 p.m.", "15:30", "6:53:32", "15h30", "8 o'clock", and, with a part
// of day after it or a cue, a bare hour: "4 in the morning", "8 tonight".
func (t *tagger) clockNumber(i, h int, cue clockCue) (clock, int, bool) {
	c := clock{h: h, rule: "clock"}
	j := i + 1
	minutes, glued := false, false
	switch {
	case t.digitsAfter(j, ':'):
		m, _ := t.num(j + 1)
		if t.toks[j+1].digits != 2 || m > 59 {
			return c, j, false
		}
		c.mi, j, minutes = m, j+2, true
		if t.digitsAfter(j, ':') { // seconds
			s, _ := t.num(j + 1)
			if t.toks[j+1].digits != 2 || s > 59 {
				return c, j, false
			}
			c.sec, c.seconds, j = s, true, j+2
			if t.digitsAfter(j, '.') { // and their fraction, dropped
				j += 2
			}
		}
	case t.is(j, "h") && t.adjacent(j) && t.ok(j+1) && t.adjacent(j+1):
		// "15h30", the French and military clock; "ran it in 1h28" is how
		// long it took.
		m, ok := t.num(j + 1)
		if !ok || t.toks[j+1].digits != 2 || m > 59 || h > 23 || t.is(i-1, "in") || t.toks[i].digits == 1 && cue == strict && !t.isAny(i-1, clockPreps) {
			return c, j, false
		}
		c.mi, j, minutes, glued = m, j+2, true, true
	case t.digitsAfter(j, '.'):
		// "3.30 p.m.", and "13.12" after a date
		if m, ok := t.num(j + 1); ok && t.toks[j+1].digits == 2 && m <= 59 {
			if _, _, ok := t.meridiem(j + 2); ok || cue >= dated && h <= 23 && t.boundaryAfter(j+1) {
				c.mi, j, minutes = m, j+2, true
			}
		}
	}
	if add, k, ok := t.meridiem(j); ok {
		if c.h > 12 || c.h == 0 && !minutes {
			return c, j, false
		}
		c.h = c.h%12 + add
		c.halfKnown = true
		return c, k, true
	}
	if minutes {
		if c.h > 23 {
			return c, j, false
		}
		c.halfKnown = c.h >= 13 || c.h == 0 || t.text[t.toks[i].start] == '0'
		if t.is(j, "h") && t.adjacent(j) && t.boundaryAfter(j) { // "06:00h"
			return c, j + 1, true
		}
		if t.is(j, "hours") || t.is(j, "hrs") {
			return c, j + 1, true
		}
		if c.seconds || glued || cue >= dated || t.isAny(i-1, clockPreps) || t.partAfter(j) {
			return c, j, true
		}
		if _, _, ok := t.zoneAt(j); ok {
			return c, j, true
		}
		// "12:59", "09:30" on their own; not "Psalm 23:10" or "John 3:16".
		if t.toks[i].digits == 2 && !(i > 0 && (t.upper(i-1) && !t.boundaryBefore(i) || t.toks[i-1].kind == tokNum)) {
			return c, j, true
		}
		return c, j, false
	}
	if c.h > 12 && cue != loose || c.h > 23 {
		return c, j, false
	}
	if t.is(j, "o") && t.punct(j+1, '\'') && t.is(j+2, "clock") {
		return c, j + 3, true
	}
	if t.is(j, "noon") && c.h == 12 {
		return clock{h: 12, halfKnown: true, rule: "noon-midnight"}, j + 1, true
	}
	if cue == loose || t.partAfter(j) {
		return c, j, true
	}
	if cue == dated {
		if _, _, ok := t.zoneAt(j); ok {
			return c, j, true // "tomorrow, 10 eastern time"
		}
	}
	return c, j, false // a bare number is a time only beside a part of day or a day
}

// partAfter reports a part of day right after a bare hour: "4 in the
// morning", "11 at night", "8 tonight", "6 this evening"; not "84 for
// five in the morning session".
func (t *tagger) partAfter(j int) bool {
	switch {
	case t.is(j, "in") && t.is(j+1, "the"):
		_, ok := t.partOfDayAt(j + 2)
		return ok && !t.isAny(j+3, partNouns)
	case t.is(j, "at") && t.is(j+1, "night"):
		return true
	case t.is(j, "tonight"):
		return true
	case t.is(j, "this") || t.is(j, "tomorrow") || t.is(j, "yesterday"):
		_, ok := t.partOfDayAt(j + 1)
		return ok
	}
	return false
}

// clockPart reads the part of day after a clock ending at j ("in the
// morning", "at night") into c, and returns the token after it.
func (t *tagger) clockPart(j int, c *clock) int {
	switch {
	case t.is(j, "in") && t.is(j+1, "the"):
		if p, ok := t.partOfDayAt(j + 2); ok {
			c.withPart(p)
			return j + 3
		}
	case t.is(j, "at") && t.is(j+1, "night"):
		c.withPart("NI")
		return j + 2
	}
	return j
}

// partNouns make a part of day before them an adjective: "the morning
// session", "the evening news".
var partNouns = []string{"session", "sessions", "news", "show", "paper", "papers", "edition", "shift", "service", "rush", "prayers"}

// pastWordAt reports at k a word that follows the minutes of "ten past
// five", "20 minutes to six": past, after, to, before, of, minute(s),
// mins.
func (t *tagger) pastWordAt(k int) bool {
	if !t.ok(k) || t.toks[k].kind != tokWord {
		return false
	}
	switch t.toks[k].end - t.toks[k].start {
	case 2:
		return t.is(k, "to") || t.is(k, "of")
	case 4:
		return t.is(k, "past") || t.is(k, "mins")
	case 5:
		return t.is(k, "after")
	case 6:
		return t.is(k, "before") || t.is(k, "minute")
	case 7:
		return t.is(k, "minutes")
	}
	return false
}

// hourAt reads an hour at i: a number 0–23, a word ("twelve"), noon or
// midnight.
func (t *tagger) hourAt(i int) (int, bool, bool) {
	if n, ok := t.num(i); ok && t.toks[i].digits <= 2 && n <= 23 && !(t.ok(i+1) && t.adjacent(i+1) && t.toks[i+1].kind != tokPunct) {
		return n, n >= 13, true
	}
	if t.is(i, "noon") {
		return 12, true, true
	}
	if t.is(i, "midnight") {
		return 0, true, true
	}
	// an hour as a word: "one" to "twelve"
	if e := t.lex(i); e != nil && e.numberWord && e.number >= 1 && e.number <= 12 && !e.article && !t.is(i, "dozen") {
		return e.number, false, true
	}
	return 0, false, false
}

// wordClock reads an hour written as a word at i: "eleven in the
// morning", "three o'clock", "three pm"; with a cue, "at three".
func (t *tagger) wordClock(i int, cue clockCue) (clock, int, bool) {
	h, _, ok := t.hourAt(i)
	if !ok || t.toks[i].kind != tokWord || t.is(i, "noon") || t.is(i, "midnight") {
		return clock{}, i, false
	}
	c := clock{h: h, rule: "clock"}
	j := i + 1
	if add, k, ok := t.meridiem(j); ok && t.toks[j].kind == tokWord && (t.is(j, "pm") || t.is(j, "am") && t.toks[j].allUpper || t.punct(j+1, '.')) {
		c.h = c.h%12 + add
		c.halfKnown = true
		return c, k, true
	}
	if t.is(j, "o") && t.punct(j+1, '\'') && t.is(j+2, "clock") {
		return c, j + 3, true
	}
	if t.partAfter(j) || cue == loose && !t.isAny(j, durationFollowers) {
		return c, j, true
	}
	return c, i, false
}

// durationFollowers after a number word make it a count, not an hour:
// "at three percent", "at one point".
var durationFollowers = []string{"percent", "point", "points", "times", "of", "per", "million", "billion"}

// pastTheHour reads the minutes before or after an hour at i: "half past
// noon", "quarter to twelve", "a quarter past five", "twenty after
// twelve", "10 minutes to 5".
func (t *tagger) pastTheHour(i int) (clock, int, bool) {
	// Most counts are no minutes: look for the word that makes them so.
	if !t.is(i, "half") && !t.is(i, "quarter") && !t.is(i, "a") && !t.pastWordAt(i+1) && !t.pastWordAt(i+2) {
		return clock{}, i, false
	}
	j, mins := i, 0
	if t.is(j, "a") && t.is(j+1, "quarter") {
		j++ // "a quarter past five"
	}
	switch {
	case t.is(j, "half"):
		mins, j = 30, j+1
	case t.is(j, "quarter"):
		mins, j = 15, j+1
	default:
		c, k, ok := t.parseCount(j)
		if !ok || c.unknown || c.article || c.n != float64(int(c.n)) || c.n < 1 || c.n > 59 {
			return clock{}, i, false
		}
		mins, j = int(c.n), k
		if t.is(j, "minutes") || t.is(j, "minute") || t.is(j, "mins") {
			j++
		} else if !t.is(j, "past") && !t.is(j, "after") || mins%5 != 0 {
			// "ten to five" may be a range, "one after another" no clock;
			// "ten past five" and "twenty after twelve" are.
			return clock{}, i, false
		}
	}
	before := false
	switch {
	case t.is(j, "past") || t.is(j, "after"):
	case t.is(j, "to") || t.is(j, "before") || t.is(j, "of") && mins == 15:
		before = true
	default:
		return clock{}, i, false
	}
	h, known, ok := t.hourAt(j + 1)
	if !ok || h == 0 && !t.is(j+1, "midnight") || t.digitsAfter(j+2, '.') {
		return clock{}, i, false // not "after 5.5 overs"
	}
	end := j + 2
	if e := t.lex(end); e != nil && e.unit != unitNone {
		return clock{}, i, false // "ten past three years"
	}
	c := clock{h: h, halfKnown: known, rule: "clock"}
	if before {
		c.h, c.mi = (h+23)%24, 60-mins
		if h == 0 && t.is(j+1, "midnight") {
			c.h = 23
		}
	} else {
		c.mi = mins
	}
	if add, k, ok := t.meridiem(end); ok && !known && c.h <= 12 {
		c.h = c.h%12 + add
		c.halfKnown, end = true, k
	} else if t.is(end, "o") && t.punct(end+1, '\'') && t.is(end+2, "clock") {
		end += 3
	}
	return c, end, true
}

// isoTime reads "T13:23:42" at i: the ISO clock on its own.
func (t *tagger) isoTime(i int) (clock, int, bool) {
	h, mi, sec, secs, j, ok := t.isoClock(i)
	if !ok {
		return clock{}, i, false
	}
	return clock{h: h, mi: mi, sec: sec, seconds: secs, halfKnown: true, rule: "clock"}, j, true
}
