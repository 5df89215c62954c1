package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/internal/shared"
	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

type silverDoc struct {
	text     string
	dct      time.Time
	mentions []timeline.Mention
}

// loadSilver reads the silver corpus and tags it once, so that the
// benchmarks below measure extraction alone or tagging and extraction.
func loadSilver(tb testing.TB) ([]silverDoc, int64) {
	f, err := os.Open(shared.Path(tb, "data/silver.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var docs []silverDoc
	var n int64
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var d struct{ Text, Dct string }
		if json.Unmarshal(sc.Bytes(), &d) != nil || d.Text == "" {
			continue
		}
		dct, _ := time.Parse("2006-01-02", d.Dct[:min(10, len(d.Dct))])
		docs = append(docs, silverDoc{text: d.Text, dct: dct, mentions: temporal.Tag(d.Text, dct)})
		n += int64(len(d.Text))
	}
	return docs, n
}

// BenchmarkEvents measures extraction alone on the silver corpus (its
// mentions tagged beforehand), in bytes of article text per second.
func BenchmarkEvents(b *testing.B) {
	docs, n := loadSilver(b)
	b.SetBytes(n)
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			Events(d.text, d.mentions, d.dct)
		}
	}
}

// BenchmarkProcess measures tagging and extraction together, as ingest
// runs them.
func BenchmarkProcess(b *testing.B) {
	docs, n := loadSilver(b)
	b.SetBytes(n)
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			Process(&timeline.Document{Text: d.text, Published: d.dct})
		}
	}
}

// BenchmarkIntern measures interning the tokens of the silver corpus into
// a warm vocab, the lookup every token pays (doc.intern).
func BenchmarkIntern(b *testing.B) {
	docs, n := loadSilver(b)
	d := getDoc()
	d.voc.reset()
	type tokenized struct {
		text string
		toks []tok
	}
	all := make([]tokenized, 0, len(docs))
	for _, sd := range docs {
		var toks []tok
		for _, s := range Sentences(sd.text) {
			toks = tokenize(sd.text, s.Start, s.End, toks, false)
		}
		all = append(all, tokenized{sd.text, toks})
	}
	b.SetBytes(n)
	b.ResetTimer()
	for range b.N {
		for _, x := range all {
			d.text, d.toks = x.text, x.toks
			d.intern(0, len(x.toks))
		}
	}
}
