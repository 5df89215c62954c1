package temporal

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tokWord = iota + 1
	tokNum
	tokPunct
)

// token is one word, digit run or punctuation mark. Tokens are fine-grained
// ("5/19/2025" is five tokens) so that every rule sees the same units and
// adjacency (gap) tells "2025-05-19" from "2025 - 05".
type token struct {
	lex        *entry // lexicon entry for words, nil when none
	start, end int    // byte offsets
	num        int32  // value of a digit run (up to 9 digits), else -1
	punct      rune   // the mark for punctuation tokens
	digits     uint16 // length of a digit run
	kind       uint8
	gap        bool // whitespace before the token
	newline    bool // a line break before the token
	upper      bool // first letter is upper case
	allUpper   bool // every letter is upper case (acronyms, headlines)
}

// tokenize splits text into tokens, looking each word up in the lexicon.
// It allocates one slice; word lookups fold case into a stack buffer.
func tokenize(text string, toks []token) []token {
	toks = toks[:0]
	gap, newline := true, true
	var buf [24]byte
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			gap = true
			i++
			continue
		case c == '\n':
			gap, newline = true, true
			i++
			continue
		case c >= '0' && c <= '9':
			j, v := i, 0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if j-i < 9 {
					v = v*10 + int(text[j]-'0')
				}
				j++
			}
			t := token{start: i, end: j, kind: tokNum, gap: gap, newline: newline, num: int32(v), digits: uint16(min(j-i, 1<<15))}
			if j-i > 9 {
				t.num = -1
			}
			toks = append(toks, t)
			i = j
		case c < utf8.RuneSelf && (c|0x20 >= 'a' && c|0x20 <= 'z'):
			j := i
			n := 0
			upper := c >= 'A' && c <= 'Z'
			allUpper := true
			for j < len(text) {
				d := text[j]
				if d >= utf8.RuneSelf {
					r, size := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsLetter(r) {
						break
					}
					n = len(buf) + 1 // non-ASCII words are never lexicon words
					j += size
					continue
				}
				if d|0x20 < 'a' || d|0x20 > 'z' {
					break
				}
				if d >= 'a' {
					allUpper = false
				}
				if n < len(buf) {
					buf[n] = d | 0x20
				}
				n++
				j++
			}
			t := token{start: i, end: j, kind: tokWord, gap: gap, newline: newline, upper: upper, allUpper: allUpper && j-i > 1, num: -1}
			if n <= len(buf) {
				t.lex = lexicon[string(buf[:n])]
			}
			toks = append(toks, t)
			i = j
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				gap = true
				if r == '\u2028' || r == '\u2029' || r == '\u0085' {
					newline = true
				}
				i += size
				continue
			}
			if unicode.IsLetter(r) {
				j := i + size
				for j < len(text) {
					r2, s2 := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsLetter(r2) {
						break
					}
					j += s2
				}
				toks = append(toks, token{start: i, end: j, kind: tokWord, gap: gap, newline: newline, upper: unicode.IsUpper(r), num: -1})
				i = j
			} else {
				if r == '’' || r == '‘' {
					r = '\''
				}
				toks = append(toks, token{start: i, end: i + size, kind: tokPunct, gap: gap, newline: newline, punct: r, num: -1})
				i += size
			}
		}
		gap, newline = false, false
	}
	return toks
}

// toLowerASCII lower-cases the ASCII letters of s; it allocates only when
// s has an upper-case letter.
func toLowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			b := []byte(s)
			for k := i; k < len(b); k++ {
				if b[k] >= 'A' && b[k] <= 'Z' {
					b[k] |= 0x20
				}
			}
			return string(b)
		}
	}
	return s
}
