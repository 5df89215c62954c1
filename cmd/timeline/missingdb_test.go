package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMissingDatabaseNotCreated checks that the commands that read a
// database, and reindex, refuse a missing one without creating it, and
// that an ingest that reads nothing leaves none behind.
func TestMissingDatabaseNotCreated(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string // in stderr
	}{
		{"show", []string{"show"}, exitFailed, "does not exist"},
		{"sql", []string{"sql", "SELECT 1"}, exitFailed, "does not exist"},
		{"entities", []string{"entities"}, exitFailed, "does not exist"},
		{"schema", []string{"schema"}, exitFailed, "does not exist"},
		{"reindex", []string{"reindex"}, exitFailed, "does not exist"},
		{"ingest of a missing file", []string{"ingest", "MISSING"}, exitFailed, "no such file"},
		{"ingest of an empty file", []string{"ingest", "EMPTY"}, exitFailed, "empty file"},
		{"ingest of an empty folder", []string{"ingest", "FOLDER"}, exitOK, "no matching files"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			db := filepath.Join(dir, "timeline.db")
			if err := os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Mkdir(filepath.Join(dir, "folder"), 0o755); err != nil {
				t.Fatal(err)
			}
			args := append([]string(nil), tt.args...)
			for i, a := range args {
				switch a {
				case "MISSING":
					args[i] = filepath.Join(dir, "none.txt")
				case "EMPTY":
					args[i] = filepath.Join(dir, "empty.txt")
				case "FOLDER":
					args[i] = filepath.Join(dir, "folder")
				}
			}
			r := runCLI(t, "", append(args, "--db", db)...)
			if r.code != tt.code || !strings.Contains(r.stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", r.code, r.stderr, tt.code, tt.want)
			}
			entries, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range entries {
				if strings.HasPrefix(e.Name(), "timeline.db") {
					t.Errorf("%s was created", e.Name())
				}
			}
			if _, err := os.Stat(db); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("database: %v; want it absent", err)
			}
		})
	}
}
