package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// showCSV runs show with args on db and returns its CSV rows by column.
func showCSV(t *testing.T, db string, args ...string) []map[string]string {
	t.Helper()
	r := runCLI(t, "", append([]string{"show", "--db", db, "--format", "csv"}, args...)...)
	if r.code != 0 {
		t.Fatalf("show %v: exit %d: %s", args, r.code, r.stderr)
	}
	recs, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var rows []map[string]string
	for _, rec := range recs[1:] {
		row := map[string]string{}
		for i, h := range recs[0] {
			row[h] = rec[i]
		}
		rows = append(rows, row)
	}
	return rows
}

// TestShowFilters checks every filter flag on the seed article: each row
// shown meets the filter, and the rows it must find are there. What the
// extractor finds in the article changes with its rules, so the cases
// test properties, not a list of rows.
func TestShowFilters(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	if r := runCLI(t, "", "ingest", "--db", db, "--published", "2025-05-19", seedPath); r.code != 0 {
		t.Fatal(r.stderr)
	}
	all := showCSV(t, db)
	if len(all) < 5 {
		t.Fatalf("the seed's default timeline has %d rows", len(all))
	}
	every := showCSV(t, db, "--all")
	type row = map[string]string
	has := func(rows []row, date, event string) bool {
		for _, r := range rows {
			if r["date"] == date && strings.Contains(r["event"], event) {
				return true
			}
		}
		return false
	}
	cases := []struct {
		name  string
		args  []string
		each  func(r row) bool   // every row meets this
		finds [][2]string        // date and event of rows that must be there
		check func([]row) string // anything else, "" when right
	}{
		{"default", nil, func(r row) bool {
			return (r["modality"] == "asserted" || r["modality"] == "planned") && r["polarity"] == "POS" &&
				r["class"] != "REPORTING" && r["class"] != "I_STATE" && r["confidence"] >= "0.5"
		}, [][2]string{{"2025-01", "took office"}, {"2025-W20", "skipped"}, {"2025-05-19", "call"}}, nil},
		{"any confidence", []string{"--min-confidence", "0"}, nil, [][2]string{{"2025-05-19", "spoke"}}, func(rows []row) string {
			if len(rows) <= len(all) {
				return "no more rows than the default"
			}
			return ""
		}},
		{"all", []string{"--all"}, nil, [][2]string{{"2020", "re-elected"}, {"2025-05-19", "said"}}, func(rows []row) string {
			if len(rows) <= len(all) {
				return "no more rows than the default"
			}
			return ""
		}},
		{"may overlap", []string{"--from", "2025-05", "--to", "2025-05"}, func(r row) bool { return r["end"] > "2025-05-01" && r["start"] < "2025-06-01" },
			[][2]string{{"2025-W20", "skipped"}, {"2025-05-19", "call"}}, nil},
		{"may phrase", []string{"--from", "May 2025", "--to", "May 2025"}, func(r row) bool { return r["end"] > "2025-05-01" && r["start"] < "2025-06-01" },
			[][2]string{{"2025-W20", "skipped"}}, nil},
		{"year within", []string{"--from", "2025", "--to", "2025", "--within", "--all"}, func(r row) bool { return r["start"] >= "2025-01-01" && r["end"] <= "2026-01-01" },
			[][2]string{{"2025-01", "took office"}, {"2025-05-19", "call"}}, nil},
		{"week", []string{"--from", "2025-W20", "--to", "2025-W20"}, func(r row) bool { return r["date"] == "2025-W20" }, [][2]string{{"2025-W20", "skipped"}}, nil},
		{"coarse only", []string{"--granularity", "year,month", "--all"}, func(r row) bool { return r["granularity"] == "year" || r["granularity"] == "month" },
			[][2]string{{"2020", "re-elected"}, {"2025-01", "took office"}}, nil},
		{"match", []string{"--match", "Turkey"}, func(r row) bool { return strings.Contains(r["evidence"]+r["event"], "Turkey") },
			[][2]string{{"2025-W20", "skipped"}}, nil},
		{"reporting", []string{"--class", "reporting"}, func(r row) bool { return r["class"] == "REPORTING" && r["polarity"] == "POS" },
			[][2]string{{"2025-05-19", "said"}}, nil},
		{"counterfactual", []string{"--modality", "counterfactual"}, func(r row) bool { return r["modality"] == "counterfactual" },
			[][2]string{{"2020", "re-elected"}}, nil},
		{"negated", []string{"--all", "--polarity", "neg"}, func(r row) bool { return r["polarity"] == "NEG" }, nil, nil},
		{"before publication", []string{"--relation", "before", "--min-confidence", "0"}, func(r row) bool { return r["relation"] == "before" && r["anchored_by"] == "publication" },
			[][2]string{{"2025-05-19", "campaigned"}}, nil},
		{"sure", []string{"--min-confidence", "0.8"}, func(r row) bool { return r["confidence"] >= "0.8" },
			[][2]string{{"2025-W20", "skipped"}}, nil},
		{"actor in any role", []string{"--actor", "putin", "--all"}, func(r row) bool { return strings.Contains(r["participants"], "Vladimir Putin (") },
			[][2]string{{"2025-05-19", "held a two-hour call"}, {"2025-W20", "skipped"}}, nil},
		{"actor as agent", []string{"--actor", "putin", "--role", "agent"}, func(r row) bool { return strings.Contains(r["participants"], "Vladimir Putin (agent)") },
			[][2]string{{"2025-W20", "skipped"}}, func(rows []row) string {
				if has(rows, "2025-05-19", "held a two-hour call") {
					return "Putin is no agent of Trump's call"
				}
				return ""
			}},
		{"place", []string{"--place", "turkey", "--role", "place"}, func(r row) bool { return strings.Contains(r["participants"], "Turkey (place)") },
			[][2]string{{"2025-W20", "skipped"}}, nil},
		{"limit", []string{"--limit", "2", "--offset", "1"}, nil, nil, func(rows []row) string {
			if len(rows) != 2 || rows[0]["event"] != all[1]["event"] || rows[1]["event"] != all[2]["event"] {
				return "not the second and third rows of the timeline"
			}
			return ""
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rows := showCSV(t, db, tc.args...)
			for _, r := range rows {
				if tc.each != nil && !tc.each(r) {
					t.Errorf("row does not meet the filter: %v", r)
				}
				if r["start"] == "" {
					t.Errorf("undated row: %v", r)
				}
			}
			for _, f := range tc.finds {
				if !has(rows, f[0], f[1]) {
					t.Errorf("no %s row about %q", f[0], f[1])
				}
			}
			if tc.check != nil {
				if msg := tc.check(rows); msg != "" {
					t.Error(msg)
				}
			}
			for i := 1; i < len(rows); i++ {
				if rows[i]["start"] < rows[i-1]["start"] {
					t.Errorf("rows out of order at %d: %s after %s", i, rows[i]["start"], rows[i-1]["start"])
				}
			}
		})
	}
	if len(every) <= len(all) {
		t.Errorf("--all shows %d rows, the default %d", len(every), len(all))
	}
	for _, bad := range [][]string{{"--from", "someday"}, {"--from", "2025-06", "--to", "2025-05"}, {"--format", "pdf"}, {"--granularity", "fortnight"},
		{"--class", "EVENT"}, {"--modality", "likely"}, {"--polarity", "maybe"}, {"--relation", "during"}, {"--role", "actor"},
		{"--min-confidence", "1.5"}, {"--min-confidence", "high"}} {
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
	n := len(showCSV(t, db))
	cases := []struct {
		tty  bool
		args []string
		want string
	}{
		{true, []string{"--limit", "2", "--offset", "1"}, fmt.Sprintf("rows 2–3 of %d\n", n)},
		{true, []string{"--offset", fmt.Sprint(n - 1)}, fmt.Sprintf("rows %d–%d of %d\n", n, n, n)},
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
