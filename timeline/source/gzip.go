package source

import (
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"

	"github.com/timeline-dev/timeline/timeline"
)

// gzipDataError is a compressed stream that cannot be read to its end.
// compress/gzip reports a file cut short as a bare "unexpected EOF", which
// names neither the file's format nor what is wrong with it.
type gzipDataError struct {
	truncated bool
	err       error
}

func (e *gzipDataError) Error() string {
	if e.truncated {
		return "truncated gzip file: it ends before its compressed data does"
	}
	return fmt.Sprintf("corrupt gzip data: %v", e.err)
}

// gzipErrors names the failures of the gzip stream r.
type gzipErrors struct{ r io.Reader }

func (g gzipErrors) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if err == nil || err == io.EOF {
		return n, err
	}
	var corrupt flate.CorruptInputError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		err = &gzipDataError{truncated: true}
	case errors.Is(err, gzip.ErrChecksum), errors.Is(err, gzip.ErrHeader), errors.As(err, &corrupt):
		err = &gzipDataError{err: err}
	}
	return n, err
}

// readError describes a failure to read src: a damaged gzip stream says
// so, anything else is a read error.
func readError(src string, err error) error {
	var ge *gzipDataError
	if errors.As(err, &ge) {
		return timeline.Errorf(timeline.EINVALID, "%s: %v", src, ge)
	}
	return timeline.Errorf(timeline.EINVALID, "%s: read error: %v", src, err)
}
