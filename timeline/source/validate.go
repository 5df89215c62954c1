package source

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// problem is something in a document's bytes that makes it unreadable as
// text, with the offset where it starts.
type problem struct {
	kind    problemKind
	offset  int64 // of the NUL byte or the first bad byte
	percent int   // share of control characters, for problemControls
	utf16   bool  // the NUL bytes fall as in UTF-16 text
}

type problemKind int

const (
	problemInvalid     problemKind = iota // invalid UTF-8
	problemNUL                            // a NUL byte: binary
	problemControls                       // many control characters: binary
	problemUndecodable                    // mostly not UTF-8: binary
)

func (p *problem) binary() bool { return p.kind != problemInvalid }

// String describes the problem; offset is already in the reader's terms.
func (p *problem) String() string {
	switch p.kind {
	case problemNUL:
		if p.utf16 {
			return fmt.Sprintf("binary data (NUL byte at offset %d; UTF-16 needs a byte order mark)", p.offset)
		}
		return fmt.Sprintf("binary data (NUL byte at offset %d)", p.offset)
	case problemControls:
		return fmt.Sprintf("binary data (%d%% control characters)", p.percent)
	case problemUndecodable:
		return fmt.Sprintf("binary data (%d%% of bytes are not UTF-8)", p.percent)
	}
	return fmt.Sprintf("invalid UTF-8 at byte offset %d", p.offset)
}

// binaryRatio is the share of control characters above which content is
// taken for binary rather than text with a few stray bytes.
const binaryRatio = 0.10

// isControl reports control characters that do not occur in text; tabs,
// newlines, carriage returns and form feeds do.
func isControl(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r':
		return false
	}
	return r < 0x20 || (r >= 0x7f && r <= 0x9f)
}

const (
	lowBits  = 0x0101010101010101
	highBits = 0x8080808080808080
)

// printable8 reports whether the first 8 bytes of b are all printable ASCII
// (0x20 to 0x7e): one rune each, none a control character. The checks
// below take text 8 bytes at a time this way, and look closer only where
// this fails.
func printable8(b []byte) bool {
	x := binary.LittleEndian.Uint64(b)
	below := (x - 0x20*lowBits) &^ x & highBits // some byte < 0x20
	above := ((x + lowBits) | x) & highBits     // some byte > 0x7e
	return below|above == 0
}

// checkText returns the first reason b is not text: a NUL byte, invalid
// UTF-8, or too many control characters. It returns nil for good text.
func checkText(b []byte) *problem {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return &problem{kind: problemNUL, offset: int64(i)}
	}
	controls, runes := 0, 0
	for i := 0; i < len(b); {
		if i+8 <= len(b) && printable8(b[i:]) {
			runes += 8
			i += 8
			continue
		}
		r, size := rune(b[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 {
				return &problem{kind: problemInvalid, offset: int64(i)}
			}
		}
		if isControl(r) {
			controls++
		}
		runes++
		i += size
	}
	if controls > 0 && float64(controls) > binaryRatio*float64(runes) {
		return &problem{kind: problemControls, percent: controls * 100 / runes}
	}
	return nil
}

// sniffBinary looks at the first bytes of a file and says whether it is
// binary, so that an image or archive gets one clear error rather than one
// per line. Undecodable bytes count only when they abound: random bytes
// are mostly invalid UTF-8, while a text in the wrong encoding has a few
// bad bytes, which the full check then reports with their offset.
func sniffBinary(head []byte, complete bool) *problem {
	if i := bytes.IndexByte(head, 0); i >= 0 {
		return &problem{kind: problemNUL, offset: int64(i), utf16: looksUTF16(head)}
	}
	if !complete { // the last rune may be cut by the end of the buffer
		for k := 1; k < utf8.UTFMax && k <= len(head); k++ {
			if utf8.RuneStart(head[len(head)-k]) {
				if !utf8.FullRune(head[len(head)-k:]) {
					head = head[:len(head)-k]
				}
				break
			}
		}
	}
	controls, invalid, runes := 0, 0, 0
	for i := 0; i < len(head); {
		if i+8 <= len(head) && printable8(head[i:]) {
			runes += 8
			i += 8
			continue
		}
		r, size := utf8.DecodeRune(head[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			invalid++
		case isControl(r):
			controls++
		}
		runes++
		i += size
	}
	switch {
	case controls > 0 && float64(controls) > binaryRatio*float64(runes):
		return &problem{kind: problemControls, percent: controls * 100 / runes}
	case len(head) >= 64 && float64(invalid) > undecodableRatio*float64(runes):
		return &problem{kind: problemUndecodable, percent: invalid * 100 / runes}
	}
	return nil
}

// looksUTF16 reports whether every other byte of head is NUL, as in
// UTF-16 text of Latin script, so that the error can say what is missing.
func looksUTF16(head []byte) bool {
	if len(head) < 8 {
		return false
	}
	head = head[:min(len(head), 256)&^1]
	for _, parity := range []int{0, 1} {
		ok := true
		for i := parity; i < len(head); i += 2 {
			if head[i] != 0 {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// undecodableRatio is the share of bytes that are not UTF-8 above which a
// file is binary rather than text in another encoding.
const undecodableRatio = 0.30

// invalidUTF8 returns the offset of the first byte of b that is not valid
// UTF-8, or -1.
func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		if i+8 <= len(b) && binary.LittleEndian.Uint64(b[i:])&highBits == 0 {
			i += 8
			continue
		}
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// lineAt returns the 1-based line number of byte offset off in b.
func lineAt(b []byte, off int) int {
	return bytes.Count(b[:min(off, len(b))], []byte{'\n'}) + 1
}

// formatSize writes a byte count for people: "73 MB", "50.5 MB", "812 KB".
func formatSize(n int64) string {
	const kb, mb = 1 << 10, 1 << 20
	switch {
	case n >= mb:
		return trimZero(float64(n)/mb) + " MB"
	case n >= kb:
		return trimZero(float64(n)/kb) + " KB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// trimZero formats f with one decimal, dropping a trailing ".0".
func trimZero(f float64) string {
	s := strconv.FormatFloat(f, 'f', 1, 64)
	if len(s) > 2 && s[len(s)-2:] == ".0" {
		s = s[:len(s)-2]
	}
	return s
}
