package extract

import (
	_ "embed"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
)

//go:embed eventnouns.txt
var eventNounsText string

// eventNouns are nouns that name events: the attack, talks, the election.
var eventNouns = map[string]bool{}

func init() {
	for _, line := range strings.Split(eventNounsText, "\n") {
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			eventNouns[line] = true
		}
	}
}

// Verb lemmas by TimeML event class; a verb in none of them is an
// OCCURRENCE.
var (
	reportingLemma = setOf(`say tell report announce state add claim confirm deny declare explain note write comment
		insist argue warn assert reveal disclose acknowledge admit testify quote describe indicate reply respond tweet
		post remark stress emphasize emphasise reiterate inform notify brief allege contend concede maintain mention
		recall repeat suggest predict estimate forecast cite complain boast answer`)
	// reportingIfContent report only with what they report ("wrote that",
	// "added: ..."); without it they are occurrences ("wrote a book").
	reportingIfContent = setOf(`add write argue answer complain predict estimate forecast recall describe post tweet
		brief cite boast respond comment`)
	thinkingLemma = setOf(`believe think suspect imagine doubt feel fear hope want wish expect plan intend
		anticipate foresee worry need require desire prefer like love hate dread consider know understand
		assume presume suppose guess reckon trust`)
	intendingLemma = setOf(`attempt try scramble investigate delay postpone defer avoid prevent cancel order persuade
		request beg command urge authorize authorise promise offer assure propose agree decide swear vow pledge
		threaten seek aim refuse decline fail allow permit let force oblige encourage invite approve reject
		accuse condemn criticize criticise blame nominate appoint elect vote demand call push press lobby
		negotiate prepare arrange schedule manage struggle strive continue`)
	aspectualLemma = setOf(`begin start initiate commence launch continue proceed resume restart stop end halt
		terminate cease discontinue interrupt quit finish complete conclude suspend keep`)
	perceptionLemma = setOf(`see watch glimpse view observe perceive hear listen overhear witness notice spot
		detect`)
	stateLemma = setOf(`be have own remain stay live exist belong contain consist lack cost weigh seem resemble mean
		depend deserve involve include total equal represent possess become`)
)

// verbClass returns the TimeML class of a verb lemma.
func verbClass(lemma string) timeline.EventClass {
	switch {
	case reportingLemma[lemma]:
		return timeline.ClassReporting
	case perceptionLemma[lemma]:
		return timeline.ClassPerception
	case aspectualLemma[lemma]:
		return timeline.ClassAspectual
	case thinkingLemma[lemma]:
		return timeline.ClassIState
	case intendingLemma[lemma]:
		return timeline.ClassIAction
	case stateLemma[lemma]:
		return timeline.ClassState
	}
	return timeline.ClassOccurrence
}

// Noun lemmas by class, for event nouns that are not occurrences.
var (
	reportingNoun = setOf(`statement announcement report remarks remark comment comments claim claims testimony
		interview speech briefing disclosure`)
	intendingNoun = setOf(`attempt effort bid request demand order offer proposal promise pledge threat decision
		investigation probe inquiry plan plans initiative campaign call appeal`)
	aspectualNoun = setOf(`beginning start end completion resumption continuation halt suspension cessation
		outset close`)
	stateNoun = setOf(`crisis war conflict recession peace occupation embargo ban sanctions shortage deficit
		unrest tension tensions`)
)

// nounClass returns the TimeML class of an event noun's lemma.
func nounClass(lemma string) timeline.EventClass {
	switch {
	case reportingNoun[lemma]:
		return timeline.ClassReporting
	case intendingNoun[lemma]:
		return timeline.ClassIAction
	case aspectualNoun[lemma]:
		return timeline.ClassAspectual
	case stateNoun[lemma]:
		return timeline.ClassState
	}
	return timeline.ClassOccurrence
}

// Governors of an infinitive or complement that make its event not (yet) a
// fact.
var (
	// planGovernors make it intended or expected: plans to visit, wants to
	// meet, is due to arrive, urged him to resign.
	planGovernors = setOf(`want hope plan intend aim expect seek wish promise pledge vow agree decide threaten ask
		urge order call propose offer prepare schedule set due going likely about slate scheduled expected poised
		ready eager determined willing arrange vote move choose elect opt need require push press encourage
		invite persuade allow permit authorize authorise tell instruct direct demand request`)
	// tryGovernors make it attempted: tried to flee.
	tryGovernors = setOf(`try attempt struggle strive scramble endeavour endeavor seek`)
	// refuseGovernors deny it: refused to attend, failed to reach.
	refuseGovernors = setOf(`refuse decline fail reject neglect forget`)
)

// lightVerbs take an event noun as object and say little themselves: held
// talks, made a decision, gave a speech. The noun is then part of the
// verb's event, not one of its own.
var lightVerbs = setOf(`have hold make take give conduct stage do undergo`)
