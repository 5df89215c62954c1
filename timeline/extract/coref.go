package extract

import (
	"strings"

	"github.com/timeline-dev/timeline/timeline"
)

// maxBack is how many sentences back a pronoun or a description looks for
// the entity it stands for.
const maxBack = 3

// refersTo resolves a noun phrase that names no entity but refers to one:
// a pronoun (he, she, it, they) or a description (the company, the
// country, the Russian leader) stands for the most recent entity of the
// right kind before it, in its sentence or the few before.
func (x *extraction) refersTo(s *sentence, ni int) (entMention, bool) {
	d := x.d
	np := &s.nps[ni]
	h := np.head
	if d.toks[h].pos == pPRP {
		return x.pronounAt(s, h)
	}
	if np.e-np.s < 2 || !d.is(np.s, "the") || d.toks[h].pos == pNNP {
		return entMention{}, false
	}
	w := d.lower(h)
	switch {
	case d.lowIn(h, orgFollowers) || d.lowIn(h, orgDescriptions):
		// "the company": an organisation named earlier in the sentence
		// ("An IBM spokeswoman said the company told customers"), else the
		// one the story is about, named most so far.
		at := d.toks[np.s].s
		for i := d.firstEntity(d.toks[s.a].s); i < len(d.ents) && d.ents[i].e <= at; i++ {
			if d.ents[i].kind == timeline.EntityOrganization {
				return d.ents[i], true
			}
		}
		return x.salient(at, timeline.EntityOrganization)
	case d.lowIn(h, countryDescriptions):
		// "the country": a place its sentence named before it ("skipped
		// talks in Turkey despite Zelenskyy being in the country"), else
		// the place the story is about, named most so far ("at the Dutch
		// embassy, Orban said the country had come home" is Hungary).
		at := d.toks[np.s].s
		if m, ok := x.recent(at, s, func(m *entMention) bool {
			return m.kind == timeline.EntityPlace && m.s >= d.toks[s.a].s && !x.demonym(m)
		}); ok {
			return m, true
		}
		return x.salient(at, timeline.EntityPlace)
	case d.lowIn(h, placeDescriptions):
		return x.recent(d.toks[np.s].s, s, kindIs(timeline.EntityPlace)) // "the city"
	case (d.fl(h)&fRole != 0 || d.fl(h)&fTitle != 0) && x.plainDescription(np):
		// "the Russian leader": the alias the text set up; "the president":
		// the person named with that title; else the last person.
		if full, ok := d.alias[string(d.key(np.s+1, np.e))]; ok {
			return entMention{s: d.toks[np.s].s, e: d.toks[h].e, name: full, kind: timeline.EntityPerson}, true
		}
		if full, ok := d.titled[w]; ok && np.e-np.s == 2 {
			return entMention{s: d.toks[np.s].s, e: d.toks[h].e, name: full, kind: timeline.EntityPerson}, true
		}
		if d.fl(h)&fTitle != 0 && d.lowIn(h, titleOnly) {
			return entMention{}, false // "the president" nobody was named as: not just anyone
		}
		return x.recent(d.toks[np.s].s, s, kindIs(timeline.EntityPerson))
	}
	return entMention{}, false
}

