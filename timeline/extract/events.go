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
		if g.copula && !t.men {
			// "was responsible", "are willing to": a state the copula
			// predicates.
			if k := x.predicateAdjective(s, g); k >= 0 {
				lemma := d.lower(k)
				class := timeline.ClassState
				if d.lowIn(k, intentionAdjectives) {
					class = timeline.ClassIState
				}
				x.events = append(x.events, event{tok: k, si: si, group: gi, np: -1, clause: g.clause, lemma: lemma, class: class,
					negated: g.negated, tense: g.tense, perfect: g.perfect, finite: g.finite, mention: -1, light: -1})
			}
			continue
		}
		if t.men || !t.pos.verb() || d.invertedHad(s, gi) {
			continue
		}
		lemma := d.lemma(h)
		if lemma == "have" && g.object < 0 || lemma == "do" && g.object < 0 || d.modifierParticiple(s, g) || d.lowIn(h, notEventVerbs) ||
			d.noEventVerb(s, h, lemma) {
			continue // an auxiliary left alone ("as he did"), "based in", "compared with"
		}
		e := event{tok: h, si: si, group: gi, np: -1, clause: g.clause, lemma: lemma, class: d.verbClassOf(h),
			negated: g.negated, tense: g.tense, perfect: g.perfect, finite: g.finite, mention: -1, light: -1}
		if lemma == "make" && h+2 < s.b && d.is(h+1, "it") && d.lowIn(h+2, declaringAdjectives) {
			e.class = timeline.ClassReporting // "made it clear that"
		}
		if d.lemmaIn(h, reportingIfContent) && g.object >= 0 && !g.passive && s.nps[g.object].prep < 0 && d.toks[s.nps[g.object].head].pos != pPRP {
			e.class = timeline.ClassOccurrence // "would add three lines", "wrote a book"
		}
		if d.lemmaIn(h, lightVerbs) && g.object >= 0 && x.isEventNoun(s, g.object) {
			e.light = g.object
			consumed[g.object] = true
		}
		if d.lemmaIn(h, lightVerbs) && g.passive && g.finite && g.subject >= 0 && x.isEventNoun(s, g.subject) {
			e.light = g.subject // "the vote was held": one event
			consumed[g.subject] = true
		}
		x.events = append(x.events, e)
	}
	// "according to": a report without a verb.
	for k := s.a; k+1 < s.b; k++ {
		if d.is(k, "according") && d.is(k+1, "to") {
			x.events = append(x.events, event{tok: k, si: si, group: -1, np: -1, clause: s.clauseOf[k-s.a], lemma: "accord",
				class: timeline.ClassReporting, mention: -1, light: -1})
		}
	}
	for ni := range s.nps {
		np := &s.nps[ni]
		h := np.head
		t := &d.toks[h]
		if consumed[ni] || t.men || !(t.pos == pNN || t.pos == pNNS) || !x.isEventNoun(s, ni) {
			continue
		}
		lemma := d.lemma(h)
		e := event{tok: h, si: si, group: -1, np: ni, clause: s.clauseOf[h-s.a], lemma: lemma, class: d.nounClassOf(h),
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
		w := d.lower(h)
		if len(w) >= 3 && !d.lowIn(h, notEventNouns) && (d.lowIn(h, eventNouns) || d.lemmaIn(h, eventNouns)) {
			t.evn = 1
		}
	}
	return t.evn == 1
}

// notEventNouns are plurals and readings of event nouns that name things:
// "sales" are an amount where "the sale" is an event; "aides" are people.
var notEventNouns = setOf(`sales earnings operations trading payments shipments shares stock stocks results
	exiles aides holdings proceeds savings winnings findings dealings offerings surroundings
	down up back out off forces command mix file instrument`)

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
	// bySentence[si] lists the dating mentions in sentence si; spans[si]
	// the first tokens of its durations and sets.
	bySentence [][]int
	spans      [][]int
	// eventsOf[si] is the first event of sentence si; eventsOf[len] = len(events).
	eventsOf []int
	// subjects[si] is the person subject of sentence si's main clause, if any.
	subjects []string
	consumed []bool // scratch of detect
	out      []byte // scratch of phrase
	keep     []int  // scratch of phrase
	trigger  int    // the token of the event whose phrase is being rendered
	// memo remembers npEntities while build runs (memoOn): by the first
	// token of a phrase, the range of its entities in memoEnts, {-1,-1}
	// when not asked yet.
	memo     []span
	memoEnts []entMention
	memoOn   bool
}

// noEventVerb reports a verb form at token h that names no event of its
// own: the "going" of "is going to change", a location ("is based in",
// "N.J.-based").
func (d *doc) noEventVerb(s *sentence, h int, lemma string) bool {
	switch lemma {
	case "go":
		return d.is(h, "going") && h+2 < s.b && d.is(h+1, "to") && d.toks[h+2].pos == pVB
	case "base":
		return h+1 < s.b && (d.is(h+1, "in") || d.is(h+1, "on") || d.is(h+1, "at")) || h > s.a && d.punct(h-1) == "-"
	}
	return false
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

// predicateAdjective returns the adjective a copula group predicates, when
// it names a state that begins and ends (responsible, willing, dead), else
// -1.
func (x *extraction) predicateAdjective(s *sentence, g *vgroup) int {
	d := x.d
	k := g.e
	for k < s.b && d.toks[k].pos == pRB {
		k++
	}
	if k >= s.b || d.toks[k].pos != pJJ && d.toks[k].pos != pVBN || d.toks[k].men {
		return -1
	}
	if d.lowIn(k, stateAdjectives) || d.lowIn(k, intentionAdjectives) {
		return k
	}
	return -1
}

// declaringAdjectives make "made it ..." a statement: "made it clear that".
var declaringAdjectives = setOf(`clear plain known public obvious explicit`)

// stateAdjectives and intentionAdjectives are the predicates news reports as
// states of a time: "was responsible", "is willing to".
var (
	stateAdjectives = setOf(`responsible due eligible available alive dead ill sick injured wounded missing
		guilty innocent liable vulnerable aware involved present absent open closed free safe unable
		unemployed bankrupt insolvent profitable independent unclear uncertain confident optimistic
		pessimistic concerned worried critical stable pregnant married divorced`)
	intentionAdjectives = setOf(`willing unwilling able ready eager likely unlikely prepared determined reluctant
		keen anxious hopeful certain sure afraid`)
)
