package store

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// TestDecodeRow reads arrays as SQLite's json_array writes them, with the
// strings that need escaping, and refuses what it cannot have written.
func TestDecodeRow(t *testing.T) {
	ctx := context.Background()
	var dec rowDecoder
	db, err := Open(ctx, filepath.Join(t.TempDir(), "j.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()

	for _, text := range []string{
		"plain", "", `say "hi"`, `back\slash`, "tab\tnew\nline\r\x01\x1f", "slash / and \u00e9t\u00e9",
		"emoji \U0001F600 and \u2028", `\u0041 not an escape`, `"`, `\`, "ends with \\",
	} {
		var js string
		err := db.ro.QueryRowContext(ctx, `SELECT json_array(7, 3, '2025-05-19', '2025-05-19T15:00', NULL, '2025-05-19T15',
			'TIME', NULL, ?1, ?1, ?1, -1, 'r', 'dct', NULL, 'past', json_array(?1, 'b'), json_array(),
			?1, 12, 19, ?1, 'STATE', 'possible', 'NEG', 'by', 'narrative', 0.25,
			json_array(json_array(?1, 'person', 'agent', ?1), json_array('b', '', 'place', NULL)))`, text).Scan(&js)
		if err != nil {
			t.Fatal(err)
		}
		var r timeline.Row
		if err := dec.decode(js, &r); err != nil {
			t.Fatalf("%q: %v", js, err)
		}
		want := timeline.Row{EventID: 7, DocumentID: 3, Date: "2025-05-19T15", Type: timeline.TypeTime,
			Start: instant(t, "2025-05-19"), End: instant(t, "2025-05-19T15:00"),
			Event: text, Evidence: text, Expression: text, Offset: -1,
			How: timeline.Resolution{Rule: "r", Anchor: "dct", Tense: "past"}, Actors: []string{text, "b"},
			Trigger: text, TriggerStart: 12, TriggerEnd: 19, Lemma: text, Class: timeline.ClassState,
			Modality: timeline.ModalityPossible, Polarity: timeline.PolarityNegative, Relation: timeline.RelationBy,
			AnchoredBy: timeline.AnchoredByNarrative, Confidence: 0.25,
			Participants: []timeline.Participant{
				{Entity: timeline.Entity{Name: text, Kind: timeline.EntityPerson}, Role: timeline.RoleAgent, Alias: text},
				{Entity: timeline.Entity{Name: "b"}, Role: timeline.RolePlace},
			}}
		if !reflect.DeepEqual(r, want) {
			t.Errorf("%q:\n got %+v\nwant %+v", js, r, want)
		}
	}

	good := `[1,2,"2025-01-01","2025-01-02","day","2025-01-01","DATE",null,"e","s","x",0,"r","dct","v","past",["a"],null,` +
		`"t",5,6,"l","OCCURRENCE","asserted","POS","on","expression",1.0,[]]`
	var r timeline.Row
	if err := dec.decode(good, &r); err != nil || r.Places != nil || r.Actors[0] != "a" || r.Confidence != 1 || r.Participants != nil {
		t.Fatalf("decode(%s) = %+v, %v", good, r, err)
	}
	// A row without a time expression: its offset is null.
	if err := dec.decode(strings.Replace(good, `"x",0,`, `null,null,`, 1), &r); err != nil || r.Offset != 0 || r.Expression != "" {
		t.Fatalf("decode without an expression = %+v, %v", r, err)
	}
	// Escapes SQLite does not write but JSON allows.
	for js, want := range map[string]string{
		`"\ud83d\ude00 \u00e9\/\b\f"`: "\U0001F600 \u00e9/\b\f",
		`"\ud83d alone"`:              "\uFFFD alone",
	} {
		if err := dec.decode(strings.Replace(good, `"e"`, js, 1), &r); err != nil || r.Event != want {
			t.Errorf("event %s = %q, %v; want %q", js, r.Event, err, want)
		}
	}
	for _, bad := range []string{
		"", "[]", good[:len(good)-1], good + " ", strings.Replace(good, `"2025-01-01"`, `"May 2025"`, 1),
		strings.Replace(good, `1,2`, `"1",2`, 1), strings.Replace(good, `,0,`, `,,`, 1),
		strings.Replace(good, `"e"`, `"\x"`, 1), strings.Replace(good, `"e"`, `"\u12"`, 1),
		strings.Replace(good, `["a"]`, `["a",]`, 1), strings.Replace(good, `"s"`, `"s`, 1),
		strings.Replace(good, `1.0`, `"1.0"`, 1), strings.Replace(good, `1.0`, `1.0.0`, 1), strings.Replace(good, `1.0`, `null`, 1),
		strings.Replace(good, `,5,6,`, `,5.5,6,`, 1), strings.Replace(good, `[]]`, `[["a","person","agent"]]]`, 1),
		strings.Replace(good, `[]]`, `[["a","person","agent",null],]]`, 1), strings.Replace(good, `[]]`, `null]`, 1),
		strings.Replace(good, `[]]`, `[["a","person","agent",null,"x"]]]`, 1),
	} {
		if err := dec.decode(bad, &r); timeline.ErrorCode(err) != timeline.EINTERNAL {
			t.Errorf("decode(%s) = %v; want EINTERNAL", bad, err)
		}
	}
}

func instant(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := timeline.ParseInstant(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// BenchmarkDecodeRow decodes a typical row_json array, as an export does
// for every row.
func BenchmarkDecodeRow(b *testing.B) {
	js := `[123456,789,"2025-05-19","2025-05-20","day","2025-05-19","DATE",null,"talks opened in Geneva",` +
		`"Talks between the two delegations opened in Geneva on Monday, officials said.","on Monday",1234,` +
		`"weekday","dct","2025-05-19","past",["Vladimir Putin","Donald Trump"],["Geneva"],` +
		`"opened",1230,1236,"open","OCCURRENCE","asserted","POS","on","expression",0.9,` +
		`[["Vladimir Putin","person","agent","Putin"],["Donald Trump","person","co-agent",null],["Geneva","place","place",null]]]`
	var dec rowDecoder
	var r timeline.Row
	for b.Loop() {
		r = timeline.Row{}
		if err := dec.decode(js, &r); err != nil {
			b.Fatal(err)
		}
	}
}
