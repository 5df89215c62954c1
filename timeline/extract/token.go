package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is a word or a punctuation mark of the text.
type tok struct {
	s, e  int    // byte offsets into the text
	w     int32  // its entry in the doc's vocab (doc.intern)
	f     uint32 // its word classes (doc.fl)
	shape uint8
	poss  bool // ends in 's or ’s (Ukraine's)
	men   bool // part of a time expression (set for event sentences)
	pos   posTag
	tags  tagSet // the parts of speech the word can have
	evn   uint8  // names an event as a noun: 0 not asked yet, 1 yes, 2 no
	// lem is the vocab entry of its lemma plus one, 0 until asked for
	// (doc.lemmaID); lemOwn reports that entry to be the token's own, whose
	// lower-cased word is the lemma. The first answer stays, as the
	// extractor's rules expect, even if the part of speech changes later.
	lemOwn bool
	lem    int32
}

// Token shapes.
const (
	shPunct uint8 = iota
	shLower       // starts with a lower-case letter
	shTitle       // starts with an upper-case letter: Putin, McDonald
	shUpper       // two or more letters, all upper case: NATO, US, NAIROBI
	shNum         // starts with a digit
)

// capital reports a capitalised word.
func (t *tok) capital() bool { return t.shape == shTitle || t.shape == shUpper }

// byteClass marks the ASCII bytes that can be inside a word.
var byteClass [256]uint8

const (
	bcWord  = 1 // letter or digit
	bcJoin  = 2 // may join two word parts: . ' - & , /
	bcSpace = 4
	bcUpper = 8
)

func init() {
	for c := 'a'; c <= 'z'; c++ {
		byteClass[c] = bcWord
		byteClass[c-'a'+'A'] = bcWord | bcUpper
	}
	for c := '0'; c <= '9'; c++ {
		byteClass[c] = bcWord
	}
	for _, c := range ".'-&,/" {
		byteClass[c] = bcJoin
	}
	for _, c := range " \t\n\r\v\f" {
		byteClass[c] = bcSpace
	}
}

// tokenize appends the tokens of text[s:e] to out. A word is a run of letters
// and digits, with inner apostrophes, hyphens, periods and digit commas kept
// (Ukraine's, two-hour, U.S., 3.5, 1,200); a dotted abbreviation keeps its
// final period. Anything else that is not space is a one-rune token.
//
// A light tokenization, for sentences that only the entity scan reads,
// keeps punctuation, capitalised words and the words right before and after
// them (the role in "analyst Victor Wan", the "of" in "Bank of England"),
// and drops the rest, most of the words.
func tokenize(text string, s, e int, out []tok, light bool) []tok {
	var pending tok // light: the last word dropped, kept if a capital follows
	havePending, keepNext := false, false
	for i := s; i < e; {
		c := text[i]
		var r rune
		w := 1
		if c < utf8.RuneSelf {
			if byteClass[c]&bcSpace != 0 {
				i++
				continue
			}
			if byteClass[c]&bcWord == 0 {
				out = append(out, tok{s: i, e: i + 1})
				havePending, keepNext = false, false
				i++
				continue
			}
		} else {
			r, w = utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				if !unicode.IsSpace(r) {
					out = append(out, tok{s: i, e: i + w})
					havePending, keepNext = false, false
				}
				i += w
				continue
			}
		}
		j, dotted, lastDigit := i+w, false, c >= '0' && c <= '9'
		apos := false // the word holds an apostrophe, ' or ’
		for j < e {
			c2 := text[j]
			if c2 < utf8.RuneSelf {
				bc := byteClass[c2]
				if bc&bcWord != 0 {
					// A run of ASCII letters and digits in one tight loop
					// (bytes past ASCII have no class and stop it).
					j++
					for j < e && byteClass[text[j]]&bcWord != 0 {
						j++
					}
					lastDigit = text[j-1] <= '9'
					continue
				}
				if bc&bcJoin == 0 || j+1 >= e {
					break
				}
				// A joiner stays inside the word when a word rune follows
				// (a comma only between digits).
				c3 := text[j+1]
				next := c3 < utf8.RuneSelf && byteClass[c3]&bcWord != 0
				if c3 >= utf8.RuneSelf {
					r3, _ := utf8.DecodeRuneInString(text[j+1:])
					next = isWordRune(r3)
				}
				if !next || c2 == ',' && !(lastDigit && c3 >= '0' && c3 <= '9') {
					break
				}
				dotted = dotted || c2 == '.' && !lastDigit
				apos = apos || c2 == '\''
				j++
				continue
			}
			r2, w2 := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r2) {
				lastDigit = false
				j += w2
				continue
			}
			if r2 == '’' && j+w2 < e {
				r3, _ := decode(text, j+w2)
				if isWordRune(r3) {
					j += w2
					apos = true
					continue
				}
			}
			break
		}
		if dotted && j < e && text[j] == '.' && j-i <= 12 {
			j++ // U.S. keeps its final period
		}
		var t tok
		if c >= 'a' && c <= 'z' {
			t = tok{s: i, e: j, shape: shLower} // the common case, inline
			if n := j - i; n > 2 && text[j-1] == 's' && text[j-2] == '\'' {
				t.poss = true
			}
		} else {
			t = shapeOf(text, i, j)
		}
		i = j
		if light {
			switch {
			case t.capital():
				if havePending {
					out = append(out, pending)
				}
				havePending, keepNext = false, true
			case keepNext:
				keepNext = false
			default:
				pending, havePending = t, true
				continue
			}
		}
		if apos && t.shape != shNum && t.e-t.s >= 3 {
			out = appendWord(out, t, text) // may be a contraction
		} else {
			out = append(out, t)
		}
	}
	return out
}

