package extract

// Verb kinds of a token in context.
const (
	vNone = iota
	vAux  // be, have, do, modals
	vFin  // finite main verb: said, skipped, says
	vNon  // participle or bare infinitive: taken, (will) meet
	vIng  // -ing participle: saying
)

// group is a verb group: tokens [s, e) with main verb v.
type group struct{ s, e, v int }

// verbBefore reports a finite verb between token k and the punctuation or
// subordinator before it.
func (p *pctx) verbBefore(k int) bool {
	d := p.d
	for n := k - 1; n >= p.a && n >= k-15; n-- {
		if !d.toks[n].word() && !d.isQuote(n) || d.toks[n].shape == shLower && d.fl(n)&fSub != 0 {
			return false
		}
		if v := p.verbKind(n); v == vFin || v == vAux {
			return true
		}
	}
	return false
}

// verbKind classifies token k as a verb in its context, using only the word
// before it: a past form after a determiner is an adjective (the injured),
// a present form needs a pronoun, a modal or "to" before it unless it is an
// unambiguous verb.
func (p *pctx) verbKind(k int) int {
	d := p.d
	t := &d.toks[k]
	if t.shape != shLower && !(t.shape == shTitle && k == p.a) {
		return vNone
	}
	f := d.fl(k)
	if k == p.a && t.shape == shTitle && f == 0 {
		f = wordClass(d.lower(k)) // "Pointing to ..." opens the sentence
	}
	if f&(fPast|fPart|fPres|fBase|fIng|fAux) == 0 || f&fNoVerb != 0 {
		return vNone
	}
	if f&fAux != 0 {
		return vAux
	}
	pk := k - 1
	for pk >= p.a && pk > k-4 && d.toks[pk].shape == shLower && d.fl(pk)&(fAdv|fNeg) != 0 && d.fl(pk)&fAux == 0 {
		pk--
	}
	var pf uint32
	to, that := false, false
	if pk >= p.a && d.toks[pk].word() {
		pf = d.fl(pk)
		to, that = d.is(pk, "to"), d.is(pk, "that")
	}
	detBefore := pf&fDet != 0 && !that
	switch {
	case f&fPast != 0:
		if f&fBase != 0 && (to || pf&(fModal|fNeg) != 0) {
			return vNon // to cut, will put
		}
		if detBefore || pf&fPrep != 0 && !to && pf&fSub == 0 {
			return vNone // the injured, of continued fighting
		}
		return vFin
	case f&fPart != 0:
		return vNon
	case f&(fPres|fBase) != 0:
		if pf&(fModal|fNeg) != 0 || pf&fAux != 0 && pf&(fBe|fHave) == 0 {
			return vNon // will meet, did not say
		}
		if to && f&fBase != 0 {
			return vNon
		}
		if that && f&(fNounAmb|fEvent) != 0 {
			return vNone // "that talks would begin"
		}
		if pf&fPron != 0 || that || pk >= p.a && (d.is(pk, "who") || d.is(pk, "which")) {
			return vFin
		}
		if detBefore || pf&fPrep != 0 || f&(fNounAmb|fEvent) != 0 {
			return vNone
		}
		if f&(fReport|fBase|fNounAmb) == fReport && pk >= p.a && d.toks[pk].word() && pf&(fAux|fFunc) == 0 {
			return vFin // a new report says, the ministry insists
		}
		if pk >= p.a && d.toks[pk].capital() && pf&(fAux|fFunc) == 0 &&
			(f&fBase == 0 || k+1 < p.b && d.toks[k+1].shape == shLower && d.fl(k+1)&fDet != 0) {
			return vFin // Trump says, Bayern turn their attention
		}
		return vNone
	case f&fIng != 0:
		if pk >= p.a && d.toks[pk].shape == shLower && (pf == 0 || detBefore) {
			return vNone // drug trafficking cases, the opening ceremony
		}
		return vIng
	}
	return vNone
}

