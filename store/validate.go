package store

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"slices"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
)

// validate rejects, with EINVALID and a message naming the culprit, what the
// schema would reject less clearly or not at all: offsets off the text,
// events pointing at missing mentions, values outside their closed sets, an
// event whose time is not its mention's.
func validate(doc *timeline.Document, mentions []timeline.Mention, events []timeline.Event) error {
	fail := func(format string, args ...any) error {
		return timeline.Errorf(timeline.EINVALID, "document %q: %s", doc.Name(), fmt.Sprintf(format, args...))
	}
	if doc.SHA256 != "" {
		if b, err := hex.DecodeString(doc.SHA256); err != nil || len(b) != sha256.Size {
			return fail("SHA256 %q is not a hex SHA-256 digest", doc.SHA256)
		}
	}
	for i := range mentions {
		m := &mentions[i]
		if err := checkSpan(doc.Text, m.Start, m.End); err != nil {
			return fail("mention %d %q: %v", i, m.Text, err)
		}
		switch m.Type {
		case timeline.TypeDate, timeline.TypeTime, timeline.TypeDuration, timeline.TypeSet:
		default:
			return fail("mention %d %q: unknown TIMEX3 type %q", i, m.Text, m.Type)
		}
		if !m.Granularity.Valid() {
			return fail("mention %d %q: unknown granularity %q", i, m.Text, m.Granularity)
		}
		if err := checkInterval(m.Interval); err != nil {
			return fail("mention %d %q: %v", i, m.Text, err)
		}
	}
	for i := range events {
		if err := validateEvent(doc.Text, mentions, &events[i]); err != nil {
			return fail("event %d %q: %v", i, events[i].Trigger, err)
		}
	}
	return nil
}

// validateEvent checks one event against its document's text and mentions.
func validateEvent(text string, mentions []timeline.Mention, e *timeline.Event) error {
	if err := checkSpan(text, e.SentenceStart, e.SentenceEnd); err != nil {
		return fmt.Errorf("sentence %v", err)
	}
	if e.Sentence != text[e.SentenceStart:e.SentenceEnd] {
		return fmt.Errorf("sentence %q is not the text at its offsets [%d, %d)", e.Sentence, e.SentenceStart, e.SentenceEnd)
	}
	if err := checkSpan(text, e.TriggerStart, e.TriggerEnd); err != nil {
		return fmt.Errorf("trigger %v", err)
	}
	switch {
	case e.TriggerStart == e.TriggerEnd:
		return fmt.Errorf("empty trigger at %d", e.TriggerStart)
	case e.Trigger != text[e.TriggerStart:e.TriggerEnd]:
		return fmt.Errorf("trigger is not the text at its offsets [%d, %d)", e.TriggerStart, e.TriggerEnd)
	case e.TriggerStart < e.SentenceStart || e.TriggerEnd > e.SentenceEnd:
		return fmt.Errorf("trigger at [%d, %d) lies outside its sentence [%d, %d)", e.TriggerStart, e.TriggerEnd, e.SentenceStart, e.SentenceEnd)
	case e.Lemma == "":
		return fmt.Errorf("no lemma")
	case !slices.Contains(timeline.EventClasses, e.Class):
		return fmt.Errorf("unknown class %q", e.Class)
	case e.Polarity != timeline.PolarityPositive && e.Polarity != timeline.PolarityNegative:
		return fmt.Errorf("unknown polarity %q", e.Polarity)
	case !slices.Contains(timeline.Modalities, e.Modality):
		return fmt.Errorf("unknown modality %q", e.Modality)
	case math.IsNaN(e.Confidence) || e.Confidence < 0 || e.Confidence > 1:
		return fmt.Errorf("confidence %v is not between 0 and 1", e.Confidence)
	}
	if err := checkTime(mentions, e); err != nil {
		return err
	}
	for _, p := range e.Participants {
		if p.Name == "" {
			return fmt.Errorf("participant with no name")
		}
		switch p.Kind {
		case timeline.EntityPerson, timeline.EntityOrganization, timeline.EntityPlace, "":
		default:
			return fmt.Errorf("participant %q has unknown kind %q", p.Name, p.Kind)
		}
		if !slices.Contains(timeline.Roles, p.Role) {
			return fmt.Errorf("participant %q has unknown role %q", p.Name, p.Role)
		}
	}
	return nil
}

