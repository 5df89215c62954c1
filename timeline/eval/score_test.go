package eval

import (
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// span builds a span over the first occurrence of expr in text.
func span(text, expr, typ, value string) Span {
	i := strings.Index(text, expr)
	if i < 0 {
		panic("no " + expr + " in " + text)
	}
	return Span{Start: i, End: i + len(expr), Text: expr, Type: typ, Value: value}
}

// fixed is a tagger that returns canned mentions for each known text.
func fixed(out map[string][]Span) Tagger {
	return func(text string, _ time.Time) []timeline.Mention {
		var ms []timeline.Mention
		for _, s := range out[text] {
			ms = append(ms, timeline.Mention{Start: s.Start, End: s.End, Text: s.Text, Type: timeline.TimexType(s.Type), Value: s.Value})
		}
		return ms
	}
}

const bombs = "Bombs exploded on Friday, killing 12 in the last two days; on Monday morning they said more."

func bombsGold() Gold {
	return Gold{ID: "bombs", Text: bombs, Timexes: []Span{
		span(bombs, "Friday", "DATE", "1998-08-07"),
		span(bombs, "the last two days", "DURATION", "P2D"),
		span(bombs, "Monday morning", "TIME", "1998-08-10TMO"),
	}}
}

func bombsPredicted() []Span {
	return []Span{
		span(bombs, "Friday", "DATE", "1998-08-07"),
		span(bombs, "12", "DURATION", "P12D"),
		span(bombs, "last two days", "DURATION", " P2D "), // spaces are ignored
		span(bombs, "Monday", "DATE", "1998-08-10"),
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-12 }

func checkScores(t *testing.T, got, want Scores) {
	t.Helper()
	g, w := reflect.ValueOf(got), reflect.ValueOf(want)
	for i := range g.NumField() {
		name := g.Type().Field(i).Name
		switch gv, wv := g.Field(i), w.Field(i); gv.Kind() {
		case reflect.Float64:
			if !near(gv.Float(), wv.Float()) || math.IsNaN(gv.Float()) {
				t.Errorf("%s = %v, want %v", name, gv.Float(), wv.Float())
			}
		default:
			if gv.Int() != wv.Int() {
				t.Errorf("%s = %d, want %d", name, gv.Int(), wv.Int())
			}
		}
	}
}

func TestScore(t *testing.T) {
	quiet := "Nothing happened."
	tests := []struct {
		name  string
		docs  []Gold
		pred  map[string][]Span
		want  Scores
		kinds []string // error kinds in order
	}{{
		name: "mixed",
		docs: []Gold{bombsGold()},
		pred: map[string][]Span{bombs: bombsPredicted()},
		// strict 1 of 4 predicted, 1 of 3 gold; relaxed 3/4 and 3/3; types
		// and values right on 2 of the 3 relaxed matches.
		want: Scores{Docs: 1, Gold: 3, Predicted: 4, StrictMatches: 1, RelaxedMatches: 3,
			StrictP: 0.25, StrictR: 1.0 / 3, StrictF1: 2.0 / 7,
			RelaxedP: 0.75, RelaxedR: 1, RelaxedF1: 6.0 / 7,
			TypeAccuracy: 2.0 / 3, TypeF1: 4.0 / 7, ValueAccuracy: 2.0 / 3, ValueF1: 4.0 / 7},
		kinds: []string{KindFalseAlarm, KindSpan, KindSpan, KindWrongType, KindWrongValue},
	}, {
		name:  "no predictions",
		docs:  []Gold{bombsGold()},
		want:  Scores{Docs: 1, Gold: 3},
		kinds: []string{KindMiss, KindMiss, KindMiss},
	}, {
		name:  "no gold",
		docs:  []Gold{{ID: "q", Text: quiet}},
		pred:  map[string][]Span{quiet: {span(quiet, "Nothing", "DATE", "PAST_REF")}},
		want:  Scores{Docs: 1, Predicted: 1},
		kinds: []string{KindFalseAlarm},
	}, {
		name: "no documents",
		want: Scores{},
	}, {
		name: "perfect, micro-averaged over two documents",
		docs: []Gold{bombsGold(), {ID: "q", Text: quiet}},
		pred: map[string][]Span{bombs: bombsGold().Timexes},
		want: Scores{Docs: 2, Gold: 3, Predicted: 3, StrictMatches: 3, RelaxedMatches: 3,
			StrictP: 1, StrictR: 1, StrictF1: 1, RelaxedP: 1, RelaxedR: 1, RelaxedF1: 1,
			TypeAccuracy: 1, TypeF1: 1, ValueAccuracy: 1, ValueF1: 1},
	}, {
		name: "values compare case-sensitively",
		docs: []Gold{{ID: "d", Text: quiet, Timexes: []Span{span(quiet, "Nothing", "DATE", "PAST_REF")}}},
		pred: map[string][]Span{quiet: {span(quiet, "Nothing", "date", "past_ref")}},
		want: Scores{Docs: 1, Gold: 1, Predicted: 1, StrictMatches: 1, RelaxedMatches: 1,
			StrictP: 1, StrictR: 1, StrictF1: 1, RelaxedP: 1, RelaxedR: 1, RelaxedF1: 1},
		kinds: []string{KindWrongType, KindWrongValue},
	}, {
		name: "offsets outside the text",
		docs: []Gold{{ID: "d", Text: quiet, Timexes: []Span{span(quiet, "Nothing", "DATE", "PAST_REF")}}},
		pred: map[string][]Span{quiet: {{Start: -5, End: 3, Type: "DATE"}, {Start: 90, End: 200}, {Start: 9, End: 4}}},
		want: Scores{Docs: 1, Gold: 1, Predicted: 3, RelaxedMatches: 1,
			RelaxedP: 1.0 / 3, RelaxedR: 1, RelaxedF1: 0.5, TypeAccuracy: 1, TypeF1: 0.5},
		kinds: []string{KindSpan, KindWrongValue, KindFalseAlarm, KindFalseAlarm},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, errs := Score(tt.docs, fixed(tt.pred))
			checkScores(t, got, tt.want)
			var kinds []string
			for _, e := range errs {
				kinds = append(kinds, e.Kind)
			}
			if !reflect.DeepEqual(kinds, tt.kinds) {
				t.Errorf("error kinds = %v, want %v", kinds, tt.kinds)
			}
		})
	}
}

func TestScoreErrors(t *testing.T) {
	_, errs := Score([]Gold{bombsGold()}, fixed(map[string][]Span{bombs: bombsPredicted()[1:]}))
	want := []string{
		`bombs: miss: gold DATE 1998-08-07 "Friday" | Bombs exploded on [Friday], killing 12 in the last two days; on Monday morning they sa`,
		`bombs: false-alarm: predicted DURATION P12D "12" | Bombs exploded on Friday, killing [12] in the last two days; on Monday morning they said more.`,
		`bombs: span: gold "the last two days", predicted "last two days" | Bombs exploded on Friday, killing 12 in the [last two days]; on Monday morning they said more.`,
		`bombs: span: gold "Monday morning", predicted "Monday" | mbs exploded on Friday, killing 12 in the last two days; on [Monday] morning they said more.`,
		`bombs: wrong-type: "Monday morning" gold TIME, predicted DATE | mbs exploded on Friday, killing 12 in the last two days; on [Monday] morning they said more.`,
		`bombs: wrong-value: "Monday morning" gold 1998-08-10TMO, predicted 1998-08-10 | mbs exploded on Friday, killing 12 in the last two days; on [Monday] morning they said more.`,
	}
	if len(errs) != len(want) {
		t.Fatalf("got %d errors, want %d: %v", len(errs), len(want), errs)
	}
	for i, e := range errs {
		if e.String() != want[i] {
			t.Errorf("error %d:\n got %s\nwant %s", i, e.String(), want[i])
		}
	}
	if errs[0].Predicted != nil || errs[1].Gold != nil || errs[2].Gold == nil || errs[2].Predicted == nil {
		t.Errorf("Gold/Predicted pointers wrong: %+v", errs[:3])
	}
}

func TestScoreParallel(t *testing.T) {
	var docs []Gold
	pred := map[string][]Span{}
	for i := range 40 {
		g := bombsGold()
		g.ID = strings.Repeat("x", i)
		g.Text = strings.Repeat(" ", i) + bombs // distinct texts for the tagger
		for k := range g.Timexes {
			g.Timexes[k].Start += i
			g.Timexes[k].End += i
		}
		ps := bombsPredicted()[:1+i%4]
		for k := range ps {
			ps[k].Start += i
			ps[k].End += i
		}
		docs = append(docs, g)
		pred[g.Text] = ps
	}
	wantScores, wantErrs := Score(docs, fixed(pred))
	for _, workers := range []int{0, 1, 3, 100} {
		got, errs := ScoreParallel(docs, fixed(pred), workers)
		if got != wantScores || !reflect.DeepEqual(errs, wantErrs) {
			t.Errorf("ScoreParallel(%d workers) differs from Score", workers)
		}
	}
	if wantScores.Docs != 40 || wantScores.Gold != 120 {
		t.Errorf("Score = %+v", wantScores)
	}
}
