package eval

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// dataDir holds the shared gold corpora; tests that need it skip without it.
const dataDir = "/work/shared/data"

func TestLoadCorpora(t *testing.T) {
	tests := []struct {
		corpus string
		docs   int
	}{{"timebank", 183}, {"aquaint", 73}}
	for _, tt := range tests {
		t.Run(tt.corpus, func(t *testing.T) {
			dir := filepath.Join(dataDir, "timeml", tt.corpus)
			if _, err := os.Stat(dir); err != nil {
				t.Skip(err)
			}
			docs, err := LoadPaths([]string{dir})
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) != tt.docs {
				t.Errorf("%d documents, want %d", len(docs), tt.docs)
			}
			s, _ := Score(docs, fixed(nil))
			if s.Gold == 0 {
				t.Errorf("no gold timexes")
			}
			t.Logf("%s: %d documents, %d gold timexes", tt.corpus, s.Docs, s.Gold)

			// The gold itself, as a tagger, must score 100% everywhere.
			oracle := map[string][]Span{}
			for _, d := range docs {
				oracle[d.Text] = d.Timexes
			}
			if s, errs := ScoreParallel(docs, fixed(oracle), 0); s.StrictF1 != 1 || s.TypeF1 != 1 || s.ValueF1 != 1 || len(errs) > 0 {
				t.Errorf("gold scored against itself: %+v, %d errors", s, len(errs))
			}

			// The JSON Lines export of the same corpus must load the same.
			jsonl := filepath.Join(dataDir, "tbaq-"+tt.corpus+".jsonl")
			if _, err := os.Stat(jsonl); err != nil {
				return
			}
			fromJSON, err := LoadPaths([]string{jsonl})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(fromJSON, docs) {
				t.Errorf("%s and %s load differently", jsonl, dir)
			}
		})
	}
}
