package extract

// clauseKind says how a clause hangs on the sentence.
type clauseKind uint8

const (
	clMain        clauseKind = iota
	clComplement             // what a verb or noun reports or says: said (that) ..., the fact that ...
	clRelative               // who resigned, which began, the plan that failed
	clAdverbial              // because ..., when ..., after ..., while ...
	clConditional            // if ..., unless ...
	clInfinitive             // to visit
	clParticipial            // ", saying ...", "Speaking from the White House, ..."
)

// clause is a span of a sentence's tokens with its own verb group (or
// waiting for one), nested in its parent.
type clause struct {
	s, e     int // tokens [s, e)
	kind     clauseKind
	parent   int // index of the parent clause, -1 for a main clause
	intro    int // the token that opens it (that, who, if, to), -1 when none
	governor int // index of the verb group it depends on, -1 when none
	// nounGov is the noun phrase it depends on ("a plan to build", "the
	// fact that"), -1 when none.
	nounGov int
	// antecedent is the noun phrase a relative clause describes, -1 when
	// none.
	antecedent int
	sub        string // the lower-case subordinator of an adverbial: because, when, after
}

// sentence is the shallow parse of one sentence.
type sentence struct {
	a, b    int // tokens [a, b)
	groups  []vgroup
	nps     []nphrase
	clauses []clause
	// clauseOf maps token k-a to the innermost clause holding it.
	clauseOf []int
	// npAt maps token k-a to the noun phrase it belongs to, -1 when none.
	npAt []int
	// groupClause is the clause each verb group was read in while the
	// clauses were being segmented (the first groups only, so far).
	groupClause []int
	// Scratch of segment.
	hasVerb []bool
	stack   []int
}

// subordinators open adverbial clauses; the value tells conditionals.
var subordinators = map[string]clauseKind{
	"because": clAdverbial, "although": clAdverbial, "though": clAdverbial, "whereas": clAdverbial,
	"while": clAdverbial, "whilst": clAdverbial, "once": clAdverbial, "as": clAdverbial,
	"since": clAdverbial, "after": clAdverbial, "before": clAdverbial, "until": clAdverbial,
	"till": clAdverbial, "when": clAdverbial, "whenever": clAdverbial, "where": clAdverbial,
	"if": clConditional, "unless": clConditional, "whether": clConditional, "lest": clConditional,
}

// parse builds the shallow parse of sentence tokens [a, b) into s.
func (d *doc) parse(a, b int, s *sentence) {
	s.a, s.b = a, b
	s.groups = d.verbGroups(a, b, s.groups[:0])
	s.nps = d.nounPhrases(a, b, s.nps[:0])
	s.npAt = grow(s.npAt, b-a)
	for i := range s.npAt {
		s.npAt[i] = -1
	}
	for i, np := range s.nps {
		for k := np.s; k < np.e; k++ {
			s.npAt[k-a] = i
		}
	}
	s.clauses = s.clauses[:0]
	s.clauseOf = grow(s.clauseOf, b-a)
	d.segment(s)
	d.assignGroups(s)
	d.findArguments(s)
}

func grow(xs []int, n int) []int {
	if cap(xs) < n {
		return make([]int, n)
	}
	return xs[:n]
}

