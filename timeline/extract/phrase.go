package extract

import (
	"sort"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
)

const (
	maxPhraseWords  = 12 // a phrase is a headline, not a sentence
	maxSubjectWords = 4
	maxNounWords    = 8
	window          = 80 // tokens on each side of the mention
)

// span is a range [a, b) of tokens or bytes.
type span struct{ a, b int }

// pctx is what phrase building knows about one mention.
type pctx struct {
	d    *doc
	a, b int  // evidence tokens
	m    span // the mention's tokens, widened over "on", "earlier on", "ago"
	raw  span // the mention's own tokens
	si   int  // sentence index of the evidence start
}

// phrase builds the event phrase for the mention at byte span [ms, me) with
// evidence tokens [a, b) starting in sentence si. It also returns the
// person a pronoun subject stands for, when the phrase resolved one.
//
// The order of preference: the event noun the mention modifies (Friday's
// accident, the call with Mr Putin on Monday was ...); the verb of the
// mention's clause, or of the main clause after an introductory phrase;
// for a reporting verb, the clause it reports; and the clause text last.
func (d *doc) phrase(a, b, si, ms, me int) (string, *entMention) {
	p := &pctx{d: d, a: a, b: b, si: si}
	s, who := p.build(ms, me)
	if s == "" {
		cl, cr := p.clause()
		return p.fallback(cl, cr), nil
	}
	return s, who
}

// build applies the strategies of phrase in order; it may return "".
func (p *pctx) build(ms, me int) (string, *entMention) {
	d := p.d
	p.mentionSpan(ms, me)
	// Look no further than a window around the mention, so that a huge
	// "sentence" (a table, a list without punctuation) costs no more per
	// event than a real one.
	if p.m.a-p.a > window {
		p.a = p.m.a - window
	}
	if p.b-p.m.b > window {
		p.b = p.m.b + window
	}
	cl, cr := p.clause()

	if s, ok := p.premodifier(cr); ok {
		return s, nil
	}
	if en := p.nounBefore(cl, p.m.a); en >= 0 && (p.finiteAt(p.skipAdv(p.m.b, cr)) || !p.hasVerb(cl, cr)) {
		return p.nounPhrase(en, cl, cr)
	}
	g, ok := p.leftGroup(cl, p.m.a)
	if ok {
		// An event noun deep in a prepositional phrase is closer to the
		// time expression than the verb: "suspected of involvement in the
		// bombing of a Pan Am plane in 1988".
		if en := p.nounBefore(g.e, p.m.a); en >= g.e+4 && d.fl(en-1)&fDet != 0 && en >= 2 && d.fl(en-2)&fPrep != 0 {
			return p.nounPhrase(en, cl, cr)
		}
	} else {
		g, ok = p.rightGroup(p.m.b, cr)
	}
	if !ok && cl == p.a && cr < p.b && p.isComma(cr) {
		// "Earlier on Monday in a post on his platform, Mr Trump said ...":
		// the main clause follows the introductory phrase.
		g, ok = p.mainGroup(cr+1, p.b)
	}
	if !ok {
		if en := p.nounIn(cl, cr); en >= 0 {
			return p.nounPhrase(en, cl, cr)
		}
		if s, n := p.clauseText(cl, cr); n >= 2 {
			return s, nil // since the introduction of the death penalty in 1980
		}
		if cl > p.a {
			g, ok = p.leftGroup(p.a, cl)
		}
	}
	if !ok {
		return p.fallback(cl, cr), nil
	}
	if p.reporting(g) {
		if c, ok := p.complement(g); ok {
			g = c
		} else if p.trailingFrame(g) {
			// `"...," he said on Monday`, `..., officials said Friday`: the
			// news is what was said, before the frame.
			subj, who, _ := p.subject(g)
			verb := p.renderGroup(g, false)
			if q := p.quoteBefore(g, maxPhraseWords-words(subj)-words(verb)); q != "" {
				return p.join(subj, verb, q), who
			}
			if mg, ok := p.mainGroup(p.a, g.s); ok && mg.e <= g.s {
				g = mg
			}
		}
	}
	return p.verbPhrase(g)
}

