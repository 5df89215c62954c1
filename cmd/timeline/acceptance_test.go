package main

import (
	"encoding/csv"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestSeedTimeline is the acceptance check of ../shared/acceptance/seed:
// the seed article's timeline holds 2020, 2025-01, 2025-W20 and 2025-05-19
// in this order with the right events; "two-hour" is no row; nothing is
// dated after the publication date; every row has its sentence and source.
func TestSeedTimeline(t *testing.T) {
	db := filepath.Join(t.TempDir(), "seed.db")
	if r := runCLI(t, "", "ingest", "--db", db, "--published", "2025-05-19", seedPath); r.code != 0 {
		t.Fatalf("ingest: exit %d: %s", r.code, r.stderr)
	}
	r := runCLI(t, "", "show", "--db", db, "--format", "csv")
	recs, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	header, rows := recs[0], recs[1:]
	want := []string{"date", "start", "end", "granularity", "event", "evidence", "expression", "document", "published"}
	if strings.Join(header[:len(want)], ",") != strings.Join(want, ",") {
		t.Fatalf("header %v, want it to start with %v", header, want)
	}
	expected := []struct{ date, start, end, granularity, about string }{
		{"2020", "2020-01-01", "2021-01-01", "year", "re-elected"},
		{"2025-01", "2025-01-01", "2025-02-01", "month", "took office"},
		{"2025-W20", "2025-05-12", "2025-05-19", "week", "skipped negotiations in Turkey"},
		{"2025-05-19", "2025-05-19", "2025-05-20", "day", "call"},
	}
	next := 0
	for _, row := range rows {
		if row[6] == "two-hour" {
			t.Errorf("the duration %q is a timeline row", row[6])
		}
		if row[1] > "2025-05-19" {
			t.Errorf("row dated after publication: %v", row)
		}
		if row[5] == "" || row[7] == "" {
			t.Errorf("row without evidence or document: %v", row)
		}
		if next < len(expected) {
			e := expected[next]
			if row[0] == e.date && row[1] == e.start && row[2] == e.end && row[3] == e.granularity && strings.Contains(row[4], e.about) {
				next++
			}
		}
	}
	if next < len(expected) {
		t.Fatalf("timeline lacks %+v in order; got:\n%s", expected[next], r.stdout)
	}
	// The Monday rows: the call, the Truth Social post and the White House
	// statement all fall on the publication day.
	mondays := 0
	for _, row := range rows {
		if row[0] == "2025-05-19" && row[6] == "Monday" {
			mondays++
		}
	}
	if mondays != 3 {
		t.Errorf("%d rows for \"Monday\" on 2025-05-19, want 3", mondays)
	}
}

func TestDemo(t *testing.T) {
	r := runCLI(t, "", "demo", "--format", "csv")
	if r.code != 0 {
		t.Fatalf("demo: exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"2020,", "2025-01,", "2025-W20,", "2025-05-19,", "skipped negotiations in Turkey"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("demo output lacks %q:\n%s", want, r.stdout)
		}
	}
	rows := strings.Count(strings.TrimSpace(r.stdout), "\n") // lines after the CSV header
	r = runCLI(t, "", "demo")
	if r.code != 0 || !strings.Contains(r.stdout, "Week of May 12, 2025") {
		t.Errorf("demo table: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	// The summary counts what the timeline shows.
	if want := fmt.Sprintf(", %d events on the timeline.", rows); !strings.Contains(r.stdout, want) {
		t.Errorf("demo summary lacks %q:\n%s", want, r.stdout)
	}
}
