package extract

import (
	"strings"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// storyReach is how many sentences after the one that gave it the story's
// time carries over a paragraph break: news wires write a paragraph a
// sentence, and "Iran condemned the bombing on Saturday. / Its spokesman
// said ..." tells one day.
const storyReach = 1

// wireReach is storyReach in a text whose paragraphs are mostly single
// sentences, as wire and market reports are written: there a paragraph
// break says little, and the day told carries until a new time or a shift
// of tense ("Stocks fell on Friday. / LIN surged 4 5/8. / Intel eased").
const wireReach = 4

// wireParagraphs reports a text of five paragraphs or more, at least
// two thirds of them a single sentence.
func (x *extraction) wireParagraphs() bool {
	paragraphs, single, run := 0, 0, 0
	for si := range x.sents {
		if si > 0 && x.paragraphBreak(si) {
			paragraphs++
			if run == 1 {
				single++
			}
			run = 0
		}
		run++
	}
	if len(x.sents) > 0 {
		paragraphs++
		if run == 1 {
			single++
		}
	}
	return paragraphs >= 5 && 3*single >= 2*paragraphs
}

// narrate dates, in text order, what no time expression of its own
// sentence dated: events told in the past after a sentence that gave the
// story's time take that time (until the paragraph ends, a new time comes
// or the tense shifts); the content of a present-tense report takes the
// report's time; reports, headlines and present-tense events take the
// publication date; other past events are put before it, weakly. What is
// planned, possible or supposed, and everything when the publication date
// is unknown, stays undated unless a time expression dates it.
func (x *extraction) narrate() {
	story := -1 // the mention giving the story's time, -1 when none
	age := 0    // sentences since the story's time was last given
	reach := storyReach
	if x.wireParagraphs() {
		reach = wireReach
	}
	breaks := 0 // paragraph breaks since the story's time was last given
	for si := range x.sents {
		age++
		if si > 0 && x.paragraphBreak(si) {
			breaks++
			if age > reach {
				story = -1
			}
		}
		conf := confNarrative
		if breaks > storyReach {
			conf = confThroughVerb // carried far in a wire text: weaker
		}
		evs := x.events[x.eventsOf[si]:x.eventsOf[si+1]]
		s := &x.sents[si]
		// The sentence sets the story's time when a main-clause event in
		// the past is dated by one of its own expressions.
		newStory, shift := -1, false
		for i := range evs {
			e := &evs[i]
			if !x.mainLine(s, e) || e.group < 0 || !e.finite {
				continue
			}
			switch {
			case e.anchoring == timeline.AnchoredByExpression && e.relation == timeline.RelationOn &&
				e.tense == tensePast && !e.perfect && !yearBack(x.mentions[e.mention].Text):
				newStory = e.mention
			case e.tense == tensePresent && e.class != timeline.ClassReporting || e.tense == tenseFuture || e.perfect && e.tense == tensePresent:
				shift = true
			}
		}
		// What the sentence tells first, then what hangs on it (a report's
		// content, a participle), which may take its time.
		for pass := 0; pass < 2; pass++ {
			for i := range evs {
				e := &evs[i]
				if e.dated() || x.mainLine(s, e) != (pass == 0) || e.group < 0 && e.np >= 0 && pass == 0 {
					continue
				}
				switch {
				case story >= 0 && e.tense == tensePast && !e.perfect && e.modality == timeline.ModalityAsserted &&
					(x.mainLine(s, e) || s.clauses[e.clause].kind == clAdverbial) && !x.lasting(s, e) &&
					(e.class != timeline.ClassReporting || x.recentStory(story)):
					x.date(e, story, timeline.RelationOn, timeline.AnchoredByNarrative, conf)
				case x.reportedNow(s, evs, e), x.fromGovernor(s, evs, e):
				default:
					x.published(si, s, e)
				}
			}
		}
		// A participle before its main verb ("Addressing the ceremony,
		// Orban said") takes the time the main verb got after it.
		for i := range evs {
			if e := &evs[i]; !e.dated() && s.clauses[e.clause].kind == clParticipial {
				x.fromGovernor(s, evs, e)
			}
		}
		x.nounsFromVerbs(s, evs)
		switch {
		case newStory >= 0:
			story, age, breaks = newStory, 0, 0
		case shift:
			story = -1
		}
	}
}

// recentStory reports whether mention m, the story's time, is a day of
// the week before publication: only then does a report ("the company
// said") take it. A report told after an older or vaguer time ("for the
// year ended March 31", "in 1949") is the reporter's, of the publication.
func (x *extraction) recentStory(m int) bool {
	iv := x.mentions[m].Interval
	return !x.dct.IsZero() && iv.End.Sub(iv.Start) <= 24*time.Hour && iv.End.After(x.dct.AddDate(0, 0, -7))
}

// yearBack reports "a year earlier", "a year ago": in a report of results
// the year-ago figure, after which the story is back in the present
// period ("A year earlier it earned $2.4 million. Sales rose 4%.").
func yearBack(text string) bool {
	t := strings.ToLower(text)
	return (strings.HasPrefix(t, "a year") || strings.HasPrefix(t, "the year")) &&
		(strings.HasSuffix(t, "earlier") || strings.HasSuffix(t, "ago") || strings.HasSuffix(t, "before"))
}

// nounsFromVerbs dates the event nouns no expression dated by the verb
// of their clause: "officers were present at the ceremony", "used her
// speech".
func (x *extraction) nounsFromVerbs(s *sentence, evs []event) {
	for i := range evs {
		e := &evs[i]
		if e.group >= 0 || e.np < 0 || e.dated() || e.modality != timeline.ModalityAsserted {
			continue
		}
		best := -1
		for j := range evs {
			v := &evs[j]
			if v.group < 0 || v.clause != e.clause || !v.dated() || v.publishing {
				continue
			}
			if x.takesPart(s, v, e) {
				best = j
				break
			}
		}
		if best >= 0 {
			x.copyTime(e, &evs[best], min(evs[best].confidence, confThroughVerb))
		}
	}
}

// mainLine reports an event of the main clause or of a coordinate of it,
// or of a participle hanging on it: what a sentence tells, not what it
// reports, supposes or describes.
func (x *extraction) mainLine(s *sentence, e *event) bool {
	for c := e.clause; c >= 0; c = s.clauses[c].parent {
		switch s.clauses[c].kind {
		case clMain:
			return true
		case clParticipial, clInfinitive:
			continue
		default:
			return false
		}
	}
	return true
}

// reportedNow dates the content of a report in the present tense ("the
// ministry said on Monday that talks are under way") by the report, and
// reports whether it did.
func (x *extraction) reportedNow(s *sentence, evs []event, e *event) bool {
	c := &s.clauses[e.clause]
	if c.kind != clComplement || c.governor < 0 || e.tense != tensePresent || e.perfect || e.modality != timeline.ModalityAsserted {
		return false
	}
	for i := range evs {
		r := &evs[i]
		if r.group == c.governor && r.dated() && r.class == timeline.ClassReporting && r.relation == timeline.RelationOn {
			if r.publishing {
				e.publishing, e.mention = true, -1
			} else {
				e.mention = r.mention
			}
			e.relation, e.anchoring, e.confidence = timeline.RelationOn, r.anchoring, confReported
			return true
		}
	}
	return false
}

// published dates event e by the publication date where the tense allows:
// a report or a present-tense event is on that date, a past event before
// it; a headline is on it.
func (x *extraction) published(si int, s *sentence, e *event) {
	if x.dct.IsZero() || e.modality != timeline.ModalityAsserted {
		return
	}
	headline := si == 0 && x.headline()
	main := x.mainLine(s, e)
	switch {
	case headline && (e.group < 0 || !e.perfect):
		x.publish(e, timeline.RelationOn, confPublished)
	case e.group < 0 && e.np < 0 && main:
		x.publish(e, timeline.RelationOn, confPublished) // "according to officials": a report of the day
	case e.group < 0:
		// A noun dated by nothing in its sentence: the verb that acts on it
		// was not dated either.
	case !e.finite:
	case e.class == timeline.ClassReporting && main && !e.perfect:
		x.publish(e, timeline.RelationOn, confPublished)
	case e.tense == tensePresent && !e.perfect && (main || s.clauses[e.clause].kind == clRelative):
		conf := confPublished
		if x.d.quoted(s.a, e.tok) {
			conf = confQuotedPresent // "I feel ...", "do we have to despair?"
		}
		x.publish(e, timeline.RelationOn, conf)
	case e.tense == tensePast || e.tense == tensePresent && e.perfect:
		x.publish(e, timeline.RelationBefore, confRecentPast)
	}
}

func (x *extraction) publish(e *event, rel timeline.Relation, conf float64) {
	e.mention, e.publishing = -1, true
	e.relation, e.anchoring, e.confidence = rel, timeline.AnchoredByPublication, conf
}

// headline reports a first sentence that is a headline: a line of its own
// without a final full stop.
func (x *extraction) headline() bool {
	if len(x.d.sents) < 2 {
		return false
	}
	s := x.d.sents[0]
	line := x.d.text[s.Start:s.End]
	gap := x.d.text[s.End:x.d.sents[1].Start]
	return strings.Contains(gap, "\n") && !strings.HasSuffix(line, ".") && len(line) < 160
}

// paragraphBreak reports a paragraph break before sentence si: a blank
// line, or a line break in a text whose lines are paragraphs (not
// hard-wrapped).
func (x *extraction) paragraphBreak(si int) bool {
	gap := x.d.text[x.d.sents[si-1].End:x.d.sents[si].Start]
	if strings.Count(gap, "\n") >= 2 {
		return true
	}
	return strings.Contains(gap, "\n") && !x.d.wrapped
}

// fromGovernor dates an event by the event its clause hangs on, and
// reports whether it did: a participle takes its main verb's time
// ("Speaking from the White House, he said on Monday"), and what a report
// dated to a day says happened takes that day, less surely ("said on
// Monday he had held a call").
func (x *extraction) fromGovernor(s *sentence, evs []event, e *event) bool {
	c := &s.clauses[e.clause]
	if c.governor < 0 || e.modality != timeline.ModalityAsserted {
		return false
	}
	var gov *event
	for i := range evs {
		if evs[i].group == c.governor {
			gov = &evs[i]
		}
	}
	if gov == nil || !gov.dated() || gov.relation != timeline.RelationOn {
		return false
	}
	switch {
	case c.kind == clParticipial:
		x.copyTime(e, gov, confClause)
		return true
	case c.kind == clComplement && gov.class == timeline.ClassReporting && gov.mention >= 0 &&
		(e.tense == tensePast || e.perfect) && x.dayOrFiner(gov.mention):
		x.copyTime(e, gov, confReportedPast)
		return true
	}
	return false
}

// copyTime gives e the time of g.
func (x *extraction) copyTime(e, g *event, conf float64) {
	e.mention, e.publishing = g.mention, g.publishing
	e.relation, e.anchoring, e.confidence = g.relation, g.anchoring, conf
}

// dayOrFiner reports a mention of a day or part of one.
func (x *extraction) dayOrFiner(mi int) bool {
	switch x.mentions[mi].Granularity {
	case timeline.GranularityDay, timeline.GranularityPartOfDay, timeline.GranularityHour, timeline.GranularityMinute:
		return true
	}
	return false
}

// ppOf reports whether noun phrase np is the object of a preposition right
// after verb group g or after its object: "present at the ceremony",
// "used her speech to".
func (x *extraction) ppOf(s *sentence, g *vgroup, np int) bool {
	n := &s.nps[np]
	if n.prep < 0 {
		return false
	}
	after := g.e
	if g.object >= 0 {
		after = s.nps[g.object].e
	}
	for k := after; k < n.prep; k++ {
		if p := x.d.toks[k].pos; p != pRB && p != pJJ && !(p == pPunct && x.d.isQuote(k)) {
			return false
		}
	}
	return true
}

// takesPart reports whether event noun n happens with verb event v, so that
// v's time is n's: the verb is what the event does or undergoes ("the talks
// began", "the attack killed 12"), or takes part in it ("attended the
// ceremony", "held talks", "were present at the ceremony"). What a verb
// reports, wants or judges ("denounced torture", "plans talks") is not
// dated by it.
func (x *extraction) takesPart(s *sentence, v, n *event) bool {
	if v.group < 0 || n.group >= 0 {
		return false
	}
	g := &s.groups[v.group]
	switch {
	case v.light == n.np:
		return true
	case g.subject == n.np:
		return v.class == timeline.ClassOccurrence || v.class == timeline.ClassAspectual
	case g.object == n.np:
		return participationVerbs.has(v.lemma) || v.class == timeline.ClassAspectual
	case x.ppOf(s, g, n.np):
		return participationVerbs.has(v.lemma) || g.copula
	}
	return false
}

// participationVerbs take part in the event they take as object or
// complement: attended the summit, won the election, joined the talks.
var participationVerbs = setOf(`attend host hold join lead win lose boycott stage conduct skip miss open close
	mark celebrate observe address chair sign enter leave quit survive witness cover watch fight wage
	play perform organise organize launch finish complete call convene arrive speak participate take`)

// lasting reports an event whose clause gives it a duration or makes it a
// habit ("was ruled from Moscow for centuries", "met every week"): no day of
// the story is its time.
func (x *extraction) lasting(s *sentence, e *event) bool {
	for _, k := range x.spans[x.sentenceOfToken(s.a)] {
		if s.clauseOf[k-s.a] == e.clause {
			return true
		}
	}
	return false
}
