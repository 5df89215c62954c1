package extract

import (
	"os"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

// TestSeed checks the events of the acceptance article (published Monday
// 19 May 2025) that its timeline must show, with what dates them.
func TestSeed(t *testing.T) {
	b, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	evs := eventsOf(string(b), monday)
	for _, w := range []want{
		{trigger: "held", value: "2025-05-19", relation: timeline.RelationOn, phrase: "Trump held a two-hour call with Russian leader Vladimir Putin",
			who: []string{"Donald Trump/agent", "Vladimir Putin/co-agent"}},
		{trigger: "post", value: "2025-05-19", relation: timeline.RelationOn},
		{trigger: "call", value: "2025-05-19", phrase: "call with Putin", who: []string{"Vladimir Putin/co-agent"}},
		{trigger: "took", value: "2025-01", phrase: "Trump took office for a second time", who: []string{"Donald Trump/agent"}},
		{trigger: "skipped", value: "2025-W20", phrase: "Putin skipped negotiations in Turkey",
			who: []string{"Vladimir Putin/agent", "Turkey/place"}},
		{trigger: "re-elected", value: "2020", modality: timeline.ModalityCounterfactual, phrase: "had Trump been re-elected president"},
	} {
		w.check(t, evs)
	}
	for _, e := range evs {
		if e.Dated() && e.Interval.Start.After(monday) {
			t.Errorf("%q dated %s, after publication", e.Phrase, e.Value)
		}
		for _, p := range e.Participants {
			switch p.Name {
			case "Putin", "Trump", "Zelenskyy":
				t.Errorf("%q: unresolved short name %q", e.Phrase, p.Name)
			}
		}
	}
}
