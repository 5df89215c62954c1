package eval

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadLabeled(t *testing.T) {
	dir := t.TempDir()
	path := writeFile(t, dir, "casual.jsonl",
		`{"id": "a", "dct": "2011-02-28T10:30", "text": "2 hours ago, at 5 pm EST", "timexes": [`+
			`{"start": 0, "end": 11, "text": "2 hours ago", "type": "TIME", "value": "2011-02-28T08:30", "category": "relative-offset", "needs_dct_time": true},`+
			`{"start": 16, "end": 24, "text": "5 pm EST", "type": "TIME", "value": "2011-02-28T17:00", "category": "time-zone", "tz": "-05:00"}]}`+"\n\n"+
			`{"id": "b", "dct": "2011-02-28", "text": "none", "timexes": []}`+"\n")
	docs, err := LoadLabeled(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || len(docs[0].Timexes) != 2 || len(docs[1].Timexes) != 0 {
		t.Fatalf("loaded %+v", docs)
	}
	if got := docs[0].DCT.Format("2006-01-02T15:04"); got != "2011-02-28T10:30" {
		t.Errorf("DCT %s, want the clock kept", got)
	}
	want := []Label{{Category: "relative-offset", NeedsDCTTime: true}, {Category: "time-zone", TZ: "-05:00"}}
	for i, l := range docs[0].Labels {
		if l != want[i] {
			t.Errorf("label %d = %+v, want %+v", i, l, want[i])
		}
	}
	if _, err := LoadLabeled(filepath.Join(dir, "missing.jsonl")); err == nil {
		t.Error("no error for a missing file")
	}
	bad := writeFile(t, dir, "bad.jsonl", `{"id": "a", "text": "abc", "timexes": [{"start": 1, "end": 9, "text": "bc"}]}`)
	if _, err := LoadLabeled(bad); err == nil || !strings.Contains(err.Error(), "bad.jsonl:1:") {
		t.Errorf("error %v, want one naming bad.jsonl:1", err)
	}
}

func TestScoreRecall(t *testing.T) {
	const text = "On Friday at 5 pm EST, and 2 hours ago, they met in 2010."
	doc := Labeled{
		Gold: Gold{ID: "d", Text: text, Timexes: []Span{
			span(text, "Friday", "DATE", "2011-02-25"),            // right, inside a longer prediction
			span(text, "5 pm EST", "TIME", "2011-02-25T17:00"),    // right with the zone written in
			span(text, "2 hours ago", "TIME", "2011-02-28T08:30"), // wrong value
			span(text, "2010", "DATE", "2010"),                    // missed
		}},
		Labels: []Label{{Category: "weekday"}, {Category: "time-zone", TZ: "-05:00"},
			{Category: "relative-offset", NeedsDCTTime: true}, {Category: "calendar-date"}},
	}
	tag := fixed(map[string][]Span{text: {
		span(text, "Friday at 5 pm EST", "TIME", "2011-02-25"),
		span(text, "5 pm EST", "TIME", "2011-02-25T17:00-05:00"),
		span(text, "2 hours ago", "TIME", "2011-02-27"),
		span(text, "they", "DATE", "2011"), // an extra prediction costs nothing
	}})
	r, errs := ScoreRecall([]Labeled{doc}, tag, 2)
	if r.Docs != 1 || r.All != (Count{Gold: 4, Right: 2, Overlap: 3}) || r.WithoutClock != (Count{Gold: 3, Right: 2, Overlap: 2}) {
		t.Errorf("recall %+v", r)
	}
	wantCats := []CategoryCount{
		{"calendar-date", Count{1, 0, 0}}, {"relative-offset", Count{1, 0, 1}},
		{"time-zone", Count{1, 1, 1}}, {"weekday", Count{1, 1, 1}},
	}
	if len(r.Categories) != len(wantCats) {
		t.Fatalf("categories %+v", r.Categories)
	}
	for i, c := range r.Categories {
		if c != wantCats[i] {
			t.Errorf("category %d = %+v, want %+v", i, c, wantCats[i])
		}
	}
	if len(errs) != 2 || errs[0].Kind != KindWrongValue || errs[0].Predicted.Value != "2011-02-27" || errs[1].Kind != KindMiss {
		t.Errorf("errors %v", errs)
	}
}

func TestSameZoned(t *testing.T) {
	tests := []struct {
		gold, tz, pred string
		want           bool
	}{
		{"2011-02-25T17:00", "", "2011-02-25T17:00", true},
		{"2011-02-25T17:00", "", "2011-02-25T17:00-05:00", false},
		{"2011-02-25T17:00", "-05:00", "2011-02-25T17:00-05:00", true},
		{"2011-02-25T17:00", "-05:00", "2011-02-25T17:00", true},
		{"2011-02-25T17:00", "-05:00", "2011-02-25T17:00-04:00", false},
		{"2011-02-25T17:00", "+00:00", "2011-02-25T17:00Z", true},
		{"2011-02-25T17", "+00:00", "2011-02-25T17:00Z", false},
	}
	for _, tt := range tests {
		if got := sameZoned(tt.gold, tt.tz, tt.pred); got != tt.want {
			t.Errorf("sameZoned(%q, %q, %q) = %v", tt.gold, tt.tz, tt.pred, got)
		}
	}
}

func TestWriteRecall(t *testing.T) {
	var b strings.Builder
	r := Recall{Docs: 2, All: Count{4, 2, 3}, WithoutClock: Count{3, 2, 2},
		Categories: []CategoryCount{{"weekday", Count{3, 2, 3}}, {"", Count{1, 0, 0}}}}
	if err := WriteRecall(&b, "casual", r); err != nil {
		t.Fatal(err)
	}
	want := `casual: 2 documents, 4 gold timexes (recall only)
                   gold  right      acc  overlap
all                   4      2    50.00    75.00
without dct clock     3      2    66.67    66.67
weekday               3      2    66.67   100.00
(none)                1      0     0.00     0.00
`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}
