package extract

import (
	"slices"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
)

// Confidence of each way of dating an event.
const (
	confAttached     = 0.9  // the time expression modifies the event
	confClause       = 0.75 // it modifies another event of the clause, or frames the sentence
	confReported     = 0.6  // a present-tense report's content takes the report's time
	confReportedPast = 0.5  // what a report of the day says happened: that day
	confNarrative    = 0.55 // the story's time, carried from an earlier sentence
	confPublished    = 0.6  // a report or a present-tense event, dated by publication
	confRecentPast   = 0.3  // a past event with no other clue: before publication
	// A present-tense event in quoted speech: what a speaker feels or
	// thinks as they speak is seldom an event of the day.
	confQuotedPresent = 0.4
	// A noun dated only through the verb it takes part in ("skipped
	// negotiations in Turkey last week"): the verb's row already shows it.
	confThroughVerb = 0.45
)

// documentNouns name texts and rules whose date is their own: "the 1952
// land law" dates the law, not "the move to revise" it.
var documentNouns = setOf(`law act treaty constitution accord agreement pact contract bill budget resolution
	census rule regulation charter convention protocol statute decree ordinance`)

// makesDocument are the verbs that make a document on its date: "signed
// the 1987 treaty".
var makesDocument = setOf(`sign pass adopt approve enact ratify issue publish release draft write conclude reach
	negotiate introduce unveil announce present submit file name`)

// signals maps the word before a time expression to the relation it gives
// the event: "since 1992", "until March", "by 2027".
var signals = map[string]timeline.Relation{
	"since": timeline.RelationSince, "until": timeline.RelationUntil, "till": timeline.RelationUntil,
	"through": timeline.RelationUntil, "thru": timeline.RelationUntil, "by": timeline.RelationBy,
	"before": timeline.RelationBefore, "after": timeline.RelationAfter, "following": timeline.RelationAfter,
	"from": timeline.RelationSince, "starting": timeline.RelationSince, "beginning": timeline.RelationSince,
	"between": timeline.RelationSince,
}

// twoWordSignals are signals of two words: "prior to", "ahead of".
var twoWordSignals = map[string]timeline.Relation{
	"prior to": timeline.RelationBefore, "ahead of": timeline.RelationBefore, "earlier than": timeline.RelationBefore,
	"later than": timeline.RelationAfter, "up to": timeline.RelationUntil, "up until": timeline.RelationUntil,
	"as of": timeline.RelationOn, "as from": timeline.RelationSince, "effective from": timeline.RelationSince,
}

// attach dates the events of sentence si by the time expressions in it.
func (x *extraction) attach(si int) {
	d, s := x.d, &x.sents[si]
	evs := x.events[x.eventsOf[si]:x.eventsOf[si+1]]
	if len(evs) == 0 {
		return
	}
	for _, mi := range x.bySentence[si] {
		sp := x.mentionToks[mi]
		ms, me := sp.a, sp.b
		if x.rangeEnd(s, ms) {
			continue // "between 2018 and 2021": the range starts at its first date
		}
		rel, sigStart := x.relationAt(s, ms)
		if x.comparison(s, sigStart, rel) {
			continue // "its first loss since 2001" dates nothing
		}
		target, how := x.target(s, evs, ms, me, sigStart)
		switch how {
		case attachNone:
			continue
		case attachFrame:
			// "On Monday, ..." and "Earlier on Monday in a post ...,":
			// every event of the main clause and its coordinates.
			for i := range evs {
				e := &evs[i]
				if x.framed(s, e) && (!e.dated() || e.confidence < confClause) {
					x.date(e, mi, rel, timeline.AnchoredByExpression, confClause)
				}
			}
			if target >= 0 {
				x.date(&evs[target], mi, rel, timeline.AnchoredByExpression, confAttached)
			}
			x.nounsBehindVerbs(s, evs, mi)
		default:
			x.date(&evs[target], mi, rel, timeline.AnchoredByExpression, confAttached)
			x.shareClause(s, evs, target, mi, rel)
			x.shareGovernor(s, evs, target, mi, rel)
		}
		x.whenClause(s, evs, mi, me)
	}
	_ = d
}

