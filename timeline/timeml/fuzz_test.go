package timeml

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
)

// FuzzParse checks that Parse never panics, that every timex it returns is a
// valid slice of the text, and that writing a parsed document back gives the
// same text and timexes. Seeds live in testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	f.Add([]byte(`<TimeML><DCT><TIMEX3 tid="t0" value="1998-01-08" functionInDocument="CREATION_TIME"/></DCT><TEXT>On <TIMEX3 tid="t1" type="DATE" value="1998-01-09">Friday</TIMEX3>.</TEXT></TimeML>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Parse(bytes.NewReader(data))
		if err != nil {
			if timeline.ErrorCode(err) != timeline.EINVALID {
				t.Fatalf("Parse error code %q: %v", timeline.ErrorCode(err), err)
			}
			return
		}
		if !utf8.ValidString(doc.Text) {
			t.Fatalf("Text is not UTF-8: %q", doc.Text)
		}
		mentions := make([]timeline.Mention, len(doc.Timexes))
		for i, x := range doc.Timexes {
			if x.Start < 0 || x.Start > x.End || x.End > len(doc.Text) {
				t.Fatalf("timex %d: [%d,%d) outside text of %d bytes", i, x.Start, x.End, len(doc.Text))
			}
			if !runeBoundary(doc.Text, x.Start) || !runeBoundary(doc.Text, x.End) {
				t.Fatalf("timex %d: [%d,%d) not on rune boundaries", i, x.Start, x.End)
			}
			if doc.Text[x.Start:x.End] != x.Text {
				t.Fatalf("timex %d: Text %q, text has %q", i, x.Text, doc.Text[x.Start:x.End])
			}
			mentions[i] = timeline.Mention{Start: x.Start, End: x.End, Text: x.Text, Type: timeline.TimexType(x.Type),
				Value: x.Value, Mod: x.Mod, Quant: x.Quant, Freq: x.Freq}
		}
		var b bytes.Buffer
		if err := Write(&b, doc.ID, doc.DCT, doc.Text, mentions); err != nil {
			t.Fatalf("Write(Parse): %v", err)
		}
		again, err := Parse(&b)
		if err != nil {
			t.Fatalf("Parse(Write(Parse)): %v\n%s", err, b.String())
		}
		if again.Text != doc.Text || again.ID != strings.TrimSpace(doc.ID) || !again.DCT.Equal(doc.DCT) {
			t.Fatalf("round trip: id %q dct %v text %q; want %q %v %q", again.ID, again.DCT, again.Text, doc.ID, doc.DCT, doc.Text)
		}
		if got, want := spansOf(again.Timexes), spansOf(doc.Timexes); !reflect.DeepEqual(got, want) {
			t.Fatalf("round trip timexes:\n got %q\nwant %q", got, want)
		}
	})
}

// FuzzFastReader checks that the fast reader either defers to encoding/xml
// or reads a document exactly as encoding/xml does: never accepting what
// encoding/xml rejects, never reading it differently.
func FuzzFastReader(f *testing.F) {
	for _, s := range []string{
		`<?xml version="1.0" ?><TimeML xmlns:xsi="u" xsi:a="b"><DOCID> d1 </DOCID><DCT><TIMEX3 tid="t0" value="1998-01-08" functionInDocument="CREATION_TIME">Jan 8</TIMEX3></DCT><TITLE>A  title</TITLE>` +
			`<TEXT>On <TIMEX3 tid="t1" type="DATE" value="1998-01-09">Friday</TIMEX3> it <EVENT eid="e1" class="OCCURRENCE">fell</EVENT>.</TEXT>` +
			`<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST"/><TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/></TimeML>`,
		"<TimeML><TEXT>AT&amp;T &#233;&#xe9;&nbsp;\r\n\r<![CDATA[<a>]]><!-- c --></TEXT></TimeML>",
		"<TimeML><TEXT><TIMEX3 value='a&quot;\r\nb' tid = \"t1\"/>]]&gt;</TEXT ></TimeML>",
		"\ufeff<?xml version='1.0' encoding='utf-8'?><timeml><text>é</text></timeml>tail",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		agree(t, "input", data)
	})
}
