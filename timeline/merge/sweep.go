package merge

import "github.com/timeline-dev/timeline/timeline"

// sweep is the state of one Merge: the rows seen so far, grouped into
// clusters, and the index that finds the open ones.
type sweep struct {
	rows      []timeline.Row
	profiles  []profile
	words     dict
	clusterOf []int
	clusters  []cluster
	idx       *index
	cands     []int // scratch
}

// newSweep prepares a sweep over rows[i] for i in order.
func newSweep(rows []timeline.Row, order []int) *sweep {
	closes := make([]int64, len(rows))
	for _, i := range order {
		closes[i] = rows[i].End.Add(nearMiss).UnixNano()
	}
	return &sweep{
		rows:      rows,
		profiles:  make([]profile, len(rows)),
		words:     dict{},
		clusterOf: make([]int, len(rows)),
		idx:       newIndex(closes),
	}
}

// place puts row i in the cluster of the event it reports, or in a new one.
// Rows must be placed in start order.
func (s *sweep) place(i int) {
	p := &s.profiles[i]
	*p = newProfile(&s.rows[i], s.words)
	c := s.best(i, p)
	if c < 0 {
		c = len(s.clusters)
		s.clusters = append(s.clusters, cluster{})
	}
	s.clusters[c].add(i, p.docs)
	s.clusterOf[i] = c
	s.idx.add(i, p.keys)
}

// best returns the cluster whose open row matches row i best, or -1.
func (s *sweep) best(i int, p *profile) int {
	need := 1
	if len(p.keys) >= 3 {
		need = 2
	}
	s.cands = s.idx.candidates(p.keys, need, s.rows[i].Start.UnixNano(), s.cands[:0])
	best, bestScore := -1, 0.0
	for _, j := range s.cands {
		c := s.clusterOf[j]
		if s.clusters[c].hasAny(p.docs) {
			continue // one document never merges with itself
		}
		near := !s.rows[j].End.After(s.rows[i].Start)
		score, ok := sameEvent(p, &s.profiles[j], near)
		if !ok || score < bestScore || score == bestScore && c > best {
			continue
		}
		// Matching one member is not enough when the cluster's first row
		// is unlike this one: else a chain of near matches drifts from one
		// event to an unrelated one.
		if seed := s.clusters[c].members[0]; seed != j {
			if ss, _ := sameEvent(p, &s.profiles[seed], false); ss < actorScore {
				continue
			}
		}
		best, bestScore = c, score
	}
	return best
}
