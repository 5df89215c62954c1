package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
)

// TestAdversarial feeds huge unpunctuated "sentences" with many mentions:
// extraction must finish with well-formed events whatever the text.
// (Speed is measured by the benchmarks, never asserted here.)
func TestAdversarial(t *testing.T) {
	for name, unit := range map[string]string{
		"words": "word ", "adverbs": "quickly ", "dots": "a.", "and": "and ", "caps": "Big ", "commas": "x, ",
		"quotes": "\"", "said": "said ", "the": "the ", "had": "had he ", "that": "that ", "paren": ") ", "dash": "- ",
		"ellipsis": "... ", "newlines": "a\n", "mixed": "Mr. A. said that he, who ran, had quickly and ",
		"verbs": "he said she met they left ", "clauses": "which who if because and that ",
	} {
		t.Run(name, func(t *testing.T) {
			text := strings.Repeat(unit, 100000/len(unit))
			var ms []timeline.Mention
			for i := 0; i < 200; i++ {
				o := len(text) * i / 200
				ms = append(ms, timeline.Mention{Start: o, End: o + 3, Type: timeline.TypeDate,
					Interval: timeline.Interval{Start: monday, End: monday.AddDate(0, 0, 1)}, Value: "2025-05-19"})
			}
			for _, e := range Events(text, ms, monday) {
				checkEvent(t, text, len(ms), e)
			}
		})
	}
}

// checkEvent fails t when e is not a well-formed event of text.
func checkEvent(t *testing.T, text string, mentions int, e timeline.Event) {
	t.Helper()
	if e.TriggerStart < 0 || e.TriggerEnd > len(text) || e.TriggerStart >= e.TriggerEnd || text[e.TriggerStart:e.TriggerEnd] != e.Trigger {
		t.Fatalf("trigger %q at [%d,%d) is not in the text", e.Trigger, e.TriggerStart, e.TriggerEnd)
	}
	if e.SentenceStart < 0 || e.SentenceEnd > len(text) || e.SentenceStart > e.TriggerStart || e.TriggerEnd > e.SentenceEnd ||
		e.Sentence != text[e.SentenceStart:e.SentenceEnd] {
		t.Fatalf("evidence [%d,%d) does not hold trigger %q", e.SentenceStart, e.SentenceEnd, e.Trigger)
	}
	if e.Phrase == "" || !utf8.ValidString(e.Phrase) || !strings.Contains(e.Phrase, strings.ToValidUTF8(e.Trigger, "\uFFFD")) {
		t.Fatalf("phrase %q lacks trigger %q", e.Phrase, e.Trigger)
	}
	if e.Mention != timeline.NoMention && (e.Mention < 0 || e.Mention >= mentions) {
		t.Fatalf("mention index %d of %d", e.Mention, mentions)
	}
	if e.Dated() != (e.Value != "") || e.Dated() != (e.Relation != "") || e.Dated() != (e.AnchoredBy != timeline.AnchoredByNone) {
		t.Fatalf("time of %q half set: %q %q %v %s", e.Trigger, e.Value, e.Relation, e.Interval, e.AnchoredBy)
	}
	if e.Confidence < 0 || e.Confidence > 1 {
		t.Fatalf("confidence %v", e.Confidence)
	}
	for _, p := range e.Participants {
		if p.Name == "" || !utf8.ValidString(p.Name) || p.Role == "" {
			t.Fatalf("bad participant %+v", p)
		}
	}
}

// TestTextEdges runs the rules that look at the words before or after a
// token on texts that start or end right there: a look-back from the
// first token of a text once read index -1 ("Taking bribes ...").
func TestTextEdges(t *testing.T) {
	for _, text := range []string{
		"Taking bribes is a crime.", "Taking", "taking bribes", "Former mayor", "former", "Of taking bribes.",
		"Rose to close.", "First proposed in 2019.", "Set in 1941", "Said in an interview that", "That",
		"Return to growth", "Going to", "Based in Paris.", "Between 2018 and 2021", "When", "And filed",
		"Early", "$300", "Rio Grande do", "do Sul", "King", "They", "Its", "It", "The company",
	} {
		for _, e := range eventsOf(text, monday) {
			checkEvent(t, text, 1<<20, e)
		}
	}
}
