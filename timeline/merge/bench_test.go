package merge

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// synthetic makes n rows of a news corpus: events spread over three years,
// mostly days with some weeks, months and years, each event reported by one
// to four documents in varied words; a quarter of the rows repeat an event.
func synthetic(n int, seed uint64) []timeline.Row {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	zipf := rand.NewZipf(rng, 1.1, 20, 19999)
	word := func() string { return fmt.Sprintf("w%d", zipf.Uint64()) }
	actor := func() string { return fmt.Sprintf("Actor %d", rng.IntN(2000)) }
	base := day(2023, 1, 1)
	rows := make([]timeline.Row, 0, n)
	var id int64
	for len(rows) < n {
		start := base.AddDate(0, 0, rng.IntN(3*365))
		end := start.AddDate(0, 0, 1)
		g := timeline.GranularityDay
		switch p := rng.IntN(100); {
		case p < 4:
			start, end, g = time.Date(start.Year(), 1, 1, 0, 0, 0, 0, time.UTC), time.Date(start.Year()+1, 1, 1, 0, 0, 0, 0, time.UTC), timeline.GranularityYear
		case p < 12:
			start = time.Date(start.Year(), start.Month(), 1, 0, 0, 0, 0, time.UTC)
			end, g = start.AddDate(0, 1, 0), timeline.GranularityMonth
		case p < 18:
			end, g = start.AddDate(0, 0, 7), timeline.GranularityWeek
		}
		phrase := []string{word(), word(), word(), word()}
		evidence := append(append([]string{}, phrase...), word(), word(), word(), word(), word(), word())
		actors := []string{actor(), actor()}
		reports := 1
		if rng.IntN(4) == 0 {
			reports = 2 + rng.IntN(3)
		}
		for k := 0; k < reports && len(rows) < n; k++ {
			id++
			p := append([]string{}, phrase...)
			if k > 0 { // another outlet words it a little differently
				p[rng.IntN(len(p))] = word()
			}
			rows = append(rows, timeline.Row{
				EventID: id, DocumentID: int64(rng.IntN(n/5) + 1), Date: timeline.FormatInstant(start),
				Start: start, End: end, Granularity: g, Event: strings.Join(p, " "),
				Evidence: strings.Join(evidence, " "), Actors: actors,
				Published: end.AddDate(0, 0, rng.IntN(3)),
			})
		}
	}
	rng.Shuffle(len(rows), func(i, j int) { rows[i], rows[j] = rows[j], rows[i] })
	return rows
}

func BenchmarkMerge100k(b *testing.B) {
	rows := synthetic(100_000, 7)
	b.ResetTimer()
	for b.Loop() {
		Merge(rows)
	}
}
