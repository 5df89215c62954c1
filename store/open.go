package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/pressly/goose/v3"
	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/timeline-dev/timeline/migrations"
	"github.com/timeline-dev/timeline/timeline"
)

// DefaultBusyTimeout is how long a write waits for another writer to finish
// before it fails with ECONFLICT.
const DefaultBusyTimeout = 5 * time.Second

// Options tunes OpenWith. The zero value opens for writing with the defaults.
type Options struct {
	// ReadOnly opens the database with mode=ro and query_only(1): nothing can
	// be written through it, and a missing file is an error instead of being
	// created. Migrations are not run; an outdated schema is an error.
	ReadOnly bool
	// MustExist opens for writing only a database that exists: a missing
	// file is ENOTFOUND instead of being created, as for ReadOnly.
	MustExist bool
	// BusyTimeout is how long a statement waits for a lock held by another
	// connection. Zero means DefaultBusyTimeout.
	BusyTimeout time.Duration
}

// DB is an open timeline database. It is safe for concurrent use.
type DB struct {
	// rw is the write pool, nil when read-only. One connection: SQLite has a
	// single writer anyway, and queueing in database/sql is cheaper than
	// polling in the busy handler.
	rw *sql.DB
	// ro serves every read, so that reads never take the write lock and the
	// SQL of `timeline sql` runs where writing is impossible.
	ro       *sql.DB
	path     string
	readOnly bool
	opts     Options
	// cleanup is set when a read-only open made the -wal and -shm files
	// that Close must remove (readAccess).
	cleanup  string
	entities *entityCache
	buffers  *batchBuffers
}

// Open opens the database at path for reading and writing, creating it if
// needed, and migrates its schema to the latest version.
// readerMmapSize is how much of the database a read-only connection maps:
// on a million events 256 MB keeps a full-text page at 26 ms (1 GB: 23 ms,
// none: 42 ms) while the resident size of a query stays near 200 MB (1 GB
// mapped showed 384 MB for a 50-row page).
const readerMmapSize = 256 << 20

func Open(ctx context.Context, path string) (*DB, error) {
	return OpenWith(ctx, path, Options{})
}

// OpenReadOnly opens an existing database for queries only, as the `sql` and
// `show` commands do.
func OpenReadOnly(ctx context.Context, path string) (*DB, error) {
	return OpenWith(ctx, path, Options{ReadOnly: true})
}

// OpenWith opens the database at path with the given options.
func OpenWith(ctx context.Context, path string, opts Options) (_ *DB, err error) {
	if opts.BusyTimeout <= 0 {
		opts.BusyTimeout = DefaultBusyTimeout
	}
	db := &DB{path: path, readOnly: opts.ReadOnly, opts: opts, entities: &entityCache{}, buffers: &batchBuffers{}}
	abs, err := checkPath(path, opts.ReadOnly || opts.MustExist)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			db.Close()
		}
	}()

	if !opts.ReadOnly {
		if db.rw, err = sql.Open("sqlite", dsn(abs, opts, false)); err != nil {
			return nil, db.mapError(err, ours)
		}
		db.rw.SetMaxOpenConns(1)
	}
	roDSN := dsn(abs, opts, true)
	if opts.ReadOnly {
		var immutable bool
		if immutable, db.cleanup = readAccess(abs); immutable {
			roDSN += "&immutable=1"
		}
	}
	if db.ro, err = sql.Open("sqlite", roDSN); err != nil {
		return nil, db.mapError(err, ours)
	}
	db.ro.SetMaxOpenConns(max(4, runtime.NumCPU()))

	if opts.ReadOnly {
		err = db.checkVersion(ctx)
	} else {
		err = db.migrate(ctx, dsn(abs, opts, false))
	}
	if err != nil {
		return nil, err
	}
	if !opts.ReadOnly {
		// SQLite opens a write-protected file read-only without a word; say so
		// now rather than at the first write, minutes into an ingest.
		f, err := os.OpenFile(abs, os.O_WRONLY, 0)
		if err != nil {
			return nil, timeline.Errorf(timeline.EREADONLY,
				"cannot write to database %s: %v (use a read-only command to query it)", path, unwrapPathError(err))
		}
		f.Close()
	}
	return db, nil
}

// Close closes the database. It is safe to call more than once.
func (db *DB) Close() error {
	var errs []error
	// Readers first: the last connection to close checkpoints the WAL into
	// the database file, and only a writer can.
	if db.ro != nil {
		errs = append(errs, db.ro.Close())
	}
	if db.rw != nil {
		errs = append(errs, db.rw.Close())
	}
	if db.cleanup != "" {
		removeReaderFiles(db.cleanup)
		db.cleanup = ""
	}
	return db.mapError(errors.Join(errs...), ours)
}