// segment splits the sentence into nested clauses in one pass, with a stack
// of the open ones.
func (d *doc) segment(s *sentence) {
	a, b := s.a, s.b
	s.clauses = append(s.clauses, clause{s: a, e: b, kind: clMain, parent: -1, intro: -1, governor: -1, nounGov: -1, antecedent: -1})
	// hasVerb[c] reports a finite verb (or an infinitive) read in clause c.
	hasVerb := append(s.hasVerb[:0], false)
	defer func() { s.hasVerb = hasVerb[:0] }()
	stack := append(s.stack[:0], 0)
	defer func() { s.stack = stack[:0] }()
	cur := func() int { return stack[len(stack)-1] }
	open := func(k int, kind clauseKind) int {
		c := clause{s: k, e: b, kind: kind, parent: cur(), intro: k, governor: -1, nounGov: -1, antecedent: -1}
		s.clauses = append(s.clauses, c)
		hasVerb = append(hasVerb, false)
		stack = append(stack, len(s.clauses)-1)
		return len(s.clauses) - 1
	}
	// closeTo pops clauses until top is the clause index c.
	closeTo := func(k, c int) {
		for len(stack) > 1 && cur() != c {
			s.clauses[cur()].e = k
			stack = stack[:len(stack)-1]
		}
	}
	gi := 0 // next verb group
	s.groupClause = s.groupClause[:0]
	for k := a; k < b; k++ {
		for gi < len(s.groups) && s.groups[gi].e <= k {
			gi++
		}
		t := &d.toks[k]
		if gi < len(s.groups) && s.groups[gi].s == k {
			g := &s.groups[gi]
			switch {
			case g.infinitive:
				c := open(k, clInfinitive)
				s.clauses[c].intro = k
			case d.invertedHadAt(s, gi):
				// "had he been re-elected": an inverted condition.
				open(k, clConditional)
			case !g.finite && d.toks[g.head].pos == pVBG && (k == a || d.isComma(k-1)) && !d.toks[g.s].men:
				// ", saying the talks went well"; "Speaking from ...".
				open(k, clParticipial)
				hasVerb[cur()] = true
			case g.finite && hasVerb[cur()]:
				if start, ok := d.reportsInto(s, cur(), k); ok {
					// "said he had held a call": a complement without "that",
					// from its subject on.
					c := open(k, clComplement)
					s.clauses[c].s, s.clauses[c].intro = start, -1
				} else if kind := s.clauses[cur()].kind; kind == clRelative && !d.isComma(k-1) {
					// "The floods which also affect Kenya began": the relative
					// clause ended before the main verb.
					c := cur()
					closeTo(k, s.clauses[c].parent)
					s.clauses[c].e = k
				} else if kind == clAdverbial || kind == clConditional {
					// "Since he came into office Mr Trump ... has sought": a
					// second finite verb ends the adverbial clause before its
					// own subject.
					if start := d.subjectStart(s, k); start > s.clauses[cur()].s {
						c := cur()
						closeTo(start, s.clauses[c].parent)
						s.clauses[c].e = start
						for i := range s.clauses {
							if cl := &s.clauses[i]; cl.parent == c && cl.s >= start {
								cl.parent = s.clauses[c].parent
							}
						}
					}
				}
			}
			// "After launching in 1995, ...": the gerund is the verb of
			// the adverbial clause it opens, which a comma then ends.
			opening := s.clauses[cur()].kind == clAdverbial && g.s == s.clauses[cur()].s+1
			hasVerb[cur()] = hasVerb[cur()] || g.finite || g.infinitive || opening
			s.groupClause = append(s.groupClause, cur())
			continue
		}
		if t.men {
			continue
		}
		w := d.lower(k)
		switch {
		case t.pos == pPunct:
			switch d.text[t.s:t.e] {
			case ",":
				// A comma ends a finished relative, adverbial or
				// participial clause: "Mr Trump, who ..., has sought".
				c := cur()
				if kind := s.clauses[c].kind; kind != clMain && kind != clComplement && hasVerb[c] {
					closeTo(k, s.clauses[c].parent)
					s.clauses[c].e = k
				}
			case ";", ":":
				closeTo(k, 0)
				if k+1 < b {
					s.clauses[0].e = b
				}
			}
		case w == "that" && t.pos == pIN:
			if k > a && d.toks[k-1].pos == pCC && s.clauses[cur()].kind == clComplement {
				// "said it went well and that talks would begin": a second
				// complement of the same verb.
				prev := cur()
				closeTo(k, s.clauses[prev].parent)
				s.clauses[prev].e = k - 1
				c := open(k, clComplement)
				s.clauses[c].parent, s.clauses[c].governor = s.clauses[prev].parent, s.clauses[prev].governor
				if s.clauses[c].governor < 0 {
					s.clauses[c].governor = d.lastGroupIn(s, s.clauses[prev].parent, s.clauses[prev].s)
				}
				break
			}
			c := open(k, clComplement)
			s.clauses[c].governor = d.lastGroupIn(s, s.clauses[c].parent, k)
		case t.pos == pWH && (w == "who" || w == "which" || w == "whom" || w == "whose" || w == "that") && k > a:
			c := open(k, clRelative)
			s.clauses[c].antecedent = d.npBefore(s, k)
		case t.pos == pCC && (w == "and" || w == "but" || w == "or") && hasVerb[cur()] && d.clauseFollows(s, k) &&
			!(s.clauses[cur()].kind != clMain && s.clauses[cur()].parent >= 0 && !hasVerb[s.clauses[cur()].parent]):
			// Not inside a clause whose parent still waits for its verb:
			// "The floods which affect Kenya and Ethiopia began" joins two
			// names, and "began" is the main verb.
			// "... and Levy would be": a coordinate clause, sibling of
			// the one it follows.
			prev := cur()
			if s.clauses[prev].kind == clInfinitive && s.clauses[prev].parent >= 0 && d.pastFollows(s, k) {
				// "failed to come up with a winner and filed": the past
				// tense joins the infinitive's governor.
				prev = s.clauses[prev].parent
			}
			closeTo(k, s.clauses[prev].parent)
			if s.clauses[prev].parent < 0 {
				stack = stack[:0]
				s.clauses[prev].e = k
			}
			kind := s.clauses[prev].kind
			c := clause{s: k, e: b, kind: kind, parent: s.clauses[prev].parent, intro: k,
				governor: s.clauses[prev].governor, nounGov: s.clauses[prev].nounGov, antecedent: -1, sub: s.clauses[prev].sub}
			s.clauses[prev].e = k
			s.clauses = append(s.clauses, c)
			hasVerb = append(hasVerb, false)
			stack = append(stack, len(s.clauses)-1)
		default:
			if kind, ok := subordinators[w]; ok && (t.pos == pIN || t.pos == pWH) && d.opensClause(s, k, w) {
				c := open(k, kind)
				s.clauses[c].sub = w
			}
		}
	}
	for len(stack) > 0 {
		s.clauses[cur()].e = min(s.clauses[cur()].e, b)
		stack = stack[:len(stack)-1]
	}
	for i := range s.clauseOf {
		s.clauseOf[i] = 0
	}
	// Inner clauses come later in the list: writing them last leaves each
	// token with its innermost clause.
	for ci, c := range s.clauses {
		for k := c.s; k < c.e && k < b; k++ {
			s.clauseOf[k-a] = ci
		}
	}
	d.trailingFrame(s)
}

