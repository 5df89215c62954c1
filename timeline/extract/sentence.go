package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of a text as byte offsets, End exclusive, trimmed
// of surrounding whitespace.
type Sentence struct{ Start, End int }

// Sentences splits text into sentences in one pass over its bytes. It knows
// news abbreviations (Mr, Gen., U.S., a.m., Jan., Inc.), initials, decimals,
// ellipses and quotes, and it ends a sentence at a blank line and at a single
// newline unless the text is hard-wrapped (then only short or indented lines
// end a paragraph).
func Sentences(text string) []Sentence {
	return appendSentences(make([]Sentence, 0, len(text)/120+1), text)
}

// appendSentences appends the sentences of text to out.
func appendSentences(out []Sentence, text string) []Sentence {
	width, wrapped := wrapWidth(text)
	start := -1    // first byte of the open sentence, -1 between sentences
	lineStart := 0 // first byte of the current line
	emit := func(end int) {
		end = trimRight(text, start, end)
		if end > start {
			out = append(out, Sentence{start, end})
		}
		start = -1
	}
	for i := 0; i < len(text); {
		if start < 0 {
			// Between sentences: skip space, then open one.
			if text[i] == '\n' {
				i++
				lineStart = i
				continue
			}
			if n := spaceLen(text, i); n > 0 {
				i += n
				continue
			}
			start = i
		}
		// Inside a sentence only newlines and terminal punctuation matter.
		for i < len(text) && !sentByte[text[i]] {
			i++
		}
		if i >= len(text) {
			break
		}
		switch c := text[i]; {
		case c == '\n':
			if newlineEnds(text, i, lineStart, width, wrapped) {
				emit(i)
			}
			i++
			lineStart = i
		case c == 0xE2 && !hasAt(text, i, "…"):
			i++
		default:
			end, next, ok := terminal(text, i, start)
			if ok {
				emit(end)
			}
			i = next
		}
	}
	if start >= 0 {
		emit(len(text))
	}
	return out
}

// sentByte marks the bytes the splitter must look at inside a sentence:
// terminal punctuation, newlines and the lead byte of the ellipsis.
var sentByte [256]bool

func init() {
	for _, c := range []byte(".!?\n\xE2") {
		sentByte[c] = true
	}
}

// wrapWidth reports whether text looks hard-wrapped (no line longer than 100
// bytes and at least one long line continued by a lowercase line) and the
// wrap width. One-paragraph-per-line files fail the first test at once.
func wrapWidth(text string) (int, bool) {
	maxLen, cont := 0, 0
	prevLen := 0
	for i := 0; i <= len(text); {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			j = len(text)
		} else {
			j += i
		}
		n := j - i
		if n > 0 && text[j-1] == '\r' {
			n--
		}
		if n > 100 {
			return 0, false
		}
		if n > maxLen {
			maxLen = n
		}
		if prevLen >= 40 && n > 0 && text[i] >= 'a' && text[i] <= 'z' {
			cont++
		}
		prevLen = n
		i = j + 1
	}
	return maxLen, cont > 0
}

// newlineEnds decides whether the newline at i closes the open sentence.
func newlineEnds(text string, i, lineStart, width int, wrapped bool) bool {
	j := i + 1
	for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
		j++
	}
	if j >= len(text) || text[j] == '\n' || !wrapped {
		return true // blank line, end of text, or one paragraph per line
	}
	if j > i+1 || text[j] == '-' || text[j] == '*' || hasAt(text, j, "•") {
		return true // indented or bulleted line starts a paragraph
	}
	// In wrapped text a short line ends its paragraph (or is a heading).
	return (i-lineStart)*3 < width*2
}