func (p *pctx) finiteAt(k int) bool {
	if k < p.a || k >= p.b {
		return false
	}
	v := p.verbKind(k)
	return v == vFin || v == vAux
}

// skipAdv returns the first token at or after k, before end, that is not an
// adverb or a quotation mark.
func (p *pctx) skipAdv(k, end int) int {
	d := p.d
	for k < end && (d.isQuote(k) || d.toks[k].shape == shLower && d.fl(k)&fAdv != 0 && d.fl(k)&fAux == 0) {
		k++
	}
	return k
}

func (p *pctx) hasVerb(s, e int) bool {
	for k := s; k < e; k++ {
		if !p.inM(k) && p.verbKind(k) != vNone {
			return true
		}
	}
	return false
}

// leftGroup finds the verb group nearest before end in [lo, end), preferring
// a finite verb or participle to an -ing form.
func (p *pctx) leftGroup(lo, end int) (group, bool) {
	ing := -1
	for k := end - 1; k >= lo; k-- {
		if p.inM(k) {
			continue
		}
		switch p.verbKind(k) {
		case vFin, vNon, vAux:
			g := p.grow(k, lo, end)
			if g.s > lo && p.d.is(g.s-1, "to") {
				// "approved a plan to build schools": the infinitive hangs on
				// a noun; the event is the finite verb before it.
				if f, ok := p.leftGroup(lo, g.s-1); ok && f.v < g.s && p.verbKind(f.v) == vFin {
					return f, true
				}
			}
			return g, true
		case vIng:
			if ing < 0 {
				ing = k
			}
		}
	}
	if ing >= 0 {
		return p.grow(ing, lo, end), true
	}
	return group{}, false
}

// rightGroup finds the first verb group in [start, end).
func (p *pctx) rightGroup(start, end int) (group, bool) {
	ing := -1
	for k := start; k < end; k++ {
		if p.inM(k) {
			continue
		}
		switch p.verbKind(k) {
		case vFin, vNon, vAux:
			return p.grow(k, start, end), true
		case vIng:
			if ing < 0 {
				ing = k
			}
		}
	}
	if ing >= 0 {
		return p.grow(ing, start, end), true
	}
	return group{}, false
}

// mainGroup finds the first finite verb group in [start, end), skipping
// parentheses and relative clauses: "Ichiro Ozawa, who heads the New
// Frontier Party (NFP), promised ...".
func (p *pctx) mainGroup(start, end int) (group, bool) {
	d := p.d
	by := -1 // "a force led by Italy" is a main verb only if nothing else is
	for k := start; k < end; k++ {
		if p.inM(k) {
			continue
		}
		switch {
		case d.punct(k) == "(":
			for k < end && d.punct(k) != ")" {
				k++
			}
			continue
		case d.toks[k].shape == shLower && d.fl(k)&fSub != 0:
			for k < end && !p.isComma(k) {
				k++
			}
			continue
		}
		switch v := p.verbKind(k); {
		case v == vFin && k+1 < end && d.is(k+1, "by"):
			if by < 0 {
				by = k
			}
		case v == vAux || v == vFin:
			return p.grow(k, start, end), true
		}
	}
	if by >= 0 {
		return p.grow(by, start, end), true
	}
	return group{}, false
}