// pronounAt resolves the personal or possessive pronoun at token k.
func (x *extraction) pronounAt(s *sentence, k int) (entMention, bool) {
	d := x.d
	at := d.toks[k].s
	switch w := d.lower(k); w {
	case "he", "him", "his", "himself", "she", "her", "hers", "herself":
		female := w == "she" || w == "her" || w == "hers" || w == "herself"
		if m, ok := x.cataphor(s, k, female); ok {
			return m, true
		}
		if w == "him" || w == "her" && !(k+1 < s.b && d.toks[k+1].pos.noun()) {
			return x.personBut(at, s, female, x.subjectOf(s, k))
		}
		return x.person(at, s, female)
	case "it", "itself":
		if k > s.a && d.toks[k-1].pos.verb() && k+1 < s.b && d.toks[k+1].pos == pJJ || k+1 < s.b && d.lemmaIn(k+1, expletiveVerbs) {
			return entMention{}, false // "made it clear", "it seems": no one
		}
		return x.orgPronoun(at, s, k)
	case "its":
		// An organisation or a country: "its subsequent military buildup";
		// the subject of its sentence first ("Institut Merieux, which
		// holds a stake in Connaught, said shares were tendered to its
		// offer").
		notPerson := func(m *entMention) bool { return m.kind != timeline.EntityPerson }
		if m, ok := x.subjectBefore(s, k, notPerson); ok {
			return m, true
		}
		return x.recent(at, s, notPerson)
	case "they", "them", "their", "themselves":
		if x.pluralSubjectBefore(s, k) {
			return entMention{}, false // "Union leaders said they would meet", "Shares fell. They had risen"
		}
		return x.recent(at, s, func(m *entMention) bool { return m.kind == timeline.EntityOrganization })
	}
	return entMention{}, false
}

// pluralSubjectBefore reports a subject that is a plural common noun,
// naming no one, of a report before token k in its sentence, or first in
// the sentence before: what "they" most likely stands for.
func (x *extraction) pluralSubjectBefore(s *sentence, k int) bool {
	plural := func(s *sentence, until int, reports bool) bool {
		for gi := range s.groups {
			g := &s.groups[gi]
			if g.subject < 0 || s.nps[g.subject].e > until || reports && !reportingLemma.has(x.d.lemma(g.head)) {
				continue
			}
			np := &s.nps[g.subject]
			if x.d.toks[np.head].pos == pNNS && len(x.entitiesIn(x.d.toks[np.s].s, x.d.toks[np.e-1].e)) == 0 {
				return true
			}
		}
		return false
	}
	if plural(s, k, true) { // "Union leaders said they would meet"
		return true
	}
	si := x.sentenceOfToken(s.a)
	if si == 0 {
		return false
	}
	p := &x.sents[si-1]
	for gi := range p.groups {
		if g := &p.groups[gi]; g.subject >= 0 {
			return plural(p, p.nps[g.subject].e, false) // "Shares fell. They had risen"
		}
	}
	return false
}

// demonym reports whether mention m is written as a demonym ("Dutch"),
// an adjective rather than a name of the place.
func (x *extraction) demonym(m *entMention) bool {
	if m.e <= m.s || m.e > len(x.d.text) {
		return false
	}
	p, ok := gazetteer[strings.ToLower(x.d.text[m.s:m.e])]
	return ok && p.demonym
}

// orgPronoun resolves "it" at token k to an organisation: the last one
// named before it, unless a description of the story's company ("the
// company") comes after that name in the sentence ("Asked how the company
// hopes to expand, Ousley said it sees"): then the company.
func (x *extraction) orgPronoun(at int, s *sentence, k int) (entMention, bool) {
	d := x.d
	// A one-word name guessed to be a person that "it" refers to is no
	// person: "Unisys posted a loss as it moved to take write-offs".
	orgLike := func(m *entMention) bool {
		return m.kind == timeline.EntityOrganization || m.kind == timeline.EntityPerson && !strings.Contains(m.name, " ")
	}
	if m, ok := x.subjectBefore(s, k, orgLike); ok {
		return m, true
	}
	m, ok := x.recent(at, s, kindIs(timeline.EntityOrganization))
	for j := k - 1; j > s.a; j-- {
		if ok && d.toks[j].e <= m.e {
			break
		}
		if (d.lowIn(j, orgFollowers) || d.lowIn(j, orgDescriptions)) && d.is(j-1, "the") && d.toks[j].shape == shLower {
			return x.salient(d.toks[j-1].s, timeline.EntityOrganization)
		}
	}
	return m, ok
}

