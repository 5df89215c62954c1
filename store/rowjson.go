package store

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
)

// The elements of timeline_rows.row_json, the JSON array that
// timeline_rows_source (migrations/00003_events.sql) builds, in order. With rowFields they are the one definition of its layout: the
// decoder reads the elements in this order, the schema description lists
// them, and TestRowRoundTrip checks them against the migration's
// json_array, element by element, and against every field of timeline.Row.
// To add one, see the checklist in doc.go.
const (
	rowEventID = iota
	rowDocumentID
	rowStart
	rowEnd
	rowGranularity
	rowDate
	rowType
	rowMod
	rowEvent
	rowEvidence
	rowExpression
	rowByteOffset
	rowRule
	rowAnchor
	rowAnchorValue
	rowTense
	rowActors
	rowPlaces
	rowTrigger
	rowTriggerStart
	rowTriggerEnd
	rowLemma
	rowClass
	rowModality
	rowPolarity
	rowRelation
	rowAnchoredBy
	rowConfidence
	rowParticipants
	rowFieldCount
)

// rowFields names the elements of row_json: the timeline view's columns of
// the same names.
var rowFields = [rowFieldCount]string{
	rowEventID:      "event_id",
	rowDocumentID:   "document_id",
	rowStart:        "start",
	rowEnd:          "end",
	rowGranularity:  "granularity",
	rowDate:         "date",
	rowType:         "type",
	rowMod:          "mod",
	rowEvent:        "event",
	rowEvidence:     "evidence",
	rowExpression:   "expression",
	rowByteOffset:   "byte_offset",
	rowRule:         "rule",
	rowAnchor:       "anchor",
	rowAnchorValue:  "anchor_value",
	rowTense:        "tense",
	rowActors:       "actors",
	rowPlaces:       "places",
	rowTrigger:      "trigger",
	rowTriggerStart: "trigger_start",
	rowTriggerEnd:   "trigger_end",
	rowLemma:        "lemma",
	rowClass:        "class",
	rowModality:     "modality",
	rowPolarity:     "polarity",
	rowRelation:     "relation",
	rowAnchoredBy:   "anchored_by",
	rowConfidence:   "confidence",
	rowParticipants: "participants",
}

// rowDecoder fills Rows from row_json arrays. It reads only what SQLite's
// json_array writes (no white space; strings, integers, null, arrays of
// strings, arrays of [name, kind, role, alias] arrays, and the confidence,
// a number), by hand: encoding/json took longer per row than reading the row
// from SQLite. Strings without escapes are slices of the array's text.
type rowDecoder struct {
	// In timeline order consecutive rows mostly share their start and end,
	// so each is parsed once per run of equal values.
	start, end lastInstant
}

// decode fills r from a row_json array, leaving the document's fields and
// the snippet alone.
func (dec *rowDecoder) decode(js string, r *timeline.Row) error {
	d := jsonArray{s: js, plain: strings.IndexByte(js, '\\') < 0}
	var start, end string
	ok := d.open()
	for i := 0; ok && i < rowFieldCount; i++ {
		if i > 0 && !d.next() {
			ok = false
			break
		}
		// A switch, not a table of functions: calls through a table took
		// 30% longer per row (BenchmarkDecodeRow: 316 against 245 ns). An
		// element without its case fails every row.
		switch i {
		case rowEventID:
			ok = d.integer(&r.EventID)
		case rowDocumentID:
			ok = d.integer(&r.DocumentID)
		case rowStart:
			ok = d.text(&start)
		case rowEnd:
			ok = d.text(&end)
		case rowGranularity:
			ok = typedText(&d, &r.Granularity)
		case rowDate:
			ok = d.text(&r.Date)
		case rowType:
			ok = typedText(&d, &r.Type)
		case rowMod:
			ok = d.text(&r.Mod)
		case rowEvent:
			ok = d.text(&r.Event)
		case rowEvidence:
			ok = d.text(&r.Evidence)
		case rowExpression:
			ok = d.text(&r.Expression)
		case rowByteOffset:
			ok = d.null() || d.offset(&r.Offset)
		case rowRule:
			ok = d.text(&r.How.Rule)
		case rowAnchor:
			ok = d.text(&r.How.Anchor)
		case rowAnchorValue:
			ok = d.text(&r.How.AnchorValue)
		case rowTense:
			ok = d.text(&r.How.Tense)
		case rowActors:
			ok = d.texts(&r.Actors)
		case rowPlaces:
			ok = d.texts(&r.Places)
		case rowTrigger:
			ok = d.text(&r.Trigger)
		case rowTriggerStart:
			ok = d.offset(&r.TriggerStart)
		case rowTriggerEnd:
			ok = d.offset(&r.TriggerEnd)
		case rowLemma:
			ok = d.text(&r.Lemma)
		case rowClass:
			ok = typedText(&d, &r.Class)
		case rowModality:
			ok = typedText(&d, &r.Modality)
		case rowPolarity:
			ok = typedText(&d, &r.Polarity)
		case rowRelation:
			ok = typedText(&d, &r.Relation)
		case rowAnchoredBy:
			ok = typedText(&d, &r.AnchoredBy)
		case rowConfidence:
			ok = d.number(&r.Confidence)
		case rowParticipants:
			ok = d.participants(&r.Participants)
		default:
			ok = false
		}
	}
	if !ok || !d.close() || d.i != len(js) {
		return badValue("event", r.EventID, "timeline_rows.row_json", js)
	}
	var err error
	if r.Start, err = dec.start.parse(start); err != nil {
		return badValue("event", r.EventID, "start", start)
	}
	if r.End, err = dec.end.parse(end); err != nil {
		return badValue("event", r.EventID, "end", end)
	}
	return nil
}

