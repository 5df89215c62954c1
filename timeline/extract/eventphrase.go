package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
)

// Phrase budgets, in words.
const (
	maxPhraseWords  = 12 // a phrase is a headline, not a sentence
	maxSubjectWords = 4
	maxNounWords    = 8
)

// phrase renders event e as a short clause: its subject, its verb group
// (without adverbs) and what follows it, or for an event noun, the noun
// with its possessor, modifiers and the phrases after it. The trigger is
// always in it.
func (x *extraction) phrase(e *event) string {
	s := &x.sents[e.si]
	x.trigger = e.tok // kept as written: the phrase holds the trigger
	if e.group < 0 && e.np < 0 {
		// "according to a U.S. official".
		keep := []int{e.tok, e.tok + 1}
		if np := x.npAfter(s, e.tok+2); np >= 0 {
			keep = x.tokensOf(s.nps[np].s, s.nps[np].e, keep)
		}
		return x.render(keep)
	}
	if e.group < 0 {
		if g := x.framingSpeaker(s, e); g >= 0 && s.nps[e.np].possessor < 0 {
			// "In a post on his platform, Mr Trump said": Trump's post.
			return x.subjectText(s, g) + "'s " + x.nounPhraseText(s, e)
		}
		return x.nounPhraseText(s, e)
	}
	g := &s.groups[e.group]
	out := x.out[:0]
	if e.group > 0 && x.d.invertedHad(s, e.group-1) {
		// "had he been re-elected": keep the inversion, name the subject.
		out = append(out, "had"...)
		if np := s.npAt[s.groups[e.group-1].e-s.a]; np >= 0 {
			out = appendText(out, x.subjectText(s, np))
		}
	} else if g.subject >= 0 && !(!g.finite && x.d.opensSentence(g.s)) {
		// A participle opening the sentence keeps its form without its
		// subject: "Speaking from the White House".
		out = appendText(out, x.subjectText(s, g.subject))
	}
	verb := x.groupTokens(g, x.keep[:0])
	out = x.renderTo(out, verb)
	if g.subject >= 0 && s.nps[g.subject].s == g.e {
		// `"...," said Patricia Hurt`: the subject came after the verb,
		// and the phrase says "Hurt said".
		x.out, x.keep = out, verb[:0]
		return string(out)
	}
	used, start := wordCount(out), len(out)
	rest := x.after(s, e, g.e, maxPhraseWords-used, verb[len(verb):], false)
	out = x.renderTo(out, rest)
	if wordCount(out) <= 2 && e.mention >= 0 {
		// "report released", "quake struck" say more with their time:
		// "quake struck at 1:24 p.m.".
		rest = x.after(s, e, g.e, maxPhraseWords-used, verb[len(verb):], true)
		out = x.renderTo(out[:start], rest)
	}
	x.out, x.keep = out, verb[:0]
	return string(out)
}

// appendText appends w to a phrase, after a space when the phrase is not
// empty.
func appendText(out []byte, w string) []byte {
	if w == "" {
		return out
	}
	if len(out) > 0 {
		out = append(out, ' ')
	}
	return append(out, w...)
}

// wordCount counts the words of a phrase being built.
func wordCount(b []byte) int {
	if len(b) == 0 {
		return 0
	}
	n := 1
	for _, c := range b {
		if c == ' ' {
			n++
		}
	}
	return n
}

// groupTokens appends the tokens of a verb group that a phrase shows:
// without adverbs and without the "had" of a past perfect (had held →
// held).
func (x *extraction) groupTokens(g *vgroup, keep []int) []int {
	d := x.d
	for k := g.s; k < g.e; k++ {
		t := &d.toks[k]
		if t.pos == pRB && !d.is(k, "not") && !d.is(k, "n't") && !d.is(k, "never") {
			continue
		}
		if d.is(k, "had") && k+1 < g.e && k+1 == g.head && d.toks[g.head].pos == pVBN && d.toks[g.head].tags.has(pVBD) {
			continue // "had held" → "held"; but "had risen" stays
		}
		keep = append(keep, k)
	}
	return keep
}

