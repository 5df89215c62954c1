package source

import (
	"fmt"
	"strings"
	"testing"
)

func TestJSONLines(t *testing.T) {
	data := strings.Join([]string{
		`{"id":"a1","title":"First","text":"Body one.","published":"2025-05-19T10:00:00Z","url":"https://x.example/1"}`,
		``,
		`{"headline":"Second","body":"Body two.","publishedAt":"May 18, 2025","link":"https://x.example/2","id":42}`,
		`{"content":"Body three.","pubDate":"Sat, 17 May 2025 08:00:00 GMT"}`,
		`{"article":"Body four.","datePublished":"2025-05-16"}`,
		`{"full_text":"Body five.","published_at":1747267200}`,
		`{"maintext":"Body six.","date_publish":"2025-05-14 09:00:00"}`,
		`{"Text":"Body seven.","DCT":"20250513","created_at":"2001-01-01"}`,
		`{"text":["Para one.","Para two."],"date":"2025-05-12"}`,
	}, "\n") + "\n"
	items := read(t, "news.jsonl", data, Options{})
	want := []struct{ source, id, title, url, text, published string }{
		{"news.jsonl:1", "a1", "First", "https://x.example/1", "Body one.", "2025-05-19"},
		{"news.jsonl:3", "42", "Second", "https://x.example/2", "Body two.", "2025-05-18"},
		{"news.jsonl:4", "", "", "", "Body three.", "2025-05-17"},
		{"news.jsonl:5", "", "", "", "Body four.", "2025-05-16"},
		{"news.jsonl:6", "", "", "", "Body five.", "2025-05-15"},
		{"news.jsonl:7", "", "", "", "Body six.", "2025-05-14"},
		{"news.jsonl:8", "", "", "", "Body seven.", "2025-05-13"},
		{"news.jsonl:9", "", "", "", "Para one.\n\nPara two.", "2025-05-12"},
	}
	if len(items) != len(want) {
		t.Fatalf("got %d items: %s", len(items), describe(items))
	}
	for i, w := range want {
		it := items[i]
		if it.Err != nil {
			t.Errorf("%s: %v", w.source, it.Err)
			continue
		}
		d := it.Doc
		if d.Source != w.source || it.ID != w.id || d.Title != w.title || d.URL != w.url || d.Text != w.text ||
			d.Published.Format("2006-01-02") != w.published || d.PublishedFrom != "metadata" {
			t.Errorf("item %d = %q %q %q %q %q %s %s, want %+v", i, d.Source, it.ID, d.Title, d.URL, d.Text, d.Published.Format("2006-01-02"), d.PublishedFrom, w)
		}
	}
}

func TestJSONLinesBadLinesContinue(t *testing.T) {
	data := "{\"text\":\"one\"}\n" +
		"{\"text\": oops}\n" + // malformed
		"{\"title\":\"no text here\"}\n" +
		"[1,2]\n" +
		"{\"text\":\"bad \xff byte\"}\n" +
		"{\"text\":\"late\",\"date\":\"2025-02-30\"}\n" +
		"{\"text\":\"nul \\u0000 char\"}\n" +
		"{\"text\":42}\n" +
		"{\"text\":\"one\"} trailing\n" +
		"{\"text\":\"last\"}" // no final newline
	items := read(t, "c.jsonl", data, Options{})
	want := []string{
		"doc c.jsonl:1",
		"c.jsonl:2: invalid JSON: invalid character 'o' looking for beginning of value",
		"c.jsonl:3: no text (looked for fields text, body,",
		"c.jsonl:4: expected an object, got an array",
		fmt.Sprintf("c.jsonl:5: invalid UTF-8 at byte offset %d", strings.IndexByte(data, 0xff)),
		`c.jsonl:6: impossible date "2025-02-30": February 2025 has 28 days (field "date")`,
		"c.jsonl:7: text has binary data (NUL byte at offset 4)",
		`c.jsonl:8: field "text" is a number, want a string`,
		fmt.Sprintf("c.jsonl:9: invalid JSON: unexpected data after the object at byte offset %d", strings.Index(data, " trailing")+1),
		"doc c.jsonl:10",
	}
	if len(items) != len(want) {
		t.Fatalf("got %d items, want %d: %s", len(items), len(want), describe(items))
	}
	for i, w := range want {
		got := describe(items[i : i+1])
		if !strings.Contains(got, w) {
			t.Errorf("item %d = %s, want %q", i, got, w)
		}
	}
}

