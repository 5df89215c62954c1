package temporal

import (
	"fmt"
	"strings"
	"time"
)

// A time zone written after a clock ("18:00 UTC", "4 pm CET", "9:30 am
// Pacific Time", "T13:23:42 America/Denver", "16:10 -0400") goes into the
// value ("T18:00Z", "T16:00+01:00") and moves the interval to UTC. Zones
// that follow daylight saving time are resolved for the date they are on,
// by the rules of their region: the tagger reads no zone database, to stay
// pure and to give the same answer on every machine.

// dstRule names a region's daylight saving rule.
type dstRule uint8

const (
	dstNone dstRule = iota
	dstUS           // United States and Canada
	dstEU           // European Union and the United Kingdom
	dstAU           // south-eastern Australia
	dstNZ           // New Zealand
)

// zone is a written time zone: an offset from UTC in minutes in standard
// time, and the daylight saving rule the offset follows, if any.
type zone struct {
	std int
	dst dstRule
}

// offsetOn is the zone's offset in minutes on local day d.
func (z zone) offsetOn(d time.Time) int {
	if z.dst != dstNone && inDST(z.dst, d) {
		return z.std + 60
	}
	return z.std
}

// inDST reports whether day d is in daylight saving time under rule r; the
// hour of the change is left out.
func inDST(r dstRule, d time.Time) bool {
	y := d.Year()
	between := func(from, to time.Time) bool { return !d.Before(from) && d.Before(to) }
	switch r {
	case dstUS:
		switch {
		case y >= 2007:
			return between(nthWeekday(y, 3, 7, 2), nthWeekday(y, 11, 7, 1))
		case y >= 1987:
			return between(nthWeekday(y, 4, 7, 1), nthWeekday(y, 10, 7, -1))
		case y >= 1967:
			return between(nthWeekday(y, 4, 7, -1), nthWeekday(y, 10, 7, -1))
		}
	case dstEU:
		switch {
		case y >= 1996:
			return between(nthWeekday(y, 3, 7, -1), nthWeekday(y, 10, 7, -1))
		case y >= 1981:
			return between(nthWeekday(y, 3, 7, -1), nthWeekday(y, 9, 7, -1))
		}
	case dstAU: // southern summer: outside [April, October)
		if y >= 2008 {
			return !between(nthWeekday(y, 4, 7, 1), nthWeekday(y, 10, 7, 1))
		}
		return y >= 1972 && !between(nthWeekday(y, 3, 7, -1), nthWeekday(y, 10, 7, -1))
	case dstNZ:
		if y >= 2007 {
			return !between(nthWeekday(y, 4, 7, 1), nthWeekday(y, 9, 7, -1))
		}
		return y >= 1990 && !between(nthWeekday(y, 3, 7, 3), nthWeekday(y, 10, 7, 1))
	}
	return false
}

// zoneSuffix renders an offset in minutes as the end of a value: "Z" for
// UTC, else "+05:30" or "-04:00".
func zoneSuffix(offset int) string {
	if offset == 0 {
		return "Z"
	}
	sign := '+'
	if offset < 0 {
		sign, offset = '-', -offset
	}
	return fmt.Sprintf("%c%02d:%02d", sign, offset/60, offset%60)
}

// zoneAbbrevs are the zone abbreviations the tagger knows, upper case in
// text ("EST", "CEST"); a fixed offset for those that name standard or
// summer time, a rule for those that name the region ("ET", "CT").
var zoneAbbrevs = map[string]zone{
	"utc": {0, dstNone}, "gmt": {0, dstNone}, "z": {0, dstNone}, "wet": {0, dstNone}, "west": {60, dstNone},
	"bst": {60, dstNone}, "cet": {60, dstNone}, "cest": {120, dstNone}, "eet": {120, dstNone}, "eest": {180, dstNone},
	"msk": {180, dstNone}, "ist": {330, dstNone}, "sgt": {480, dstNone}, "hkt": {480, dstNone}, "jst": {540, dstNone},
	"kst": {540, dstNone}, "aest": {600, dstNone}, "aedt": {660, dstNone}, "awst": {480, dstNone}, "acst": {570, dstNone},
	"nzst": {720, dstNone}, "nzdt": {780, dstNone}, "wat": {60, dstNone}, "cat": {120, dstNone}, "eat": {180, dstNone},
	"sast": {120, dstNone},
	"est":  {-300, dstNone}, "edt": {-240, dstNone}, "cst": {-360, dstNone}, "cdt": {-300, dstNone},
	"mst": {-420, dstNone}, "mdt": {-360, dstNone}, "pst": {-480, dstNone}, "pdt": {-420, dstNone},
	"akst": {-540, dstNone}, "akdt": {-480, dstNone}, "hst": {-600, dstNone},
	"et": {-300, dstUS}, "ct": {-360, dstUS}, "mt": {-420, dstUS}, "pt": {-480, dstUS},
}