// mentionSpan finds the mention's tokens and widens them over the words
// that lead into it (on, in, since, earlier on) and a trailing "ago".
func (p *pctx) mentionSpan(ms, me int) {
	d := p.d
	i := p.a + sort.Search(p.b-p.a, func(k int) bool { return d.toks[p.a+k].e > ms })
	j := i
	for j < p.b && d.toks[j].s < me {
		j++
	}
	p.raw = span{i, j}
	for n := 0; n < 2 && i > p.a; n++ {
		if !d.toks[i-1].word() || d.fl(i-1)&(fPrep|fTimeAdv) == 0 {
			break
		}
		i--
	}
	if j < p.b && d.is(j, "ago") {
		j++
	}
	p.m = span{i, j}
}

// inM reports whether token k belongs to the mention (widened).
func (p *pctx) inM(k int) bool { return k >= p.m.a && k < p.m.b }

// other reports whether token k is part of another time expression.
func (p *pctx) other(k int) bool { return p.d.toks[k].men && !p.inM(k) }

// clause returns the clause around the mention: the tokens between the
// nearest boundaries (punctuation, subordinators, clause-joining "and").
func (p *pctx) clause() (int, int) {
	cl := p.m.a
	for cl > p.a && !p.boundary(cl-1) {
		cl--
	}
	cr := p.m.b
	for cr < p.b && !p.boundary(cr) {
		cr++
	}
	return cl, cr
}

// boundary reports whether token k separates clauses.
func (p *pctx) boundary(k int) bool {
	d := p.d
	t := &d.toks[k]
	if t.shape == shPunct {
		switch d.text[t.s:t.e] {
		case ",":
			// "Lockerbie, Scotland" and "Nairobi, Kenya" are one name.
			return !(k > p.a && k+1 < p.b && d.toks[k-1].capital() && d.toks[k+1].capital() && d.inGazetteer(k+1, k+2) &&
				(k+2 >= p.b || !d.toks[k+2].capital()))
		case ";", ":", "(", ")", "[", "]", "—", "–", "-", "?", "!", ".", "…":
			return true
		}
		return false
	}
	if t.shape != shLower && k != p.a {
		return false
	}
	f := d.fl(k)
	if f&fSub != 0 {
		return true
	}
	if f&fConj != 0 || d.is(k, "as") {
		if d.is(k, "but") {
			return true
		}
		// "and" joins clauses when a verb precedes it in its clause and one
		// follows before any preposition: "prices fell and the government
		// has been cracking down", not "the Tuamotu and Gambier islands were".
		if !p.verbBefore(k) {
			return false
		}
		for n := k + 1; n < p.b && n <= k+5; n++ {
			if !d.toks[n].word() {
				return false
			}
			fn := d.fl(n)
			if n == k+1 && fn&(fSub|fPron) != 0 {
				return true
			}
			if v := p.verbKind(n); v == vFin || v == vAux {
				return true
			}
			if fn&fPrep != 0 && d.toks[n].shape == shLower {
				return false
			}
		}
	}
	return false
}

func (p *pctx) isComma(k int) bool { return p.d.punct(k) == "," }

// quoteBefore returns the first words of the quotation that opens the
// sentence a trailing frame reports: `"It was very useful," Mr Putin said`.
func (p *pctx) quoteBefore(g group, budget int) string {
	d := p.d
	if !d.isQuote(p.a) || budget < 2 {
		return ""
	}
	var keep []int
	for k := p.a + 1; k < g.s && len(keep) < min(8, budget); k++ {
		if d.isQuote(k) || d.toks[k].shape == shPunct && p.boundary(k) {
			break
		}
		keep = append(keep, k)
	}
	if q := p.render(keep); q != "" {
		return "“" + q + "”"
	}
	return ""
}

