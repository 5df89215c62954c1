// Package timeml reads and writes TimeML documents in the TempEval-3 layout:
// a <TimeML> root holding <DOCID>, a <DCT> with the creation-time TIMEX3,
// an optional <TITLE> and a <TEXT> with inline TIMEX3, EVENT and SIGNAL
// annotations, followed by MAKEINSTANCE and TLINK elements. The text, its
// TIMEX3 and EVENT elements, the event instances and the temporal links are
// kept: timexes score the tagger, events and links score event dating.
package timeml

import "time"

// Doc is a parsed TimeML document.
type Doc struct {
	ID       string    // DOCID, else file base name set by caller
	DCT      time.Time // zero if none
	DCTValue string    // raw value attribute of the CREATION_TIME TIMEX3
	Title    string
	Text     string  // content of <TEXT> with all tags removed, entities decoded, whitespace preserved exactly
	Timexes  []Timex // gold TIMEX3 inside <TEXT>, in order
	Events   []Event // EVENT elements inside <TEXT>, in order
	// Instances are the MAKEINSTANCE elements, Links the TLINK elements, in
	// document order.
	Instances []Instance
	Links     []Link
}

// Timex is one TIMEX3 element of a document's text.
type Timex struct {
	Start, End                               int // BYTE offsets into Doc.Text, End exclusive
	Text, TID, Type, Value, Mod, Quant, Freq string
}

// Event is one EVENT element of a document's text.
type Event struct {
	Start, End int // BYTE offsets into Doc.Text, End exclusive
	Text       string
	EID        string
	Class      string // OCCURRENCE, REPORTING, STATE, I_ACTION, I_STATE, ASPECTUAL, PERCEPTION
}

// Instance is one MAKEINSTANCE element: an instance of an event, which links
// refer to, with its grammatical attributes.
type Instance struct {
	EIID, EventID                          string
	Tense, Aspect, Polarity, Modality, POS string
}

// Link is one TLINK element. From and To are the ids of its two sides: a
// timex id (tid, "t0" for the creation time) when FromTime or ToTime is set,
// else an event instance id (eiid). The relation reads "From RelType To".
type Link struct {
	LID, RelType     string
	From, To         string
	FromTime, ToTime bool
}
