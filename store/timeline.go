package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
)

// timelineOrder is the order of timeline.Less in SQL. It is the order of the
// events_timeline index, so an unfiltered timeline is read without sorting.
const timelineOrder = `e.start, e."end" DESC, e.document_id, e.trigger_start, e.id`

// snippetColumn is the full-text excerpt, computed only for the rows
// returned: from the event's sentence when it matches, else from its
// phrase (which can name who a pronoun of the sentence is).
const snippetColumn = `coalesce(
	(SELECT snippet(sentences_fts, 0, '[', ']', '…', 12)
		FROM sentences_fts WHERE sentences_fts MATCH :match AND sentences_fts.rowid = e.sentence_id),
	(SELECT snippet(events_fts, 0, '[', ']', '…', 12)
		FROM events_fts WHERE events_fts MATCH :match AND events_fts.rowid = e.id))`

// hitsTable is the events a search finds, by their phrase or their
// sentence, each once.
const hitsTable = `hits (id) AS (
		SELECT rowid FROM events_fts WHERE events_fts MATCH :match
		UNION
		SELECT e.id FROM sentences_fts CROSS JOIN events e ON e.sentence_id = sentences_fts.rowid
		WHERE sentences_fts MATCH :match)`

// Timeline returns the page of rows that f selects, in timeline order, and
// the number of rows f selects without Offset and Limit. Only dated events
// are rows.
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
	if err := tx.QueryRowContext(ctx, q.count(), q.args...).Scan(&total); err != nil {
		return nil, 0, db.mapError(err, q.origin())
	}
	if total == 0 || f.Offset >= total {
		return []timeline.Row{}, total, nil
	}
	n := total - f.Offset
	if f.Limit > 0 {
		n = min(n, f.Limit)
	}
	rows := make([]timeline.Row, 0, n)
	err = db.each(ctx, tx, q, q.rows(planKeysFirst), q.pageArgs(&f), false, func(r *timeline.Row) error {
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
	conn, err := db.ro.Conn(ctx)
	if err != nil {
		return db.mapError(err, ours)
	}
	defer conn.Close()
	tx, err := conn.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return db.mapError(err, ours)
	}
	defer func() { tx.Rollback() }()

	q, err := db.buildQuery(ctx, tx, &f)
	if err != nil {
		return err
	}
	if q.stored && f.Limit == 0 {
		// A whole export reads the file once, in order: a memory map gains
		// nothing there (2.5 s either way for 950,000 rows) and would count
		// every page read in the resident size (508 MB against 93 MB).
		tx.Rollback()
		if _, err := conn.ExecContext(ctx, "PRAGMA mmap_size = 0"); err != nil {
			return db.mapError(err, ours)
		}
		defer conn.ExecContext(context.Background(), fmt.Sprintf("PRAGMA mmap_size = %d", readerMmapSize))
		if tx, err = conn.BeginTx(ctx, &sql.TxOptions{ReadOnly: true}); err != nil {
			return db.mapError(err, ours)
		}
	}
	plan := planJoined
	if q.stored {
		plan = planStored
	}
	// Without a limit nearly every document has rows: reading them all at
	// once beats looking each up while the rows stream.
	allDocs := plan == planStored && f.Limit == 0
	return db.each(ctx, tx, q, q.rows(plan), q.pageArgs(&f), allDocs, fn)
}

// each runs a row query (rowQuery.rows), whose columns are rowColumns and
// optionally a snippet, and calls fn per row. allDocs reads every
// document's name first.
func (db *DB) each(ctx context.Context, tx *sql.Tx, q *rowQuery, query string, args []any, allDocs bool, fn func(*timeline.Row) error) error {
	s := rowScanner{docs: db.documentNames(tx)}
	defer s.docs.close()
	if allDocs {
		if err := s.docs.loadAll(ctx, tx); err != nil {
			return err
		}
	}
	rs, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return db.mapError(err, q.origin())
	}
	stream := streamRows(rs)
	err = s.each(ctx, stream, fn)
	if serr := stream.close(); err == nil {
		return db.mapError(serr, q.origin())
	}
	return err
}

// each decodes the stream's rows and calls fn with each.
func (s *rowScanner) each(ctx context.Context, stream *rowStream, fn func(*timeline.Row) error) error {
	for b := stream.next(); b != nil; b = stream.next() {
		// The stream may have read ahead of a cancellation.
		if err := ctx.Err(); err != nil {
			return err
		}
		for i := range b {
			r, err := s.scan(ctx, b[i].json, b[i].snippet)
			if err != nil {
				return err
			}
			if err := fn(r); err != nil {
				return err
			}
		}
		stream.recycle(b)
	}
	return nil
}

// limit turns "0 means no limit" into SQLite's -1.
func limit(n int) int {
	if n == 0 {
		return -1
	}
	return n
}

