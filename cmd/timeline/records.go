package main

import (
	"encoding/json"
	"io"
)

// writeRecords writes recs as one indented JSON array (format "json") or
// as JSON Lines, a record a line ("jsonl"), without HTML escaping: the
// names and titles are shown as written.
func writeRecords[T any](w io.Writer, format string, recs []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if format == "jsonl" {
		for _, r := range recs {
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
		return nil
	}
	enc.SetIndent("", "  ")
	return enc.Encode(recs)
}
