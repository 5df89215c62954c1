package timeml

import (
	"bytes"
	"errors"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// mention builds a mention over the first occurrence of expr in text.
func mention(text, expr string, typ timeline.TimexType, value string) timeline.Mention {
	i := strings.Index(text, expr)
	if i < 0 {
		panic("no " + expr + " in " + text)
	}
	return timeline.Mention{Start: i, End: i + len(expr), Text: expr, Type: typ, Value: value}
}

func TestWriteOutput(t *testing.T) {
	text := "\nOn Friday & <then>,\n\"twice\" a week.\n"
	ms := []timeline.Mention{
		mention(text, "Friday", timeline.TypeDate, "1998-08-07"),
		mention(text, "twice\" a week", timeline.TypeSet, "P1W"),
	}
	ms[1].Freq = "2X"
	var b bytes.Buffer
	if err := Write(&b, "APW<1>", time.Date(1998, 8, 8, 0, 0, 0, 0, time.UTC), text, ms); err != nil {
		t.Fatal(err)
	}
	want := `<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">

<DOCID>APW&lt;1&gt;</DOCID>

<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-08" temporalFunction="false" functionInDocument="CREATION_TIME">1998-08-08</TIMEX3></DCT>

<TEXT>
On <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> &amp; &lt;then&gt;,
"<TIMEX3 tid="t2" type="SET" value="P1W" freq="2X">twice" a week</TIMEX3>.
</TEXT>

</TimeML>
`
	if b.String() != want {
		t.Errorf("Write:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestWriteRoundTrip(t *testing.T) {
	ms := func(text string, spans ...[2]int) []timeline.Mention {
		var out []timeline.Mention
		for i, s := range spans {
			out = append(out, timeline.Mention{Start: s[0], End: s[1], Text: text[s[0]:s[1]],
				Type: timeline.TypeDate, Value: []string{"1998-01-08", "PT2H", "  XXXX-WXX-1 ", "a\"b&c<d>\te\nf"}[i%4]})
		}
		return out
	}
	tests := []struct {
		name     string
		dct      time.Time
		text     string
		mentions []timeline.Mention
	}{
		{"empty", time.Time{}, "", nil},
		{"no mentions", time.Date(2025, 5, 19, 0, 0, 0, 0, time.UTC), "nothing here", nil},
		{"dct with minutes", time.Date(1990, 8, 15, 13, 37, 0, 0, time.UTC), "today", ms("today", [2]int{0, 5})},
		{"dct with seconds", time.Date(1998, 2, 13, 14, 26, 9, 0, time.UTC), "x", nil},
		{"markup characters", time.Time{}, "a <b> & c ]]> 'q' \"d\"", ms("a <b> & c ]]> 'q' \"d\"", [2]int{2, 5}, [2]int{8, 13})},
		{"whitespace", time.Time{}, "\n\n  \tx\r\ny\r \n", ms("\n\n  \tx\r\ny\r \n", [2]int{5, 9})},
		{"unicode", time.Time{}, "Ελλάδα, 19 Μαΐου 2025 😀", ms("Ελλάδα, 19 Μαΐου 2025 😀", at("Ελλάδα, 19 Μαΐου 2025 😀", "19 Μαΐου 2025"), at("Ελλάδα, 19 Μαΐου 2025 😀", "😀"))},
		{"nested and identical", time.Time{}, "the week of Jan 8", ms("the week of Jan 8", [2]int{0, 17}, [2]int{12, 17}, [2]int{12, 17}, [2]int{12, 15})},
		{"adjacent and empty", time.Time{}, "MondayTuesday", ms("MondayTuesday", [2]int{0, 6}, [2]int{6, 13}, [2]int{6, 6}, [2]int{13, 13})},
		{"unsorted input", time.Time{}, "one two three", ms("one two three", [2]int{8, 13}, [2]int{0, 3}, [2]int{4, 7})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, "doc-1", tt.dct, tt.text, tt.mentions); err != nil {
				t.Fatalf("Write: %v", err)
			}
			doc, err := Parse(&b)
			if err != nil {
				t.Fatalf("Parse(Write): %v\n%s", err, b.String())
			}
			if doc.ID != "doc-1" || !doc.DCT.Equal(tt.dct) || doc.Text != tt.text {
				t.Errorf("Parse(Write) = id %q dct %v text %q; want %q %v %q", doc.ID, doc.DCT, doc.Text, "doc-1", tt.dct, tt.text)
			}
			if got, want := spansOf(doc.Timexes), spansOfMentions(tt.mentions); !reflect.DeepEqual(got, want) {
				t.Errorf("Parse(Write) timexes:\n got %q\nwant %q", got, want)
			}
		})
	}
}

// spansOf and spansOfMentions render timexes and mentions alike, sorted, so
// that a round trip can be compared regardless of tids and of the order of
// empty elements.
func spansOf(tx []Timex) []string {
	var out []string
	for _, x := range tx {
		out = append(out, spanKey(x.Start, x.End, x.Text, x.Type, x.Value, x.Mod, x.Quant, x.Freq))
	}
	sort.Strings(out)
	return out
}

func spansOfMentions(ms []timeline.Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, spanKey(m.Start, m.End, m.Text, string(m.Type), m.Value, m.Mod, m.Quant, m.Freq))
	}
	sort.Strings(out)
	return out
}

