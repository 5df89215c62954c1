package extract

// vgroup is a verb group: a main verb with the auxiliaries, modals,
// negation and adverbs that go with it ("would never have happened", "has
// sought", "to visit", "was re-elected").
type vgroup struct {
	s, e int // tokens [s, e)
	head int // the main verb; for a copula, the form of "be"
	// The clause the group heads, and its subject and object noun phrases
	// (-1 when none).
	clause  int
	subject int
	object  int
	// Grammar read off the auxiliaries.
	finite      bool
	tense       tense
	perfect     bool
	progressive bool
	passive     bool
	copula      bool   // be or become with a predicate: the event is the predicate
	infinitive  bool   // to visit
	modal       string // lower-case modal: will, would, could ... ("" when none)
	negated     bool
	goingTo     bool // is going to visit
}

// tense is the grammatical tense of a verb group.
type tense uint8

const (
	tenseNone tense = iota // infinitives, participles, gerunds
	tensePast
	tensePresent
	tenseFuture
)

// verbGroups finds the verb groups of sentence tokens [a, b), left to right.
func (d *doc) verbGroups(a, b int, out []vgroup) []vgroup {
	for k := a; k < b; k++ {
		if d.toks[k].men {
			continue
		}
		if g, ok := d.verbGroupAt(k, a, b); ok {
			out = append(out, g)
			k = g.e - 1
		}
	}
	return out
}

// verbGroupAt reads the verb group starting at token k, if one does: a
// modal, an auxiliary, "to" before a base verb, or a verb.
func (d *doc) verbGroupAt(k, a, b int) (vgroup, bool) {
	g := vgroup{s: k, head: -1, clause: -1, subject: -1, object: -1}
	t := &d.toks[k]
	switch {
	case t.pos == pTO:
		n := k + 1
		for n < b && d.toks[n].pos == pRB && !d.toks[n].men {
			n++
		}
		if n >= b || !(d.toks[n].pos == pVB || d.isBe(n) && d.is(n, "be") || d.isHave(n) && d.is(n, "have")) {
			return g, false
		}
		g.infinitive = true
	case t.pos == pMD, t.pos.verb():
	default:
		return g, false
	}
	// Walk the chain: each auxiliary says what may follow it.
	last := -1 // the last verb or modal of the chain
	for n := k; n < b; n++ {
		tn := &d.toks[n]
		if tn.men {
			break
		}
		w := d.lower(n)
		switch {
		case n == k && tn.pos == pTO:
			continue
		case tn.pos == pRB || w == "not" || w == "n't" || last >= 0 && (w == "likely" || w == "unlikely") && d.verbFollows(n+1, b):
			// An adverb belongs to the group only before one of its verbs.
			if !d.verbFollows(n+1, b) {
				if last < 0 {
					return g, false
				}
				return d.finishGroup(g, last+1)
			}
			if w == "not" || w == "n't" || w == "never" {
				g.negated = true
			}
			continue
		case tn.pos == pMD:
			if last >= 0 {
				return d.finishGroup(g, last+1)
			}
			g.modal = modalLemma(w)
			g.finite = true
			last = n
			continue
		case !tn.pos.verb():
			if last < 0 {
				return g, false
			}
			return d.finishGroup(g, last+1)
		}
		// A verb. It continues the chain only where the auxiliary before
		// allows it.
		if last >= 0 && !d.continues(last, n) {
			return d.finishGroup(g, last+1)
		}
		if w == "going" && n+2 < b && d.is(n+1, "to") && d.toks[n+2].pos == pVB && last >= 0 && d.isBe(last) {
			g.goingTo = true
			last = n + 1
			n++
			continue
		}
		last = n
	}
	if last < 0 {
		return g, false
	}
	return d.finishGroup(g, last+1)
}

// verbFollows reports a verb (or "to" and a verb) at token n, after
// adverbs.
func (d *doc) verbFollows(n, b int) bool {
	for n < b && (d.toks[n].pos == pRB || d.is(n, "likely")) && !d.toks[n].men {
		n++
	}
	return n < b && !d.toks[n].men && (d.toks[n].pos.verb() || d.toks[n].pos == pMD)
}