// subject returns the rendered subject of group g, the person a pronoun
// subject was resolved to, and the token the subject starts at (-1 if none).
func (p *pctx) subject(g group) (string, *entMention, int) {
	d := p.d
	s, conj := g.s, -1
	for k := g.s - 1; k >= p.a; k-- {
		if p.inM(k) || p.other(k) || d.isQuote(k) {
			continue
		}
		if d.punct(k) == ")" { // (SFOR)
			for k > p.a && d.punct(k) != "(" {
				k--
			}
			continue
		}
		if p.isComma(k) && s == g.s {
			// Skip an insertion between subject and verb: "Mr Ozawa, who
			// heads the party, promised", "Ozawa, a former strongman, bolted".
			if c := p.insertionStart(k); c > p.a {
				k = c
				continue
			}
		}
		if p.boundary(k) {
			break
		}
		if v := p.verbKind(k); v == vFin || v == vAux {
			if conj >= 0 {
				s = conj + 1 // "... and Levy would be": Levy alone
			}
			break
		}
		if d.toks[k].shape == shLower && d.fl(k)&fConj != 0 && conj < 0 {
			conj = k
		}
		s = k
	}
	var ws []int
	for k := s; k < g.s; k++ {
		if d.punct(k) == "(" {
			for k < g.s && d.punct(k) != ")" {
				k++
			}
			continue
		}
		if !p.inM(k) && !p.other(k) && d.toks[k].word() && !(d.toks[k].shape == shLower && d.fl(k)&fAdv != 0) {
			ws = append(ws, k)
		}
	}
	if len(ws) == 0 {
		return p.relativeSubject(s)
	}
	if last := ws[len(ws)-1]; d.fl(last)&fPron != 0 && d.toks[last].shape != shUpper {
		name, who := p.pronoun(last)
		return name, who, last
	}
	// A clause opening with a preposition has the noun right before the
	// verb as subject: "according to a schedule announced last month".
	if d.fl(ws[0])&fPrep != 0 {
		for i := len(ws) - 1; i >= 0; i-- {
			if d.fl(ws[i])&fPrep != 0 {
				ws = ws[i+1:]
				break
			}
		}
	} else {
		// Only the head chunk counts: "talks on reaching a ceasefire" → talks.
		for i, k := range ws {
			if i > 0 && d.toks[k].shape == shLower && (d.fl(k)&(fPrep|fSub) != 0 && !d.is(k, "of") || p.verbKind(k) == vIng) {
				ws = ws[:i]
				break
			}
		}
	}
	if len(ws) == 0 {
		return "", nil, -1
	}
	start := ws[0]
	last := ws[len(ws)-1]
	// A person heading the subject is named by the word the text used,
	// else by surname (the Russian leader → Putin).
	if m := p.entityAt(d.toks[last].s, d.toks[last].e); m != nil && m.kind == timeline.EntityPerson {
		w := d.bare(last)
		if !strings.Contains(" "+m.name+" ", " "+w+" ") || strings.HasSuffix(m.name, " "+w) {
			w = surname(m.name) // the full name ends here: Xi Jinping → Xi
		}
		return strings.ToValidUTF8(w, "\uFFFD"), nil, start
	}
	for len(ws) > 0 && d.toks[ws[0]].shape != shUpper && d.fl(ws[0])&fDet != 0 {
		ws = ws[1:]
	}
	if len(ws) > maxSubjectWords {
		for i, k := range ws {
			if d.is(k, "of") {
				ws = ws[:i] // exports of French Polynesian black pearls → exports
				break
			}
		}
	}
	if len(ws) == 0 || len(ws) > maxSubjectWords {
		return "", nil, -1
	}
	return p.render(ws), nil, start
}

// insertionStart returns the comma that opens the insertion closed by the
// comma at k, or -1: a relative clause or an appositive without a verb.
func (p *pctx) insertionStart(k int) int {
	d := p.d
	for c := k - 1; c > p.a && c > k-25; c-- {
		if !p.isComma(c) {
			if d.toks[c].shape == shPunct && p.boundary(c) && d.punct(c) != "(" && d.punct(c) != ")" {
				return -1
			}
			continue
		}
		n := c + 1
		if d.toks[n].shape == shLower && (d.is(n, "who") || d.is(n, "which") || d.is(n, "whose")) {
			return c
		}
		for j := n; j < k; j++ {
			if v := p.verbKind(j); v == vFin || v == vAux {
				return -1
			}
		}
		return c
	}
	return -1
}

// relativeSubject resolves a "who" subject to the person just before it:
// "Mr Smith, who resigned on Monday" → Smith.
func (p *pctx) relativeSubject(s int) (string, *entMention, int) {
	d := p.d
	k := s - 1
	if k < p.a || !d.is(k, "who") {
		return "", nil, -1
	}
	k--
	if k >= p.a && p.isComma(k) {
		k--
	}
	if k >= p.a {
		if m := p.entityAt(d.toks[k].s, d.toks[k].e); m != nil && m.kind == timeline.EntityPerson {
			return surname(m.name), nil, -1
		}
	}
	return "", nil, -1
}