// rowQuery is a timeline query under construction: a FROM clause over events
// e chosen for the filter, and conditions with their arguments. Every
// argument is named (sql.Named, :name in the SQL), so that the parts can be
// put together in any order and a value used twice is bound once.
type rowQuery struct {
	classes bool // the FROM clause reads the span classes (with)
	search  bool // the FROM clause reads the hits of a search (with)
	from    string
	conds   []string
	args    []any  // sql.NamedArg, for conds, with and snippetColumn
	match   string // the FTS5 query when the filter has one
	// stored is set while every condition but the date being known is
	// also one of storedConds, over the columns of timeline_rows: the
	// rows can then be read from there alone, in one scan.
	stored      bool
	storedConds []string
}

// cond adds a condition over events e that timeline_rows cannot answer.
func (q *rowQuery) cond(c string, args ...sql.NamedArg) {
	q.stored = false
	q.conds = append(q.conds, c)
	q.bind(args...)
}

// column adds the condition that column is one of values, over events e
// and over timeline_rows, which has the column too; name names the
// parameters.
func (q *rowQuery) column(column, name string, values []string) {
	marks := make([]string, len(values))
	for i, v := range values {
		marks[i] = fmt.Sprintf(":%s%d", name, i)
		q.bind(sql.Named(marks[i][1:], v))
	}
	c := column + ` IN (` + strings.Join(marks, ", ") + `)`
	q.conds = append(q.conds, `e.`+c)
	q.storedConds = append(q.storedConds, c)
}

func (q *rowQuery) bind(args ...sql.NamedArg) {
	for _, a := range args {
		q.args = append(q.args, a)
	}
}

func (q *rowQuery) where() string { return "\n\tWHERE " + strings.Join(q.conds, "\n\tAND ") }

// with returns the WITH clause the query needs, followed by more, if any.
func (q *rowQuery) with(more string) string {
	var ctes []string
	if q.classes {
		values := make([]string, maxSpanClass+1)
		for c := range values {
			values[c] = fmt.Sprintf("(%d, :lo%d)", c, c)
		}
		ctes = append(ctes, `classes (c, lo) AS (VALUES `+strings.Join(values, ", ")+`)`)
	}
	if q.search {
		ctes = append(ctes, hitsTable)
	}
	if more != "" {
		ctes = append(ctes, more)
	}
	if len(ctes) == 0 {
		return ""
	}
	return "WITH " + strings.Join(ctes, ",\n") + "\n"
}

// count returns the query for the total; its arguments are q.args.
func (q *rowQuery) count() string {
	return q.with("") + `SELECT count(*) FROM ` + q.from + q.where()
}

// rowPlan is how a row query reads its rows.
type rowPlan int

const (
	// planStored reads timeline_rows alone, which holds every row in
	// order: one sequential scan, for a query whose conditions
	// timeline_rows answers (the default timeline's, or none).
	planStored rowPlan = iota
	// planKeysFirst sorts the narrow keys, which the indexes cover, then
	// reads the wide rows of the page only: for a page, whose rows are few.
	planKeysFirst
	// planJoined reads each selected event's row as it goes, in order: for
	// a stream, where sorting the keys first would hold them all.
	planJoined
)

// rows returns the query, following plan, for the rows q selects in
// timeline order, from :offset on and at most :limit of them (pageArgs).
// Its columns are rowColumns and, for a search, the snippet: a column
// costs time on every row, and an export reads a million.
func (q *rowQuery) rows(plan rowPlan) string {
	snippet := ""
	if q.match != "" {
		snippet = ", " + snippetColumn
	}
	switch plan {
	case planStored:
		where := ""
		if len(q.storedConds) > 0 {
			where = "\n\tWHERE " + strings.Join(q.storedConds, "\n\tAND ")
		}
		return `SELECT row_json` + snippet + ` FROM timeline_rows` + where + `
	ORDER BY start, "end" DESC, document_id, trigger_start, event_id
	LIMIT :limit OFFSET :offset`
	case planKeysFirst:
		return q.with(`page AS (
		SELECT e.id AS id, e.start AS start, e."end" AS "end", e.document_id AS document_id, e.trigger_start AS trigger_start
		FROM `+q.from+q.where()+`
		ORDER BY `+timelineOrder+`
		LIMIT :limit OFFSET :offset)`) + `
	SELECT ` + rowColumns + snippet + `
	FROM page p JOIN events e ON e.id = p.id` + rowJoins + `
	ORDER BY p.start, p."end" DESC, p.document_id, p.trigger_start, p.id`
	default:
		return q.with("") + `SELECT ` + rowColumns + snippet + `
	FROM ` + q.from + rowJoins + q.where() + `
	ORDER BY ` + timelineOrder + `
	LIMIT :limit OFFSET :offset`
	}
}

// pageArgs returns the arguments of rows: q's and f's page.
func (q *rowQuery) pageArgs(f *timeline.Filter) []any {
	return append(q.args[:len(q.args):len(q.args)], sql.Named("limit", limit(f.Limit)), sql.Named("offset", f.Offset))
}

// origin blames errors on the user's search text when there is one.
func (q *rowQuery) origin() origin {
	if q.match != "" {
		return user
	}
	return ours
}

