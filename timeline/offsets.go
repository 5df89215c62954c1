package timeline

import "unicode/utf8"

// RuneOffsets converts byte offsets into text to Unicode code-point offsets,
// the unit of TimeML tools, JSON consumers and SQLite's substr(). offsets must
// be sorted ascending; the result is in the same order. It walks text once.
func RuneOffsets(text string, offsets []int) []int {
	out := make([]int, len(offsets))
	runes, pos := 0, 0
	for i, off := range offsets {
		if off < pos { // unsorted input: restart rather than answer wrongly
			runes, pos = 0, 0
		}
		runes += utf8.RuneCountInString(text[pos:off])
		pos = off
		out[i] = runes
	}
	return out
}
