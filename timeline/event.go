package timeline

// Event is something that happened (or will), dated by one mention.
type Event struct {
	ID         int64 // assigned by the store
	DocumentID int64
	// Mention is the index into the mentions saved with the same document.
	Mention int
	// Phrase is a short description of what happened, built around the verb
	// or event noun the time expression attaches to.
	Phrase string
	// Sentence is the evidence; SentenceStart and SentenceEnd are its byte
	// offsets into Document.Text, End exclusive.
	Sentence      string
	SentenceStart int
	SentenceEnd   int
	Actors        []Entity
	Places        []Entity
}

// EntityKind says what an entity is.
type EntityKind string

// Entity kinds.
const (
	EntityPerson       EntityKind = "person"
	EntityOrganization EntityKind = "organization"
	EntityPlace        EntityKind = "place"
)

// Entity is an actor or a place named in an event's sentence.
type Entity struct {
	Name string // canonical name: "Vladimir Putin", "Russia"
	Kind EntityKind
}
