// Package timeml reads and writes TimeML documents in the TempEval-3 layout:
// a <TimeML> root holding <DOCID>, a <DCT> with the creation-time TIMEX3,
// an optional <TITLE> and a <TEXT> with inline TIMEX3, EVENT and SIGNAL
// annotations, followed by links. Only the text and its TIMEX3 elements are
// kept; events and links are not needed to score a temporal tagger.
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
}

// Timex is one TIMEX3 element of a document's text.
type Timex struct {
	Start, End                               int // BYTE offsets into Doc.Text, End exclusive
	Text, TID, Type, Value, Mod, Quant, Freq string
}
