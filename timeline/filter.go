package timeline

import (
	"math"
	"slices"
)

// Filter selects timeline rows. Nil pointer fields and empty lists mean
// "not set".
//
// What a timeline shows by default is what happened: events the text
// asserts (past or present) or reports as planned, not denied, and not
// the reporting itself ("said", "told"). Class, Modality and Polarity,
// when set, replace that default for their own part; All drops the
// default altogether, so that hypothetical, counterfactual, possible,
// negated and reporting events show too. Classes, Modalities and
// Polarities say what a filter keeps.
type Filter struct {
	// From and To bound the timeline: a row is kept when its interval overlaps
	// [From.Start, To.End), or lies inside it when Within is set.
	From   *Interval
	To     *Interval
	Within bool

	Match       *string       // full-text query over event phrases and their sentences
	DocumentID  *int64        // one document
	Document    *string       // documents whose title or source contains this
	Type        *TimexType    // DATE or TIME: the type of the time expression dating the event
	Granularity []Granularity // keep only these granularities

	// Actor keeps events in which a person or organisation whose name
	// contains this takes part, Place events in which such a place takes
	// part (case-insensitive substrings). Role narrows both to
	// participants in that role; alone, it keeps events with a
	// participant in that role.
	Actor *string
	Place *string
	Role  *Role

	Class         []EventClass // keep only these classes
	Modality      []Modality   // keep only these modalities
	Polarity      *Polarity    // keep only this polarity
	Relation      []Relation   // keep only events in these relations to their time
	MinConfidence *float64     // keep only events dated with at least this confidence
	All           bool         // no default: every dated event, whatever its class, modality or polarity

	Offset int
	Limit  int // 0 means no limit
}

// Classes returns the event classes f keeps, nil meaning every class:
// Class when set, else every class with All, else every class but
// REPORTING.
func (f *Filter) Classes() []EventClass {
	switch {
	case len(f.Class) > 0:
		return f.Class
	case f.All:
		return nil
	}
	return slices.DeleteFunc(slices.Clone(EventClasses), func(c EventClass) bool { return c == ClassReporting })
}

// Modalities returns the modalities f keeps, nil meaning every modality:
// Modality when set, else every one with All, else asserted and planned.
func (f *Filter) Modalities() []Modality {
	switch {
	case len(f.Modality) > 0:
		return f.Modality
	case f.All:
		return nil
	}
	return []Modality{ModalityAsserted, ModalityPlanned}
}

// Polarities returns the polarities f keeps, nil meaning both: Polarity
// when set, else both with All, else positive.
func (f *Filter) Polarities() []Polarity {
	switch {
	case f.Polarity != nil:
		return []Polarity{*f.Polarity}
	case f.All:
		return nil
	}
	return []Polarity{PolarityPositive}
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
	for _, c := range f.Class {
		if !slices.Contains(EventClasses, c) {
			return Errorf(EINVALID, "unknown event class %q", c)
		}
	}
	for _, m := range f.Modality {
		if !slices.Contains(Modalities, m) {
			return Errorf(EINVALID, "unknown modality %q", m)
		}
	}
	if f.Polarity != nil && *f.Polarity != PolarityPositive && *f.Polarity != PolarityNegative {
		return Errorf(EINVALID, "unknown polarity %q", *f.Polarity)
	}
	for _, r := range f.Relation {
		if !slices.Contains(Relations, r) {
			return Errorf(EINVALID, "unknown relation %q", r)
		}
	}
	if f.Role != nil && !slices.Contains(Roles, *f.Role) {
		return Errorf(EINVALID, "unknown role %q", *f.Role)
	}
	if c := f.MinConfidence; c != nil && (math.IsNaN(*c) || *c < 0 || *c > 1) {
		return Errorf(EINVALID, "minimum confidence %v is not between 0 and 1", *c)
	}
	return nil
}
