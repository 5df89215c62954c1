// Package shared finds the project's shared development data (the TimeML
// corpora, the silver corpus, the casual-phrase set) for tests and
// benchmarks. The data lives outside the repository, in ../shared beside
// the checkout by default, or wherever $TIMELINE_SHARED points.
//
// A test that needs a data set calls Path: when the data is absent the test
// skips, except in CI (CI=true), where a missing data set fails the test so
// that a wrong path can never pass as a silent skip.
package shared

import (
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
)

// EnvVar names the environment variable that overrides the data folder.
const EnvVar = "TIMELINE_SHARED"

var (
	dirOnce sync.Once
	dir     string
)

// Dir returns the shared data folder: $TIMELINE_SHARED, else ../shared next
// to the repository root (the folder holding go.mod), found from the
// working directory. It does not check that the folder exists.
func Dir() string {
	dirOnce.Do(func() {
		if d := os.Getenv(EnvVar); d != "" {
			dir = d
			return
		}
		wd, err := os.Getwd()
		if err != nil {
			dir = filepath.Join("..", "shared")
			return
		}
		for d := wd; ; d = filepath.Dir(d) {
			if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
				dir = filepath.Join(filepath.Dir(d), "shared")
				return
			}
			if filepath.Dir(d) == d {
				dir = filepath.Join(wd, "..", "shared")
				return
			}
		}
	})
	return dir
}

// Path returns the path of rel (slash-separated, relative to Dir) when it
// exists. Otherwise it skips tb, or fails it in CI.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join(Dir(), filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		if Required() {
			tb.Fatalf("shared data %s is missing in CI (set %s or place the data in %s): %v", rel, EnvVar, Dir(), err)
		}
		tb.Skipf("shared data %s not found (set %s): %v", rel, EnvVar, err)
	}
	return p
}

// Required reports whether missing shared data is a failure: true when the
// environment variable CI says so, as CI systems set it.
func Required() bool {
	ci, err := strconv.ParseBool(os.Getenv("CI"))
	return err == nil && ci
}
