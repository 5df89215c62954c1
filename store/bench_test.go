package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
)

// The benchmark database: benchDocs documents of eventsPerDoc events each,
// dated uniformly over 2000-2029 with a realistic mix of granularities.
const (
	benchDocs      = 20_000
	eventsPerDoc   = 50
	benchGenerator = 1 // bump when the generated data changes
)

// benchVocabulary makes up sentences; benchRare is in about 1% of them.
var benchVocabulary = strings.Fields(`government minister talks agreement border troops election vote
	parliament court ruling protest strike company shares market bank rates inflation report
	summit leaders meeting treaty sanctions trade exports visit envoy president council
	deal negotiations statement officials police investigation storm flood wildfire
	earthquake rescue hospital vaccine study launch rocket satellite mission team season
	final match record city region capital province coast river north south east west`)

const benchRare = "ceasefire"

// benchDB returns the path of the benchmark database, building it on first
// use and caching it in os.TempDir keyed by schema and generator version so
// that reruns start at once. Delete the file to force a rebuild.
func benchDB(b *testing.B) string {
	b.Helper()
	if testing.Short() {
		b.Skip("the benchmark database takes minutes to build; not in -short")
	}
	path := filepath.Join(os.TempDir(), fmt.Sprintf("timeline-bench-schema%d-gen%d-%dx%d.db",
		latestVersion(b), benchGenerator, benchDocs, eventsPerDoc))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	start := time.Now()
	tmp := path + ".building"
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(tmp + suffix)
	}
	db, err := store.Open(context.Background(), tmp) // the schema, by the migrations
	if err != nil {
		b.Fatal(err)
	}
	db.Close()
	if err := fillBenchDB(tmp); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	b.Logf("built %s in %v", path, time.Since(start).Round(time.Second))
	return path
}

