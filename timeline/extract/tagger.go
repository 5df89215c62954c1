package extract

import "strings"

// tagSentence gives every token of [a, b) a part of speech: the lexicon's
// commonest for the word (or a guess from its ending), then corrected by
// its neighbours, as Brill's tagger does with a handful of hand-written
// transformations. Capitalised words are proper nouns unless they open the
// sentence (or a headline in title case) and the lexicon knows them as
// something else.
func (d *doc) tagSentence(a, b int) {
	headline := d.titleCase(a, b)
	opening := true // no word seen yet in the sentence, or right after an opening quote or colon
	for k := a; k < b; k++ {
		t := &d.toks[k]
		switch t.shape {
		case shPunct:
			t.pos, t.tags = pPunct, 1<<pPunct
			switch d.text[t.s:t.e] {
			case ":", "—", "–", "(", "“", "\"", "‘", "'", "«":
				opening = opening || d.text[t.s:t.e] == ":" || d.text[t.s:t.e] == "—"
			}
			continue
		case shNum:
			t.pos, t.tags = pCD, 1<<pCD
			w := d.text[t.s:t.e]
			if strings.HasSuffix(w, "th") || strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd") {
				t.pos, t.tags = pJJ, 1<<pJJ // 3rd, 25th
			}
			opening = false
			continue
		}
		e := d.word(k)
		w := e.low
		if w == "s" && k > a && d.isQuote(k-1) {
			t.pos, t.tags = pPunct, 1<<pPunct // "Inc.'s": the possessive after a period
			continue
		}
		if t.shape != shLower && !opening && !headline && len(w) > 1 {
			// A capital inside a sentence is a name: only its word classes
			// (titles, organisation cues) are wanted, from the small lexicon.
			t.pos, t.tags = pNNP, 1<<pNNP
			continue
		}
		if d.lowIn(k, foreignConnectors) && t.shape == shLower && k > a && k+1 < b && d.toks[k-1].capital() && d.toks[k+1].capital() {
			t.pos, t.tags = pNNP, 1<<pNNP // "Rio Grande do Sul", "Luiz da Silva": inside a name
			opening = false
			continue
		}
		wi := wordInfo{tags: e.tags, first: e.first}
		known := e.found && wi.tags != 0
		if !known {
			wi = guessTags(w)
		}
		if t.shape != shLower {
			// Capitals mid-sentence, and abbreviations (US is no "us"), are
			// names.
			common := known && (opening || headline) && (t.shape == shTitle || len(w) == 1)
			if common && wi.first == pNN || common && wi.first == pNNS {
				// "Officials said", but "Bush said" when the document
				// writes Bush capitalised mid-sentence too.
				common = d.midCaps[w] == 0 && !(k+1 < b && d.toks[k+1].capital() && !headline)
			}
			if common && d.inGazetteer(k, k+1) && !closedClass[w].tags.has(wi.first) {
				common = false // "China said", "Turkey" opening a sentence
			}
			if common && !headline && k+1 < b && d.toks[k+1].shape == shTitle && closedClass[w].tags == 0 &&
				!strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") && d.fl(k+1)&(fMonth|fWeekday) == 0 {
				common = false // "Unite Union called", but "Speaking Monday" and "The Hague"
			}
			if !common {
				wi = wordInfo{tags: wi.tags | 1<<pNNP, first: pNNP}
			}
		}
		t.pos, t.tags = wi.first, wi.tags
		opening = false
	}
	for k := a; k < b; k++ {
		if t := &d.toks[k]; t.tags&^(1<<t.pos) != 0 {
			t.pos = d.retag(k, a, b)
		}
	}
	// "former" before what it describes is no noun: "former Springfield
	// mayor Daniel Ortiz".
	for k := a; k+1 < b; k++ {
		if t := &d.toks[k]; t.pos == pNN && d.lowIn(k, prenominals) && (d.toks[k+1].pos.noun() || d.toks[k+1].pos == pJJ) {
			t.pos = pJJ
		}
	}
	// An adjective that ends a determined phrase right before its verb is
	// its noun, whatever the lexicon says: "a suspected militant died",
	// "the wounded were taken".
	for k := a + 1; k+1 < b; k++ {
		if t := &d.toks[k]; t.pos == pJJ && (d.toks[k-1].pos == pDT || d.toks[k-1].pos == pJJ) && d.determined(k, a) {
			if n := d.toks[k+1].pos; n == pVBD || n == pVBZ || n == pMD {
				t.pos = pNN
			}
		}
	}
}

