package store_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"github.com/timeline-dev/timeline/store"
)

// writeProtect makes path (a file or a folder) unwritable for this
// process: with permissions for a user, with chattr +i for root, to whom
// permissions do not apply; the test is skipped as root without chattr.
func writeProtect(t *testing.T, path string) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() != 0 {
		if err := os.Chmod(path, fi.Mode().Perm()&^0o222); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(path, fi.Mode().Perm()) })
		return
	}
	if out, err := exec.Command("chattr", "+i", path).CombinedOutput(); err != nil {
		t.Skipf("running as root, where permissions do not apply, and chattr +i fails: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("chattr", "-i", path).Run() })
}

// files lists the folder's entries.
func files(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// readAll opens path read-only, reads its documents back and closes it.
func readAll(t *testing.T, path string, want int) {
	t.Helper()
	db, err := store.OpenReadOnly(context.Background(), path)
	if err != nil {
		t.Fatalf("OpenReadOnly: %v", err)
	}
	if n := count(t, db, "documents"); n != want {
		t.Errorf("read %d documents; want %d", n, want)
	}
	rows, err := db.Query(context.Background(), "SELECT count(*) FROM timeline")
	if err != nil {
		t.Fatalf("Query: %v", err)
	}
	for rows.Next() {
	}
	if err := rows.Err(); err != nil {
		t.Errorf("Query: %v", err)
	}
	rows.Close()
	if err := db.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
}

// TestReadOnlyOpenLeavesNothing reads a database that was closed cleanly,
// in a folder or from a file this process may not write, or may: the read
// must work and leave no -wal or -shm file behind.
func TestReadOnlyOpenLeavesNothing(t *testing.T) {
	tests := []struct {
		name    string
		protect func(t *testing.T, dir, path string)
	}{
		{"writable file and folder", func(*testing.T, string, string) {}},
		{"read-only folder", func(t *testing.T, dir, _ string) { writeProtect(t, dir) }},
		{"read-only file", func(t *testing.T, _, path string) { writeProtect(t, path) }},
		{"read-only file and folder", func(t *testing.T, dir, path string) { writeProtect(t, path); writeProtect(t, dir) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, path := openDB(t)
			newArticle("A", "The vote was held on Monday.").date("Monday", "2025-05-19", "day", "2025-05-19", "2025-05-20").save(t, db)
			if err := db.Close(); err != nil {
				t.Fatal(err)
			}
			dir := filepath.Dir(path)
			before := files(t, dir)
			tt.protect(t, dir, path)
			readAll(t, path, 1)
			readAll(t, path, 1) // a second read finds what the first left
			if after := files(t, dir); !slices.Equal(after, before) {
				t.Errorf("files after reading: %q; before: %q", after, before)
			}
		})
	}
}

// TestReadOnlyOpenBesideWriter reads while a writer has the database open,
// before and after the reader opens it: the reader sees what the writer
// committed, in its log, and closing it removes nothing the writer uses.
func TestReadOnlyOpenBesideWriter(t *testing.T) {
	ctx := context.Background()
	for _, writerFirst := range []bool{true, false} {
		t.Run(fmt.Sprintf("writer first %v", writerFirst), func(t *testing.T) {
			db, path := openDB(t)
			db.Close()
			var w *store.DB
			open := func() {
				var err error
				if w, err = store.Open(ctx, path); err != nil {
					t.Fatal(err)
				}
				newArticle("A", "The vote was held on Monday.").date("Monday", "2025-05-19", "day", "2025-05-19", "2025-05-20").save(t, w)
			}
			if writerFirst {
				open()
			}
			r, err := store.OpenReadOnly(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			if !writerFirst {
				count(t, r, "documents") // the reader's files exist now
				open()
			}
			if n := count(t, r, "documents"); n != 1 {
				t.Errorf("the reader sees %d documents; want the writer's 1", n)
			}
			if err := r.Close(); err != nil {
				t.Fatal(err)
			}
			for _, suffix := range []string{"-wal", "-shm"} {
				if _, err := os.Stat(path + suffix); err != nil {
					t.Errorf("the writer's %s file: %v", suffix, err)
				}
			}
			newArticle("B", "The talks ended on Friday.").date("Friday", "2025-05-16", "day", "2025-05-16", "2025-05-17").save(t, w)
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			if got := files(t, filepath.Dir(path)); !slices.Equal(got, []string{filepath.Base(path)}) {
				t.Errorf("files once the writer closed: %q", got)
			}
			readAll(t, path, 2)
		})
	}
}