// appendWord appends the word token t, split in two when it is a
// contraction: "don't" → do n't, "he's" → he 's, "we'll" → we 'll, so that
// the auxiliary and the negation are words of their own as in the Penn
// Treebank. A noun's "'s" stays: it is a possessive (Ukraine's). The
// tokenizer calls it only for a word of three bytes or more, not a number,
// that holds an apostrophe (' or ’).
func appendWord(out []tok, t tok, text string) []tok {
	w := text[t.s:t.e]
	n := len(w)
	cut := -1
	switch {
	case n > 3 && (hasSuffixFold(w, "n't") || strings.HasSuffix(w, "n’t")):
		cut = strings.LastIndexByte(w, 'n')
		if strings.EqualFold(w, "can't") || strings.EqualFold(w, "can’t") {
			cut = 2 // ca n't, as the treebank writes it; "ca" reads as can
		}
	default:
		i := strings.LastIndexAny(w, "'’")
		if i <= 0 {
			return append(out, t)
		}
		switch strings.ToLower(w[i:]) {
		case "'s", "’s":
			if sContractions.has(strings.ToLower(w[:i])) {
				cut = i
			}
		case "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m":
			cut = i
		}
	}
	if cut <= 0 || cut >= n {
		return append(out, t)
	}
	head, tail := t, t
	head.e, head.poss = t.s+cut, false
	tail.s, tail.poss, tail.shape = t.s+cut, false, shLower
	return append(out, head, tail)
}

// sContractions are the words whose "'s" stands for is, has or us.
var sContractions = setOf(`he she it that there here what who where when how let everyone everybody nobody
	someone somebody something nothing everything`)

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// shapeOf builds the token for the word text[s:e], without its classes.
func shapeOf(text string, s, e int) tok {
	t := tok{s: s, e: e}
	w := text[s:e]
	if n := len(w); n > 2 && w[n-1] == 's' && (w[n-2] == '\'' || strings.HasSuffix(w[:n-1], "’")) {
		t.poss = true
	}
	c := w[0]
	switch {
	case c < utf8.RuneSelf:
		switch {
		case c >= '0' && c <= '9':
			t.shape = shNum
		case byteClass[c]&bcUpper != 0:
			t.shape = shTitle
			if len(w) >= 2 && allUpper(w) {
				t.shape = shUpper
			}
		default:
			t.shape = shLower
		}
	default:
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsDigit(r):
			t.shape = shNum
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			t.shape = shTitle
			if allUpper(w) {
				t.shape = shUpper
			}
		default:
			t.shape = shLower
		}
	}
	return t
}

