package eval

import "sort"

// pair is a gold and a predicted span that overlap.
type pair struct {
	gold, pred int
	overlap    int
	exact      bool
}

// match pairs gold with predicted spans one to one. Pairs must share at least
// one byte; identical spans are paired first, then the largest overlaps, ties
// going to the earlier gold and then the earlier prediction, so the result
// does not depend on map or goroutine order. Pairing exact spans first keeps
// every possible strict match, since identical spans form disjoint groups.
// It returns, for each gold span, the index of its prediction or -1.
func match(gold, pred []Span) []int {
	var pairs []pair
	for g, gs := range gold {
		for p, ps := range pred {
			if ov := min(gs.End, ps.End) - max(gs.Start, ps.Start); ov > 0 {
				pairs = append(pairs, pair{g, p, ov, gs.Start == ps.Start && gs.End == ps.End})
			}
		}
	}
	sort.Slice(pairs, func(i, j int) bool {
		a, b := pairs[i], pairs[j]
		switch {
		case a.exact != b.exact:
			return a.exact
		case a.overlap != b.overlap:
			return a.overlap > b.overlap
		case a.gold != b.gold:
			return a.gold < b.gold
		}
		return a.pred < b.pred
	})
	toPred := make([]int, len(gold))
	for i := range toPred {
		toPred[i] = -1
	}
	taken := make([]bool, len(pred))
	for _, pr := range pairs {
		if toPred[pr.gold] < 0 && !taken[pr.pred] {
			toPred[pr.gold] = pr.pred
			taken[pr.pred] = true
		}
	}
	return toPred
}