// terminal examines the terminal punctuation at i (inside the sentence that
// starts at start). It returns where the sentence would end (after closing
// quotes and brackets), where scanning resumes, and whether it ends here.
func terminal(text string, i, start int) (end, next int, ok bool) {
	n := len(text)
	j, dots, strong := i, 0, false
	for j < n {
		switch {
		case text[j] == '.':
			dots++
			j++
			continue
		case text[j] == '!' || text[j] == '?':
			strong = true
			j++
			continue
		case hasAt(text, j, "…"):
			dots += 3
			j += len("…")
			continue
		}
		break
	}
	if dots == 1 && !strong {
		// Decimals (3.5), dotted words (U.S, e.g, example.com): no end.
		if j < n && i > start && isWordRuneAt(text, j) {
			return 0, j, false
		}
	}
	k := j
	for k < n {
		if w := closerLen(text, k); w > 0 {
			k += w
			continue
		}
		break
	}
	// What follows: skip spaces (a newline counts as space here: the newline
	// rule decides on its own).
	m := k
	for m < n {
		if w := spaceLen(text, m); w > 0 {
			m += w
		} else if text[m] == '\n' {
			m++
		} else {
			break
		}
	}
	if m >= n {
		return k, k, true
	}
	if m == k && k == j && isWordRuneAt(text, m) {
		return 0, j, false // "word.Word" glued: no sentence break
	}
	nextWord := wordAt(text, m)
	nc := text[m]
	lower := nc >= 'a' && nc <= 'z'
	if lower {
		return 0, k, false // "?" he asked / etc. and / no. of
	}
	if strong || dots > 1 {
		if dots > 1 && !strong && !isUpperStart(text, m) && !isOpener(text, m) {
			return 0, k, false // ellipsis inside a sentence
		}
		return k, k, true
	}
	// A single period: look at the word before it.
	ws := i
	for ws > start && ws > i-16 && (isAlnum(text[ws-1]) || text[ws-1] == '.' || text[ws-1] == '\'') {
		ws--
	}
	prev := text[ws:i]
	digit := nc >= '0' && nc <= '9'
	switch abbrevKind(prev) {
	case abbrTitle:
		return 0, k, false
	case abbrNumber: // No. 5, Art. 3
		if digit {
			return 0, k, false
		}
	case abbrMonth: // Jan. 5
		if digit || !isStarter(nextWord) && !isOpener(text, m) {
			return 0, k, false
		}
		return k, k, true
	case abbrClock: // 5 p.m. Monday / 5 p.m. The ...
		if digit || isClockFollower(nextWord) {
			return 0, k, false
		}
		return k, k, true
	case abbrAmbiguous: // U.S. Embassy, Apple Inc. Chief, George W. Bush
		if isStarter(nextWord) || isOpener(text, m) {
			return k, k, true
		}
		return 0, k, false
	}
	return k, k, true
}

// Abbreviation classes for the word before a period.
const (
	abbrNone      = iota
	abbrTitle     // never ends a sentence: Mr. Dr. Gen. vs.
	abbrNumber    // ends unless a number follows: No. 5
	abbrMonth     // ends only before a sentence starter: Jan.
	abbrClock     // a.m., p.m.: ends unless a weekday, zone or number follows
	abbrAmbiguous // ends only before a sentence starter: Inc. U.S. initials
)

var abbrevs = map[string]int{}

func init() {
	for _, w := range splitWords(`Mr Mrs Ms Dr Messrs Mme Mlle Prof Gen Sen Rep Gov Lt Col Maj Capt Cmdr Adm Sgt Cpl Pvt
		Brig Rev Hon St Ste Mt Ft Pres Supt Insp Det Gens Sens Reps Govs Lt.Col Lt.Gen vs v Vs cf approx
		est dept Dept Univ Assn Bros e.g i.e E.g I.e al Fr Sr.Sgt Atty Ave Blvd Rd`) {
		abbrevs[w] = abbrTitle
	}
	for _, w := range splitWords(`No Nos no nos Art Fig fig Vol vol pp Ch ch Sec sec Para para Tel tel Ed ed`) {
		abbrevs[w] = abbrNumber
	}
	for _, w := range splitWords(`Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec`) {
		abbrevs[w] = abbrMonth
	}
	for _, w := range splitWords(`a.m p.m A.M P.M am pm`) {
		abbrevs[w] = abbrClock
	}
	for _, w := range splitWords(`Inc Corp Co Ltd Jr Sr Bros LLC Plc plc Cos etc U.S U.K U.N E.U U.S.A N.Y D.C L.A
		S.A N.V A.G ft oz lb lbs kg km mph`) {
		abbrevs[w] = abbrAmbiguous
	}
}

func abbrevKind(w string) int {
	if k, ok := abbrevs[w]; ok {
		return k
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return abbrAmbiguous // an initial: George W. Bush, J. D. Vance
	}
	// Any other dotted word (N.Y.C, Ph.D) is an abbreviation.
	for i := 0; i < len(w); i++ {
		if w[i] == '.' {
			return abbrAmbiguous
		}
	}
	return abbrNone
}

