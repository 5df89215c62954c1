package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

func TestNewRejectsBadOptions(t *testing.T) {
	for _, tc := range []struct {
		format string
		opt    Options
	}{
		{"pdf", Options{}},
		{"", Options{}},
		{"timelinejs", Options{GroupBy: "place"}},
		{"table", Options{Width: -1}},
	} {
		_, err := New(tc.format, &bytes.Buffer{}, tc.opt)
		if timeline.ErrorCode(err) != timeline.EINVALID {
			t.Errorf("New(%q, %+v) = %v, want an EINVALID error", tc.format, tc.opt, err)
		}
	}
	if _, err := New("CSV", &bytes.Buffer{}, Options{}); err != nil {
		t.Errorf("format names are case-insensitive: %v", err)
	}
}

func TestEmptyTimeline(t *testing.T) {
	want := map[string]string{
		FormatCSV:        strings.Join(csvHeader, ",") + "\n",
		FormatJSON:       "[]\n",
		FormatJSONL:      "",
		FormatTimelineJS: "{\n  \"events\": []\n}\n",
	}
	for format, out := range want {
		var buf bytes.Buffer
		w, _ := New(format, &buf, Options{})
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if buf.String() != out {
			t.Errorf("%s of no rows = %q, want %q", format, buf.String(), out)
		}
	}
}

func TestCSVRoundTrip(t *testing.T) {
	out := render(t, FormatCSV, Options{Explain: true})
	records, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	rows := fixture()
	if len(records) != len(rows)+1 {
		t.Fatalf("%d records, want a header and %d rows", len(records), len(rows))
	}
	head := records[0]
	if got := strings.Join(head[:9], ","); got != "date,start,end,granularity,event,evidence,expression,document,published" {
		t.Errorf("first columns %s", got)
	}
	if got := strings.Join(head[len(head)-4:], ","); got != "rule,anchor,anchor_value,tense" {
		t.Errorf("explain columns %s", got)
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	for i, r := range rows {
		rec := records[i+1]
		if rec[col["evidence"]] != r.Evidence || rec[col["event"]] != r.Event {
			t.Errorf("row %d: evidence %q, want %q", i, rec[col["evidence"]], r.Evidence)
		}
		if rec[col["start"]] != timeline.FormatInstant(r.Start) || rec[col["end"]] != timeline.FormatInstant(r.End) {
			t.Errorf("row %d: interval %s..%s", i, rec[col["start"]], rec[col["end"]])
		}
		if rec[col["actors"]] != strings.Join(r.Actors, "; ") {
			t.Errorf("row %d: actors %q", i, rec[col["actors"]])
		}
		if rec[col["rule"]] != r.How.Rule {
			t.Errorf("row %d: rule %q", i, rec[col["rule"]])
		}
		if rec[col["trigger"]] != r.Trigger || rec[col["class"]] != string(r.Class) || rec[col["modality"]] != string(r.Modality) ||
			rec[col["polarity"]] != string(r.Polarity) || rec[col["relation"]] != string(r.Relation) ||
			rec[col["anchored_by"]] != string(r.AnchoredBy) || rec[col["confidence"]] != strconv.FormatFloat(r.Confidence, 'f', -1, 64) ||
			rec[col["trigger_start"]] != strconv.Itoa(r.TriggerStart) || rec[col["trigger_end"]] != strconv.Itoa(r.TriggerEnd) ||
			rec[col["lemma"]] != r.Lemma {
			t.Errorf("row %d: event columns %v", i, rec[col["trigger"]:col["participants"]])
		}
		var parts []string
		for _, p := range r.Participants {
			parts = append(parts, p.Name+" ("+string(p.Role)+")")
		}
		if rec[col["participants"]] != strings.Join(parts, ", ") {
			t.Errorf("row %d: participants %q", i, rec[col["participants"]])
		}
	}
}

func TestJSONStreamsValidDocuments(t *testing.T) {
	var all []map[string]any
	if err := json.Unmarshal(render(t, FormatJSON, Options{}), &all); err != nil {
		t.Fatal(err)
	}
	if len(all) != len(fixture()) {
		t.Fatalf("%d elements", len(all))
	}
	merged := all[6]
	if merged["event_id"] != 7.0 || merged["date_conflict"] != true || len(merged["sources"].([]any)) != 2 {
		t.Errorf("merged row: %v", merged)
	}
	// The event's fields: participants as objects with their role, the
	// confidence a number.
	if p, ok := merged["participants"].([]any); !ok || len(p) != 3 ||
		!reflect.DeepEqual(p[1], map[string]any{"name": "Donald Trump", "kind": "person", "role": "co-agent"}) {
		t.Errorf("participants: %#v", merged["participants"])
	}
	for field, want := range map[string]any{"trigger": "met", "lemma": "met", "trigger_start": 6.0, "trigger_end": 9.0,
		"class": "OCCURRENCE", "modality": "asserted", "polarity": "POS", "relation": "on", "anchored_by": "expression", "confidence": 0.9} {
		if merged[field] != want {
			t.Errorf("%s = %#v, want %#v", field, merged[field], want)
		}
	}
	if p, ok := all[0]["participants"].([]any); !ok || len(p) != 0 {
		t.Errorf("no participants must be [], not %#v", all[0]["participants"])
	}
	if _, ok := all[0]["rule"]; ok {
		t.Errorf("explain fields without Explain")
	}
	lines := strings.Split(strings.TrimSuffix(string(render(t, FormatJSONL, Options{Explain: true})), "\n"), "\n")
	if len(lines) != len(fixture()) {
		t.Fatalf("%d lines", len(lines))
	}
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		if _, ok := m["anchor_value"]; !ok {
			t.Errorf("explain fields missing: %s", l)
		}
	}
}

