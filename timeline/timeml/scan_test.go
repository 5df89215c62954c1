package timeml

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/internal/shared"
)

// agree fails t unless the fast reader defers on data or gives what
// encoding/xml gives, and unless ParseText gives what ParseBytes gives
// without the annotations; it reports whether the fast reader read it.
func agree(t testing.TB, name string, data []byte) bool {
	t.Helper()
	full, err := ParseBytes(data)
	text, textErr := ParseText(data)
	if full != nil {
		full := *full
		full.Timexes, full.Events, full.Instances, full.Links = nil, nil, nil, nil
		if !reflect.DeepEqual(text, &full) {
			t.Fatalf("%s: ParseText disagrees with ParseBytes:\n%+v\n%+v", name, text, full)
		}
	}
	if (err == nil) != (textErr == nil) || err != nil && err.Error() != textErr.Error() {
		t.Fatalf("%s: ParseText error %v; ParseBytes error %v", name, textErr, err)
	}
	fast, ok := parseFast(data, false)
	if !ok {
		return false
	}
	slow, err := parseXML(strings.NewReader(string(data)), false)
	if err != nil {
		t.Fatalf("%s: the fast reader accepts what encoding/xml rejects: %v", name, err)
	}
	if !reflect.DeepEqual(fast, slow) {
		t.Fatalf("%s: the readers disagree:\nfast %+v\n xml %+v", name, fast, slow)
	}
	return true
}

