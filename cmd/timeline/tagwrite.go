package main

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/timeml"
)

// tagTimex is one time expression in the JSON Lines output; offsets are
// Unicode code points into the input text, end exclusive.
type tagTimex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
}

// tagger tags documents with tag and writes them in format: jsonl,
// timeml or text.
type tagger struct {
	format string
	tag    func(text string, dct time.Time) []timeline.Mention
}

// write tags d and writes it.
func (tg tagger) write(w io.Writer, d tagDoc) error {
	ms := tg.tag(d.Text, d.DCT)
	switch tg.format {
	case "timeml":
		return timeml.Write(w, d.ID, d.DCT, d.Text, ms)
	case "text":
		fmt.Fprintf(w, "# %s (dct %s)\n", d.ID, formatDay(d.DCT))
		for _, m := range ms {
			fmt.Fprintf(w, "%-28q %-8s %-14s %s\n", m.Text, m.Type, m.Value, describeInterval(m))
		}
		return nil
	}
	// Ends are not sorted against the next start when expressions touch, so
	// convert starts and ends separately, each in ascending order.
	starts, ends := make([]int, len(ms)), make([]int, len(ms))
	for i, m := range ms {
		starts[i], ends[i] = m.Start, m.End
	}
	cs, ce := timeline.RuneOffsets(d.Text, starts), timeline.RuneOffsets(d.Text, ends)
	out := struct {
		ID      string     `json:"id"`
		Timexes []tagTimex `json:"timexes"`
	}{ID: d.ID, Timexes: make([]tagTimex, len(ms))}
	for i, m := range ms {
		out.Timexes[i] = tagTimex{Start: cs[i], End: ce[i], Text: m.Text, Type: string(m.Type), Value: m.Value, Mod: m.Mod}
	}
	b, err := json.Marshal(out)
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

func formatDay(t time.Time) string {
	if t.IsZero() {
		return "unknown"
	}
	return t.Format("2006-01-02")
}

func describeInterval(m timeline.Mention) string {
	if !m.Anchored() {
		return ""
	}
	how := m.How.Rule + " via " + string(m.How.Anchor)
	if m.How.Tense != "" {
		how += ", " + m.How.Tense
	}
	return fmt.Sprintf("[%s, %s) %s  (%s)", timeline.FormatInstant(m.Interval.Start), timeline.FormatInstant(m.Interval.End), m.Granularity, how)
}
