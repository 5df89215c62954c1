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
// a third dated by an expression uniformly over 2000-2029 with a realistic
// mix of granularities, some by the publication date, the rest undated.
const (
	benchDocs      = 20_000
	eventsPerDoc   = 50
	benchGenerator = 3 // bump when the generated data changes
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

// benchArticle makes document d: eventsPerDoc events, three to a sentence
// as the extractor finds them, each sentence with one time expression dated
// near a random day in [first, first+spanDays). The first event of a
// sentence is dated by its expression, the second by the publication date
// one time in three, the others not at all; most are asserted occurrences,
// some say something (REPORTING), some are planned or only possible.
func benchArticle(rng *rand.Rand, d int, first time.Time, spanDays int) timeline.Extraction {
	var text strings.Builder
	mentions := make([]timeline.Mention, 0, eventsPerDoc/3+1)
	events := make([]timeline.Event, 0, eventsPerDoc)
	word := func() string { return benchVocabulary[rng.IntN(len(benchVocabulary))] }
	published := first.AddDate(0, 0, rng.IntN(spanDays))
	for k := 0; k < eventsPerDoc; k += 3 {
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
		sentence := text.Len()
		var triggers [3][2]int
		for i := range triggers {
			if i > 0 {
				text.WriteString(" ")
			}
			w := word()
			if i == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			triggers[i] = [2]int{text.Len(), text.Len() + len(w)}
			text.WriteString(w)
		}
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
		end := text.Len()
		text.WriteString(" ")
		mentions = append(mentions, m)
		for i := 0; i < 3 && len(events) < eventsPerDoc; i++ {
			e := timeline.Event{TriggerStart: triggers[i][0], TriggerEnd: triggers[i][1],
				Class: timeline.ClassOccurrence, Polarity: timeline.PolarityPositive, Modality: timeline.ModalityAsserted,
				Mention: timeline.NoMention, AnchoredBy: timeline.AnchoredByNone, SentenceStart: sentence, SentenceEnd: end}
			switch p := rng.IntN(100); {
			case p < 15:
				e.Class = timeline.ClassReporting
			case p < 25:
				e.Class = timeline.ClassState
			case p < 30:
				e.Modality = timeline.ModalityPlanned
			case p < 33:
				e.Modality = timeline.ModalityPossible
			case p < 35:
				e.Polarity = timeline.PolarityNegative
			}
			switch {
			case i == 0 && !iv.IsZero():
				e.Mention, e.Value, e.Interval, e.Granularity = len(mentions)-1, m.Value, m.Interval, m.Granularity
				e.Relation, e.AnchoredBy, e.Confidence = timeline.RelationOn, timeline.AnchoredByExpression, 0.9
			case i == 1 && rng.IntN(3) == 0:
				e.Value = timeline.FormatInstant(published)
				e.Interval = timeline.Interval{Start: published, End: published.AddDate(0, 0, 1)}
				e.Granularity, e.Relation = timeline.GranularityDay, timeline.RelationBefore
				e.AnchoredBy, e.Confidence = timeline.AnchoredByPublication, 0.3
			}
			if rng.IntN(10) < 4 {
				e.Participants = append(e.Participants, timeline.Participant{
					Entity: timeline.Entity{Name: fmt.Sprintf("Person %d", 1+rng.IntN(2000)), Kind: timeline.EntityPerson},
					Role:   timeline.RoleAgent})
			}
			if rng.IntN(10) < 2 {
				e.Participants = append(e.Participants, timeline.Participant{
					Entity: timeline.Entity{Name: fmt.Sprintf("Place %d", 1+rng.IntN(300)), Kind: timeline.EntityPlace},
					Role:   timeline.RolePlace})
			}
			events = append(events, e)
		}
	}
	doc := &timeline.Document{Source: fmt.Sprintf("bench/%05d.txt", d), Title: fmt.Sprintf("Article %d", d),
		Published: published, PublishedFrom: "metadata", ExtractorVersion: "bench", Text: text.String()}
	for i := range events {
		e := &events[i]
		e.Trigger = doc.Text[e.TriggerStart:e.TriggerEnd]
		e.Lemma = strings.ToLower(e.Trigger)
		e.Sentence = doc.Text[e.SentenceStart:e.SentenceEnd]
		e.Phrase = e.Lemma + " " + strings.Join(strings.Fields(e.Sentence)[3:5], " ")
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
