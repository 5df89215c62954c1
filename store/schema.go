package store

import (
	"context"
	"io/fs"
	"strconv"
	"strings"

	"github.com/timeline-dev/timeline/migrations"
)

// Table describes a table or view that `timeline sql` users can query.
type Table struct {
	Name        string
	Kind        string // "table" or "view"
	Description string
	Columns     []Column
}

// Column describes one column of a Table.
type Column struct {
	Name        string
	Type        string // declared type; for view columns, the type SQLite infers
	Description string
}

// tableDoc documents one table; a test checks it against the live schema so
// that neither can drift from the other.
type tableDoc struct {
	name, description string
	columns           [][2]string // name, description
}

// schemaDocs lists the queryable tables in the order `timeline schema` shows
// them: the view first, as most questions start there. Internal tables
// (goose_db_version, FTS shadow tables) and the timeline_rows_source view,
// which only fills timeline_rows, are left out.
var schemaDocs = []tableDoc{
	{"timeline", "One row per event whose date is on the calendar, whatever its class, modality or polarity (`timeline show` leaves out by default what did not happen: add WHERE modality IN ('asserted', 'planned') AND polarity = 'POS' AND class NOT IN ('REPORTING', 'I_STATE') AND confidence >= 0.5). Order by start, \"end\" DESC, document_id, trigger_start.", [][2]string{
		{"date", "the event's TIMEX3 value, e.g. 2025-05-19, 2025-W20, 2025-05: its time expression's, or the publication date's"},
		{"start", "first instant of the interval, YYYY-MM-DD or YYYY-MM-DDTHH:MM (UTC)"},
		{"end", "instant just after the interval (exclusive); quote it as \"end\" in SQL"},
		{"granularity", "precision of the date: day, week, month, year, ..."},
		{"event", "short phrase saying what happened: subject, trigger, object"},
		{"evidence", "the sentence the event comes from"},
		{"expression", "the time expression as written in the text, or NULL when the publication date dates the event"},
		{"document", "title of the source document, else its source"},
		{"published", "publication date of the document, YYYY-MM-DD, or NULL"},
		{"trigger", "the word naming the event as written: skipped, talks; quote it as \"trigger\" in SQL"},
		{"trigger_start", "start of the trigger in the document text, in characters (for substr(), 0-based)"},
		{"trigger_end", "end of the trigger in characters, exclusive"},
		{"lemma", "dictionary form of the trigger: skip, talk"},
		{"class", "TimeML event class: OCCURRENCE, REPORTING, STATE, I_ACTION, I_STATE, ASPECTUAL or PERCEPTION"},
		{"modality", "how real the text holds the event: asserted, planned, possible, hypothetical or counterfactual"},
		{"polarity", "POS, or NEG when the text denies the event (did not attend)"},
		{"relation", "how the event stands to its date: on, before, after, since, until or by (no later than)"},
		{"anchored_by", "where the date came from: expression (of its sentence), narrative (an earlier sentence's) or publication"},
		{"confidence", "how sure the dating is, 0 to 1"},
		{"participants", "entities taking part, each as name (role), comma-separated; roles: agent, patient, recipient, co-agent, place"},
		{"actors", "people and organizations taking part, whatever their role, comma-separated"},
		{"places", "places taking part, whatever their role, comma-separated"},
		{"event_id", "events.id"},
		{"document_id", "documents.id"},
		{"mention_id", "mentions.id of the time expression, or NULL when the publication date dates the event"},
		{"type", "TIMEX3 type of the expression: DATE or TIME, or NULL"},
		{"mod", "TIMEX3 modifier such as START, MID, END, APPROX, or NULL"},
		{"source", SourceDescription},
		{"url", "canonical URL of the document, or NULL"},
		{"offset", "start of the time expression in the document text, in characters (for substr(), 0-based), or NULL"},
		{"byte_offset", "start of the time expression in the document text, in UTF-8 bytes, or NULL"},
		{"rule", "tagger rule that matched the expression"},
		{"anchor", "what a relative date was resolved against: dct, mention, none or missing"},
		{"anchor_value", "the TIMEX3 value of that anchor"},
		{"tense", "tense of the clause used to resolve the date: past, present, future, or NULL"},
	}},
	{"documents", "One row per ingested article; the same text is stored once.", [][2]string{
		{"id", "document id"},
		{"source", SourceDescription},
		{"url", "canonical URL, or NULL"},
		{"title", "title, or NULL"},
		{"published", "publication date used to resolve relative dates, YYYY-MM-DD, or NULL when unknown"},
		{"published_from", "where the publication date came from: flag, metadata, dateline, or NULL"},
		{"sha256", "hex SHA-256 of text, the identity used to skip duplicates"},
		{"extractor_version", "tagger and extractor version that produced the mentions and events"},
		{"ingested_at", "when the document was stored, RFC 3339 UTC"},
		{"text", "the plain text that offsets refer to"},
	}},
	{"document_sources", "Other sources of a stored text: a copy ingested from another file or URL, kept instead of dropped as a duplicate.", [][2]string{
		{"document_id", "documents.id of the stored text"},
		{"source", "where the copy was read, as documents.source"},
		{"url", "the copy's URL, or NULL"},
		{"title", "the copy's title, or NULL"},
		{"published", "the copy's publication date, or NULL"},
		{"ingested_at", "when the copy was read, RFC 3339 UTC"},
	}},
	{"mentions", "One row per time expression found in a document, resolved or not.", [][2]string{
		{"id", "mention id"},
		{"document_id", "documents.id"},
		{"ordinal", "position of the mention among its document's mentions, from 0"},
		{"char_start", "start offset in the document text, in characters (0-based)"},
		{"char_end", "end offset in characters, exclusive"},
		{"byte_start", "start offset in UTF-8 bytes"},
		{"byte_end", "end offset in UTF-8 bytes, exclusive"},
		{"text", "the expression as written"},
		{"type", "TIMEX3 type: DATE, TIME, DURATION or SET"},
		{"value", "normalized TIMEX3 value, X-filled when it could not be resolved"},
		{"mod", "TIMEX3 modifier, or NULL"},
		{"quant", "TIMEX3 quantifier of a set (EVERY, ...), or NULL"},
		{"freq", "TIMEX3 frequency of a set, or NULL"},
		{"start", "first instant of the interval, or NULL when the date is not on the calendar"},
		{"end", "instant just after the interval, or NULL; quote it as \"end\""},
		{"granularity", "precision of the interval, or NULL"},
		{"rule", "tagger rule that matched"},
		{"anchor", "what a relative expression was resolved against: dct, mention, none or missing"},
		{"anchor_value", "the anchor's TIMEX3 value"},
		{"tense", "tense of the clause, when it was consulted"},
	}},
	{"sentences", "One row per sentence that holds an event, stored once for all its events.", [][2]string{
		{"id", "sentence id"},
		{"document_id", "documents.id"},
		{"ordinal", "position of the sentence among its document's stored sentences, from 0"},
		{"char_start", "start offset in the document text, in characters (0-based)"},
		{"char_end", "end offset in characters, exclusive"},
		{"byte_start", "start offset in UTF-8 bytes"},
		{"byte_end", "end offset in UTF-8 bytes, exclusive"},
		{"text", "the sentence"},
	}},
	{"events", "One row per event: every verb or event noun of a document, dated or not.", [][2]string{
		{"id", "event id"},
		{"document_id", "documents.id"},
		{"sentence_id", "sentences.id of the sentence the event is in"},
		{"mention_id", "mentions.id of the time expression that dates the event, or NULL (publication date, or undated)"},
		{"trigger", "the word naming the event as written; quote it as \"trigger\""},
		{"trigger_start", "start of the trigger in the document text, in characters (0-based)"},
		{"trigger_end", "end of the trigger in characters, exclusive"},
		{"lemma", "dictionary form of the trigger"},
		{"class", "TimeML event class: OCCURRENCE, REPORTING, STATE, I_ACTION, I_STATE, ASPECTUAL or PERCEPTION"},
		{"polarity", "POS, or NEG when the text denies the event"},
		{"modality", "asserted, planned, possible, hypothetical or counterfactual"},
		{"value", "TIMEX3 value of the event's time, or NULL when undated"},
		{"start", "first instant of the event's time, or NULL when undated"},
		{"end", "instant just after it, or NULL; quote it as \"end\""},
		{"granularity", "precision of the event's time, or NULL"},
		{"span_class", "smallest c with \"end\" - start <= 2^c days; bounds date-range scans"},
		{"relation", "how the event stands to its time: on, before, after, since, until, by; NULL when undated"},
		{"anchored_by", "where the time came from: expression, narrative, publication, or none (undated)"},
		{"confidence", "how sure the dating is, 0 to 1 (0 when undated)"},
		{"phrase", "short phrase saying what happened"},
	}},
	{"entities", "People, organizations and places taking part in events, each stored once.", [][2]string{
		{"id", "entity id"},
		{"name", "canonical name"},
		{"kind", "person, organization or place ('' when unknown)"},
	}},
	{"entity_changes", "How many times entities were deleted or renamed (one row, kept by triggers): a writer that remembers entity ids forgets them when it moves.", [][2]string{
		{"n", "the count"},
	}},
	{"entity_aliases", "Other names an entity goes by in the texts.", [][2]string{
		{"entity_id", "entities.id"},
		{"alias", "the other name"},
	}},
	{"event_entities", "Who takes part in an event, and in what role.", [][2]string{
		{"event_id", "events.id"},
		{"role", "agent, patient, recipient, co-agent or place"},
		{"position", "order of the participant among the event's participants, from 0"},
		{"entity_id", "entities.id"},
		{"alias", "the other name the text used for the entity here, or NULL when it used the canonical name or a pronoun"},
	}},
	{"timeline_rows", "The timeline rows ready to print, in timeline order (the primary key): what a full export reads. Kept in step with events; for questions, the timeline view is easier.", [][2]string{
		{"start", "events.start"},
		{"end", "events.\"end\""},
		{"document_id", "documents.id"},
		{"trigger_start", "events.trigger_start"},
		{"event_id", "events.id"},
		{"class", "events.class"},
		{"modality", "events.modality"},
		{"polarity", "events.polarity"},
		{"confidence", "events.confidence"},
		{"row_json", "JSON array of the row: " + strings.Join(rowFields[:], ", ") +
			" (as in the timeline view, but actors and places are arrays of names and participants an array of [name, kind, role, alias])"},
	}},
	{"sentences_fts", "Full-text index of the sentences: WHERE sentences_fts MATCH 'words'; rowid = sentences.id.", [][2]string{
		{"text", "sentences.text, indexed"},
	}},
	{"events_fts", "Full-text index of the phrases of dated events: WHERE events_fts MATCH 'words'; rowid = events.id.", [][2]string{
		{"phrase", "events.phrase, indexed"},
	}},
}