func TestTimelineJS(t *testing.T) {
	var doc struct {
		Title  map[string]any
		Events []tjsEvent
	}
	if err := json.Unmarshal(render(t, FormatTimelineJS, Options{Title: "T", GroupBy: GroupByActor}), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != len(fixture())-1 {
		t.Fatalf("%d events: the undated row must be left out", len(doc.Events))
	}
	byID := map[string]tjsEvent{}
	for _, e := range doc.Events {
		byID[e.UniqueID] = e
	}
	for id, want := range map[string]struct {
		start, end tjsDate
		display    string
	}{
		"e2":  {tjsDate{Year: "2024"}, tjsDate{}, "2024"},
		"e4":  {tjsDate{Year: "2025", Month: "5"}, tjsDate{}, "Early May 2025"},
		"e5":  {tjsDate{Year: "2025", Month: "5", Day: "12"}, tjsDate{Year: "2025", Month: "5", Day: "18"}, "Week of May 12, 2025"},
		"e7":  {tjsDate{Year: "2025", Month: "5", Day: "19"}, tjsDate{}, "19 May 2025"},
		"e13": {tjsDate{Year: "2025", Month: "5", Day: "20", Hour: "15", Minute: "0"}, tjsDate{}, "20 May 2025, 15:00"},
		"e3":  {tjsDate{Year: "2025", Month: "1"}, tjsDate{Year: "2025", Month: "3", Day: "31"}, "since Q1 2025"},
		"e19": {tjsDate{Year: "2025", Month: "5", Day: "19"}, tjsDate{}, "before 19 May 2025"},
		"e1":  {tjsDate{Year: "1990"}, tjsDate{Year: "1999"}, "1990s"},
	} {
		e := byID[id]
		var end tjsDate
		if e.EndDate != nil {
			end = *e.EndDate
		}
		if e.StartDate != want.start || end != want.end || e.DisplayDate != want.display {
			t.Errorf("%s: %+v..%+v %q, want %+v..%+v %q", id, e.StartDate, end, e.DisplayDate, want.start, want.end, want.display)
		}
	}
	if g := byID["e7"].Group; g != "Vladimir Putin" {
		t.Errorf("group by actor = %q", g)
	}
	if txt := byID["e14"].Text.Text; !strings.Contains(txt, "&#34;We will not sign") || !strings.Contains(txt, "Taking part: Sergei Lavrov (agent)") {
		t.Errorf("evidence not escaped, or no participants: %s", txt)
	}
	if h := byID["e17"].Text.Headline; h != "the war would never have happened (counterfactual, negated)" {
		t.Errorf("headline of a counterfactual, negated event = %q", h)
	}
}

func TestTableFitsWidth(t *testing.T) {
	for _, width := range []int{60, 80, 119, 120, 160} {
		out := string(render(t, FormatTable, Options{Width: width, Explain: true}))
		for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
			if w := textWidth(line); w > width {
				t.Errorf("width %d: line of %d columns: %q", width, w, line)
			}
		}
		if hasEvidence := strings.Contains(out, "EVIDENCE"); hasEvidence != (width >= evidenceMinWidth) {
			t.Errorf("width %d: evidence column shown = %v", width, hasEvidence)
		}
	}
	out := string(render(t, FormatTable, Options{}))
	if !strings.Contains(out, "He said, \"We will not sign, not today,\" and left. The talks ended | for now.") {
		t.Errorf("unbounded table must keep whole cells on one line:\n%s", out)
	}
}