// continues reports whether the verb at n can follow the chain's last word
// at l: after a modal or "do" a base form, after "have" a participle, after
// "be" a participle or -ing form.
func (d *doc) continues(l, n int) bool {
	p := d.toks[n].pos
	switch {
	case d.toks[l].pos == pMD || d.isDo(l) || d.toks[l].pos == pTO:
		// The present of other persons is the base form: "would have".
		return p == pVB || p == pVBP && !d.is(n, "are") && !d.is(n, "am")
	case d.isHave(l):
		return p == pVBN || d.is(n, "been")
	case d.isBe(l):
		return p == pVBN || p == pVBG
	case d.lower(l) == "going" || d.lower(l) == "get" || d.lower(l) == "got" || d.lower(l) == "gets":
		return p == pVBN && d.lower(l) != "going" // got killed
	}
	return false
}

// finishGroup closes group g at token e and reads its grammar.
func (d *doc) finishGroup(g vgroup, e int) (vgroup, bool) {
	g.e = e
	head := -1
	for n := g.s; n < e; n++ {
		if p := d.toks[n].pos; p.verb() {
			head = n
		}
	}
	if head < 0 {
		// A lone modal ("he will", "they could"): the verb is elided.
		head = e - 1
	}
	g.head = head
	be, have := false, false
	for n := g.s; n < e; n++ {
		t := &d.toks[n]
		switch {
		case t.pos == pMD:
			if g.modal == "will" || g.modal == "shall" {
				g.tense = tenseFuture
			}
		case n == g.s && !g.infinitive && (t.pos == pVBD || d.is(n, "'d") && d.toks[head].pos == pVBN):
			g.finite, g.tense = true, tensePast
		case n == g.s && !g.infinitive && (t.pos == pVBZ || t.pos == pVBP):
			g.finite, g.tense = true, tensePresent
		}
		if n == head {
			continue
		}
		switch {
		case d.isHave(n):
			have = true
		case d.isBe(n):
			be = true
		}
	}
	if g.goingTo {
		g.tense = tenseFuture
	}
	hp := d.toks[head].pos
	g.perfect = have && (hp == pVBN || d.is(head, "been"))
	g.progressive = be && hp == pVBG
	g.passive = be && hp == pVBN
	if d.isBe(head) && !g.progressive {
		g.copula = true
	}
	return g, true
}

// modalLemma folds modal spellings: 'll → will, wo → will, ca → can.
func modalLemma(w string) string {
	switch w {
	case "'ll", "’ll", "wo", "shall":
		return "will"
	case "ca", "cannot":
		return "can"
	case "'d", "’d":
		return "would"
	}
	return w
}

// nphrase is a noun phrase: determiners, modifiers and a head noun.
type nphrase struct {
	s, e int // tokens [s, e)
	head int
	// possessor is the noun phrase that owns this one ("Ukraine's" in
	// "Ukraine's invasion"), -1 when none.
	possessor int
	prep      int // the preposition before it, -1 when none
}

