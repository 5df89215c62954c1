package timeml

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// parseFast reads the common case of a TimeML document without
// encoding/xml, several times faster. It reports false, leaving the
// document to encoding/xml, on anything it does not read exactly as
// encoding/xml (strict, with HTML entities) would: a declared encoding other
// than UTF-8, DOCTYPE and other directives, non-ASCII names, namespace
// prefixes on elements, and every error, the parser's own included.
func parseFast(data []byte, textOnly bool) (*Doc, bool) {
	s := scanner{data: data, names: map[string]string{}, p: parser{textOnly: textOnly}}
	s.p.text.Grow(len(data) / 4) // TimeML is mostly markup
	if !s.run() {
		return nil, false
	}
	doc, err := s.p.finish()
	return doc, err == nil
}

// scanner holds the state of one parseFast.
type scanner struct {
	data  []byte
	pos   int
	p     parser
	open  [][]byte // names of the open elements, innermost last
	attrs fastAttrs
	buf   []byte            // text decoded from entities or carriage returns
	names map[string]string // element names, allocated once each
}

// run reads the whole document and reports whether it could.
func (s *scanner) run() bool {
	d := s.data
	for s.pos < len(d) {
		if d[s.pos] != '<' {
			end := bytes.IndexByte(d[s.pos:], '<')
			if end < 0 {
				end = len(d)
			} else {
				end += s.pos
			}
			text, ok := s.decode(d[s.pos:end], modeText)
			if !ok {
				return false
			}
			s.p.chars(text)
			s.pos = end
			continue
		}
		if s.pos+1 >= len(d) {
			return false
		}
		var ok bool
		switch d[s.pos+1] {
		case '/':
			ok = s.endTag()
		case '?':
			ok = s.procInst()
		case '!':
			ok = s.bang()
		default:
			ok = s.startTag()
		}
		if !ok {
			return false
		}
	}
	return len(s.open) == 0
}

// startTag reads <name attr="value" ...> or <name .../> at s.pos.
func (s *scanner) startTag() bool {
	d := s.data
	i := s.pos + 1
	e := nameEnd(d, i)
	if e < 0 {
		return false
	}
	raw := d[i:e]
	if bytes.IndexByte(raw, ':') >= 0 {
		return false // a prefix brings namespace rules into play
	}
	s.attrs.list = s.attrs.list[:0]
	i = e
	empty := false
attributes:
	for {
		i = skipSpace(d, i)
		if i >= len(d) {
			return false
		}
		switch d[i] {
		case '>':
			i++
			break attributes
		case '/':
			if i+1 >= len(d) || d[i+1] != '>' {
				return false
			}
			i += 2
			empty = true
			break attributes
		}
		ae := nameEnd(d, i)
		if ae < 0 {
			return false
		}
		local, ok := localName(d[i:ae])
		if !ok {
			return false
		}
		i = skipSpace(d, ae)
		if i >= len(d) || d[i] != '=' {
			return false
		}
		i = skipSpace(d, i+1)
		if i >= len(d) || d[i] != '"' && d[i] != '\'' {
			return false
		}
		n := bytes.IndexByte(d[i+1:], d[i])
		if n < 0 {
			return false
		}
		value, ok := s.decode(d[i+1:i+1+n], modeAttr)
		if !ok {
			return false
		}
		if len(value) > 0 && len(s.buf) > 0 && &value[0] == &s.buf[0] {
			value = bytes.Clone(value) // s.buf is reused for the next value
		}
		s.attrs.list = append(s.attrs.list, fastAttr{local, value})
		i += n + 2
	}
	s.pos = i
	name, ok := s.names[string(raw)]
	if !ok {
		name = string(raw)
		s.names[name] = name
	}
	if s.p.start(name, &s.attrs) != nil {
		return false
	}
	if empty {
		s.p.end()
		return true
	}
	s.open = append(s.open, raw)
	return true
}

// endTag reads </name> at s.pos, which must close the innermost element.
func (s *scanner) endTag() bool {
	d := s.data
	i := s.pos + 2
	e := nameEnd(d, i)
	if e < 0 || len(s.open) == 0 || !bytes.Equal(d[i:e], s.open[len(s.open)-1]) {
		return false
	}
	i = skipSpace(d, e)
	if i >= len(d) || d[i] != '>' {
		return false
	}
	s.pos = i + 1
	s.open = s.open[:len(s.open)-1]
	s.p.end()
	return true
}

