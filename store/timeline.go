package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// timelineOrder is the timeline order of timeline.Less in SQL. It matches the
// mentions_timeline index, so an unfiltered timeline is read without sorting.
const timelineOrder = `m.start, m."end" DESC, m.document_id, m.char_start, e.id`

// rowColumns are the columns scanRow reads, from the timeline view t (plus the
// entity lists as JSON, which unlike the view's comma-joined text cannot be
// confused by a comma inside a name).
const rowColumns = `t.event_id, t.document_id, t.date, t.type, coalesce(t.mod, ''),
	t.start, t."end", coalesce(t.granularity, ''), t.event, t.evidence, t.expression,
	t.byte_offset, t.document, t.source, coalesce(t.url, ''), coalesce(t.published, ''),
	coalesce(t.rule, ''), coalesce(t.anchor, ''), coalesce(t.anchor_value, ''), coalesce(t.tense, ''),
	(SELECT json_group_array(n.name ORDER BY x.position) FROM event_entities x JOIN entities n ON n.id = x.entity_id
	  WHERE x.event_id = t.event_id AND x.role = 'actor'),
	(SELECT json_group_array(n.name ORDER BY x.position) FROM event_entities x JOIN entities n ON n.id = x.entity_id
	  WHERE x.event_id = t.event_id AND x.role = 'place')`

// snippetColumn is the full-text excerpt, computed only for the rows returned.
const snippetColumn = `(SELECT snippet(events_fts, -1, '[', ']', '…', 12)
	FROM events_fts WHERE events_fts MATCH ? AND events_fts.rowid = t.event_id)`