// subjectBefore returns the entity named by the head of the last subject
// in sentence s that ends before token k and that ok accepts: a pronoun
// refers to a subject before any other noun.
func (x *extraction) subjectBefore(s *sentence, k int, ok func(*entMention) bool) (entMention, bool) {
	d := x.d
	var best entMention
	bestEnd := -1
	for gi := range s.groups {
		g := &s.groups[gi]
		if g.subject < 0 {
			continue
		}
		np := &s.nps[g.subject]
		if np.e > k || np.e <= bestEnd || d.toks[np.head].pos == pPRP {
			continue
		}
		head := d.toks[np.head]
		ms := x.entitiesIn(d.toks[np.s].s, d.toks[np.e-1].e)
		for i := range ms {
			if m := &ms[i]; m.s <= head.s && head.e <= m.e && ok(m) { // no copy for ok to escape
				best, bestEnd = *m, np.e
			}
		}
	}
	return best, bestEnd >= 0
}

// subjectOf returns the person named by the subject of the verb group
// whose object holds token k, "" when none.
func (x *extraction) subjectOf(s *sentence, k int) string {
	d := x.d
	for gi := range s.groups {
		g := &s.groups[gi]
		if g.object < 0 || g.subject < 0 || s.nps[g.object].s > k || s.nps[g.object].e <= k {
			continue
		}
		np := &s.nps[g.subject]
		if d.toks[np.head].pos == pPRP {
			return ""
		}
		for _, m := range x.entitiesIn(d.toks[np.s].s, d.toks[np.e-1].e) {
			if m.kind == timeline.EntityPerson {
				return m.name
			}
		}
	}
	return ""
}

func kindIs(k timeline.EntityKind) func(*entMention) bool {
	return func(m *entMention) bool { return m.kind == k }
}

// person resolves "he" or "she" at byte at: the last person named before
// it in its sentence ("Vance said Mr Trump was open to walking away from
// his attempts"), else the person the story is about: the subject of the
// nearest sentence before that had a person as subject.
func (x *extraction) person(at int, s *sentence, female bool) (entMention, bool) {
	return x.personBut(at, s, female, "")
}

// personBut is person, passing over the person named not: the subject of
// the verb whose object the pronoun is ("King Hussein assured him": not
// King Hussein).
func (x *extraction) personBut(at int, s *sentence, female bool, not string) (entMention, bool) {
	d := x.d
	// A woman is one the text marks as one (Mrs, a woman's first name);
	// "she" finds no one else, "he" no one marked.
	fits := func(name string) bool { return d.female[name] == female && name != not }
	from := d.toks[s.a].s
	for i := d.firstEntity(at) - 1; i >= 0 && d.ents[i].s >= from; i-- {
		if m := d.ents[i]; m.kind == timeline.EntityPerson && m.e <= at && fits(m.name) {
			return m, true
		}
	}
	si := x.sentenceOfToken(s.a)
	for p := si - 1; p >= 0 && p >= si-maxBack; p-- {
		if p < len(x.subjects) && x.subjects[p] != "" && fits(x.subjects[p]) {
			return entMention{s: at, e: at, name: x.subjects[p], kind: timeline.EntityPerson}, true
		}
	}
	for p := si - 1; p >= 0 && p >= si-maxBack; p-- {
		if name := d.topic[p]; name != "" && fits(name) {
			return entMention{s: at, e: at, name: name, kind: timeline.EntityPerson}, true
		}
	}
	return entMention{}, false
}

// cataphor resolves a pronoun in a subordinate clause that opens its
// sentence to the person named as the subject of the main clause after
// it: "Since he came into office Mr Trump has sought ...", "When she
// arrived, Ms Leavitt said ...".
func (x *extraction) cataphor(s *sentence, k int, female bool) (entMention, bool) {
	d := x.d
	c := &s.clauses[s.clauseOf[k-s.a]]
	if c.kind != clAdverbial || c.s > s.a+1 {
		return entMention{}, false
	}
	for gi := range s.groups {
		g := &s.groups[gi]
		if !g.finite || g.subject < 0 || s.clauses[g.clause].kind != clMain {
			continue
		}
		np := &s.nps[g.subject]
		if np.s <= k {
			continue
		}
		for _, m := range x.entitiesIn(d.toks[np.s].s, d.toks[np.e-1].e) {
			if m.kind == timeline.EntityPerson && d.female[m.name] == female {
				return m, true
			}
		}
		break
	}
	return entMention{}, false
}