// zoneRegions are the words that name a zone before "time" ("Pacific
// time", "Beijing time") or, for the North American ones, right after a
// clock ("10pm pacific"); "standard" and "daylight" between fix the offset
// of the rule's zones.
var zoneRegions = map[string]zone{
	"eastern": {-300, dstUS}, "central": {-360, dstUS}, "mountain": {-420, dstUS}, "pacific": {-480, dstUS},
	"alaska": {-540, dstUS}, "hawaii": {-600, dstNone}, "atlantic": {-240, dstUS},
	"greenwich": {0, dstNone}, "universal": {0, dstNone}, "london": {0, dstEU}, "british": {0, dstEU},
	"paris": {60, dstEU}, "berlin": {60, dstEU}, "european": {60, dstEU}, "moscow": {180, dstNone},
	"india": {330, dstNone}, "indian": {330, dstNone}, "beijing": {480, dstNone}, "china": {480, dstNone},
	"singapore": {480, dstNone}, "tokyo": {540, dstNone}, "japan": {540, dstNone}, "korea": {540, dstNone},
	"seoul": {540, dstNone}, "sydney": {600, dstAU}, "melbourne": {600, dstAU}, "auckland": {720, dstNZ},
}

// northAmerican are the regions read without "time" after a clock.
var northAmerican = []string{"eastern", "central", "mountain", "pacific"}

// ianaZones are the tz database names ("America/Denver") the tagger knows,
// lower case with underscores as spaces.
var ianaZones = map[string]zone{
	"america/new york": {-300, dstUS}, "america/chicago": {-360, dstUS}, "america/denver": {-420, dstUS},
	"america/los angeles": {-480, dstUS}, "america/phoenix": {-420, dstNone}, "america/anchorage": {-540, dstUS},
	"america/toronto": {-300, dstUS}, "america/vancouver": {-480, dstUS}, "america/sao paulo": {-180, dstNone},
	"pacific/honolulu": {-600, dstNone}, "europe/london": {0, dstEU}, "europe/dublin": {0, dstEU},
	"europe/paris": {60, dstEU}, "europe/berlin": {60, dstEU}, "europe/madrid": {60, dstEU}, "europe/rome": {60, dstEU},
	"europe/amsterdam": {60, dstEU}, "europe/moscow": {180, dstNone}, "asia/tokyo": {540, dstNone},
	"asia/shanghai": {480, dstNone}, "asia/hong kong": {480, dstNone}, "asia/singapore": {480, dstNone},
	"asia/kolkata": {330, dstNone}, "asia/dubai": {240, dstNone}, "asia/seoul": {540, dstNone},
	"australia/sydney": {600, dstAU}, "australia/melbourne": {600, dstAU}, "australia/perth": {480, dstNone},
	"pacific/auckland": {720, dstNZ}, "africa/johannesburg": {120, dstNone}, "africa/lagos": {60, dstNone},
	"africa/cairo": {120, dstNone}, "africa/nairobi": {180, dstNone},
}