// reportsInto reports a finite verb group at k that is the complement of a
// reporting or thinking verb in clause c without "that": "said he had
// held", "thinks it was". The verb of c must be a reporting verb right
// before a short subject; start is where that subject begins.
func (d *doc) reportsInto(s *sentence, c, k int) (start int, ok bool) {
	g := d.lastGroupIn(s, c, k)
	if g < 0 {
		return 0, false
	}
	rg := &s.groups[g]
	if !reportingLemma[d.lemma(rg.head)] && !thinkingLemma[d.lemma(rg.head)] {
		return 0, false
	}
	// Between the reporting verb and k only a subject: a noun phrase or a
	// pronoun, no punctuation, at most six words ("said Russia's
	// president").
	n := rg.e
	for n < s.b && (d.toks[n].men || d.toks[n].pos == pIN && n+1 < s.b && d.toks[n+1].men) {
		n++ // said on Monday he ...
	}
	// The subject may carry a prepositional phrase ("said the call with Mr
	// Putin on Monday was"), but must start as a noun phrase.
	if k-n < 1 || k-n > 12 || s.npAt[n-s.a] < 0 && !d.toks[n].men {
		return 0, false
	}
	for j := n; j < k; j++ {
		if p := d.toks[j].pos; p == pPunct && !d.isQuote(j) || p.verb() || p == pMD || p == pWH || p == pCC ||
			p == pIN && (d.is(j, "that") || d.introduces(s, j)) {
			return 0, false
		}
	}
	return n, true
}

// subjectStart returns where the subject of the finite verb group at k
// begins: the noun phrase before it, over a relative clause or an
// apposition set off by commas ("Mr Trump, who ..., has sought").
func (d *doc) subjectStart(s *sentence, k int) int {
	j := k - 1
	if j >= s.a && d.isComma(j) {
		// Back over ", who ... ," to the phrase it describes.
		for j--; j >= s.a && !d.isComma(j); j-- {
		}
		j--
	}
	if j < s.a {
		return -1
	}
	np := s.npAt[j-s.a]
	if np < 0 {
		return -1
	}
	return s.nps[np].s
}

