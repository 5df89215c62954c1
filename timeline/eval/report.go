package eval

import (
	"fmt"
	"io"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
)

// WriteReport writes the scores of one corpus as a short block of text, in
// percent with two decimals like the TempEval-3 scorer.
func WriteReport(w io.Writer, name string, s Scores) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d documents, %d gold, %d predicted timexes\n", name, s.Docs, s.Gold, s.Predicted)
	fmt.Fprintf(&b, "%-8s%9s%9s%9s%9s\n", "", "P", "R", "F1", "matches")
	fmt.Fprintf(&b, "%-8s%9s%9s%9s%9d\n", "strict", pct(s.StrictP), pct(s.StrictR), pct(s.StrictF1), s.StrictMatches)
	fmt.Fprintf(&b, "%-8s%9s%9s%9s%9d\n", "relaxed", pct(s.RelaxedP), pct(s.RelaxedR), pct(s.RelaxedF1), s.RelaxedMatches)
	fmt.Fprintf(&b, "%-8s%9s%9s\n", "", "accuracy", "F1")
	fmt.Fprintf(&b, "%-8s%9s%9s\n", "type", pct(s.TypeAccuracy), pct(s.TypeF1))
	fmt.Fprintf(&b, "%-8s%9s%9s\n", "value", pct(s.ValueAccuracy), pct(s.ValueF1))
	_, err := io.WriteString(w, b.String())
	return err
}

// Result is one named corpus and its scores: a row of WriteTable.
type Result struct {
	Name   string
	Scores Scores
}

// WriteTable writes the scores of several corpora side by side, one row
// each, so that runs on different corpora read at a glance.
func WriteTable(w io.Writer, results []Result) error {
	nameW := len("corpus")
	for _, r := range results {
		nameW = max(nameW, len(r.Name))
	}
	var b strings.Builder
	// Group labels start over the first digit of their first column.
	fmt.Fprintf(&b, "%-*s%18s  %-19s  %-19s  %-12s  %s\n", nameW, "corpus", "", "strict", "relaxed", "type", "value")
	fmt.Fprintf(&b, "%-*s%6s%6s%6s%7s%7s%7s%7s%7s%7s%7s%7s%7s%7s\n", nameW, "", "docs", "gold", "pred",
		"P", "R", "F1", "P", "R", "F1", "acc", "F1", "acc", "F1")
	for _, r := range results {
		s := r.Scores
		fmt.Fprintf(&b, "%-*s%6d%6d%6d%7s%7s%7s%7s%7s%7s%7s%7s%7s%7s\n", nameW, r.Name, s.Docs, s.Gold, s.Predicted,
			pct(s.StrictP), pct(s.StrictR), pct(s.StrictF1), pct(s.RelaxedP), pct(s.RelaxedR), pct(s.RelaxedF1),
			pct(s.TypeAccuracy), pct(s.TypeF1), pct(s.ValueAccuracy), pct(s.ValueF1))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func pct(f float64) string { return fmt.Sprintf("%.2f", 100*f) }

// EventResult is one named corpus and its event scores: a row of
// WriteEventTable.
type EventResult struct {
	Name   string
	Scores EventScores
}

// WriteEventTable writes event scores of several corpora side by side: event
// detection, dated events (matched with any date, and with the right one),
// date accuracy, relation accuracy with its count, and class and polarity
// accuracy over found events.
func WriteEventTable(w io.Writer, results []EventResult) error {
	nameW := len("corpus")
	for _, r := range results {
		nameW = max(nameW, len(r.Name))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-*s%18s  %-19s  %-33s  %-12s  %-5s  %-12s  %s\n", nameW, "corpus", "", "events", "dated events",
		"right date", "date", "relation", "class polarity")
	fmt.Fprintf(&b, "%-*s%6s%6s%6s%7s%7s%7s%7s%7s%7s%7s%7s%7s%7s%7s%7s%6s%7s%7s\n", nameW, "", "docs", "gold", "pred",
		"P", "R", "F1", "gold", "pred", "P", "R", "F1", "n", "F1", "acc", "acc", "n", "acc", "acc")
	for _, r := range results {
		s := r.Scores
		fmt.Fprintf(&b, "%-*s%6d%6d%6d%7s%7s%7s%7d%7d%7s%7s%7s%7d%7s%7s%7s%6d%7s%7s\n", nameW, r.Name, s.Docs, s.Gold, s.Predicted,
			pct(s.P), pct(s.R), pct(s.F1), s.GoldDated, s.PredictedDated, pct(s.DatedP), pct(s.DatedR), pct(s.DatedF1),
			s.RightDate, pct(s.RightDateF1), pct(s.DateAccuracy), pct(s.RelationAccuracy), s.RelationsAnchored,
			pct(s.ClassAccuracy), pct(s.PolarityAccuracy))
	}
	// Date accuracy by how events were dated.
	fmt.Fprintf(&b, "\n%-*s  %s\n", nameW, "date accuracy by anchoring", "right/matched")
	for _, r := range results {
		fmt.Fprintf(&b, "%-*s", nameW, r.Name)
		for _, a := range timeline.Anchorings {
			if v, ok := r.Scores.ByAnchoring[a]; ok {
				fmt.Fprintf(&b, "  %s %d/%d (%s)", a, v[1], v[0], pct(ratio(v[1], v[0])))
			}
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}
