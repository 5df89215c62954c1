// Package store keeps timelines in SQLite. It is the only package that speaks
// SQL: it opens the database (pragmas, goose migrations), saves documents with
// their mentions and events, answers timeline queries, and runs the read-only
// SQL of `timeline sql`. Everything it returns is a domain type, or an error
// whose code timeline.ErrorCode reads; driver errors become domain errors in
// one place, error.go.
//
// Files: open.go (DSN, pragmas, migrations), error.go (error mapping),
// save.go and writer.go (SaveDocument, SaveDocuments, ReplaceExtraction),
// validate.go, document.go (reading documents and mentions), timeline.go and
// row.go (Timeline, EachRow), rowjson.go (decoding timeline_rows.row_json),
// stream.go (reading rows on a second goroutine), docnames.go (the document
// fields of rows), instant.go (fast instant parsing), span.go (the
// date-range index trick), match.go (full-text search input), query.go and
// sqltext.go (read-only SQL), entity.go, stats.go, schema.go.
package store