// nounPhrases finds the noun phrases of sentence tokens [a, b): a run of
// determiners, numbers, adjectives and nouns that ends in a noun or a
// pronoun. A possessive ends one phrase and opens the next ("Ukraine's
// President Volodymyr Zelenskyy" is two). Time expressions are no noun
// phrase.
func (d *doc) nounPhrases(a, b int, out []nphrase) []nphrase {
	for k := a; k < b; {
		t := &d.toks[k]
		if t.men || !startsNP(t.pos) {
			k++
			continue
		}
		s := k
		head := -1
		pronoun := t.pos == pPRP || t.pos == pEX
		if pronoun {
			head, k = k, k+1 // a pronoun is a phrase of its own
		}
		for k < b && !pronoun {
			tk := &d.toks[k]
			if k > s && d.titleOf(k, b) {
				k++ // "Secretary of State Madeleine Albright" is one phrase
				continue
			}
			if k > s && k+1 < b && currencySign(d.punct(k)) && d.toks[k+1].pos == pCD {
				k++ // "the $2 billion transit plan" is one phrase
				continue
			}
			if tk.men || !inNP(tk.pos) && !d.modifierVerb(k, b) {
				break
			}
			// A common noun then a name starts a new phrase: "came into
			// office Mr Trump".
			if k > s && tk.pos == pNNP && (d.toks[k-1].pos == pNN || d.toks[k-1].pos == pNNS) && d.toks[k-1].shape == shLower &&
				d.fl(k-1)&(fRole|fTitle) == 0 && !placeDescriptions[d.lower(k-1)] && !countryDescriptions[d.lower(k-1)] { // but "Palestinian leader Yasser Arafat", "the capital Lagos" are one
				break
			}
			if tk.pos.noun() || tk.pos == pPRP || tk.pos == pCD || tk.pos == pEX {
				head = k
			}
			k++
			if tk.poss {
				break
			}
			if tk.pos == pPRP || tk.pos == pEX {
				break // a pronoun is a phrase of its own
			}
			// An initial and its period stay in the name: George W. Bush.
			if k+1 < b && d.punct(k) == "." && tk.e-tk.s == 1 && tk.capital() && d.toks[k+1].capital() {
				k++
			}
		}
		if head < 0 {
			if k == s {
				k++
			}
			continue
		}
		np := nphrase{s: s, e: head + 1, head: head, possessor: -1, prep: -1}
		if n := len(out); n > 0 && out[n-1].e == s && d.toks[out[n-1].e-1].poss {
			np.possessor = n - 1
		}
		before := s // "for $300 million": the preposition before the sign
		if before-1 > a && currencySign(d.punct(before-1)) {
			before--
		}
		if before > a && (d.toks[before-1].pos == pIN || d.toks[before-1].pos == pTO) && !approximator(d, before-1, s) {
			np.prep = before - 1
		} else if np.possessor >= 0 {
			np.prep = out[np.possessor].prep // "in Nigeria's capital Lagos": inside the same phrase
		}
		out = append(out, np)
		k = head + 1
	}
	return out
}

// titleOf reports the "of" of a title before a name: "Secretary of State",
// "Chief of Staff".
func (d *doc) titleOf(k, b int) bool {
	return d.is(k, "of") && d.toks[k-1].capital() && d.fl(k-1)&(fTitle|fRole) != 0 &&
		k+1 < b && d.toks[k+1].capital() && d.fl(k+1)&fTitleMod != 0
}

func startsNP(p posTag) bool {
	switch p {
	case pDT, pPRPS, pCD, pJJ, pNN, pNNS, pNNP, pPRP, pEX:
		return true
	}
	return false
}

func inNP(p posTag) bool {
	switch p {
	case pDT, pPRPS, pCD, pJJ, pNN, pNNS, pNNP:
		return true
	}
	return false
}

// modifierVerb reports a participle used as an adjective inside a noun
// phrase: "the proposed merger", "a closing bell".
func (d *doc) modifierVerb(k, b int) bool {
	p := d.toks[k].pos
	return (p == pVBN || p == pVBG) && k+1 < b && d.toks[k+1].pos.noun() && k > 0 &&
		(d.toks[k-1].pos == pDT || d.toks[k-1].pos == pPRPS || d.toks[k-1].pos == pJJ || d.toks[k-1].poss)
}

// approximator reports "about", "around", "some" or "over" before a number
// at s: "about 1,590 giant pandas" is a noun phrase, not a prepositional one.
func approximator(d *doc, k, s int) bool {
	if d.toks[s].pos != pCD {
		return false
	}
	switch d.lower(k) {
	case "about", "around", "some", "over", "nearly", "almost", "under", "roughly", "approximately":
		return true
	}
	return false
}

// currencySign reports a currency symbol written before an amount.
func currencySign(p string) bool {
	switch p {
	case "$", "€", "£", "¥", "₹":
		return true
	}
	return false
}