// Timeline returns the page of rows that f selects, in timeline order, and
// the number of rows f selects without Offset and Limit. Only events whose
// mention has an interval are rows.
func (db *DB) Timeline(ctx context.Context, f timeline.Filter) ([]timeline.Row, int, error) {
	tx, err := db.ro.BeginTx(ctx, &sql.TxOptions{ReadOnly: true}) // one snapshot for total and page
	if err != nil {
		return nil, 0, db.mapError(err, ours)
	}
	defer tx.Rollback()

	q, err := db.buildQuery(ctx, tx, &f)
	if err != nil {
		return nil, 0, err
	}
	var total int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM `+q.from+q.where(), q.args...).Scan(&total); err != nil {
		return nil, 0, db.mapError(err, q.origin())
	}
	if total == 0 || f.Offset >= total {
		return []timeline.Row{}, total, nil
	}

	// Sort the narrow keys, then fetch the wide columns for the page only.
	query := `WITH page AS (
		SELECT e.id AS event_id, m.start AS start, m."end" AS "end", m.document_id AS document_id, m.char_start AS char_start
		FROM ` + q.from + q.where() + `
		ORDER BY ` + timelineOrder + `
		LIMIT ? OFFSET ?)
	SELECT ` + rowColumns + q.snippet() + `
	FROM page p JOIN timeline t ON t.event_id = p.event_id
	ORDER BY p.start, p."end" DESC, p.document_id, p.char_start, p.event_id`
	args := append(q.args, limit(f.Limit), f.Offset)
	if q.match != "" {
		args = append(args, q.match)
	}
	n := total - f.Offset
	if f.Limit > 0 {
		n = min(n, f.Limit)
	}
	rows := make([]timeline.Row, 0, n)
	err = db.each(ctx, tx, q, query, args, func(r *timeline.Row) error {
		rows = append(rows, *r)
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	return rows, total, nil
}

// EachRow calls fn with every row f selects, in timeline order, streaming
// them so that an export never holds the whole timeline. The row passed to fn
// is reused; fn must copy what it keeps. An error from fn stops the walk and
// is returned.
func (db *DB) EachRow(ctx context.Context, f timeline.Filter, fn func(*timeline.Row) error) error {
	tx, err := db.ro.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return db.mapError(err, ours)
	}
	defer tx.Rollback()

	q, err := db.buildQuery(ctx, tx, &f)
	if err != nil {
		return err
	}
	query := `SELECT ` + rowColumns + q.snippet() + `
	FROM ` + q.from + ` JOIN timeline t ON t.event_id = e.id` + q.where() + `
	ORDER BY ` + timelineOrder + `
	LIMIT ? OFFSET ?`
	var args []any
	if q.match != "" { // the snippet's placeholder comes first in this statement
		args = append(args, q.match)
	}
	args = append(append(args, q.args...), limit(f.Limit), f.Offset)
	return db.each(ctx, tx, q, query, args, fn)
}

// each runs a row query and calls fn per scanned row.
func (db *DB) each(ctx context.Context, tx *sql.Tx, q *rowQuery, query string, args []any, fn func(*timeline.Row) error) error {
	rs, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return db.mapError(err, q.origin())
	}
	defer rs.Close()
	var s rowScanner
	for rs.Next() {
		r, err := s.scan(rs, q.match != "")
		if err != nil {
			return db.mapError(err, ours)
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return db.mapError(rs.Err(), q.origin())
}

// limit turns "0 means no limit" into SQLite's -1.
func limit(n int) int {
	if n == 0 {
		return -1
	}
	return n
}

// rowQuery is a timeline query under construction: a FROM clause chosen for
// the filter, and conditions with their bound arguments.
type rowQuery struct {
	from  string
	conds []string
	args  []any
	match string // the FTS5 query when the filter has one
}

func (q *rowQuery) cond(c string, args ...any) {
	q.conds = append(q.conds, c)
	q.args = append(q.args, args...)
}

func (q *rowQuery) where() string { return "\n\tWHERE " + strings.Join(q.conds, "\n\tAND ") }

func (q *rowQuery) snippet() string {
	if q.match == "" {
		return ", ''"
	}
	return ", " + snippetColumn
}

// origin blames errors on the user's search text when there is one.
func (q *rowQuery) origin() origin {
	if q.match != "" {
		return user
	}
	return ours
}

// buildQuery turns a filter into a query. The FROM clause fixes the join order
// (CROSS JOIN) to drive from the most selective index: the full-text index
// for a search, the interval R*Tree for a date range, else the timeline index
// that already has the rows in order.
func (db *DB) buildQuery(ctx context.Context, tx *sql.Tx, f *timeline.Filter) (*rowQuery, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	q := &rowQuery{}
	switch {
	case f.Match != nil:
		match, err := db.ftsQuery(ctx, tx, *f.Match)
		if err != nil {
			return nil, err
		}
		q.match = match
		q.from = `events_fts CROSS JOIN events e ON e.id = events_fts.rowid CROSS JOIN mentions m ON m.id = e.mention_id`
		q.cond(`events_fts MATCH ?`, match)
	case f.From != nil || f.To != nil:
		q.from = `mention_spans s CROSS JOIN mentions m ON m.id = s.id CROSS JOIN events e ON e.mention_id = m.id`
		// The R*Tree only pre-selects (its float bounds are rounded
		// outwards, by less than a day); the exact test is on the text below.
		if f.From != nil {
			if f.Within {
				q.cond(`s.lo >= ?`, days(f.From.Start)-1)
			} else {
				q.cond(`s.hi > ?`, days(f.From.Start))
			}
		}
		if f.To != nil {
			if f.Within {
				q.cond(`s.hi <= ?`, days(f.To.End)+1)
			} else {
				q.cond(`s.lo < ?`, days(f.To.End))
			}
		}
	default:
		q.from = `mentions m CROSS JOIN events e ON e.mention_id = m.id`
	}
	q.cond(`m.start IS NOT NULL`)
	if f.From != nil {
		if f.Within {
			q.cond(`m.start >= ?`, timeline.FormatInstant(f.From.Start))
		} else {
			q.cond(`m."end" > ?`, timeline.FormatInstant(f.From.Start))
		}
	}
	if f.To != nil {
		if f.Within {
			q.cond(`m."end" <= ?`, timeline.FormatInstant(f.To.End))
		} else {
			q.cond(`m.start < ?`, timeline.FormatInstant(f.To.End))
		}
	}
	if f.DocumentID != nil {
		q.cond(`m.document_id = ?`, *f.DocumentID)
	}
	if f.Document != nil {
		pattern := likePattern(*f.Document)
		q.cond(`m.document_id IN (SELECT id FROM documents WHERE title LIKE ? ESCAPE '\' OR source LIKE ? ESCAPE '\')`,
			pattern, pattern)
	}
	if f.Type != nil {
		q.cond(`m.type = ?`, string(*f.Type))
	}
	if len(f.Granularity) > 0 {
		marks := strings.TrimSuffix(strings.Repeat("?, ", len(f.Granularity)), ", ")
		args := make([]any, len(f.Granularity))
		for i, g := range f.Granularity {
			args[i] = string(g)
		}
		q.cond(`m.granularity IN (`+marks+`)`, args...)
	}
	for _, by := range []struct {
		role string
		name *string
	}{{"actor", f.Actor}, {"place", f.Place}} {
		if by.name != nil {
			q.cond(`e.id IN (SELECT x.event_id FROM event_entities x JOIN entities n ON n.id = x.entity_id
				WHERE x.role = ? AND n.name LIKE ? ESCAPE '\')`, by.role, likePattern(*by.name))
		}
	}
	return q, nil
}

