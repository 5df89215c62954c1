package source

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/timeline-dev/timeline/timeline"
)

// json reads a JSON file holding an array of objects, one document each
// with source "name[INDEX]", or a single object with source "name". An
// array is decoded one element at a time, each within MaxSize, so a large
// corpus never sits in memory. A bad element is reported and skipped; a
// syntax error ends the file, since nothing after it can be trusted.
func (in *input) json(ctx context.Context) error {
	br := &boundedReader{r: in.r, limit: in.opt.MaxSize}
	dec := json.NewDecoder(br)
	head, _ := in.r.Peek(sniffSize)
	if t := bytes.TrimLeft(head, " \t\r\n"); len(t) == 0 || t[0] != '[' {
		if err := in.jsonValue(dec, in.name, true); !errors.Is(err, errStop) {
			return err
		}
		return nil
	}
	if _, err := dec.Token(); err != nil {
		return in.emit(Item{Err: in.jsonError(in.name, err, dec)})
	}
	empty := true
	for i := 0; dec.More(); i++ {
		empty = false
		if err := ctx.Err(); err != nil {
			return err
		}
		br.limit = dec.InputOffset() + in.opt.MaxSize
		if err := in.jsonValue(dec, fmt.Sprintf("%s[%d]", in.name, i), false); err != nil {
			if errors.Is(err, errStop) {
				return nil
			}
			return err
		}
	}
	br.limit = dec.InputOffset() + in.opt.MaxSize
	if _, err := dec.Token(); err != nil { // the closing bracket
		return in.emit(Item{Err: in.jsonError(in.name, err, dec)})
	}
	if err := in.trailing(dec, false); err != nil {
		return err
	}
	if empty {
		return in.emit(Item{Warnings: []string{in.name + ": empty JSON array"}})
	}
	return nil
}

// errStop tells json that jsonValue reported an error after which the
// rest of the array cannot be read.
var errStop = errors.New("stop")

// jsonValue decodes one value as a document with source src. Its raw bytes
// are checked for UTF-8 first: the decoder would silently replace bad bytes.
func (in *input) jsonValue(dec *json.Decoder, src string, whole bool) error {
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		if whole && err == io.EOF {
			return in.fail(timeline.EINVALID, "empty file (only whitespace)")
		}
		if err := in.emit(Item{Err: in.jsonError(src, err, dec)}); err != nil {
			return err
		}
		return errStop
	}
	start := dec.InputOffset() - int64(len(raw))
	if err := in.object(raw, src, start); err != nil {
		return err
	}
	if whole {
		return in.trailing(dec, true)
	}
	return nil
}

// object emits the document in one raw JSON object, or its error. start is
// the object's offset in the input, for messages.
func (in *input) object(raw []byte, src string, start int64) error {
	if !in.opt.Defer {
		return in.emit(in.parseObject(raw, src, start))
	}
	buf := getBuffer(int64(len(raw)))
	*buf = append(*buf, raw...) // raw is the reader's, reused for the next line
	return in.emit(Item{size: len(raw), name: src, pending: func() Item {
		defer putBuffer(buf)
		return in.parseObject(*buf, src, start)
	}})
}

// parseObject reads one JSON Lines record; it does not keep raw.
func (in *input) parseObject(raw []byte, src string, start int64) Item {
	if i := invalidUTF8(raw); i >= 0 {
		return Item{Err: timeline.Errorf(timeline.EINVALID, "%s: invalid UTF-8 at byte offset %d", src, in.base+start+int64(i))}
	}
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return Item{Err: timeline.Errorf(timeline.EINVALID, "%s: invalid JSON: %v", src, err)}
	}
	if after := raw[d.InputOffset():]; len(bytes.TrimSpace(after)) > 0 {
		at := int64(len(raw) - len(bytes.TrimLeft(after, " \t\r\n")))
		return Item{Err: timeline.Errorf(timeline.EINVALID, "%s: invalid JSON: unexpected data after the object at byte offset %d", src, in.base+start+at)}
	}
	rec, err := jsonRecord(v, src, in.opt)
	if err != nil {
		return Item{Err: err}
	}
	rec.hints = append(rec.hints, in.name)
	return rec.finish(in.opt)
}

// trailing reports data after the top-level value; a file of several
// objects is most likely JSON Lines under a .json name.
func (in *input) trailing(dec *json.Decoder, object bool) error {
	off := dec.InputOffset()
	if _, err := dec.Token(); err == io.EOF {
		return nil
	}
	hint := ""
	if object {
		hint = " (JSON Lines files should be named .jsonl)"
	}
	return in.fail(timeline.EINVALID, "unexpected data after the JSON value at byte offset %d%s", in.base+off, hint)
}

// jsonError describes a decoding error at src.
func (in *input) jsonError(src string, err error, dec *json.Decoder) error {
	var syntax *json.SyntaxError
	var ge *gzipDataError
	switch {
	case errors.As(err, &ge):
		return readError(src, err)
	case errors.Is(err, errTooBig):
		return timeline.Errorf(timeline.EINVALID, "%s: JSON value is over the size limit of %s", src, formatSize(in.opt.MaxSize))
	case errors.As(err, &syntax):
		return timeline.Errorf(timeline.EINVALID, "%s: invalid JSON at byte offset %d: %v", src, in.base+syntax.Offset, err)
	case errors.Is(err, io.ErrUnexpectedEOF), err == io.EOF:
		return timeline.Errorf(timeline.EINVALID, "%s: JSON ends early, at byte offset %d", src, in.base+dec.InputOffset())
	}
	return readError(src, err)
}

// boundedReader fails with errTooBig once more than limit bytes in all
// have been read from it. The JSON reader moves the limit forward as
// elements complete, which bounds the memory one element may take.
type boundedReader struct {
	r     io.Reader
	n     int64
	limit int64
}

func (b *boundedReader) Read(p []byte) (int, error) {
	if b.n >= b.limit {
		return 0, errTooBig
	}
	if int64(len(p)) > b.limit-b.n {
		p = p[:b.limit-b.n]
	}
	n, err := b.r.Read(p)
	b.n += int64(n)
	return n, err
}