// shareGovernor gives the verb an infinitive or participle hangs on the
// time of that complement when the two are one event in time: an
// aspectual verb ("began raising its stake in July") or a change of value
// and where it ended ("rose $2.50 to close at $117 yesterday"), or a rank
// and what earned it ("became the first country to land there in 2019").
func (x *extraction) shareGovernor(s *sentence, evs []event, t, mi int, rel timeline.Relation) {
	c := &s.clauses[evs[t].clause]
	gi := -1
	switch tg := evs[t].group; {
	case tg > 0 && s.groups[tg-1].e == s.groups[tg].s && s.groups[tg-1].clause == evs[t].clause:
		gi = tg - 1 // "began raising", in one clause
	case c.kind != clInfinitive && c.kind != clParticipial || c.parent < 0:
		return
	case c.governor >= 0:
		gi = c.governor
	default:
		gi = x.d.lastGroupIn(s, c.parent, c.s)
	}
	for i := range evs {
		g := &evs[i]
		if g.group == gi && gi >= 0 && !g.dated() && (aspectualLemma[g.lemma] || valueChangeLemma[g.lemma] || x.d.rankedComplement(s, c)) {
			x.date(g, mi, rel, timeline.AnchoredByExpression, confClause)
		}
	}
}

// valueChangeLemma are verbs of a value that moves, whose infinitive says
// where it ended: "rose 3% to close at 117".
var valueChangeLemma = setOf(`rise fall gain lose drop climb slip decline ease jump surge soar plunge tumble
	advance retreat slide sink edge inch rally fluctuate`)

// whenClause dates the events of a "when" clause right after the time
// expression ending at token me by it: "since January, when the company
// unveiled its robots", "in 1998, when the war ended".
func (x *extraction) whenClause(s *sentence, evs []event, mi, me int) {
	d := x.d
	k := me
	if k < s.b && d.isComma(k) {
		k++
	}
	if k+1 >= s.b || !d.is(k, "when") {
		return
	}
	c := s.clauseOf[k+1-s.a]
	for i := range evs {
		e := &evs[i]
		if e.clause == c && e.tok > k && (!e.dated() || e.confidence < confClause) {
			x.date(e, mi, timeline.RelationOn, timeline.AnchoredByExpression, confClause)
		}
	}
}

// date gives event e the time of mention mi.
func (x *extraction) date(e *event, mi int, rel timeline.Relation, how timeline.Anchoring, conf float64) {
	e.mention, e.publishing = mi, false
	e.relation, e.anchoring, e.confidence = rel, how, conf
}

// Ways a time expression attaches.
const (
	attachNone  = iota // it dates nothing
	attachEvent        // it modifies one event
	attachFrame        // it opens the sentence and frames its main clause
)

// relationAt reads the signal before the time expression starting at token
// ms; it returns the relation and the first token of the signal (ms when
// there is none).
func (x *extraction) relationAt(s *sentence, ms int) (timeline.Relation, int) {
	d := x.d
	// The tagger may have taken the signal into the expression.
	if r, ok := signals[d.lower(ms)]; ok && ms+1 < s.b && d.toks[ms+1].men {
		return r, ms
	}
	if ms-1 < s.a {
		return timeline.RelationOn, ms
	}
	if ms-2 >= s.a {
		if r, ok := twoWordSignals[d.lower(ms-2)+" "+d.lower(ms-1)]; ok {
			return r, ms - 2
		}
	}
	if r, ok := signals[d.lower(ms-1)]; ok && d.toks[ms-1].shape == shLower {
		if d.is(ms-1, "from") && x.rangeFollows(s, ms) {
			return timeline.RelationOn, ms - 1 // from May 5 to 7 is a range
		}
		return r, ms - 1
	}
	if d.toks[ms-1].pos == pIN || d.toks[ms-1].pos == pTO {
		return timeline.RelationOn, ms - 1
	}
	return timeline.RelationOn, ms
}

