package extract

import "github.com/timeline-dev/timeline/timeline"

// modality decides how real the text holds each event of sentence si, and
// whether it denies it, from the verb group's modal and the clauses it
// depends on. Events are visited in text order, so a governor (before its
// infinitive or complement) is decided first.
func (x *extraction) modality(si int) {
	d, s := x.d, &x.sents[si]
	evs := x.events[x.eventsOf[si]:x.eventsOf[si+1]]
	conditional := false // the sentence has an if-clause
	for _, c := range s.clauses {
		if c.kind == clConditional {
			conditional = true
		}
	}
	// Verbs first: their own modal, then what governs them (a governor
	// may come after what it governs: a trailing "he said"). Nouns last,
	// from their verb.
	for i := range evs {
		e := &evs[i]
		e.modality = timeline.ModalityAsserted
		if e.group < 0 {
			continue
		}
		if e.group > 0 && d.invertedHad(s, e.group-1) {
			e.modality = timeline.ModalityCounterfactual // had he been re-elected
			continue
		}
		e.modality = x.groupModality(s, &s.groups[e.group], conditional)
	}
	for i := range evs {
		if e := &evs[i]; e.group >= 0 {
			x.governed(s, evs, e)
		}
	}
	x.intensional(s, evs)
	for i := range evs {
		if e := &evs[i]; e.group < 0 && e.np >= 0 {
			x.governed(s, evs, e)
			x.nounModality(s, evs, e)
		}
	}
}

// groupModality reads a verb group's modal: will → planned, would →
// planned in a report, hypothetical with a condition, counterfactual with a
// perfect; may, might, could, can → possible; should, must → hypothetical.
func (x *extraction) groupModality(s *sentence, g *vgroup, conditional bool) timeline.Modality {
	c := &s.clauses[g.clause]
	switch {
	case g.goingTo:
		return timeline.ModalityPlanned
	case g.modal == "will" || g.modal == "shall":
		if c.kind == clConditional {
			return timeline.ModalityHypothetical
		}
		return timeline.ModalityPlanned
	case g.modal == "would" || g.modal == "'d":
		if g.perfect {
			return timeline.ModalityCounterfactual // would never have happened
		}
		if conditional || c.kind == clConditional {
			return timeline.ModalityHypothetical
		}
		if x.inReport(s, g.clause) {
			return timeline.ModalityPlanned // said talks would begin
		}
		return timeline.ModalityHypothetical
	case g.modal == "may" || g.modal == "might" || g.modal == "could" || g.modal == "can":
		if g.negated && (g.modal == "could" || g.modal == "can") {
			return timeline.ModalityAsserted // could not attend: did not
		}
		if g.modal == "could" && g.perfect {
			return timeline.ModalityCounterfactual // could have won
		}
		return timeline.ModalityPossible
	case g.modal == "should" || g.modal == "must" || g.modal == "ought":
		return timeline.ModalityHypothetical
	}
	if c.kind == clConditional {
		if g.perfect && g.tense == tensePast {
			return timeline.ModalityCounterfactual // if he had won
		}
		return timeline.ModalityHypothetical
	}
	return timeline.ModalityAsserted
}

// inReport reports whether clause c is (inside) the content of a report.
func (x *extraction) inReport(s *sentence, c int) bool {
	for ; c >= 0; c = s.clauses[c].parent {
		cl := &s.clauses[c]
		if cl.kind == clComplement && cl.governor >= 0 && reportingLemma[x.d.lemma(s.groups[cl.governor].head)] {
			return true
		}
	}
	return false
}

