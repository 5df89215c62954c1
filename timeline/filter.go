package timeline

// Filter selects timeline rows. Nil pointer fields mean "not set".
type Filter struct {
	// From and To bound the timeline: a row is kept when its interval overlaps
	// [From.Start, To.End), or lies inside it when Within is set.
	From   *Interval
	To     *Interval
	Within bool

	Match       *string       // full-text query over event phrase and evidence
	DocumentID  *int64        // one document
	Document    *string       // documents whose title or source contains this
	Type        *TimexType    // DATE or TIME
	Granularity []Granularity // keep only these granularities
	Actor       *string       // events naming this actor (case-insensitive substring)
	Place       *string       // events naming this place (case-insensitive substring)

	Offset int
	Limit  int // 0 means no limit
}

// Validate reports a filter that cannot be run.
func (f *Filter) Validate() error {
	if f.Offset < 0 {
		return Errorf(EINVALID, "offset must not be negative")
	}
	if f.Limit < 0 {
		return Errorf(EINVALID, "limit must not be negative")
	}
	if f.From != nil && f.To != nil && !f.From.Start.Before(f.To.End) {
		return Errorf(EINVALID, "the range [%s, %s) is empty", FormatInstant(f.From.Start), FormatInstant(f.To.End))
	}
	for _, g := range f.Granularity {
		if g == GranularityNone || !g.Valid() {
			return Errorf(EINVALID, "unknown granularity %q", g)
		}
	}
	return nil
}