// days is the R*Tree coordinate of an instant: days since 1970-01-01.
func days(t time.Time) float64 {
	return float64(t.Unix()) / 86400
}

// likePattern matches s as a substring, case-insensitively for ASCII (LIKE's
// rule), with LIKE's wildcards in s taken literally.
func likePattern(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + r.Replace(s) + "%"
}

// rowScanner reads rowColumns into one reused Row.
type rowScanner struct {
	row                              timeline.Row
	typ, gran, start, end, published string
	actors, places                   string
}

func (s *rowScanner) scan(rs *sql.Rows, withSnippet bool) (*timeline.Row, error) {
	r := &s.row
	*r = timeline.Row{}
	err := rs.Scan(&r.EventID, &r.DocumentID, &r.Date, &s.typ, &r.Mod,
		&s.start, &s.end, &s.gran, &r.Event, &r.Evidence, &r.Expression,
		&r.Offset, &r.Document, &r.Source, &r.URL, &s.published,
		&r.How.Rule, &r.How.Anchor, &r.How.AnchorValue, &r.How.Tense,
		&s.actors, &s.places, &r.Snippet)
	if err != nil {
		return nil, err
	}
	r.Type, r.Granularity = timeline.TimexType(s.typ), timeline.Granularity(s.gran)
	if r.Start, err = timeline.ParseInstant(s.start); err != nil {
		return nil, badValue("event", r.EventID, "start", s.start)
	}
	if r.End, err = timeline.ParseInstant(s.end); err != nil {
		return nil, badValue("event", r.EventID, "end", s.end)
	}
	if s.published != "" {
		if r.Published, err = timeline.ParseInstant(s.published); err != nil {
			return nil, badValue("document", r.DocumentID, "published", s.published)
		}
	}
	if r.Actors, err = names(s.actors); err != nil {
		return nil, err
	}
	if r.Places, err = names(s.places); err != nil {
		return nil, err
	}
	return r, nil
}

// names decodes a json_group_array of names; an empty list is nil.
func names(js string) ([]string, error) {
	if js == "" || js == "[]" {
		return nil, nil
	}
	var out []string
	if err := json.Unmarshal([]byte(js), &out); err != nil {
		return nil, timeline.Errorf(timeline.EINTERNAL, "bad entity list %q in the database: %v", js, err)
	}
	return out, nil
}

// badValue reports a stored value this package could not have written.
func badValue(table string, id int64, column, value string) error {
	return timeline.Errorf(timeline.EINTERNAL, "%s %d has an unreadable %s %q in the database", table, id, column, value)
}
