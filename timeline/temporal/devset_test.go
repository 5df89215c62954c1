package temporal_test

import (
	"testing"

	"github.com/timeline-dev/timeline/internal/shared"
	"github.com/timeline-dev/timeline/timeline/eval"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// TestDevSetScores guards the tagger's accuracy on the TempEval-3
// development corpora (see shared.Path): a change that loses
// more than about a point fails here. The full table is in the README;
// `timeline eval --errors` lists what is missed.
func TestDevSetScores(t *testing.T) {
	floors := []struct {
		dir                    string
		strict, relaxed, value float64
	}{
		{"data/timeml/timebank", 0.89, 0.93, 0.80},
		{"data/timeml/aquaint", 0.845, 0.925, 0.76},
	}
	for _, f := range floors {
		docs, err := eval.LoadPaths([]string{shared.Path(t, f.dir)})
		if err != nil {
			t.Fatal(err)
		}
		s, _ := eval.ScoreParallel(docs, temporal.Tag, 2)
		t.Logf("%s: strict F1 %.3f, relaxed F1 %.3f, value F1 %.3f", f.dir, s.StrictF1, s.RelaxedF1, s.ValueF1)
		if s.StrictF1 < f.strict || s.RelaxedF1 < f.relaxed || s.ValueF1 < f.value {
			t.Errorf("%s: strict %.3f (floor %.3f), relaxed %.3f (floor %.3f), value %.3f (floor %.3f)",
				f.dir, s.StrictF1, f.strict, s.RelaxedF1, f.relaxed, s.ValueF1, f.value)
		}
	}
}
