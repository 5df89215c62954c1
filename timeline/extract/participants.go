package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
)

// participants finds who takes part in event e and in which role: the
// subject and object of a verb (the other way round in the passive, with
// "by" naming the agent), "with", "to" and place phrases after it; the
// possessor of an event noun and its "of", "by", "with" and place phrases.
// Pronouns and descriptions ("he", "the company") resolve to the entity they
// stand for.
func (x *extraction) participants(e *event) []timeline.Participant {
	d, s := x.d, &x.sents[e.si]
	out := d.pscratch[:0]
	addEntity := func(m entMention, role timeline.Role) {
		if m.kind == timeline.EntityPlace && (role == timeline.RoleCoAgent || role == timeline.RoleRecipient) &&
			!(role == timeline.RoleRecipient && (tellLemma.has(e.lemma) || e.lemma == "call")) {
			role = timeline.RolePlace // went to France; but "told Russia", "called on Israel" address a country
		}
		out = appendParticipant(out, timeline.Participant{Entity: timeline.Entity{Name: m.name, Kind: m.kind}, Role: role,
			Alias: x.alias(m)})
	}
	addCoordinated := func(np int, role timeline.Role) {
		if role != timeline.RoleAgent && np+1 < len(s.nps) && s.nps[np+1].possessor == np {
			np++ // "told Ukraine's President Zelenskyy": the president, not Ukraine
		}
		for _, n := range x.coordinated(s, np) {
			head := &d.toks[s.nps[n].head]
			for _, m := range x.npEntities(s, n) {
				if m.kind == timeline.EntityPlace && role != timeline.RolePlace && (head.s >= m.e || head.e <= m.s) && !d.lowIn(s.nps[n].head, governmentHeads) {
					continue // "US Secretary of State Albright", "U.S. oil companies": the place only qualifies
				}
				addEntity(m, role)
			}
		}
	}
	if e.group >= 0 {
		g := &s.groups[e.group]
		subjRole, objRole := timeline.RoleAgent, timeline.RolePatient
		if g.passive {
			subjRole = timeline.RolePatient
		}
		if tellLemma.has(e.lemma) {
			objRole = timeline.RoleRecipient
		}
		if g.subject >= 0 {
			addCoordinated(g.subject, subjRole)
		}
		if g.object >= 0 && g.object != g.subject {
			addCoordinated(g.object, objRole)
		}
		if e.light >= 0 {
			x.nounArguments(s, e.light, addCoordinated, addEntity, false)
		}
		x.verbPPs(s, g, e.clause, addCoordinated)
		if x.framed(s, e) && !x.d.quoted(s.a, e.tok) {
			// "In Kuwait, the Iraqis have rimmed the capital": a place
			// opening the sentence is where its main events happen (not
			// what a quotation in it says).
			if np := x.frontedPlace(s); np >= 0 {
				x.addPlaces(s, np, addCoordinated)
			}
		}
	} else if e.np >= 0 {
		x.nounArguments(s, e.np, addCoordinated, addEntity, true)
		if !hasRole(out, timeline.RoleAgent) {
			if g := x.framingSpeaker(s, e); g >= 0 {
				addCoordinated(g, timeline.RoleAgent) // "In a post on Monday, Mr Trump said"
			}
		}
	} else if np := x.npAfter(s, e.tok+2); np >= 0 {
		addCoordinated(np, timeline.RoleAgent) // according to X: X reports
	}
	return d.keepParticipants(out)
}

// tellLemma are verbs whose object is who is told: told Russian media,
// informed the board.
var tellLemma = setOf(`tell inform assure remind warn notify brief ask thank phone email text`)

// patientNouns name something done to their possessor: "his capture",
// "its founding", "Mandela's release".
var patientNouns = setOf(`capture arrest detention release killing murder assassination death execution
	election reelection appointment nomination dismissal firing ouster removal kidnapping abduction
	founding creation funeral trial conviction sentencing indictment acquittal impeachment defeat
	injury wounding rescue evacuation expulsion deportation extradition acquisition takeover purchase
	sale bailout liberation invasion occupation annexation bombing shelling`)

