package source

import (
	"context"
	"reflect"
	"testing"

	"github.com/timeline-dev/timeline/internal/shared"
)

// TestDeferCorpora reads the shared corpora with and without Defer, the
// deferred items parsed on other goroutines in any order, and expects the
// same items.
func TestDeferCorpora(t *testing.T) {
	for _, rel := range []string{"data/timeml/timebank", "data/timeml/silver", "data/silver.jsonl"} {
		t.Run(rel, func(t *testing.T) {
			path := shared.Path(t, rel)
			want := walkAll(t, []string{path}, Options{})
			var pending []Item
			err := Walk(context.Background(), []string{path}, Options{Defer: true}, func(it Item) error {
				if it.Size() == 0 && it.Err == nil {
					t.Errorf("%s: deferred item of size 0", it.File)
				}
				pending = append(pending, it)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			got := make([]Item, len(pending))
			done := make(chan struct{})
			for w := range 4 {
				go func() {
					defer func() { done <- struct{}{} }()
					for i := len(pending) - 1 - w; i >= 0; i -= 4 { // backwards: buffers reused out of order
						got[i] = pending[i].Parse()
					}
				}()
			}
			for range 4 {
				<-done
			}
			if len(got) != len(want) {
				t.Fatalf("%d items with Defer, %d without", len(got), len(want))
			}
			for i := range want {
				if !reflect.DeepEqual(got[i], want[i]) {
					t.Fatalf("item %d differs with Defer:\n%s\nwithout:\n%s", i, describe(got[i:i+1]), describe(want[i:i+1]))
				}
			}
			t.Logf("%d items alike", len(want))
		})
	}
}
