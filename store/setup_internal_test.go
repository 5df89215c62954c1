package store

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

// killEnv names, in the environment of the test binary run as a child,
// the database TestKillDuringSetup's child sets up and the number of
// migrations it applies before it kills itself.
const killEnv = "STORE_TEST_KILL_DURING_SETUP"

// TestKillDuringSetup kills a process with SIGKILL while it sets up a new
// database, after each number of migrations in turn, at the moment the
// migration is applied: the database must then hold nothing, read
// commands must say it is empty rather than old, and the next writer must
// set it up whole.
func TestKillDuringSetup(t *testing.T) {
	if spec := os.Getenv(killEnv); spec != "" {
		path, after, _ := strings.Cut(spec, "|")
		n, _ := strconv.Atoi(after)
		applied := 0
		migrated = func() {
			if applied++; applied == n {
				syscall.Kill(os.Getpid(), syscall.SIGKILL)
			}
		}
		db, err := Open(context.Background(), path)
		if err == nil {
			db.Close()
		}
		t.Fatalf("set up the database without being killed after %d migrations: %v", n, err)
	}
	ctx := context.Background()
	latest := latestMigration(t)
	for n := 1; n <= latest; n++ {
		t.Run("after "+strconv.Itoa(n), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "t.db")
			cmd := exec.Command(os.Args[0], "-test.run=^TestKillDuringSetup$")
			cmd.Env = append(os.Environ(), killEnv+"="+path+"|"+strconv.Itoa(n))
			out, err := cmd.CombinedOutput()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
				t.Fatalf("child: %v; want it killed\n%s", err, out)
			}
			if tables := tableCount(t, path); tables != 0 {
				t.Fatalf("killed after migration %d of %d: %d tables left; want none", n, latest, tables)
			}
			_, err = OpenReadOnly(ctx, path)
			if timeline.ErrorCode(err) != timeline.ENOTFOUND || !strings.Contains(err.Error(), "empty") {
				t.Errorf("OpenReadOnly after the kill: %v; want ENOTFOUND saying it is empty", err)
			}
			db, err := Open(ctx, path)
			if err != nil {
				t.Fatalf("Open after the kill: %v", err)
			}
			db.Close()
			db, err = OpenReadOnly(ctx, path)
			if err != nil {
				t.Fatalf("OpenReadOnly once set up: %v", err)
			}
			db.Close()
		})
	}
}

// latestMigration is the version of the last migration.
func latestMigration(t *testing.T) int {
	t.Helper()
	conn, err := sql.Open("sqlite", ":memory:") // never used: goose wants one
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	p, err := provider(conn)
	if err != nil {
		t.Fatal(err)
	}
	return int(latestVersion(p))
}

// tableCount counts the tables in the database at path, or 0 when there is
// no file.
func tableCount(t *testing.T, path string) int {
	t.Helper()
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return 0
	}
	raw, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var n int
	if err := raw.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE type = 'table'`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