// pronoun resolves he or she to the first person named before it in the
// sentence, else to the first person of one of the three sentences before.
func (p *pctx) pronoun(k int) (string, *entMention) {
	d := p.d
	if !d.is(k, "he") && !d.is(k, "she") {
		return "", nil
	}
	t := &d.toks[k]
	for i := d.firstEntity(d.toks[p.a].s); i < len(d.ents) && d.ents[i].e <= t.s; i++ {
		if d.ents[i].kind == timeline.EntityPerson {
			m := entMention{s: t.s, e: t.e, name: d.ents[i].name, kind: timeline.EntityPerson}
			return surname(m.name), &m
		}
	}
	for si := p.si - 1; si >= 0 && si >= p.si-3; si-- {
		if name := d.topic[si]; name != "" {
			m := entMention{s: t.s, e: t.e, name: name, kind: timeline.EntityPerson}
			return surname(name), &m
		}
	}
	return "", nil
}

// entityAt returns the entity whose span contains bytes [s, e), if any.
func (p *pctx) entityAt(s, e int) *entMention {
	d := p.d
	for i := d.firstEntity(d.toks[p.a].s); i < len(d.ents) && d.ents[i].s < e; i++ {
		if d.ents[i].s <= s && e <= d.ents[i].e {
			return &d.ents[i]
		}
	}
	return nil
}

func surname(name string) string {
	words := strings.Fields(name)
	if len(words) >= 2 && familyNameFirst(words) {
		return words[0] // Xi Jinping, Lee Jae-myung, Kim Jong Un
	}
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		return name[i+1:]
	}
	return name
}

// familyNameFirst reports a Chinese or Korean name written family name
// first: a common family name followed by a hyphenated given name, or by two
// more words, or (for names no Western first name shares) by one.
func familyNameFirst(words []string) bool {
	first := words[0]
	if !eastAsianFamilyNames[first] {
		return false
	}
	return strings.Contains(words[1], "-") || len(words) == 3 || len(words) == 2 && !westernFirstNames[first]
}

// eastAsianFamilyNames are the commonest Chinese and Korean family names.
var eastAsianFamilyNames = setOf(`Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He
	Lin Gao Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang
	Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Qin Wen Mao Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim
	Shin Moon Oh Seo Kwon Hwang Ahn Hong Ko Ri Pak Tsai Lai Ko Chiang`)

// westernFirstNames are family names above that also begin Western names
// ("Lee Anderson", "Kim Clijsters"), which need a hyphen or three words.
var westernFirstNames = setOf(`Lee Kim Ma He Lu Su Ren Dong Hong Song Tang Jung Ko Oh Park Yu Lai Han`)

// verbPhrase renders subject, verb group and object of g.
func (p *pctx) verbPhrase(g group) (string, *entMention) {
	d := p.d
	subj, who, start := p.subject(g)
	// "had he been re-elected": an inverted conditional says it did not
	// happen.
	negate := start > p.a && d.is(start-1, "had") && (d.is(g.s, "been") || p.verbKind(g.s) == vNon || p.verbKind(g.s) == vFin) &&
		(start-1 == p.a || p.boundary(start-2) || p.verbKind(start-2) != vNone)
	verb := p.renderGroup(g, negate)
	obj := p.object(g.e, maxPhraseWords-words(subj)-words(verb))
	return p.join(subj, verb, obj), who
}

// renderGroup writes the verb group without adverbs and without a
// pluperfect "had" (had held → held); negate renders an inverted
// conditional (had he been re-elected → not re-elected).
func (p *pctx) renderGroup(g group, negate bool) string {
	d := p.d
	var keep []int
	for k := g.s; k < g.e; k++ {
		f := d.fl(k)
		if f&fAdv != 0 && f&(fNeg|fAux) == 0 {
			continue
		}
		if d.is(k, "had") && k+1 == g.v && d.fl(g.v)&fPast != 0 || negate && d.is(k, "been") && k != g.v {
			continue
		}
		keep = append(keep, k)
	}
	s := p.render(keep)
	if negate {
		s = "not " + s
	}
	return s
}

