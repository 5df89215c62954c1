package temporal

import "github.com/timeline-dev/timeline/timeline"

var partOfDayRule = rule{
	name:    "part-of-day",
	match:   (*tagger).matchPartOfDay,
	words:   []string{"the"},
	classes: classPartOfDay,
	examples: []example{
		{"It rained in the afternoon.", "the afternoon", "2025-05-19TAF", "part-of-day"},
		{"It was cold the morning of January 31.", "the morning of January 31", "2025-01-31TMO", "part-of-day"},
	},
}

// matchPartOfDay: a part of the day on its own, of the day in focus:
// "in the afternoon", "late afternoon", "mid-afternoon", "during the
// night"; or of the day named after it: "the morning of January 31".
func (t *tagger) matchPartOfDay(i int) (cand, bool) {
	j := i
	the := t.is(j, "the")
	if the {
		j++
	}
	part, ok := t.partOfDayAt(j)
	if !ok || t.isAny(j, pluralParts) || t.isAny(j+1, partNouns) {
		return cand{}, false
	}
	if t.is(j+1, "of") {
		if day, ok := t.dayAfterClock(j + 2); ok {
			return partCand(day.end, part, day, true), true
		}
	}
	k := i - 1
	if t.hyphen(k) {
		k-- // "mid-afternoon"
	}
	modified := t.lex(k) != nil && t.lex(k).mod != "" && t.isAny(k, modAdjectives)
	inThe := the && t.isAny(i-1, partPreps)
	alone := t.boundaryBefore(i) && t.boundaryAfter(j)
	if !modified && !inThe && !alone {
		return cand{}, false
	}
	// "mid-afternoon yesterday", "the evening on Friday"
	if day, ok := t.dayNamed(j + 1 + boolInt(t.is(j+1, "on"))); ok && day.rule != "now" {
		return partCand(day.end, part, day, true), true
	}
	return partCand(j+1, part, cand{}, false), true
}

// partPreps put "the" and a part of day in a time: "in the morning".
var partPreps = []string{"in", "during", "through", "throughout", "by", "until", "before", "after"}

// partCand resolves a part of day on its day, or on the day in focus.
func partCand(end int, part string, day cand, hasDay bool) cand {
	return cand{end: end, rule: "part-of-day", typ: timeline.TypeTime, resolve: func(r *res) {
		if !r.dayOfClock(day, hasDay) {
			r.value = "XXXX-XX-XXT" + part
			return
		}
		if r.g == timeline.GranularityDay {
			r.withPart(part)
		}
	}}
}