func TestTruncate(t *testing.T) {
	for _, tc := range []struct {
		in    string
		width int
		want  string
	}{
		{"hello", 10, "hello"},
		{"hello world", 8, "hello w…"},
		{"hello world", 6, "hello…"},
		{"東京東京", 5, "東京…"},
		{"abc", 0, ""},
	} {
		if got := truncate(tc.in, tc.width); got != tc.want || textWidth(got) > tc.width {
			t.Errorf("truncate(%q, %d) = %q, want %q", tc.in, tc.width, got, tc.want)
		}
	}
}

func TestMarkdownEscapes(t *testing.T) {
	r := timeline.Row{Event: "a|b *c* <d>", Evidence: "line\nbreak", Document: "Doc", URL: "https://x.test/a (b)"}
	var buf bytes.Buffer
	w, _ := New(FormatMarkdown, &buf, Options{})
	w.Write(&r)
	w.Close()
	out := buf.String()
	for _, want := range []string{`a\|b \*c\* \<d\>`, "line break", "[Doc](https://x.test/a%20%28b%29)"} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q:\n%s", want, out)
		}
	}
	if n := strings.Count(strings.Split(out, "\n")[2], "|") - strings.Count(out, `\|`); n != 6 {
		t.Errorf("row has %d cell separators, want 6:\n%s", n, out)
	}
}

func TestHTMLIsSelfContainedAndEscaped(t *testing.T) {
	var buf bytes.Buffer
	w, _ := New(FormatHTML, &buf, Options{})
	for _, r := range browserRows() {
		w.Write(&r)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Count(out, "</script>") != 2 {
		t.Errorf("row text closed a <script> element")
	}
	for _, bad := range []string{"<script src", "<link", "@import", "url(", "<img", "javascript:document"} {
		if strings.Contains(out, bad) {
			t.Errorf("page contains %q: not self-contained or not escaped", bad)
		}
	}
	start := strings.Index(out, `<script type="application/json" id="timeline-data">`)
	end := strings.Index(out[start:], "</script>")
	var data pageData
	if err := json.Unmarshal([]byte(out[start+len(`<script type="application/json" id="timeline-data">`):start+end]), &data); err != nil {
		t.Fatalf("embedded data is not JSON: %v", err)
	}
	if len(data.Events) != len(browserRows()) || data.Events[len(data.Events)-1].Start != "" {
		t.Errorf("embedded events %d, undated last", len(data.Events))
	}
	if strings.Count(out, `data-testid="static-event"`) != len(browserRows()) {
		t.Errorf("static list incomplete")
	}
}

// failWriter fails every write, like a closed pipe.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }

func TestWriteErrorsSurface(t *testing.T) {
	rows := fixture()
	for _, format := range Formats {
		w, _ := New(format, failWriter{}, Options{})
		for i := range rows {
			w.Write(&rows[i])
		}
		if err := w.Close(); err == nil {
			t.Errorf("%s: Close hid a write error", format)
		}
		if err := w.Write(&rows[0]); err == nil {
			t.Errorf("%s: Write after Close succeeded", format)
		}
	}
}

func TestDisplayWhen(t *testing.T) {
	day := func(m time.Month, d int) time.Time { return time.Date(2025, m, d, 0, 0, 0, 0, time.UTC) }
	for _, tc := range []struct {
		row  timeline.Row
		want string
	}{
		{timeline.Row{Start: day(5, 19), End: day(5, 20), Granularity: "day", Relation: timeline.RelationOn}, "19 May 2025"},
		{timeline.Row{Start: day(5, 19), End: day(5, 20), Granularity: "day"}, "19 May 2025"},
		{timeline.Row{Start: day(5, 19), End: day(5, 20), Granularity: "day", Relation: timeline.RelationBefore}, "before 19 May 2025"},
		{timeline.Row{Start: day(1, 1), End: day(2, 1), Granularity: "month", Relation: timeline.RelationSince}, "since January 2025"},
		{timeline.Row{Start: day(5, 1), End: day(6, 1), Granularity: "month", Mod: "START", Relation: timeline.RelationAfter}, "after early May 2025"},
		{timeline.Row{Start: day(5, 12), End: day(5, 19), Granularity: "week", Relation: timeline.RelationUntil}, "until the week of May 12, 2025"},
		{timeline.Row{Start: day(1, 1), End: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), Granularity: "year", Relation: timeline.RelationBy}, "by 2025"},
		{timeline.Row{Start: time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), Granularity: "decade", Relation: timeline.RelationSince}, "since the 1990s"},
		{timeline.Row{Date: "XXXX-XX-XX", Relation: timeline.RelationBefore}, "XXXX-XX-XX"},
	} {
		if got := DisplayWhen(&tc.row); got != tc.want {
			t.Errorf("DisplayWhen(%s %s %v) = %q, want %q", tc.row.Relation, tc.row.Granularity, tc.row.Start, got, tc.want)
		}
	}
}

