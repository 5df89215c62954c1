package eval

import (
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// Tagger finds the time expressions of a text; temporal.Tag is one.
type Tagger func(text string, dct time.Time) []timeline.Mention

// Scores are TempEval-3 timex scores, micro-averaged over documents.
// Precision, recall and F1 are fractions in [0, 1], and 0 (never NaN) when
// their denominator is 0. Type and value accuracy are over relaxed matches;
// TypeF1 and ValueF1 are RelaxedF1 times those accuracies, as in TE-3.
type Scores struct {
	Docs, Gold, Predicted         int
	StrictP, StrictR, StrictF1    float64
	RelaxedP, RelaxedR, RelaxedF1 float64
	TypeAccuracy, TypeF1          float64
	ValueAccuracy, ValueF1        float64
	StrictMatches, RelaxedMatches int
}

// tally holds the counts that Scores are computed from; summing tallies is
// what micro-averaging means.
type tally struct {
	docs, gold, pred          int
	strict, relaxed           int
	typeCorrect, valueCorrect int
}

func (t *tally) add(o tally) {
	t.docs += o.docs
	t.gold += o.gold
	t.pred += o.pred
	t.strict += o.strict
	t.relaxed += o.relaxed
	t.typeCorrect += o.typeCorrect
	t.valueCorrect += o.valueCorrect
}

func (t tally) scores() Scores {
	s := Scores{
		Docs: t.docs, Gold: t.gold, Predicted: t.pred,
		StrictMatches: t.strict, RelaxedMatches: t.relaxed,
		StrictP: ratio(t.strict, t.pred), StrictR: ratio(t.strict, t.gold),
		RelaxedP: ratio(t.relaxed, t.pred), RelaxedR: ratio(t.relaxed, t.gold),
		TypeAccuracy: ratio(t.typeCorrect, t.relaxed), ValueAccuracy: ratio(t.valueCorrect, t.relaxed),
	}
	s.StrictF1 = f1(s.StrictP, s.StrictR)
	s.RelaxedF1 = f1(s.RelaxedP, s.RelaxedR)
	s.TypeF1 = s.RelaxedF1 * s.TypeAccuracy
	s.ValueF1 = s.RelaxedF1 * s.ValueAccuracy
	return s
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Score runs tag over every document and scores its output against the gold
// timexes. The errors list every miss, false alarm, span difference and
// wrong type or value, document by document in text order.
func Score(docs []Gold, tag Tagger) (Scores, []Error) {
	return ScoreParallel(docs, tag, 1)
}

// ScoreParallel is Score with documents tagged by up to workers goroutines
// (GOMAXPROCS when workers <= 0), so tag must be safe for concurrent use.
// Its result is the same as Score's, in the same order.
func ScoreParallel(docs []Gold, tag Tagger, workers int) (Scores, []Error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, len(docs)))
	tallies := make([]tally, len(docs))
	errs := make([][]Error, len(docs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range next {
				tallies[i], errs[i] = scoreDoc(&docs[i], tag)
			}
		})
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	var total tally
	var all []Error
	for i := range docs {
		total.add(tallies[i])
		all = append(all, errs[i]...)
	}
	return total.scores(), all
}

// scoreDoc tags one document and compares the result with its gold.
func scoreDoc(d *Gold, tag Tagger) (tally, []Error) {
	pred := predictions(d.Text, tag(d.Text, d.DCT))
	toPred := match(d.Timexes, pred)
	t := tally{docs: 1, gold: len(d.Timexes), pred: len(pred)}
	r := reporter{doc: d}
	matched := make([]bool, len(pred))
	for g, p := range toPred {
		gs := &d.Timexes[g]
		if p < 0 {
			r.add(KindMiss, gs, nil)
			continue
		}
		ps := &pred[p]
		matched[p] = true
		t.relaxed++
		if gs.Start == ps.Start && gs.End == ps.End {
			t.strict++
		} else {
			r.add(KindSpan, gs, ps)
		}
		if same(gs.Type, ps.Type) {
			t.typeCorrect++
		} else {
			r.add(KindWrongType, gs, ps)
		}
		if same(gs.Value, ps.Value) {
			t.valueCorrect++
		} else {
			r.add(KindWrongValue, gs, ps)
		}
	}
	for p := range pred {
		if !matched[p] {
			r.add(KindFalseAlarm, nil, &pred[p])
		}
	}
	return t, r.sorted()
}

// predictions turns a tagger's mentions into spans, taking each span's text
// from the document when its offsets are valid there.
func predictions(text string, mentions []timeline.Mention) []Span {
	out := make([]Span, len(mentions))
	for i, m := range mentions {
		out[i] = Span{Start: m.Start, End: m.End, Text: m.Text, Type: string(m.Type), Value: m.Value}
		if 0 <= m.Start && m.Start <= m.End && m.End <= len(text) {
			out[i].Text = text[m.Start:m.End]
		}
	}
	return out
}

// same compares TIMEX3 attribute values as TE-3 does: exactly, but ignoring
// surrounding whitespace that annotation tools sometimes leave.
func same(gold, pred string) bool {
	return strings.TrimSpace(gold) == strings.TrimSpace(pred)
}