func spanKey(start, end int, fields ...string) string {
	return strings.Join(append([]string{time.Duration(start).String(), time.Duration(end).String()}, fields...), "|")
}

// at returns the byte span of the first occurrence of expr in text.
func at(text, expr string) [2]int {
	i := strings.Index(text, expr)
	return [2]int{i, i + len(expr)}
}

func TestWriteInvalid(t *testing.T) {
	text := "in May 2025 ü"
	tests := []struct {
		name     string
		mentions []timeline.Mention
		msg      string
	}{
		{"partial overlap", []timeline.Mention{{Start: 3, End: 6}, {Start: 4, End: 11}}, "overlap"},
		{"negative", []timeline.Mention{{Start: -1, End: 2}}, "outside"},
		{"past the end", []timeline.Mention{{Start: 3, End: 99}}, "outside"},
		{"reversed", []timeline.Mention{{Start: 5, End: 3}}, "outside"},
		{"inside a character", []timeline.Mention{{Start: 12, End: 13}}, "split"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			err := Write(&b, "d", time.Time{}, text, tt.mentions)
			var te *timeline.Error
			if !errors.As(err, &te) || te.Code != timeline.EINVALID || !strings.Contains(te.Message, tt.msg) {
				t.Fatalf("Write error = %v, want EINVALID containing %q", err, tt.msg)
			}
			if b.Len() != 0 {
				t.Errorf("Write wrote %d bytes before failing", b.Len())
			}
		})
	}
}

func TestWriteSanitizes(t *testing.T) {
	text := "a\x00b\x0c\xffc 1998"
	ms := []timeline.Mention{{Start: 7, End: 11, Text: "1998", Type: timeline.TypeDate, Value: "1998"}}
	var b bytes.Buffer
	if err := Write(&b, "d\x01", time.Time{}, text, ms); err != nil {
		t.Fatal(err)
	}
	doc, err := Parse(&b)
	if err != nil {
		t.Fatalf("Parse(Write): %v", err)
	}
	if want := "a b  c 1998"; doc.Text != want || doc.ID != "d" {
		t.Errorf("Parse(Write) text %q id %q, want %q %q", doc.Text, doc.ID, want, "d")
	}
	if len(doc.Timexes) != 1 || doc.Timexes[0].Text != "1998" || doc.Timexes[0].Start != 7 {
		t.Errorf("Parse(Write) timexes = %+v", doc.Timexes)
	}
}

// failingWriter fails every write.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("full") }

func TestWriteWriterError(t *testing.T) {
	if err := Write(failingWriter{}, "d", time.Time{}, "x", nil); err == nil || err.Error() != "full" {
		t.Errorf("Write error = %v, want the writer's", err)
	}
}
