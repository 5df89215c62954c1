package extract

import (
	"sort"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// Version names the extractor's rules; it changes whenever output may
// change, so that stored documents can be re-extracted.
const Version = "extract-2"

// Process tags the document's time expressions and builds its events. The
// events carry the document's ID.
func Process(doc *timeline.Document) ([]timeline.Mention, []timeline.Event) {
	mentions := temporal.Tag(doc.Text, doc.Published)
	events := Events(doc.Text, mentions)
	for i := range events {
		events[i].DocumentID = doc.ID
	}
	return mentions, events
}

// Events builds one event per DATE or TIME mention, in mention order;
// durations and sets date nothing and get none, nor do mentions whose
// offsets fall outside text. Event.Mention is the index into mentions. The
// whole text is needed (not just the sentences) to resolve short names to
// the full names used earlier.
func Events(text string, mentions []timeline.Mention) []timeline.Event {
	var events []timeline.Event
	var d *doc
	for i := range mentions {
		m := &mentions[i]
		if !dated(m, text) || inDateline(text, m) {
			continue
		}
		if d == nil {
			events = make([]timeline.Event, 0, len(mentions)-i)
			spans := make([]span, 0, len(mentions))
			for j := range mentions {
				// Durations stay in phrases (a two-hour call); dates,
				// times and sets end them.
				if valid(&mentions[j], text) && mentions[j].Type != timeline.TypeDuration {
					spans = append(spans, span{mentions[j].Start, mentions[j].End})
				}
			}
			d = newDoc(text, spans)
			defer d.free()
			for j := i; j < len(mentions); j++ {
				if m := &mentions[j]; dated(m, text) {
					si, sj := d.sentencesOf(m.Start, m.End)
					for k := si; k <= sj && k >= 0; k++ {
						d.full[k] = true
					}
				}
			}
		}
		events = append(events, d.event(i, m.Start, m.End))
	}
	return events
}

// dated reports a mention that dates an event: a valid DATE or TIME that is
// not the baseline of a comparison ("up from $3 a year earlier").
func dated(m *timeline.Mention, text string) bool {
	return (m.Type == timeline.TypeDate || m.Type == timeline.TypeTime) && valid(m, text) &&
		!strings.HasPrefix(m.How.Rule, temporal.ComparisonPrefix)
}

// valid reports whether the mention's offsets lie within text.
func valid(m *timeline.Mention, text string) bool {
	return m.Start >= 0 && m.End >= m.Start && m.End <= len(text)
}

// event builds the event of the mention at byte span [ms, me).
func (d *doc) event(index, ms, me int) timeline.Event {
	ev := timeline.Event{Mention: index}
	if len(d.sents) == 0 {
		ev.Phrase = "event"
		ev.Sentence, ev.SentenceStart, ev.SentenceEnd = d.text[ms:me], ms, me
		if t := validText(ev.Sentence); t != "" {
			ev.Phrase = t
		}
		return ev
	}
	si, sj := d.sentencesOf(ms, me)
	d.analyse(sj)
	start, end := d.sents[si].Start, d.sents[sj].End
	ev.Sentence, ev.SentenceStart, ev.SentenceEnd = d.text[start:end], start, end
	a, b := d.st[si], d.st[sj+1]
	var who *entMention
	ev.Phrase, who = d.phrase(a, b, si, ms, me)
	if ev.Phrase == "" {
		ev.Phrase = "event"
	}
	ev.Actors, ev.Places = d.entities(start, end, who)
	return ev
}

// sentencesOf returns the first and last sentences of a mention's evidence:
// the sentence holding its start, widened to the sentences its end reaches
// (a splitter mistake must not cut it). Both are -1 without sentences.
func (d *doc) sentencesOf(ms, me int) (int, int) {
	if len(d.sents) == 0 {
		return -1, -1
	}
	si := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].End > ms })
	if si == len(d.sents) {
		si--
	}
	sj := si
	for sj+1 < len(d.sents) && d.sents[sj].End < me {
		sj++
	}
	return si, sj
}

// validText is s cut to 80 bytes as valid UTF-8, trimmed of space.
func validText(s string) string {
	if len(s) > 80 {
		s = s[:80]
	}
	return strings.TrimSpace(strings.ToValidUTF8(s, "\uFFFD"))
}

// inDateline reports a date in the dateline that opens a wire story
// ("WASHINGTON, May 19 (Reuters) -", "LONDON (AP) — May 19 —"): it is the
// publication date, not an event of the story.
func inDateline(text string, m *timeline.Mention) bool {
	if m.Start > 80 {
		return false
	}
	before := text[:m.Start]
	if strings.ContainsAny(before, ".!?\n") && strings.TrimSpace(before[strings.LastIndexByte(before, '\n')+1:]) != "" {
		return false
	}
	line := before[strings.LastIndexByte(before, '\n')+1:]
	// The place: upper-case words, then a comma, dash or an agency in brackets.
	upper := 0
	for _, r := range line {
		switch {
		case r >= 'A' && r <= 'Z':
			upper++
		case r >= 'a' && r <= 'z':
			if !strings.Contains(line, "(") {
				return false
			}
		}
	}
	if upper < 3 {
		return false
	}
	after := strings.TrimLeft(text[m.End:], " ,")
	for _, sep := range []string{"(", "-", "—", "–", "/"} {
		if strings.HasPrefix(after, sep) {
			return true
		}
	}
	return false
}
