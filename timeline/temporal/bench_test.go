package temporal

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/internal/shared"
)

// silverTexts loads the silver newswire corpus as (text, dct) pairs (see
// shared.Path for where it is and what happens when it is not).
func silverTexts(b testing.TB) ([]string, []time.Time, int64) {
	f, err := os.Open(shared.Path(b, "data/silver.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var texts []string
	var dcts []time.Time
	var size int64
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var d struct{ Text, DCT string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			b.Fatal(err)
		}
		dct, _ := time.Parse("2006-01-02", d.DCT[:min(10, len(d.DCT))])
		texts, dcts = append(texts, d.Text), append(dcts, dct)
		size += int64(len(d.Text))
	}
	return texts, dcts, size
}

// BenchmarkTagSilver reports MB/s of the tagger over the silver corpus
// (single core): go test -bench TagSilver -benchmem ./timeline/temporal
func BenchmarkTagSilver(b *testing.B) {
	texts, dcts, size := silverTexts(b)
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, text := range texts {
			Tag(text, dcts[k])
		}
	}
}

// BenchmarkTagLinear tags one document repeated 1x and 16x; equal MB/s
// shows the tagger is linear in input size.
func BenchmarkTagLinear(b *testing.B) {
	texts, dcts, _ := silverTexts(b)
	base := ""
	for _, t := range texts[:50] {
		base += t + "\n"
	}
	for _, n := range []int{1, 16} {
		text := ""
		for k := 0; k < n; k++ {
			text += base
		}
		b.Run("x"+itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for i := 0; i < b.N; i++ {
				Tag(text, dcts[0])
			}
		})
	}
}
