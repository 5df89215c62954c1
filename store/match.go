package store

import (
	"context"
	"database/sql"
	"strings"
	"unicode"

	"github.com/timeline-dev/timeline/timeline"
)

// ftsQuery turns what the user typed into an FTS5 query that cannot fail to
// parse. Plain words go through as they are; input that uses FTS5 syntax
// (OR, NOT, "phrases", prefix*) is kept when FTS5 accepts it; anything else,
// such as `U.S.` or a stray `"`, is searched as quoted words, which FTS5
// tokenizes as the indexed text was. Input with no word at all is EINVALID.
func (db *DB) ftsQuery(ctx context.Context, tx *sql.Tx, input string) (string, error) {
	fields := strings.Fields(input)
	if len(fields) == 0 {
		return "", timeline.Errorf(timeline.EINVALID, "the search text is empty")
	}
	if plainWords(fields) {
		return strings.Join(fields, " "), nil
	}
	var n int
	err := tx.QueryRowContext(ctx,
		`SELECT count(*) FROM (SELECT 1 FROM events_fts WHERE events_fts MATCH ? LIMIT 1)`, input).Scan(&n)
	if err == nil {
		return input, nil
	}
	if code := timeline.ErrorCode(db.mapError(err, user)); code != timeline.EINVALID {
		return "", db.mapError(err, ours) // not a syntax error: a real failure
	}
	quoted := make([]string, 0, len(fields))
	for _, f := range fields {
		if strings.IndexFunc(f, isWordRune) >= 0 { // a field of punctuation alone has nothing to match
			quoted = append(quoted, `"`+strings.ReplaceAll(f, `"`, `""`)+`"`)
		}
	}
	if len(quoted) == 0 {
		return "", timeline.Errorf(timeline.EINVALID, "the search %q has no words to look for", input)
	}
	return strings.Join(quoted, " "), nil
}

// plainWords reports whether fields are barewords FTS5 reads as implicitly
// ANDed terms, so that no probe is needed.
func plainWords(fields []string) bool {
	for _, f := range fields {
		switch f {
		case "AND", "OR", "NOT", "NEAR":
			return false
		}
		for _, r := range f {
			if !isWordRune(r) {
				return false
			}
		}
	}
	return true
}

// isWordRune approximates the characters FTS5's unicode61 tokenizer keeps.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}
