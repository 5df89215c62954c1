package ingest

import (
	"strings"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
)

// sectionSize is the most text extracted at once. The tagger and the
// extractor hold several times their input while they work, and parts of
// the extractor look back over the whole text before each event: a 47 MB
// text took minutes and gigabytes in one piece. A longer text is extracted
// a section at a time, cut at paragraph ends, and the results joined. What
// is lost is what crosses a cut: a date carried from the section before
// ("the next day"), a name a pronoun refers to. News articles are far
// shorter, and extracted whole as before.
const sectionSize = 256 << 10

// extractSections runs process on doc, a section of its text at a time
// when the text is longer than size, and returns the mentions and events
// of the whole text.
func extractSections(doc *timeline.Document, size int, process func(*timeline.Document) ([]timeline.Mention, []timeline.Event)) ([]timeline.Mention, []timeline.Event) {
	text := doc.Text
	if len(text) <= size {
		return process(doc)
	}
	var mentions []timeline.Mention
	var events []timeline.Event
	for start := 0; start < len(text); {
		end := sectionEnd(text, start, size)
		part := *doc
		part.Text = text[start:end]
		ms, evs := process(&part)
		if mentions == nil {
			// Room for the whole text at the first section's rate, so that
			// the results are not copied as they grow: they are most of
			// what a long text holds in memory.
			scale := float64(len(text)) / float64(end) * 1.1
			mentions = make([]timeline.Mention, 0, int(float64(len(ms))*scale)+1)
			events = make([]timeline.Event, 0, int(float64(len(evs))*scale)+1)
		}
		first := len(mentions)
		for _, m := range ms {
			m.Start += start
			m.End += start
			mentions = append(mentions, m)
		}
		for _, e := range evs {
			e.TriggerStart += start
			e.TriggerEnd += start
			e.SentenceStart += start
			e.SentenceEnd += start
			if e.Mention != timeline.NoMention {
				e.Mention += first
			}
			events = append(events, e)
		}
		start = end
	}
	return mentions, events
}

// sectionEnd returns where the section of text that starts at start ends:
// at most size bytes on, after the last paragraph break (a blank line),
// else the last line break, else the last sentence end (". "), else the
// last space, else the last rune, within it; the end of text when it is
// near.
func sectionEnd(text string, start, size int) int {
	if len(text)-start <= size {
		return len(text)
	}
	window := text[start : start+size]
	// Cut no earlier than half way, so that sections stay large.
	half := size / 2
	for _, sep := range []string{"\n\n", "\n", ". ", " "} {
		if i := strings.LastIndex(window, sep); i >= half {
			return start + i + len(sep)
		}
	}
	end := start + size
	for end > start+1 && !utf8.RuneStart(text[end]) {
		end--
	}
	return end
}