// invertedHadAt reports an inverted condition opening at verb group gi.
func (d *doc) invertedHadAt(s *sentence, gi int) bool { return d.invertedHad(s, gi) }

// lastGroupIn returns the index of the last verb group of clause c that
// ends at or before k, -1 when none. While the clauses are being segmented
// it reads the clause each group was seen in, after that the final ones.
func (d *doc) lastGroupIn(s *sentence, c, k int) int {
	for gi := len(s.groups) - 1; gi >= 0; gi-- {
		g := &s.groups[gi]
		if g.e > k {
			continue
		}
		in := g.clause
		if in < 0 {
			if gi >= len(s.groupClause) {
				continue
			}
			in = s.groupClause[gi]
		}
		if in == c {
			return gi
		}
	}
	return -1
}

// npBefore returns the noun phrase that ends right before token k, -1 when
// none (a comma may sit between: "Mr Trump, who").
func (d *doc) npBefore(s *sentence, k int) int {
	j := k - 1
	if j >= s.a && d.isComma(j) {
		j--
	}
	if j < s.a {
		return -1
	}
	np := s.npAt[j-s.a]
	if d.is(k, "that") || !d.isComma(k-1) && d.is(k, "which") {
		return np // "a waste of the dollars that have been spent": the nearest
	}
	// "Lahoud's backers in Damascus, who pressed": the phrase the
	// prepositional phrase hangs on.
	for np >= 0 && s.nps[np].prep > s.a {
		prev := s.npAt[s.nps[np].prep-1-s.a]
		if prev < 0 || s.nps[prev].e != s.nps[np].prep {
			break
		}
		np = prev
	}
	return np
}

func (d *doc) isComma(k int) bool { return d.punct(k) == "," }

// clauseFollows reports a new clause after the conjunction at k: a finite
// verb group right after it ("and said"), or a short subject and one ("and
// Levy would be"), before any punctuation.
func (d *doc) clauseFollows(s *sentence, k int) bool {
	for gi := range s.groups {
		g := &s.groups[gi]
		if g.s <= k {
			continue
		}
		if !g.finite || g.s-k > 6 {
			return false
		}
		for j := k + 1; j < g.s; j++ {
			if p := d.toks[j].pos; p == pPunct || p == pIN && !d.toks[j].men || p == pCC {
				return false
			}
		}
		// A verb right after "and" continues the clause's subject: "met
		// and agreed" is two events of one subject, a coordinate clause
		// all the same.
		return true
	}
	return false
}

// opensClause reports whether the subordinator w at k opens a clause: a
// finite verb group follows before punctuation ("after he took office"), or
// an -ing form right after it ("after taking office"). "after the vote" is a
// preposition; "when" and "where" after a noun are relatives the same way.
func (d *doc) opensClause(s *sentence, k int, w string) bool {
	for gi := range s.groups {
		g := &s.groups[gi]
		if g.s <= k {
			continue
		}
		if g.s == k+1 && !g.finite && d.toks[g.head].pos == pVBG {
			return true
		}
		for j := k + 1; j < g.s; j++ {
			if d.toks[j].pos == pPunct && !d.isQuote(j) || d.toks[j].pos == pCC {
				return false // "came as a big shock but the feeling is"
			}
		}
		return g.finite && g.s-k <= 10
	}
	return false
}