// governed applies what the event's clause depends on: an infinitive of
// "plans to", "tried to", "refused to"; a complement or infinitive of an
// event that is itself not a fact.
func (x *extraction) governed(s *sentence, evs []event, e *event) {
	d := x.d
	c := &s.clauses[e.clause]
	if c.kind != clInfinitive && c.kind != clComplement && c.kind != clParticipial {
		return
	}
	if c.kind == clParticipial && e.group >= 0 && d.toks[s.groups[e.group].head].pos == pVBN && !s.groups[e.group].finite {
		// A past participle describing the subject is a fact before the
		// main verb, however hypothetical that is: "The plan, first
		// proposed in 2019, would add three lines".
		return
	}
	if c.kind == clInfinitive && e.group >= 0 && s.groups[e.group].finite && d.toks[s.groups[e.group].head].pos == pVBD {
		// A past-tense verb the parse left inside an infinitive ("tried
		// to flee, was caught and confessed") joins the governor: it is
		// told, not intended.
		return
	}
	var gov *event
	govLemma := ""
	switch {
	case c.governor >= 0:
		govLemma = d.lemma(s.groups[c.governor].head)
		for i := range evs {
			if evs[i].group == c.governor {
				gov = &evs[i]
			}
		}
		if gov == nil {
			// A copula or adjective governs: "is due to", "ready to".
			if k := s.groups[c.governor].e; k < s.b && (d.toks[k].pos == pJJ || d.toks[k].pos == pVBN) {
				govLemma = d.lower(k)
			}
		}
	case c.nounGov >= 0:
		govLemma = d.lemma(s.nps[c.nounGov].head)
		if i := eventAt(evs, s.nps[c.nounGov].head); i >= 0 {
			gov = &evs[i]
		}
	}
	if c.kind == clInfinitive && e.modality == timeline.ModalityAsserted {
		switch {
		case refuseGovernors[govLemma]:
			e.negated = !e.negated
		case tryGovernors[govLemma]:
			e.modality = timeline.ModalityPossible
		case planGovernors[govLemma] || c.nounGov >= 0 && intendingNoun[govLemma]:
			e.modality = timeline.ModalityPlanned
		case aspectualLemma[govLemma] || govLemma == "manage" || govLemma == "help":
			// began to, managed to: as real as the governor.
		case d.rankedComplement(s, c):
			// "the first country to land on the far side": it did.
		case c.governor < 0 && c.parent >= 0 && valueChangeGroup(d, s, d.lastGroupIn(s, c.parent, c.s)):
			// Where a value ended: "rose $2.50 a share to close at $117".
		case gov == nil && c.nounGov < 0 && c.governor < 0:
			e.modality = timeline.ModalityPlanned // a bare purpose: "to help Ukraine"
		default:
			e.modality = timeline.ModalityPlanned
		}
	}
	// Not more real than what it depends on.
	if gov != nil && gov.modality != timeline.ModalityAsserted && e.modality == timeline.ModalityAsserted {
		e.modality = gov.modality
	}
}

// nounModality gives an event noun the modality of the verb it is the
// subject or object of: "will hold talks", "talks would begin".
func (x *extraction) nounModality(s *sentence, evs []event, e *event) {
	for i := range evs {
		v := &evs[i]
		if v.group < 0 || v.clause != e.clause {
			continue
		}
		g := &s.groups[v.group]
		if g.object == e.np || g.subject == e.np || v.light == e.np {
			// "will hold talks", "talks would begin"; but the invasion that
			// "would never have happened" had it not been for ... did.
			if v.modality != timeline.ModalityAsserted && v.modality != timeline.ModalityCounterfactual {
				e.modality = v.modality
			}
			return
		}
	}
}

// intensional keeps the intensional classes (I_ACTION: tried, offered,
// decided; and their nouns) for events that take another event as
// complement ("offered to buy", "a decision to close"); with a plain
// object they are occurrences ("offered $5", "the decision").
func (x *extraction) intensional(s *sentence, evs []event) {
	for i := range evs {
		e := &evs[i]
		if e.class != timeline.ClassIAction && !(e.class == timeline.ClassReporting && reportingIfContent[e.lemma]) {
			continue
		}
		governs := false
		for ci := range s.clauses {
			c := &s.clauses[ci]
			if e.group >= 0 && c.governor == e.group || e.np >= 0 && c.nounGov == e.np {
				governs = true
				break
			}
		}
		if !governs {
			e.class = timeline.ClassOccurrence
		}
	}
}

// valueChangeGroup reports a verb group gi (-1 for none) whose verb moves a
// value: rose, fell, closed up.
func valueChangeGroup(d *doc, s *sentence, gi int) bool {
	return gi >= 0 && valueChangeLemma[d.lemma(s.groups[gi].head)]
}

// rankedPhrase reports a noun phrase that ranks what it names: "the first
// country", "the only leader", "the last company" (to do something).
func (d *doc) rankedPhrase(s *sentence, ni int) bool {
	np := &s.nps[ni]
	for k := np.s; k < np.head; k++ {
		switch d.lower(k) {
		case "first", "last", "only", "second", "third", "fourth", "fifth", "latest":
			return true
		}
	}
	return false
}

// rankedComplement reports an infinitive clause c that says what a ranked
// noun did: "the first country to land", "became the first to".
func (d *doc) rankedComplement(s *sentence, c *clause) bool {
	if c.kind != clInfinitive {
		return false
	}
	if c.nounGov >= 0 && d.rankedPhrase(s, c.nounGov) {
		return true
	}
	if c.governor < 0 {
		return false
	}
	obj := s.groups[c.governor].object
	return obj >= 0 && s.nps[obj].e == c.s && d.rankedPhrase(s, obj)
}