// verbPPs adds the entities of the prepositional phrases after verb group g
// in its clause: "with" (co-agent), "to" (recipient), "by" (agent of a
// passive), "in", "at", "near" (place).
func (x *extraction) verbPPs(s *sentence, g *vgroup, clause int, add func(int, timeline.Role)) {
	d := x.d
	// Phrases are in text order: start at the first after the group and
	// stop past the window, rather than test every phrase of the sentence
	// for every verb.
	lo, hi := 0, len(s.nps)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); s.nps[m].s >= g.e {
			hi = m
		} else {
			lo = m + 1
		}
	}
	for ni := lo; ni < len(s.nps) && s.nps[ni].s-g.e <= 12; ni++ {
		np := &s.nps[ni]
		if np.prep < 0 || s.clauseOf[np.s-s.a] != clause {
			continue
		}
		switch d.lower(np.prep) {
		case "with":
			add(ni, timeline.RoleCoAgent)
		case "to":
			add(ni, timeline.RoleRecipient)
		case "by":
			if g.passive {
				add(ni, timeline.RoleAgent)
			}
		case "in", "at", "near", "inside", "outside", "across":
			x.addPlaces(s, ni, add)
		case "against", "on", "into", "over":
			switch {
			case d.is(np.prep, "on") && np.prep == g.e && d.lemma(g.head) == "call":
				add(ni, timeline.RoleRecipient) // called on Israel to continue
			case g.object < 0:
				add(ni, timeline.RolePatient) // voted against the bill, attacked on Kyiv
			}
		}
	}
}

// nounArguments adds the participants of the event noun of phrase ni: its
// possessor (Trump's call) and the phrases after it (the invasion of
// Ukraine, talks with Putin, the summit in Geneva).
func (x *extraction) nounArguments(s *sentence, ni int, add func(int, timeline.Role), addEntity func(entMention, timeline.Role), possessor bool) {
	d := x.d
	np := &s.nps[ni]
	// The possessor does the event ("Trump's call"), or undergoes it when
	// the noun names what is done to someone ("his capture").
	owner := timeline.RoleAgent
	if d.lemmaIn(np.head, patientNouns) {
		owner = timeline.RolePatient
	}
	if possessor && np.possessor >= 0 {
		add(np.possessor, owner)
	}
	if possessor && d.toks[np.s].pos == pPRPS {
		if m, ok := x.pronounAt(s, np.s); ok {
			m.referred = true
			addEntity(m, owner) // his call
		}
	}
	// Names inside the phrase before the noun: "the Turkey talks", "a US
	// strike".
	for _, m := range x.entitiesIn(d.toks[np.s].s, d.toks[np.head].s) {
		role := timeline.RoleAgent
		if m.kind == timeline.EntityPlace {
			role = timeline.RolePlace
		}
		addEntity(m, role)
	}
	// Phrases after the noun, while they chain: "talks with Putin in Geneva".
	for k := np.e; k < s.b; {
		if d.toks[k].pos != pIN && d.toks[k].pos != pTO {
			break
		}
		next := s.npAt[min(k+1, s.b-1)-s.a]
		if k+1 >= s.b || next < 0 || s.nps[next].s != k+1 {
			break
		}
		switch d.lower(k) {
		case "of", "on", "against":
			add(next, timeline.RolePatient)
		case "by":
			add(next, timeline.RoleAgent)
		case "with", "between":
			add(next, timeline.RoleCoAgent)
		case "to":
			add(next, timeline.RoleRecipient)
		case "in", "at", "near":
			x.addPlaces(s, next, add)
		}
		k = s.nps[next].e
	}
}