// readAccess decides how a read-only open reads the database file abs
// without leaving anything behind. SQLite reads a database in WAL mode
// through two files beside it, -wal and -shm, which it creates when they
// are absent and which a read-only connection cannot remove when it
// closes: in a folder it cannot write, opening then fails ("attempt to
// write a readonly database"); in one it can, they stay, owned by the
// reader, where they may stop the owner's next write.
//
// When there is a -wal file, a writer is at work or left a log to
// recover, and reading goes through it as usual (immutable is false).
// Without one, every committed write is in the database file itself.
// When the reader could write the file and its folder, it reads as usual
// and cleanup names the file, for Close to remove the two files again
// (removeReaderFiles). Otherwise it reads the file as immutable: no lock,
// no other file, which also serves a read-only medium. A writer that
// starts meanwhile writes to its own log and changes the file only when it
// checkpoints (every 16 MB of log, and when it closes), which a long read
// could then see half done; a writer in another folder's account is the
// rare case this risk is taken for.
func readAccess(abs string) (immutable bool, cleanup string) {
	if _, err := os.Stat(abs + "-wal"); err == nil {
		return false, ""
	}
	if canWrite(abs) && canWrite(filepath.Dir(abs)) {
		return false, abs
	}
	return true, ""
}

// removeReaderFiles removes the -wal and -shm files of the database abs
// as SQLite does: the last connection able to write removes them as it
// closes, after it checkpoints the log, and leaves them to any other
// process that still has the database open. Failing to is not an error
// of the read that made them.
func removeReaderFiles(abs string) {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs), RawQuery: "mode=rw&_pragma=busy_timeout(1000)"}
	conn, err := sql.Open("sqlite", u.String())
	if err != nil {
		return
	}
	defer conn.Close()
	var n int
	_ = conn.QueryRow(`SELECT count(*) FROM sqlite_schema`).Scan(&n)
}

// Path returns the path the database was opened with.
func (db *DB) Path() string { return db.path }

// Exists reports whether a database file is at path. A missing file is
// not an error when it could be created there; a path that cannot hold a
// database (a folder, a missing folder) is.
func Exists(path string) (bool, error) {
	if _, err := checkPath(path, false); err != nil {
		return false, err
	}
	_, err := os.Stat(path)
	return err == nil, nil
}

// checkPath turns the common ways of giving a bad path into clear errors
// before SQLite turns them into "unable to open database file". It returns
// the absolute path.
func checkPath(path string, mustExist bool) (string, error) {
	if path == "" {
		return "", timeline.Errorf(timeline.EINVALID, "no database path given")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", timeline.Errorf(timeline.EINVALID, "database path %s: %v", path, err)
	}
	fi, err := os.Stat(abs)
	switch {
	case err == nil && fi.IsDir():
		return "", timeline.Errorf(timeline.EINVALID, "database path %s is a folder, not a file", path)
	case err == nil:
		return abs, nil
	case !errors.Is(err, fs.ErrNotExist):
		return "", timeline.Errorf(timeline.EINVALID, "database %s: %v", path, unwrapPathError(err))
	case mustExist:
		return "", timeline.Errorf(timeline.ENOTFOUND, "database %s does not exist", path)
	}
	dir := filepath.Dir(abs)
	if fi, err := os.Stat(dir); err != nil {
		return "", timeline.Errorf(timeline.ENOTFOUND,
			"cannot create database %s: folder %s does not exist", path, filepath.Dir(path))
	} else if !fi.IsDir() {
		return "", timeline.Errorf(timeline.EINVALID,
			"cannot create database %s: %s is not a folder", path, filepath.Dir(path))
	}
	return abs, nil
}

// unwrapPathError drops the path from an *fs.PathError, which our messages
// already name.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// dsn builds the connection string. Pragmas go in _pragma parameters so that
// every connection the pool opens gets them, not just the first.
func dsn(abs string, opts Options, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", opts.BusyTimeout.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	q.Set("_time_format", "sqlite")
	if readOnly {
		// Memory-mapped reads spare the driver a read call per page missing
		// from the cache: a third off random lookups, measured on 1M events.
		// Only readers map the file: mapped pages count in the resident size,
		// and a writer streaming a 1 GB corpus would hold most of its
		// database that way (987 MB RSS measured, against a 150 MB target).
		q.Add("_pragma", fmt.Sprintf("mmap_size(%d)", readerMmapSize))
		q.Add("_pragma", "cache_size(-32768)") // 32 MiB per connection
		// mode=ro is enforced by SQLite's open flags and cannot be undone by
		// a statement; query_only additionally refuses writes to attachments.
		q.Set("mode", "ro")
		q.Add("_pragma", "query_only(1)")
	} else {
		// The writer's cache is small: the pages it dirties are written to
		// the WAL at every commit whatever its size, and the pages it reads
		// again come from the operating system's cache. 8 MiB instead of
		// the readers' 32 took 45 MB off the peak RSS of an ingest of the
		// silver corpus (190 → 143 MB) and no time.
		q.Add("_pragma", "cache_size(-8192)")
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "synchronous(NORMAL)")
		// Statement journals in memory: the INSERT ... SELECT that fills
		// timeline_rows at the end of every transaction journals more than
		// the 64 KiB SQLite otherwise keeps in memory, and spilling it
		// created a temporary file per transaction. Checkpoints every 16 MB
		// of WAL rather than 4 MB: fewer of them, each page copied once for
		// many transactions. Together they won back half of what writing
		// timeline_rows costs an ingest (silver corpus: 13% slower without
		// them, 6% with).
		q.Add("_pragma", "temp_store(MEMORY)")
		q.Add("_pragma", "wal_autocheckpoint(4000)")
		// BEGIN IMMEDIATE takes the write lock up front, so a transaction
		// waits busy_timeout for it instead of failing at its first write
		// when another writer slipped in (SQLITE_BUSY_SNAPSHOT).
		q.Set("_txlock", "immediate")
	}
	// A file: URI, because SQLite honours mode=ro only in that form.
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs), RawQuery: q.Encode()}
	return u.String()
}