// rangeEnd reports the second date of "between X and Y" starting at ms.
func (x *extraction) rangeEnd(s *sentence, ms int) bool {
	d := x.d
	if ms-2 < s.a || !d.is(ms-1, "and") || !d.toks[ms-2].men {
		return false
	}
	k := ms - 2
	for k > s.a && d.toks[k-1].men {
		k--
	}
	return k > s.a && d.is(k-1, "between")
}

// rangeFollows reports "to" or "until" right after the expression at ms:
// "from Monday to Friday".
func (x *extraction) rangeFollows(s *sentence, ms int) bool {
	d := x.d
	k := ms
	for k < s.b && d.toks[k].men {
		k++
	}
	return k < s.b && (d.is(k, "to") || d.is(k, "until") || d.is(k, "through") || d.is(k, "and"))
}

// comparison reports a "since" that measures a record, not a time of the
// event: "its first quarterly loss since 2001", "the highest since March".
func (x *extraction) comparison(s *sentence, sig int, rel timeline.Relation) bool {
	if rel != timeline.RelationSince {
		return false
	}
	d := x.d
	for k := sig - 1; k >= s.a && k >= sig-8; k-- {
		t := &d.toks[k]
		if t.pos.verb() && t.pos != pVBN || t.pos == pPunct {
			return false
		}
		w := d.lower(k)
		if w == "first" || w == "last" || w == "only" || w == "most" || w == "least" ||
			t.pos == pJJ && strings.HasSuffix(w, "est") && len(w) > 4 {
			return true
		}
	}
	return false
}

// target finds the event the time expression at tokens [ms, me) modifies,
// among the sentence's events evs (an index into evs, -1 when none), and
// how it attaches.
func (x *extraction) target(s *sentence, evs []event, ms, me, sig int) (int, int) {
	d := x.d
	// 1. A premodifier: "Friday's accident", "the 2020 election", "last
	// year's congress". Only an event noun takes the date; "the 1971
	// Convention" dates nothing.
	if me < s.b && (d.toks[me-1].poss || sig > s.a && (d.toks[sig-1].pos == pDT || d.toks[sig-1].pos == pPRPS) && sig == ms) {
		if np := s.npAt[me-s.a]; np >= 0 && s.nps[np].s == me || np >= 0 && d.toks[me].pos != pPunct && s.nps[np].s <= me {
			if i := eventAt(evs, s.nps[np].head); i >= 0 {
				return i, attachEvent
			}
			// "attended a Sunday night memorial service": a thing of that
			// day dates what is done to it; "the 1971 Convention", a name,
			// dates nothing.
			if d.toks[s.nps[np].head].pos != pNNP {
				document := documentNouns[d.lemma(s.nps[np].head)]
				for i := range evs {
					if document && !makesDocument[evs[i].lemma] {
						continue // "the move to revise the 1952 law": the law's year
					}
					if g := evs[i].group; g >= 0 && (s.groups[g].object == np || s.groups[g].subject == np) {
						return i, attachEvent
					}
				}
			}
			if !d.toks[me].pos.verb() {
				return -1, attachNone
			}
		}
	}
	c := s.clauseOf[ms-s.a]
	// 2. Opening the sentence or a main clause before its verb: a frame.
	if x.opensClause(s, c, sig) {
		if c == 0 || s.clauses[c].kind == clMain {
			return x.firstVerbEvent(s, evs, c, me), attachFrame
		}
	}
	// 3. Right after a noun phrase, through prepositions: "the call with
	// Mr Putin on Monday", "negotiations in Turkey last week".
	if i, ok := x.nounChain(s, evs, sig); ok {
		return i, attachEvent
	}
	// 4. The verb of its clause, or of the clause it opens.
	if i := x.clauseVerb(s, evs, c, ms); i >= 0 {
		return i, attachEvent
	}
	// 5. A clause without an event of its own (an introductory phrase, a
	// verbless aside): the main verb after it.
	if i := x.firstVerbEvent(s, evs, 0, me); i >= 0 {
		return i, attachEvent
	}
	return -1, attachNone
}