// addPlaces adds the places named in phrase ni as where the event happened.
func (x *extraction) addPlaces(s *sentence, ni int, add func(int, timeline.Role)) {
	for _, m := range x.npEntities(s, ni) {
		if m.kind == timeline.EntityPlace {
			add(ni, timeline.RolePlace)
			return
		}
	}
}

// coordinated returns noun phrase ni with the phrases joined to it by
// "and" or commas: "Siemens and Alstom", "France, Germany and Italy".
func (x *extraction) coordinated(s *sentence, ni int) []int {
	d := x.d
	out := append(d.intList(), ni)
	and := false
	// Left: "Siemens and [Alstom]" when ni is the last of a list.
	for cur := ni; ; {
		k := s.nps[cur].s - 1
		if k <= s.a || !(d.is(k, "and") || d.isComma(k)) {
			break
		}
		end := k
		if k-1 > s.a && d.gluedPeriod(k-1) {
			end = k - 1 // "International Business Machines Corp. and Compaq"
		}
		prev := s.npAt[end-1-s.a]
		if prev < 0 || s.nps[prev].e != end || s.nps[prev].prep >= 0 && s.nps[prev].prep != s.nps[ni].prep && !opensClauseWord(d.lower(s.nps[prev].prep)) {
			break
		}
		and = and || d.is(k, "and")
		out = append(out, prev)
		cur = prev
	}
	// Right: "[Siemens] and Alstom".
	for cur := ni; ; {
		k := s.nps[cur].e
		if k+2 < s.b && d.gluedPeriod(k) {
			k++
		}
		if k+1 >= s.b || !(d.is(k, "and") || d.isComma(k)) {
			break
		}
		next := s.npAt[k+1-s.a]
		if next < 0 || s.nps[next].s != k+1 {
			break
		}
		and = and || d.is(k, "and")
		out = append(out, next)
		cur = next
	}
	if !and {
		out = out[:1] // commas alone set off an apposition or a clause
	}
	return d.endInts(out)
}

// opensClauseWord reports whether w opens a clause whose subject follows
// it, so that it is no preposition of its noun phrase: "while IBM and
// Compaq say".
func opensClauseWord(w string) bool {
	_, ok := subordinators[w]
	return ok
}

// gluedPeriod reports whether token k is the period of an abbreviation
// inside a sentence: written right after its word ("Corp.", "Inc.").
func (d *doc) gluedPeriod(k int) bool {
	return k > 0 && d.punct(k) == "." && d.toks[k].s == d.toks[k-1].e
}

// npEntities returns the entities noun phrase ni stands for: those named in
// it (a name with a demonym before it counts once: "Russian leader Vladimir
// Putin" is Putin), or, for a pronoun or a description ("he", "the
// company"), the entity it refers back to.
//
// While build runs, the document's analysis no longer changes, and the
// answer for a phrase is remembered: half the calls ask again about a
// phrase another event of the sentence asked about.
func (x *extraction) npEntities(s *sentence, ni int) []entMention {
	d := x.d
	if !x.memoOn {
		return x.npEntitiesOf(s, ni)
	}
	k := s.nps[ni].s // phrases start at distinct tokens
	if r := x.memo[k]; r.a >= 0 {
		return d.endEnts(append(d.entList(), x.memoEnts[r.a:r.b]...))
	}
	ms := x.npEntitiesOf(s, ni)
	a := len(x.memoEnts)
	x.memoEnts = append(x.memoEnts, ms...)
	x.memo[k] = span{a, len(x.memoEnts)}
	return ms
}

