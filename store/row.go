package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// rowColumns are the columns rowScanner reads, from events e and mentions m.
// They are the timeline view's but for the document's, which rowScanner
// caches (a timeline has far fewer documents than rows), and the entities,
// read as one JSON list of [role, name] pairs that, unlike the view's
// comma-joined text, a comma in a name cannot confuse. The view is for SQL
// users; reading the tables directly saves lookups on every row of an export.
const rowColumns = `e.id, e.document_id, m.value, m.type, coalesce(m.mod, ''),
	e.start, e."end", coalesce(e.granularity, ''), e.phrase, e.sentence, m.text, m.byte_start,
	coalesce(m.rule, ''), coalesce(m.anchor, ''), coalesce(m.anchor_value, ''), coalesce(m.tense, ''),
	(SELECT json_group_array(json_array(x.role, n.name))
	   FROM event_entities x CROSS JOIN entities n ON n.id = x.entity_id
	  WHERE x.event_id = e.id)`

// The subquery above reads event_entities through its primary key
// (event_id, role, position), the CROSS JOIN keeping it the outer loop, so
// the pairs come actors first, each role in extraction order.

// rowJoins brings in the mention of each event e.
const rowJoins = ` JOIN mentions m ON m.id = e.mention_id`

// rowScanner reads rowColumns, plus a snippet, into one reused Row.
type rowScanner struct {
	row                             timeline.Row
	docs                            *documentNames
	typ, gran, start, end, entities string
}

func (s *rowScanner) scan(ctx context.Context, rs *sql.Rows) (*timeline.Row, error) {
	r := &s.row
	*r = timeline.Row{}
	err := rs.Scan(&r.EventID, &r.DocumentID, &r.Date, &s.typ, &r.Mod,
		&s.start, &s.end, &s.gran, &r.Event, &r.Evidence, &r.Expression, &r.Offset,
		&r.How.Rule, &r.How.Anchor, &r.How.AnchorValue, &r.How.Tense, &s.entities, &r.Snippet)
	if err != nil {
		return nil, err
	}
	r.Type, r.Granularity = timeline.TimexType(s.typ), timeline.Granularity(s.gran)
	if r.Start, err = parseInstant(s.start); err != nil {
		return nil, badValue("event", r.EventID, "start", s.start)
	}
	if r.End, err = parseInstant(s.end); err != nil {
		return nil, badValue("event", r.EventID, "end", s.end)
	}
	if r.Actors, r.Places, err = entityNames(s.entities); err != nil {
		return nil, badValue("event", r.EventID, "entity list", s.entities)
	}
	d, err := s.docs.get(ctx, r.DocumentID)
	if err != nil {
		return nil, err
	}
	r.Document, r.Source, r.URL, r.Published = d.name, d.source, d.url, d.published
	return r, nil
}

// entityNames splits a JSON list of [role, name] pairs into actors and
// places; empty lists are nil.
func entityNames(js string) (actors, places []string, err error) {
	if js == "" || js == "[]" {
		return nil, nil, nil
	}
	var pairs [][2]string
	if err := json.Unmarshal([]byte(js), &pairs); err != nil {
		return nil, nil, err
	}
	for _, p := range pairs {
		if p[0] == "actor" {
			actors = append(actors, p[1])
		} else {
			places = append(places, p[1])
		}
	}
	return actors, places, nil
}

// parseInstant is timeline.ParseInstant with a fast path for the plain dates
// that most rows have, which matters when an export parses millions.
func parseInstant(s string) (time.Time, error) {
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		y, ok1 := digits(s[0:4])
		m, ok2 := digits(s[5:7])
		d, ok3 := digits(s[8:10])
		if ok1 && ok2 && ok3 && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
			if t.Day() == d { // not 31 April
				return t, nil
			}
		}
	}
	return timeline.ParseInstant(s)
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// badValue reports a stored value this package could not have written.
func badValue(table string, id int64, column, value string) error {
	return timeline.Errorf(timeline.EINTERNAL, "%s %d has an unreadable %s %q in the database", table, id, column, value)
}

// documentName is what a row shows of its document.
type documentName struct {
	name, source, url string
	published         time.Time
}

// documentNames caches documents by id for the rows of one query.
type documentNames struct {
	db    *DB
	stmt  *sql.Stmt
	err   error
	cache map[int64]documentName
}

func (db *DB) documentNames(tx *sql.Tx) *documentNames {
	d := &documentNames{db: db, cache: make(map[int64]documentName)}
	d.stmt, d.err = tx.Prepare(`SELECT coalesce(nullif(title, ''), source), source, coalesce(url, ''), coalesce(published, '')
		FROM documents WHERE id = ?`)
	return d
}

func (d *documentNames) get(ctx context.Context, id int64) (documentName, error) {
	if doc, ok := d.cache[id]; ok {
		return doc, nil
	}
	if d.err != nil {
		return documentName{}, d.db.mapError(d.err, ours)
	}
	var doc documentName
	var published string
	if err := d.stmt.QueryRowContext(ctx, id).Scan(&doc.name, &doc.source, &doc.url, &published); err != nil {
		return documentName{}, d.db.mapError(err, ours)
	}
	if published != "" {
		var err error
		if doc.published, err = parseInstant(published); err != nil {
			return documentName{}, badValue("document", id, "published", published)
		}
	}
	d.cache[id] = doc
	return doc, nil
}

func (d *documentNames) close() {
	if d.stmt != nil {
		d.stmt.Close()
	}
}
