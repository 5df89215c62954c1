package timeline

// Event is one mention of something that happened, happens, is planned or
// is only supposed, in one document: a verb ("skipped"), an event noun ("the
// talks") or a predicate ("was invincible"), with what dates it and how
// sure that is.
type Event struct {
	ID         int64 // assigned by the store
	DocumentID int64

	// Trigger is the word that names the event as the text writes it;
	// TriggerStart and TriggerEnd are its byte offsets into Document.Text,
	// End exclusive. Lemma is its dictionary form ("skip", "talk").
	Trigger      string
	TriggerStart int
	TriggerEnd   int
	Lemma        string
	Class        EventClass
	Polarity     Polarity
	Modality     Modality

	// Mention is the index, into the mentions saved with the same document,
	// of the time expression that dates the event, or NoMention when the
	// publication date dates it or nothing does. The expression may sit in
	// an earlier sentence (narrative time).
	Mention int
	// Value, Interval and Granularity are the event's time: its mention's,
	// or the publication date's; Value is "" and Interval zero when the
	// event is undated.
	Value       string
	Interval    Interval
	Granularity Granularity
	// Relation says how the event stands to its time: on it, before or
	// after it, since it, until it, or by it at the latest.
	Relation Relation
	// AnchoredBy says where the time came from; Confidence (0 to 1) how
	// sure the anchoring is.
	AnchoredBy Anchoring
	Confidence float64

	// Phrase is a short clause around the trigger: its subject, the
	// trigger and its object. Sentence is the evidence; SentenceStart and
	// SentenceEnd are its byte offsets into Document.Text, End exclusive.
	Phrase        string
	Sentence      string
	SentenceStart int
	SentenceEnd   int

	// Participants are the named entities that take part in the event,
	// each with its role, in order of appearance.
	Participants []Participant
}

// NoMention is Event.Mention for an event no time expression dates.
const NoMention = -1

// Dated reports whether the event has a concrete time.
func (e *Event) Dated() bool { return !e.Interval.IsZero() }

// Actors returns the people and organisations taking part in the event, in
// order, each once.
func (e *Event) Actors() []Entity {
	return e.entities(func(p Participant) bool { return p.Kind != EntityPlace })
}

// Places returns the places taking part in the event (where it happened, or
// a place acted on), in order, each once.
func (e *Event) Places() []Entity {
	return e.entities(func(p Participant) bool { return p.Kind == EntityPlace })
}

func (e *Event) entities(keep func(Participant) bool) []Entity {
	var out []Entity
	for _, p := range e.Participants {
		if !keep(p) {
			continue
		}
		dup := false
		for _, o := range out {
			if o == p.Entity {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, p.Entity)
		}
	}
	return out
}

// EventClass is the TimeML class of an event.
type EventClass string

// The TimeML event classes.
const (
	ClassOccurrence EventClass = "OCCURRENCE" // something that happens: fell, attack, election
	ClassReporting  EventClass = "REPORTING"  // said, told, announced
	ClassState      EventClass = "STATE"      // was invincible, owns, remain
	ClassIAction    EventClass = "I_ACTION"   // an action about another event: tried, promised, ordered
	ClassIState     EventClass = "I_STATE"    // a mental state about another event: believes, wants, expects
	ClassAspectual  EventClass = "ASPECTUAL"  // began, continued, stopped
	ClassPerception EventClass = "PERCEPTION" // saw, heard
)

// EventClasses lists every class, in a stable order.
var EventClasses = []EventClass{ClassOccurrence, ClassReporting, ClassState, ClassIAction, ClassIState, ClassAspectual, ClassPerception}

// Polarity says whether the text asserts or denies the event.
type Polarity string

// Polarities.
const (
	PolarityPositive Polarity = "POS"
	PolarityNegative Polarity = "NEG" // did not attend, never happened
)

// Modality says how real the text holds the event to be.
type Modality string

// Modalities.
const (
	ModalityAsserted       Modality = "asserted"       // it happened or happens: met, is meeting
	ModalityPlanned        Modality = "planned"        // intended, scheduled or expected: will meet, plans to meet
	ModalityPossible       Modality = "possible"       // may meet, could meet
	ModalityHypothetical   Modality = "hypothetical"   // if they meet, would meet
	ModalityCounterfactual Modality = "counterfactual" // had he been re-elected, would have met
)

// Modalities lists every modality, in a stable order.
var Modalities = []Modality{ModalityAsserted, ModalityPlanned, ModalityPossible, ModalityHypothetical, ModalityCounterfactual}

// Relation is how an event stands to its time.
type Relation string

// Relations, a closed set. TimeML equivalents: on = IS_INCLUDED, DURING,
// SIMULTANEOUS; before = BEFORE; after = AFTER; since = BEGUN_BY; until =
// ENDED_BY; by = BEFORE or at the latest within the time (a deadline).
const (
	RelationOn     Relation = "on"     // on Monday, in January, last week
	RelationBefore Relation = "before" // before the vote, two days before Monday
	RelationAfter  Relation = "after"  // after the election
	RelationSince  Relation = "since"  // since 1992: began then and goes on
	RelationUntil  Relation = "until"  // until March: ends then
	RelationBy     Relation = "by"     // by 2027: no later than
)

// Relations lists every relation, in a stable order.
var Relations = []Relation{RelationOn, RelationBefore, RelationAfter, RelationSince, RelationUntil, RelationBy}

// Anchoring says where an event's time came from.
type Anchoring string

// Anchorings.
const (
	AnchoredByExpression  Anchoring = "expression"  // a time expression of its own sentence
	AnchoredByNarrative   Anchoring = "narrative"   // the time a story is told at, carried from an earlier sentence
	AnchoredByPublication Anchoring = "publication" // the publication date (headlines, reports, the recent past)
	AnchoredByNone        Anchoring = "none"        // undated: the text gives no basis for a date
)

// Anchorings lists every anchoring, in a stable order.
var Anchorings = []Anchoring{AnchoredByExpression, AnchoredByNarrative, AnchoredByPublication, AnchoredByNone}

// EntityKind says what an entity is.
type EntityKind string

// Entity kinds.
const (
	EntityPerson       EntityKind = "person"
	EntityOrganization EntityKind = "organization"
	EntityPlace        EntityKind = "place"
)

// Entity is a person, organisation or place named in a document.
type Entity struct {
	Name string // canonical name: "Vladimir Putin", "Russia"
	Kind EntityKind
}

// Role is the part a participant plays in an event.
type Role string

// Roles.
const (
	RoleAgent     Role = "agent"     // who does it: the subject of an active verb, "by X" of a passive
	RolePatient   Role = "patient"   // who or what it is done to: the object, the subject of a passive
	RoleRecipient Role = "recipient" // told X, spoke to X, gave X
	RoleCoAgent   Role = "co-agent"  // spoke with X, talks with X, X and Y met
	RolePlace     Role = "place"     // where it happened: in Geneva, Turkey's talks
)

// Roles lists every role, in a stable order.
var Roles = []Role{RoleAgent, RolePatient, RoleRecipient, RoleCoAgent, RolePlace}

// Participant is an entity taking part in an event.
type Participant struct {
	Entity
	Role Role
	// Alias is the other name the text used for the entity here ("ICRC",
	// "Putin", "Kellogg"), "" when it used the canonical name or a pronoun.
	Alias string `json:",omitempty"`
}
