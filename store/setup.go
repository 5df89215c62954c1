package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"sync"
)

// Migrations run in one transaction: goose commits each migration on its
// own, so a process killed between two of them left a new database at an
// old schema version, which read commands refuse. Here goose runs on a
// connection that has begun a transaction of its own and turns the
// transaction goose opens for each migration into a savepoint of it: the
// set-up commits whole, or leaves the database as it was. SQLite runs the
// CREATE, ALTER and DROP statements of a migration inside a transaction,
// and no migration of ours opts out of one (-- +goose NO TRANSACTION).

// migrated, when set, is called after each migration is applied, inside
// the set-up transaction: tests kill the process there.
var migrated func()

// upAtomically applies every pending migration in one transaction on a
// connection of its own, opened with dsn through db.rw's driver.
func (db *DB) upAtomically(ctx context.Context, dsn string) error {
	c := &setupConnector{drv: db.rw.Driver(), dsn: dsn}
	pool := sql.OpenDB(c)
	defer pool.Close()
	pool.SetMaxOpenConns(1)
	pool.SetMaxIdleConns(1)
	p, err := provider(pool)
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	_, upErr := p.Up(ctx)
	c.mu.Lock()
	conn := c.conn
	c.mu.Unlock()
	if conn == nil { // goose never connected: the error says why
		return upErr
	}
	if upErr != nil {
		return errors.Join(upErr, conn.exec(context.WithoutCancel(ctx), "ROLLBACK"))
	}
	return conn.exec(ctx, "COMMIT")
}

// setupConnector gives database/sql one connection, in a transaction
// begun when it is opened. It opens no other.
type setupConnector struct {
	drv driver.Driver
	dsn string

	mu   sync.Mutex
	conn *setupConn
}

func (c *setupConnector) Connect(ctx context.Context) (driver.Conn, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.conn != nil {
		// Its transaction would be lost with the first connection.
		return nil, errors.New("the set-up transaction has one connection only")
	}
	raw, err := c.drv.Open(c.dsn)
	if err != nil {
		return nil, err
	}
	conn := &setupConn{Conn: raw}
	// IMMEDIATE takes the write lock now: another writer makes this wait
	// for the busy timeout, then fail, before anything is done.
	if err := conn.exec(ctx, "BEGIN IMMEDIATE"); err != nil {
		raw.Close()
		return nil, err
	}
	c.conn = conn
	return conn, nil
}

func (c *setupConnector) Driver() driver.Driver { return c.drv }

// setupConn is a driver connection whose transactions are savepoints of
// the one it is in.
type setupConn struct {
	driver.Conn
}

// exec runs a statement without arguments on the connection.
func (c *setupConn) exec(ctx context.Context, query string) error {
	ex, ok := c.Conn.(driver.ExecerContext)
	if !ok {
		return fmt.Errorf("driver %T cannot execute statements directly", c.Conn)
	}
	_, err := ex.ExecContext(ctx, query, nil)
	return err
}

// Begin is BeginTx, for a caller that does not use contexts.
func (c *setupConn) Begin() (driver.Tx, error) {
	return c.BeginTx(context.Background(), driver.TxOptions{})
}

// BeginTx opens a savepoint in place of a transaction.
func (c *setupConn) BeginTx(ctx context.Context, _ driver.TxOptions) (driver.Tx, error) {
	if err := c.exec(ctx, "SAVEPOINT migration"); err != nil {
		return nil, err
	}
	return &savepoint{c: c}, nil
}

func (c *setupConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	if p, ok := c.Conn.(driver.ConnPrepareContext); ok {
		return p.PrepareContext(ctx, query)
	}
	return c.Conn.Prepare(query)
}

func (c *setupConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	if ex, ok := c.Conn.(driver.ExecerContext); ok {
		return ex.ExecContext(ctx, query, args)
	}
	return nil, driver.ErrSkip
}

func (c *setupConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	if q, ok := c.Conn.(driver.QueryerContext); ok {
		return q.QueryContext(ctx, query, args)
	}
	return nil, driver.ErrSkip
}

// savepoint is a migration's "transaction".
type savepoint struct{ c *setupConn }

func (s *savepoint) Commit() error {
	if err := s.c.exec(context.Background(), "RELEASE migration"); err != nil {
		return err
	}
	if migrated != nil {
		migrated()
	}
	return nil
}

func (s *savepoint) Rollback() error {
	if err := s.c.exec(context.Background(), "ROLLBACK TO migration"); err != nil {
		return err
	}
	return s.c.exec(context.Background(), "RELEASE migration")
}