// npEntitiesOf is npEntities, worked out.
func (x *extraction) npEntitiesOf(s *sentence, ni int) []entMention {
	d := x.d
	np := &s.nps[ni]
	from, to := d.toks[np.s].s, d.toks[np.e-1].e
	ms := x.entitiesIn(from, to)
	if len(ms) == 0 {
		// A name that runs on past the phrase: "The International Committee
		// [of the Red Cross]".
		head := d.toks[np.head]
		for i := d.firstEntity(from); i < len(d.ents) && d.ents[i].s <= head.s; i++ {
			if m := d.ents[i]; m.s >= from && head.e <= m.e {
				return d.oneEnt(m)
			}
		}
		// A name the chunker cut in two: "[the European Bank for
		// Reconstruction and] [Development] held".
		if i := d.firstEntity(from) - 1; i >= 0 && d.ents[i].e >= head.e && d.ents[i].s < from && d.toks[np.head].pos == pNNP {
			return d.oneEnt(d.ents[i])
		}
	}
	if m, ok := x.governedPlace(np, ms); ok {
		return d.oneEnt(m)
	}
	if len(ms) == 1 && np.e-np.s == 2 && d.is(np.s, "the") && x.demonym(&ms[0]) && ms[0].s == d.toks[np.head].s && !strings.HasSuffix(d.lower(np.head), "s") {
		// "The Spaniard", "the Briton": a person the text named, not Spain
		// ("the Iraqis" are Iraq).
		if m, ok := x.person(d.toks[np.s].s, s, false); ok {
			m.referred = true
			return d.oneEnt(m)
		}
		return nil
	}
	if d.lowIn(np.head, orgFollowers) && np.head > np.s && len(ms) > 0 && np.prep < 0 && !d.toks[np.s].poss && d.toks[np.s].pos != pPRPS {
		// "The Lloyd's List International newspaper said", "the Acme
		// company announced": the organisation the name before the noun
		// names; not "a post on his Truth Social platform".
		if m := ms[len(ms)-1]; m.kind == timeline.EntityOrganization && m.e == d.toks[np.head-1].e {
			return d.oneEnt(m)
		}
	}
	if d.toks[np.head].pos != pNNP {
		// "European leaders", "US taxpayer dollars": a name that only
		// modifies a common noun is no participant.
		head := d.toks[np.head]
		keep := d.entList()
		for _, m := range ms {
			if m.s <= head.s && head.e <= m.e {
				keep = append(keep, m)
			}
		}
		ms = d.endEnts(keep)
	}
	if len(ms) > 1 {
		// Keep the entity at the head, else the people and organisations.
		head := d.toks[np.head]
		for _, m := range ms {
			if m.s <= head.s && head.e <= m.e {
				return d.oneEnt(m)
			}
		}
		keep := d.entList()
		for _, m := range ms {
			if m.kind != timeline.EntityPlace {
				keep = append(keep, m)
			}
		}
		if keep := d.endEnts(keep); len(keep) > 0 {
			return keep
		}
		return ms[len(ms)-1:]
	}
	if len(ms) == 1 {
		return ms
	}
	if m, ok := x.refersTo(s, ni); ok {
		m.referred = true
		return d.oneEnt(m)
	}
	// "Secretary of State Madeleine Albright": a title whose name comes
	// after "of ...".
	if h := np.head; d.fl(h)&fTitle != 0 && d.toks[h].capital() {
		end := min(s.b, np.e+5)
		for i := d.firstEntity(d.toks[np.e-1].e); i < len(d.ents) && d.ents[i].s < d.toks[end-1].e; i++ {
			if d.ents[i].kind == timeline.EntityPerson {
				return d.oneEnt(d.ents[i])
			}
		}
	}
	// "with Russian leader Vladimir Putin": a role noun, then the name it
	// introduces.
	if h := np.head; d.fl(h)&(fRole|fTitle) != 0 && d.toks[h].shape == shLower && ni+1 < len(s.nps) &&
		s.nps[ni+1].s == np.e && d.toks[s.nps[ni+1].head].pos == pNNP {
		return x.npEntities(s, ni+1)
	}
	return nil
}

// entitiesIn returns the entity mentions inside bytes [from, to).
func (x *extraction) entitiesIn(from, to int) []entMention {
	d := x.d
	out := d.entList()
	for i := d.firstEntity(from); i < len(d.ents) && d.ents[i].s < to; i++ {
		if d.ents[i].e <= to {
			out = append(out, d.ents[i])
		}
	}
	return d.endEnts(out)
}

