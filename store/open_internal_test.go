package store

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// TestPragmas checks that every pooled connection, not only the first, got
// the DSN pragmas.
func TestPragmas(t *testing.T) {
	ctx := context.Background()
	db, err := OpenWith(ctx, filepath.Join(t.TempDir(), "p.db"), Options{BusyTimeout: 1234 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()

	check := func(t *testing.T, pool *sql.DB, conns int, want map[string]string) {
		t.Helper()
		var held []*sql.Conn // hold them all so that each is a distinct connection
		defer func() {
			for _, c := range held {
				c.Close()
			}
		}()
		for i := 0; i < conns; i++ {
			c, err := pool.Conn(ctx)
			if err != nil {
				t.Fatal(err)
			}
			held = append(held, c)
			for pragma, value := range want {
				var got string
				if err := c.QueryRowContext(ctx, "PRAGMA "+pragma).Scan(&got); err != nil {
					t.Fatalf("conn %d: PRAGMA %s: %v", i, pragma, err)
				}
				if got != value {
					t.Errorf("conn %d: PRAGMA %s = %s; want %s", i, pragma, got, value)
				}
			}
		}
	}
	t.Run("write", func(t *testing.T) {
		check(t, db.rw, 1, map[string]string{
			"journal_mode": "wal", "foreign_keys": "1", "busy_timeout": "1234", "synchronous": "1", "query_only": "0",
			"temp_store": "2", "wal_autocheckpoint": "4000",
		})
	})
	t.Run("read", func(t *testing.T) {
		check(t, db.ro, 3, map[string]string{
			"journal_mode": "wal", "foreign_keys": "1", "busy_timeout": "1234", "query_only": "1",
			"mmap_size": fmt.Sprint(readerMmapSize),
		})
	})
	// A whole export turns the map off on its connection and back on after.
	t.Run("read after export", func(t *testing.T) {
		db.ro.SetMaxOpenConns(1)
		defer db.ro.SetMaxOpenConns(0)
		if err := db.EachRow(ctx, timeline.Filter{}, func(*timeline.Row) error { return nil }); err != nil {
			t.Fatal(err)
		}
		check(t, db.ro, 1, map[string]string{"mmap_size": fmt.Sprint(readerMmapSize)})
	})
}