// trailingFrame makes the reported part of a sentence a complement of its
// reporting frame when the frame comes last: `"It was useful," Mr Putin
// said`, `Prices rose, officials said Friday`, `..., said Anh`. The frame
// becomes the main clause; what came before it hangs on the frame's verb.
func (d *doc) trailingFrame(s *sentence) {
	// The last finite verb group of the sentence, a reporting verb.
	gi := -1
	for i := len(s.groups) - 1; i >= 0; i-- {
		if s.groups[i].finite {
			gi = i
			break
		}
	}
	if gi < 0 || !reportingLemma[d.lemma(s.groups[gi].head)] || s.groups[gi].modal != "" {
		return
	}
	g := &s.groups[gi]
	// "..., would add three lines" has an object: no report.
	if np := s.npAt[min(g.e, s.b-1)-s.a]; g.e < s.b && np >= 0 && s.nps[np].s == g.e {
		if h := s.nps[np].head; d.toks[h].pos != pNNP && d.toks[h].pos != pPRP && d.fl(h)&(fRole|fTitle) == 0 {
			return
		}
	}
	// Before it: a comma or closing quote, then at most a short subject.
	k := g.s - 1
	words := 0
	for k > s.a && words <= 6 && !d.isComma(k) && !d.isQuote(k) {
		if d.toks[k].pos == pPunct || d.toks[k].pos.verb() || d.toks[k].pos == pWH || d.toks[k].pos == pIN && !d.toks[k].men {
			return
		}
		words++
		k--
	}
	if k <= s.a || words > 6 || !(d.isComma(k) || d.isQuote(k)) {
		return
	}
	// After it: only a subject (said Anh), a time, adverbs, punctuation.
	for j := g.e; j < s.b; j++ {
		if t := &d.toks[j]; t.pos.verb() || t.pos == pMD || t.pos == pWH || d.is(j, "that") {
			return
		}
	}
	frame := k
	for frame > s.a && (d.isComma(frame-1) || d.isQuote(frame-1)) {
		frame--
	}
	if frame <= s.a {
		return
	}
	// Clauses that run into the frame stop before it; the main clause's
	// part before the frame becomes the complement.
	comp := len(s.clauses)
	s.clauses = append(s.clauses, clause{s: s.a, e: frame, kind: clComplement, parent: 0, intro: -1, governor: gi,
		nounGov: -1, antecedent: -1})
	for i := 1; i < comp; i++ {
		cl := &s.clauses[i]
		if cl.s >= frame {
			continue
		}
		if cl.e > frame {
			cl.e = frame
		}
		if cl.parent == 0 {
			cl.parent = comp
		}
	}
	for j := s.a; j < s.b; j++ {
		c := s.clauseOf[j-s.a]
		switch {
		case j >= frame:
			s.clauseOf[j-s.a] = 0
		case c == 0:
			s.clauseOf[j-s.a] = comp
		}
	}
}

// assignGroups records each verb group's clause; infinitives and
// complements learn their governor.
func (d *doc) assignGroups(s *sentence) {
	for gi := range s.groups {
		g := &s.groups[gi]
		c := s.clauseOf[g.head-s.a]
		g.clause = c
	}
	for ci := range s.clauses {
		c := &s.clauses[ci]
		if c.governor >= 0 || c.parent < 0 {
			continue
		}
		switch c.kind {
		case clInfinitive, clComplement, clParticipial:
			// The verb group of the parent closest before the clause, or a
			// noun right before it ("a plan to build"); a participle opening
			// the sentence hangs on the main verb after it ("Speaking from
			// the White House, Mr Trump said").
			c.governor = d.lastGroupIn(s, c.parent, c.s)
			if c.governor < 0 && c.kind == clParticipial {
				for gi := range s.groups {
					if g := &s.groups[gi]; g.s >= c.e && g.finite && g.clause == c.parent {
						c.governor = gi
						break
					}
				}
			}
			if c.s > s.a {
				if np := s.npAt[c.s-1-s.a]; np >= 0 && (c.kind == clInfinitive || c.kind == clComplement) &&
					(c.governor < 0 || s.groups[c.governor].e < s.nps[np].s) {
					c.nounGov = np
					if c.kind == clInfinitive {
						c.governor = -1
					}
				}
			}
		}
	}
}

// objectControl verbs give their infinitive the object as subject: told
// him to leave, urged Iran to stop.
var objectControl = setOf(`tell ask urge order persuade invite allow permit force encourage call press push
	instruct direct advise warn help enable require expect want`)

