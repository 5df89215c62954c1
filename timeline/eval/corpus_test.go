package eval

import (
	"reflect"
	"testing"

	"github.com/timeline-dev/timeline/internal/shared"
)

func TestLoadCorpora(t *testing.T) {
	tests := []struct {
		corpus string
		docs   int
	}{{"timebank", 183}, {"aquaint", 73}}
	for _, tt := range tests {
		t.Run(tt.corpus, func(t *testing.T) {
			dir := shared.Path(t, "data/timeml/"+tt.corpus)
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

			// The JSON Lines export of the same corpus must load the same
			// timexes; it has no events.
			jsonl := shared.Path(t, "data/tbaq-"+tt.corpus+".jsonl")
			fromJSON, err := LoadPaths([]string{jsonl})
			if err != nil {
				t.Fatal(err)
			}
			events := 0
			for i := range docs {
				events += len(docs[i].Events)
				docs[i].Events = nil
			}
			if events == 0 {
				t.Errorf("no gold events in %s", dir)
			}
			if !reflect.DeepEqual(fromJSON, docs) {
				t.Errorf("%s and %s load differently", jsonl, dir)
			}
		})
	}
}
