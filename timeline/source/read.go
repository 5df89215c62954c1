package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/timeline-dev/timeline/internal/guard"
	"github.com/timeline-dev/timeline/timeline"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// ReadFile reads the input called name from r and emits its documents. The
// name picks the format (".html", ".jsonl.gz") and starts every message;
// when its extension is unknown the content decides. ReadFile returns only
// what stops it: ctx's error, emit's error, or invalid options. Problems
// with the input itself are emitted as Items with Err set.
func ReadFile(ctx context.Context, name string, r io.Reader, opt Options, emit func(Item) error) error {
	opt, err := opt.withDefaults()
	if err != nil {
		return err
	}
	return readInput(ctx, name, r, -1, opt, emit)
}

const (
	bufSize   = 64 << 10
	sniffSize = 8 << 10
)

// input is one file being read.
type input struct {
	name  string // as given, the source of its documents
	inner string // name without ".gz", for the format
	size  int64  // bytes on disk, -1 when unknown or compressed
	gz    bool
	base  int64 // bytes dropped before the text (a UTF-8 BOM), added to offsets
	r     *bufio.Reader
	opt   Options
	emit  func(Item) error
	// readers are the pooled buffers r was made of, returned when the
	// input is read.
	readers []*bufio.Reader
}

// reader buffers r with a reader from the pool.
func (in *input) reader(r io.Reader) *bufio.Reader {
	br := readers.Get().(*bufio.Reader)
	br.Reset(r)
	in.readers = append(in.readers, br)
	return br
}

// release gives the input's readers back to the pool. Deferred parsing
// (Options.Defer) does not use them: it has its bytes.
func (in *input) release() {
	for _, br := range in.readers {
		br.Reset(nil)
		readers.Put(br)
	}
	in.readers, in.r = nil, nil
}

// fail emits an error about the whole input.
func (in *input) fail(code, format string, args ...any) error {
	return in.emit(Item{Err: timeline.Errorf(code, "%s: "+format, append([]any{in.name}, args...)...)})
}

// readInput is ReadFile with a known size (-1 for unknown) and checked
// options. A panic while reading (a bug, met on some odd input) fails the
// input, not the walk: it is emitted as the input's error.
func readInput(ctx context.Context, name string, r io.Reader, size int64, opt Options, emit func(Item) error) (err error) {
	if err := ctx.Err(); err != nil {
		return err
	}
	var emitErr bool // the error is emit's own, not a reader's
	emitting := func(it Item) error {
		err := emit(it)
		emitErr = err != nil
		return err
	}
	if perr := guard.Run(name, "reading", func() { err = readFormat(ctx, name, r, size, opt, emitting) }); perr != nil {
		if emitErr {
			return err
		}
		return emit(Item{File: name, Err: perr})
	}
	return err
}

// readFormat reads one input in its format.
func readFormat(ctx context.Context, name string, r io.Reader, size int64, opt Options, emit func(Item) error) error {
	in := &input{name: name, inner: name, size: size, opt: opt}
	in.emit = func(it Item) error {
		it.File = name
		return emit(it)
	}
	defer in.release()
	in.r = in.reader(r)
	zr, err := in.gunzip()
	if err != nil {
		return in.emit(Item{Err: err})
	}
	if zr != nil {
		defer zr.Close()
	}
	if err := in.decodeBOM(); err != nil {
		return in.emit(Item{Err: readError(in.name, err)})
	}
	head, err := in.sniff()
	if err != nil {
		return in.emit(Item{Err: err})
	}
	switch f := detect(in.inner, head); f {
	case formatJSONL:
		return in.jsonLines(ctx)
	case formatJSON:
		return in.json(ctx)
	default:
		return in.whole(f)
	}
}

// gunzip decompresses the input when it is gzip, by its magic bytes or its
// name, and returns the decompressor to close (nil when not compressed).
func (in *input) gunzip() (io.Closer, error) {
	magic, err := in.r.Peek(2)
	if err != nil && err != io.EOF {
		return nil, readError(in.name, err)
	}
	ext := filepath.Ext(in.name)
	named := strings.EqualFold(ext, ".gz")
	if !named && !bytes.Equal(magic, []byte{0x1f, 0x8b}) {
		return nil, nil
	}
	zr, err := gzip.NewReader(in.r)
	if err == io.EOF {
		return nil, timeline.Errorf(timeline.EINVALID, "%s: empty file", in.name)
	} else if errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, readError(in.name, &gzipDataError{truncated: true})
	} else if err != nil {
		return nil, timeline.Errorf(timeline.EINVALID, "%s: invalid gzip data: %v", in.name, err)
	}
	if named {
		in.inner = strings.TrimSuffix(in.name, ext)
	}
	in.gz, in.size = true, -1
	in.r = in.reader(gzipErrors{zr})
	return zr, nil
}

// sniff returns the first bytes of the input, without consuming them,
// after rejecting an empty or binary input.
func (in *input) sniff() ([]byte, error) {
	head, err := in.r.Peek(sniffSize)
	complete := err != nil
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, readError(in.name, err)
	}
	switch {
	case len(head) == 0:
		return nil, timeline.Errorf(timeline.EINVALID, "%s: empty file", in.name)
	case complete && len(bytes.TrimSpace(head)) == 0:
		return nil, timeline.Errorf(timeline.EINVALID, "%s: empty file (only whitespace)", in.name)
	}
	if p := sniffBinary(head, complete); p != nil {
		p.offset += in.base
		return nil, timeline.Errorf(timeline.EINVALID, "%s: %s", in.name, p)
	}
	return head, nil
}