// object collects the words after a verb group up to a clause boundary,
// another time expression, this one (once something was said), a new finite
// verb or the word budget, and drops dangling function words at its end.
func (p *pctx) object(k, budget int) string {
	d := p.d
	var buf [maxPhraseWords + 1]int
	keep := buf[:0]
	content := 0
	for ; k < p.b && len(keep) < budget; k++ {
		if p.inM(k) || p.other(k) {
			if content > 0 {
				break
			}
			// A time expression right after the verb is skipped with the
			// preposition that led into it: "vote (on Thursday) during".
			for len(keep) > 0 && d.fl(keep[len(keep)-1])&fPrep != 0 {
				keep = keep[:len(keep)-1]
			}
			if p.inM(k) {
				k = p.m.b - 1
			}
			continue
		}
		if d.toks[k].shape == shPunct {
			if d.isQuote(k) {
				continue
			}
			if p.boundary(k) {
				break
			}
			keep = append(keep, k)
			continue
		}
		if p.boundary(k) {
			break
		}
		if v := p.verbKind(k); content > 0 && (v == vAux || v == vFin && d.fl(k-1)&fPron == 0) {
			break
		}
		keep = append(keep, k)
		if d.fl(k)&(fDet|fPrep|fConj|fPron|fSub) == 0 {
			content++
		}
	}
	return p.render(p.trimTail(keep))
}

// trimTail drops dangling function words and punctuation at the end.
func (p *pctx) trimTail(keep []int) []int {
	d := p.d
	for len(keep) > 0 {
		k := keep[len(keep)-1]
		t := &d.toks[k]
		if t.shape == shPunct && d.text[t.s:t.e] != "%" || t.poss || t.shape == shLower && d.fl(k)&(fDet|fPrep|fConj|fSub|fAdv) != 0 && d.fl(k)&fNeg == 0 ||
			t.shape == shTitle && isHonorific(d.lower(k)) {
			keep = keep[:len(keep)-1]
			continue
		}
		break
	}
	return keep
}

// premodifier handles a mention that modifies the noun after it:
// "Friday's accident", "the 2020 election", "last year's Hadep congress".
func (p *pctx) premodifier(cr int) (string, bool) {
	d := p.d
	if p.raw.b <= p.raw.a || p.raw.b >= cr {
		return "", false
	}
	poss := d.toks[p.raw.b-1].poss
	det := p.raw.a > p.a && d.fl(p.raw.a-1)&fDet != 0 && d.toks[p.raw.a-1].shape == shLower
	if !poss && !det {
		return "", false
	}
	k := p.raw.b
	for k < cr && k < p.raw.b+4 && d.toks[k].word() && !p.other(k) && p.verbKind(k) == vNone &&
		(d.toks[k].capital() || d.fl(k)&(fPrep|fConj|fSub|fDet|fPron) == 0) {
		k++
	}
	if k == p.raw.b || d.toks[k-1].shape == shNum {
		return "", false
	}
	s, _ := p.nounPhrase(k-1, p.raw.b, cr)
	return s, s != ""
}

// nounBefore finds an event noun in [lo, end) that the time expression at end
// belongs to: nothing but noun-phrase words (no verb, no boundary) between.
func (p *pctx) nounBefore(lo, end int) int {
	d := p.d
	for k := end - 1; k >= lo && k >= end-10; k-- {
		if !d.toks[k].word() {
			if p.isComma(k) && !p.boundary(k) {
				continue // Lockerbie, Scotland
			}
			return -1
		}
		f := d.fl(k)
		if p.verbKind(k) != vNone && f&fEvent == 0 {
			return -1
		}
		if d.toks[k].shape == shLower && f&fEvent != 0 && (k == lo || d.fl(k-1)&fPron == 0) {
			return k
		}
	}
	return -1
}

// nounIn finds the event noun in [lo, hi) nearest to the mention.
func (p *pctx) nounIn(lo, hi int) int {
	d := p.d
	best, dist := -1, 1<<30
	for k := lo; k < hi; k++ {
		if p.inM(k) || d.toks[k].shape != shLower || d.fl(k)&fEvent == 0 {
			continue
		}
		dd := p.m.a - k
		if dd < 0 {
			dd = k - p.m.b
		}
		if dd < dist {
			best, dist = k, dd
		}
	}
	return best
}

