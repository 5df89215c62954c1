package merge

import "slices"

// Search bounds. A word shared by many open rows (a common word under many
// year-long events) says little, and following all of them would make the
// sweep quadratic; so keys are followed rarest first, each for at most
// maxScan open rows; a search meets at most maxSeen distinct rows and
// returns at most maxCandidates. A report
// of the same event shares the rare words of the phrase, which come first.
const (
	maxScan       = 64
	maxSeen       = 512
	maxCandidates = 128
)

// index finds, among the rows swept so far, those still open that share a
// key with the next row. Rows are added in start order, so a row that has
// closed for one row has closed for every later one and can be dropped.
type index struct {
	postings map[int32]*posting
	closes   []int64 // when each row stops being a candidate, in Unix nanoseconds
	// seen[row] == stamp marks a row already returned by this search; a new
	// stamp per search avoids clearing.
	seen  []int
	hits  []int32 // keys shared with the row searched for, valid where seen
	stamp int
	order []*posting // scratch: the postings of one search
}

// posting is the rows under one key, in the order they were added.
type posting struct {
	rows []int
	// compacted is the length after the last removal of closed rows; the
	// list is compacted again when it has doubled, which keeps the cost of
	// removals proportional to the additions.
	compacted int
}

// newIndex returns an index over rows numbered below len(closes), row i
// being a candidate until closes[i].
func newIndex(closes []int64) *index {
	return &index{postings: map[int32]*posting{}, closes: closes, seen: make([]int, len(closes)), hits: make([]int32, len(closes))}
}

// add files row under keys.
func (x *index) add(row int, keys []int32) {
	for _, k := range keys {
		p := x.postings[k]
		if p == nil {
			p = &posting{}
			x.postings[k] = p
		}
		p.rows = append(p.rows, row)
	}
}

// candidates appends to dst the distinct rows filed under at least need of
// keys that are still open at start, following the rarest keys first.
// Requiring two shared keys rather than one skips most rows that merely
// share a common word, before any comparison.
func (x *index) candidates(keys []int32, need int, start int64, dst []int) []int {
	x.stamp++
	x.order = x.order[:0]
	for _, k := range keys {
		if p := x.postings[k]; p != nil {
			if len(p.rows) >= 64 && len(p.rows) >= 2*p.compacted {
				x.compact(p, start)
			}
			x.order = append(x.order, p)
		}
	}
	slices.SortStableFunc(x.order, func(a, b *posting) int { return len(a.rows) - len(b.rows) })
	base, found := len(dst), 0
	for _, p := range x.order {
		live := 0
		for i := len(p.rows) - 1; i >= 0 && live < maxScan && len(p.rows)-i <= 2*maxScan; i-- {
			row := p.rows[i]
			if x.closes[row] <= start {
				continue
			}
			live++
			if x.seen[row] != x.stamp {
				x.seen[row], x.hits[row] = x.stamp, 0
				if found++; found > maxSeen {
					continue // enough rows met: only count the ones already seen
				}
			}
			if x.hits[row]++; int(x.hits[row]) == need {
				dst = append(dst, row)
				if len(dst)-base >= maxCandidates {
					return dst
				}
			}
		}
	}
	return dst
}

// compact drops the rows of p that have closed by start.
func (x *index) compact(p *posting, start int64) {
	kept := p.rows[:0]
	for _, row := range p.rows {
		if x.closes[row] > start {
			kept = append(kept, row)
		}
	}
	p.rows = kept
	p.compacted = len(kept)
}
