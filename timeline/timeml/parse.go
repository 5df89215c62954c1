package timeml

import (
	"bytes"
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
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, timeline.Errorf(timeline.EINTERNAL, "timeml: read: %v", err)
	}
	return ParseBytes(data)
}

// ParseBytes is Parse on a document held in memory. It does not keep data:
// the caller may reuse it once ParseBytes returns.
//
// A fast reader handles the common case (UTF-8, elements, attributes,
// comments, the predefined, numeric and HTML entities); whatever it is not
// sure of, including every error, goes to encoding/xml, which gives the
// same result on what the fast reader accepts and the messages otherwise.
func ParseBytes(data []byte) (*Doc, error) {
	return parseBytes(data, false)
}

// ParseText is ParseBytes for a caller that needs only the text, title, id
// and creation time: Timexes, Events, Instances and Links are left empty,
// which spares most of the reading's allocations. It accepts and rejects
// what ParseBytes does, with the same messages.
func ParseText(data []byte) (*Doc, error) {
	return parseBytes(data, true)
}

func parseBytes(data []byte, textOnly bool) (*Doc, error) {
	if doc, ok := parseFast(data, textOnly); ok {
		return doc, nil
	}
	return parseXML(bytes.NewReader(data), textOnly)
}

// parser builds a Doc from the events of a reader: the fast one or
// encoding/xml.
type parser struct {
	textOnly bool // keep no annotations (ParseText)
	stack    []frame

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

// attrs gives an element's attribute values by local name, matched in any
// letter case; "" when absent.
type attrs interface {
	get(name string) string
	// is reports whether the value of name equals value in any letter
	// case, as strings.EqualFold(get(name), value), without a copy.
	is(name, value string) bool
}

// errSecondText is the one error the parser itself finds in well-formed XML.
var errSecondText = timeline.Errorf(timeline.EINVALID, "second TEXT element")

func (p *parser) current() region {
	if len(p.stack) == 0 {
		return regionOther
	}
	return p.stack[len(p.stack)-1].region
}

// chars takes character data.
func (p *parser) chars(b []byte) {
	switch p.current() {
	case regionText:
		p.text.Write(b)
	case regionID:
		p.id.Write(b)
	case regionTitle:
		p.title.Write(b)
	case regionDCT:
		p.dctText.Write(b)
	}
}

// end closes the innermost element; the reader has checked nesting.
func (p *parser) end() {
	f := p.stack[len(p.stack)-1]
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
}

// start opens an element with the given local name.
func (p *parser) start(name string, a attrs) error {
	in := p.current()
	f := frame{region: in, timex: -1, event: -1}
	isTimex := strings.EqualFold(name, "TIMEX3")
	creation := isTimex && a.is("functionInDocument", "CREATION_TIME")
	switch {
	case p.textOnly && in == regionText:
		if creation && p.dctInText == "" {
			p.dctInText = a.get("value")
		}
	case p.textOnly && (strings.EqualFold(name, "MAKEINSTANCE") || strings.EqualFold(name, "TLINK")):
	case in == regionText && isTimex:
		f.timex = len(p.timexes)
		p.timexes = append(p.timexes, Timex{
			Start: p.text.Len(),
			TID:   a.get("tid"),
			Type:  a.get("type"),
			Value: a.get("value"),
			Mod:   a.get("mod"),
			Quant: a.get("quant"),
			Freq:  a.get("freq"),
		})
		if creation && p.dctInText == "" {
			p.dctInText = a.get("value")
		}
	case in == regionText && strings.EqualFold(name, "EVENT"):
		f.event = len(p.events)
		p.events = append(p.events, Event{Start: p.text.Len(), EID: a.get("eid"), Class: a.get("class")})
	case in == regionText:
		// Other inline markup (SIGNAL, ...): keep its text only.
	case strings.EqualFold(name, "MAKEINSTANCE"):
		p.instances = append(p.instances, Instance{
			EIID: a.get("eiid"), EventID: a.get("eventID"),
			Tense: a.get("tense"), Aspect: a.get("aspect"), Polarity: a.get("polarity"),
			Modality: a.get("modality"), POS: a.get("pos"),
		})
	case strings.EqualFold(name, "TLINK"):
		p.links = append(p.links, link(a))
	case isTimex && (creation || in == regionDCT) && !p.dctFound:
		p.dctValue, p.dctFound = a.get("value"), true
	case strings.EqualFold(name, "TEXT"):
		if p.seenText {
			return errSecondText
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

// link reads a TLINK: its source is an event instance or a time, and so is
// its target.
func link(a attrs) Link {
	l := Link{LID: a.get("lid"), RelType: a.get("relType")}
	if l.From = a.get("eventInstanceID"); l.From == "" {
		l.From, l.FromTime = a.get("timeID"), true
	}
	if l.To = a.get("relatedToEventInstance"); l.To == "" {
		l.To, l.ToTime = a.get("relatedToTime"), true
	}
	return l
}
