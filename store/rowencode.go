package store

import (
	"cmp"
	"math"
	"strconv"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
)

// rowSource is what a dated event's timeline row shows, gathered by
// insertExtraction from the extraction being saved: the values the view
// timeline_rows_source reads back from the tables, after the same
// conversions (nullable text is nil). Building the row in Go spares the
// view's joins, grouping and JSON functions per event, which were a fifth
// of the cost of storing an event.
type rowSource struct {
	key         rowKey
	granularity any
	value       any
	mention     *timeline.Mention // nil when no expression dates the event
	phrase      string
	sentence    string
	trigger     string
	triggerEnd  int // code points
	lemma       string
	class       string
	modality    string
	polarity    string
	relation    any
	anchoredBy  string
	confidence  float64
	links       []rowLink // in position order
}

// rowKey is the primary key of timeline_rows.
type rowKey struct {
	start, end   string
	documentID   int64
	triggerStart int // code points
	eventID      int64
}

// compareRowKeys orders keys as timeline_rows' primary key does: "end"
// descending.
func compareRowKeys(a, b rowKey) int {
	return cmp.Or(strings.Compare(a.start, b.start), strings.Compare(b.end, a.end),
		cmp.Compare(a.documentID, b.documentID), cmp.Compare(a.triggerStart, b.triggerStart),
		cmp.Compare(a.eventID, b.eventID))
}

// rowLink is an event's participant as stored: its entity's name and kind,
// its role, and its alias (nil when none).
type rowLink struct {
	name, kind, role string
	alias            any
}

// appendRowJSON appends the row_json of r, byte for byte what
// timeline_rows_source's json_array makes of the same values
// (TestRowJSONMatchesView), and reports false when it cannot be sure to:
// a confidence SQLite would print differently. The caller then lets the
// view build that row.
func appendRowJSON(b []byte, r *rowSource) ([]byte, bool) {
	conf, ok := sqliteReal(r.confidence)
	if !ok {
		return b, false
	}
	b = append(b, '[')
	b = strconv.AppendInt(b, r.key.eventID, 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, r.key.documentID, 10)
	b = append(b, ',')
	b = appendJSONString(b, r.key.start)
	b = append(b, ',')
	b = appendJSONString(b, r.key.end)
	b = append(b, ',')
	b = appendJSONValue(b, r.granularity)
	b = append(b, ',')
	b = appendJSONValue(b, r.value)
	if m := r.mention; m != nil {
		b = append(b, ',')
		b = appendJSONString(b, string(m.Type))
		b = append(b, ',')
		b = appendJSONValue(b, nullable(m.Mod))
	} else {
		b = append(b, ",null,null"...)
	}
	b = append(b, ',')
	b = appendJSONString(b, r.phrase)
	b = append(b, ',')
	b = appendJSONString(b, r.sentence)
	if m := r.mention; m != nil {
		b = append(b, ',')
		b = appendJSONString(b, m.Text)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(m.Start), 10)
		for _, s := range [...]string{m.How.Rule, m.How.Anchor, m.How.AnchorValue, m.How.Tense} {
			b = append(b, ',')
			b = appendJSONValue(b, nullable(s))
		}
	} else {
		b = append(b, ",null,null,null,null,null,null"...)
	}
	b = append(b, ',')
	b = appendNames(b, r.links, false)
	b = append(b, ',')
	b = appendNames(b, r.links, true)
	b = append(b, ',')
	b = appendJSONString(b, r.trigger)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(r.key.triggerStart), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(r.triggerEnd), 10)
	for _, s := range [...]string{r.lemma, r.class, r.modality, r.polarity} {
		b = append(b, ',')
		b = appendJSONString(b, s)
	}
	b = append(b, ',')
	b = appendJSONValue(b, r.relation)
	b = append(b, ',')
	b = appendJSONString(b, r.anchoredBy)
	b = append(b, ',')
	b = append(b, conf...)
	b = append(b, ",["...)
	for i, l := range r.links {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		b = appendJSONString(b, l.name)
		b = append(b, ',')
		b = appendJSONString(b, l.kind)
		b = append(b, ',')
		b = appendJSONString(b, l.role)
		b = append(b, ',')
		b = appendJSONValue(b, l.alias)
		b = append(b, ']')
	}
	return append(b, "]]"...), true
}

// appendNames appends the distinct names of the places among links, or
// of the others, in the order they first come: what
// json_group_array(DISTINCT n.name) FILTER (...) makes of them.
func appendNames(b []byte, links []rowLink, places bool) []byte {
	b = append(b, '[')
	n := 0
	for i, l := range links {
		if (l.kind == string(timeline.EntityPlace)) != places {
			continue
		}
		seen := false
		for _, o := range links[:i] {
			if o.name == l.name && (o.kind == string(timeline.EntityPlace)) == places {
				seen = true
				break
			}
		}
		if seen {
			continue
		}
		if n > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, l.name)
		n++
	}
	return append(b, ']')
}

// appendJSONValue appends nil as null and a string as a JSON string.
func appendJSONValue(b []byte, v any) []byte {
	if s, ok := v.(string); ok {
		return appendJSONString(b, s)
	}
	return append(b, "null"...)
}

// appendJSONString appends s quoted as SQLite's JSON functions quote text:
// the quote and backslash escaped, control characters as \b, \t, \n, \f,
// \r or \u00XX, every other byte as it is (invalid UTF-8 too).
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\b':
			b = append(b, '\\', 'b')
		case '\t':
			b = append(b, '\\', 't')
		case '\n':
			b = append(b, '\\', 'n')
		case '\f':
			b = append(b, '\\', 'f')
		case '\r':
			b = append(b, '\\', 'r')
		default:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// sqliteReal returns f as SQLite's JSON functions print a REAL, for the
// values whose printing is certain: 0, 1, and fractions between 0.0001
// and 1 that 12 significant digits give back exactly, which SQLite prints
// with those digits (confidences have two). Past 13 digits SQLite's own
// conversions print some values with 17 (TestRowJSONValues); for those,
// and any other value, it reports false.
func sqliteReal(f float64) (string, bool) {
	switch {
	case f == 0 && !math.Signbit(f):
		return "0.0", true
	case f == 1:
		return "1.0", true
	case f < 0.0001 || f > 1 || math.IsNaN(f):
		return "", false
	}
	s := strconv.FormatFloat(f, 'f', -1, 64) // the shortest that reads back as f
	digits := strings.TrimLeft(strings.TrimPrefix(s, "0."), "0")
	if len(digits) > 12 {
		return "", false
	}
	return s, true
}
