package timeml

import (
	"encoding/xml"
	"errors"
	"io"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
)

// Parse reads a TimeML document. Text is the character content of <TEXT>
// with every tag removed (unknown ones included) and entities decoded;
// Timexes are its TIMEX3 elements in the order they open, nested ones
// included. The creation time comes from the first TIMEX3 outside TEXT whose
// functionInDocument is CREATION_TIME, else from a TIMEX3 inside <DCT>, else
// from the bare text of <DCT>, else from a CREATION_TIME TIMEX3 inside TEXT.
//
// Malformed XML and a document without TEXT give a *timeline.Error with code
// EINVALID whose message names the line and column; a failing reader gives
// EINTERNAL.
func Parse(r io.Reader) (*Doc, error) {
	src := &errReader{r: r}
	p := &parser{dec: xml.NewDecoder(src)}
	p.dec.Strict = true
	p.dec.Entity = xml.HTMLEntity // news text carries &nbsp; and friends
	p.dec.CharsetReader = charsetReader
	for {
		tok, err := p.dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if src.err != nil && errors.Is(err, src.err) {
				return nil, timeline.Errorf(timeline.EINTERNAL, "timeml: read: %v", err)
			}
			return nil, p.errorf("%s", syntaxMessage(err))
		}
		if err := p.token(tok); err != nil {
			return nil, err
		}
	}
	return p.finish()
}

// parser holds the state of one Parse.
type parser struct {
	dec   *xml.Decoder
	stack []frame

	text      strings.Builder
	timexes   []Timex
	events    []Event
	instances []Instance
	links     []Link
	seenText  bool

	id, title, dctText strings.Builder
	dctValue           string // from a TIMEX3 outside TEXT
	dctFound           bool
	dctInText          string // fallback: CREATION_TIME TIMEX3 inside TEXT
}

// frame is one open element: its region and, for a TIMEX3 or an EVENT of
// the text, the index of its Timex or Event (else -1).
type frame struct {
	region region
	timex  int
	event  int
}

// region says which part of the document an element's character data
// belongs to; nested elements inherit it.
type region int

const (
	regionOther region = iota
	regionText
	regionID
	regionTitle
	regionDCT
)

func (p *parser) current() region {
	if len(p.stack) == 0 {
		return regionOther
	}
	return p.stack[len(p.stack)-1].region
}

func (p *parser) token(tok xml.Token) error {
	switch t := tok.(type) {
	case xml.StartElement:
		return p.start(t)
	case xml.EndElement:
		f := p.stack[len(p.stack)-1] // the decoder has checked nesting
		p.stack = p.stack[:len(p.stack)-1]
		if f.timex >= 0 {
			tx := &p.timexes[f.timex]
			tx.End = p.text.Len()
			tx.Text = p.text.String()[tx.Start:tx.End]
		}
		if f.event >= 0 {
			ev := &p.events[f.event]
			ev.End = p.text.Len()
			ev.Text = p.text.String()[ev.Start:ev.End]
		}
	case xml.CharData:
		switch p.current() {
		case regionText:
			p.text.Write(t)
		case regionID:
			p.id.Write(t)
		case regionTitle:
			p.title.Write(t)
		case regionDCT:
			p.dctText.Write(t)
		}
	}
	return nil
}

func (p *parser) start(t xml.StartElement) error {
	in := p.current()
	f := frame{region: in, timex: -1, event: -1}
	name := t.Name.Local
	isTimex := strings.EqualFold(name, "TIMEX3")
	creation := isTimex && strings.EqualFold(attr(t, "functionInDocument"), "CREATION_TIME")
	switch {
	case in == regionText && isTimex:
		f.timex = len(p.timexes)
		p.timexes = append(p.timexes, Timex{
			Start: p.text.Len(),
			TID:   attr(t, "tid"),
			Type:  attr(t, "type"),
			Value: attr(t, "value"),
			Mod:   attr(t, "mod"),
			Quant: attr(t, "quant"),
			Freq:  attr(t, "freq"),
		})
		if creation && p.dctInText == "" {
			p.dctInText = attr(t, "value")
		}
	case in == regionText && strings.EqualFold(name, "EVENT"):
		f.event = len(p.events)
		p.events = append(p.events, Event{Start: p.text.Len(), EID: attr(t, "eid"), Class: attr(t, "class")})
	case in == regionText:
		// Other inline markup (SIGNAL, ...): keep its text only.
	case strings.EqualFold(name, "MAKEINSTANCE"):
		p.instances = append(p.instances, Instance{
			EIID: attr(t, "eiid"), EventID: attr(t, "eventID"),
			Tense: attr(t, "tense"), Aspect: attr(t, "aspect"), Polarity: attr(t, "polarity"),
			Modality: attr(t, "modality"), POS: attr(t, "pos"),
		})
	case strings.EqualFold(name, "TLINK"):
		p.links = append(p.links, link(t))
	case isTimex && (creation || in == regionDCT) && !p.dctFound:
		p.dctValue, p.dctFound = attr(t, "value"), true
	case strings.EqualFold(name, "TEXT"):
		if p.seenText {
			return p.errorf("second TEXT element")
		}
		p.seenText = true
		f.region = regionText
	case strings.EqualFold(name, "DOCID"):
		f.region = regionID
	case strings.EqualFold(name, "TITLE"):
		f.region = regionTitle
	case strings.EqualFold(name, "DCT"):
		f.region = regionDCT
	}
	p.stack = append(p.stack, f)
	return nil
}

func (p *parser) finish() (*Doc, error) {
	if !p.seenText {
		return nil, timeline.Errorf(timeline.EINVALID, "timeml: no TEXT element")
	}
	d := &Doc{
		ID:      strings.TrimSpace(p.id.String()),
		Title:   strings.Join(strings.Fields(p.title.String()), " "),
		Text:    p.text.String(),
		Timexes: p.timexes,

		Events:    p.events,
		Instances: p.instances,
		Links:     p.links,
	}
	switch {
	case p.dctFound:
		d.DCTValue = p.dctValue
	case strings.TrimSpace(p.dctText.String()) != "":
		d.DCTValue = strings.TrimSpace(p.dctText.String())
	default:
		d.DCTValue = p.dctInText
	}
	d.DCT, _ = ParseDCT(d.DCTValue)
	return d, nil
}

// errorf returns an EINVALID error at the decoder's position.
func (p *parser) errorf(format string, args ...any) error {
	line, col := p.dec.InputPos()
	return timeline.Errorf(timeline.EINVALID, "timeml: line %d:%d: "+format, append([]any{line, col}, args...)...)
}

// syntaxMessage strips the decoder's "XML syntax error on line N" prefix,
// since errorf adds the line and column itself.
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

// link reads a TLINK: its source is an event instance or a time, and so is
// its target.
func link(t xml.StartElement) Link {
	l := Link{LID: attr(t, "lid"), RelType: attr(t, "relType")}
	if l.From = attr(t, "eventInstanceID"); l.From == "" {
		l.From, l.FromTime = attr(t, "timeID"), true
	}
	if l.To = attr(t, "relatedToEventInstance"); l.To == "" {
		l.To, l.ToTime = attr(t, "relatedToTime"), true
	}
	return l
}

// attr returns the value of the named attribute, "" when absent.
func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if strings.EqualFold(a.Name.Local, name) {
			return a.Value
		}
	}
	return ""
}

// errReader remembers the error of the underlying reader, so that Parse can
// tell a failing file from a malformed one.
type errReader struct {
	r   io.Reader
	err error
}

func (e *errReader) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err != nil && err != io.EOF {
		e.err = err
	}
	return n, err
}
