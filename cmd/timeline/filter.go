package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// filterFlags are the query flags of `timeline show`.
type filterFlags struct {
	from, to      string
	within        bool
	match         string
	doc           string
	typ           string
	granularity   []string
	actor, place  string
	role          string
	class         []string
	modality      []string
	polarity      string
	relation      []string
	minConfidence float64
	all           bool
	limit         int
	offset        int
}

func (f *filterFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.from, "from", "", "first date: 2025, 2025-05, 2025-W20, 2025-05-19, \"May 2025\"")
	cmd.Flags().StringVar(&f.to, "to", "", "last date, inclusive of its whole span (--to 2025-05 ends on May 31)")
	cmd.Flags().BoolVar(&f.within, "within", false, "keep events that lie inside --from/--to (default: that overlap it)")
	cmd.Flags().StringVar(&f.match, "match", "", "full-text search over event and evidence")
	cmd.Flags().StringVar(&f.doc, "doc", "", "documents whose title or source contains this")
	cmd.Flags().StringVar(&f.typ, "type", "", "DATE or TIME")
	cmd.Flags().StringArrayVar(&f.granularity, "granularity", nil, "keep these granularities, e.g. day,week,month")
	cmd.Flags().StringVar(&f.actor, "actor", "", "events this person or organisation takes part in")
	cmd.Flags().StringVar(&f.place, "place", "", "events this place takes part in")
	cmd.Flags().StringVar(&f.role, "role", "", "the role of --actor or --place: agent, patient, recipient, co-agent or place")
	cmd.Flags().StringArrayVar(&f.class, "class", nil, "keep these event classes: OCCURRENCE, REPORTING, STATE, I_ACTION, I_STATE, ASPECTUAL, PERCEPTION")
	cmd.Flags().StringArrayVar(&f.modality, "modality", nil, "keep these modalities: asserted, planned, possible, hypothetical, counterfactual")
	cmd.Flags().StringVar(&f.polarity, "polarity", "", "POS, or NEG for events the text denies")
	cmd.Flags().StringArrayVar(&f.relation, "relation", nil, "keep events in these relations to their date: on, before, after, since, until, by")
	cmd.Flags().Float64Var(&f.minConfidence, "min-confidence", 0, "keep events dated with at least this confidence, 0 to 1")
	cmd.Flags().BoolVar(&f.all, "all", false, "every dated event; by default only what happened or is planned, not denied, not reporting verbs")
	cmd.Flags().IntVar(&f.limit, "limit", 0, "at most this many rows")
	cmd.Flags().IntVar(&f.offset, "offset", 0, "skip this many rows")
}

// parseWhen reads a --from/--to value: a TIMEX3 value or ISO date ("2025",
// "2025-05", "2025-W20", "2025-05-19"), or a phrase the tagger understands
// on its own ("May 2025", "the third quarter of 2024").
func parseWhen(flag, s string) (*timeline.Interval, error) {
	s = strings.TrimSpace(s)
	if iv, _, err := temporal.ParseValue(s); err == nil {
		return &iv, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		iv := timeline.Interval{Start: t.UTC(), End: t.UTC().Add(time.Second)}
		return &iv, nil
	}
	ms := temporal.Tag(s, time.Time{})
	if len(ms) == 1 && ms[0].Anchored() && ms[0].Start == 0 && ms[0].End == len(s) {
		iv := ms[0].Interval
		return &iv, nil
	}
	return nil, usagef("%s %q: want a date such as 2025, 2025-05, 2025-W20, 2025-05-19, 2025-Q2 or \"May 2025\"", flag, s)
}

// listOf reads the values of a repeatable flag that also takes
// comma-separated lists ("--class REPORTING,STATE --class I_STATE"),
// normalising their case.
func listOf[T ~string](flags []string, norm func(string) string) []T {
	var out []T
	for _, list := range flags {
		for _, v := range strings.Split(list, ",") {
			if v = strings.TrimSpace(v); v != "" {
				out = append(out, T(norm(v)))
			}
		}
	}
	return out
}

// filter builds the domain filter. Each part is validated by the domain's
// own rule as soon as it is read, so that a refusal names the flags that
// gave it.
func (f *filterFlags) filter() (timeline.Filter, error) {
	var flt timeline.Filter
	var err error
	if f.from != "" {
		if flt.From, err = parseWhen("--from", f.from); err != nil {
			return flt, err
		}
	}
	if f.to != "" {
		if flt.To, err = parseWhen("--to", f.to); err != nil {
			return flt, err
		}
	}
	rng := timeline.Filter{From: flt.From, To: flt.To}
	if err := usageOf(rng.Validate(), fmt.Sprintf("--from %s --to %s", f.from, f.to)); err != nil {
		return flt, err
	}
	flt.Within = f.within
	if f.match != "" {
		flt.Match = &f.match
	}
	if f.doc != "" {
		flt.Document = &f.doc
	}
	if f.typ != "" {
		t := timeline.TimexType(strings.ToUpper(f.typ))
		if t != timeline.TypeDate && t != timeline.TypeTime {
			return flt, usagef("--type %q: want DATE or TIME", f.typ)
		}
		flt.Type = &t
	}
	flt.Granularity = listOf[timeline.Granularity](f.granularity, strings.ToLower)
	if err := usageOf((&timeline.Filter{Granularity: flt.Granularity}).Validate(), "--granularity"); err != nil {
		return flt, err
	}
	if f.actor != "" {
		flt.Actor = &f.actor
	}
	if f.place != "" {
		flt.Place = &f.place
	}
	if f.role != "" {
		r := timeline.Role(strings.ToLower(f.role))
		flt.Role = &r
		if err := usageOf((&timeline.Filter{Role: flt.Role}).Validate(), "--role"); err != nil {
			return flt, err
		}
	}
	flt.Class = listOf[timeline.EventClass](f.class, strings.ToUpper)
	if err := usageOf((&timeline.Filter{Class: flt.Class}).Validate(), "--class"); err != nil {
		return flt, err
	}
	flt.Modality = listOf[timeline.Modality](f.modality, strings.ToLower)
	if err := usageOf((&timeline.Filter{Modality: flt.Modality}).Validate(), "--modality"); err != nil {
		return flt, err
	}
	if f.polarity != "" {
		p := timeline.Polarity(strings.ToUpper(f.polarity))
		flt.Polarity = &p
		if err := usageOf((&timeline.Filter{Polarity: flt.Polarity}).Validate(), "--polarity"); err != nil {
			return flt, err
		}
	}
	flt.Relation = listOf[timeline.Relation](f.relation, strings.ToLower)
	if err := usageOf((&timeline.Filter{Relation: flt.Relation}).Validate(), "--relation"); err != nil {
		return flt, err
	}
	if f.minConfidence != 0 {
		c := f.minConfidence
		flt.MinConfidence = &c
		if err := usageOf((&timeline.Filter{MinConfidence: &c}).Validate(), "--min-confidence"); err != nil {
			return flt, err
		}
	}
	flt.All = f.all
	flt.Limit, flt.Offset = f.limit, f.offset
	if err := usageOf((&timeline.Filter{Limit: f.limit}).Validate(), "--limit"); err != nil {
		return flt, err
	}
	if err := usageOf((&timeline.Filter{Offset: f.offset}).Validate(), "--offset"); err != nil {
		return flt, err
	}
	// Any rule the parts above do not cover.
	return flt, usageOf(flt.Validate(), "")
}
