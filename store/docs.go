package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// DocumentFilter selects documents for ListDocuments. Nil pointers and
// empty lists mean "not set".
type DocumentFilter struct {
	IDs     []int64
	Title   *string    // the title contains this, in any letter case
	Source  *string    // the source, or another source of the text, contains this
	From    *time.Time // published on or after
	To      *time.Time // published before
	Undated bool       // no publication date
	Offset  int
	Limit   int // 0 means no limit
}

// Validate reports a filter that cannot be run.
func (f *DocumentFilter) Validate() error {
	switch {
	case f.Offset < 0:
		return timeline.Errorf(timeline.EINVALID, "offset must not be negative")
	case f.Limit < 0:
		return timeline.Errorf(timeline.EINVALID, "limit must not be negative")
	case f.Undated && (f.From != nil || f.To != nil):
		return timeline.Errorf(timeline.EINVALID, "undated documents have no publication date to bound")
	case f.From != nil && f.To != nil && !f.From.Before(*f.To):
		return timeline.Errorf(timeline.EINVALID, "the range [%s, %s) is empty", timeline.FormatInstant(*f.From), timeline.FormatInstant(*f.To))
	}
	return nil
}

// DocumentInfo is a stored document without its text, with its other
// sources and what was extracted from it.
type DocumentInfo struct {
	timeline.Document
	// Sources are the other copies of the text, in the order they were
	// read: a syndicated story under another title or URL, a second file.
	Sources []DocumentSource
	// Mentions counts its time expressions, Events its events, Dated those
	// on the calendar, Shown those the default timeline shows (see
	// timeline.Filter).
	Mentions, Events, Dated, Shown int
}

// DocumentSource is another copy of a stored text.
type DocumentSource struct {
	Source     string
	URL        string
	Title      string
	Published  time.Time
	IngestedAt time.Time
}

// documentInfoColumns are what ListDocuments reads of a document d.
// Shown repeats the default timeline's conditions (shownConditions).
const documentInfoColumns = `d.id, d.source, coalesce(d.url, ''), coalesce(d.title, ''), coalesce(d.published, ''),
	coalesce(d.published_from, ''), d.sha256, d.extractor_version, d.ingested_at,
	(SELECT count(*) FROM mentions m WHERE m.document_id = d.id),
	(SELECT count(*) FROM events e WHERE e.document_id = d.id),
	(SELECT count(*) FROM events e WHERE e.document_id = d.id AND e.start IS NOT NULL),
	(SELECT count(*) FROM events e WHERE e.document_id = d.id AND e.start IS NOT NULL AND %s),
	(SELECT json_group_array(json_array(s.source, coalesce(s.url, ''), coalesce(s.title, ''),
			coalesce(s.published, ''), s.ingested_at))
		FROM (SELECT * FROM document_sources s WHERE s.document_id = d.id ORDER BY s.ingested_at, s.source) s)`