// titleCase reports a headline written in title case ("Trump And Putin
// Hold Two-Hour Call"): most of its words capitalised, function words too.
func (d *doc) titleCase(a, b int) bool {
	words, caps := 0, 0
	for k := a; k < b; k++ {
		switch d.toks[k].shape {
		case shTitle:
			caps++
			words++
		case shLower:
			words++
		}
	}
	if words < 4 || caps*5 < words*4 {
		return false
	}
	for k := a; k < b; k++ {
		if d.toks[k].shape == shTitle && closedClass[d.lower(k)].tags != 0 {
			return true
		}
	}
	return false
}

// guessTags guesses the parts of speech of a lower-case word the lexicon
// does not know, from its ending.
func guessTags(w string) wordInfo {
	n := len(w)
	one := func(p posTag) wordInfo { return wordInfo{tags: 1 << p, first: p} }
	switch {
	case n >= 5 && strings.HasSuffix(w, "ing"):
		return wordInfo{tags: setOfTags(pVBG, pNN, pJJ), first: pVBG}
	case n >= 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"):
		return wordInfo{tags: setOfTags(pVBD, pVBN, pJJ), first: pVBD}
	case n >= 4 && strings.HasSuffix(w, "ly"):
		return one(pRB)
	case strings.HasSuffix(w, "tion") || strings.HasSuffix(w, "sion") || strings.HasSuffix(w, "ment") ||
		strings.HasSuffix(w, "ness") || strings.HasSuffix(w, "ity") || strings.HasSuffix(w, "ism") ||
		strings.HasSuffix(w, "ship") || strings.HasSuffix(w, "ance") || strings.HasSuffix(w, "ence") ||
		strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "or"):
		return one(pNN)
	case strings.HasSuffix(w, "ous") || strings.HasSuffix(w, "ful") || strings.HasSuffix(w, "ive") ||
		strings.HasSuffix(w, "able") || strings.HasSuffix(w, "ible") || strings.HasSuffix(w, "al") ||
		strings.HasSuffix(w, "ic") || strings.HasSuffix(w, "less") || strings.HasSuffix(w, "ary") ||
		strings.Contains(w, "-"):
		return wordInfo{tags: setOfTags(pJJ, pNN), first: pJJ}
	case n >= 4 && strings.HasSuffix(w, "ss"):
		return one(pNN)
	case n >= 4 && strings.HasSuffix(w, "s"):
		return wordInfo{tags: setOfTags(pNNS, pVBZ), first: pNNS}
	}
	return wordInfo{tags: setOfTags(pNN, pJJ), first: pNN}
}