// checkTime checks that an event's time fields agree with each other and
// with how it was dated: an undated event has none; a publication-dated one
// has a time and no mention; one dated by an expression, of its sentence or
// of the story's, has its mention's value, interval and granularity.
func checkTime(mentions []timeline.Mention, e *timeline.Event) error {
	if e.Mention != timeline.NoMention && (e.Mention < 0 || e.Mention >= len(mentions)) {
		return fmt.Errorf("refers to mention %d, but there are %d mentions", e.Mention, len(mentions))
	}
	switch e.AnchoredBy {
	case timeline.AnchoredByNone:
		if e.Mention != timeline.NoMention || e.Value != "" || !e.Interval.IsZero() || e.Granularity != "" || e.Relation != "" {
			return fmt.Errorf("undated (anchored by none) but has a mention, value, interval, granularity or relation")
		}
		return nil
	case timeline.AnchoredByPublication:
		if e.Mention != timeline.NoMention {
			return fmt.Errorf("dated by the publication date but refers to mention %d", e.Mention)
		}
	case timeline.AnchoredByExpression, timeline.AnchoredByNarrative:
		if e.Mention == timeline.NoMention {
			return fmt.Errorf("anchored by %s but refers to no mention", e.AnchoredBy)
		}
		m := &mentions[e.Mention]
		if e.Value != m.Value || !e.Interval.Start.Equal(m.Interval.Start) || !e.Interval.End.Equal(m.Interval.End) || e.Granularity != m.Granularity {
			return fmt.Errorf("its time %s [%s, %s) %s is not that of its mention %d %q",
				e.Value, timeline.FormatInstant(e.Interval.Start), timeline.FormatInstant(e.Interval.End), e.Granularity, e.Mention, m.Text)
		}
	default:
		return fmt.Errorf("unknown anchoring %q", e.AnchoredBy)
	}
	switch {
	case e.Interval.IsZero() || e.Value == "":
		return fmt.Errorf("anchored by %s but has no value or interval", e.AnchoredBy)
	case !slices.Contains(timeline.Relations, e.Relation):
		return fmt.Errorf("unknown relation %q", e.Relation)
	case !e.Granularity.Valid():
		return fmt.Errorf("unknown granularity %q", e.Granularity)
	}
	return checkInterval(e.Interval)
}

// checkSpan checks byte offsets [start, end) against text.
func checkSpan(text string, start, end int) error {
	switch {
	case start < 0 || end > len(text) || start > end:
		return fmt.Errorf("offsets [%d, %d) are outside the text (%d bytes)", start, end, len(text))
	case !runeBoundary(text, start) || !runeBoundary(text, end):
		return fmt.Errorf("offsets [%d, %d) split a UTF-8 character", start, end)
	}
	return nil
}

func runeBoundary(text string, i int) bool { return i == len(text) || utf8.RuneStart(text[i]) }

// checkInterval accepts the zero interval (unanchored) or a non-empty one
// whose bounds FormatInstant writes with four-digit years, so that text order
// is time order and julianday() can read them.
func checkInterval(iv timeline.Interval) error {
	if iv.IsZero() {
		return nil
	}
	if !iv.Start.Before(iv.End) {
		return fmt.Errorf("interval [%s, %s) is empty", timeline.FormatInstant(iv.Start), timeline.FormatInstant(iv.End))
	}
	if iv.Start.UTC().Year() < 0 || iv.End.UTC().Year() > 9999 {
		return fmt.Errorf("interval [%s, %s) is outside the years 0000-9999",
			timeline.FormatInstant(iv.Start), timeline.FormatInstant(iv.End))
	}
	return nil
}

// runeIndex converts the byte offsets of one document to code points with a
// single walk over its text.
type runeIndex struct {
	bytes []int // sorted, unique byte offsets
	runes []int // the same offsets in code points
}

func newRuneIndex(text string, mentions []timeline.Mention, events []timeline.Event) runeIndex {
	offsets := make([]int, 0, 2*len(mentions)+4*len(events))
	for _, m := range mentions {
		offsets = append(offsets, m.Start, m.End)
	}
	for _, e := range events {
		offsets = append(offsets, e.SentenceStart, e.SentenceEnd, e.TriggerStart, e.TriggerEnd)
	}
	slices.Sort(offsets)
	offsets = slices.Compact(offsets)
	return runeIndex{bytes: offsets, runes: timeline.RuneOffsets(text, offsets)}
}

// at returns the code-point offset of a byte offset given to newRuneIndex.
func (x runeIndex) at(byteOffset int) int {
	i, _ := slices.BinarySearch(x.bytes, byteOffset)
	return x.runes[i]
}
