package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// writeProtect makes path unwritable for this process: with permissions
// for a user, with chattr +i for root, to whom permissions do not apply;
// the test is skipped as root without chattr.
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

// TestReadCommandsOnReadOnlyDatabase runs the read commands on a database
// whose file and folder this process cannot write, as the issue found
// them failing ("attempt to write a readonly database"), and on one it
// can: they must work and leave no file behind.
func TestReadCommandsOnReadOnlyDatabase(t *testing.T) {
	for _, protect := range []bool{true, false} {
		dir := t.TempDir()
		db := filepath.Join(dir, "t.db")
		if r := runCLI(t, "", "ingest", "--quiet", "--db", db, "--published", "2025-05-19", seedPath); r.code != 0 {
			t.Fatalf("ingest: %d %s", r.code, r.stderr)
		}
		if protect {
			writeProtect(t, db)
			writeProtect(t, dir)
		}
		for _, args := range [][]string{
			{"show"},
			{"sql", "SELECT count(*) AS n FROM documents"},
			{"schema"},
			{"entities"},
		} {
			r := runCLI(t, "", append(args, "--db", db)...)
			if r.code != 0 || r.stdout == "" {
				t.Errorf("protected %v: %s: exit %d, %d bytes out, stderr %q", protect, strings.Join(args, " "), r.code, len(r.stdout), r.stderr)
			}
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		if !slices.Equal(names, []string{"t.db"}) {
			t.Errorf("protected %v: files left: %q", protect, names)
		}
	}
}