// provider returns a goose provider over conn with our embedded migrations.
func provider(conn *sql.DB) (*goose.Provider, error) {
	return goose.NewProvider(goose.DialectSQLite3, conn, migrations.FS, goose.WithDisableGlobalRegistry(true))
}

// migrate refuses a database newer than this binary, then applies pending
// migrations, all in one transaction on a connection opened with rwDSN.
func (db *DB) migrate(ctx context.Context, rwDSN string) error {
	p, err := provider(db.rw)
	if err != nil {
		return timeline.Errorf(timeline.EINTERNAL, "migrations: %v", err)
	}
	if ok, err := db.hasVersionTable(ctx, db.rw); err != nil {
		return err
	} else if !ok {
		// Never add our tables to somebody else's database.
		var n int
		if err := db.rw.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema`).Scan(&n); err != nil {
			return db.mapError(err, ours)
		} else if n > 0 {
			return timeline.Errorf(timeline.EINVALID, "%s is not a timeline database (it has other tables and no schema version)", db.path)
		}
	} else {
		current, err := p.GetDBVersion(ctx)
		if err != nil {
			return db.mapError(err, ours)
		}
		switch latest := latestVersion(p); {
		case current > latest:
			return newerSchemaError(db.path, current, latest)
		case current == latest:
			return nil
		}
	}
	if err := db.upAtomically(ctx, rwDSN); err != nil {
		return db.mapError(err, ours)
	}
	return nil
}

// checkVersion verifies, without writing, that a database opened read-only has
// exactly the schema this binary knows.
func (db *DB) checkVersion(ctx context.Context) error {
	if ok, err := db.hasVersionTable(ctx, db.ro); err != nil {
		return err
	} else if !ok {
		// A new file, or one whose set-up was killed: the set-up is one
		// transaction, so it holds nothing at all.
		var n int
		if err := db.ro.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema`).Scan(&n); err != nil {
			return db.mapError(err, ours)
		} else if n == 0 {
			return timeline.Errorf(timeline.ENOTFOUND, "database %s is empty: nothing was stored in it yet", db.path)
		}
		return timeline.Errorf(timeline.EINVALID, "%s is not a timeline database (it has no schema version)", db.path)
	}
	p, err := provider(db.ro)
	if err != nil {
		return timeline.Errorf(timeline.EINTERNAL, "migrations: %v", err)
	}
	current, err := p.GetDBVersion(ctx)
	if err != nil {
		return db.mapError(err, ours)
	}
	switch latest := latestVersion(p); {
	case current > latest:
		return newerSchemaError(db.path, current, latest)
	case current < latest:
		return timeline.Errorf(timeline.ECONFLICT,
			"database %s has schema version %d, older than this timeline's %d: run timeline reindex on it once to upgrade it and re-extract its documents",
			db.path, current, latest)
	}
	return nil
}

// hasVersionTable reports whether goose has ever run on the database. It also
// serves as the first statement, so an unreadable file fails here.
func (db *DB) hasVersionTable(ctx context.Context, conn *sql.DB) (bool, error) {
	var n int
	err := conn.QueryRowContext(ctx,
		`SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?`, goose.DefaultTablename).Scan(&n)
	if err != nil {
		return false, db.mapError(err, ours)
	}
	return n > 0, nil
}

// latestVersion is the highest migration version this binary carries.
func latestVersion(p *goose.Provider) int64 {
	sources := p.ListSources()
	if len(sources) == 0 {
		return 0
	}
	return sources[len(sources)-1].Version
}

func newerSchemaError(path string, current, latest int64) error {
	return timeline.Errorf(timeline.ECONFLICT,
		"database %s has schema version %d, newer than the %d this timeline knows: upgrade timeline to use it",
		path, current, latest)
}
