package temporal

import (
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

var holidayRule = rule{
	name:    "holiday",
	match:   (*tagger).matchHoliday,
	words:   holidayFirstWords(),
	classes: classHoliday | classRelative,
	examples: []example{
		{"The shop closed on Christmas Day.", "Christmas Day", "2024-12-25", "holiday"},
		{"It opened on Easter 2024.", "Easter 2024", "2024-03-31", "holiday"},
		{"Sales fell last Thanksgiving.", "last Thanksgiving", "2024-11-28", "relative-holiday"},
		{"Crowds prayed on Eid al-Fitr.", "Eid al-Fitr", "2025-03-30", "holiday"},
		{"Traffic peaked on Labor Day weekend.", "Labor Day weekend", "2024-W35-WE", "holiday"},
		{"They met on st. patrick's day.", "st. patrick's day", "2025-03-17", "holiday"},
	},
}

// matchHoliday: Christmas, New Year's Day, Thanksgiving, Easter, Eid
// al-Fitr, Hanukkah, ... in any letter case, with an optional year
// ("Christmas 2024", "Christmas '87"), eve or weekend ("Christmas Eve",
// "Labor Day weekend"); a relative word before it ("last Christmas",
// "this coming easter"). Without a year, by tense.
func (t *tagger) matchHoliday(i int) (cand, bool) {
	if e := t.lex(i); e != nil && e.rel != relNone && !e.holiday {
		return t.relativeHoliday(i)
	}
	h, j, ok := t.holidayAt(i, false)
	if !ok {
		return cand{}, false
	}
	k := j
	if t.punct(k, ',') {
		k++
	}
	// "Christmas 2024", "Christmas '87", "Christmas 87"
	y, end, hasYear := t.yearAt(k)
	if !hasYear {
		if n, ok := t.num(j); ok && t.toks[j].digits == 2 && !t.countNext(j+1) {
			y, end, hasYear = twoDigitYear(n), j+1, true
		}
	}
	eve, weekend := t.is(j, "eve") && h.words[len(h.words)-1] != "eve", t.is(j, "weekend")
	if !hasYear && (eve || weekend) {
		j++
	}
	if hasYear {
		d := h.date(y)
		if d.IsZero() {
			return cand{}, false
		}
		return absolute(end, "holiday", timeline.TypeDate, d.Format("2006-01-02"))
	}
	return holidayCand(j, h, eve, weekend), true
}

// holidayCand resolves holiday h without a year, by tense, on tokens
// ending at end; its eve or its weekend when asked.
func holidayCand(end int, h *holiday, eve, weekend bool) cand {
	return cand{end: end, rule: "holiday", typ: timeline.TypeDate, resolve: func(r *res) {
		dct, ok := r.fromDCT("XXXX-XX-XX")
		if !ok {
			return
		}
		ds := h.around(dct.Year())
		if len(ds) == 0 {
			r.value, r.anchor = "XXXX-XX-XX", timeline.AnchorMissing
			return
		}
		d := nearest(dct, r.tenseAt(), ds)
		if r.tense == "" {
			// No tense: the year of the date just written ("In 2010, on
			// Easter Sunday"), else this year's.
			y := dct.Year()
			if yy, ok := r.rangeStartYear(); ok {
				y = yy
			}
			if this := h.dates(y); len(this) > 0 {
				d = this[0]
			}
		}
		r.setHoliday(h, d, eve, weekend)
	}}
}

// setHoliday renders day d of holiday h, or its eve or weekend, as the
// value; a season of days ("Ramadan") keeps its first day as the value and
// all its days as the interval.
func (r *res) setHoliday(h *holiday, d time.Time, eve, weekend bool) {
	switch {
	case eve:
		r.setAt(d.AddDate(0, 0, -1), timeline.GranularityDay)
	case weekend:
		r.setAt(holidayWeekend(d), timeline.GranularityWeekend)
	default:
		r.setAt(d, timeline.GranularityDay)
		if h.days > 1 {
			r.iv.End = d.AddDate(0, 0, h.days)
		}
	}
}

// holidayWeekend is the Saturday of the weekend a holiday on d belongs to:
// the one before a Monday or Tuesday holiday, the one after a Thursday or
// Friday one, its own for a Saturday or Sunday one.
func holidayWeekend(d time.Time) time.Time {
	if wd := isoWeekday(d); wd <= 2 {
		return d.AddDate(0, 0, -1-wd)
	} else {
		return d.AddDate(0, 0, 6-wd)
	}
}

// relativeHoliday: "last Christmas", "next easter", "this coming
// Thanksgiving", "this past Easter" at the relative word i.
func (t *tagger) relativeHoliday(i int) (cand, bool) {
	rel, j, ok := t.relativeWord(i)
	if !ok || rel != relLast && rel != relNext && rel != relThis {
		return cand{}, false
	}
	h, end, ok := t.holidayAt(j, true)
	if !ok {
		return cand{}, false
	}
	return cand{end: end, rule: "relative-holiday", typ: timeline.TypeDate, resolve: func(r *res) {
		dct, ok := r.fromDCT("XXXX-XX-XX")
		if !ok {
			return
		}
		var d time.Time
		for _, c := range h.around(dct.Year()) {
			switch {
			case rel == relLast && c.Before(dct), rel == relNext && c.After(dct):
				if d.IsZero() || rel == relLast {
					d = c // the last one before, the first one after
				}
			case rel == relThis && c.Year() == dct.Year() && d.IsZero():
				d = c
			}
		}
		if d.IsZero() {
			r.value, r.anchor = "XXXX-XX-XX", timeline.AnchorMissing
			return
		}
		r.setHoliday(h, d, false, false)
	}}, true
}

// holidayAt reads the longest holiday name at i and returns it and the
// token after it. A name of common words in lower case ("good friday")
// needs a cue: a relative word before it, a year after it, or "on".
func (t *tagger) holidayAt(i int, cue bool) (*holiday, int, bool) {
	if !t.ok(i) || t.toks[i].kind != tokWord {
		return nil, i, false
	}
	e := t.lex(i)
	if e == nil {
		return nil, i, false
	}
	var best *holiday
	end := i
	for _, k := range e.holidays {
		h := &holidays[k]
		if j, ok := t.holidayName(i, h.words); ok && j > end {
			best, end = h, j
		}
	}
	if best == nil {
		return nil, i, false
	}
	if best.common && !t.upper(i) && !cue && !t.is(i-1, "on") && !t.yearNext(end) {
		return nil, i, false
	}
	// "Mexico's Independence Day", "Canadian Thanksgiving": another
	// country's day.
	if best.national && i > 0 && (t.punct(i-1, '\'') || t.is(i-1, "s") && t.punct(i-2, '\'') || t.upper(i-1) && t.lex(i-1) == nil && !t.boundaryBefore(i-1)) {
		return nil, i, false
	}
	return best, end, true
}

// holidayName matches the tokens of a holiday's name at i: "'s" also as
// "s" glued to the word or "s'", a hyphen between words, a dot after an
// abbreviation ("St.").
func (t *tagger) holidayName(i int, words []string) (int, bool) {
	j := i
	for k := 0; k < len(words); k++ {
		w := words[k]
		switch {
		case w == "'":
			if !t.punct(j, '\'') {
				return j, false
			}
			j++
		case k+2 < len(words) && words[k+1] == "'" && words[k+2] == "s":
			// "mother's": mother ' s, mothers, mothers '
			switch {
			case t.is(j, w) && t.punct(j+1, '\'') && t.is(j+2, "s"):
				j += 3
			case t.isPlural(j, w):
				j++
				if t.punct(j, '\'') && t.adjacent(j) {
					j++
				}
			default:
				return j, false
			}
			k += 2
		default:
			if k > 0 && t.hyphen(j) {
				j++
			}
			if !t.is(j, w) {
				return j, false
			}
			j++
			if e := t.lex(j - 1); e != nil && e.abbr {
				j = t.skipDot(j)
			}
		}
	}
	return j, true
}

// countNext reports a word at k that makes the number before it a count:
// a unit or a counted noun ("12 people", "10 days").
func (t *tagger) countNext(k int) bool {
	if !t.ok(k) || t.toks[k].kind != tokWord {
		return false
	}
	if e := t.lex(k); e != nil && e.unit != unitNone {
		return true
	}
	return nonYearNoun(t.text[t.toks[k].start:t.toks[k].end])
}

// isPlural reports token j is the word w with an s: "mothers".
func (t *tagger) isPlural(j int, w string) bool {
	if !t.ok(j) || t.toks[j].kind != tokWord {
		return false
	}
	s := t.text[t.toks[j].start:t.toks[j].end]
	return len(s) == len(w)+1 && (s[len(w)]|0x20) == 's' && toLowerASCII(s[:len(w)]) == w
}