// subjectText renders a subject: a person by the name the text used or
// their surname, a pronoun by whom it stands for, anything else as its
// words without the determiner, cut before "of" when long.
func (x *extraction) subjectText(s *sentence, ni int) string {
	d := x.d
	np := &s.nps[ni]
	parts := x.coordinated(s, ni)
	if len(parts) > 1 {
		var names []string
		for _, p := range parts {
			names = append(names, x.oneSubject(s, p))
		}
		// In text order.
		for i, j := 0, len(names)-1; i < j; i, j = i+1, j-1 {
			if s.nps[parts[i]].s > s.nps[parts[j]].s {
				names[i], names[j] = names[j], names[i]
			}
		}
		return strings.Join(names, " and ")
	}
	_ = np
	_ = d
	return x.oneSubject(s, ni)
}

func (x *extraction) oneSubject(s *sentence, ni int) string {
	d := x.d
	np := &s.nps[ni]
	if d.toks[np.head].pos == pPRP {
		// A phrase names the person "he" or "she" stands for, and the
		// organisation "it" stands for; "they" stays as written, since it
		// may stand for many.
		if m, ok := x.pronounAt(s, np.head); ok && (m.kind == timeline.EntityPerson || m.kind == timeline.EntityOrganization && d.is(np.head, "it")) {
			return shortName(m)
		}
		return x.render([]int{np.head})
	}
	ms := x.npEntities(s, ni)
	if len(ms) == 1 && ms[0].kind == timeline.EntityPerson {
		m := ms[0]
		head := d.toks[np.head]
		if m.s <= head.s && head.e <= m.e || x.refersOnly(s, ni) {
			return shortName(m)
		}
	}
	if len(ms) == 1 && x.refersOnly(s, ni) {
		return ms[0].name // "the company" → Acme
	}
	var ws []int
	for k := np.s; k < np.e; k++ {
		t := &d.toks[k]
		if t.pos == pDT && len(ws) == 0 || t.men || t.pos == pPunct && d.punct(k) != "." {
			continue
		}
		ws = append(ws, k)
	}
	if len(ws) > maxSubjectWords {
		ws = ws[len(ws)-maxSubjectWords:]
	}
	return x.render(ws)
}

// refersOnly reports a noun phrase that names no entity itself but refers
// to one: a pronoun or "the company".
func (x *extraction) refersOnly(s *sentence, ni int) bool {
	np := &s.nps[ni]
	return len(x.entitiesIn(x.d.toks[np.s].s, x.d.toks[np.e-1].e)) == 0
}

// shortName is how a phrase names an entity: a person by surname, anything
// else by its canonical name.
func shortName(m entMention) string {
	if m.kind == timeline.EntityPerson {
		return surname(m.name)
	}
	return m.name
}