// findArguments finds the subject and object noun phrases of every verb
// group.
func (d *doc) findArguments(s *sentence) {
	for gi := range s.groups {
		g := &s.groups[gi]
		g.subject = d.subjectOf(s, gi)
		g.object = d.objectOf(s, gi)
	}
	// A past participle right after a noun phrase describes it, in the
	// passive: "a record set in 1941", "a house built by his father".
	for gi := range s.groups {
		g := &s.groups[gi]
		if g.subject >= 0 || g.finite || g.s != g.head || d.toks[g.head].pos != pVBN || g.s <= s.a {
			continue
		}
		if np := s.npAt[g.s-1-s.a]; np >= 0 && s.nps[np].e == g.s && (d.toks[s.nps[np].head].pos == pNN || d.toks[s.nps[np].head].pos == pNNS) {
			g.subject, g.passive = np, true
		}
	}
	// Infinitives and participles take their subject from their governor.
	for gi := range s.groups {
		g := &s.groups[gi]
		c := &s.clauses[g.clause]
		if g.subject >= 0 || c.kind != clInfinitive && c.kind != clParticipial {
			continue
		}
		if c.governor >= 0 {
			gov := &s.groups[c.governor]
			if c.kind == clInfinitive && gov.object >= 0 && objectControl[d.lemma(gov.head)] {
				g.subject = gov.object
			} else {
				g.subject = gov.subject
			}
		} else if c.nounGov >= 0 {
			g.subject = d.nounController(s, c.nounGov)
		}
	}
	// "After launching in 1995, CargoNet is poised", "he left after meeting
	// Putin": a gerund after a preposition of time or manner does what the
	// subject of its clause's verb does.
	for gi := range s.groups {
		g := &s.groups[gi]
		if g.subject >= 0 || g.finite || d.toks[g.head].pos != pVBG || g.s <= s.a || !gerundPrepositions[d.lower(g.s-1)] {
			continue
		}
		if v := d.clauseVerb(s, gi); v >= 0 {
			g.subject = s.groups[v].subject
		}
	}
	// "convicted the mayor of taking bribes", "accused Acme of hiding
	// losses": the gerund is what the object did.
	for gi := 1; gi < len(s.groups); gi++ {
		g, prev := &s.groups[gi], &s.groups[gi-1]
		if g.subject >= 0 || g.finite || d.toks[g.head].pos != pVBG || g.s < s.a+2 || prev.object < 0 ||
			!(d.is(g.s-1, "of") || d.is(g.s-1, "for")) || s.nps[prev.object].e != g.s-1 || !accusingVerbs[d.lemma(prev.head)] {
			continue
		}
		g.subject = prev.object
	}
	// A gerund right after a verb does what that verb's subject does:
	// "proposed acquiring Mesa", "started calling"; a bare infinitive after
	// the object of "saw" or "let" what that object does: "saw their
	// backers walk away".
	for gi := 1; gi < len(s.groups); gi++ {
		g, prev := &s.groups[gi], &s.groups[gi-1]
		switch {
		case g.subject >= 0 || g.finite:
		case d.toks[g.head].pos == pVBG && g.s == prev.e && prev.subject >= 0:
			g.subject = prev.subject
		case d.toks[g.head].pos == pVBG && g.s-1 > s.a && d.is(g.s-1, "and") && !prev.finite && d.toks[prev.head].pos == pVBG && prev.subject >= 0:
			g.subject = prev.subject // "after launching in 1995 and achieving ..."
		case d.toks[g.head].pos == pVB && g.s == g.head && prev.object >= 0 && s.nps[prev.object].e == g.s &&
			bareInfinitiveVerbs[d.lemma(prev.head)]:
			g.subject = prev.object
		}
	}
}

// accusingVerbs take an object and what it did, as a gerund: "convicted
// him of taking bribes", "fined Acme for hiding losses".
var accusingVerbs = setOf(`accuse convict suspect charge acquit clear blame fine sentence indict arrest punish
	praise thank credit criticize criticise sue`)

// gerundPrepositions open a gerund whose doer is the subject of the clause:
// "after meeting Putin", "by cutting jobs".
var gerundPrepositions = setOf(`after before since while upon when by without despite through`)

