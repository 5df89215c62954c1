package eval

import "time"

// Gold is a gold document: its text and the TIMEX3 annotations of that text,
// and, from TimeML, its events with their gold dates. The creation-time timex
// is not among Timexes; DCT carries it.
type Gold struct {
	ID      string
	DCT     time.Time
	Text    string
	Timexes []Span
	Events  []GoldEvent
}

// Span is one time expression, gold or predicted.
type Span struct {
	Start, End int // byte offsets into the document text, End exclusive
	Text       string
	Type       string
	Value      string
}
