package store

import (
	"context"
	"database/sql"
	"strings"
	"sync"
)

// rowBatch inserts rows into one table several at a time: rows are queued,
// then flushed with a statement of batchRows rows for every full batch, and
// a one-row statement for the rest. A document brings about forty events;
// one statement per row cost more in database/sql, the driver and SQLite's
// statement setup than the insert itself. Nothing is inserted before
// flush, so that the writer can flush tables in the order their foreign
// keys need.
type rowBatch struct {
	table     string
	one, many *sql.Stmt
	width     int   // columns per row
	args      []any // the pending rows' values, row after row
}

// batchRows is how many rows one statement inserts: enough to make the
// per-statement cost small, few enough to keep the statement short (20
// columns × 32 rows is 640 parameters).
const batchRows = 32

// newRowBatch prepares the statements of an insert into table of columns
// (a parenthesised, comma-separated list) in tx, followed by the conflict
// clause onConflict, if any.
func newRowBatch(ctx context.Context, tx *sql.Tx, table, columns, onConflict string) (*rowBatch, error) {
	width := strings.Count(columns, ",") + 1
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", width), ", ") + ")"
	insert := `INSERT INTO ` + table + ` ` + columns + ` VALUES `
	if onConflict != "" {
		onConflict = " " + onConflict
	}
	b := &rowBatch{table: table, width: width}
	var err error
	if b.one, err = tx.PrepareContext(ctx, insert+row+onConflict); err != nil {
		return nil, err
	}
	if b.many, err = tx.PrepareContext(ctx, insert+strings.TrimSuffix(strings.Repeat(row+", ", batchRows), ", ")+onConflict); err != nil {
		b.close()
		return nil, err
	}
	return b, nil
}

// batchBuffers keeps the queues of the rowBatches of a transaction for
// the next one: a transaction queues a few hundred thousand values, and
// growing their slices again in every one took 5% of an ingest.
type batchBuffers struct {
	mu   sync.Mutex
	args map[string][]any // by table
}

// take returns the queue last put for table, empty, or nil.
func (p *batchBuffers) take(table string) []any {
	p.mu.Lock()
	defer p.mu.Unlock()
	args := p.args[table]
	delete(p.args, table)
	return args[:0]
}

// put keeps args, whose values are cleared, for the next batch of table.
func (p *batchBuffers) put(table string, args []any) {
	clear(args[:cap(args)]) // let the values go
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.args == nil {
		p.args = map[string][]any{}
	}
	p.args[table] = args[:0]
}

// add queues a row.
func (b *rowBatch) add(values ...any) { b.args = append(b.args, values...) }

// flush inserts the queued rows, in the order they were queued.
func (b *rowBatch) flush(ctx context.Context) error {
	defer b.drop()
	full := b.width * batchRows
	i := 0
	for ; i+full <= len(b.args); i += full {
		if _, err := b.many.ExecContext(ctx, b.args[i:i+full]...); err != nil {
			return err
		}
	}
	for ; i < len(b.args); i += b.width {
		if _, err := b.one.ExecContext(ctx, b.args[i:i+b.width]...); err != nil {
			return err
		}
	}
	return nil
}

// drop forgets the rows still queued.
func (b *rowBatch) drop() {
	clear(b.args) // let the values go
	b.args = b.args[:0]
}

func (b *rowBatch) close() {
	for _, s := range []*sql.Stmt{b.one, b.many} {
		if s != nil {
			s.Close()
		}
	}
}
