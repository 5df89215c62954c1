package store_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/migrations"
	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
)

// The benchmark database: benchDocs documents of eventsPerDoc events each,
// dated uniformly over 2000-2029 with a realistic mix of granularities.
const (
	benchDocs      = 20_000
	eventsPerDoc   = 50
	benchGenerator = 2 // bump when the generated data changes
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
	path := filepath.Join(os.TempDir(), fmt.Sprintf("timeline-bench-schema%d-%s-gen%d-%dx%d.db",
		latestVersion(b), schemaDigest(b), benchGenerator, benchDocs, eventsPerDoc))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	start := time.Now()
	tmp := path + ".building"
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(tmp + suffix)
	}
	if err := fillBenchDB(b, tmp); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	b.Logf("built %s in %v", path, time.Since(start).Round(time.Second))
	return path
}

// schemaDigest is a short hash of the migration files, so that a cached
// database built before a schema change is never reused.
func schemaDigest(b *testing.B) string {
	h := sha256.New()
	files, err := fs.Glob(migrations.FS, "*.sql")
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range files {
		data, err := fs.ReadFile(migrations.FS, f)
		if err != nil {
			b.Fatal(err)
		}
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil))[:8]
}

// fillBenchDB stores the synthetic articles through SaveDocuments, in
// batches of a few hundred documents per transaction as an ingest would, so
// that the build also exercises (and times) the real write path.
func fillBenchDB(b *testing.B, path string) error {
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	defer db.Close()

	rng := rand.New(rand.NewPCG(1, 2))
	first := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	const spanDays = 30 * 365
	const batchSize = 250
	var batch []timeline.Extraction
	start := time.Now()
	for d := 1; d <= benchDocs; d++ {
		batch = append(batch, benchArticle(rng, d, first, spanDays))
		if len(batch) < batchSize && d < benchDocs {
			continue
		}
		results, err := db.SaveDocuments(ctx, batch)
		if err != nil {
			return err
		}
		for _, r := range results {
			if r.Err != nil {
				return r.Err
			}
		}
		batch = batch[:0]
	}
	elapsed := time.Since(start)
	b.Logf("ingest: %d documents, %d events in %v (%.0f events/s)",
		benchDocs, benchDocs*eventsPerDoc, elapsed.Round(time.Second), float64(benchDocs*eventsPerDoc)/elapsed.Seconds())
	return nil
}

// benchArticle makes document d: eventsPerDoc sentences, each with one time
// expression dated near a random day in [first, first+spanDays).
func benchArticle(rng *rand.Rand, d int, first time.Time, spanDays int) timeline.Extraction {
	var text strings.Builder
	mentions := make([]timeline.Mention, 0, eventsPerDoc)
	events := make([]timeline.Event, 0, eventsPerDoc)
	word := func() string { return benchVocabulary[rng.IntN(len(benchVocabulary))] }
	for k := 0; k < eventsPerDoc; k++ {
		iv, g := benchInterval(rng, first.AddDate(0, 0, rng.IntN(spanDays)))
		m := timeline.Mention{Type: timeline.TypeDate, Value: "XXXX-XX-XX", Interval: iv, Granularity: g,
			How: timeline.Resolution{Rule: "bench", Anchor: timeline.AnchorNone}}
		if g == timeline.GranularityHour {
			m.Type = timeline.TypeTime
		}
		m.Text = "at some point"
		if !iv.IsZero() {
			m.Text, m.Value = "on "+iv.Start.Format("2 January 2006"), timeline.FormatInstant(iv.Start)
		}

		e := timeline.Event{Mention: k, SentenceStart: text.Len()}
		text.WriteString(strings.ToUpper(word()[:1]) + word()[1:] + " " + word() + " " + word())
		if rng.IntN(100) == 0 {
			text.WriteString(" " + benchRare)
		}
		text.WriteString(" ")
		m.Start = text.Len()
		text.WriteString(m.Text)
		m.End = text.Len()
		for range 6 {
			text.WriteString(" " + word())
		}
		text.WriteString(".")
		e.SentenceEnd = text.Len()
		text.WriteString(" ")
		if rng.IntN(10) < 4 {
			e.Actors = []timeline.Entity{{Name: fmt.Sprintf("Person %d", 1+rng.IntN(2000)), Kind: timeline.EntityPerson}}
		}
		if rng.IntN(10) < 2 {
			e.Places = []timeline.Entity{{Name: fmt.Sprintf("Place %d", 1+rng.IntN(300)), Kind: timeline.EntityPlace}}
		}
		mentions = append(mentions, m)
		events = append(events, e)
	}
	doc := &timeline.Document{Source: fmt.Sprintf("bench/%05d.txt", d), Title: fmt.Sprintf("Article %d", d),
		Published: first.AddDate(0, 0, rng.IntN(spanDays)), PublishedFrom: "metadata",
		ExtractorVersion: "bench", Text: text.String()}
	for i := range events {
		e := &events[i]
		e.Sentence = doc.Text[e.SentenceStart:e.SentenceEnd]
		e.Phrase = strings.Join(strings.Fields(e.Sentence)[:3], " ")
	}
	return timeline.Extraction{Document: doc, Mentions: mentions, Events: events}
}