// alias returns the name the text wrote for entity mention m when it is
// not the canonical name: "ICRC", "Putin"; "" for pronouns and
// descriptions, which are no names.
func (x *extraction) alias(m entMention) string {
	if m.referred || m.e <= m.s || m.e > len(x.d.text) {
		return ""
	}
	w := x.d.text[m.s:m.e]
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if w == m.name || !utf8.ValidString(w) || len(w) < 2 {
		return ""
	}
	if p, ok := gazetteer[strings.ToLower(w)]; ok && p.demonym {
		return "" // "the Cuban government": an adjective, no name of Cuba
	}
	for f := range strings.FieldsSeq(w) {
		if !unicode.IsUpper(firstRune(f)) && !runConnectors.has(f) && f != "the" {
			return "" // "Russian leader" describes; it is no name
		}
	}
	return w
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// appendParticipant appends p unless the same entity is already there in
// the same role.
func appendParticipant(ps []timeline.Participant, p timeline.Participant) []timeline.Participant {
	for _, o := range ps {
		if o == p {
			return ps
		}
	}
	return append(ps, p)
}

// frontedPlace returns the noun phrase of a place phrase opening the
// sentence ("In Kuwait, ..."), -1 when none.
func (x *extraction) frontedPlace(s *sentence) int {
	d := x.d
	k := s.a
	for k < s.b && d.isQuote(k) {
		k++
	}
	if k+2 >= s.b || !(d.is(k, "in") || d.is(k, "at")) {
		return -1
	}
	np := s.npAt[k+1-s.a]
	if np < 0 || s.nps[np].s != k+1 || s.nps[np].e >= s.b || !d.isComma(s.nps[np].e) {
		return -1
	}
	return np
}

// governmentHeads are nouns for the people who act for a country: a
// country stands for its government ("the Cuban government urged", "the
// U.S. government's decision", "Cuba's government exhorted").
var governmentHeads = setOf(`government regime authorities leadership`)

// governedPlace returns the place that names whose government the noun
// phrase np is, from the entities ms in it: the one place before its head.
func (x *extraction) governedPlace(np *nphrase, ms []entMention) (entMention, bool) {
	d := x.d
	if !d.lowIn(np.head, governmentHeads) || len(ms) != 1 || ms[0].kind != timeline.EntityPlace {
		return entMention{}, false
	}
	if ms[0].e > d.toks[np.head].s {
		return entMention{}, false
	}
	return ms[0], true
}

// framedNouns are what a speaker says something in: "In a statement, the
// ministry said", "In a post on his platform, Mr Trump said".
var framedNouns = setOf(`post letter message tweet broadcast address attack column article editorial`)

// framingSpeaker returns the subject of the main clause for event noun e
// when e is what that subject speaks in, opening the sentence ("In a long
// verbal attack, Saddam called Bush a liar"); -1 otherwise.
func (x *extraction) framingSpeaker(s *sentence, e *event) int {
	d := x.d
	np := &s.nps[e.np]
	if np.prep < 0 || !d.is(np.prep, "in") || !(reportingNoun.has(e.lemma) || framedNouns.has(e.lemma)) {
		return -1
	}
	for j := s.a; j < np.prep; j++ {
		if !d.isQuote(j) && d.toks[j].pos != pRB && !d.toks[j].men && !(d.is(j, "on") || d.is(j, "earlier") || d.is(j, "later")) {
			return -1 // only "Earlier on Monday in a post": nothing else before
		}
	}
	for gi := range s.groups {
		g := &s.groups[gi]
		if s.clauses[g.clause].kind == clMain && g.subject >= 0 && s.nps[g.subject].s > np.e {
			return g.subject
		}
	}
	return -1
}

func hasRole(ps []timeline.Participant, r timeline.Role) bool {
	for _, p := range ps {
		if p.Role == r {
			return true
		}
	}
	return false
}
