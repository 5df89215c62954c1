package temporal

import "github.com/timeline-dev/timeline/timeline"

var holidayRule = rule{
	name:    "holiday",
	match:   (*tagger).matchHoliday,
	words:   holidayFirstWords(),
	classes: classHoliday | classRelative,
	examples: []example{
		{"The shop closed on Christmas Day.", "Christmas Day", "2024-12-25", "holiday"},
		{"It opened on Easter 2024.", "Easter 2024", "2024-03-31", "holiday"},
		{"Sales fell last Thanksgiving.", "last Thanksgiving", "2024-11-28", "relative-holiday"},
	},
}

// matchHoliday: Christmas, New Year's Day, Thanksgiving, Easter, ... with an
// optional year; by tense without one. Names must be capitalised.
func (t *tagger) matchHoliday(i int) (cand, bool) {
	rel := relNone
	if e := t.lex(i); e != nil && (e.rel == relLast || e.rel == relNext || e.rel == relThis) && !t.upper(i) || t.boundaryBefore(i) && e != nil && e.rel != relNone {
		if c, ok := t.matchHoliday(i + 1); ok && c.rule == "holiday" && c.resolve != nil {
			rel = e.rel
			h := c.holiday
			c.rule = "relative-holiday"
			c.resolve = func(r *res) {
				dct, ok := r.fromDCT("XXXX-XX-XX")
				if !ok {
					return
				}
				d := h.date(dct.Year())
				switch {
				case rel == relLast && !d.Before(dct):
					d = h.date(dct.Year() - 1)
				case rel == relNext && !d.After(dct):
					d = h.date(dct.Year() + 1)
				}
				r.setAt(d, timeline.GranularityDay)
			}
			return c, true
		}
		return cand{}, false
	}
	if !t.upper(i) {
		return cand{}, false
	}
	for k := range holidays {
		h := &holidays[k]
		j := i
		ok := true
		for _, w := range h.words {
			switch {
			case w == "'":
				ok = t.punct(j, '\'')
			case w == ".":
				ok = t.punct(j, '.')
			default:
				ok = t.is(j, w)
			}
			if !ok {
				break
			}
			j++
		}
		if !ok {
			continue
		}
		if h.words[0] == "may" && !t.upper(i+1) {
			continue
		}
		k2 := j
		if t.punct(k2, ',') {
			k2++
		}
		if y, end, ok := t.yearAt(k2); ok {
			d := h.date(y)
			return absolute(end, "holiday", timeline.TypeDate, d.Format("2006-01-02"))
		}
		return cand{end: j, rule: "holiday", typ: timeline.TypeDate, holiday: h, resolve: func(r *res) {
			dct, ok := r.fromDCT("XXXX-XX-XX")
			if !ok {
				return
			}
			r.setAt(nearestYear(dct, r.tenseAt(), h.date), timeline.GranularityDay)
		}}, true
	}
	return cand{}, false
}
