package timeml

import (
	"encoding/xml"
	"errors"
	"io"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
)

// parseXML reads a document with encoding/xml: the reference the fast
// reader must agree with, and the source of every error message. r is in
// memory (Parse has read it whole), so every error is the document's.
func parseXML(r io.Reader, textOnly bool) (*Doc, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = true
	dec.Entity = xml.HTMLEntity // news text carries &nbsp; and friends
	dec.CharsetReader = charsetReader
	errorf := func(format string, args ...any) error {
		line, col := dec.InputPos()
		return timeline.Errorf(timeline.EINVALID, "timeml: line %d:%d: "+format, append([]any{line, col}, args...)...)
	}
	p := parser{textOnly: textOnly}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, errorf("%s", syntaxMessage(err))
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := p.start(t.Name.Local, xmlAttrs(t.Attr)); err != nil {
				return nil, errorf("%s", timeline.ErrorMessage(err))
			}
		case xml.EndElement:
			p.end()
		case xml.CharData:
			p.chars(t)
		}
	}
	return p.finish()
}

// xmlAttrs are the attributes of an encoding/xml start element.
type xmlAttrs []xml.Attr

func (as xmlAttrs) get(name string) string {
	for _, a := range as {
		if strings.EqualFold(a.Name.Local, name) {
			return a.Value
		}
	}
	return ""
}

func (as xmlAttrs) is(name, value string) bool {
	return strings.EqualFold(as.get(name), value)
}

// syntaxMessage strips the decoder's "XML syntax error on line N" prefix,
// since parseXML adds the line and column itself.
func syntaxMessage(err error) string {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return se.Msg
	}
	var le *timeline.Error
	if errors.As(err, &le) {
		return le.Message
	}
	return strings.TrimPrefix(err.Error(), "xml: ")
}