// benchInterval dates a mention near day: 55% days, 10% weeks, 15% months,
// 10% years, 4% hours, 1% decades, 5% unanchored.
func benchInterval(rng *rand.Rand, day time.Time) (timeline.Interval, timeline.Granularity) {
	var start, end time.Time
	var g timeline.Granularity
	switch p := rng.IntN(100); {
	case p < 55:
		start, g = day, timeline.GranularityDay
		end = start.AddDate(0, 0, 1)
	case p < 65:
		start, g = day.AddDate(0, 0, -(int(day.Weekday())+6)%7), timeline.GranularityWeek
		end = start.AddDate(0, 0, 7)
	case p < 80:
		start, g = time.Date(day.Year(), day.Month(), 1, 0, 0, 0, 0, time.UTC), timeline.GranularityMonth
		end = start.AddDate(0, 1, 0)
	case p < 90:
		start, g = time.Date(day.Year(), 1, 1, 0, 0, 0, 0, time.UTC), timeline.GranularityYear
		end = start.AddDate(1, 0, 0)
	case p < 94:
		start, g = day.Add(time.Duration(8+rng.IntN(12))*time.Hour), timeline.GranularityHour
		end = start.Add(time.Hour)
	case p < 95:
		start, g = time.Date(day.Year()/10*10, 1, 1, 0, 0, 0, 0, time.UTC), timeline.GranularityDecade
		end = start.AddDate(10, 0, 0)
	default:
		return timeline.Interval{}, timeline.GranularityNone
	}
	return timeline.Interval{Start: start, End: end}, g
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
			// One run before timing, so that every case is measured with a
			// warm page cache, not just the ones that happen to run later.
			if _, _, err := db.Timeline(ctx, p.f); err != nil {
				b.Fatal(err)
			}
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

// BenchmarkSaveDocuments measures the store's write path alone (no tagger),
// as ingest drives it: batches of 250 synthetic articles of 50 events each
// into a fresh database.
func BenchmarkSaveDocuments(b *testing.B) {
	ctx := context.Background()
	const docs, batchSize = 2000, 250
	rng := rand.New(rand.NewPCG(1, 2))
	first := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	articles := make([]timeline.Extraction, docs)
	for d := range articles {
		articles[d] = benchArticle(rng, d+1, first, 30*365)
	}
	dir := b.TempDir()
	for b.Loop() {
		b.StopTimer()
		path := filepath.Join(dir, "save.db")
		for _, suffix := range []string{"", "-wal", "-shm"} {
			os.Remove(path + suffix)
		}
		db, err := store.Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		for i := range articles {
			articles[i].Document.ID = 0
		}
		b.StartTimer()
		for i := 0; i < docs; i += batchSize {
			if _, err := db.SaveDocuments(ctx, articles[i:i+batchSize]); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(docs*eventsPerDoc)*float64(b.N)/b.Elapsed().Seconds(), "events/s")
}
