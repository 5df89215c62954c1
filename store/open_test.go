package store_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/migrations"
	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
)

func TestOpenReopen(t *testing.T) {
	ctx := context.Background()
	db, path := openDB(t)
	newArticle("One", "It happened on 1 May 2025.").date("1 May 2025", "2025-05-01", timeline.GranularityDay, "2025-05-01", "2025-05-02").save(t, db)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	for _, open := range []func(context.Context, string) (*store.DB, error){store.Open, store.OpenReadOnly} {
		db, err := open(ctx, path)
		if err != nil {
			t.Fatalf("reopen: %v", err)
		}
		if _, total, err := db.Timeline(ctx, timeline.Filter{}); err != nil || total != 1 {
			t.Errorf("after reopen: total = %d, %v; want 1", total, err)
		}
		db.Close()
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.db")
	if err := os.WriteFile(garbage, []byte(strings.Repeat("not a database at all ", 200)), 0o644); err != nil {
		t.Fatal(err)
	}
	foreign := filepath.Join(dir, "foreign.db")
	raw, err := sql.Open("sqlite", foreign)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`CREATE TABLE t (x)`); err != nil {
		t.Fatal(err)
	}
	raw.Close()

	tests := []struct {
		name     string
		path     string
		readOnly bool
		code     string
		mention  string // the message must contain this
	}{
		{"empty path", "", false, timeline.EINVALID, "no database path"},
		{"missing folder", filepath.Join(dir, "no", "such", "t.db"), false, timeline.ENOTFOUND, filepath.Join(dir, "no", "such")},
		{"folder as file", dir, false, timeline.EINVALID, dir},
		{"missing file read-only", filepath.Join(dir, "missing.db"), true, timeline.ENOTFOUND, "missing.db"},
		{"not a database", garbage, false, timeline.EINVALID, "garbage.db"},
		{"not a database read-only", garbage, true, timeline.EINVALID, "garbage.db"},
		{"not a timeline database", foreign, false, timeline.EINVALID, "not a timeline database"},
		{"not a timeline database read-only", foreign, true, timeline.EINVALID, "not a timeline database"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, err := store.OpenWith(ctx, tt.path, store.Options{ReadOnly: tt.readOnly})
			if err == nil {
				db.Close()
				t.Fatal("Open succeeded")
			}
			t.Log(err)
			wantCode(t, err, tt.code)
			if !strings.Contains(err.Error(), tt.mention) {
				t.Errorf("error %q does not mention %q", err, tt.mention)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "missing.db")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("OpenReadOnly created the missing file (stat: %v)", err)
	}
}

// latestVersion is the number of migrations, which are numbered from 1
// without gaps (checked in package migrations).
func latestVersion(t testing.TB) int {
	files, err := fs.Glob(migrations.FS, "*.sql")
	if err != nil || len(files) == 0 {
		t.Fatalf("migrations: %v %v", files, err)
	}
	return len(files)
}

// setVersion records a goose version in a database, as a newer or older
// binary would have left it.
func setVersion(t *testing.T, path string, query string) {
	t.Helper()
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if _, err := raw.Exec(query); err != nil {
		t.Fatal(err)
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	ctx := context.Background()
	db, path := openDB(t)
	db.Close()
	setVersion(t, path, `INSERT INTO goose_db_version (version_id, is_applied) VALUES (99999, 1)`)

	for _, opts := range []store.Options{{}, {ReadOnly: true}} {
		db, err := store.OpenWith(ctx, path, opts)
		if err == nil {
			db.Close()
			t.Fatalf("OpenWith(%+v) accepted a newer schema", opts)
		}
		t.Log(err)
		wantCode(t, err, timeline.ECONFLICT)
		latest := fmt.Sprintf(" %d ", latestVersion(t))
		if !strings.Contains(err.Error(), "99999") || !strings.Contains(err.Error(), latest) {
			t.Errorf("error %q should name both versions (99999 and%s)", err, latest)
		}
	}
}

func TestOlderSchemaReadOnly(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	// What a binary with no migrations yet would leave: goose's table at 0.
	setVersion(t, path, `CREATE TABLE goose_db_version (id INTEGER PRIMARY KEY AUTOINCREMENT,
		version_id INTEGER NOT NULL, is_applied INTEGER NOT NULL, tstamp TIMESTAMP DEFAULT (datetime('now')));
		INSERT INTO goose_db_version (version_id, is_applied) VALUES (0, 1)`)

	_, err := store.OpenReadOnly(ctx, path)
	wantCode(t, err, timeline.ECONFLICT)
	if !strings.Contains(err.Error(), "older") {
		t.Errorf("error %q should say the schema is older", err)
	}
	db, err := store.Open(ctx, path) // upgrades
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = store.OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatalf("OpenReadOnly after upgrade: %v", err)
	}
	db.Close()
}

func TestOpenReadOnlyFile(t *testing.T) {
	ctx := context.Background()
	db, path := openDB(t)
	db.Close()
	protect(t, path)

	db, err := store.Open(ctx, path)
	if err == nil {
		db.Close()
		t.Fatal("Open of a write-protected file succeeded")
	}
	t.Log(err)
	wantCode(t, err, timeline.EREADONLY)
	if !strings.Contains(err.Error(), path) {
		t.Errorf("error %q does not name the file", err)
	}
	db, err = store.OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatalf("OpenReadOnly of a write-protected file: %v", err)
	}
	db.Close()
}

// protect makes path unwritable even for root (chattr +i), or with file
// permissions for other users.
func protect(t *testing.T, path string) {
	t.Helper()
	if os.Geteuid() != 0 {
		if err := os.Chmod(path, 0o444); err != nil {
			t.Fatal(err)
		}
		return
	}
	if out, err := exec.Command("chattr", "+i", path).CombinedOutput(); err != nil {
		t.Skipf("running as root and cannot make a file immutable: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("chattr", "-i", path).Run() })
}