// whole reads a format that needs the whole file at once (text, HTML,
// TimeML): within MaxSize, and checked as text before it is parsed. With
// Options.Defer the checks and the parsing are left to Item.Parse.
func (in *input) whole(f format) error {
	if in.size > in.opt.MaxSize {
		return in.fail(timeline.EINVALID, "file is %s, over the size limit of %s", sizes(in.size, in.opt.MaxSize)...)
	}
	buf, err := in.readAll()
	if err != nil {
		return in.emit(Item{Err: err})
	}
	parse := func() Item {
		defer putBuffer(buf)
		return in.parseWhole(f, *buf)
	}
	if in.opt.Defer {
		return in.emit(Item{pending: parse, size: len(*buf), name: in.name})
	}
	return in.emit(parse())
}

// parseWhole checks and parses the content of a whole file. It does not
// keep data, which goes back to the pool.
func (in *input) parseWhole(f format, data []byte) Item {
	fail := func(format string, args ...any) Item {
		return Item{Err: timeline.Errorf(timeline.EINVALID, "%s: "+format, append([]any{in.name}, args...)...)}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return fail("empty file (only whitespace)")
	}
	// An old page in windows-1252 or Latin-1 says so in a <meta>; decode it
	// rather than refuse it. A page that is valid UTF-8 is read as such,
	// whatever it declares (mislabelled pages are common).
	if p := checkText(data); p != nil && !p.binary() && f == formatHTML {
		if decoded, ok := decodeDeclaredCharset(data); ok {
			data = decoded
		}
	}
	if p := checkText(data); p != nil && (p.binary() || f != formatTimeML || !declaresLatin1(data)) {
		line := lineAt(data, int(p.offset))
		p.offset += in.base
		if p.binary() {
			return fail("%s", p)
		}
		return Item{Err: timeline.Errorf(timeline.EINVALID, "%s:%d: %s", in.name, line, p)}
	}
	var rec *record
	var err error
	switch f {
	case formatHTML:
		rec, err = parseHTML(in.name, data)
	case formatTimeML:
		rec, err = parseTimeML(in.name, data)
	default:
		// A buffer the pool will not take back is the text's to keep.
		rec = parsePlainText(in.name, data, !pooled(data))
	}
	if err != nil {
		return Item{Err: err}
	}
	rec.hints = append(rec.hints, in.name)
	return rec.finish(in.opt)
}

// decodeBOM drops a UTF-8 byte order mark and decodes UTF-16 that starts
// with one, so that everything after reads UTF-8.
func (in *input) decodeBOM() error {
	head, err := in.r.Peek(3)
	if err != nil && err != io.EOF {
		return err
	}
	switch {
	case bytes.HasPrefix(head, []byte{0xef, 0xbb, 0xbf}):
		_, err = in.r.Discard(3)
		in.base = 3
		return err
	case bytes.HasPrefix(head, []byte{0xff, 0xfe}), bytes.HasPrefix(head, []byte{0xfe, 0xff}):
		// The BOM picks the byte order and is dropped; the default order
		// given here is never used.
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		in.r = in.reader(transform.NewReader(in.r, dec))
		in.size = -1
	}
	return nil
}

// errTooBig is what boundedReader returns past its limit.
var errTooBig = errors.New("over the size limit")

// readAll reads the rest of the input, up to MaxSize, into a buffer from
// the pool.
func (in *input) readAll() (*[]byte, error) {
	buf := getBuffer(in.size)
	var err error
	*buf, err = readFull(io.LimitReader(in.r, in.opt.MaxSize+1), *buf)
	if err != nil {
		putBuffer(buf)
		return nil, readError(in.name, err)
	}
	if int64(len(*buf)) > in.opt.MaxSize {
		putBuffer(buf)
		what := "file"
		if in.gz {
			what = "decompressed file"
		}
		return nil, timeline.Errorf(timeline.EINVALID, "%s: %s is over the size limit of %s", in.name, what, formatSize(in.opt.MaxSize))
	}
	return buf, nil
}

// sizes formats a size and a limit so that they read differently even when
// they round alike.
func sizes(n, limit int64) []any {
	a, b := formatSize(n), formatSize(limit)
	if a == b {
		a = fmt.Sprintf("%d bytes", n)
		b = fmt.Sprintf("%s (%d bytes)", b, limit)
	}
	return []any{a, b}
}

var xmlEncoding = regexp.MustCompile(`^<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']`)

// declaresLatin1 reports an XML declaration of ISO-8859-1 at the start of
// data, which the TimeML reader decodes itself, so its bytes need not be
// UTF-8.
func declaresLatin1(data []byte) bool {
	head := bytes.TrimSpace(data[:min(len(data), sniffSize)])
	m := xmlEncoding.FindSubmatch(head)
	if m == nil {
		return false
	}
	switch strings.ToLower(string(m[1])) {
	case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1":
		return true
	}
	return false
}
