package export

import "github.com/timeline-dev/timeline/timeline"

// state is the error and lifecycle bookkeeping every writer shares, so that a
// failed or closed writer refuses further rows the same way in every format.
type state struct {
	err    error
	closed bool
}

// check reports why no more rows may be written, if anything.
func (s *state) check() error {
	if s.err != nil {
		return s.err
	}
	if s.closed {
		return timeline.Errorf(timeline.EINTERNAL, "export: write after close")
	}
	return nil
}

// fail records the first error and returns it.
func (s *state) fail(err error) error {
	if s.err == nil {
		s.err = err
	}
	return s.err
}
