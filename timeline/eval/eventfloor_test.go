package eval

import (
	"runtime"
	"testing"

	"github.com/timeline-dev/timeline/internal/shared"
	"github.com/timeline-dev/timeline/timeline/extract"
)

// TestEventDevScores guards the event extractor on the TimeML development
// corpora: each floor sits about a point under what it scores, so that a
// rule that helps one document and costs others shows up here.
func TestEventDevScores(t *testing.T) {
	s, _ := ScoreEvents(devCorpora(t), extract.Process, runtime.GOMAXPROCS(0))
	t.Logf("events F1 %.1f, dated F1 %.1f, right date %d, date accuracy %.1f, class accuracy %.1f",
		100*s.F1, 100*s.DatedF1, s.RightDate, 100*s.DateAccuracy, 100*s.ClassAccuracy)
	floors := []struct {
		name       string
		got, floor float64
	}{
		{"event F1", s.F1, 0.825},
		{"dated-event F1", s.DatedF1, 0.51},
		{"rightly dated events", float64(s.RightDate), 1170},
		{"date accuracy", s.DateAccuracy, 0.80},
		{"class accuracy", s.ClassAccuracy, 0.80},
	}
	for _, f := range floors {
		if f.got < f.floor {
			t.Errorf("%s: %.3f, below its floor %.3f", f.name, f.got, f.floor)
		}
	}
}

// devCorpora loads the TimeBank and AQUAINT development corpora, skipping
// the test without them (failing in CI).
func devCorpora(t *testing.T) []Gold {
	t.Helper()
	var docs []Gold
	for _, corpus := range []string{"timebank", "aquaint"} {
		d, err := LoadPaths([]string{shared.Path(t, "data/timeml/"+corpus)})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d...)
	}
	return docs
}