// TestFastReader compares the fast reader with encoding/xml on the cases it
// must read itself and on those it must leave to encoding/xml.
func TestFastReader(t *testing.T) {
	const doc = `<TimeML><DCT><TIMEX3 tid="t0" value="1998-01-08" functionInDocument="CREATION_TIME"/></DCT><TEXT>%s</TEXT></TimeML>`
	wrap := func(s string) string { return strings.Replace(doc, "%s", s, 1) }
	tests := []struct {
		name string
		in   string
		fast bool // the fast reader reads it itself
	}{
		{"tempeval-3 layout", `<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">
<DOCID>APW1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TITLE>Bombs
  rock embassies</TITLE>
<TEXT>
Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>`, true},
		{"entities", wrap(`AT&amp;T &lt;b&gt; caf&#233;&nbsp;&#xE9;&#x1F600;&quot;&apos;`), true},
		{"entities in attributes", wrap(`<TIMEX3 tid="t&amp;1" value='a&quot;b&#10;'>x</TIMEX3>`), true},
		{"single quotes, spaces around =", wrap(`<TIMEX3 tid = 't1'  value= "1999"	>x</TIMEX3>`), true},
		{"attributes without space between", wrap(`<TIMEX3 tid="t1"value="1999">x</TIMEX3>`), true},
		{"prefixed attribute matches its local name", wrap(`<TIMEX3 tid="t1" x:value="1999">x</TIMEX3>`), true},
		{"empty prefix keeps the whole name", wrap(`<TIMEX3 tid="t1" :value="1999" value:="2000">x</TIMEX3>`), true},
		{"carriage returns", "<TimeML><TEXT>a\r\nb\rc&#xD;\r&amp;\n\r</TEXT></TimeML>", true},
		{"carriage returns in attributes", "<TimeML><TEXT><TIMEX3 value=\"a\r\nb\rc\">x</TIMEX3></TEXT></TimeML>", true},
		{"comments", wrap(`to<!-- a - b -->day<!---->`), true},
		{"CDATA", wrap("<![CDATA[a<b&amp;]]]]><![CDATA[\r\n]]>"), true},
		{"processing instruction", `<?xml version='1.0' encoding='UTF-8'?><?style x?>` + wrap("x"), true},
		{"unicode text", wrap("Ελλάδα \u0085 \U0001F600 \u00a0"), true},
		{"byte order mark", "\ufeff" + wrap("x"), true},
		{"end tag with space", "<TimeML ><TEXT>x</TEXT ></TimeML\n>", true},
		{"text after the root", wrap("x") + "tail<more/>", true},
		{"]] and > apart", wrap("a]]b>c]>]&gt;]]&gt;"), true},
		{"surrogate reference becomes U+FFFD", wrap("&#xD800;"), true},
		{"nested and unknown tags", `<TimeML><TEXT><P>In <TIMEX3 tid="t1" type="DATE" value="1998-W02"><s>the week of <TIMEX3 tid="t2" type="DATE" value="1998-01-08">` +
			`<EVENT eid="e1">Jan</EVENT> 8</TIMEX3></s></TIMEX3></P><TEXT>inner</TEXT></TEXT></TimeML>`, true},

		{"latin-1 declared", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><TimeML><TEXT>caf\xe9</TEXT></TimeML>", false},
		{"other version", `<?xml version="1.1"?>` + wrap("x"), false},
		{"DOCTYPE", `<!DOCTYPE TimeML>` + wrap("x"), false},
		{"prefixed element", `<t:TimeML xmlns:t="u"><TEXT>x</TEXT></t:TimeML>`, false},
		{"non-ASCII name", wrap("<é>x</é>"), false},
		{"two colons", wrap(`<TIMEX3 a:b:c="1">x</TIMEX3>`), false},
		{"unknown entity", wrap("&bogus;"), false},
		{"entity without semicolon", wrap("&amp x"), false},
		{"upper-case hex reference", wrap("&#X41;"), false},
		{"reference to a forbidden character", wrap("&#1;"), false},
		{"control character", wrap("a\x01b"), false},
		{"invalid UTF-8", wrap("a\xffb"), false},
		{"U+FFFE", wrap("a\uFFFEb"), false},
		{"]]> in text", wrap("a]]>b"), false},
		{"< in an attribute", wrap(`<TIMEX3 value="a<b">x</TIMEX3>`), false},
		{"unquoted attribute", wrap(`<TIMEX3 value=1>x</TIMEX3>`), false},
		{"attribute without value", wrap(`<TIMEX3 value>x</TIMEX3>`), false},
		{"mismatched end tag", "<TimeML><TEXT><TIMEX3>x</TEXT></TimeML>", false},
		{"unclosed", "<TimeML><TEXT>x", false},
		{"stray end tag", wrap("x") + "</TimeML>", false},
		{"-- in a comment", wrap("<!-- a -- b -->"), false},
		{"unterminated comment", wrap("x") + "<!-- a", false},
		{"second TEXT", "<TimeML><TEXT>a</TEXT><TEXT>b</TEXT></TimeML>", false},
		{"no TEXT", "<TimeML><DOCID>x</DOCID></TimeML>", false},
		{"space after <", "<TimeML>< TEXT>x</TEXT></TimeML>", false},
		{"lone <", "<TimeML><TEXT>x</TEXT></TimeML><", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := agree(t, tt.name, []byte(tt.in)); got != tt.fast {
				t.Errorf("fast reader read it: %v; want %v", got, tt.fast)
			}
			// Whichever reads it, ParseBytes gives what encoding/xml gives.
			want, wantErr := parseXML(strings.NewReader(tt.in), false)
			got, err := ParseBytes([]byte(tt.in))
			if !reflect.DeepEqual(got, want) || (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error() {
				t.Errorf("ParseBytes = %+v, %v; encoding/xml gives %+v, %v", got, err, want, wantErr)
			}
		})
	}
}

// TestFastReaderCorpora checks that the fast reader reads every file of
// the TimeML corpora itself, exactly as encoding/xml does.
func TestFastReaderCorpora(t *testing.T) {
	for _, corpus := range []string{"timebank", "aquaint", "silver"} {
		t.Run(corpus, func(t *testing.T) {
			paths, err := filepath.Glob(filepath.Join(shared.Path(t, "data/timeml/"+corpus), "*.tml"))
			if err != nil || len(paths) == 0 {
				t.Fatalf("no .tml files: %v", err)
			}
			for _, path := range paths {
				data, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				if !agree(t, path, data) {
					t.Errorf("%s: left to encoding/xml", path)
				}
			}
			t.Logf("%d files read alike", len(paths))
		})
	}
}
