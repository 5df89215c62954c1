// Package store keeps timelines in SQLite. It is the only package that speaks
// SQL: it opens the database (pragmas, goose migrations), saves documents
// with their mentions, sentences, events and participants, answers
// timeline queries, and runs the read-only SQL of `timeline sql`.
// Everything it takes and returns is a domain type, or an error whose code
// timeline.ErrorCode reads; driver errors become domain errors in one
// place, error.go. DB implements timeline.Store, the storage the ingest
// pipeline uses; the mapping of extractions to rows stays here.
//
// Files: open.go (DSN, pragmas, migrations), error.go (error mapping),
// save.go, writer.go and rowbatch.go (SaveDocument, SaveDocuments,
// ReplaceExtraction; rows inserted in batches, with ids the writer gives
// out), validate.go, copies.go (what a copy of a stored text changes: the
// better copy names the document, a better date re-extracts it, the others
// are its other sources), docs.go (listing documents with their counts),
// remove.go (removing documents with all they hold), revise.go
// (correcting a document's date or title with its new extraction),
// document.go (reading documents and mentions),
// events.go (reading a document's events back), timeline.go (Timeline,
// EachRow and the one builder of their SQL, with named parameters), row.go
// (reading a row), rowjson.go (the layout of timeline_rows.row_json and its
// decoder), rowencode.go (its encoder, with which the writer builds the
// rows of the events it saves), stream.go (reading rows on a second
// goroutine), docnames.go (the document fields of rows), instant.go (fast instant parsing), span.go
// (the date-range index trick), match.go (full-text search input), query.go
// and sqltext.go (read-only SQL), entity.go, stats.go, schema.go
// (descriptions of the tables, the schema version).
//
// # Adding a timeline column
//
// A new field of timeline.Row that a stored value backs goes through these
// places; TestRowRoundTrip fails until they agree, and TestSchemaDescribed
// until the column is described:
//
//  1. timeline/row.go: the field.
//  2. When the value is new to the database: a migration adds its column to
//     its table, writer.go's INSERT and save.go's insertExtraction write it,
//     and validate.go rejects what the schema would reject less clearly.
//  3. A migration that recreates the timeline view with the column, and the
//     timeline_rows_source view with the element in its json_array, then
//     refills timeline_rows from it (as 00002_timeline_rows.sql fills it;
//     00003_events.sql, which drops the events, has nothing to refill).
//  4. rowjson.go: a constant for the element, at its place in the list;
//     its name, the view's column name, in rowFields; its case in
//     rowDecoder.decode. rowencode.go: the element in appendRowJSON, at
//     its place, from a field of rowSource that insertExtraction fills
//     (TestRowJSONMatchesView fails until it is what the view makes).
//  5. schema.go: the description of the view's column (and of the table's,
//     for a new value).
//  6. roundtrip_test.go: a distinct value for the field in newRoundTrip,
//     and the view's column in viewColumns.
//  7. timeline/export/record.go, when the exports show it.
package store