// clauseVerb returns the finite verb group gi's subject is taken from: the
// nearest one before it in its clause, else the first after it in the
// clause or, for a phrase opening the sentence, in the main clause; -1 when
// none.
func (d *doc) clauseVerb(s *sentence, gi int) int {
	g := &s.groups[gi]
	parent := s.clauses[g.clause].parent
	for i := gi - 1; i >= 0; i-- {
		if p := &s.groups[i]; p.finite && (p.clause == g.clause || p.clause == parent) && p.subject >= 0 {
			return i
		}
	}
	for i := gi + 1; i < len(s.groups); i++ {
		if p := &s.groups[i]; p.finite && (p.clause == g.clause || s.clauses[p.clause].kind == clMain) {
			if p.subject >= 0 && s.nps[p.subject].s > g.e {
				return i
			}
			return -1
		}
	}
	return -1
}

// nounController returns who does the infinitive after noun phrase ni: its
// possessor ("its offer to acquire"), else the subject of the verb that
// takes it as object ("made an effort to hold on") or of the copula it is
// the predicate of ("was the first official to refer"); -1 when none.
func (d *doc) nounController(s *sentence, ni int) int {
	if p := s.nps[ni].possessor; p >= 0 {
		return p
	}
	if d.toks[s.nps[ni].s].pos == pPRPS {
		return ni // "its offer": participants resolve the possessive through the phrase's determiner
	}
	for gi := range s.groups {
		g := &s.groups[gi]
		if g.object == ni || g.copula && g.e <= s.nps[ni].s && s.nps[ni].s-g.e <= 6 && g.clause == s.clauseOf[s.nps[ni].s-s.a] {
			return g.subject
		}
	}
	return -1
}

// reflexives may follow a noun phrase to stress it: "the president himself".
var reflexives = setOf(`himself herself itself themselves myself yourself ourselves`)

// subjectOf finds the subject of verb group gi: the noun phrase before it in
// its clause that is no prepositional object; for a relative clause whose
// pronoun is the subject, the noun phrase it describes; for a coordinate
// clause without one, the subject of the clause before.
func (d *doc) subjectOf(s *sentence, gi int) int {
	g := &s.groups[gi]
	c := &s.clauses[g.clause]
	best := -1
	if g.s > s.a && (d.toks[g.s-1].pos == pIN || d.toks[g.s-1].pos == pTO) && !g.finite {
		return -1 // a gerund in a prepositional phrase: "towards ending the war"
	}
	for k := g.s - 1; k >= c.s; k-- {
		if s.clauseOf[k-s.a] != g.clause {
			continue
		}
		if d.punct(k) == ")" {
			// "The International Committee of the Red Cross (ICRC)
			// launched": over the parenthesis.
			for k > c.s && d.punct(k) != "(" {
				k--
			}
			continue
		}
		np := s.npAt[k-s.a]
		if np < 0 {
			if t := &d.toks[k]; t.pos == pMD || t.pos.verb() && finiteTags.has(t.pos) && !d.objectOfVerbBefore(s, k) {
				break // another finite verb of the clause: "met and agreed"
			}
			continue
		}
		n := &s.nps[np]
		k = n.s
		if n.prep >= 0 && !d.introduces(s, n.prep) || d.toks[n.head].men {
			continue
		}
		if n.s > s.a && n.s > c.s && d.toks[n.s-1].pos.verb() {
			continue // the object of a verb before: "reaching a ceasefire"
		}
		best = np
		if n.s-1 >= c.s && d.toks[n.head].pos == pPRP && reflexives[d.lower(n.head)] {
			if prev := s.npAt[n.s-1-s.a]; prev >= 0 && s.nps[prev].e == n.s && s.nps[prev].prep < 0 {
				best = prev // "the president himself met"
			}
		}
		// An apposition: "Ozawa, a former strongman, bolted" names Ozawa.
		if n.s-2 >= c.s && d.isComma(n.s-1) {
			if prev := s.npAt[n.s-2-s.a]; prev >= 0 && s.nps[prev].prep < 0 && d.apposition(s, prev, np) {
				best = prev
			}
		}
		break
	}
	// "Robert M. Price, chairman and chief executive, said": back over a
	// description set off by commas to the name it describes.
	if k := g.s - 1; k > c.s && d.isComma(k) {
		for j := k - 1; j > c.s && j > k-12; j-- {
			t := &d.toks[j]
			if t.pos.verb() || t.pos == pMD || t.pos == pWH {
				break
			}
			if d.isComma(j) {
				if np := s.npAt[j-1-s.a]; np >= 0 && d.toks[s.nps[np].head].pos == pNNP && s.nps[np].prep < 0 {
					return np
				}
				break
			}
		}
	}
	if best >= 0 {
		return best
	}
	// "Mr Trump, who has advanced ..., has sought", "The floods which
	// affect Kenya began": the phrase a relative clause right before the
	// verb describes.
	for ri := range s.clauses {
		if r := &s.clauses[ri]; r.kind == clRelative && r.antecedent >= 0 &&
			(r.e == g.s || r.e == g.s-1 && d.isComma(g.s-1)) {
			return r.antecedent
		}
	}
	if c.kind == clRelative && c.antecedent >= 0 && d.relativeSubject(s, c, g) {
		return c.antecedent
	}
	// A report with its subject after it: `"...," said Patricia Hurt`.
	if g.finite && reportingLemma[d.lemma(g.head)] && g.e < s.b {
		if np := s.npAt[g.e-s.a]; np >= 0 && s.nps[np].s == g.e {
			if p := d.toks[s.nps[np].head].pos; p == pNNP || p == pPRP || d.fl(s.nps[np].head)&(fRole|fTitle) != 0 {
				return np
			}
		}
	}
	// A coordinate clause without a subject of its own: "and agreed".
	if c.intro >= 0 && d.toks[c.intro].pos == pCC {
		for pi := gi - 1; pi >= 0; pi-- {
			if p := &s.groups[pi]; p.subject >= 0 && s.clauses[p.clause].kind == c.kind {
				return p.subject
			}
		}
	}
	return -1
}