// retag picks one of the parts of speech token k can have, from its
// neighbours; the token's pos is the lexicon's first choice so far.
func (d *doc) retag(k, a, b int) posTag {
	t := &d.toks[k]
	can := t.tags
	// The word before, skipping adverbs ("has already said"), and its
	// word.
	pk := k - 1
	for pk >= a && d.toks[pk].pos == pRB && !d.is(pk, "not") && !d.is(pk, "n't") {
		pk--
	}
	prev := pNone
	if pk >= a {
		prev = d.toks[pk].pos
	}
	next := pNone
	if k+1 < b {
		next = d.toks[k+1].pos
	}
	w := d.lower(k)
	switch w {
	case "that":
		return d.tagThat(k, a, b, prev, next)
	case "like", "as":
		if can.has(pVB) && (prev == pPRP || prev == pMD || prev == pTO) {
			return pVBP
		}
		return pIN
	case "'s", "’s":
		return pVBZ
	case "'d", "’d":
		if k+1 < b && (d.toks[k+1].pos == pVBN || d.toks[k+1].pos == pVBD) {
			return pVBD // he'd held: had
		}
		return pMD
	}
	possessor := pk >= a && d.toks[pk].poss
	if (t.pos == pVBD || t.pos == pVBN) && strings.HasSuffix(w, "ed") && (prev == pDT || prev == pPRPS || possessor) &&
		(next.noun() || next == pJJ) && k == pk+1 {
		return pJJ // "a vandalised oil pipeline", "the ousted Iraqi leader"
	}
	if (t.pos == pVBG || t.pos == pVBN) && (next == pNN || next == pNNS) && (can.has(pJJ) || can.has(pNN)) &&
		!d.isBe(pk) && !d.isHave(pk) && prev != pMD && prev != pTO && prev != pPRP && !(t.pos == pVBG && d.accusedBefore(pk, a)) {
		return pJJ // "operating profit", "a holding company", "the proposed merger"
	}
	if t.pos == pJJ && can.has(pNN) && (prev == pNNP || prev == pDT || prev == pJJ) && k == pk+1 &&
		(next == pMD || next == pVBZ || next == pVBD || k+1 < b && (d.isHave(k+1) || d.isBe(k+1))) {
		// An adjective heading its phrase before the verb is a noun: "the
		// Indonesian military has promised", "a suspected militant died".
		return pNN
	}
	switch {
	case prev == pTO && k == pk+1 && pk-1 >= a && d.toks[pk-1].pos.verb() && d.lemmaIn(pk-1, motionVerbs) && can&nounTags != 0 &&
		next != pDT && next != pPRP && next != pPRPS && next != pNNP && next != pCD:
		return nounOf(can, t.pos) // "return to growth", "went to court"
	case prev == pMD || prev == pTO && k == pk+1:
		// will meet, to visit; but "to talks" is a noun.
		if can.has(pVB) {
			return pVB
		}
		if prev == pTO && can&nounTags != 0 {
			return nounOf(can, t.pos)
		}
	case d.isHave(pk) && pk >= a:
		// has said, had been; "have talks" is a noun.
		if can.has(pVBN) {
			return pVBN
		}
		if can.has(pVBD) && !can.has(pNN) && !can.has(pNNS) {
			return pVBN // regular past forms double as participles
		}
	case d.isBe(pk) && pk >= a:
		// was killed, is meeting, was invincible; "are willing to".
		if e := d.word(k); e.found && e.first == pJJ && can.has(pJJ) {
			return pJJ
		}
		switch {
		case can.has(pVBG) && strings.HasSuffix(w, "ing"):
			return pVBG
		case can.has(pVBN):
			return pVBN
		case can.has(pVBD) && strings.HasSuffix(w, "ed"):
			return pVBN
		case can.has(pJJ):
			return pJJ
		}
	case d.isDo(pk) && pk >= a:
		if can.has(pVB) {
			return pVB // did not say
		}
	case prev == pJJ && k == pk+1 && can.has(pVBN) && strings.HasSuffix(w, "ed") && next == pIN && (d.is(pk, "first") || d.is(pk, "last")):
		return pVBN // "the plan, first proposed in 2019"
	case prev == pDT || prev == pPRPS || possessor || prev == pCD || prev == pJJ && !d.isBe(pk-1):
		// the talks, his call, Ukraine's invasion, three attacks, new
		// sanctions: a noun or an adjective, not a verb.
		if t.pos == pVBG && can.has(pVBG) && prev == pJJ && next.noun() {
			break // "continuing conflict" stays a participle; "bitter fighting in" is a noun
		}
		if can&nounTags != 0 {
			if can.has(pJJ) && next.noun() && next != pNNP {
				return pJJ // the proposed merger
			}
			return nounOf(can, t.pos)
		}
		if can.has(pJJ) {
			return pJJ
		}
	case prev.verb() && !d.isBe(pk) && !d.isHave(pk) && !d.isDo(pk) && can&nounTags != 0 && t.pos != pVB &&
		!(t.pos == pVBG && next != pNN && next != pNNS):
		// The object of a verb: "resisted calls", "voiced increasing
		// frustration" (an -ing form before a noun is an adjective).
		if t.pos == pVBG || t.pos == pVBN {
			return pJJ
		}
		return nounOf(can, t.pos)
	case prev == pPRP && d.is(pk, "it") && pk-1 >= a && d.toks[pk-1].pos.verb() && can.has(pJJ):
		return pJJ // "made it clear", "found it hard"
	case prev == pWH && can&nounTags != 0 && k+1 < b && (d.isBe(k+1) || d.isHave(k+1) || next == pMD):
		return nounOf(can, t.pos) // "reports that police are to recommend"
	case prev == pPRP || prev == pWH || prev == pEX:
		// he said, which began, there are: a finite verb.
		if f := finiteOf(can, w); f != pNone && !(prev == pPRP && d.objectPronoun(pk)) {
			return f
		}
	case (prev == pNN || prev == pNNS) && can.has(pVBN) && (t.pos == pVBD || t.pos == pVBN) && (next == pIN || next == pTO || next == pPunct) &&
		d.objectBefore(pk, a):
		// A participle after an object describes it: "breaking a record
		// set in 1941", "bought a house built by his father".
		return pVBN
	case prev == pNNP || prev == pNN || prev == pNNS:
		// A noun, then a word that can be a finite verb: "Russia denies",
		// "officials said", "prices rose". Keep it a noun when a noun
		// compound is likelier: "the peace talks", "a trade deal".
		if can.has(pVB) && d.perceivedObject(pk, a) {
			return pVB // "have seen their backers walk away", "let the talks fail"
		}
		f := finiteOf(can, w)
		if f == pNone {
			break
		}
		if prev == pNNP && can.has(pNNS) && d.pluralQuantified(pk, a) {
			return pNNS // "other Nato allies", "their EU partners"
		}
		if can.has(pNNS) && pk-1 >= a && d.toks[pk-1].pos == pTO {
			return pNNS // "walked to polling stations"
		}
		if next == pTO && (f == pVBZ || f == pVBP) {
			return f // "the company plans to", "Iran wants to"
		}
		if f == pVBZ && prev == pNNP && k+1 < b && d.punct(k+1) == "." && k+2 >= b && !d.toks[pk].poss && (w == "reports" || w == "says" || w == "writes") {
			return f // "From member station KQED, Auncil Martinez reports."
		}
		if t.pos == pVBN || t.pos == pVBD || t.pos == pVBZ || t.pos == pVBP || t.pos == pVB {
			if t.pos == pVBN && f == pVBD && d.followedByAgent(k, b) {
				return pVBN // the force led by Italy
			}
			return f
		}
		// The lexicon prefers a noun: a verb only when an object or an
		// adverbial follows, and the noun before was not itself in a
		// determiner's phrase ("the trade deal").
		if (next == pDT || next == pPRPS || next == pPRP || next == pCD || next == pRB || next == pIN && !d.inDeterminedNP(pk, a)) && prev != pNNS {
			if f == pVBZ && prev == pNNS || f == pVBP && prev == pNN {
				break // agreement: "the plans", not "the plan s"
			}
			return f
		}
	case pk < a || prev == pPunct || prev == pCC || prev == pIN:
		// Opening a clause: "Asked about it, he said", "and said".
		if prev == pCC && pk-1 >= a && d.toks[pk-1].pos.verb() && (can.has(pVBD) || can.has(pVBZ) || can.has(pVBP)) {
			// "met and agreed": the same form as the verb before.
			if f := finiteOf(can, w); f != pNone {
				return f
			}
		}
		if prev == pCC && t.pos == pVBN && can.has(pVBD) && d.pastBefore(pk, a) {
			return pVBD // "failed to come up with a winner and filed for bankruptcy"
		}
		if prev == pIN && can.has(pVBG) && strings.HasSuffix(w, "ing") && (next == pDT || next == pPRPS || next == pPRP || next.noun() && next != pNNS ||
			next == pCD || k+1 < b && d.punct(k+1) == "$" || // "of taking $250,000 in bribes"
			next == pNNS && d.accusedBefore(pk, a) || // "convicted him of taking bribes"
			d.lowIn(pk, gerundPrepositions) && (next == pIN || next == pCC || k+1 < b && d.toks[k+1].men)) {
			return pVBG // "on reaching a ceasefire", "after taking office"
		}
		if prev == pIN && can&nounTags != 0 {
			return nounOf(can, t.pos) // "after talks"
		}
		if prev == pPunct && d.punct(pk) == "," && t.pos == pVBN && can.has(pVBD) && k == pk+1 &&
			(next == pDT || next == pCD || next == pPRPS) && d.commaAfterSubject(pk, a) {
			return pVBD // "The Spaniard, who turned 22 last month, saved three points"
		}
		if prev == pPunct && k > pk+1 && next == pTO {
			// An adverb between the subject's clause and the word:
			// "Compaq, which said it discovered the bugs, still plans to".
			if f := finiteOf(can, w); f == pVBZ || f == pVBP {
				return f
			}
		}
		if can&nounTags != 0 && k+1 < b && (d.isBe(k+1) || d.isHave(k+1) || next == pMD) && !d.isHave(k) && !d.isBe(k) {
			return nounOf(can, t.pos) // "reports that police are to recommend"
		}
	}
	return t.pos
}

