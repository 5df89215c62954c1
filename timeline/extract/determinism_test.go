package extract

import (
	"github.com/timeline-dev/timeline/timeline"
	"reflect"
	"testing"
)

// TestDeterministicAcrossDocuments checks that a document's events do not
// depend on the documents extracted before it with the same pooled state.
func TestDeterministicAcrossDocuments(t *testing.T) {
	docs := []string{
		"Mr Trump said on Monday he had held a call with Vladimir Putin. He said it went well.",
		"A. B. C. D. E. F. G. H. I. J. K. L. M. N. O. P. Q. R. S. T. U. V. W. X. Y. Z. A. B. C. D.",
		"The floods which also affect Kenya and Ethiopia began in late October. She said they left.",
		"Officials said the talks would begin on Sunday. Erdogan will visit.",
	}
	alone := make([][]string, len(docs))
	for i, d := range docs {
		alone[i] = describeAll(eventsOf(d, monday))
	}
	for round := 0; round < 3; round++ {
		for i := len(docs) - 1; i >= 0; i-- {
			if got := describeAll(eventsOf(docs[i], monday)); !reflect.DeepEqual(got, alone[i]) {
				t.Fatalf("document %d after others:\n%q\nalone:\n%q", i, got, alone[i])
			}
		}
	}
}

func describeAll(evs []timeline.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, describe(e))
	}
	return out
}
