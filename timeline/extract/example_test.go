package extract_test

import (
	"fmt"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/extract"
)

func ExampleEvents() {
	text := "Russian leader Vladimir Putin spoke to reporters. " +
		"US President Donald Trump said on Monday he had held a two-hour call with Mr Putin."
	at := strings.Index(text, "Monday")
	mentions := []timeline.Mention{
		{Start: at, End: at + len("Monday"), Text: "Monday", Type: timeline.TypeDate, Value: "2025-05-19"},
	}
	for _, ev := range extract.Events(text, mentions) {
		fmt.Println(ev.Phrase)
		fmt.Println(ev.Sentence)
		fmt.Println(ev.Actors)
		fmt.Println(ev.Places)
	}
	// Output:
	// Trump held a two-hour call with Putin
	// US President Donald Trump said on Monday he had held a two-hour call with Mr Putin.
	// [{Donald Trump person} {Vladimir Putin person}]
	// [{United States place}]
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
