package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"strings"
	"sync"

	"modernc.org/sqlite"

	"github.com/timeline-dev/timeline/timeline"
)

// Rows is the streaming result of Query, read like database/sql's Rows.
type Rows struct {
	db      *DB
	conn    *sql.Conn
	rows    *sql.Rows
	columns []string
	values  []any
	ptrs    []any // &values[i], for Scan
	err     error
	denied  *denials
}

// Query runs one SQL statement typed by a user (`timeline sql`) on a
// read-only connection and streams its rows. Exactly one statement is
// accepted. Anything that would write — INSERT, UPDATE, DELETE, DROP,
// CREATE, ALTER, ATTACH, VACUUM, transaction control, a PRAGMA that sets a
// value — fails with EREADONLY before it runs; a syntax error is EINVALID.
// Close the Rows when done.
func (db *DB) Query(ctx context.Context, query string, args ...any) (*Rows, error) {
	// Name the refused statement before anything else, so that a CREATE
	// TRIGGER is not reported as "more than one statement" for its body.
	if kw := firstKeyword(query); writeKeywords[kw] {
		return nil, timeline.Errorf(timeline.EREADONLY, "SQL queries are read-only: %s statements are not allowed", kw)
	}
	if err := singleStatement(query); err != nil {
		return nil, err
	}
	conn, err := db.ro.Conn(ctx)
	if err != nil {
		return nil, db.mapError(err, ours)
	}
	r := &Rows{db: db, conn: conn, denied: &denials{}}
	if r.denied.virtual, err = virtualTables(ctx, conn); err != nil {
		conn.Close()
		return nil, db.mapError(err, ours)
	}
	// The authorizer sits on this connection only while the user's statement
	// runs; the store's own reads on the pool need no such policy.
	if err := conn.Raw(func(dc any) error {
		return dc.(sqlite.AuthorizerRegisterer).RegisterAuthorizer(r.denied.authorize)
	}); err != nil {
		conn.Close()
		return nil, db.mapError(err, ours)
	}
	r.rows, err = conn.QueryContext(ctx, query, args...)
	if err != nil {
		r.Close()
		return nil, r.mapError(err)
	}
	if r.columns, err = r.rows.Columns(); err != nil {
		r.Close()
		return nil, r.mapError(err)
	}
	return r, nil
}

// writeKeywords start statements that write or control transactions. They are
// refused by name for a clear message ("VACUUM", where the authorizer would
// only see the ATTACH that VACUUM INTO does); the authorizer below is what
// guarantees read-only, and also catches WITH ... INSERT.
var writeKeywords = map[string]bool{
	"INSERT": true, "UPDATE": true, "DELETE": true, "REPLACE": true,
	"CREATE": true, "DROP": true, "ALTER": true, "ATTACH": true, "DETACH": true,
	"VACUUM": true, "REINDEX": true, "ANALYZE": true,
	"BEGIN": true, "COMMIT": true, "END": true, "ROLLBACK": true, "SAVEPOINT": true, "RELEASE": true,
}

// Columns returns the names of the result columns.
func (r *Rows) Columns() []string { return r.columns }

// Next advances to the next row, reporting false at the end or on error.
func (r *Rows) Next() bool {
	if r.err != nil || !r.rows.Next() {
		return false
	}
	if r.values == nil {
		r.values = make([]any, len(r.columns))
		r.ptrs = make([]any, len(r.columns))
		for i := range r.values {
			r.ptrs[i] = &r.values[i]
		}
	}
	if err := r.rows.Scan(r.ptrs...); err != nil {
		r.err = r.mapError(err)
		return false
	}
	return true
}

// Values returns the current row: int64, float64, string, []byte or nil per
// column. The slice is reused by Next.
func (r *Rows) Values() []any { return r.values }

// Err returns the error that ended Next early, if any.
func (r *Rows) Err() error {
	if r.err != nil {
		return r.err
	}
	return r.mapError(r.rows.Err())
}

// Close releases the connection. It is safe to call more than once.
func (r *Rows) Close() error {
	if r.conn == nil {
		return nil
	}
	if r.rows != nil {
		r.rows.Close()
	}
	// A connection whose authorizer cannot be removed is dropped from the
	// pool rather than handed to the store's own queries.
	err := r.conn.Raw(func(dc any) error {
		if err := dc.(sqlite.AuthorizerRegisterer).RegisterAuthorizer(nil); err != nil {
			return driver.ErrBadConn
		}
		return nil
	})
	r.conn.Close()
	r.conn = nil
	if err == driver.ErrBadConn {
		return nil
	}
	return r.db.mapError(err, ours)
}

