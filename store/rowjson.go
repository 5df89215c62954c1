package store

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
)

// rowFields names, in order, the elements of timeline_rows.row_json, the
// JSON array that timeline_rows_source (migrations/00002_timeline_rows.sql)
// builds and rowDecoder reads: the timeline view's columns of the same
// names. The schema description lists them, and a test checks them against
// the view.
var rowFields = [...]string{
	"event_id", "document_id", "start", "end", "granularity", "date", "type", "mod",
	"event", "evidence", "expression", "byte_offset", "rule", "anchor", "anchor_value", "tense",
	"actors", "places",
}

// rowDecoder fills Rows from row_json arrays. It reads only what SQLite's
// json_array writes (no white space; strings, integers, null, arrays of
// strings), by hand: encoding/json took longer per row than reading the row
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
	var start, end, typ, gran string
	var offset int64
	if !d.open() ||
		!d.integer(&r.EventID) || !d.next() || !d.integer(&r.DocumentID) || !d.next() ||
		!d.text(&start) || !d.next() || !d.text(&end) || !d.next() || !d.text(&gran) || !d.next() ||
		!d.text(&r.Date) || !d.next() || !d.text(&typ) || !d.next() || !d.text(&r.Mod) || !d.next() ||
		!d.text(&r.Event) || !d.next() || !d.text(&r.Evidence) || !d.next() || !d.text(&r.Expression) || !d.next() ||
		!d.integer(&offset) || !d.next() || !d.text(&r.How.Rule) || !d.next() || !d.text(&r.How.Anchor) || !d.next() ||
		!d.text(&r.How.AnchorValue) || !d.next() || !d.text(&r.How.Tense) || !d.next() ||
		!d.texts(&r.Actors) || !d.next() || !d.texts(&r.Places) || !d.close() || d.i != len(js) {
		return badValue("event", r.EventID, "timeline_rows.row_json", js)
	}
	r.Type, r.Granularity, r.Offset = timeline.TimexType(typ), timeline.Granularity(gran), int(offset)
	var err error
	if r.Start, err = dec.start.parse(start); err != nil {
		return badValue("event", r.EventID, "start", start)
	}
	if r.End, err = dec.end.parse(end); err != nil {
		return badValue("event", r.EventID, "end", end)
	}
	return nil
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