// objectBefore reports a noun phrase ending at token k that follows a
// verb: an object, which no finite verb follows ("breaking a record set in
// 1941"); but after a report, a clause may start there ("said prices
// increased").
func (d *doc) objectBefore(k, a int) bool {
	j := k
	for j >= a && (d.toks[j].pos.noun() || d.toks[j].pos == pJJ || d.toks[j].pos == pCD) {
		j--
	}
	if j < a || d.toks[j].pos != pDT && d.toks[j].pos != pPRPS {
		return false
	}
	j--
	if j < a {
		return false
	}
	switch p := d.toks[j].pos; {
	case p.verb():
		l := d.lemma(j)
		return !reportingLemma.has(l) && !thinkingLemma.has(l)
	}
	return false
}

// determined reports a determiner opening the adjectives before token k:
// "a suspected militant".
func (d *doc) determined(k, a int) bool {
	for j := k - 1; j >= a && j >= k-4; j-- {
		switch d.toks[j].pos {
		case pDT, pPRPS:
			return true
		case pJJ, pRB:
			continue
		}
		return false
	}
	return false
}

// commaAfterSubject reports a comma at k that closes an aside after the
// sentence's subject: a capitalised or determined noun phrase, a comma, a
// clause or apposition without a finite verb of the main line, then k.
func (d *doc) commaAfterSubject(k, a int) bool {
	j := k - 1
	for j > a && !d.isComma(j) {
		j--
	}
	if j <= a || !d.isComma(j) {
		return false
	}
	first := a
	for first < j && d.isQuote(first) {
		first++
	}
	h := j - 1
	return h >= first && d.toks[h].pos.noun() && (d.toks[first].pos == pDT || d.toks[first].pos == pNNP)
}