// opensClause reports a time expression (with its signal from sig) that
// comes before every verb of clause c: "On Monday, he said", "He on Monday
// said" is not one (a subject precedes).
func (x *extraction) opensClause(s *sentence, c, sig int) bool {
	d := x.d
	cl := &s.clauses[c]
	start := cl.s
	if cl.intro >= 0 && cl.intro == cl.s {
		start++
	}
	for k := start; k < sig; k++ {
		t := &d.toks[k]
		if t.pos == pPunct || t.men || t.pos == pRB || t.pos == pIN || t.pos == pCC || t.pos == pDT && k+1 < sig && d.toks[k+1].men {
			continue
		}
		if d.isQuote(k) {
			continue
		}
		return false
	}
	return true
}

// firstVerbEvent returns the first verb event of clause c (or of a
// coordinate of it) that starts at or after token from, -1 when none.
func (x *extraction) firstVerbEvent(s *sentence, evs []event, c, from int) int {
	for i := range evs {
		e := &evs[i]
		if e.group >= 0 && e.tok >= from && (e.clause == c || x.coordinateOf(s, e.clause, c)) {
			return i
		}
	}
	return -1
}

// coordinateOf reports whether clause a is c or a coordinate clause of c
// (same parent and kind, opened by "and" or "but").
func (x *extraction) coordinateOf(s *sentence, a, c int) bool {
	if a == c {
		return true
	}
	ca, cc := &s.clauses[a], &s.clauses[c]
	return ca.parent == cc.parent && ca.kind == cc.kind && ca.intro >= 0 && x.d.toks[ca.intro].pos == pCC
}

// framed reports whether event e sits in the sentence's main clause (or a
// coordinate of it, or a clause hanging on it that is neither a report's
// content nor a relative clause).
func (x *extraction) framed(s *sentence, e *event) bool {
	for c := e.clause; c >= 0; c = s.clauses[c].parent {
		switch s.clauses[c].kind {
		case clComplement, clRelative, clConditional:
			return false
		case clMain:
			return true
		}
	}
	return true
}

// nounChain follows the noun phrases before the signal at sig, through
// prepositions, to an event noun: "the call with Mr Putin on Monday" dates
// the call. When the first phrase of the chain is the object of a verb
// ("skipped negotiations in Turkey last week", "announced his resignation
// on Monday"), the verb takes the date instead.
func (x *extraction) nounChain(s *sentence, evs []event, sig int) (int, bool) {
	d := x.d
	k := sig - 1
	found := -1
	first := -1
	for k >= s.a {
		np := s.npAt[k-s.a]
		if np < 0 {
			break
		}
		n := &s.nps[np]
		if d.toks[n.head].men {
			break
		}
		first = np
		if i := eventAt(evs, n.head); i >= 0 {
			found = i
		}
		if n.prep < 0 || n.prep-1 < s.a {
			break
		}
		k = n.prep - 1
	}
	if first < 0 {
		return -1, false
	}
	// The chain's first phrase as the object of a verb (or joined to it:
	// "missed nine games and two playoff games last year"): the verb's date.
	objects := x.coordinated(s, first)
	for i := range evs {
		e := &evs[i]
		for _, o := range objects {
			if e.group >= 0 && s.groups[e.group].object == o || e.light == o {
				return i, true
			}
		}
	}
	// The chain's first phrase as a verb's prepositional complement:
	// "filed for bankruptcy protection in July 1988", "was charged with
	// murder Thursday": the verb's date too.
	if p := s.nps[first].prep; p-1 >= s.a {
		for i := range evs {
			if g := evs[i].group; g >= 0 && s.groups[g].e == p && s.groups[g].head == p-1 {
				return i, true
			}
		}
	}
	if found >= 0 {
		return found, true
	}
	return -1, false
}