// nounPhrase renders the noun phrase of event noun en (not reaching left of
// lo): its modifiers, its prepositional tail up to a time expression or the
// clause end, and a verb it is the subject of ("the attack on Monday killed
// 12 people").
func (p *pctx) nounPhrase(en, lo, cr int) (string, *entMention) {
	d := p.d
	s := en
	for s > lo && s > en-4 && !p.inM(s-1) && !p.other(s-1) {
		k := s - 1
		if !d.toks[k].word() || d.fl(k)&fDet != 0 || d.fl(k)&(fPrep|fSub|fConj|fPron) != 0 && d.toks[k].shape == shLower || p.verbKind(k) != vNone {
			break
		}
		s--
	}
	var keep []int
	stop := s
	for k := s; k < cr && len(keep) < maxNounWords; k++ {
		stop = k
		if p.inM(k) || p.other(k) {
			break
		}
		if d.toks[k].shape == shPunct {
			if d.isQuote(k) {
				continue
			}
			break
		}
		if k > en && (p.verbKind(k) == vFin || p.verbKind(k) == vAux) {
			break
		}
		keep = append(keep, k)
		stop = k + 1
	}
	keep = p.trimTail(keep)
	np := p.render(keep)
	// A non-copula verb right after the phrase (or the time expression)
	// continues the event: "the attack on Monday killed 12 people".
	k := stop
	if p.inM(k) {
		k = p.m.b
	}
	opens := true // only determiners before the phrase in its clause
	for j := s - 1; j >= p.a && !p.boundary(j); j-- {
		if d.toks[j].word() && d.fl(j)&fDet == 0 {
			opens = false
			break
		}
	}
	if k = p.skipAdv(k, cr); opens && p.finiteAt(k) {
		g := p.grow(k, k, cr)
		if d.fl(g.v)&fBe == 0 && d.fl(g.s)&fBe == 0 {
			verb := p.renderGroup(g, false)
			return p.join(np, verb, p.object(g.e, maxPhraseWords-words(np)-words(verb))), nil
		}
	}
	return np, nil
}

// clauseText renders the clause without the mention, and counts its content
// words.
func (p *pctx) clauseText(cl, cr int) (string, int) {
	d := p.d
	var keep []int
	n := 0
	for k := cl; k < cr && len(keep) < maxPhraseWords; k++ {
		if p.inM(k) || p.other(k) || !d.toks[k].word() {
			continue
		}
		if len(keep) == 0 && d.fl(k)&(fDet|fPrep|fConj|fSub) != 0 {
			continue
		}
		keep = append(keep, k)
		if d.fl(k)&(fDet|fPrep|fConj|fPron|fSub|fAdv|fFunc) == 0 {
			n++
		}
	}
	return p.render(p.trimTail(keep)), n
}

// fallback is the clause text around the mention, without it, or failing
// that the sentence, or the mention itself: a phrase is never empty.
func (p *pctx) fallback(cl, cr int) string {
	d := p.d
	for _, r := range []span{{cl, cr}, {p.a, p.b}} {
		var keep []int
		for k := r.a; k < r.b && len(keep) < maxPhraseWords; k++ {
			if p.inM(k) || d.isQuote(k) || d.toks[k].shape == shPunct && p.boundary(k) {
				continue
			}
			keep = append(keep, k)
		}
		if s := p.render(keep); s != "" {
			return s
		}
	}
	var keep []int
	for k := p.m.a; k < p.m.b; k++ {
		keep = append(keep, k)
	}
	if s := p.render(keep); s != "" {
		return s
	}
	return "event"
}

// render writes tokens in text order, one space where the text had space
// (or a dropped token) between them, skipping honorifics before names.
func (p *pctx) render(keep []int) string {
	d := p.d
	if len(keep) == 0 {
		return ""
	}
	var sb strings.Builder
	sb.Grow(d.toks[keep[len(keep)-1]].e - d.toks[keep[0]].s + 1)
	prev := -1
	for i, k := range keep {
		t := &d.toks[k]
		if t.shape == shTitle && isHonorific(d.lower(k)) && i+1 < len(keep) && d.toks[keep[i+1]].capital() {
			continue
		}
		if d.punct(k) == "." {
			continue // no stray periods (Mr. Smith)
		}
		if sb.Len() > 0 && (k != prev+1 || t.s > d.toks[prev].e) {
			sb.WriteByte(' ')
		}
		w := d.text[t.s:t.e]
		if strings.ContainsAny(w, "\n\r\t") {
			w = strings.Join(strings.Fields(w), " ")
		}
		sb.WriteString(w)
		prev = k
	}
	return strings.ToValidUTF8(sb.String(), "\uFFFD")
}

// join joins non-empty parts with spaces.
func (p *pctx) join(parts ...string) string {
	n := 0
	for _, s := range parts {
		n += len(s) + 1
	}
	var sb strings.Builder
	sb.Grow(n)
	for _, s := range parts {
		if s == "" {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(s)
	}
	return sb.String()
}

func words(s string) int {
	if s == "" {
		return 0
	}
	return strings.Count(s, " ") + 1
}

func isHonorific(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "miss":
		return true
	}
	return false
}