// subjectPerson returns the person who is the subject of the first finite
// verb of sentence si's main clause, "" when that is no person: the one a
// "he" in the next sentence most likely stands for.
func (x *extraction) subjectPerson(si int) string {
	s := &x.sents[si]
	for gi := range s.groups {
		g := &s.groups[gi]
		if !g.finite || g.subject < 0 || s.clauses[g.clause].kind != clMain {
			continue
		}
		for _, m := range x.npEntities(s, g.subject) {
			if m.kind == timeline.EntityPerson {
				return m.name
			}
		}
		return ""
	}
	return ""
}

// salient returns the entity of kind k named most often before byte at
// (the last of them on a tie).
func (x *extraction) salient(at int, k timeline.EntityKind) (entMention, bool) {
	d := x.d
	// The lead names the story's subject first: its first mention counts
	// twice, and a tie goes to the one named first.
	counts := map[string]int{}
	best, bestN := -1, 0
	for i := 0; i < len(d.ents) && d.ents[i].e <= at; i++ {
		if d.ents[i].kind != k {
			continue
		}
		if len(counts) == 0 {
			counts[d.ents[i].name]++
		}
		counts[d.ents[i].name]++
		if n := counts[d.ents[i].name]; n > bestN {
			best, bestN = i, n
		}
	}
	if best < 0 {
		return entMention{}, false
	}
	return d.ents[best], true
}

// recent returns the last entity mention before byte at, within maxBack
// sentences, that ok accepts.
func (x *extraction) recent(at int, s *sentence, ok func(*entMention) bool) (entMention, bool) {
	d := x.d
	si := x.sentenceOfToken(s.a)
	floor := 0
	if si-maxBack >= 0 {
		floor = d.toks[x.sents[si-maxBack].a].s
	}
	for i := d.firstEntity(at) - 1; i >= 0 && d.ents[i].s >= floor; i-- {
		if m := &d.ents[i]; m.e <= at && ok(m) {
			return *m, true
		}
	}
	return entMention{}, false
}

// sentenceOfToken returns the index of the sentence whose tokens start at
// token a.
func (x *extraction) sentenceOfToken(a int) int {
	lo, hi := 0, len(x.sents)
	for lo < hi {
		m := (lo + hi) / 2
		if x.sents[m].a < a {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

var (
	orgDescriptions     = setOf(`company firm group bank carrier airline maker automaker retailer insurer lender utility producer operator ministry agency party organisation organization team club committee council board court alliance coalition bloc union federation association concern conglomerate giant newspaper network broadcaster league regime`)
	countryDescriptions = setOf(`country nation kingdom republic`)
	placeDescriptions   = setOf(`state city region province island capital town village`)
)

// titleOnly are titles one holder at a time bears, that a text gives its
// holder before calling them "the president": no other person is meant.
var titleOnly = setOf(`president king queen pope premier chancellor mayor governor emir sultan`)

// expletiveVerbs follow an "it" that stands for no one: "it seems", "it is
// clear", "it takes time".
var expletiveVerbs = setOf(`be seem appear happen look remain take mean matter follow become`)

// plainDescription reports a description made of a role and at most a
// demonym or an adjective ("the president", "the Russian leader"), which
// refers back; "the Refounded Communist Party candidate" names someone new.
func (x *extraction) plainDescription(np *nphrase) bool {
	d := x.d
	for k := np.s + 1; k < np.head; k++ {
		if d.toks[k].pos == pNNP && !d.inGazetteer(k, k+1) || d.toks[k].pos == pCD {
			return false
		}
	}
	return np.head-np.s <= 2
}