// after renders what follows a verb group in its clause: object,
// complements, prepositional phrases, up to budget words, a clause
// boundary, another verb group's clause (the infinitive or report of this
// one excepted) or another time expression; the event's own time
// expression is left out with its preposition.
func (x *extraction) after(s *sentence, e *event, k, budget int, keep []int, withTime bool) []int {
	d := x.d
	content := 0
	own := span{-1, -1}
	if e.mention >= 0 {
		own = x.mentionToks[e.mention]
	}
	for ; k < s.b && len(keep) < budget; k++ {
		t := &d.toks[k]
		if t.men {
			if withTime && k >= own.a && k < own.b {
				keep = append(keep, k) // "quake struck at 1:24 p.m."
				content++
				continue
			}
			if k >= own.a && k < own.b {
				// Drop the preposition that led into it: "held (on
				// Monday)".
				for len(keep) > 0 && (d.toks[keep[len(keep)-1]].pos == pIN || d.toks[keep[len(keep)-1]].pos == pTO) {
					keep = keep[:len(keep)-1]
				}
				k = own.b - 1
				continue
			}
			if content > 0 {
				break
			}
			continue
		}
		c := s.clauseOf[k-s.a]
		if c != e.clause && !x.within(s, c, e) {
			break
		}
		if t.pos == pPunct {
			if d.isQuote(k) {
				continue
			}
			if p := d.punct(k); p != "%" && p != "$" && p != "-" && p != "&" && p != "'" {
				break
			}
		}
		if content > 0 && c == e.clause && (t.pos == pMD || t.pos.verb() && k > 0 && d.toks[k-1].pos != pTO && t.pos != pVBG && t.pos != pVBN) {
			break // a new verb of the same clause: "met and agreed"
		}
		if n := len(keep); n > 0 && t.pos == pNNP && d.toks[keep[n-1]].shape == shLower && d.toks[keep[n-1]].pos.noun() &&
			d.fl(keep[n-1])&(fRole|fTitle) == 0 && !prenominals[d.lower(keep[n-1])] {
			break // "came into office Mr Trump": the next clause's subject; not "leader Vladimir Putin"
		}
		keep = append(keep, k)
		if !function(t.pos) {
			content++
		}
	}
	// A name is not cut by the budget: "in parts of Rio Grande do Sul".
	for n := 0; n < 3 && len(keep) > 0 && k < s.b && k == keep[len(keep)-1]+1 && d.toks[k].pos == pNNP && d.toks[k-1].pos == pNNP &&
		!d.toks[k].men && s.clauseOf[k-s.a] == s.clauseOf[k-1-s.a]; n, k = n+1, k+1 {
		keep = append(keep, k)
	}
	return x.trimTail(keep)
}

// prenominals are words a lexicon may call nouns that stand before a
// name they describe: "former Soviet republics", "fellow Democrats".
var prenominals = setOf(`former fellow late ex then`)

// within reports whether clause c hangs on event e: its infinitive ("plans
// to visit") or the content of its report.
func (x *extraction) within(s *sentence, c int, e *event) bool {
	for ; c >= 0; c = s.clauses[c].parent {
		cl := &s.clauses[c]
		if cl.parent == e.clause && e.group >= 0 && (cl.kind == clInfinitive || cl.kind == clComplement) &&
			(cl.governor == e.group || cl.nounGov >= 0 && cl.nounGov == s.groups[e.group].object) {
			return true // "plans to visit", "announced a plan to cut jobs"
		}
		if cl.parent == e.clause || c == e.clause {
			return false
		}
	}
	return false
}

// nounPhraseText renders an event noun with its possessor, its modifiers
// and the phrases after it, up to maxNounWords.
func (x *extraction) nounPhraseText(s *sentence, e *event) string {
	d := x.d
	np := &s.nps[e.np]
	var keep []int
	if np.possessor >= 0 {
		p := &s.nps[np.possessor]
		for k := p.s; k < p.e; k++ {
			if d.toks[k].pos != pDT {
				keep = append(keep, k)
			}
		}
	}
	for k := np.s; k < np.e; k++ {
		t := &d.toks[k]
		if t.pos == pDT && k == np.s || t.men {
			continue
		}
		keep = append(keep, k)
	}
	if len(keep) > maxNounWords {
		keep = keep[len(keep)-maxNounWords:]
	}
	// The phrases after it, while they chain and the budget lasts; a
	// clause that describes it too ("a blaze which left 343 dead", "a drive
	// initiated by Nawaz Sharif").
	for k := np.e; k < s.b && len(keep) < maxNounWords; k++ {
		t := &d.toks[k]
		c := s.clauseOf[k-s.a]
		describes := c != e.clause && s.clauses[c].kind == clRelative && s.clauses[c].antecedent == e.np ||
			c == e.clause && (t.pos == pVBN || t.pos == pVBG) && k == np.e ||
			c != e.clause && s.clauses[c].kind == clInfinitive && s.clauses[c].nounGov == e.np // "an attempt to prevent a repeat"
		if t.men || t.pos == pPunct || t.pos == pCC || !describes && (t.pos.verb() || t.pos == pMD || t.pos == pWH || c != e.clause) {
			break
		}
		if t.pos == pWH && d.is(k, "that") {
			continue
		}
		keep = append(keep, k)
	}
	keep = x.trimTail(keep)
	if len(keep) <= 2 {
		// "probe" says little; "prosecutors launched a massive probe" and
		// "blaze left at least 343 dead" say what happened.
		if out := x.nounInClause(s, e, keep); out != "" {
			return out
		}
		// "the 2020 election", "Sunday's clash": with the time that
		// names it.
		var with []int
		from := np.s
		if np.possessor >= 0 {
			from = s.nps[np.possessor].s
		}
		for from-1 >= s.a && d.toks[from-1].men && from > np.s-6 {
			from-- // "the March talks", "Wednesday night's game"
		}
		for k := from; k < np.e; k++ {
			if d.toks[k].pos != pDT || k > from {
				with = append(with, k)
			}
		}
		if len(with) > len(keep) {
			keep = append(with, keep[len(keep)-countFrom(keep, np.e):]...)
		}
	}
	return x.render(keep)
}

