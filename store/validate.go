package store

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
)

// validate rejects, with EINVALID and a message naming the culprit, what the
// schema would reject less clearly or not at all (offsets off the text,
// events pointing at missing mentions).
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
		e := &events[i]
		if e.Mention < 0 || e.Mention >= len(mentions) {
			return fail("event %d %q refers to mention %d, but there are %d mentions", i, e.Phrase, e.Mention, len(mentions))
		}
		if err := checkSpan(doc.Text, e.SentenceStart, e.SentenceEnd); err != nil {
			return fail("event %d %q: sentence %v", i, e.Phrase, err)
		}
		for _, en := range slices.Concat(e.Actors, e.Places) {
			if en.Name == "" {
				return fail("event %d %q: entity with no name", i, e.Phrase)
			}
			switch en.Kind {
			case timeline.EntityPerson, timeline.EntityOrganization, timeline.EntityPlace, "":
			default:
				return fail("event %d %q: entity %q has unknown kind %q", i, e.Phrase, en.Name, en.Kind)
			}
		}
	}
	return nil
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
	offsets := make([]int, 0, 2*len(mentions)+2*len(events))
	for _, m := range mentions {
		offsets = append(offsets, m.Start, m.End)
	}
	for _, e := range events {
		offsets = append(offsets, e.SentenceStart, e.SentenceEnd)
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
