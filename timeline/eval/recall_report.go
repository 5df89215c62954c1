package eval

import (
	"fmt"
	"io"
	"strings"
)

// WriteRecall writes the result of recall-only scoring of one gold set:
// accuracy overall, without the timexes that need the creation time's
// clock, and per category, with the share of gold timexes that had an
// overlapping prediction at all.
func WriteRecall(w io.Writer, name string, r Recall) error {
	nameW := len("without dct clock")
	for _, c := range r.Categories {
		nameW = max(nameW, len(c.Category))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d documents, %d gold timexes (recall only)\n", name, r.Docs, r.All.Gold)
	fmt.Fprintf(&b, "%-*s%6s%7s%9s%9s\n", nameW, "", "gold", "right", "acc", "overlap")
	row := func(label string, c Count) {
		fmt.Fprintf(&b, "%-*s%6d%7d%9s%9s\n", nameW, label, c.Gold, c.Right, pct(c.Accuracy()), pct(ratio(c.Overlap, c.Gold)))
	}
	row("all", r.All)
	row("without dct clock", r.WithoutClock)
	for _, c := range r.Categories {
		label := c.Category
		if label == "" {
			label = "(none)"
		}
		row(label, c.Count)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
