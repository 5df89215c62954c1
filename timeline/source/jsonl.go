package source

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"

	"github.com/timeline-dev/timeline/timeline"
)

// jsonLines reads a JSON Lines file one line at a time, each line one
// object and one document with source "name:LINE". A line is held in
// memory only up to MaxSize; a longer one is skipped and reported, like a
// malformed one, and reading goes on with the next line.
func (in *input) jsonLines(ctx context.Context) error {
	var (
		buf      []byte
		offset   int64 // of the current line, after any BOM
		lineNo   int
		nonBlank int
	)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, n, tooLong, err := readLine(in.r, in.opt.MaxSize, buf[:0])
		buf = line
		if n == 0 && err == io.EOF {
			break
		}
		lineNo++
		start := offset
		offset += n
		src := fmt.Sprintf("%s:%d", in.name, lineNo)
		if err != nil && err != io.EOF {
			return in.emit(Item{Err: readError(src, err)})
		}
		line = bytes.TrimRight(line, "\r\n")
		switch {
		case tooLong:
			nonBlank++
			if err := in.emit(Item{Err: timeline.Errorf(timeline.EINVALID, "%s: line is %s, over the size limit of %s", append([]any{src}, sizes(n, in.opt.MaxSize)...)...)}); err != nil {
				return err
			}
		case len(bytes.TrimSpace(line)) == 0:
		default:
			nonBlank++
			if err := in.object(line, src, start); err != nil {
				return err
			}
		}
		if err == io.EOF {
			break
		}
	}
	if nonBlank == 0 {
		return in.fail(timeline.EINVALID, "empty file (only whitespace)")
	}
	return nil
}

// readLine reads one line into buf, newline included, and returns it with
// the number of bytes the line took in the input. A line longer than limit
// is consumed but not kept: tooLong is set and line is empty.
func readLine(r *bufio.Reader, limit int64, buf []byte) (line []byte, n int64, tooLong bool, err error) {
	for {
		frag, err := r.ReadSlice('\n')
		n += int64(len(frag))
		if !tooLong {
			if int64(len(buf)+len(frag)) > limit {
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, frag...)
			}
		}
		if err != bufio.ErrBufferFull {
			return buf, n, tooLong, err
		}
	}
}