// ListDocuments returns the page of documents f selects, in id order,
// and how many it selects without Offset and Limit.
func (db *DB) ListDocuments(ctx context.Context, f DocumentFilter) ([]DocumentInfo, int, error) {
	if err := f.Validate(); err != nil {
		return nil, 0, err
	}
	where, args, err := f.where()
	if err != nil {
		return nil, 0, err
	}
	tx, err := db.ro.BeginTx(ctx, &sql.TxOptions{ReadOnly: true}) // one snapshot for total and page
	if err != nil {
		return nil, 0, db.mapError(err, ours)
	}
	defer tx.Rollback()
	var total int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM documents d`+where, args...).Scan(&total); err != nil {
		return nil, 0, db.mapError(err, ours)
	}
	shown, shownArgs := shownConditions()
	limit := -1
	if f.Limit > 0 {
		limit = f.Limit
	}
	args = append(args, shownArgs...)
	args = append(args, sql.Named("limit", limit), sql.Named("offset", f.Offset))
	rows, err := tx.QueryContext(ctx, `SELECT `+fmt.Sprintf(documentInfoColumns, shown)+` FROM documents d`+where+`
		ORDER BY d.id LIMIT :limit OFFSET :offset`, args...)
	if err != nil {
		return nil, 0, db.mapError(err, ours)
	}
	defer rows.Close()
	out := []DocumentInfo{}
	for rows.Next() {
		info, err := db.scanDocumentInfo(rows)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, info)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, db.mapError(err, ours)
	}
	return out, total, nil
}

// where returns the WHERE clause of f over documents d, with its named
// arguments.
func (f *DocumentFilter) where() (string, []any, error) {
	var conds []string
	var args []any
	if len(f.IDs) > 0 {
		ids, err := json.Marshal(f.IDs)
		if err != nil {
			return "", nil, err
		}
		conds = append(conds, `d.id IN (SELECT value FROM json_each(:ids))`)
		args = append(args, sql.Named("ids", string(ids)))
	}
	if f.Title != nil {
		conds = append(conds, containsFold+`(d.title, :title)`)
		args = append(args, sql.Named("title", *f.Title))
	}
	if f.Source != nil {
		conds = append(conds, `(`+containsFold+`(d.source, :source) OR d.id IN
			(SELECT s.document_id FROM document_sources s WHERE `+containsFold+`(s.source, :source)))`)
		args = append(args, sql.Named("source", *f.Source))
	}
	if f.From != nil {
		conds = append(conds, `d.published >= :from`)
		args = append(args, sql.Named("from", timeline.FormatInstant(*f.From)))
	}
	if f.To != nil {
		conds = append(conds, `d.published < :to`)
		args = append(args, sql.Named("to", timeline.FormatInstant(*f.To)))
	}
	if f.Undated {
		conds = append(conds, `d.published IS NULL`)
	}
	if len(conds) == 0 {
		return "", nil, nil
	}
	return "\n\tWHERE " + strings.Join(conds, "\n\tAND "), args, nil
}

// shownConditions are the conditions over events e of the default
// timeline, as buildQuery applies them for a zero timeline.Filter.
func shownConditions() (string, []any) {
	var f timeline.Filter
	var conds []string
	var args []any
	in := func(column string, values []string) {
		marks := make([]string, len(values))
		for i, v := range values {
			marks[i] = fmt.Sprintf(":shown_%s%d", column, i)
			args = append(args, sql.Named(marks[i][1:], v))
		}
		conds = append(conds, `e.`+column+` IN (`+strings.Join(marks, ", ")+`)`)
	}
	if v := f.Classes(); v != nil {
		in("class", texts(v))
	}
	if v := f.Modalities(); v != nil {
		in("modality", texts(v))
	}
	if v := f.Polarities(); v != nil {
		in("polarity", texts(v))
	}
	if c := f.Confidence(); c != nil {
		conds = append(conds, `e.confidence >= :shown_confidence`)
		args = append(args, sql.Named("shown_confidence", *c))
	}
	if len(conds) == 0 {
		return "1", nil
	}
	return strings.Join(conds, " AND "), args
}

func (db *DB) scanDocumentInfo(rows *sql.Rows) (DocumentInfo, error) {
	var info DocumentInfo
	d := &info.Document
	var published, ingested, sources string
	err := rows.Scan(&d.ID, &d.Source, &d.URL, &d.Title, &published, &d.PublishedFrom, &d.SHA256, &d.ExtractorVersion,
		&ingested, &info.Mentions, &info.Events, &info.Dated, &info.Shown, &sources)
	if err != nil {
		return info, db.mapError(err, ours)
	}
	if published != "" {
		if d.Published, err = timeline.ParseInstant(published); err != nil {
			return info, badValue("document", d.ID, "published", published)
		}
	}
	if d.IngestedAt, err = time.Parse(time.RFC3339, ingested); err != nil {
		return info, badValue("document", d.ID, "ingested_at", ingested)
	}
	var list [][5]string
	if err := json.Unmarshal([]byte(sources), &list); err != nil {
		return info, badValue("document", d.ID, "sources", sources)
	}
	for _, s := range list {
		src := DocumentSource{Source: s[0], URL: s[1], Title: s[2]}
		if s[3] != "" {
			if src.Published, err = timeline.ParseInstant(s[3]); err != nil {
				return info, badValue("other source of document", d.ID, "published", s[3])
			}
		}
		if src.IngestedAt, err = time.Parse(time.RFC3339, s[4]); err != nil {
			return info, badValue("other source of document", d.ID, "ingested_at", s[4])
		}
		info.Sources = append(info.Sources, src)
	}
	return info, nil
}