// procInst reads <?target ...?> at s.pos. The XML declaration may only
// declare version 1.0 and UTF-8, as encoding/xml checks.
func (s *scanner) procInst() bool {
	d := s.data
	i := s.pos + 2
	e := nameEnd(d, i)
	if e < 0 {
		return false
	}
	c := skipSpace(d, e)
	n := bytes.Index(d[c:], []byte("?>"))
	if n < 0 {
		return false
	}
	if string(d[i:e]) == "xml" {
		content := string(d[c : c+n])
		if v := procInst("version", content); v != "" && v != "1.0" {
			return false
		}
		if enc := procInst("encoding", content); enc != "" && !strings.EqualFold(enc, "utf-8") {
			return false
		}
	}
	s.pos = c + n + 2
	return true
}

// bang reads a comment or a CDATA section at s.pos; directives such as
// DOCTYPE are left to encoding/xml.
func (s *scanner) bang() bool {
	d := s.data
	rest := d[s.pos:]
	switch {
	case bytes.HasPrefix(rest, []byte("<!--")):
		// encoding/xml ends a comment at the first "--", which must be
		// followed by '>'.
		n := bytes.Index(rest[4:], []byte("--"))
		if n < 0 || 4+n+2 >= len(rest) || rest[4+n+2] != '>' {
			return false
		}
		s.pos += 4 + n + 3
		return true
	case bytes.HasPrefix(rest, []byte("<![CDATA[")):
		n := bytes.Index(rest[9:], []byte("]]>"))
		if n < 0 {
			return false
		}
		text, ok := s.decode(rest[9:9+n], modeCDATA)
		if !ok {
			return false
		}
		s.p.chars(text)
		s.pos += 9 + n + 3
		return true
	}
	return false
}

// mode says where decoded text comes from.
type mode int

const (
	modeText  mode = iota // character data: entities, no "]]>"
	modeAttr              // a quoted attribute value: entities, no '<'
	modeCDATA             // a CDATA section: taken as it is
)

// decode returns raw as encoding/xml reads it: carriage returns and CRLF
// as newlines, entities decoded (not in CDATA); false for what it rejects
// (invalid UTF-8, characters XML forbids, unknown or malformed entities,
// '<' in an attribute, "]]>" in text) or reads with quirks not copied here.
// The result is raw itself when nothing needs decoding, else it lies in
// s.buf until the next call.
func (s *scanner) decode(raw []byte, m mode) ([]byte, bool) {
	clean := true
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c >= 0x20 && c < utf8.RuneSelf && c != '&' && c != '<' && c != ']' {
			continue
		}
		switch {
		case c == '&':
			clean = clean && m == modeCDATA
		case c == '\r':
			clean = false
		case c == '<':
			if m == modeAttr {
				return nil, false
			}
		case c == ']':
			if m == modeText && i+2 < len(raw) && raw[i+1] == ']' && raw[i+2] == '>' {
				return nil, false
			}
		case c == '\t' || c == '\n':
		case c < 0x20:
			return nil, false
		default:
			r, size := utf8.DecodeRune(raw[i:])
			if r == utf8.RuneError && size == 1 || !inCharRange(r) {
				return nil, false
			}
			i += size - 1
		}
	}
	if clean {
		return raw, true
	}
	out := s.buf[:0]
	for i := 0; i < len(raw); {
		switch c := raw[i]; {
		case c == '\r':
			out = append(out, '\n')
			i++
			if i < len(raw) && raw[i] == '\n' {
				i++
			}
		case c == '&' && m != modeCDATA:
			text, n, ok := entity(raw[i:])
			if !ok {
				return nil, false
			}
			out = append(out, text...)
			i += n
		default:
			out = append(out, c)
			i++
		}
	}
	s.buf = out
	if len(out) == 0 {
		return nil, true
	}
	return out, true
}

// predefined are the entities XML itself defines.
var predefined = map[string]string{"lt": "<", "gt": ">", "amp": "&", "apos": "'", "quot": `"`}

