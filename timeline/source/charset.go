package source

import (
	"regexp"

	"golang.org/x/net/html/charset"
)

// metaCharset matches the charset of <meta charset="..."> or of a
// Content-Type <meta>'s content="text/html; charset=...".
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

// decodeDeclaredCharset decodes an HTML page from the legacy charset its
// <meta> declares (windows-1252, ISO-8859-x, Shift_JIS, ...) to UTF-8. It
// reports false when the page declares none, or UTF-8, or the bytes do not
// decode.
func decodeDeclaredCharset(data []byte) ([]byte, bool) {
	label, ok := declaredCharset(data)
	if !ok {
		return nil, false
	}
	enc, name := charset.Lookup(label)
	if enc == nil || name == "utf-8" {
		return nil, false
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil || checkText(out) != nil {
		return nil, false
	}
	return out, true
}

// declaredCharset finds the charset a page's first 1024 bytes declare in a
// <meta charset> or <meta http-equiv="Content-Type">, as browsers prescan.
func declaredCharset(data []byte) (string, bool) {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	m := metaCharset.FindSubmatch(head)
	if m == nil {
		return "", false
	}
	return string(m[1]), true
}
