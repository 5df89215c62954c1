package eval

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Error kinds. A relaxed match can give several errors at once: a span that
// differs and a wrong value are reported separately, so that counting errors
// of one kind explains the score it lowers.
const (
	KindMiss       = "miss"        // a gold timex nothing matched
	KindFalseAlarm = "false-alarm" // a prediction that matched no gold timex
	KindWrongValue = "wrong-value" // a relaxed match whose value differs
	KindWrongType  = "wrong-type"  // a relaxed match whose type differs
	KindSpan       = "span"        // a relaxed match whose span differs
)

// contextRunes is how many characters of text an Error shows on each side.
const contextRunes = 60

// Error is one difference between the tagger and the gold annotation.
type Error struct {
	DocID string
	Kind  string // one of the Kind constants
	// Gold is nil for a false alarm, Predicted nil for a miss.
	Gold, Predicted *Span
	// Context is the text around the expression, ~60 characters either
	// side, with the expression [bracketed] and line breaks as spaces: the
	// gold one for a miss, the predicted one otherwise.
	Context string
}

// String renders the error on one line, for logs and reports.
func (e Error) String() string {
	var what string
	switch {
	case e.Gold == nil && e.Predicted != nil:
		what = fmt.Sprintf("predicted %s %s %q", e.Predicted.Type, e.Predicted.Value, e.Predicted.Text)
	case e.Predicted == nil && e.Gold != nil:
		what = fmt.Sprintf("gold %s %s %q", e.Gold.Type, e.Gold.Value, e.Gold.Text)
	case e.Gold == nil:
		what = "?"
	case e.Kind == KindWrongType:
		what = fmt.Sprintf("%q gold %s, predicted %s", e.Gold.Text, e.Gold.Type, e.Predicted.Type)
	case e.Kind == KindWrongValue:
		what = fmt.Sprintf("%q gold %s, predicted %s", e.Gold.Text, e.Gold.Value, e.Predicted.Value)
	default:
		what = fmt.Sprintf("gold %q, predicted %q", e.Gold.Text, e.Predicted.Text)
	}
	return fmt.Sprintf("%s: %s: %s | %s", e.DocID, e.Kind, what, e.Context)
}

// reporter collects the errors of one document.
type reporter struct {
	doc  *Gold
	errs []Error
	at   []int // text position of each error, for sorting
}

func (r *reporter) add(kind string, gold, pred *Span) {
	s := pred
	if s == nil {
		s = gold
	}
	r.errs = append(r.errs, Error{DocID: r.doc.ID, Kind: kind, Gold: gold, Predicted: pred,
		Context: context(r.doc.Text, s.Start, s.End)})
	r.at = append(r.at, s.Start)
}

// sorted returns the errors in text order, keeping the order they were added
// in for errors at the same place.
func (r *reporter) sorted() []Error {
	idx := make([]int, len(r.errs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return r.at[idx[a]] < r.at[idx[b]] })
	out := make([]Error, len(idx))
	for i, k := range idx {
		out[i] = r.errs[k]
	}
	return out
}

// context returns text around [start, end) with that part bracketed. It
// clamps offsets that a faulty tagger may put outside the text or inside a
// character, rather than panic on them.
func context(text string, start, end int) string {
	start = min(max(start, 0), len(text))
	end = min(max(end, start), len(text))
	for start > 0 && start < len(text) && !utf8.RuneStart(text[start]) {
		start--
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	from := start
	for n := 0; n < contextRunes && from > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:from])
		from -= size
	}
	to := end
	for n := 0; n < contextRunes && to < len(text); n++ {
		_, size := utf8.DecodeRuneInString(text[to:])
		to += size
	}
	s := text[from:start] + "[" + text[start:end] + "]" + text[end:to]
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}