// typedText reads a string into a field of a string type.
func typedText[T ~string](d *jsonArray, v *T) bool {
	var s string
	ok := d.text(&s)
	*v = T(s)
	return ok
}

// jsonArray reads a JSON array element by element; each method reports
// whether what it wanted was there.
type jsonArray struct {
	s     string
	i     int
	plain bool // s has no backslash, so no string has an escape
}

func (d *jsonArray) skip(c byte) bool {
	if d.i < len(d.s) && d.s[d.i] == c {
		d.i++
		return true
	}
	return false
}

func (d *jsonArray) open() bool  { return d.skip('[') }
func (d *jsonArray) next() bool  { return d.skip(',') }
func (d *jsonArray) close() bool { return d.skip(']') }

func (d *jsonArray) null() bool {
	if strings.HasPrefix(d.s[d.i:], "null") {
		d.i += 4
		return true
	}
	return false
}

func (d *jsonArray) integer(v *int64) bool {
	j := d.i
	if j < len(d.s) && d.s[j] == '-' {
		j++
	}
	var n int64
	digits := 0
	for ; j < len(d.s) && d.s[j] >= '0' && d.s[j] <= '9'; j++ {
		if digits++; digits > 18 { // beyond what SQLite writes for our ids and offsets
			return false
		}
		n = 10*n + int64(d.s[j]-'0')
	}
	if digits == 0 {
		return false
	}
	if d.s[d.i] == '-' {
		n = -n
	}
	*v, d.i = n, j
	return true
}

// offset reads an integer into an int.
func (d *jsonArray) offset(v *int) bool {
	var n int64
	ok := d.integer(&n)
	*v = int(n)
	return ok
}

// number reads a JSON number, as SQLite writes a REAL.
func (d *jsonArray) number(v *float64) bool {
	j := d.i
	for j < len(d.s) && strings.IndexByte("0123456789+-.eE", d.s[j]) >= 0 {
		j++
	}
	f, err := strconv.ParseFloat(d.s[d.i:j], 64)
	if err != nil {
		return false
	}
	*v, d.i = f, j
	return true
}

// participants reads an array of [name, kind, role, alias] arrays, alias
// null when none; empty is nil.
func (d *jsonArray) participants(v *[]timeline.Participant) bool {
	*v = nil
	if !d.open() {
		return false
	}
	if d.close() {
		return true
	}
	for {
		var p timeline.Participant
		if !d.open() || !d.text(&p.Name) || !d.next() || !typedText(d, &p.Kind) || !d.next() || !typedText(d, &p.Role) ||
			!d.next() || !d.text(&p.Alias) || !d.close() {
			return false
		}
		*v = append(*v, p)
		if d.close() {
			return true
		}
		if !d.next() {
			return false
		}
	}
}

// text reads a string, or null as "".
func (d *jsonArray) text(v *string) bool {
	if d.null() {
		*v = ""
		return true
	}
	if !d.skip('"') {
		return false
	}
	rest := d.s[d.i:]
	end := indexQuote(rest)
	if end < 0 {
		return false
	}
	if d.plain || strings.IndexByte(rest[:end], '\\') < 0 { // the common case: nothing escaped
		*v, d.i = rest[:end], d.i+end+1
		return true
	}
	s, n, ok := unescape(rest)
	*v, d.i = s, d.i+n
	return ok
}

// indexQuote is strings.IndexByte(s, '"'), quicker for the short strings
// that most fields are: a plain loop first, the vectorised search after.
func indexQuote(s string) int {
	const short = 16
	for i := 0; i < len(s) && i < short; i++ {
		if s[i] == '"' {
			return i
		}
	}
	if len(s) <= short {
		return -1
	}
	if i := strings.IndexByte(s[short:], '"'); i >= 0 {
		return short + i
	}
	return -1
}

// texts reads an array of strings, or null; empty is nil.
func (d *jsonArray) texts(v *[]string) bool {
	*v = nil
	if d.null() {
		return true
	}
	if !d.open() {
		return false
	}
	if d.close() {
		return true
	}
	for {
		var s string
		if !d.text(&s) {
			return false
		}
		*v = append(*v, s)
		if d.close() {
			return true
		}
		if !d.next() {
			return false
		}
	}
}

// unescape decodes the rest of a JSON string whose opening quote has been
// read, returning it and how many bytes it took, closing quote included.
func unescape(s string) (string, int, bool) {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c == '"' {
			return b.String(), i + 1, true
		}
		if c != '\\' {
			b.WriteByte(c)
			i++
			continue
		}
		if i+1 >= len(s) {
			break
		}
		e := s[i+1]
		i += 2
		switch e {
		case '"', '\\', '/':
			b.WriteByte(e)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, ok := hex4(s[i:])
			if !ok {
				return "", 0, false
			}
			i += 4
			// Outside the basic plane: a surrogate pair, two escapes.
			if utf16.IsSurrogate(r) && strings.HasPrefix(s[i:], `\u`) {
				if r2, ok := hex4(s[i+2:]); ok {
					if pair := utf16.DecodeRune(r, r2); pair != utf8.RuneError {
						r = pair
						i += 6
					}
				}
			}
			b.WriteRune(r)
		default:
			return "", 0, false
		}
	}
	return "", 0, false
}

// hex4 reads the four hex digits of a \u escape.
func hex4(s string) (rune, bool) {
	if len(s) < 4 {
		return 0, false
	}
	v, err := strconv.ParseUint(s[:4], 16, 16)
	if err != nil {
		return 0, false
	}
	return rune(v), true
}