// grow widens the verb at k into its group: auxiliaries, negation and
// adverbs before it, verbs after it (up to end, never into the mention), and
// a governing verb before "to" (hope to make, were due to arrive).
func (p *pctx) grow(k, lo, end int) group {
	d := p.d
	s := k
	for s > lo && !p.inM(s-1) {
		pk := s - 1
		t := &d.toks[pk]
		if p.verbKind(pk) == vAux || t.shape == shLower && d.fl(pk)&(fNeg|fAdv) != 0 && d.fl(pk)&fSub == 0 {
			s = pk
			continue
		}
		if d.is(pk, "to") && pk > lo && d.fl(s)&fBase != 0 && !p.inM(pk-1) && d.toks[pk-1].shape == shLower {
			if p.verbKind(pk-1) != vNone || d.fl(pk-1)&(fBase|fPres|fPast|fPart) != 0 && !(pk-2 >= lo && d.fl(pk-2)&(fDet|fPrep) != 0) ||
				pk-2 >= lo && d.fl(pk-2)&fBe != 0 {
				s = pk - 1 // hope to, was expected to, were due to
				continue
			}
		}
		break
	}
	for s < k && d.fl(s)&fAdv != 0 && d.fl(s)&(fNeg|fAux) == 0 {
		s++ // an adverb before the group belongs to the clause, not the verb
	}
	e, v := k+1, k
	for e < end && e < p.b && !p.inM(e) {
		vk := p.verbKind(e)
		if vk == vAux || vk == vNon || vk == vFin && d.fl(v)&fAux != 0 || vk == vIng && d.fl(v)&fBe != 0 {
			v = e
			e++
			continue
		}
		if d.toks[e].shape == shLower && d.fl(e)&(fNeg|fAdv) != 0 && d.fl(e)&fSub == 0 && e+1 < end && p.verbKind(e+1) != vNone {
			e++
			continue
		}
		if d.is(e, "to") && e+1 < end && !p.inM(e+1) && d.toks[e+1].shape == shLower &&
			d.fl(e+1)&fBase != 0 && d.fl(e+1)&(fDet|fEvent) == 0 {
			v = e + 1
			e += 2
			continue
		}
		break
	}
	return group{s: s, e: e, v: v}
}

// reporting reports a reporting verb: said, told, "was quoted as saying".
func (p *pctx) reporting(g group) bool {
	d := p.d
	return d.fl(g.v)&fReport != 0 || g.e+1 < p.b && d.is(g.e, "as") && d.is(g.e+1, "saying")
}

// complement finds the embedded clause of a reporting verb: "said (on
// Monday) (that) he had held ...", "told Russian media that he had ...".
func (p *pctx) complement(g group) (group, bool) {
	d := p.d
	k := g.e
	skip := func() {
		for k < p.b {
			if p.inM(k) {
				k = p.m.b
				continue
			}
			if d.isQuote(k) || d.punct(k) == ":" || d.toks[k].shape == shLower && d.fl(k)&fAdv != 0 && d.fl(k)&fAux == 0 {
				k++
				continue
			}
			break
		}
	}
	skip()
	// An object or a "to" phrase before "that": told Russian media that,
	// confirmed to The National that.
	if k < p.b && !d.is(k, "that") {
		for n := k; n < p.b && n < k+7; n++ {
			if d.is(n, "that") {
				if d.fl(g.v)&fTell != 0 || d.is(k, "to") {
					k = n
				}
				break
			}
			if p.boundary(n) || p.verbKind(n) != vNone {
				break
			}
		}
	}
	if k < p.b && d.is(k, "that") {
		k++
		skip()
	}
	// Now a subject of at most six words, then a finite verb.
	for n := k; n < p.b && n < k+7; n++ {
		if p.inM(n) {
			continue
		}
		if p.boundary(n) {
			return group{}, false
		}
		switch p.verbKind(n) {
		case vFin, vAux:
			if n == k {
				return group{}, false // "said was" is no clause
			}
			return p.grow(n, k, p.b), true
		case vNon, vIng:
			return group{}, false
		}
	}
	return group{}, false
}

// trailingFrame reports a reporting frame after the news it reports:
// `..., officials said Friday`, `"...," said Anh`.
func (p *pctx) trailingFrame(g group) bool {
	d := p.d
	k := g.s - 1
	for k >= p.a {
		if d.punct(k) == ")" {
			for k > p.a && d.punct(k) != "(" {
				k--
			}
			k--
			continue
		}
		if !d.toks[k].word() || p.verbKind(k) != vNone || p.boundary(k) {
			break
		}
		k--
	}
	return k > p.a && (p.isComma(k) || d.isQuote(k))
}
