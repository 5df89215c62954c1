package source

import (
	"bufio"
	"io"
	"sync"
	"unsafe"
)

// buffers recycles the buffers files and records are read into: a corpus
// of small articles would otherwise allocate every one of them anew.
var buffers = sync.Pool{New: func() any { return new([]byte) }}

// readers recycles the 64 KB buffers that inputs are read through: most
// files are much smaller, and a fresh buffer for each costs more than
// reading it.
var readers = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, bufSize) }}

// maxPooled bounds the buffers kept for reuse, so that one large file does
// not stay in memory for the rest of a run.
const maxPooled = 1 << 20

// getBuffer returns an empty buffer from the pool with room for size bytes
// when size is known (>= 0).
func getBuffer(size int64) *[]byte {
	buf := buffers.Get().(*[]byte)
	*buf = (*buf)[:0]
	if size >= 0 && int64(cap(*buf)) < size+1 {
		*buf = make([]byte, 0, size+1) // +1: reading to the end needs room for EOF
	}
	return buf
}

// putBuffer gives buf back to the pool; nothing may use it afterwards.
func putBuffer(buf *[]byte) {
	if cap(*buf) <= maxPooled {
		buffers.Put(buf)
	}
}

// readFull appends everything r holds to b, as io.ReadAll does.
func readFull(r io.Reader, b []byte) ([]byte, error) {
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return b, err
		}
	}
}

// pooled reports whether putBuffer keeps buf for reuse; a buffer it drops
// may be kept by what was read into it (bufferText).
func pooled(buf []byte) bool { return cap(buf) <= maxPooled }

// bufferText returns b as a string, sharing its bytes when mine says that no
// one writes to them again: a text of tens of megabytes is then held once,
// not twice.
func bufferText(b []byte, mine bool) string {
	if !mine || len(b) == 0 {
		return string(b)
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// bytesOf returns the bytes of s without copying them, for reading only:
// checking and hashing a text of tens of megabytes need no copy of it.
func bytesOf(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }
