package merge

import (
	"slices"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
)

// profile is what the comparison needs of a row, computed once per row.
// Words and names are interned to numbers: comparing sorted integer sets is
// several times faster than comparing strings, and the sweep compares a lot.
type profile struct {
	phrase   []int32
	evidence []int32
	actors   []int32
	places   []int32
	// keys are the index entries under which the row is found: its phrase
	// words (its evidence words when it has no phrase) and its actors.
	keys []int32
	// docs are the documents the row speaks for: its own, or all of its
	// sources' when the input was merged already.
	docs []int64
	// stance is whether the text denies the event and whether it holds it
	// real (asserted or planned) or not (possible, hypothetical,
	// counterfactual): reports of the same event agree on it. A planned
	// event and the same event reported done later are one.
	stance stance
}

// stance is what two rows must share to be one event.
type stance struct {
	negated, unreal bool
}

func stanceOf(r *timeline.Row) stance {
	return stance{
		negated: r.Polarity == timeline.PolarityNegative,
		unreal:  r.Modality != "" && r.Modality != timeline.ModalityAsserted && r.Modality != timeline.ModalityPlanned,
	}
}

// dict numbers words and names; actors and places get a prefix so that a
// person called "Paris" is not the city.
type dict map[string]int32

// ids interns words, prefixed, as a sorted set.
func (d dict) ids(prefix string, words []string) []int32 {
	out := make([]int32, 0, len(words))
	for _, w := range words {
		id, ok := d[prefix+w]
		if !ok {
			id = int32(len(d))
			d[prefix+w] = id
		}
		out = append(out, id)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func newProfile(r *timeline.Row, d dict) profile {
	evidence := dateline.ReplaceAllString(r.Evidence, "")
	if r.Expression != "" {
		evidence = strings.Replace(evidence, r.Expression, " ", 1)
	}
	p := profile{
		phrase:   d.ids("", tokens(r.Event)),
		evidence: d.ids("", tokens(evidence)),
		actors:   d.ids("@", surnames(r.Actors)),
		places:   d.ids("#", names(r.Places)),
		stance:   stanceOf(r),
	}
	words := p.phrase
	if len(words) == 0 {
		words = p.evidence
	}
	p.keys = append(append(p.keys, words...), p.actors...)
	if len(r.Sources) == 0 {
		p.docs = []int64{r.DocumentID}
	}
	for _, s := range r.Sources {
		p.docs = append(p.docs, s.DocumentID)
	}
	return p
}

// sameEvent scores two rows and says whether they report the same event;
// near means their intervals do not overlap but are less than a day apart.
func sameEvent(a, b *profile, near bool) (float64, bool) {
	if a.stance != b.stance {
		return 0, false
	}
	if len(a.places) > 0 && len(b.places) > 0 && common(a.places, b.places) == 0 {
		return 0, false
	}
	pc, ec := common(a.phrase, b.phrase), common(a.evidence, b.evidence)
	if pc+ec < minShared {
		return 0, false
	}
	s := ratio(ec, len(a.evidence), len(b.evidence))
	if len(a.phrase) > 0 && len(b.phrase) > 0 {
		s = 0.6*ratio(pc, len(a.phrase), len(b.phrase)) + 0.4*s
	}
	if s >= strongScore {
		return s, true
	}
	if !near && len(a.actors) > 0 && jaccard(a.actors, b.actors) >= actorOverlap && s >= actorScore {
		return s, true
	}
	return s, false
}

// jaccard is |a ∩ b| / |a ∪ b| of two sorted sets, 0 when both are empty.
func jaccard(a, b []int32) float64 { return ratio(common(a, b), len(a), len(b)) }

// ratio is the Jaccard index of two sets of sizes la and lb sharing n.
func ratio(n, la, lb int) float64 {
	if u := la + lb - n; u > 0 {
		return float64(n) / float64(u)
	}
	return 0
}

// common counts the elements two sorted sets share.
func common(a, b []int32) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}