// fillBenchDB bulk-inserts the synthetic data in one transaction, in key
// order, with one prepared statement per table.
func fillBenchDB(path string) error {
	raw, err := sql.Open("sqlite", path+"?_pragma=synchronous(OFF)&_pragma=cache_size(-524288)&_pragma=foreign_keys(0)")
	if err != nil {
		return err
	}
	defer raw.Close()
	raw.SetMaxOpenConns(1)
	tx, err := raw.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	prep := func(q string) *sql.Stmt {
		s, perr := tx.Prepare(q)
		if perr != nil && err == nil {
			err = perr
		}
		return s
	}
	insDoc := prep(`INSERT INTO documents (id, source, title, published, published_from, sha256, extractor_version, ingested_at, text)
		VALUES (?, ?, ?, ?, 'metadata', ?, 'bench', '2025-06-01T00:00:00Z', ?)`)
	insMention := prep(`INSERT INTO mentions (id, document_id, ordinal, char_start, char_end, byte_start, byte_end, text, type, value,
		start, "end", granularity, rule, anchor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', 'none')`)
	insEvent := prep(`INSERT INTO events (id, document_id, mention_id, phrase, sentence, sentence_start, sentence_end)
		VALUES (?, ?, ?, ?, ?, ?, ?)`)
	insEntity := prep(`INSERT INTO entities (id, name, kind) VALUES (?, ?, ?)`)
	insLink := prep(`INSERT INTO event_entities (event_id, role, position, entity_id) VALUES (?, ?, 0, ?)`)
	if err != nil {
		return err
	}
	const people, places = 2000, 300
	for i := 1; i <= people+places; i++ {
		name, kind := fmt.Sprintf("Person %d", i), "person"
		if i > people {
			name, kind = fmt.Sprintf("Place %d", i-people), "place"
		}
		if _, err := insEntity.Exec(i, name, kind); err != nil {
			return err
		}
	}

	rng := rand.New(rand.NewPCG(1, 2))
	first := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	const spanDays = 30 * 365
	var sentence strings.Builder
	id := 0
	for d := 1; d <= benchDocs; d++ {
		text := fmt.Sprintf("Synthetic article %d about %s.", d, benchVocabulary[rng.IntN(len(benchVocabulary))])
		if _, err := insDoc.Exec(d, fmt.Sprintf("bench/%05d.txt", d), fmt.Sprintf("Article %d", d),
			first.AddDate(0, 0, rng.IntN(spanDays)).Format("2006-01-02"), fmt.Sprintf("%064x", d), text); err != nil {
			return err
		}
		for k := 0; k < eventsPerDoc; k++ {
			id++
			start := first.AddDate(0, 0, rng.IntN(spanDays))
			var end time.Time
			var g timeline.Granularity
			switch p := rng.IntN(100); {
			case p < 55:
				g, end = timeline.GranularityDay, start.AddDate(0, 0, 1)
			case p < 65:
				start = start.AddDate(0, 0, -int(start.Weekday()+6)%7)
				g, end = timeline.GranularityWeek, start.AddDate(0, 0, 7)
			case p < 80:
				start = time.Date(start.Year(), start.Month(), 1, 0, 0, 0, 0, time.UTC)
				g, end = timeline.GranularityMonth, start.AddDate(0, 1, 0)
			case p < 90:
				start = time.Date(start.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
				g, end = timeline.GranularityYear, start.AddDate(1, 0, 0)
			case p < 95:
				start = start.Add(time.Duration(8+rng.IntN(12)) * time.Hour)
				g, end = timeline.GranularityHour, start.Add(time.Hour)
			}
			var startText, endText any
			value := "XXXX-XX-XX"
			if g != timeline.GranularityNone {
				startText, endText = timeline.FormatInstant(start), timeline.FormatInstant(end)
				value = timeline.FormatInstant(start)
			}
			typ := "DATE"
			if g == timeline.GranularityHour {
				typ = "TIME"
			}
			expr := start.Format("2 January 2006")
			offset := k * 64
			if _, err := insMention.Exec(id, d, k, offset, offset+len(expr), offset, offset+len(expr), expr, typ, value,
				startText, endText, nullIfEmpty(string(g))); err != nil {
				return err
			}

			sentence.Reset()
			for w := 0; w < 12; w++ {
				if w > 0 {
					sentence.WriteByte(' ')
				}
				if w == 5 && rng.IntN(100) == 0 {
					sentence.WriteString(benchRare)
				} else {
					sentence.WriteString(benchVocabulary[rng.IntN(len(benchVocabulary))])
				}
			}
			s := sentence.String()
			phrase := strings.Join(strings.Fields(s)[2:5], " ")
			if _, err := insEvent.Exec(id, d, id, phrase, s, offset, offset+len(s)); err != nil {
				return err
			}
			if rng.IntN(10) < 4 {
				if _, err := insLink.Exec(id, "actor", 1+rng.IntN(people)); err != nil {
					return err
				}
			}
			if rng.IntN(10) < 2 {
				if _, err := insLink.Exec(id, "place", people+1+rng.IntN(places)); err != nil {
					return err
				}
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	_, err = raw.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`)
	return err
}

func nullIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// BenchmarkTimeline measures the queries the CLI runs against a database of
// a million events. Targets: a filtered page ≤ 20 ms, a full-text page
// ≤ 50 ms, a full export ≤ 1.5 s.
func BenchmarkTimeline(b *testing.B) {
	ctx := context.Background()
	db, err := store.OpenReadOnly(ctx, benchDB(b))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()

	from := &timeline.Interval{Start: day("2025-01-01"), End: day("2025-02-01")}
	to := &timeline.Interval{Start: day("2025-02-01"), End: day("2025-03-01")}
	pages := []struct {
		name string
		f    timeline.Filter
	}{
		{"page/from-2025-01-to-2025-02", timeline.Filter{From: from, To: to, Limit: 50}},
		{"page/match", timeline.Filter{Match: ptr(benchRare), Limit: 50}},
		{"page/unfiltered", timeline.Filter{Limit: 50}},
		{"page/actor", timeline.Filter{Actor: ptr("Person 42"), Limit: 50}},
		{"page/granularity-year", timeline.Filter{Granularity: []timeline.Granularity{timeline.GranularityYear}, Limit: 50}},
	}
	for _, p := range pages {
		b.Run(p.name, func(b *testing.B) {
			var total int
			for b.Loop() {
				rows, n, err := db.Timeline(ctx, p.f)
				if err != nil {
					b.Fatal(err)
				}
				if len(rows) == 0 {
					b.Fatal("no rows")
				}
				total = n
			}
			b.ReportMetric(float64(total), "matches")
		})
	}
	b.Run("export", func(b *testing.B) {
		var n int
		for b.Loop() {
			n = 0
			err := db.EachRow(ctx, timeline.Filter{}, func(r *timeline.Row) error {
				n++
				return nil
			})
			if err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(n), "rows")
	})
}
