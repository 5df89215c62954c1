package eval

import (
	"encoding/json"
	"runtime"
	"sort"
	"strings"
	"sync"
)

// Recall-only scoring is for gold that is not an exhaustive annotation: sets
// of test phrases where each case asserts some time expressions of its text
// and says nothing about the rest (casual-dev.jsonl). A gold timex is right
// when a prediction overlaps its span and has exactly its value; extra
// predictions are not errors, and one prediction may answer several gold
// timexes.

// Labeled is a gold document of a recall-only set: the document and, for
// each of its timexes, its label.
type Labeled struct {
	Gold
	Labels []Label // one per Gold.Timexes
}

// Label is what a recall-only gold set says about one timex beyond its span
// and value, for reporting.
type Label struct {
	Category string // the kind of expression, e.g. "clock-time"
	// NeedsDCTTime marks values that depend on the clock time of the
	// document's creation time ("2 hours ago").
	NeedsDCTTime bool
	// TZ is the zone offset written in the text ("-05:00") when the gold
	// value leaves it out, as TimeBank does.
	TZ string
}

// labelLine is the part of a .jsonl line that LoadLabeled reads beside
// what parseJSONLine does.
type labelLine struct {
	Timexes []struct {
		Category     string `json:"category"`
		NeedsDCTTime bool   `json:"needs_dct_time"`
		TZ           string `json:"tz"`
	} `json:"timexes"`
}

// LoadLabeled reads a recall-only gold .jsonl file: the documents as
// LoadPaths reads them, with each timex's category, needs_dct_time and tz.
func LoadLabeled(path string) ([]Labeled, error) {
	return readJSONLines(path, parseLabeledLine)
}

func parseLabeledLine(line []byte) (Labeled, error) {
	g, err := parseJSONLine(line)
	if err != nil {
		return Labeled{}, err
	}
	var l labelLine
	if err := json.Unmarshal(line, &l); err != nil {
		return Labeled{}, err
	}
	d := Labeled{Gold: g, Labels: make([]Label, len(g.Timexes))}
	for i, x := range l.Timexes {
		d.Labels[i] = Label{Category: x.Category, NeedsDCTTime: x.NeedsDCTTime, TZ: x.TZ}
	}
	return d, nil
}

// Count is a number of gold timexes and how many of them were right and
// how many had an overlapping prediction, right or not.
type Count struct {
	Gold, Right, Overlap int
}

// Accuracy is Right / Gold, 0 when there is no gold.
func (c Count) Accuracy() float64 { return ratio(c.Right, c.Gold) }

func (c *Count) add(o Count) {
	c.Gold += o.Gold
	c.Right += o.Right
	c.Overlap += o.Overlap
}

// Recall is the result of recall-only scoring.
type Recall struct {
	Docs int
	All  Count
	// WithoutClock leaves out the timexes whose value needs the clock time
	// of the creation time.
	WithoutClock Count
	// Categories are the counts per category, most gold timexes first.
	Categories []CategoryCount
}

// CategoryCount is the count of one category.
type CategoryCount struct {
	Category string
	Count
}

// ScoreRecall tags every document with up to workers goroutines
// (GOMAXPROCS when workers <= 0) and scores recall only. The errors list
// each gold timex that is not right: a miss when nothing overlaps it, else
// a wrong value naming the overlapping prediction.
func ScoreRecall(docs []Labeled, tag Tagger, workers int) (Recall, []Error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, len(docs)))
	type result struct {
		right, overlap []bool
		errs           []Error
	}
	results := make([]result, len(docs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range next {
				d := &docs[i]
				var res result
				res.right, res.overlap, res.errs = recallDoc(d, tag)
				results[i] = res
			}
		})
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	rec := Recall{Docs: len(docs)}
	cats := map[string]*Count{}
	var errs []Error
	for i, d := range docs {
		for k := range d.Timexes {
			c := Count{Gold: 1, Right: boolCount(results[i].right[k]), Overlap: boolCount(results[i].overlap[k])}
			rec.All.add(c)
			l := label(d, k)
			if !l.NeedsDCTTime {
				rec.WithoutClock.add(c)
			}
			if cats[l.Category] == nil {
				cats[l.Category] = &Count{}
			}
			cats[l.Category].add(c)
		}
		errs = append(errs, results[i].errs...)
	}
	for name, c := range cats {
		rec.Categories = append(rec.Categories, CategoryCount{Category: name, Count: *c})
	}
	sort.Slice(rec.Categories, func(a, b int) bool {
		ca, cb := rec.Categories[a], rec.Categories[b]
		if ca.Gold != cb.Gold {
			return ca.Gold > cb.Gold
		}
		return ca.Category < cb.Category
	})
	return rec, errs
}

// label is the label of timex k of d, empty when the file gave none.
func label(d Labeled, k int) Label {
	if k < len(d.Labels) {
		return d.Labels[k]
	}
	return Label{}
}

// recallDoc tags one document and reports, for each gold timex, whether it
// is right and whether anything overlaps it.
func recallDoc(d *Labeled, tag Tagger) (right, overlap []bool, errs []Error) {
	pred := predictions(d.Text, tag(d.Text, d.DCT))
	right, overlap = make([]bool, len(d.Timexes)), make([]bool, len(d.Timexes))
	r := reporter{doc: &d.Gold}
	for g := range d.Timexes {
		gs := &d.Timexes[g]
		var near *Span // the overlapping prediction that shares the most
		best := 0
		for p := range pred {
			ps := &pred[p]
			ov := min(gs.End, ps.End) - max(gs.Start, ps.Start)
			if ov <= 0 {
				continue
			}
			overlap[g] = true
			if sameZoned(gs.Value, label(*d, g).TZ, ps.Value) {
				right[g] = true
			}
			if ov > best {
				near, best = ps, ov
			}
		}
		switch {
		case right[g]:
		case near == nil:
			r.add(KindMiss, gs, nil)
		default:
			r.add(KindWrongValue, gs, near)
		}
	}
	return right, overlap, r.sorted()
}

// sameZoned compares a gold value with a predicted one. Gold that follows
// TimeBank keeps the clock as written and puts the zone written in the text
// aside (tz); a tagger that writes the zone into the value ("T17:00-05:00",
// "T18:00Z") says the same thing, so the gold value with its zone appended
// is right too.
func sameZoned(gold, tz, pred string) bool {
	if same(gold, pred) {
		return true
	}
	if tz == "" {
		return false
	}
	gold, pred = strings.TrimSpace(gold), strings.TrimSpace(pred)
	if !strings.HasPrefix(pred, gold) {
		return false
	}
	zone := pred[len(gold):]
	return zone == tz || zone == "Z" && (tz == "+00:00" || tz == "-00:00" || tz == "Z")
}

func boolCount(b bool) int {
	if b {
		return 1
	}
	return 0
}