// buildQuery turns a filter into a query. The FROM clause fixes the join order
// (CROSS JOIN) so that the most selective index drives: the full-text
// indexes for a search; for an overlap with a date range, one range of
// events_span per span class (an event of class c overlapping [from, to)
// starts in [from - 2^c days, to), so nothing starting long before from is
// read); else events_timeline, which has the rows in order and covers the
// default timeline's conditions.
func (db *DB) buildQuery(ctx context.Context, tx *sql.Tx, f *timeline.Filter) (*rowQuery, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	q := &rowQuery{from: `events e`, stored: true}
	switch {
	case f.Match != nil:
		match, err := db.ftsQuery(ctx, tx, *f.Match)
		if err != nil {
			return nil, err
		}
		q.match, q.search = match, true
		q.from = `hits CROSS JOIN events e ON e.id = hits.id`
		q.stored = false
		q.bind(sql.Named("match", match))
	case f.From != nil && !f.Within:
		q.classes = true
		q.from = `classes CROSS JOIN events e`
		bounds := make([]sql.NamedArg, maxSpanClass+1)
		for c := range bounds {
			bounds[c] = sql.Named(fmt.Sprintf("lo%d", c), classLowerBound(f.From.Start, c))
		}
		q.cond(`e.span_class = classes.c AND e.start >= classes.lo`, bounds...)
	}
	// Every row of timeline_rows is dated: no stored form needed. It is
	// also what lets SQLite use the partial indexes.
	q.conds = append(q.conds, `e.start IS NOT NULL`)
	if f.From != nil {
		if f.Within {
			q.cond(`e.start >= :from`, sql.Named("from", timeline.FormatInstant(f.From.Start)))
		} else {
			q.cond(`e."end" > :from`, sql.Named("from", timeline.FormatInstant(f.From.Start)))
		}
	}
	if f.To != nil {
		q.cond(`e.start < :to`, sql.Named("to", timeline.FormatInstant(f.To.End)))
		if f.Within {
			q.cond(`e."end" <= :to`)
		}
	}
	if f.DocumentID != nil {
		q.cond(`e.document_id = :document_id`, sql.Named("document_id", *f.DocumentID))
	}
	if f.Document != nil {
		q.cond(`e.document_id IN (SELECT id FROM documents WHERE `+containsFold+`(title, :document) OR `+containsFold+`(source, :document))`,
			sql.Named("document", *f.Document))
	}
	if f.Type != nil {
		q.cond(`(SELECT type FROM mentions WHERE id = e.mention_id) = :type`, sql.Named("type", string(*f.Type)))
	}
	if len(f.Granularity) > 0 {
		marks := make([]string, len(f.Granularity))
		args := make([]sql.NamedArg, len(f.Granularity))
		for i, g := range f.Granularity {
			marks[i] = fmt.Sprintf(":granularity%d", i)
			args[i] = sql.Named(marks[i][1:], string(g))
		}
		q.cond(`e.granularity IN (`+strings.Join(marks, ", ")+`)`, args...)
	}
	if classes := f.Classes(); classes != nil {
		q.column("class", "class", texts(classes))
	}
	if modalities := f.Modalities(); modalities != nil {
		q.column("modality", "modality", texts(modalities))
	}
	if polarities := f.Polarities(); polarities != nil {
		q.column("polarity", "polarity", texts(polarities))
	}
	if len(f.Relation) > 0 {
		marks := make([]string, len(f.Relation))
		args := make([]sql.NamedArg, len(f.Relation))
		for i, r := range f.Relation {
			marks[i] = fmt.Sprintf(":relation%d", i)
			args[i] = sql.Named(marks[i][1:], string(r))
		}
		q.cond(`e.relation IN (`+strings.Join(marks, ", ")+`)`, args...)
	}
	if f.MinConfidence != nil {
		q.cond(`e.confidence >= :min_confidence`, sql.Named("min_confidence", *f.MinConfidence))
	}
	q.participants(f)
	return q, nil
}

// participants adds the conditions of Actor, Place and Role: an actor is
// a person or organisation (or an entity of unknown kind), a place a
// place, whatever role either plays unless Role says which.
func (q *rowQuery) participants(f *timeline.Filter) {
	role := ""
	if f.Role != nil {
		role = ` AND x.role = :role`
		q.bind(sql.Named("role", string(*f.Role)))
	}
	for _, by := range []struct {
		param string
		kind  string
		name  *string
	}{{"actor", `n.kind <> 'place'`, f.Actor}, {"place", `n.kind = 'place'`, f.Place}} {
		if by.name != nil {
			// Entities first: a few names match, then their events by index.
			q.cond(`e.id IN (SELECT x.event_id FROM event_entities x WHERE x.entity_id IN
				(SELECT n.id FROM entities n WHERE `+by.kind+` AND `+containsFold+`(n.name, :`+by.param+`))`+role+`)`,
				sql.Named(by.param, *by.name))
		}
	}
	if f.Role != nil && f.Actor == nil && f.Place == nil {
		q.cond(`EXISTS (SELECT 1 FROM event_entities x WHERE x.event_id = e.id` + role + `)`)
	}
}

// texts converts values of a string type for SQL.
func texts[T ~string](values []T) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = string(v)
	}
	return out
}
