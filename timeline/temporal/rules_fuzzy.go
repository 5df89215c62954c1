package temporal

import "github.com/timeline-dev/timeline/timeline"

var fuzzyRule = rule{
	name:    "fuzzy",
	match:   (*tagger).matchFuzzy,
	words:   []string{"the", "as", "these", "a", "at", "current"},
	classes: classFuzzy,
	examples: []example{
		{"Prices rose recently.", "recently", "PAST_REF", "fuzzy"},
		{"Rates may fall in the future.", "the future", "FUTURE_REF", "fuzzy"},
		{"Few people write letters these days.", "these days", "PRESENT_REF", "fuzzy"},
	},
}

// matchFuzzy: recently, currently, soon, the future, the past, these days,
// at the moment, a later date.
func (t *tagger) matchFuzzy(i int) (cand, bool) {
	switch {
	case t.is(i, "the") && t.is(i+1, "future"), t.is(i, "the") && t.is(i+1, "past") && !t.numberAhead(i+2):
		v := "FUTURE_REF"
		if t.is(i+1, "past") {
			v = "PAST_REF"
		}
		return absolute(i+2, "fuzzy", timeline.TypeDate, v)
	case t.is(i, "the") && t.is(i+1, "other") && t.is(i+2, "day"):
		return absolute(i+3, "fuzzy", timeline.TypeDate, "PAST_REF")
	case t.is(i, "as") && t.is(i+1, "soon") && t.is(i+2, "as") && (t.is(i+3, "possible") || t.is(i+3, "practicable") || t.is(i+3, "feasible")):
		return absolute(i+4, "fuzzy", timeline.TypeDate, "FUTURE_REF")
	case t.is(i, "these") && t.is(i+1, "days"):
		return absolute(i+2, "fuzzy", timeline.TypeDate, "PRESENT_REF")
	case t.is(i, "a") && t.is(i+1, "later") && t.is(i+2, "date"):
		return absolute(i+3, "fuzzy", timeline.TypeDate, "FUTURE_REF")
	case t.is(i, "at") && t.is(i+1, "the") && t.is(i+2, "moment"):
		return absolute(i+3, "fuzzy", timeline.TypeDate, "PRESENT_REF")
	case t.is(i, "recent") && !(t.is(i-1, "most") || t.is(i-1, "in")):
		return cand{}, false // "recent talks": only "in recent" or "most recent" read as time
	case t.is(i, "future") && !t.is(i-1, "the") && !t.is(i-1, "near"):
		return cand{}, false // "future plans": measured, the adjective is more often not a time
	case t.is(i, "the") && (t.is(i+1, "near") || t.is(i+1, "short") || t.is(i+1, "long")) && t.is(i+2, "term"):
		return absolute(i+3, "fuzzy", timeline.TypeDate, "FUTURE_REF")
	case t.is(i, "the") && t.is(i+1, "near") && t.is(i+2, "future"):
		return absolute(i+3, "fuzzy", timeline.TypeDate, "FUTURE_REF")
	case t.is(i, "current") && t.currentUnitNext(i+1):
		return cand{}, false // "current year": the relative rule's
	case t.is(i, "current") && (!t.upper(i) || t.boundaryBefore(i)):
		// TimeML reads the adjective as present time ("current market
		// conditions"), but not in compounds of the economy pages.
		if t.isAny(i+1, currentCompounds) {
			return cand{}, false
		}
		return absolute(i+1, "fuzzy", timeline.TypeDate, "PRESENT_REF")
	}
	e := t.lex(i)
	if e == nil || e.fuzzy == "" {
		return cand{}, false
	}
	// "as soon as", "soon after being captured": a conjunction or a
	// relation to an event, not a time.
	if t.is(i, "soon") && (t.is(i-1, "as") && t.is(i+1, "as") || t.is(i+1, "after") || t.is(i+1, "afterwards")) {
		return cand{}, false
	}
	// "the previously announced plan": an adverb inside a noun phrase.
	if t.is(i, "previously") && t.isAny(i-1, adverbDeterminers) {
		return cand{}, false
	}

	return absolute(i+1, "fuzzy", timeline.TypeDate, e.fuzzy)
}

func (t *tagger) numberAhead(i int) bool {
	if _, _, ok := t.parseCount(i); ok {
		return true
	}
	e := t.lex(i)
	return e != nil && e.unit != unitNone
}
