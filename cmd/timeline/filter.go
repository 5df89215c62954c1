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
	from, to     string
	within       bool
	match        string
	doc          string
	typ          string
	granularity  []string
	actor, place string
	limit        int
	offset       int
}

func (f *filterFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.from, "from", "", "first date: 2025, 2025-05, 2025-W20, 2025-05-19, \"May 2025\"")
	cmd.Flags().StringVar(&f.to, "to", "", "last date, inclusive of its whole span (--to 2025-05 ends on May 31)")
	cmd.Flags().BoolVar(&f.within, "within", false, "keep events that lie inside --from/--to (default: that overlap it)")
	cmd.Flags().StringVar(&f.match, "match", "", "full-text search over event and evidence")
	cmd.Flags().StringVar(&f.doc, "doc", "", "documents whose title or source contains this")
	cmd.Flags().StringVar(&f.typ, "type", "", "DATE or TIME")
	cmd.Flags().StringArrayVar(&f.granularity, "granularity", nil, "keep these granularities, e.g. day,week,month")
	cmd.Flags().StringVar(&f.actor, "actor", "", "events naming this actor")
	cmd.Flags().StringVar(&f.place, "place", "", "events naming this place")
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
	for _, list := range f.granularity {
		for _, g := range strings.Split(list, ",") {
			if g = strings.TrimSpace(g); g != "" {
				flt.Granularity = append(flt.Granularity, timeline.Granularity(strings.ToLower(g)))
			}
		}
	}
	if err := usageOf((&timeline.Filter{Granularity: flt.Granularity}).Validate(), "--granularity"); err != nil {
		return flt, err
	}
	if f.actor != "" {
		flt.Actor = &f.actor
	}
	if f.place != "" {
		flt.Place = &f.place
	}
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
