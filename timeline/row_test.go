package timeline

import (
	"math"
	"strings"
	"testing"
	"time"
)

func d(y, m, day int) time.Time { return time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC) }

func TestSortTimelineOrder(t *testing.T) {
	rows := []Row{
		{EventID: 1, Date: "2025-05-19", Start: d(2025, 5, 19), End: d(2025, 5, 20), DocumentID: 1, TriggerStart: 50},
		{EventID: 2, Date: "2025-05", Start: d(2025, 5, 1), End: d(2025, 6, 1), DocumentID: 2},
		{EventID: 3, Date: "2025-05-01", Start: d(2025, 5, 1), End: d(2025, 5, 2), DocumentID: 1},
		{EventID: 4, Date: "2025-05-19", Start: d(2025, 5, 19), End: d(2025, 5, 20), DocumentID: 1, TriggerStart: 10},
		{EventID: 5, Date: "2020", Start: d(2020, 1, 1), End: d(2021, 1, 1), DocumentID: 3},
		{EventID: 6, Date: "2025-05-19", Start: d(2025, 5, 19), End: d(2025, 5, 20), DocumentID: 0, TriggerStart: 99},
	}
	Sort(rows)
	var got []int64
	for _, r := range rows {
		got = append(got, r.EventID)
	}
	// 2020; May 2025 before 2025-05-01 (longer first); then by document, offset.
	want := []int64{5, 2, 3, 6, 4, 1}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("order %v, want %v", got, want)
		}
	}
}

func TestIntervalRelations(t *testing.T) {
	may := Interval{Start: d(2025, 5, 1), End: d(2025, 6, 1)}
	cases := []struct {
		name             string
		iv               Interval
		overlaps, inside bool
	}{
		{"day inside", Interval{d(2025, 5, 19), d(2025, 5, 20)}, true, true},
		{"week straddling", Interval{d(2025, 5, 26), d(2025, 6, 2)}, true, false},
		{"next month", Interval{d(2025, 6, 1), d(2025, 7, 1)}, false, false},
		{"the year", Interval{d(2025, 1, 1), d(2026, 1, 1)}, true, false},
		{"itself", may, true, true},
	}
	for _, tc := range cases {
		if got := may.Overlaps(tc.iv); got != tc.overlaps {
			t.Errorf("%s: Overlaps = %v", tc.name, got)
		}
		if got := may.Contains(tc.iv); got != tc.inside {
			t.Errorf("%s: Contains = %v", tc.name, got)
		}
	}
	if !(Interval{}).IsZero() || may.IsZero() {
		t.Error("IsZero")
	}
}

func TestFormatAndParseInstant(t *testing.T) {
	cases := []struct {
		t    time.Time
		want string
	}{
		{d(2025, 5, 19), "2025-05-19"},
		{time.Date(2025, 5, 19, 15, 30, 0, 0, time.UTC), "2025-05-19T15:30"},
		{time.Date(2025, 5, 19, 15, 30, 5, 0, time.UTC), "2025-05-19T15:30:05"},
		{time.Time{}, ""},
	}
	for _, tc := range cases {
		got := FormatInstant(tc.t)
		if got != tc.want {
			t.Errorf("FormatInstant(%v) = %q, want %q", tc.t, got, tc.want)
		}
		if got == "" {
			continue
		}
		back, err := ParseInstant(got)
		if err != nil || !back.Equal(tc.t) {
			t.Errorf("ParseInstant(%q) = %v, %v", got, back, err)
		}
	}
	if _, err := ParseInstant("2025-02-30"); ErrorCode(err) != EINVALID {
		t.Errorf("impossible date: %v", err)
	}
}