// starters are capitalised words that begin sentences but rarely continue a
// name, used to decide whether "U.S. The" or "Inc. He" ends a sentence.
var starters = setOf(`The A An He She It They We I You His Her Its Their Our My Your This That These
		Those There Here But And Or So Yet Still However Meanwhile In On At For From By With After Before
		When While If As Although Though Because Since Until Once Now Then Also Some Many Most All Both
		Each Every No None Other Another Such What Who Why How Where Which Police Officials Mr Mrs Ms Dr
		Asked Earlier Later Last Next Today Yesterday Tomorrow Despite During Under Over Among Instead
		Only Even Just More Less One Two Three`)

func isStarter(w string) bool { return starters.has(w) }

var clockFollowers = setOf(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday EST EDT ET CST CDT CT
		MST MDT MT PST PDT PT GMT UTC BST CET CEST IST JST local Eastern Central Mountain Pacific Moscow
		London Paris Tokyo Beijing today tonight tomorrow yesterday`)

func isClockFollower(w string) bool { return clockFollowers.has(w) }

// spaceLen is the byte length of the horizontal space at i (ASCII blanks,
// carriage return, no-break space), 0 when there is none. Newlines are
// handled by the caller.
func spaceLen(text string, i int) int {
	switch c := text[i]; c {
	case ' ', '\t', '\r', '\v', '\f':
		return 1
	case 0xC2:
		if i+1 < len(text) && text[i+1] == 0xA0 {
			return 2
		}
	case 0xE2: // U+2000..U+200A spaces, U+2028/2029 separators, U+202F
		if i+2 < len(text) && text[i+1] == 0x80 {
			if b := text[i+2]; b <= 0x8A || b == 0xA8 || b == 0xA9 || b == 0xAF {
				return 3
			}
		}
	}
	return 0
}

// trimRight moves end back over whitespace, never before start.
func trimRight(text string, start, end int) int {
	for end > start {
		c := text[end-1]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f':
			end--
		case c == 0xA0 && end-2 >= start && text[end-2] == 0xC2:
			end -= 2
		case end-3 >= start && text[end-3] == 0xE2 && spaceLen(text, end-3) == 3:
			end -= 3
		default:
			return end
		}
	}
	return end
}

// closerLen is the byte length of a closing quote or bracket at i, else 0.
func closerLen(text string, i int) int {
	switch text[i] {
	case '"', '\'', ')', ']', '}':
		return 1
	case 0xE2:
		if hasAt(text, i, "”") || hasAt(text, i, "’") || hasAt(text, i, "›") {
			return 3
		}
	case 0xC2:
		if hasAt(text, i, "»") {
			return 2
		}
	}
	return 0
}

// isOpener reports an opening quote or bracket at i.
func isOpener(text string, i int) bool {
	switch text[i] {
	case '"', '\'', '(', '[', '`':
		return true
	}
	return hasAt(text, i, "“") || hasAt(text, i, "‘") || hasAt(text, i, "«")
}

// isUpperStart reports whether the rune at i is an upper-case letter or digit.
func isUpperStart(text string, i int) bool {
	c := text[i]
	if c < utf8.RuneSelf {
		return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsUpper(r)
}

// isWordRuneAt reports whether the rune at i is a letter or a digit.
func isWordRuneAt(text string, i int) bool {
	c := text[i]
	if c < utf8.RuneSelf {
		return isAlpha(c) || (c >= '0' && c <= '9')
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordAt returns the ASCII letters starting at i (enough for the lookups).
func wordAt(text string, i int) string {
	j := i
	for j < len(text) && isAlpha(text[j]) {
		j++
	}
	return text[i:j]
}

// splitWords splits a word list written in Go source.
func splitWords(s string) []string { return strings.Fields(s) }

func hasAt(text string, i int, s string) bool {
	return len(text)-i >= len(s) && text[i:i+len(s)] == s
}

func isAlpha(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

// isAlnum includes bytes of multi-byte runes so that non-ASCII letters count
// as word characters.
func isAlnum(c byte) bool { return isAlpha(c) || (c >= '0' && c <= '9') || c >= utf8.RuneSelf }
