// Package migrations holds the SQLite schema of the timeline database as goose
// SQL migrations, embedded so that the binary carries its own schema.
//
// Files are named NNNNN_description.sql and are applied in version order by
// store.Open through goose's Provider API. A migration, once released, is
// never edited: change the schema by adding the next file.
package migrations

import "embed"

// FS holds every migration file. Pass it to goose.NewProvider.
//
//go:embed *.sql
var FS embed.FS