func TestFilterValidate(t *testing.T) {
	may := &Interval{Start: d(2025, 5, 1), End: d(2025, 6, 1)}
	april := &Interval{Start: d(2025, 4, 1), End: d(2025, 5, 1)}
	cases := []struct {
		name string
		f    Filter
		ok   bool
	}{
		{"empty", Filter{}, true},
		{"range", Filter{From: april, To: may}, true},
		{"same month", Filter{From: may, To: may}, true},
		{"reversed", Filter{From: may, To: april}, false},
		{"negative limit", Filter{Limit: -1}, false},
		{"negative offset", Filter{Offset: -1}, false},
		{"granularity", Filter{Granularity: []Granularity{GranularityDay, GranularityWeek}}, true},
		{"bad granularity", Filter{Granularity: []Granularity{"fortnightly"}}, false},
		{"classes", Filter{Class: []EventClass{ClassReporting, ClassState}}, true},
		{"bad class", Filter{Class: []EventClass{"reporting"}}, false},
		{"modality", Filter{Modality: []Modality{ModalityCounterfactual}}, true},
		{"bad modality", Filter{Modality: []Modality{"Planned"}}, false},
		{"polarity", Filter{Polarity: ptr(PolarityNegative)}, true},
		{"bad polarity", Filter{Polarity: ptr(Polarity("neg"))}, false},
		{"relation", Filter{Relation: []Relation{RelationBy, RelationSince}}, true},
		{"bad relation", Filter{Relation: []Relation{"during"}}, false},
		{"role", Filter{Role: ptr(RoleCoAgent)}, true},
		{"bad role", Filter{Role: ptr(Role("actor"))}, false},
		{"confidence", Filter{MinConfidence: ptr(0.5)}, true},
		{"confidence bounds", Filter{MinConfidence: ptr(1.0)}, true},
		{"confidence too high", Filter{MinConfidence: ptr(1.01)}, false},
		{"confidence negative", Filter{MinConfidence: ptr(-0.1)}, false},
		{"confidence not a number", Filter{MinConfidence: ptr(math.NaN())}, false},
	}
	for _, tc := range cases {
		err := tc.f.Validate()
		if (err == nil) != tc.ok {
			t.Errorf("%s: Validate() = %v", tc.name, err)
		}
		if err != nil && ErrorCode(err) != EINVALID {
			t.Errorf("%s: code %q", tc.name, ErrorCode(err))
		}
	}
}

// TestFilterDefault checks what a filter keeps of the event kinds: the
// default timeline (asserted and planned, positive, no reporting), every
// kind with All, and what is set replacing the default for its part only.
func TestFilterDefault(t *testing.T) {
	cases := []struct {
		name                          string
		f                             Filter
		classes, modalities, polarity string
	}{
		{"default", Filter{}, "OCCURRENCE STATE I_ACTION I_STATE ASPECTUAL PERCEPTION", "asserted planned", "POS"},
		{"all", Filter{All: true}, "", "", ""},
		{"reporting", Filter{Class: []EventClass{ClassReporting}}, "REPORTING", "asserted planned", "POS"},
		{"counterfactual", Filter{Modality: []Modality{ModalityCounterfactual}}, "OCCURRENCE STATE I_ACTION I_STATE ASPECTUAL PERCEPTION", "counterfactual", "POS"},
		{"negated", Filter{Polarity: ptr(PolarityNegative)}, "OCCURRENCE STATE I_ACTION I_STATE ASPECTUAL PERCEPTION", "asserted planned", "NEG"},
		{"all, negated", Filter{All: true, Polarity: ptr(PolarityNegative)}, "", "", "NEG"},
	}
	join := func(s []string) string { return strings.Join(s, " ") }
	for _, tc := range cases {
		var classes, modalities, polarities []string
		for _, c := range tc.f.Classes() {
			classes = append(classes, string(c))
		}
		for _, m := range tc.f.Modalities() {
			modalities = append(modalities, string(m))
		}
		for _, p := range tc.f.Polarities() {
			polarities = append(polarities, string(p))
		}
		if join(classes) != tc.classes || join(modalities) != tc.modalities || join(polarities) != tc.polarity {
			t.Errorf("%s: keeps classes %q, modalities %q, polarities %q; want %q, %q, %q",
				tc.name, classes, modalities, polarities, tc.classes, tc.modalities, tc.polarity)
		}
	}
	// The default's list is a copy: changing it changes no later filter.
	f := Filter{}
	f.Classes()[0] = ClassReporting
	if f.Classes()[0] != ClassOccurrence || EventClasses[0] != ClassOccurrence {
		t.Error("Classes returned shared storage")
	}
}

func ptr[T any](v T) *T { return &v }

func TestRuneOffsets(t *testing.T) {
	text := "Zürich, 19 mai — Genève"
	got := RuneOffsets(text, []int{0, 1, 3, len("Zürich, 19 mai — "), len(text)})
	want := []int{0, 1, 2, 17, 23}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("RuneOffsets = %v, want %v", got, want)
		}
	}
}

func TestErrorCodes(t *testing.T) {
	err := Errorf(ENOTFOUND, "no such file %q", "a.txt")
	if ErrorCode(err) != ENOTFOUND || ErrorMessage(err) != `no such file "a.txt"` {
		t.Errorf("got %q %q", ErrorCode(err), ErrorMessage(err))
	}
	if ErrorCode(nil) != "" || ErrorCode(errString("x")) != EINTERNAL || ErrorMessage(errString("x")) != "x" {
		t.Error("foreign errors")
	}
}

type errString string

func (e errString) Error() string { return string(e) }
