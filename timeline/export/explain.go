package export

import (
	"strconv"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
)

// explanation says how a row's date was found, as in `anchored_by=expression
// confidence=0.9 rule=weekday anchor=dct(2025-05-19) tense=past
// expression="on Monday"`. Empty parts are left out.
func explanation(r *timeline.Row) string {
	var parts []string
	if r.AnchoredBy != "" {
		parts = append(parts, "anchored_by="+string(r.AnchoredBy))
	}
	if r.AnchoredBy != "" && r.AnchoredBy != timeline.AnchoredByNone {
		parts = append(parts, "confidence="+strconv.FormatFloat(r.Confidence, 'f', -1, 64))
	}
	if r.How.Rule != "" {
		parts = append(parts, "rule="+r.How.Rule)
	}
	if r.How.Anchor != "" {
		a := "anchor=" + r.How.Anchor
		if r.How.AnchorValue != "" {
			a += "(" + r.How.AnchorValue + ")"
		}
		parts = append(parts, a)
	}
	if r.How.Tense != "" {
		parts = append(parts, "tense="+r.How.Tense)
	}
	if r.Expression != "" {
		parts = append(parts, "expression="+strconv.Quote(r.Expression))
	}
	if r.Date != "" {
		parts = append(parts, "value="+r.Date)
	}
	return strings.Join(parts, " ")
}

// sourcesSummary lists a merged row's sources with the date each gives,
// "Reuters (2025-05-19), AP (2025-05-18)", for the human formats.
func sourcesSummary(r *timeline.Row) string {
	parts := make([]string, len(r.Sources))
	for i := range r.Sources {
		s := &r.Sources[i]
		parts[i] = s.Document + " (" + s.Date + ")"
	}
	return strings.Join(parts, ", ")
}

// documentCell names the document of a row; a merged row adds how many other
// documents reported the same event: "Reuters (+2)".
func documentCell(r *timeline.Row) string {
	if n := len(r.Sources) - 1; n > 0 {
		return r.Document + " (+" + strconv.Itoa(n) + ")"
	}
	return r.Document
}

// conflictMark flags a date that merged sources disagree on.
const conflictMark = " ≠"