// countFrom counts the tokens of keep at or after token k.
func countFrom(keep []int, k int) int {
	n := 0
	for _, t := range keep {
		if t >= k {
			n++
		}
	}
	return n
}

// nounInClause renders a short event noun phrase (tokens keep) with the
// verb of its clause: the verb's subject and verb group before the whole
// noun phrase when it is the object ("prosecutors launched a massive
// probe"), the verb group and its object after it when it is the subject
// ("blaze left at least 343 dead"). It returns "" when the noun is neither.
func (x *extraction) nounInClause(s *sentence, e *event, keep []int) string {
	d := x.d
	np := &s.nps[e.np]
	for gi := range s.groups {
		g := &s.groups[gi]
		if g.clause != e.clause || d.toks[g.head].men || g.copula {
			continue
		}
		var out []byte
		switch e.np {
		case g.object:
			if g.subject >= 0 {
				out = appendText(x.out[:0], x.subjectText(s, g.subject))
			}
			out = x.renderTo(out, x.groupTokens(g, x.keep[:0]))
			out = x.renderTo(out, x.tokensOf(np.s, np.e, x.keep[:0]))
		case g.subject:
			out = x.renderTo(x.out[:0], keep)
			out = x.renderTo(out, x.groupTokens(g, x.keep[:0]))
			if g.object >= 0 {
				o := &s.nps[g.object]
				out = x.renderTo(out, x.tokensOf(o.s, min(o.e, o.s+5), x.keep[:0]))
			}
		default:
			continue
		}
		x.out = out
		return string(out)
	}
	if np.prep < 0 || np.prep <= s.a {
		return ""
	}
	// The event is the object of a preposition: say what it hangs on,
	// "threat of a boycott", "response to unrest", "arrived on a surprise
	// visit".
	if pi := s.npAt[np.prep-1-s.a]; pi >= 0 && s.nps[pi].e == np.prep && !d.toks[s.nps[pi].head].men {
		p := &s.nps[pi]
		from := max(p.s, p.e-3)
		if d.toks[from].pos == pDT {
			from++
		}
		out := x.renderTo(x.out[:0], x.tokensOf(from, p.e, x.keep[:0]))
		out = x.renderTo(out, []int{np.prep})
		out = x.renderTo(out, keep)
		x.out = out
		return string(out)
	}
	for gi := range s.groups {
		g := &s.groups[gi]
		if g.clause != e.clause || g.e != np.prep || d.toks[g.head].men || g.copula {
			continue
		}
		var out []byte
		if g.subject >= 0 && s.nps[g.subject].e <= g.s {
			out = appendText(x.out[:0], x.subjectText(s, g.subject))
		}
		out = x.renderTo(out, x.groupTokens(g, x.keep[:0]))
		out = x.renderTo(out, []int{np.prep})
		out = x.renderTo(out, keep)
		x.out = out
		return string(out)
	}
	return ""
}

