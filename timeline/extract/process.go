package extract

import (
	"strings"
	"time"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// Version names the extractor's rules; it changes whenever output may
// change, so that stored documents can be re-extracted.
const Version = "extract-3"

// Process tags the document's time expressions and builds its events. The
// events carry the document's ID.
func Process(doc *timeline.Document) ([]timeline.Mention, []timeline.Event) {
	mentions := temporal.Tag(doc.Text, doc.Published)
	events := Events(doc.Text, mentions, doc.Published)
	for i := range events {
		events[i].DocumentID = doc.ID
	}
	return mentions, events
}

// Events finds every event of text, in text order: each verb and event
// noun with its trigger, class, polarity and modality, dated by the time
// expression among mentions that modifies it, by the time its story is told
// at, or by the publication date dct (the zero time when unknown), or left
// undated. Event.Mention indexes mentions. Mentions whose offsets fall
// outside text are ignored.
func Events(text string, mentions []timeline.Mention, dct time.Time) []timeline.Event {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	var spans []span
	for j := range mentions {
		// Durations stay in phrases (a two-hour call); dates, times and sets
		// are no words of an event.
		if valid(&mentions[j], text) && mentions[j].Type != timeline.TypeDuration {
			spans = append(spans, span{mentions[j].Start, mentions[j].End})
		}
	}
	d := newDoc(text, spans)
	defer d.free()
	d.analyseAll()
	x := d.extraction(mentions, dct)
	x.run()
	return x.build()
}

// extraction readies the doc's extraction state for mentions and dct,
// keeping the buffers of the last document.
func (d *doc) extraction(mentions []timeline.Mention, dct time.Time) *extraction {
	x := &d.x
	*x = extraction{d: d, mentions: mentions, sents: x.sents[:0], events: x.events[:0], mentionToks: x.mentionToks[:0],
		bySentence: x.bySentence[:0], spans: x.spans[:0], eventsOf: x.eventsOf[:0], subjects: x.subjects[:0], consumed: x.consumed[:0]}
	if !dct.IsZero() {
		x.dct = dct.UTC().Truncate(24 * time.Hour)
	}
	return x
}

// run parses every sentence, finds its events and dates them.
func (x *extraction) run() {
	d := x.d
	n := len(d.sents)
	// Sentences keep their slices from the last document.
	if cap(x.sents) < n {
		x.sents = append(x.sents[:cap(x.sents)], make([]sentence, n-cap(x.sents))...)
	}
	x.sents = x.sents[:n]
	// Every sentence knows its tokens before any is parsed: lookups by
	// token (sentenceOfToken) must never see the last document's ranges.
	for si := range x.sents {
		x.sents[si].a, x.sents[si].b = d.st[si], d.st[si+1]
	}
	x.mentionTokens()
	for si := range n {
		d.parse(d.st[si], d.st[si+1], &x.sents[si])
		x.eventsOf = append(x.eventsOf, len(x.events))
		x.detect(si)
		x.subjects = append(x.subjects, x.subjectPerson(si))
	}
	x.eventsOf = append(x.eventsOf, len(x.events))
	for si := range n {
		x.modality(si)
		x.attach(si)
	}
	x.narrate()
}

// mentionTokens finds the tokens of every mention that dates events: a
// DATE or TIME with a concrete interval, not the baseline of a comparison,
// not the date of a wire story's dateline.
func (x *extraction) mentionTokens() {
	d := x.d
	for range x.mentions {
		x.mentionToks = append(x.mentionToks, span{-1, -1})
	}
	if cap(x.bySentence) < len(d.sents) {
		x.bySentence = make([][]int, len(d.sents))
	}
	x.bySentence = x.bySentence[:len(d.sents)]
	for i := range x.bySentence {
		x.bySentence[i] = x.bySentence[i][:0]
	}
	if cap(x.spans) < len(d.sents) {
		x.spans = make([][]int, len(d.sents))
	}
	x.spans = x.spans[:len(d.sents)]
	for i := range x.spans {
		x.spans[i] = x.spans[i][:0]
	}
	for i := range x.mentions {
		m := &x.mentions[i]
		if (m.Type == timeline.TypeDuration || m.Type == timeline.TypeSet) && valid(m, d.text) {
			if k := d.tokenAt(m.Start); k < len(d.toks) {
				si := d.sentenceOf(k)
				x.spans[si] = append(x.spans[si], k)
			}
		}
		if !dates(m, d.text) || inDateline(d.text, m) {
			continue
		}
		a := d.tokenAt(m.Start)
		b := a
		for b < len(d.toks) && d.toks[b].s < m.End {
			b++
		}
		if a >= b {
			continue
		}
		si := d.sentenceOf(a)
		if b > d.st[si+1] {
			b = d.st[si+1] // a mention the splitter cut: its first sentence
		}
		x.mentionToks[i] = span{a, b}
		x.bySentence[si] = append(x.bySentence[si], i)
	}
}

// dates reports a mention that can date an event: a valid DATE or TIME with
// an interval that is not the baseline of a comparison ("up from $3 a year
// earlier").
func dates(m *timeline.Mention, text string) bool {
	return (m.Type == timeline.TypeDate || m.Type == timeline.TypeTime) && valid(m, text) && m.Anchored() &&
		!strings.HasPrefix(m.How.Rule, temporal.ComparisonPrefix)
}

// valid reports whether the mention's offsets lie within text.
func valid(m *timeline.Mention, text string) bool {
	return m.Start >= 0 && m.End >= m.Start && m.End <= len(text)
}

// build turns the events into timeline events with their phrases,
// sentences and participants.
func (x *extraction) build() []timeline.Event {
	d := x.d
	out := make([]timeline.Event, 0, len(x.events))
	for i := range x.events {
		e := &x.events[i]
		t := &d.toks[e.tok]
		sent := d.sents[e.si]
		ev := timeline.Event{
			Trigger: d.text[t.s:t.e], TriggerStart: t.s, TriggerEnd: t.e, Lemma: e.lemma,
			Class: e.class, Polarity: timeline.PolarityPositive, Modality: e.modality,
			Mention: timeline.NoMention, Relation: e.relation, AnchoredBy: timeline.AnchoredByNone,
			Sentence: d.text[sent.Start:sent.End], SentenceStart: sent.Start, SentenceEnd: sent.End,
		}
		if t.poss {
			ev.Trigger = d.bare(e.tok)
			ev.TriggerEnd = t.s + len(ev.Trigger)
		}
		if e.negated {
			ev.Polarity = timeline.PolarityNegative
		}
		switch {
		case e.mention >= 0:
			m := &x.mentions[e.mention]
			ev.Mention = e.mention
			ev.Value, ev.Interval, ev.Granularity = m.Value, m.Interval, m.Granularity
			ev.AnchoredBy, ev.Confidence = e.anchoring, e.confidence
			if ev.Modality == timeline.ModalityAsserted && !x.dct.IsZero() && !m.Interval.Start.Before(x.dct.AddDate(0, 0, 1)) &&
				ev.Relation != timeline.RelationSince && ev.Relation != timeline.RelationBefore {
				// Nothing after publication has happened yet: "when the
				// market opens Monday" next week is expected.
				ev.Modality = timeline.ModalityPlanned
			}
		case e.publishing:
			ev.Value = x.dct.Format("2006-01-02")
			ev.Interval = timeline.Interval{Start: x.dct, End: x.dct.AddDate(0, 0, 1)}
			ev.Granularity = timeline.GranularityDay
			ev.AnchoredBy, ev.Confidence = timeline.AnchoredByPublication, e.confidence
		default:
			ev.Relation = ""
		}
		ev.Phrase = x.phrase(e)
		if ev.Phrase == "" {
			ev.Phrase = ev.Trigger
		}
		if e.group < 0 && ev.Phrase == ev.Trigger && ev.Dated() {
			// A bare event noun ("Despite the losses, ...") mostly refers
			// back to an event told before: the sentence's time is weak
			// evidence of its own.
			ev.Confidence = min(ev.Confidence, confThroughVerb)
		}
		ev.Participants = x.participants(e)
		out = append(out, ev)
	}
	repeated(out)
	return out
}

// repeated weakens the date of an event whose phrase, date and sentence
// repeat an earlier event's ("deal pending regulatory approval" for both
// "pending" and "approval"): one timeline row says it.
func repeated(evs []timeline.Event) {
	for i := range evs {
		e := &evs[i]
		if !e.Dated() {
			continue
		}
		for j := i - 1; j >= 0 && evs[j].SentenceStart == e.SentenceStart; j-- {
			if p := &evs[j]; p.Dated() && p.Phrase == e.Phrase && p.Value == e.Value && p.Confidence >= timeline.DefaultMinConfidence {
				e.Confidence = min(e.Confidence, confThroughVerb)
				break
			}
		}
	}
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
