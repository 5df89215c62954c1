package extract

import (
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// event is an event while it is being built: its trigger token, where it
// sits in the parse, and what is known of its time.
type event struct {
	tok    int // trigger token
	si     int // sentence
	group  int // its verb group in the sentence, -1 for a noun
	np     int // its noun phrase in the sentence, -1 for a verb
	clause int

	lemma    string
	class    timeline.EventClass
	negated  bool
	modality timeline.Modality
	tense    tense
	perfect  bool
	finite   bool

	// Its time: the mention that dates it (-1 for none), the relation, how
	// it was found and how sure.
	mention    int
	publishing bool // dated by the publication date
	relation   timeline.Relation
	anchoring  timeline.Anchoring
	confidence float64

	// light is the event noun a light verb takes ("held talks"): folded
	// into the verb's event, -1 when none.
	light int
}

// dated reports whether the event has a time yet.
func (e *event) dated() bool { return e.mention >= 0 || e.publishing }

// detect finds the events of sentence si: the main verb of each verb group
// (the predicate of a copula is not a verb event), and the heads of noun
// phrases that are event nouns.
func (x *extraction) detect(si int) {
	d, s := x.d, &x.sents[si]
	first := len(x.events)
	// Noun phrases folded into a light verb.
	consumed := x.consumed[:0]
	for range s.nps {
		consumed = append(consumed, false)
	}
	x.consumed = consumed
	for gi := range s.groups {
		g := &s.groups[gi]
		h := g.head
		t := &d.toks[h]
		if t.men || !t.pos.verb() || g.copula || d.invertedHad(s, gi) {
			continue
		}
		lemma := d.lemma(h)
		if lemma == "have" && g.object < 0 || lemma == "do" && g.object < 0 || d.modifierParticiple(s, g) || notEventVerbs[d.lower(h)] {
			continue // an auxiliary left alone ("as he did"), "based in", "compared with"
		}
		e := event{tok: h, si: si, group: gi, np: -1, clause: g.clause, lemma: lemma, class: verbClass(lemma),
			negated: g.negated, tense: g.tense, perfect: g.perfect, finite: g.finite, mention: -1, light: -1}
		if lightVerbs[lemma] && g.object >= 0 && x.isEventNoun(s, g.object) {
			e.light = g.object
			consumed[g.object] = true
		}
		x.events = append(x.events, e)
	}
	for ni := range s.nps {
		np := &s.nps[ni]
		h := np.head
		t := &d.toks[h]
		if consumed[ni] || t.men || !(t.pos == pNN || t.pos == pNNS) || !x.isEventNoun(s, ni) {
			continue
		}
		lemma := d.lemma(h)
		e := event{tok: h, si: si, group: -1, np: ni, clause: s.clauseOf[h-s.a], lemma: lemma, class: nounClass(lemma),
			negated: d.is(np.s, "no"), mention: -1, light: -1}
		x.events = append(x.events, e)
	}
	// Keep the sentence's events in text order.
	sortEvents(x.events[first:])
}

// isEventNoun reports whether the head of noun phrase ni names an event.
func (x *extraction) isEventNoun(s *sentence, ni int) bool {
	d := x.d
	h := s.nps[ni].head
	t := &d.toks[h]
	if t.pos != pNN && t.pos != pNNS {
		return false
	}
	if t.evn == 0 {
		t.evn = 2
		if eventNouns[d.lower(h)] || eventNouns[d.lemma(h)] {
			t.evn = 1
		}
	}
	return t.evn == 1
}

// invertedHad reports the verb group "had" of an inverted conditional,
// "had he been re-elected": not an event itself; the participle after the
// subject is, counterfactual.
func (d *doc) invertedHad(s *sentence, gi int) bool {
	g := &s.groups[gi]
	if g.e-g.s != 1 || !d.is(g.s, "had") || gi+1 >= len(s.groups) {
		return false
	}
	next := &s.groups[gi+1]
	between := next.s - g.e
	return between >= 1 && between <= 3 && (d.toks[g.e].pos == pPRP || d.toks[g.e].pos == pNNP) &&
		(d.toks[next.s].pos == pVBN || d.is(next.s, "been"))
}

// sortEvents orders events by trigger token (insertion sort: a sentence has
// a handful).
func sortEvents(es []event) {
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && es[j].tok < es[j-1].tok; j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}

// extraction is the state of one Events call.
type extraction struct {
	d        *doc
	mentions []timeline.Mention
	dct      time.Time
	sents    []sentence
	events   []event
	// mentionToks[i] is the token span of mention i, {-1,-1} when it is
	// not in any sentence or dates nothing.
	mentionToks []span
	// bySentence[si] lists the dating mentions in sentence si.
	bySentence [][]int
	// eventsOf[si] is the first event of sentence si; eventsOf[len] = len(events).
	eventsOf []int
	// subjects[si] is the person subject of sentence si's main clause, if any.
	subjects []string
	consumed []bool // scratch of detect
	out      []byte // scratch of phrase
	keep     []int  // scratch of phrase
}

// notEventVerbs are verb forms that name no event: particles the lexicon
// also lists as verbs, and contractions.
var notEventVerbs = setOf(`down up out off back over 's ’s`)

// modifierParticiple reports a participle that works as a preposition or
// an adjective after a noun: "based in Paris", "compared with last year",
// "related to", "known as".
func (d *doc) modifierParticiple(s *sentence, g *vgroup) bool {
	if g.e-g.s != 1 || g.head+1 >= s.b {
		return false
	}
	next := d.lower(g.head + 1)
	switch d.lower(g.head) {
	case "based":
		return next == "in" || next == "on" || next == "at"
	case "compared":
		return next == "with" || next == "to"
	case "related":
		return next == "to"
	case "known":
		return next == "as"
	}
	return false
}