// fl returns the word classes of token k: the lexicon's for its lower-cased
// form, or for a lower-case word unknown to the lexicon, a guess from its
// ending (capitalised words are not guessed). doc.intern sets them.
func (d *doc) fl(k int) uint32 { return d.toks[k].f }

// contraction classes "we're", "they've", "I'll" as auxiliaries (with the
// pronoun's class when there is one), so that they start verb groups.
func contraction(w string) uint32 {
	i := strings.LastIndexAny(w, "'’")
	if i <= 0 {
		return 0
	}
	switch strings.ToLower(w[i:]) {
	case "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m":
		return fAux | fFunc | lex[strings.ToLower(w[:i])]&fPron
	}
	return 0
}

// bare returns the word of token k without its possessive.
func (d *doc) bare(k int) string {
	t := &d.toks[k]
	w := d.text[t.s:t.e]
	if t.poss {
		if w[len(w)-2] == '\'' {
			return w[:len(w)-2]
		}
		return w[:len(w)-len("’s")]
	}
	return w
}

// is reports whether token k is the word w (lower-case ASCII), in any case.
func (d *doc) is(k int, w string) bool {
	// Small enough to inline: most calls end at the length.
	t := &d.toks[k]
	return t.e-t.s == len(w) && d.textFolds(k, w)
}

// textFolds reports whether token k is w, in any case. It is
// kept out of line so that is inlines.
//
//go:noinline
func (d *doc) textFolds(k int, w string) bool {
	t := &d.toks[k]
	return strings.EqualFold(d.text[t.s:t.e], w)
}

// lower returns the lower-cased word of token k without its possessive.
func (d *doc) lower(k int) string { return d.voc.words[d.toks[k].w].low }

// key writes the lower-case words of tokens [a, b), joined by single spaces
// and without the final possessive, into the doc's scratch buffer. Look
// maps up with m[string(d.key(a, b))] so that no string is allocated.
func (d *doc) key(a, b int) []byte {
	d.kb = d.kb[:0]
	for k := a; k < b; k++ {
		if k > a {
			d.kb = append(d.kb, ' ')
		}
		w := d.bare(k)
		if isASCII(w) {
			for i := 0; i < len(w); i++ {
				c := w[i]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				d.kb = append(d.kb, c)
			}
		} else {
			d.kb = append(d.kb, strings.ToLower(w)...)
		}
	}
	return d.kb
}

func decode(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return false
		}
	}
	return true
}

func allUpper(w string) bool {
	if isASCII(w) {
		letters := 0
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= 'a' && c <= 'z' {
				return false
			}
			if c >= 'A' && c <= 'Z' {
				letters++
			}
		}
		return letters >= 2
	}
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// isQuote reports whether token k is a quotation mark.
func (d *doc) isQuote(k int) bool {
	t := &d.toks[k]
	if t.shape != shPunct {
		return false
	}
	switch d.text[t.s:t.e] {
	case `"`, "'", "`", "“", "”", "‘", "’", "«", "»":
		return true
	}
	return false
}

// quoted reports whether token k lies inside a quotation that opens after
// token a: "“I feel ...”", "“We continue ...”".
func (d *doc) quoted(a, k int) bool {
	in := false
	for j := a; j < k; j++ {
		if d.toks[j].shape != shPunct {
			continue
		}
		switch d.text[d.toks[j].s:d.toks[j].e] {
		case `"`:
			in = !in
		case "“", "``", "«":
			in = true
		case "”", "''", "»":
			in = false
		}
	}
	return in
}

// punct returns the text of token k when it is punctuation, else "".
func (d *doc) punct(k int) string {
	t := &d.toks[k]
	if t.shape != shPunct {
		return ""
	}
	return d.text[t.s:t.e]
}
