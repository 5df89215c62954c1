package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestShowFilters checks --from/--to with TIMEX values and phrases,
// --within, --granularity and --limit on the seed article.
func TestShowFilters(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	if r := runCLI(t, "", "ingest", "--db", db, "--published", "2025-05-19", seedPath); r.code != 0 {
		t.Fatal(r.stderr)
	}
	cases := []struct {
		name  string
		args  []string
		dates []string
	}{
		{"all", nil, []string{"2020", "2025-01", "2025-W20", "2025-05-19", "2025-05-19", "2025-05-19"}},
		{"may overlap", []string{"--from", "2025-05", "--to", "2025-05"}, []string{"2025-W20", "2025-05-19", "2025-05-19", "2025-05-19"}},
		{"may phrase", []string{"--from", "May 2025", "--to", "May 2025"}, []string{"2025-W20", "2025-05-19", "2025-05-19", "2025-05-19"}},
		{"year within", []string{"--from", "2025", "--to", "2025", "--within"}, []string{"2025-01", "2025-W20", "2025-05-19", "2025-05-19", "2025-05-19"}},
		{"week", []string{"--from", "2025-W20", "--to", "2025-W20"}, []string{"2025-W20"}},
		{"coarse only", []string{"--granularity", "year,month"}, []string{"2020", "2025-01"}},
		{"limit", []string{"--limit", "2", "--offset", "1"}, []string{"2025-01", "2025-W20"}},
		{"match", []string{"--match", "Turkey"}, []string{"2025-W20"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := runCLI(t, "", append([]string{"show", "--db", db, "--format", "csv"}, tc.args...)...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			recs, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, rec := range recs[1:] {
				got = append(got, rec[0])
			}
			if strings.Join(got, " ") != strings.Join(tc.dates, " ") {
				t.Errorf("dates %v, want %v", got, tc.dates)
			}
		})
	}
	for _, bad := range [][]string{{"--from", "someday"}, {"--from", "2025-06", "--to", "2025-05"}, {"--format", "pdf"}, {"--granularity", "fortnight"}} {
		r := runCLI(t, "", append([]string{"show", "--db", db}, bad...)...)
		if r.code != exitRefused || !strings.HasPrefix(r.stderr, "timeline: ") {
			t.Errorf("%v: exit %d, stderr %q", bad, r.code, r.stderr)
		}
	}
}

// TestShowPageCount checks that a page of the table on a terminal says
// which rows it shows, on stderr, and that piped output or another format
// does not.
func TestShowPageCount(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	if r := runCLI(t, "", "ingest", "--db", db, "--published", "2025-05-19", seedPath); r.code != 0 {
		t.Fatal(r.stderr)
	}
	cases := []struct {
		tty  bool
		args []string
		want string
	}{
		{true, []string{"--limit", "2", "--offset", "1"}, "rows 2–3 of 6\n"},
		{true, []string{"--offset", "5"}, "rows 6–6 of 6\n"},
		{true, []string{"--limit", "2", "--merge"}, ""},
		{true, []string{"--limit", "2", "--format", "csv"}, ""},
		{false, []string{"--limit", "2"}, ""},
	}
	for _, tc := range cases {
		var out, errb bytes.Buffer
		e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" },
			now: time.Now, stdoutTTY: tc.tty, width: func() int { return 200 }}
		err := execute(context.Background(), e, append([]string{"show", "--db", db}, tc.args...))
		if err != nil || errb.String() != tc.want {
			t.Errorf("tty %v %v: %v, stderr %q, want %q", tc.tty, tc.args, err, errb.String(), tc.want)
		}
	}
}