// pastFollows reports a verb in the simple past after token k, past
// adverbs: "and filed", "and then resigned".
func (d *doc) pastFollows(s *sentence, k int) bool {
	j := k + 1
	for j < s.b && d.toks[j].pos == pRB {
		j++
	}
	return j < s.b && d.toks[j].pos == pVBD && !d.isBe(j) && !d.isHave(j)
}

// apposition reports whether noun phrase b, after a comma, describes noun
// phrase a: a name, then a description without a verb.
func (d *doc) apposition(s *sentence, a, b int) bool {
	na, nb := &s.nps[a], &s.nps[b]
	return d.toks[na.head].pos == pNNP && d.toks[nb.head].pos != pNNP && d.toks[nb.head].pos != pPRP
}

// relativeSubject reports whether the relative pronoun of c is the subject
// of g: nothing but adverbs between them ("who has advanced", "which also
// affect").
func (d *doc) relativeSubject(s *sentence, c *clause, g *vgroup) bool {
	if c.intro < 0 {
		return false
	}
	switch d.lower(c.intro) {
	case "whom", "whose":
		return false
	}
	for k := c.intro + 1; k < g.s; k++ {
		if d.toks[k].pos != pRB {
			return false
		}
	}
	return true
}

// objectOf finds the direct object of verb group gi: a noun phrase right
// after it (particles and adverbs may sit between), in the same clause. A
// copula has a predicate, not an object; a passive has none.
func (d *doc) objectOf(s *sentence, gi int) int {
	g := &s.groups[gi]
	if g.copula || g.passive {
		return -1
	}
	for k := g.e; k < s.b && k <= g.e+6; k++ {
		t := &d.toks[k]
		if t.pos == pRP || t.pos == pRB && !t.men || t.men || (t.pos == pIN || t.pos == pDT) && k+1 < s.b && d.toks[k+1].men {
			continue // "announced on Monday a plan"
		}
		np := s.npAt[k-s.a]
		if np < 0 || s.nps[np].prep >= 0 || s.clauseOf[k-s.a] != g.clause || d.toks[s.nps[np].head].men {
			return -1
		}
		return np
	}
	return -1
}

// introduces reports a token that opens a clause rather than a
// prepositional phrase: "since Mr Trump took office", "that Mr Trump had
// called".
func (d *doc) introduces(s *sentence, k int) bool {
	for i := range s.clauses {
		if s.clauses[i].intro == k {
			return true
		}
	}
	return false
}

// objectOfVerbBefore is false: a finite verb form ends the search for a
// subject. (Kept as a seam for verbs inside noun phrases.)
func (d *doc) objectOfVerbBefore(s *sentence, k int) bool { return false }