// zoneAt reads a time zone at j, after a clock: "UTC", "(PDT)", "Z",
// "-0400", "+05:30", "UTC+2", "Pacific Standard Time", "eastern time",
// "pacific", "America/Denver". It returns the zone and the token after
// it; fixed is true when the zone's offset does not depend on the date.
func (t *tagger) zoneAt(j int) (zone, int, bool) {
	if t.punct(j, '(') {
		if z, k, ok := t.zoneAt(j + 1); ok && t.punct(k, ')') {
			return z, k + 1, true
		}
		return zone{}, j, false
	}
	if z, k, ok := t.numericZone(j); ok {
		return z, k, true
	}
	if e := t.lex(j); e == nil || !e.tz {
		return zone{}, j, false
	}
	w := toLowerASCII(t.text[t.toks[j].start:t.toks[j].end])
	if z, ok := zoneAbbrevs[w]; ok && (t.toks[j].allUpper || w == "utc" || w == "gmt" || w == "z" && t.upper(j) && !t.toks[j].gap) {
		k := j + 1
		// "UTC+2", "GMT-05:00"
		if (w == "utc" || w == "gmt") && !t.gap(k) {
			if off, kk, ok := t.numericZone(k); ok {
				return off, kk, true
			}
		}
		return z, k, true
	}
	if z, k, ok := t.ianaZone(j, w); ok {
		return z, k, true
	}
	return t.zoneName(j, w)
}

// gap reports whitespace before token k, or no token at k.
func (t *tagger) gap(k int) bool { return !t.ok(k) || t.toks[k].gap }

// numericZone reads "-0400", "+0530", "+05:30", "-05" at j.
func (t *tagger) numericZone(j int) (zone, int, bool) {
	if !t.punct(j, '+') && !t.punct(j, '-') && !t.punct(j, '−') {
		return zone{}, j, false
	}
	n, ok := t.num(j + 1)
	if !ok || !t.adjacent(j+1) {
		return zone{}, j, false
	}
	h, m, k := 0, 0, j+2
	switch t.toks[j+1].digits {
	case 4:
		h, m = n/100, n%100
	case 1, 2:
		h = n
		if t.digitsAfter(k, ':') {
			m, _ = t.num(k + 1)
			if t.toks[k+1].digits != 2 {
				return zone{}, j, false
			}
			k += 2
		} else if t.toks[j+1].digits == 1 || t.ok(k) && t.adjacent(k) && t.toks[k].kind == tokWord {
			return zone{}, j, false // "9am-5pm": a range, not an offset
		}
	default:
		return zone{}, j, false
	}
	if h > 14 || m > 59 {
		return zone{}, j, false
	}
	off := h*60 + m
	if !t.punct(j, '+') {
		off = -off
	}
	return zone{std: off}, k, true
}

// ianaZone reads a tz database name at j, whose first word w is lower-cased:
// "America/Denver", "America/New_York".
func (t *tagger) ianaZone(j int, w string) (zone, int, bool) {
	if !t.punct(j+1, '/') || !t.adjacent(j+1) || !t.ok(j+2) || t.toks[j+2].kind != tokWord || !t.adjacent(j+2) {
		return zone{}, j, false
	}
	var b strings.Builder
	b.WriteString(w)
	b.WriteByte('/')
	k := j + 2
	for {
		b.WriteString(toLowerASCII(t.text[t.toks[k].start:t.toks[k].end]))
		k++
		if !t.punct(k, '_') || !t.adjacent(k) || !t.ok(k+1) || t.toks[k+1].kind != tokWord || !t.adjacent(k+1) {
			break
		}
		b.WriteByte(' ')
		k++
	}
	z, ok := ianaZones[b.String()]
	return z, k, ok
}

// zoneName reads a zone named in words at j, whose first word w is
// lower-cased: "Pacific Time", "Eastern Standard Time", "Central European
// Summer Time", "Greenwich Mean Time", "Beijing time", "pacific".
func (t *tagger) zoneName(j int, w string) (zone, int, bool) {
	z, ok := zoneRegions[w]
	if !ok {
		if w == "coordinated" && t.is(j+1, "universal") && t.is(j+2, "time") {
			return zone{}, j + 3, true
		}
		return zone{}, j, false
	}
	k := j + 1
	if t.is(j, "central") && t.is(k, "european") {
		z, k = zoneRegions["european"], k+1
	}
	summer := false
	switch {
	case t.is(k, "standard"):
		z.dst, k = dstNone, k+1
	case t.is(k, "daylight") || t.is(k, "summer"):
		summer, k = true, k+1
	case t.is(k, "mean"):
		k++
	}
	if t.is(k, "time") {
		if summer {
			z = zone{std: z.std + 60}
		}
		return z, k + 1, true
	}
	// "10pm pacific": the North American regions alone, ending the phrase.
	if k == j+1 && t.isAny(j, northAmerican) && t.boundaryAfter(j) {
		return z, k, true
	}
	return zone{}, j, false
}