// mapError explains a refusal by the authorizer with what was refused.
func (r *Rows) mapError(err error) error {
	if err == nil {
		return nil
	}
	if what := r.denied.first(); what != "" {
		return timeline.Errorf(timeline.EREADONLY, "SQL queries are read-only: %s is not allowed", what)
	}
	return r.db.mapError(err, user)
}

// denials is the authorizer of user SQL. It allows reading and refuses
// everything else, remembering what it refused for the error message.
type denials struct {
	// virtual lists the virtual tables (FTS5, R*Tree). Reading one makes
	// its module prepare statements that write its shadow tables; those are
	// let through, as the connection's mode=ro still stops any real write.
	virtual []string
	mu      sync.Mutex
	what    []string
}

// virtualTables lists the virtual tables of the database.
func virtualTables(ctx context.Context, conn *sql.Conn) ([]string, error) {
	rows, err := conn.QueryContext(ctx, `SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, err
		}
		names = append(names, name)
	}
	return names, rows.Err()
}

// shadow reports whether table belongs to a virtual table's module.
func (d *denials) shadow(table string) bool {
	for _, v := range d.virtual {
		if rest, ok := strings.CutPrefix(table, v+"_"); ok && rest != "" && !strings.Contains(rest, "_") {
			return true
		}
	}
	return false
}

func (d *denials) first() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.what) == 0 {
		return ""
	}
	return d.what[0]
}

func (d *denials) authorize(action sqlite.AuthorizerActionCode, arg1, arg2, _, _ string) sqlite.AuthorizerReturnCode {
	var what string
	switch action {
	case sqlite.AuthSelect, sqlite.AuthRead, sqlite.AuthFunction, sqlite.AuthRecursive:
		return sqlite.AuthorizerOK
	case sqlite.AuthPragma:
		if readPragma(strings.ToLower(arg1), arg2) {
			return sqlite.AuthorizerOK
		}
		what = "PRAGMA " + arg1
		if arg2 != "" {
			what += " = " + arg2
		}
	case sqlite.AuthInsert, sqlite.AuthUpdate, sqlite.AuthDelete:
		if d.shadow(arg1) {
			return sqlite.AuthorizerOK
		}
		what = map[sqlite.AuthorizerActionCode]string{
			sqlite.AuthInsert: "INSERT into ", sqlite.AuthUpdate: "UPDATE of ", sqlite.AuthDelete: "DELETE from ",
		}[action] + arg1
	case sqlite.AuthAttach:
		what = "ATTACH"
	case sqlite.AuthDetach:
		what = "DETACH"
	case sqlite.AuthTransaction, sqlite.AuthSavepoint:
		what = "transaction control (" + strings.ToUpper(arg1) + ")"
	default:
		what = fmt.Sprintf("a schema change (%s)", actionName(action))
	}
	d.mu.Lock()
	d.what = append(d.what, what)
	d.mu.Unlock()
	return sqlite.AuthorizerDeny
}

// readPragma reports whether a pragma only reads: no value given (a query),
// or one of the pragmas whose argument names what to describe.
func readPragma(name, arg string) bool {
	switch name {
	case "optimize", "wal_checkpoint", "incremental_vacuum", "shrink_memory":
		return false // they act even without a value
	case "table_info", "table_xinfo", "table_list", "index_info", "index_xinfo", "index_list",
		"foreign_key_list", "foreign_key_check", "integrity_check", "quick_check", "function_list",
		"module_list", "pragma_list", "collation_list", "database_list", "compile_options":
		return true
	}
	return arg == ""
}

func actionName(a sqlite.AuthorizerActionCode) string {
	switch a {
	case sqlite.AuthCreateTable, sqlite.AuthCreateTempTable, sqlite.AuthCreateVTable:
		return "CREATE TABLE"
	case sqlite.AuthCreateIndex, sqlite.AuthCreateTempIndex:
		return "CREATE INDEX"
	case sqlite.AuthCreateView, sqlite.AuthCreateTempView:
		return "CREATE VIEW"
	case sqlite.AuthCreateTrigger, sqlite.AuthCreateTempTrigger:
		return "CREATE TRIGGER"
	case sqlite.AuthDropTable, sqlite.AuthDropTempTable, sqlite.AuthDropVTable:
		return "DROP TABLE"
	case sqlite.AuthDropIndex, sqlite.AuthDropTempIndex:
		return "DROP INDEX"
	case sqlite.AuthDropView, sqlite.AuthDropTempView:
		return "DROP VIEW"
	case sqlite.AuthDropTrigger, sqlite.AuthDropTempTrigger:
		return "DROP TRIGGER"
	case sqlite.AuthAlterTable:
		return "ALTER TABLE"
	case sqlite.AuthReindex:
		return "REINDEX"
	case sqlite.AuthAnalyze:
		return "ANALYZE"
	}
	return fmt.Sprintf("action %d", a)
}
