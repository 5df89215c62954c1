package temporal

import "github.com/timeline-dev/timeline/timeline"

var modifiedRule = rule{
	name:    "modified",
	match:   (*tagger).matchModified,
	words:   []string{"the", "over", "more", "less", "at", "up", "no"},
	classes: classModifier | classApprox,
	examples: []example{
		{"Talks resumed in early March.", "early March", "2025-03", "modified-month"},
		{"The call lasted about two hours.", "about two hours", "PT2H", "modified-duration"},
		{"It ends at the end of 1990.", "the end of 1990", "1990", "modified-year"},
		{"Shares rose at mid-afternoon yesterday.", "mid-afternoon yesterday", "2025-05-18TAF", "modified-part-of-day"},
	},
}

// matchModified: early/mid/late/the end of/the beginning of + a date, and
// about/nearly/more than/at least + any expression.
func (t *tagger) matchModified(i int) (cand, bool) {
	m, ok := t.modifierAt(i)
	if !ok || !t.ok(m.j) {
		return cand{}, false
	}
	j := m.j
	inner, ok := t.matchAt(j, t.declared(j))
	if !ok && (m.the || m.of) {
		inner, ok = t.currentUnitAfter(j)
	}
	if !ok || !t.modifies(i, m, inner) {
		return cand{}, false
	}
	c := inner
	c.mod = m.mod
	c.rule = "modified-" + inner.rule
	if t.is(i, "earlier") || t.is(i+boolInt(m.the), "earlier") {
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

// modifier is a modifier read before an expression.
type modifier struct {
	mod      string // the TIMEX3 mod
	dateOnly bool   // it modifies dates and times only ("early"), not durations
	the      bool   // it began with "the" ("the end of")
	of       bool   // it ends in "of": "end of", "the start of"
	j        int    // the modified expression's first token
}

// modifierAt reads the modifier at i.
func (t *tagger) modifierAt(i int) (modifier, bool) {
	m := modifier{dateOnly: true, the: t.is(i, "the")}
	j := i
	if m.the {
		j++
	}
	e := t.lex(j)
	switch {
	case e != nil && e.mod != "" && t.isAny(j, modNouns):
		// "the end of March"; "by end of year", "end of the month" after a
		// preposition or opening a phrase
		if !t.is(j+1, "of") || !m.the && !(t.boundaryBefore(j) || t.lex(j-1) != nil && t.lex(j-1).prep) {
			return m, false
		}
		m.mod, j, m.of = e.mod, j+2, true
	case e != nil && e.mod != "" && t.isAny(j, modAdjectives):
		m.mod = e.mod
		j++
		if t.hyphen(j) {
			j++
		} else if t.is(j-1, "mid") && t.ok(j) && !t.toks[j].gap {
			return m, false
		}
		if t.is(j, "in") && !t.is(j-1, "mid") && t.isAny(j-1, modAdjectives) {
			j++ // "earlier in the year"
		}
	case m.the:
		return m, false
	case e != nil && e.approx != "":
		m.mod, m.dateOnly, j = e.approx, false, j+1
	case t.is(j, "over"):
		// "over a week", "over 20 years"; not "over the past 20 years".
		if c, _, ok := t.parseCount(j + 1); !ok || c.unknown {
			return m, false
		}
		m.mod, m.dateOnly, j = "MORE_THAN", false, j+1
	default:
		var ok bool
		if m.mod, j, ok = t.comparative(j); !ok {
			return m, false
		}
		m.dateOnly = false
	}
	m.j = j
	return m, true
}

// comparative reads "more than", "less than", "at least", "at most", "up
// to", "no more than", "no less than" at j: the mod and the token after.
func (t *tagger) comparative(j int) (string, int, bool) {
	switch {
	case t.is(j, "more") && t.is(j+1, "than"):
		return "MORE_THAN", j + 2, true
	case t.is(j, "less") && t.is(j+1, "than"):
		return "LESS_THAN", j + 2, true
	case t.is(j, "at") && t.is(j+1, "least"):
		return "EQUAL_OR_MORE", j + 2, true
	case t.is(j, "at") && t.is(j+1, "most"):
		return "EQUAL_OR_LESS", j + 2, true
	case t.is(j, "up") && t.is(j+1, "to"):
		return "EQUAL_OR_LESS", j + 2, true
	case t.is(j, "no") && t.is(j+1, "more") && t.is(j+2, "than"):
		return "EQUAL_OR_LESS", j + 3, true
	case t.is(j, "no") && t.is(j+1, "less") && t.is(j+2, "than"):
		return "EQUAL_OR_MORE", j + 3, true
	}
	return "", j, false
}

// currentUnitAfter reads "the year", "this week" after "the end of", "the
// start of": the current unit.
func (t *tagger) currentUnitAfter(j int) (cand, bool) {
	u := t.lex(j + 1)
	the := t.is(j, "the") || t.is(j, "this")
	if !the {
		u = t.lex(j) // "by end of day", "end of year"
	}
	if u == nil || u.unit < unitDay || u.unit > unitYear || u.unit == unitHalf || u.plural {
		return cand{}, false
	}
	if !the {
		j--
	}
	c := t.anaphoric(j+2, u.unit, 0, "", j)
	c.rule = "current-unit"
	uu := u.unit
	c.resolve = func(r *res) {
		g := unitGranularity(uu)
		if d, ok := r.fromDCT(xValue(g)); ok {
			r.setAt(d, g)
		}
	}
	return c, true
}

// modifies reports whether modifier m, begun at i, may modify inner.
func (t *tagger) modifies(i int, m modifier, inner cand) bool {
	j := m.j
	switch {
	case m.dateOnly && inner.typ != timeline.TypeDate && inner.typ != timeline.TypeTime:
		return false
	case !m.dateOnly && (inner.rule == "weekday" || inner.typ == timeline.TypeSet):
		return false // "around Wednesday", "almost daily"
	case m.dateOnly && !m.the && t.is(i, "late") && t.toks[j].kind == tokWord && t.upper(j) && t.lex(j) != nil && t.lex(j).weekday == 0 && t.lex(j).month == 0:
		return false
	case inner.value == "PRESENT_REF" || inner.value == "PAST_REF" || inner.value == "FUTURE_REF":
		return false
	}
	return true
}
