package source

import (
	"testing"
)

// TestPrintable8 compares the word-at-a-time test with a byte-by-byte one
// on every byte value in every position.
func TestPrintable8(t *testing.T) {
	for pos := range 8 {
		for c := range 256 {
			b := []byte("abcdefgh")
			b[pos] = byte(c)
			want := c >= 0x20 && c <= 0x7e
			if got := printable8(b); got != want {
				t.Errorf("byte %#x at %d: printable8 = %v; want %v", c, pos, got, want)
			}
		}
	}
	// Neighbouring bytes that borrow or carry must not hide each other:
	// every pair of values in every pair of adjacent positions.
	ok := func(c int) bool { return c >= 0x20 && c <= 0x7e }
	for pos := range 7 {
		for c := range 256 {
			for d := range 256 {
				b := []byte("abcdefgh")
				b[pos], b[pos+1] = byte(c), byte(d)
				if got, want := printable8(b), ok(c) && ok(d); got != want {
					t.Fatalf("%q: printable8 = %v; want %v", b, got, want)
				}
			}
		}
	}
}
