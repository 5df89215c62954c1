package merge_test

import (
	"fmt"
	"time"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/merge"
)

func ExampleMerge() {
	monday := time.Date(2025, 5, 19, 0, 0, 0, 0, time.UTC)
	rows := []timeline.Row{
		{EventID: 1, DocumentID: 1, Document: "Reuters", Date: "2025-05-19", Granularity: timeline.GranularityDay,
			Start: monday, End: monday.AddDate(0, 0, 1), Event: "Putin met Trump in Geneva",
			Evidence: "Putin met Trump in Geneva on Monday."},
		{EventID: 2, DocumentID: 2, Document: "AP", Date: "2025-05", Granularity: timeline.GranularityMonth,
			Start: monday.AddDate(0, 0, -18), End: monday.AddDate(0, 0, 13), Event: "Trump met Putin in Geneva",
			Evidence: "Trump met Putin in Geneva in May."},
	}
	for _, r := range merge.Merge(rows) {
		fmt.Println(r.Date, r.Document, len(r.Sources), "sources, conflict:", r.DateConflict)
	}
	// Output: 2025-05-19 Reuters 2 sources, conflict: false
}
