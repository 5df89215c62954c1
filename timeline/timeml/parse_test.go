package timeml

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

func TestParse(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name string
		in   string
		want Doc
	}{{
		name: "tempeval-3",
		in: `<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">
<DOCID>APW1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TITLE>Bombs
  rock embassies</TITLE>
<TEXT>
Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>, for <TIMEX3 tid="t2" type="DURATION" value="P3D" mod="APPROX">about three days</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>`,
		want: Doc{
			ID: "APW1", DCT: day(1998, 8, 7), DCTValue: "1998-08-07", Title: "Bombs rock embassies",
			Text: "\nBombs exploded Friday, for about three days.\n",
			Timexes: []Timex{
				{Start: 16, End: 22, Text: "Friday", TID: "t1", Type: "DATE", Value: "1998-08-07"},
				{Start: 28, End: 44, Text: "about three days", TID: "t2", Type: "DURATION", Value: "P3D", Mod: "APPROX"},
			},
			Events:    []Event{{Start: 7, End: 15, Text: "exploded", EID: "e1", Class: "OCCURRENCE"}},
			Instances: []Instance{{EIID: "ei1", EventID: "e1", Tense: "PAST"}},
			Links:     []Link{{LID: "l1", RelType: "IS_INCLUDED", From: "ei1", To: "t1", ToTime: true}},
		},
	}, {
		name: "dct as bare text",
		in:   `<TimeML><DCT> 1998-01-08 </DCT><TEXT>x</TEXT></TimeML>`,
		want: Doc{DCT: day(1998, 1, 8), DCTValue: "1998-01-08", Text: "x"},
	}, {
		name: "compact dct",
		in:   `<TimeML><DCT><TIMEX3 tid="t0" value="19980108">January 8</TIMEX3></DCT><TEXT>x</TEXT></TimeML>`,
		want: Doc{DCT: day(1998, 1, 8), DCTValue: "19980108", Text: "x"},
	}, {
		name: "dct with a time",
		in:   `<TimeML><DCT><TIMEX3 tid="t0" type="TIME" value="1998-01-08T10:30:05" functionInDocument="CREATION_TIME"/></DCT><TEXT>x</TEXT></TimeML>`,
		want: Doc{DCT: time.Date(1998, 1, 8, 10, 30, 5, 0, time.UTC), DCTValue: "1998-01-08T10:30:05", Text: "x"},
	}, {
		name: "creation time outside DCT wins over DCT text",
		in: `<TimeML><DCT>KUALA LUMPUR, April 1</DCT><HEADER>
<TIMEX3 tid="t9" type="DATE" value="1997-04-01" functionInDocument="CREATION_TIME">April 1</TIMEX3></HEADER><TEXT>x</TEXT></TimeML>`,
		want: Doc{DCT: day(1997, 4, 1), DCTValue: "1997-04-01", Text: "x"},
	}, {
		name: "unreadable dct keeps its value",
		in:   `<TimeML><DCT><TIMEX3 tid="t0" value="PRESENT_REF" functionInDocument="CREATION_TIME"/></DCT><TEXT>x</TEXT></TimeML>`,
		want: Doc{DCTValue: "PRESENT_REF", Text: "x"},
	}, {
		name: "creation time inside TEXT is a fallback and stays a timex",
		in:   `<TimeML><TEXT>On <TIMEX3 tid="t1" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">August 7</TIMEX3></TEXT></TimeML>`,
		want: Doc{DCT: day(1998, 8, 7), DCTValue: "1998-08-07", Text: "On August 7",
			Timexes: []Timex{{Start: 3, End: 11, Text: "August 7", TID: "t1", Type: "DATE", Value: "1998-08-07"}}},
	}, {
		name: "no dct",
		in:   `<TimeML><TEXT>x</TEXT></TimeML>`,
		want: Doc{Text: "x"},
	}, {
		name: "entities, CDATA and comments",
		in:   `<TimeML><TEXT>AT&amp;T &lt;b&gt; caf&#233;&nbsp;<TIMEX3 tid="t1" type="DATE" value="X">to<!-- c -->day</TIMEX3> <![CDATA[a<b]]></TEXT></TimeML>`,
		want: Doc{Text: "AT&T <b> café\u00a0today a<b",
			Timexes: []Timex{{Start: 16, End: 21, Text: "today", TID: "t1", Type: "DATE", Value: "X"}}},
	}, {
		name: "unicode offsets are bytes",
		in:   `<TimeML><TEXT>Ελλάδα <TIMEX3 tid="t1" type="DATE" value="2025">2025</TIMEX3></TEXT></TimeML>`,
		want: Doc{Text: "Ελλάδα 2025",
			Timexes: []Timex{{Start: 13, End: 17, Text: "2025", TID: "t1", Type: "DATE", Value: "2025"}}},
	}, {
		name: "nested and unknown tags",
		in: `<TimeML><TEXT><P>In <TIMEX3 tid="t1" type="DATE" value="1998-W02"><s>the week of <TIMEX3 tid="t2" type="DATE" value="1998-01-08">` +
			`<EVENT eid="e1">Jan</EVENT> 8</TIMEX3></s></TIMEX3></P><TEXT>inner</TEXT></TEXT></TimeML>`,
		want: Doc{Text: "In the week of Jan 8inner",
			Timexes: []Timex{
				{Start: 3, End: 20, Text: "the week of Jan 8", TID: "t1", Type: "DATE", Value: "1998-W02"},
				{Start: 15, End: 20, Text: "Jan 8", TID: "t2", Type: "DATE", Value: "1998-01-08"},
			},
			Events: []Event{{Start: 15, End: 18, Text: "Jan", EID: "e1"}}},
	}, {
		name: "empty timex, set attributes",
		in:   `<TimeML><TEXT>a<TIMEX3 tid="t1" type="DURATION" value="P1D"/> <TIMEX3 tid="t2" type="SET" value="P1W" quant="EVERY" freq="1X">weekly</TIMEX3></TEXT></TimeML>`,
		want: Doc{Text: "a weekly",
			Timexes: []Timex{
				{Start: 1, End: 1, TID: "t1", Type: "DURATION", Value: "P1D"},
				{Start: 2, End: 8, Text: "weekly", TID: "t2", Type: "SET", Value: "P1W", Quant: "EVERY", Freq: "1X"},
			}},
	}, {
		name: "carriage returns follow XML line-end rules",
		in:   "<TimeML><TEXT>a\r\nb\rc&#xD;</TEXT></TimeML>",
		want: Doc{Text: "a\nb\nc\r"},
	}, {
		name: "latin-1",
		in:   "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><TimeML><TEXT>caf\xe9 <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"PRESENT_REF\">now</TIMEX3></TEXT></TimeML>",
		want: Doc{Text: "café now",
			Timexes: []Timex{{Start: 6, End: 9, Text: "now", TID: "t1", Type: "DATE", Value: "PRESENT_REF"}}},
	}, {
		name: "lower-case tags, byte order mark",
		in:   "\ufeff<timeml><docid>d1</docid><text><timex3 tid=\"t1\" type=\"DATE\" value=\"1999\">1999</timex3></text></timeml>",
		want: Doc{ID: "d1", Text: "1999",
			Timexes: []Timex{{Start: 0, End: 4, Text: "1999", TID: "t1", Type: "DATE", Value: "1999"}}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(strings.NewReader(tt.in))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if !reflect.DeepEqual(*got, tt.want) {
				t.Errorf("Parse:\n got %+v\nwant %+v", *got, tt.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		code string
		msg  string // substring of the message
	}{
		{"mismatched end tag", "<TimeML>\n<TEXT>\n<TIMEX3>x</TEXT>\n</TimeML>", timeline.EINVALID, "line 3:"},
		{"truncated", "<TimeML><TEXT>abc", timeline.EINVALID, "unexpected EOF"},
		{"no TEXT", `<TimeML><DOCID>x</DOCID></TimeML>`, timeline.EINVALID, "no TEXT"},
		{"empty input", "", timeline.EINVALID, "no TEXT"},
		{"second TEXT", "<TimeML><TEXT>a</TEXT>\n<TEXT>b</TEXT></TimeML>", timeline.EINVALID, "line 2:"},
		{"unknown entity", "<TimeML><TEXT>&bogus;</TEXT></TimeML>", timeline.EINVALID, "line 1:"},
		{"invalid UTF-8", "<TimeML><TEXT>\xff</TEXT></TimeML>", timeline.EINVALID, "UTF-8"},
		{"illegal character", "<TimeML><TEXT>&#1;</TEXT></TimeML>", timeline.EINVALID, "illegal character"},
		{"unknown encoding", `<?xml version="1.0" encoding="KOI8-R"?><TimeML><TEXT/></TimeML>`, timeline.EINVALID, "KOI8-R"},
		{"not XML", "{\"id\": 1}", timeline.EINVALID, "no TEXT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tt.in))
			var te *timeline.Error
			if !errors.As(err, &te) {
				t.Fatalf("Parse error = %v (%T), want *timeline.Error", err, err)
			}
			if te.Code != tt.code || !strings.Contains(te.Message, tt.msg) {
				t.Errorf("Parse error = %s %q, want %s containing %q", te.Code, te.Message, tt.code, tt.msg)
			}
		})
	}
}

// failingReader returns some XML and then an I/O error.
type failingReader struct{ sent bool }

func (f *failingReader) Read(p []byte) (int, error) {
	if !f.sent {
		f.sent = true
		return copy(p, "<TimeML><TEXT>abc"), nil
	}
	return 0, errors.New("disk on fire")
}

func TestParseReadError(t *testing.T) {
	_, err := Parse(&failingReader{})
	if code := timeline.ErrorCode(err); code != timeline.EINTERNAL || !strings.Contains(err.Error(), "disk on fire") {
		t.Errorf("Parse error = %s %v, want %s with the reader's error", code, err, timeline.EINTERNAL)
	}
}

func TestParseDCT(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"1998-01-08", time.Date(1998, 1, 8, 0, 0, 0, 0, time.UTC), true},
		{"19980108", time.Date(1998, 1, 8, 0, 0, 0, 0, time.UTC), true},
		{"1998-01-08T10:00:00", time.Date(1998, 1, 8, 10, 0, 0, 0, time.UTC), true},
		{"1990-08-15T13:37", time.Date(1990, 8, 15, 13, 37, 0, 0, time.UTC), true},
		{"1998-01-08T23:00:00-05:00", time.Date(1998, 1, 8, 23, 0, 0, 0, time.UTC), true},
		{"1998-01-08TMO", time.Date(1998, 1, 8, 0, 0, 0, 0, time.UTC), true},
		{" 1998-01-08 ", time.Date(1998, 1, 8, 0, 0, 0, 0, time.UTC), true},
		{"1998-01", time.Time{}, false},
		{"199801089", time.Time{}, false},
		{"PRESENT_REF", time.Time{}, false},
		{"", time.Time{}, false},
	}
	for _, tt := range tests {
		got, ok := ParseDCT(tt.in)
		if !got.Equal(tt.want) || ok != tt.ok {
			t.Errorf("ParseDCT(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
