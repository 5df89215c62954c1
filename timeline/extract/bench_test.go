package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
)

// silverPathVar is the shared corpus used by the benchmarks; they skip when
// it is absent.
var silverPathVar = "../../../shared/data/silver.jsonl"

type silverDoc struct {
	Text    string
	Timexes []struct {
		Start, End int
		Type       string
		Text       string
	}
}

// loadSilver reads the corpus with its annotated time expressions turned
// into mentions (the corpus counts code points; mentions count bytes). Where
// a document has no annotation, four-digit years stand in.
func loadSilver(tb testing.TB) ([]string, [][]timeline.Mention) {
	f, err := os.Open(silverPathVar)
	if err != nil {
		tb.Skipf("no corpus: %v", err)
	}
	defer f.Close()
	var texts []string
	var mentions [][]timeline.Mention
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var d silverDoc
		if json.Unmarshal(sc.Bytes(), &d) != nil || d.Text == "" {
			continue
		}
		var ms []timeline.Mention
		if len(d.Timexes) > 0 {
			byteAt := runeToByte(d.Text)
			for _, x := range d.Timexes {
				if x.Start < 0 || x.End < x.Start || x.End >= len(byteAt) {
					continue
				}
				ms = append(ms, timeline.Mention{Start: byteAt[x.Start], End: byteAt[x.End], Text: x.Text, Type: timeline.TimexType(x.Type)})
			}
		} else {
			ms = years(d.Text)
		}
		texts = append(texts, d.Text)
		mentions = append(mentions, ms)
	}
	return texts, mentions
}

// runeToByte maps code-point offsets to byte offsets (one past the end too).
func runeToByte(s string) []int {
	out := make([]int, 0, utf8.RuneCountInString(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}

// years is the stand-in tagger: every four-digit number from 1900 to 2099.
func years(text string) []timeline.Mention {
	var ms []timeline.Mention
	for i := 0; i+4 <= len(text); i++ {
		if (text[i] == '1' && text[i+1] == '9' || text[i] == '2' && text[i+1] == '0') &&
			isDigitByte(text[i+2]) && isDigitByte(text[i+3]) &&
			(i == 0 || !isDigitByte(text[i-1])) && (i+4 == len(text) || !isDigitByte(text[i+4])) {
			ms = append(ms, timeline.Mention{Start: i, End: i + 4, Text: text[i : i+4], Type: timeline.TypeDate})
			i += 3
		}
	}
	return ms
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// BenchmarkEvents measures extraction over the silver corpus, with the
// corpus's own time expressions as mentions ("annotated") and with the
// stand-in tagger that finds years ("years").
func BenchmarkEvents(b *testing.B) {
	texts, annotated := loadSilver(b)
	size := 0
	yearly := make([][]timeline.Mention, len(texts))
	for i, t := range texts {
		size += len(t)
		yearly[i] = years(t)
	}
	for _, bc := range []struct {
		name     string
		mentions [][]timeline.Mention
	}{{"annotated", annotated}, {"years", yearly}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			for b.Loop() {
				for i, t := range texts {
					Events(t, bc.mentions[i])
				}
			}
		})
	}
}

func BenchmarkSentences(b *testing.B) {
	texts, _ := loadSilver(b)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, t := range texts {
			Sentences(t)
		}
	}
}
