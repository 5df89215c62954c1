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
		{"data/timeml/timebank", 0.90, 0.94, 0.815},
		{"data/timeml/aquaint", 0.855, 0.935, 0.77},
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

// TestCasualDevScores guards the tagger's recall on everyday date and time
// phrases (casual-dev.jsonl, see its README): accuracy overall and without
// the timexes whose value needs the creation time's clock. `timeline eval
// --recall --errors` lists what is missed.
func TestCasualDevScores(t *testing.T) {
	const all, withoutClock = 0.96, 0.96
	docs, err := eval.LoadLabeled(shared.Path(t, "data/casual-dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	r, _ := eval.ScoreRecall(docs, temporal.Tag, 2)
	t.Logf("casual-dev: accuracy %.3f, without dct clock %.3f", r.All.Accuracy(), r.WithoutClock.Accuracy())
	if r.All.Accuracy() < all || r.WithoutClock.Accuracy() < withoutClock {
		t.Errorf("casual-dev: accuracy %.3f (floor %.3f), without dct clock %.3f (floor %.3f)",
			r.All.Accuracy(), all, r.WithoutClock.Accuracy(), withoutClock)
	}
}