// accusedBefore reports a verb of accusing shortly before the preposition
// at k: "convicted the mayor of", "fined Acme for".
func (d *doc) accusedBefore(k, a int) bool {
	if k < a || !d.is(k, "of") && !d.is(k, "for") {
		return false
	}
	for j := k - 1; j >= a && j >= k-6; j-- {
		if d.toks[j].pos.verb() {
			return d.lemmaIn(j, accusingVerbs)
		}
	}
	return false
}

// foreignConnectors join the words of a name in other languages; between
// two capitalised words they are part of it, not English "do" or "la".
var foreignConnectors = setOf(`de da do dos das du del della di van von der den la le bin ibn al`)

// pastBefore reports whether the nearest verb before token k that is not
// an infinitive is in the simple past: "failed to come up with a winner
// and filed" (not "was arrested and charged").
func (d *doc) pastBefore(k, a int) bool {
	for j := k - 1; j >= a && j >= k-12; j-- {
		switch p := d.toks[j].pos; {
		case p == pVB && j > a && d.toks[j-1].pos == pTO:
			continue
		case p == pVBD:
			return !d.isBe(j) && !d.isHave(j)
		case p.verb() || p == pMD:
			return false
		}
	}
	return false
}

// tagThat tells the complementizer (said that), the relative pronoun (the
// plan that failed) and the determiner (that plan).
func (d *doc) tagThat(k, a, b int, prev, next posTag) posTag {
	if k > a && (prev.verb() || prev == pJJ || prev == pCC) || next == pNNS {
		return pIN // said that, sure that, and that; "that talks would" is no determiner
	}
	if k > a && prev == pNNP && (next == pNNP && d.namesThenVerb(k+1, b) || next == pPRP && !d.objectPronoun(k+1)) {
		return pIN // "told Reuters that he", "confirmed to The National that Mr Trump had"
	}
	if d.reportThenPhrase(k, a) {
		return pIN // "said in an interview that", "told reporters on Monday that"
	}
	if next.noun() || next == pJJ || next == pCD {
		if k > a && prev.noun() && k+2 < b && d.toks[k+2].pos.verb() {
			return pWH // the plan that Congress approved? keep relative
		}
		return pDT
	}
	if k > a && prev.noun() {
		return pWH // the plan that failed
	}
	return pIN
}

// motionVerbs take "to" as a preposition: "return to growth".
var motionVerbs = setOf(`return go come move turn head switch shift point refer respond contribute travel fly
	sail drive walk flee`)

// reportThenPhrase reports a reporting verb before token k with only a
// short phrase between (an object, a place, a time): "said in an
// interview that", "told reporters on Monday that".
func (d *doc) reportThenPhrase(k, a int) bool {
	for j := k - 1; j >= a && j >= k-7; j-- {
		p := d.toks[j].pos
		switch {
		case p.verb():
			return j < k-1 && d.lemmaIn(j, reportingLemma)
		case p == pIN || p == pDT || p == pJJ || p == pCD || p == pPRPS || p.noun() || d.toks[j].men || p == pPRP && d.objectPronoun(j):
		default:
			return false
		}
	}
	return false
}