func TestJSONLinesLongLine(t *testing.T) {
	long := `{"text":"` + strings.Repeat("x", 300) + `"}`
	data := `{"text":"short"}` + "\n" + long + "\n" + `{"text":"after"}` + "\n"
	items := read(t, "l.jsonl", data, Options{MaxSize: 100})
	got := describe(items)
	want := "[doc l.jsonl:1][err l.jsonl:2: line is 312 bytes, over the size limit of 100 bytes][doc l.jsonl:3]"
	if got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

func TestJSONLinesCRLFAndBlank(t *testing.T) {
	items := read(t, "w.ndjson", "{\"text\":\"a\"}\r\n\r\n   \r\n{\"text\":\"b\"}\r\n", Options{})
	if got := describe(items); got != "[doc w.ndjson:1][doc w.ndjson:4]" {
		t.Errorf("got %s", got)
	}
}

func TestJSONLinesOnlyBlankLines(t *testing.T) {
	readErr(t, "e.jsonl", strings.Repeat("\n", 10000), Options{}, "e.jsonl: empty file")
}

func TestJSONArray(t *testing.T) {
	data := `[
  {"title":"A","text":"Alpha.","date":"2025-05-19"},
  "not an object",
  {"title":"no text"},
  {"content":"Gamma."}
]`
	items := read(t, "a.json", data, Options{})
	want := "[doc a.json[0]][err a.json[1]: expected an object, got a string][err a.json[2]: no text (looked for fields text, body, content, article, full_text, maintext, article_text, story)][doc a.json[3]]"
	if got := describe(items); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if d := items[0].Doc; d.Title != "A" || d.Text != "Alpha." || d.Published.Format("2006-01-02") != "2025-05-19" {
		t.Errorf("first doc %+v", d)
	}
}

func TestJSONArraySyntaxErrorStops(t *testing.T) {
	items := read(t, "a.json", `[{"text":"a"}, {"text": nope}, {"text":"c"}]`, Options{})
	got := describe(items)
	if !strings.HasPrefix(got, "[doc a.json[0]][err a.json[1]: invalid JSON at byte offset") || len(items) != 2 {
		t.Errorf("got %s", got)
	}
}

func TestJSONArrayElementTooBig(t *testing.T) {
	big := `{"text":"` + strings.Repeat("y", 500) + `"}`
	items := read(t, "a.json", `[{"text":"a"},`+big+`,{"text":"c"}]`, Options{MaxSize: 200})
	want := "[doc a.json[0]][err a.json[1]: JSON value is over the size limit of 200 bytes]"
	if got := describe(items); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	// Elements each within the limit pass however long the array is.
	var b strings.Builder
	b.WriteString("[")
	for i := 0; i < 100; i++ {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(`{"text":"` + strings.Repeat("z", 100) + `"}`)
	}
	b.WriteString("]")
	items = read(t, "b.json", b.String(), Options{MaxSize: 200})
	if len(items) != 100 || items[99].Err != nil {
		t.Errorf("got %d items, last %s", len(items), describe(items[len(items)-1:]))
	}
}

func TestJSONArrayInvalidUTF8(t *testing.T) {
	data := "[{\"text\":\"a\"},\n {\"text\":\"b\xffc\"},\n {\"text\":\"d\"}]"
	items := read(t, "u.json", data, Options{})
	want := "[doc u.json[0]][err u.json[1]: invalid UTF-8 at byte offset 26][doc u.json[2]]"
	if got := describe(items); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if data[26] != 0xff {
		t.Fatalf("test data: byte 26 is %q", data[26])
	}
}

func TestJSONSingleObject(t *testing.T) {
	d := readDoc(t, "one.json", `{"headline":"H","body":"Text.","datePublished":"2025-05-19"}`, Options{})
	if d.Source != "one.json" || d.Title != "H" || d.Text != "Text." {
		t.Errorf("got %+v", d)
	}
}

func TestJSONErrors(t *testing.T) {
	readErr(t, "t.json", `{"text":"a"`, Options{}, "t.json: JSON ends early")
	items := read(t, "t.json", `[{"text":"a"}`, Options{})
	if got := describe(items); got != "[doc t.json[0]][err t.json: JSON ends early, at byte offset 13]" {
		t.Errorf("got %s", got)
	}
	readErr(t, "t.json", `"just a string"`, Options{}, "t.json: expected an object, got a string")
	readErr(t, "t.json", `{"text": }`, Options{}, "t.json: invalid JSON at byte offset")
	items = read(t, "t.json", `{"text":"a"} {"text":"b"}`, Options{})
	if got := describe(items); !strings.Contains(got, "(JSON Lines files should be named .jsonl)") {
		t.Errorf("got %s", got)
	}
}

func TestJSONLinesInDotJSON(t *testing.T) {
	// A .json file that is JSON Lines reads as JSON Lines.
	items := read(t, "x.json", "{\"text\":\"a\"}\n{\"text\":\"b\"}\n", Options{})
	if got := describe(items); got != "[doc x.json:1][doc x.json:2]" {
		t.Errorf("got %s", got)
	}
}

func TestJSONFieldsOverride(t *testing.T) {
	data := `{"text":"teaser","story":{"body":"Full story."},"when":"2025-05-19","name":"Headline","ref":"r-1","href":"https://x.example"}` + "\n"
	opt := Options{Fields: map[string]string{"text": "story.body", "published": "when", "title": "name", "id": "ref", "url": "href"}}
	it := readOne(t, "f.jsonl", data, opt)
	if it.Err != nil {
		t.Fatal(it.Err)
	}
	d := it.Doc
	if d.Text != "Full story." || d.Title != "Headline" || d.URL != "https://x.example" || it.ID != "r-1" || d.Published.Format("2006-01-02") != "2025-05-19" {
		t.Errorf("got %+v id %q", d, it.ID)
	}
	// An override names the only field used.
	readErr(t, "f.jsonl", `{"text":"teaser"}`, Options{Fields: map[string]string{"text": "body"}}, `f.jsonl:1: no text in field "body"`)
	it = readOne(t, "f.jsonl", `{"text":"a","date":"2025-05-19"}`, Options{Fields: map[string]string{"published": "ts"}})
	if it.Err != nil || !it.Doc.Published.IsZero() || !hasWarning(it, `f.jsonl:1: no field "ts"`) {
		t.Errorf("got %+v %v", it.Doc, it.Warnings)
	}
}

func TestJSONDescriptionLastResort(t *testing.T) {
	it := readOne(t, "d.jsonl", `{"title":"T","content":null,"description":"Only a summary."}`, Options{})
	if it.Err != nil || it.Doc.Text != "Only a summary." || !hasWarning(it, `d.jsonl:1: no text field; using "description"`) {
		t.Errorf("got %+v %v %v", it.Doc, it.Err, it.Warnings)
	}
	// A real text field wins over the description.
	d := readDoc(t, "d.jsonl", `{"description":"Summary.","body":"Body."}`, Options{})
	if d.Text != "Body." {
		t.Errorf("text %q", d.Text)
	}
}

func TestJSONDateCandidates(t *testing.T) {
	// An unreadable date field is skipped for the next one, with a warning.
	it := readOne(t, "d.jsonl", `{"text":"a","published":"n/a","date":"2025-05-19"}`, Options{})
	if it.Err != nil || it.Doc.Published.Format("2006-01-02") != "2025-05-19" || !hasWarning(it, `ignoring unrecognized date "n/a" (field "published")`) {
		t.Errorf("got %+v %v %v", it.Doc, it.Err, it.Warnings)
	}
	it = readOne(t, "d.jsonl", `{"text":"a","published":{"y":2025}}`, Options{})
	if it.Err != nil || !it.Doc.Published.IsZero() || !hasWarning(it, `ignoring field "published": an object is not a date`) {
		t.Errorf("got %+v %v %v", it.Doc, it.Err, it.Warnings)
	}
}

func TestOptionsFieldsInvalid(t *testing.T) {
	for _, fields := range []map[string]string{{"body": "x"}, {"text": ""}} {
		err := ReadFile(t.Context(), "a.jsonl", strings.NewReader(`{"text":"a"}`), Options{Fields: fields}, func(Item) error { return nil })
		if err == nil {
			t.Errorf("Fields %v accepted", fields)
		}
	}
}

func TestJSONEmptyArray(t *testing.T) {
	it := readOne(t, "e.json", " [ ] ", Options{})
	if it.Err != nil || it.Doc != nil || !hasWarning(it, "e.json: empty JSON array") {
		t.Errorf("got %s", describe([]Item{it}))
	}
	items := read(t, "e.json", "[] []", Options{})
	if got := describe(items); got != "[err e.json: unexpected data after the JSON value at byte offset 2][warn e.json: empty JSON array]" {
		t.Errorf("got %s", got)
	}
}
