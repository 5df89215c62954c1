package store

import (
	"context"
	"errors"
	"regexp"
	"strings"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/timeline-dev/timeline/timeline"
)

// origin says whose SQL failed. The same SQLite code means different things
// depending on it: a syntax error in `timeline sql` is the user's to fix, in
// the store's own statements it is a bug.
type origin int

const (
	ours origin = iota // SQL written in this package
	user               // SQL typed by the user (Query) or built from user input
)

// mapError is the one place where driver errors become *timeline.Error. It
// leaves nil, *timeline.Error and context errors alone, so callers can wrap
// any error on the way out.
func (db *DB) mapError(err error, from origin) error {
	if err == nil {
		return nil
	}
	var te *timeline.Error
	if errors.As(err, &te) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return timeline.Errorf(timeline.EINTERNAL, "database %s: %v", db.path, err)
	}
	msg := sqliteMessage(se)
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return timeline.Errorf(timeline.ECONFLICT,
			"database %s is locked by another writer (waited %s); try again when it has finished",
			db.path, db.opts.BusyTimeout)
	case sqlite3.SQLITE_READONLY:
		if from == user {
			return timeline.Errorf(timeline.EREADONLY, "SQL queries are read-only: %s", msg)
		}
		if db.readOnly {
			return timeline.Errorf(timeline.EREADONLY, "database %s is opened read-only: %s", db.path, msg)
		}
		return timeline.Errorf(timeline.EREADONLY,
			"cannot write to database %s: the file or its folder is read-only (%s)", db.path, msg)
	case sqlite3.SQLITE_AUTH:
		return timeline.Errorf(timeline.EREADONLY, "SQL queries are read-only: %s", msg)
	case sqlite3.SQLITE_CANTOPEN:
		return timeline.Errorf(timeline.ENOTFOUND, "cannot open database %s: %s", db.path, msg)
	case sqlite3.SQLITE_NOTADB:
		return timeline.Errorf(timeline.EINVALID, "%s is not a timeline database: %s", db.path, msg)
	case sqlite3.SQLITE_CORRUPT:
		return timeline.Errorf(timeline.EINTERNAL, "database %s is damaged: %s", db.path, msg)
	case sqlite3.SQLITE_FULL:
		return timeline.Errorf(timeline.EINTERNAL, "cannot write to database %s: disk full", db.path)
	case sqlite3.SQLITE_CONSTRAINT:
		return timeline.Errorf(timeline.EINVALID, "rejected by the database schema: %s", msg)
	case sqlite3.SQLITE_ERROR, sqlite3.SQLITE_RANGE, sqlite3.SQLITE_MISMATCH, sqlite3.SQLITE_TOOBIG:
		if from == user {
			return timeline.Errorf(timeline.EINVALID, "%s", msg)
		}
	}
	return timeline.Errorf(timeline.EINTERNAL, "database %s: %s", db.path, msg)
}

// codeSuffix matches what the driver appends to SQLite's message.
var codeSuffix = regexp.MustCompile(`( \(\d+\))?( \(SQLITE_BUSY\))?$`)

// sqliteMessage returns SQLite's own message without the driver's decoration:
// "SQL logic error: no such table: x (1)" becomes "no such table: x".
func sqliteMessage(e *sqlite.Error) string {
	msg := codeSuffix.ReplaceAllString(e.Error(), "")
	if generic, specific, ok := strings.Cut(msg, ": "); ok && specific != "" && generic != "" {
		msg = specific
	}
	return msg
}
