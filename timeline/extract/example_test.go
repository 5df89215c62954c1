package extract_test

import (
	"fmt"
	"time"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/extract"
)

func ExampleProcess() {
	doc := &timeline.Document{
		Text: "US President Donald Trump said on Monday he had held a two-hour call with Russian leader Vladimir Putin. " +
			"The Russian leader skipped negotiations in Turkey last week.",
		Published: time.Date(2025, 5, 19, 0, 0, 0, 0, time.UTC),
	}
	_, events := extract.Process(doc)
	for _, e := range events {
		if e.Class == timeline.ClassReporting || !e.Dated() {
			continue
		}
		fmt.Printf("%s %s %s: %s\n", e.Relation, e.Value, e.Trigger, e.Phrase)
		for _, p := range e.Participants {
			fmt.Printf("  %s (%s, %s)\n", p.Name, p.Kind, p.Role)
		}
	}
	// Output:
	// on 2025-05-19 held: Trump held a two-hour call with Russian leader Vladimir Putin
	//   Donald Trump (person, agent)
	//   Vladimir Putin (person, co-agent)
	// on 2025-W20 skipped: Putin skipped negotiations in Turkey
	//   Vladimir Putin (person, agent)
	//   Turkey (place, place)
	// on 2025-W20 negotiations: negotiations in Turkey
	//   Turkey (place, place)
}

func ExampleSentences() {
	text := `Mr. Smith arrived in the U.S. on Jan. 5. "It was 3.5 hours," he said.`
	for _, s := range extract.Sentences(text) {
		fmt.Println(text[s.Start:s.End])
	}
	// Output:
	// Mr. Smith arrived in the U.S. on Jan. 5.
	// "It was 3.5 hours," he said.
}
