package temporal_test

import (
	"fmt"
	"time"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

func ExampleTag() {
	published := time.Date(2025, 5, 19, 0, 0, 0, 0, time.UTC)
	text := "Putin skipped talks in Turkey last week. On Monday he held a two-hour call."
	for _, m := range temporal.Tag(text, published) {
		fmt.Println(m.Text, m.Type, m.Value, timeline.FormatInstant(m.Interval.Start), m.Granularity)
	}
	// Output:
	// last week DATE 2025-W20 2025-05-12 week
	// Monday DATE 2025-05-19 2025-05-19 day
	// two-hour DURATION PT2H
}

func ExampleParseValue() {
	iv, g, _ := temporal.ParseValue("2025-Q3")
	fmt.Println(timeline.FormatInstant(iv.Start), timeline.FormatInstant(iv.End), g)
	// Output: 2025-07-01 2025-10-01 quarter
}
