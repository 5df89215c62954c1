package eval

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/timeml"
)

// writeFile writes content to dir/name, creating folders.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// tml renders a TimeML document with one timex over expr.
func tml(t *testing.T, id, text, expr, value string) string {
	t.Helper()
	i := strings.Index(text, expr)
	var b strings.Builder
	m := timeline.Mention{Start: i, End: i + len(expr), Type: timeline.TypeDate, Value: value}
	if err := timeml.Write(&b, id, time.Date(1998, 1, 8, 0, 0, 0, 0, time.UTC), text, []timeline.Mention{m}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestLoadPaths(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "corpus/b.tml", tml(t, "B", "B on Friday", "Friday", "1998-01-09"))
	writeFile(t, dir, "corpus/sub/a.TML", tml(t, "", "A in 1998", "1998", "1998"))
	writeFile(t, dir, "corpus/notes.txt", "not TimeML")
	single := writeFile(t, dir, "c.tml", tml(t, "C", "C today", "today", "1998-01-08"))
	// Code-point offsets: "Μάιος" is 5 code points and 10 bytes.
	jsonl := writeFile(t, dir, "gold.jsonl", `{"id": "J", "dct": "1998-01-08T10:00:00", "text": "Μάιος 1998, 19 Μαΐου", "timexes": [`+
		`{"start": 0, "end": 10, "text": "Μάιος 1998", "type": "DATE", "value": "1998-05", "tid": "t1"},`+
		`{"start": 12, "end": 20, "text": "19 Μαΐου", "type": "DATE", "value": "1998-05-19", "mod": "START"}]}`+"\n\n"+
		`{"id": "K", "dct": "", "text": "none", "timexes": []}`)

	docs, err := LoadPaths([]string{filepath.Join(dir, "corpus"), single, jsonl})
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(1998, 1, 8, 0, 0, 0, 0, time.UTC)
	want := []Gold{
		{ID: "B", DCT: day, Text: "B on Friday", Timexes: []Span{{5, 11, "Friday", "DATE", "1998-01-09"}}},
		{ID: "a", DCT: day, Text: "A in 1998", Timexes: []Span{{5, 9, "1998", "DATE", "1998"}}},
		{ID: "C", DCT: day, Text: "C today", Timexes: []Span{{2, 7, "today", "DATE", "1998-01-08"}}},
		{ID: "J", DCT: day.Add(10 * time.Hour), Text: "Μάιος 1998, 19 Μαΐου", Timexes: []Span{
			{0, 15, "Μάιος 1998", "DATE", "1998-05"}, {17, 30, "19 Μαΐου", "DATE", "1998-05-19"}}},
		{ID: "K", Text: "none", Timexes: []Span{}},
	}
	if !reflect.DeepEqual(docs, want) {
		t.Errorf("LoadPaths:\n got %+v\nwant %+v", docs, want)
	}
}

func TestLoadPathsErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, file, content string
		code, msg           string
	}{
		{"missing", "", "", timeline.ENOTFOUND, "no-such"},
		{"other extension", "x.txt", "hello", timeline.EINVALID, "x.txt: not a .tml"},
		{"malformed TimeML", "bad.tml", "<TimeML><TEXT>", timeline.EINVALID, "bad.tml: timeml: line 1"},
		{"bad JSON", "bad.jsonl", "{\"id\": \"a\", \"text\": \"x\", \"timexes\": []}\n{oops}\n", timeline.EINVALID, "bad.jsonl:2:"},
		{"offsets off the text", "off.jsonl", `{"id": "a", "text": "abc", "timexes": [{"start": 1, "end": 9, "text": "bc"}]}`, timeline.EINVALID, "off.jsonl:1: document a: timex 0"},
		{"text disagrees", "dis.jsonl", `{"id": "a", "text": "abc", "timexes": [{"start": 1, "end": 2, "text": "c"}]}`, timeline.EINVALID, "does not match"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, "no-such.tml")
			if tt.file != "" {
				path = writeFile(t, dir, tt.file, tt.content)
			}
			_, err := LoadPaths([]string{path})
			if code := timeline.ErrorCode(err); code != tt.code || !strings.Contains(timeline.ErrorMessage(err), tt.msg) {
				t.Errorf("LoadPaths error = %s %v, want %s containing %q", code, err, tt.code, tt.msg)
			}
		})
	}
}

func TestByteOffsets(t *testing.T) {
	got := byteOffsets("aΩ😀b", []int{0, 1, 2, 3, 4, 5, -1})
	if want := []int{0, 1, 3, 7, 8, -1, -1}; !reflect.DeepEqual(got, want) {
		t.Errorf("byteOffsets = %v, want %v", got, want)
	}
	if back := timeline.RuneOffsets("aΩ😀b", got[:5]); !reflect.DeepEqual(back, []int{0, 1, 2, 3, 4}) {
		t.Errorf("RuneOffsets(byteOffsets) = %v", back)
	}
}
