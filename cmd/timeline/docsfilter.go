package main

import (
	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/store"
)

// docFilterFlags select documents, for `docs` and `docs rm`.
type docFilterFlags struct {
	title, source string
	from, to      string
	undated       bool
	limit, offset int
}

// add adds the flags; verb says what is done with the documents selected,
// and list adds --limit and --offset.
func (f *docFilterFlags) add(cmd *cobra.Command, verb string) {
	cmd.Flags().StringVar(&f.title, "title", "", verb+" documents whose title contains this (any letter case)")
	cmd.Flags().StringVar(&f.source, "source", "", verb+" documents read from a file or URL whose name contains this, as first or other source")
	cmd.Flags().StringVar(&f.from, "from", "", verb+" documents published on or after this date: 2025, 2025-05, 2025-05-19, \"May 2025\"")
	cmd.Flags().StringVar(&f.to, "to", "", verb+" documents published on or before this date, inclusive of its whole span")
	cmd.Flags().BoolVar(&f.undated, "undated", false, verb+" documents without a publication date")
	if verb == "list" {
		cmd.Flags().IntVar(&f.limit, "limit", 0, "at most this many documents")
		cmd.Flags().IntVar(&f.offset, "offset", 0, "skip this many documents")
	}
}

// any reports whether anything selects documents: ids or a filter.
func (f *docFilterFlags) any(ids []string) bool {
	return len(ids) > 0 || f.title != "" || f.source != "" || f.from != "" || f.to != "" || f.undated
}

// documentFilter builds the store's filter from the flags and the ids
// given as arguments, each part checked so that a refusal names its flag.
func (f *docFilterFlags) documentFilter(args []string) (store.DocumentFilter, error) {
	var flt store.DocumentFilter
	ids, err := parseIDs(args)
	if err != nil {
		return flt, &usageError{err}
	}
	flt.IDs = ids
	if f.title != "" {
		flt.Title = &f.title
	}
	if f.source != "" {
		flt.Source = &f.source
	}
	if f.from != "" {
		iv, err := parseWhen("--from", f.from)
		if err != nil {
			return flt, err
		}
		flt.From = &iv.Start
	}
	if f.to != "" {
		iv, err := parseWhen("--to", f.to)
		if err != nil {
			return flt, err
		}
		flt.To = &iv.End
	}
	flt.Undated = f.undated
	flt.Offset, flt.Limit = f.offset, f.limit
	if err := flt.Validate(); err != nil {
		return flt, usageOf(err, "")
	}
	return flt, nil
}
