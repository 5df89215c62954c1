package eval_test

import (
	"fmt"
	"os"
	"time"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/eval"
)

func ExampleScore() {
	text := "Bombs exploded on Friday, and the talks resume next week."
	gold := []eval.Gold{{
		ID:   "APW19980807.0261",
		DCT:  time.Date(1998, 8, 7, 0, 0, 0, 0, time.UTC),
		Text: text,
		Timexes: []eval.Span{
			{Start: 18, End: 24, Text: "Friday", Type: "DATE", Value: "1998-08-07"},
			{Start: 47, End: 56, Text: "next week", Type: "DATE", Value: "1998-W33"},
		},
	}}
	// A stand-in for temporal.Tag: it finds "Friday" and half of "next week".
	tag := func(text string, dct time.Time) []timeline.Mention {
		return []timeline.Mention{
			{Start: 18, End: 24, Type: timeline.TypeDate, Value: "1998-08-07"},
			{Start: 52, End: 56, Type: timeline.TypeDuration, Value: "P1W"},
		}
	}
	scores, errs := eval.Score(gold, tag)
	eval.WriteReport(os.Stdout, "example", scores)
	for _, e := range errs {
		fmt.Println(e.Kind, e.Context)
	}
	// Output:
	// example: 1 documents, 2 gold, 2 predicted timexes
	//                 P        R       F1  matches
	// strict      50.00    50.00    50.00        1
	// relaxed    100.00   100.00   100.00        2
	//          accuracy       F1
	// type        50.00    50.00
	// value       50.00    50.00
	// span Bombs exploded on Friday, and the talks resume next [week].
	// wrong-type Bombs exploded on Friday, and the talks resume next [week].
	// wrong-value Bombs exploded on Friday, and the talks resume next [week].
}

func ExampleWriteTable() {
	eval.WriteTable(os.Stdout, []eval.Result{
		{Name: "timebank", Scores: eval.Scores{Docs: 183, Gold: 1243, Predicted: 1200, StrictP: 0.8, StrictR: 0.75, StrictF1: 0.774}},
		{Name: "aquaint", Scores: eval.Scores{Docs: 73, Gold: 579}},
	})
	// Output:
	// corpus                      strict               relaxed              type          value
	//           docs  gold  pred      P      R     F1      P      R     F1    acc     F1    acc     F1
	// timebank   183  1243  1200  80.00  75.00  77.40   0.00   0.00   0.00   0.00   0.00   0.00   0.00
	// aquaint     73   579     0   0.00   0.00   0.00   0.00   0.00   0.00   0.00   0.00   0.00   0.00
}
