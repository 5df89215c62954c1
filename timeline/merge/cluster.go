package merge

import (
	"slices"
	"sort"

	"github.com/timeline-dev/timeline/timeline"
)

// cluster is the rows found to report one event.
type cluster struct {
	members []int
	docs    []int64
}

// hasAny reports whether the cluster already speaks for one of docs.
func (c *cluster) hasAny(docs []int64) bool {
	for _, d := range docs {
		if slices.Contains(c.docs, d) {
			return true
		}
	}
	return false
}

func (c *cluster) add(row int, docs []int64) {
	c.members = append(c.members, row)
	c.docs = append(c.docs, docs...)
}

// row builds the cluster's output: a lone row as it came, or the most
// precise source carrying every source and the conflict flag.
func (c *cluster) row(rows []timeline.Row) timeline.Row {
	if len(c.members) == 1 {
		return rows[c.members[0]]
	}
	var sources []timeline.Row
	conflict := false
	for _, i := range c.members {
		r := &rows[i]
		conflict = conflict || r.DateConflict
		if len(r.Sources) == 0 {
			sources = append(sources, *r)
		}
		sources = append(sources, r.Sources...)
	}
	for i := range sources {
		sources[i].Sources, sources[i].DateConflict = nil, false
	}
	sort.SliceStable(sources, func(i, j int) bool { return preferred(&sources[i], &sources[j]) })
	out := sources[0]
	out.Sources = sources
	out.DateConflict = conflict || disagree(sources)
	return out
}

// preferred orders the sources of a merged row: the finest granularity
// first, since it says the most; then the earliest published document, the
// first to report (unknown publication dates last); then document order.
func preferred(a, b *timeline.Row) bool {
	if ga, gb := fineness(a.Granularity), fineness(b.Granularity); ga != gb {
		return ga < gb
	}
	if !a.Published.Equal(b.Published) {
		if a.Published.IsZero() || b.Published.IsZero() {
			return b.Published.IsZero()
		}
		return a.Published.Before(b.Published)
	}
	if a.DocumentID != b.DocumentID {
		return a.DocumentID < b.DocumentID
	}
	return a.Offset < b.Offset
}

// fineness ranks a granularity, finest first; none ranks last.
func fineness(g timeline.Granularity) int {
	if i := slices.Index(timeline.Granularities, g); i >= 0 {
		return i
	}
	return len(timeline.Granularities)
}

// disagree reports sources whose intervals are not all nested. Nested
// intervals form a chain under containment, so sorting by length and
// checking each against the next one up is enough.
func disagree(sources []timeline.Row) bool {
	ivs := make([]timeline.Interval, len(sources))
	for i := range sources {
		ivs[i] = sources[i].Interval()
	}
	sort.Slice(ivs, func(i, j int) bool { return ivs[i].Duration() > ivs[j].Duration() })
	for i := 1; i < len(ivs); i++ {
		if !ivs[i-1].Contains(ivs[i]) {
			return true
		}
	}
	return false
}