// entity decodes the entity reference at the start of b ("&amp;",
// "&#233;", "&#xE9;", "&nbsp;") and returns its text and length.
func entity(b []byte) (string, int, bool) {
	semi := bytes.IndexByte(b, ';')
	if semi < 0 {
		return "", 0, false
	}
	ref := b[1:semi]
	if len(ref) > 0 && ref[0] == '#' {
		digits, base := ref[1:], 10
		if len(digits) > 0 && digits[0] == 'x' {
			digits, base = digits[1:], 16
		}
		if len(digits) == 0 {
			return "", 0, false
		}
		for _, c := range digits {
			if !('0' <= c && c <= '9' || base == 16 && ('a' <= c && c <= 'f' || 'A' <= c && c <= 'F')) {
				return "", 0, false
			}
		}
		n, err := strconv.ParseUint(string(digits), base, 64)
		if err != nil || n > unicode.MaxRune {
			return "", 0, false
		}
		r := rune(n)
		if !utf8.ValidRune(r) {
			r = utf8.RuneError // as string(rune(n)) makes of a surrogate
		}
		if !inCharRange(r) {
			return "", 0, false
		}
		return string(r), semi + 1, true
	}
	if nameEnd(ref, 0) != len(ref) {
		return "", 0, false
	}
	text, ok := predefined[string(ref)]
	if !ok {
		text, ok = xml.HTMLEntity[string(ref)]
	}
	if !ok || !validText(text) {
		return "", 0, false
	}
	return text, semi + 1, true
}

// validText reports whether s is UTF-8 made only of characters XML allows.
func validText(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || !inCharRange(r) {
			return false
		}
	}
	return true
}

// inCharRange reports whether XML allows the character r.
func inCharRange(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

// nameEnd returns the end of the ASCII XML name that starts at d[i], or -1
// when none does or the name goes on with a non-ASCII byte (encoding/xml
// checks those against Unicode tables; they are left to it).
func nameEnd(d []byte, i int) int {
	if i >= len(d) || !nameStart(d[i]) {
		return -1
	}
	j := i + 1
	for j < len(d) && nameByte(d[j]) {
		j++
	}
	if j < len(d) && d[j] >= utf8.RuneSelf {
		return -1
	}
	return j
}

func nameStart(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || c == '_' || c == ':'
}

func nameByte(c byte) bool {
	return nameStart(c) || '0' <= c && c <= '9' || c == '.' || c == '-'
}

// localName returns the local part of an attribute name as encoding/xml
// splits it: after the one colon, unless that leaves a side empty.
func localName(name []byte) ([]byte, bool) {
	i := bytes.IndexByte(name, ':')
	switch {
	case i < 0:
		return name, true
	case bytes.IndexByte(name[i+1:], ':') >= 0:
		return nil, false
	case i == 0 || i == len(name)-1:
		return name, true
	}
	return name[i+1:], true
}

func skipSpace(d []byte, i int) int {
	for i < len(d) && (d[i] == ' ' || d[i] == '\t' || d[i] == '\n' || d[i] == '\r') {
		i++
	}
	return i
}

// procInst returns the value of param in the content of an XML
// declaration, read as encoding/xml reads it (a copy of its helper).
func procInst(param, s string) string {
	param += "="
	lenp := len(param)
	i := 0
	var sep byte
	for i < len(s) {
		sub := s[i:]
		k := strings.Index(sub, param)
		if k < 0 || lenp+k >= len(sub) {
			return ""
		}
		i += lenp + k + 1
		if c := sub[lenp+k]; c == '\'' || c == '"' {
			sep = c
			break
		}
	}
	if sep == 0 {
		return ""
	}
	j := strings.IndexByte(s[i:], sep)
	if j < 0 {
		return ""
	}
	return s[i : i+j]
}

// fastAttrs are the attributes of the element being read.
type fastAttrs struct{ list []fastAttr }

type fastAttr struct{ local, value []byte }

func (as *fastAttrs) get(name string) string {
	for _, a := range as.list {
		if asciiEqualFold(a.local, name) {
			return string(a.value)
		}
	}
	return ""
}

func (as *fastAttrs) is(name, value string) bool {
	for _, a := range as.list {
		if asciiEqualFold(a.local, name) {
			// The value may hold any UTF-8: fold it as strings.EqualFold
			// does, converted without allocating.
			return strings.EqualFold(string(a.value), value)
		}
	}
	return value == ""
}

// asciiEqualFold is strings.EqualFold for an ASCII b, without converting
// it to a string.
func asciiEqualFold(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := range b {
		x, y := b[i], s[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}