func TestEventCell(t *testing.T) {
	for _, tc := range []struct {
		row  timeline.Row
		want string
	}{
		{timeline.Row{Event: "talks began", Modality: timeline.ModalityAsserted, Polarity: timeline.PolarityPositive}, "talks began"},
		{timeline.Row{Event: "talks began"}, "talks began"},
		{timeline.Row{Event: "talks will begin", Modality: timeline.ModalityPlanned}, "talks will begin (planned)"},
		{timeline.Row{Event: "did not attend", Modality: timeline.ModalityAsserted, Polarity: timeline.PolarityNegative}, "did not attend (negated)"},
		{timeline.Row{Event: "had he won", Modality: timeline.ModalityCounterfactual, Polarity: timeline.PolarityNegative}, "had he won (counterfactual, negated)"},
		{timeline.Row{Expression: "Monday", Modality: timeline.ModalityPossible}, "Monday (possible)"},
	} {
		if got := eventCell(&tc.row); got != tc.want {
			t.Errorf("eventCell(%+v) = %q, want %q", tc.row, got, tc.want)
		}
	}
}

func TestDisplayDate(t *testing.T) {
	at := func(y int, m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, time.UTC) }
	for _, tc := range []struct {
		row  timeline.Row
		want string
	}{
		{timeline.Row{Start: at(2025, 5, 19, 0), End: at(2025, 5, 20, 0), Granularity: "day"}, "19 May 2025"},
		{timeline.Row{Date: "2025-05-19TEV", Start: at(2025, 5, 19, 18), End: at(2025, 5, 19, 22), Granularity: "part-of-day"}, "19 May 2025 (evening)"},
		{timeline.Row{Start: at(2025, 5, 19, 15), End: at(2025, 5, 19, 16), Granularity: "hour"}, "19 May 2025, 15:00"},
		{timeline.Row{Start: at(2025, 5, 17, 0), End: at(2025, 5, 19, 0), Granularity: "weekend"}, "Weekend of May 17, 2025"},
		{timeline.Row{Start: at(2025, 10, 24, 0), End: at(2025, 10, 27, 0), Granularity: "week", Mod: "END"}, "Late Week of October 20, 2025"},
		{timeline.Row{Start: at(2025, 5, 18, 0), End: at(2025, 5, 19, 0), Granularity: "weekend", Mod: "END"}, "Late Weekend of May 17, 2025"},
		{timeline.Row{Start: at(2025, 5, 1, 0), End: at(2025, 6, 1, 0), Granularity: "month"}, "May 2025"},
		{timeline.Row{Start: at(2025, 7, 1, 0), End: at(2025, 10, 1, 0), Granularity: "quarter"}, "Q3 2025"},
		{timeline.Row{Start: at(2025, 7, 1, 0), End: at(2026, 1, 1, 0), Granularity: "half"}, "H2 2025"},
		{timeline.Row{Date: "2025-WI", Start: at(2025, 12, 1, 0), End: at(2026, 3, 1, 0), Granularity: "season"}, "Winter 2025"},
		{timeline.Row{Start: at(2025, 6, 1, 0), End: at(2025, 9, 1, 0), Granularity: "season"}, "Jun – Aug 2025"},
		{timeline.Row{Start: at(2025, 1, 1, 0), End: at(2026, 1, 1, 0), Granularity: "year", Mod: "APPROX"}, "About 2025"},
		{timeline.Row{Start: at(1990, 1, 1, 0), End: at(2000, 1, 1, 0), Granularity: "decade"}, "1990s"},
		{timeline.Row{Start: at(1900, 1, 1, 0), End: at(2000, 1, 1, 0), Granularity: "century"}, "20th century"},
		{timeline.Row{Start: at(2025, 5, 3, 0), End: at(2025, 5, 9, 0)}, "3 May – 8 May 2025"},
		{timeline.Row{Date: "XXXX-WXX-1"}, "XXXX-WXX-1"},
	} {
		if got := DisplayDate(&tc.row); got != tc.want {
			t.Errorf("DisplayDate(%s %v) = %q, want %q", tc.row.Granularity, tc.row.Start, got, tc.want)
		}
	}
}