// tokensOf appends the tokens of [a, b) that are no time expression.
func (x *extraction) tokensOf(a, b int, keep []int) []int {
	for k := a; k < b; k++ {
		if !x.d.toks[k].men {
			keep = append(keep, k)
		}
	}
	return keep
}

// function reports a part of speech that carries no content.
func function(p posTag) bool {
	switch p {
	case pDT, pIN, pTO, pCC, pPRPS, pWH, pEX, pPunct, pRP, pUH:
		return true
	}
	return false
}

// trimTail drops dangling function words and punctuation at the end.
func (x *extraction) trimTail(keep []int) []int {
	d := x.d
	for len(keep) > 0 {
		k := keep[len(keep)-1]
		t := &d.toks[k]
		if t.pos == pPunct && d.punct(k) != "%" || t.poss || function(t.pos) && t.pos != pPunct || (t.pos == pRB || t.pos == pJJ && d.is(k, "early")) && danglingAdverbs[d.lower(k)] ||
			t.shape == shTitle && isHonorific(d.lower(k)) || t.pos == pPRP && d.is(k, "it") && len(keep) == 1 ||
			k+1 < len(d.toks) && (t.pos == pJJ || t.pos == pCD && d.punct(k+1) == "-") && (d.toks[k+1].pos.noun() || d.toks[k+1].pos == pJJ || d.punct(k+1) == "-") {
			// An adjective whose noun was cut: "the group included former"
			// (Soviet republics), "seen as a one-" (sided contest).
			keep = keep[:len(keep)-1]
			continue
		}
		if t.pos == pCD && k+1 < len(d.toks) && d.toks[k+1].pos == pCD && d.toks[k+1].s == t.e+1 {
			// A number cut from its multiplier: "for $300" (million).
			keep = keep[:len(keep)-1]
			continue
		}
		break
	}
	return keep
}

// danglingAdverbs say nothing at the end of a phrase; "went very well",
// "rose sharply", "walked away" keep theirs.
var danglingAdverbs = setOf(`also too still already now then yet however just even here there meanwhile
	again instead currently recently previously later earlier so thus therefore though only
	as more most less very reportedly allegedly apparently respectively almost nearly roughly approximately
	around about some early`)

// render writes tokens in text order, one space where the text had space
// (or a dropped token) between them, skipping honorifics before names and
// stray periods.
func (x *extraction) render(keep []int) string {
	return string(x.renderTo(nil, keep))
}

// renderTo is render appending to a phrase being built (after a space when
// it is not empty).
func (x *extraction) renderTo(out []byte, keep []int) []byte {
	d := x.d
	prev := -1
	for i, k := range keep {
		t := &d.toks[k]
		if t.shape == shTitle && isHonorific(d.lower(k)) && i+1 < len(keep) && d.toks[keep[i+1]].capital() {
			continue
		}
		if d.punct(k) == "." {
			continue
		}
		if len(out) > 0 && (prev < 0 || k != prev+1 || t.s > d.toks[prev].e) {
			out = append(out, ' ')
		}
		w := d.text[t.s:t.e] // tokens hold no space
		if !utf8.ValidString(w) {
			w = strings.ToValidUTF8(w, "\uFFFD")
		}
		if len(out) > 0 && k != x.trigger && t.shape == shTitle && t.pos != pNNP && d.opensSentence(k) && w[0] >= 'A' && w[0] <= 'Z' {
			// Capitalised only for opening the sentence: "Trump speaking
			// from the White House", not "Trump Speaking".
			out = append(out, w[0]+'a'-'A')
			w = w[1:]
		}
		out = append(out, w...)
		prev = k
	}
	return out
}

// npAfter returns the noun phrase that starts at token k, -1 when none.
func (x *extraction) npAfter(s *sentence, k int) int {
	if k >= s.b {
		return -1
	}
	if np := s.npAt[k-s.a]; np >= 0 && s.nps[np].s == k {
		return np
	}
	return -1
}