// clauseVerb returns the verb event of clause c nearest the expression at
// ms: the last one before it, else the first after it.
func (x *extraction) clauseVerb(s *sentence, evs []event, c, ms int) int {
	before, after := -1, -1
	for i := range evs {
		e := &evs[i]
		if e.group < 0 || e.clause != c {
			continue
		}
		if e.tok < ms {
			before = i
		} else if after < 0 {
			after = i
		}
	}
	if before >= 0 {
		return before
	}
	return after
}

// shareClause gives the events of the clause of event t that have no time
// of their own (the noun a verb acts on, a verb that shares a noun's
// clause) the same time, less surely.
func (x *extraction) shareClause(s *sentence, evs []event, t, mi int, rel timeline.Relation) {
	c := evs[t].clause
	var nouns []int // the dated noun with those joined to it: "a blast and fire"
	if evs[t].np >= 0 {
		nouns = x.coordinated(s, evs[t].np)
	}
	for i := range evs {
		e := &evs[i]
		if i == t || e.dated() || e.clause != c {
			continue
		}
		// Only what the dated event acts on or is done by: the verb whose
		// subject a dated noun is ("the attack on Monday killed 12"), the
		// nouns a dated verb takes part with, the nouns joined to a dated
		// one.
		switch {
		case e.group >= 0 && evs[t].group >= 0:
			continue
		case e.group >= 0:
			if !slices.Contains(nouns, s.groups[e.group].subject) {
				continue
			}
		case e.np >= 0 && slices.Contains(nouns, e.np):
		case e.np < 0 || evs[t].group < 0:
			continue // a noun dates the verb it is the subject of, not other nouns
		case x.argumentOfOther(s, e.np, evs[t].group):
			continue // "The vote will be a key step in ... fighting in 1991"
		case x.timedApart(s, e):
			continue // "climbed on Thursday ahead of the meeting": the meeting is not on Thursday
		}
		conf := confClause
		if e.group < 0 && x.takesPart(s, &evs[t], e) {
			conf = confThroughVerb
		}
		x.date(e, mi, rel, timeline.AnchoredByExpression, conf)
		if e.group >= 0 {
			// "the attack on Monday killed 12": the verb's row says it all,
			// the nouns' rows would repeat it.
			for j := range evs {
				if n := &evs[j]; n.np >= 0 && n.mention == mi && slices.Contains(nouns, n.np) {
					n.confidence = min(n.confidence, confThroughVerb)
				}
			}
		}
	}
}

// argumentOfOther reports a noun phrase that is the subject or object of a
// verb group other than gi.
func (x *extraction) argumentOfOther(s *sentence, np, gi int) bool {
	for i := range s.groups {
		if g := &s.groups[i]; i != gi && (g.subject == np || g.object == np) {
			return true
		}
	}
	return false
}

// timedApart reports an event noun that a preposition of time sets before
// or after the event of its clause: "ahead of the meeting", "after the
// vote", "since the war".
func (x *extraction) timedApart(s *sentence, e *event) bool {
	p := s.nps[e.np].prep
	if p < 0 {
		return false
	}
	if _, ok := signals[x.d.lower(p)]; ok {
		return true
	}
	if p-1 >= s.a {
		if _, ok := twoWordSignals[x.d.lower(p-1)+" "+x.d.lower(p)]; ok {
			return true
		}
	}
	return false
}

// nounsBehindVerbs lowers the confidence of the nouns a frame dated that
// take part in a verb it dated too: "On Monday he held a call" shows the
// holding, and the call on its own would repeat it.
func (x *extraction) nounsBehindVerbs(s *sentence, evs []event, mi int) {
	for i := range evs {
		n := &evs[i]
		if n.group >= 0 || n.mention != mi || n.confidence != confClause {
			continue
		}
		for j := range evs {
			if v := &evs[j]; v.mention == mi && v.clause == n.clause && x.takesPart(s, v, n) {
				n.confidence = confThroughVerb
				break
			}
		}
	}
}

// eventAt returns the index in evs of the event whose trigger is token k.
func eventAt(evs []event, k int) int {
	for i := range evs {
		if evs[i].tok == k {
			return i
		}
	}
	return -1
}