// perceivedObject reports a noun phrase ending at k that is the object of
// a verb of perception or causation, whose bare infinitive follows it:
// "saw the troops leave", "made the talks fail".
func (d *doc) perceivedObject(k, a int) bool {
	j := k
	for j >= a && j > k-5 {
		switch p := d.toks[j].pos; {
		case p.noun() || p == pJJ || p == pCD || p == pPRPS:
			j--
			continue
		case p == pDT:
			j--
		}
		break
	}
	return j >= a && j < k && d.toks[j].pos.verb() && d.lemmaIn(j, bareInfinitiveVerbs)
}

// bareInfinitiveVerbs take an object and a bare infinitive: "saw them
// leave", "let the deal lapse".
var bareInfinitiveVerbs = setOf(`see watch hear feel notice let make help have`)

// namesThenVerb reports a run of proper nouns from k followed by a verb:
// "Mr Trump had called".
func (d *doc) namesThenVerb(k, b int) bool {
	for k < b && d.toks[k].pos == pNNP {
		k++
	}
	return k < b && (d.toks[k].pos.verb() || d.toks[k].pos == pMD)
}

// pluralQuantified reports a run of proper nouns ending at k that a word
// calling for a plural opens: "other Nato", "their EU", "two US".
func (d *doc) pluralQuantified(k, a int) bool {
	for k >= a && d.toks[k].pos == pNNP {
		k--
	}
	for k >= a {
		switch d.lower(k) {
		case "other", "several", "many", "few", "various", "both", "their", "our", "fellow":
			return true
		}
		if k == a || d.toks[k].pos != pJJ || d.toks[k].shape != shLower {
			break
		}
		k-- // "20 straight Grand Slam matches"
	}
	if k < a {
		return false
	}
	return d.toks[k].pos == pCD
}

// nounOf picks the noun reading among can, plural when the lexicon says so.
func nounOf(can tagSet, first posTag) posTag {
	switch {
	case first.noun():
		return first
	case can.has(pNNS) && !can.has(pNN):
		return pNNS
	case can.has(pNN):
		return pNN
	case can.has(pNNS):
		return pNNS
	}
	return pNNP
}

// finiteOf picks a finite verb reading among can (pNone when it has none):
// the past when it has one, else the present that its ending calls for.
func finiteOf(can tagSet, w string) posTag {
	switch {
	case can.has(pVBD):
		return pVBD
	case can.has(pVBZ) && strings.HasSuffix(w, "s"):
		return pVBZ
	case can.has(pVBP):
		return pVBP
	case can.has(pVB):
		return pVBP
	case can.has(pVBZ):
		return pVBZ
	}
	return pNone
}

// objectPronoun reports a pronoun that cannot be a subject: "told him",
// "for them".
func (d *doc) objectPronoun(k int) bool {
	switch d.lower(k) {
	case "him", "them", "us", "me", "himself", "herself", "themselves", "itself":
		return true
	}
	return false
}

// followedByAgent reports "by" right after token k: "led by Italy".
func (d *doc) followedByAgent(k, b int) bool {
	return k+1 < b && d.is(k+1, "by")
}

// Auxiliary classes of a word (word.aux).
const (
	auxHave uint8 = 1 << iota
	auxBe
	auxDo
)

// auxOf returns the auxiliary classes of the lower-case word w.
func auxOf(w string) uint8 {
	switch w {
	case "have", "has", "had", "having", "'ve", "’ve", "'d", "’d":
		return auxHave
	case "be", "is", "are", "was", "were", "been", "being", "am", "'re", "’re", "'m", "’m", "'s", "’s":
		return auxBe
	case "do", "does", "did":
		return auxDo
	}
	return 0
}

func (d *doc) isHave(k int) bool { return k >= 0 && d.word(k).aux&auxHave != 0 }

func (d *doc) isBe(k int) bool { return k >= 0 && d.word(k).aux&auxBe != 0 }

func (d *doc) isDo(k int) bool { return k >= 0 && d.word(k).aux&auxDo != 0 }

// inDeterminedNP reports a noun at k inside a noun phrase opened by a
// determiner: "an America First model" continues it.
func (d *doc) inDeterminedNP(k, a int) bool {
	for j := k; j >= a && j > k-5; j-- {
		switch p := d.toks[j].pos; {
		case p == pDT || p == pPRPS || p == pCD && j < k:
			return true // "the trade deal", "three championship points"
		case p.noun() || p == pJJ:
			continue
		default:
			return false
		}
	}
	return false
}
