package timeml

import (
	"io"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
)

// header opens a document the way TempEval-3 files do, so that its tools
// (and schema validators) accept what we write.
const header = `<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">

`

// Write writes text and its mentions as a TempEval-3 style TimeML document:
// DOCID, a DCT holding the creation-time TIMEX3 t0 (left out when dct is
// zero), and TEXT with one inline TIMEX3 per mention, numbered t1, t2, ... in
// text order, with type and value and, when set, mod, quant and freq.
//
// Mentions may nest but not overlap partially, and their offsets must lie on
// rune boundaries of text; otherwise Write returns an EINVALID error and
// writes nothing. Parse of the output gives back text and the mentions as
// Timexes (ordered by start, the longer first on a tie). The one exception:
// characters XML 1.0 cannot carry at all (invalid UTF-8, control characters
// other than tab, newline and carriage return) are written as one space per
// byte, which keeps every offset valid.
func Write(w io.Writer, id string, dct time.Time, text string, mentions []timeline.Mention) error {
	text = xmlSafe(text)
	order, err := nestingOrder(text, mentions)
	if err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString(header)
	b.WriteString("<DOCID>")
	escapeText(&b, xmlSafe(id))
	b.WriteString("</DOCID>\n\n")
	if !dct.IsZero() {
		value, typ := formatDCT(dct)
		b.WriteString(`<DCT><TIMEX3 tid="t0" type="` + typ + `" value="` + value +
			`" temporalFunction="false" functionInDocument="CREATION_TIME">` + value + "</TIMEX3></DCT>\n\n")
	}
	b.WriteString("<TEXT>")
	var open []int // End offsets of the TIMEX3 elements still open
	pos := 0
	for n, i := range order {
		m := &mentions[i]
		for len(open) > 0 && open[len(open)-1] <= m.Start {
			end := open[len(open)-1]
			open = open[:len(open)-1]
			escapeText(&b, text[pos:end])
			b.WriteString("</TIMEX3>")
			pos = end
		}
		escapeText(&b, text[pos:m.Start])
		pos = m.Start
		writeTimexStart(&b, n+1, m)
		if m.End == m.Start {
			b.WriteString("</TIMEX3>")
		} else {
			open = append(open, m.End)
		}
	}
	for len(open) > 0 {
		end := open[len(open)-1]
		open = open[:len(open)-1]
		escapeText(&b, text[pos:end])
		b.WriteString("</TIMEX3>")
		pos = end
	}
	escapeText(&b, text[pos:])
	b.WriteString("</TEXT>\n\n</TimeML>\n")
	_, err = io.WriteString(w, b.String())
	return err
}

// nestingOrder returns the indexes of mentions in the order their elements
// open: by start, the longer first on a tie, then as given. It rejects
// mentions that cannot be written inline.
func nestingOrder(text string, mentions []timeline.Mention) ([]int, error) {
	for i, m := range mentions {
		if m.Start < 0 || m.End < m.Start || m.End > len(text) {
			return nil, timeline.Errorf(timeline.EINVALID, "timeml: mention %d: offsets [%d,%d) outside text of %d bytes", i, m.Start, m.End, len(text))
		}
		if !runeBoundary(text, m.Start) || !runeBoundary(text, m.End) {
			return nil, timeline.Errorf(timeline.EINVALID, "timeml: mention %d: offsets [%d,%d) split a character", i, m.Start, m.End)
		}
	}
	order := make([]int, len(mentions))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		ma, mb := &mentions[order[a]], &mentions[order[b]]
		if ma.Start != mb.Start {
			return ma.Start < mb.Start
		}
		return ma.End > mb.End
	})
	var open []int // indexes of mentions whose element would still be open
	for _, i := range order {
		m := &mentions[i]
		for len(open) > 0 && mentions[open[len(open)-1]].End <= m.Start {
			open = open[:len(open)-1]
		}
		if len(open) > 0 {
			if outer := open[len(open)-1]; m.End > mentions[outer].End {
				return nil, timeline.Errorf(timeline.EINVALID, "timeml: mentions %d and %d overlap without nesting", outer, i)
			}
		}
		if m.End > m.Start {
			open = append(open, i)
		}
	}
	return order, nil
}

func writeTimexStart(b *strings.Builder, n int, m *timeline.Mention) {
	b.WriteString(`<TIMEX3 tid="t` + strconv.Itoa(n) + `"`)
	writeAttr(b, "type", string(m.Type))
	writeAttr(b, "value", m.Value)
	for _, a := range [...][2]string{{"mod", m.Mod}, {"quant", m.Quant}, {"freq", m.Freq}} {
		if a[1] != "" {
			writeAttr(b, a[0], a[1])
		}
	}
	b.WriteString(">")
}

func writeAttr(b *strings.Builder, name, value string) {
	b.WriteString(" " + name + `="`)
	for _, r := range xmlSafe(value) {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '"':
			b.WriteString("&quot;")
		case '\t', '\n', '\r': // literal ones would be normalized to spaces
			b.WriteString("&#x" + strconv.FormatInt(int64(r), 16) + ";")
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString(`"`)
}

// escapeText writes character data that reads back byte for byte: newlines
// and tabs stay literal for readable files, but carriage returns become
// references because a parser turns a literal CR LF into LF.
func escapeText(b *strings.Builder, s string) {
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '\r':
			b.WriteString("&#xD;")
		default:
			b.WriteRune(r)
		}
	}
}

// xmlSafe replaces every byte of what XML 1.0 cannot represent (invalid
// UTF-8 and the characters outside its Char production) with a space, so
// that byte offsets into s stay valid.
func xmlSafe(s string) string {
	for i, r := range s {
		if !xmlChar(r) || r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") {
			return sanitize(s)
		}
	}
	return s
}

func sanitize(s string) string {
	out := []byte(s)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !xmlChar(r) || r == utf8.RuneError && size == 1 {
			for k := i; k < i+size; k++ {
				out[k] = ' '
			}
		}
		i += size
	}
	return string(out)
}

// xmlChar reports whether r is in XML 1.0's Char production.
func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= utf8.MaxRune
}

func runeBoundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}