// SourceForms are the forms of a document's source (documents.source, the
// source column of the timeline view and of document_sources), each with an
// example, as timeline/source names the documents it reads. A test in
// cmd/timeline ingests one document of each form and checks what is stored.
var SourceForms = [][2]string{
	{"a file's path", "saved/article.html"},
	{"path:N for the document on line N of a JSON Lines file", "export.jsonl:12"},
	{"path[N] for element N (from 0) of a JSON array", "export.json[0]"},
	{"- for standard input, followed by :N or [N] as a file's path is", "-"},
}

// SourceDescription describes a source column from SourceForms.
var SourceDescription = func() string {
	parts := make([]string, len(SourceForms))
	for i, f := range SourceForms {
		parts[i] = f[0] + " (" + f[1] + ")"
	}
	return "where the document was read: " + strings.Join(parts, "; ")
}()

// Schema describes the tables and views `timeline sql` can query, with a
// line per column, read from the live database and documented here.
func (db *DB) Schema(ctx context.Context) ([]Table, error) {
	var out []Table
	for _, doc := range schemaDocs {
		t := Table{Name: doc.name, Kind: "table", Description: doc.description}
		if err := db.ro.QueryRowContext(ctx, `SELECT type FROM sqlite_schema WHERE name = ?`, doc.name).Scan(&t.Kind); err != nil {
			return nil, db.mapError(err, ours)
		}
		descriptions := make(map[string]string, len(doc.columns))
		for _, c := range doc.columns {
			descriptions[c[0]] = c[1]
		}
		columns, err := db.columns(ctx, doc.name)
		if err != nil {
			return nil, err
		}
		for _, c := range columns {
			c.Description = descriptions[c.Name]
			t.Columns = append(t.Columns, c)
		}
		out = append(out, t)
	}
	return out, nil
}

// columns lists the visible columns of a table or view in declaration order.
func (db *DB) columns(ctx context.Context, table string) ([]Column, error) {
	rows, err := db.ro.QueryContext(ctx, `SELECT name, type FROM pragma_table_xinfo(?) WHERE hidden = 0 ORDER BY cid`, table)
	if err != nil {
		return nil, db.mapError(err, ours)
	}
	defer rows.Close()
	var out []Column
	for rows.Next() {
		var c Column
		if err := rows.Scan(&c.Name, &c.Type); err != nil {
			return nil, db.mapError(err, ours)
		}
		c.Type = strings.ToUpper(c.Type)
		out = append(out, c)
	}
	return out, db.mapError(rows.Err(), ours)
}

// SchemaVersion is the version of the schema this program writes: the
// number of its last migration.
func SchemaVersion() int64 {
	var latest int64
	entries, _ := fs.ReadDir(migrations.FS, ".") // embedded: cannot fail
	for _, e := range entries {
		prefix, _, _ := strings.Cut(e.Name(), "_")
		if v, err := strconv.ParseInt(prefix, 10, 64); err == nil && v > latest {
			latest = v
		}
	}
	return latest
}
