package main

import (
	"encoding/csv"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestSeedTimeline is the acceptance check of ../shared/acceptance/seed
// (expected.md there): the seed article's default timeline, what happened,
// holds 2025-01 took office, 2025-W20 skipped negotiations in Turkey and
// 2025-05-19 the call, the post and the White House statement, in this
// order; the counterfactual 2020 re-election is not in it but is in --all,
// marked so; "two-hour" is no row; nothing is dated after the publication
// date but what the text says is planned; every row has its sentence and
// source.
func TestSeedTimeline(t *testing.T) {
	db := filepath.Join(t.TempDir(), "seed.db")
	if r := runCLI(t, "", "ingest", "--db", db, "--published", "2025-05-19", seedPath); r.code != 0 {
		t.Fatalf("ingest: exit %d: %s", r.code, r.stderr)
	}
	show := func(args ...string) (rows []map[string]string, out string) {
		t.Helper()
		r := runCLI(t, "", append([]string{"show", "--db", db, "--format", "csv"}, args...)...)
		if r.code != 0 {
			t.Fatalf("show %v: exit %d: %s", args, r.code, r.stderr)
		}
		recs, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		header := recs[0]
		want := []string{"date", "start", "end", "granularity", "event", "evidence", "expression", "document", "published"}
		if strings.Join(header[:len(want)], ",") != strings.Join(want, ",") {
			t.Fatalf("header %v, want it to start with %v", header, want)
		}
		for _, rec := range recs[1:] {
			row := map[string]string{}
			for i, h := range header {
				row[h] = rec[i]
			}
			rows = append(rows, row)
		}
		return rows, r.stdout
	}
	rows, out := show()

	expected := []struct{ date, start, end, granularity, about string }{
		{"2025-01", "2025-01-01", "2025-02-01", "month", "took office"},
		{"2025-W20", "2025-05-12", "2025-05-19", "week", "skipped negotiations in Turkey"},
		{"2025-05-19", "2025-05-19", "2025-05-20", "day", "call"},
	}
	next := 0
	for _, row := range rows {
		if row["expression"] == "two-hour" {
			t.Errorf("the duration %q is a timeline row", row["expression"])
		}
		if row["start"] > "2025-05-19" && row["modality"] != "planned" {
			t.Errorf("row dated after publication that the text does not say is planned: %v", row)
		}
		if row["evidence"] == "" || row["document"] == "" {
			t.Errorf("row without evidence or document: %v", row)
		}
		if row["modality"] != "asserted" && row["modality"] != "planned" || row["polarity"] != "POS" || row["class"] == "REPORTING" {
			t.Errorf("the default timeline shows %s %s %s event %q", row["modality"], row["polarity"], row["class"], row["event"])
		}
		if row["date"] == "2020" {
			t.Errorf("the counterfactual 2020 re-election is on the default timeline: %v", row)
		}
		if next < len(expected) {
			e := expected[next]
			if row["date"] == e.date && row["start"] == e.start && row["end"] == e.end && row["granularity"] == e.granularity &&
				strings.Contains(row["event"], e.about) {
				next++
			}
		}
	}
	if next < len(expected) {
		t.Fatalf("timeline lacks %+v in order; got:\n%s", expected[next], out)
	}
	// The Monday rows: the call, the Truth Social post and the White House
	// statement all fall on the publication day, dated by "Monday".
	for _, want := range []struct{ event, evidence string }{
		{"held a two-hour call", "US President Donald Trump said on Monday"},
		{"post", "Earlier on Monday in a post on his Truth Social platform"},
		{"call", "The White House said the call with Mr Putin on Monday"},
	} {
		found := false
		for _, row := range rows {
			if row["date"] == "2025-05-19" && row["expression"] == "Monday" && strings.Contains(row["event"], want.event) &&
				strings.HasPrefix(row["evidence"], want.evidence) {
				found = true
			}
		}
		if !found {
			t.Errorf("no row on Monday 2025-05-19 for %q in %q", want.event, want.evidence)
		}
	}

	// Every event, the counterfactual 2020 one too, marked so.
	all, _ := show("--all")
	found := false
	for _, row := range all {
		if row["date"] == "2020" && row["start"] == "2020-01-01" && row["end"] == "2021-01-01" && row["granularity"] == "year" {
			found = true
			if !strings.Contains(row["event"], "re-elected") || row["modality"] != "counterfactual" {
				t.Errorf("the 2020 row is %q, %s; want re-elected, counterfactual", row["event"], row["modality"])
			}
		}
	}
	if !found || len(all) <= len(rows) {
		t.Errorf("--all shows %d rows (default %d) and no 2020 row", len(all), len(rows))
	}
	counterfactual, _ := show("--modality", "counterfactual")
	if len(counterfactual) != 1 || counterfactual[0]["date"] != "2020" {
		t.Errorf("--modality counterfactual gives %v; want the 2020 row", counterfactual)
	}
}

func TestDemo(t *testing.T) {
	r := runCLI(t, "", "demo", "--format", "csv")
	if r.code != 0 {
		t.Fatalf("demo: exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"2025-01,", "2025-W20,", "2025-05-19,", "skipped negotiations in Turkey"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("demo output lacks %q:\n%s", want, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "\n2020,") {
		t.Errorf("demo shows the counterfactual 2020 re-election:\n%s", r.stdout)
	}
	rows := strings.Count(strings.TrimSpace(r.stdout), "\n") // lines after the CSV header
	r = runCLI(t, "", "demo")
	if r.code != 0 || !strings.Contains(r.stdout, "Week of May 12, 2025") {
		t.Errorf("demo table: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	// The summary counts what the timeline shows.
	if want := fmt.Sprintf(", %d of them on the timeline.", rows); !strings.Contains(r.stdout, want) {
		t.Errorf("demo summary lacks %q:\n%s", want, r.stdout)
	}
}
