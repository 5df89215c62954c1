package timeml

import (
	"bufio"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
)

// charsetReader lets the decoder read documents declared as ISO-8859-1,
// which older newswire corpora use; encoding/xml knows only UTF-8 and ASCII.
func charsetReader(charset string, input io.Reader) (io.Reader, error) {
	switch strings.ToLower(charset) {
	case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1":
		return &latin1Reader{r: bufio.NewReader(input)}, nil
	}
	return nil, timeline.Errorf(timeline.EINVALID, "unsupported encoding %q: want UTF-8 or ISO-8859-1", charset)
}

// latin1Reader decodes ISO-8859-1 into UTF-8: every byte is the code point
// of the same number.
type latin1Reader struct {
	r       *bufio.Reader
	pending []byte // the rest of a multi-byte rune that did not fit in p
}

func (l *latin1Reader) Read(p []byte) (int, error) {
	n := copy(p, l.pending)
	l.pending = l.pending[n:]
	for n < len(p) {
		c, err := l.r.ReadByte()
		if err != nil {
			if n > 0 {
				return n, nil
			}
			return 0, err
		}
		var buf [utf8.UTFMax]byte
		size := utf8.EncodeRune(buf[:], rune(c))
		k := copy(p[n:], buf[:size])
		n += k
		if k < size {
			l.pending = append(l.pending[:0], buf[k:size]...)
			break
		}
	}
	return n, nil
}
