// Package merge folds the same event, reported by several documents, into
// one timeline row.
//
// Two rows are taken for the same event when they come from different
// documents, their intervals overlap, and their words agree: the score
// (0.6 × token Jaccard of the event phrases + 0.4 × that of the evidence
// sentences, on lowercased, crudely stemmed content words without stop words,
// time words or a wire dateline) reaches 0.5, or 0.3 when they also name the
// same actors (actor sets, by surname, with a Jaccard of at least 0.5). A shared actor alone is not enough: one person is
// in many events a day. Rows that name places, none in common, never merge;
// nor do rows of which one denies the event and the other does not, or one
// holds it real (asserted or planned) and the other only possible,
// hypothetical or counterfactual.
// Rows that do not overlap but lie within a day of each other ("Monday" in
// one report, "Sunday" in another) merge on the strong score alone. A row
// joins a group through the member it matches best, provided it also
// resembles the group's first row, so that a chain of near matches cannot
// drift from one event to another.
//
// A merged row is its most precise source (finest granularity, then the
// earliest published document) with Sources listing every row merged,
// itself first. DateConflict is set when two sources give incompatible dates:
// intervals of which neither contains the other ("2025-05-19" against
// "2025-05-18", or a week straddling the month it is compared to). A coarser
// date that contains the finer one ("May 2025" and "2025-05-19") is less
// precise, not contradictory, and is no conflict.
package merge

import (
	"sort"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// Thresholds of the same-event rule, as described in the package comment.
const (
	strongScore  = 0.5
	actorScore   = 0.3
	actorOverlap = 0.5
	// minShared is how many content words two rows must share: a one-word
	// phrase ("the meeting") matches too many unrelated events.
	minShared = 2
	// nearMiss is how far apart two intervals may be and still merge.
	nearMiss = 24 * time.Hour
)

// Merge returns rows with the same event from different documents merged,
// in timeline order. Rows without an interval are returned unchanged. The
// input is not modified.
//
// It sweeps the rows in start order and compares each only with earlier rows
// still open at its start that share words or actors with it, at most a
// fixed number of them, so its cost grows with the number of rows, not with
// the number of pairs. In a window denser than that bound a rare match can be
// missed; a false merge would hide a report, a missed one only repeats it.
func Merge(rows []timeline.Row) []timeline.Row {
	out := make([]timeline.Row, 0, len(rows))
	order := make([]int, 0, len(rows))
	for i := range rows {
		if rows[i].Start.IsZero() || !rows[i].End.After(rows[i].Start) {
			out = append(out, rows[i])
			continue
		}
		order = append(order, i)
	}
	sort.SliceStable(order, func(a, b int) bool { return timeline.Less(&rows[order[a]], &rows[order[b]]) })

	s := newSweep(rows, order)
	for _, i := range order {
		s.place(i)
	}
	for _, c := range s.clusters {
		out = append(out, c.row(rows))
	}
	timeline.Sort(out)
	return out
}
