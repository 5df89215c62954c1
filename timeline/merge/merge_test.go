package merge

import (
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// row builds a row of doc dated value; value is YYYY-MM-DD, YYYY-MM or
// YYYY-Www-like shorthand handled by the cases below.
func row(id, doc int64, value string, event, evidence string) timeline.Row {
	r := timeline.Row{EventID: id, DocumentID: doc, Date: value, Event: event, Evidence: evidence,
		Document: fmt.Sprintf("doc%d", doc), Published: day(2025, 5, 20).AddDate(0, 0, int(doc))}
	switch len(value) {
	case 10:
		t, _ := time.Parse("2006-01-02", value)
		r.Start, r.End, r.Granularity = t, t.AddDate(0, 0, 1), timeline.GranularityDay
	case 7:
		t, _ := time.Parse("2006-01", value)
		r.Start, r.End, r.Granularity = t, t.AddDate(0, 1, 0), timeline.GranularityMonth
	}
	return r
}

func week(id, doc int64, start time.Time, event string) timeline.Row {
	r := row(id, doc, "", event, "")
	r.Date, r.Start, r.End, r.Granularity = "W", start, start.AddDate(0, 0, 7), timeline.GranularityWeek
	return r
}

func withActors(r timeline.Row, actors ...string) timeline.Row { r.Actors = actors; return r }

// with sets how real the row's event is.
func with(r timeline.Row, m timeline.Modality, p timeline.Polarity) timeline.Row {
	r.Modality, r.Polarity = m, p
	return r
}
func withPlaces(r timeline.Row, places ...string) timeline.Row { r.Places = places; return r }

const (
	geneva  = "Putin met Trump in Geneva"
	genevaE = "Putin met Trump in Geneva for talks on the war, officials said."
)

func TestMerge(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []timeline.Row
		// want lists the output rows as event ids: each inner slice is
		// one output row's sources (a single id for an unmerged row).
		want     [][]int64
		conflict []bool
	}{
		{
			name:     "same event in two documents",
			in:       []timeline.Row{row(1, 1, "2025-05-19", geneva, genevaE), row(2, 2, "2025-05-19", "Trump met Putin in Geneva", "Trump and Putin met in Geneva on Monday for talks on the war.")},
			want:     [][]int64{{1, 2}},
			conflict: []bool{false},
		},
		{
			name: "one report denies what the other asserts: not merged",
			in: []timeline.Row{
				row(1, 1, "2025-05-19", geneva, genevaE),
				with(row(2, 2, "2025-05-19", "Putin did not meet Trump in Geneva", "Putin did not meet Trump in Geneva for talks on the war."),
					timeline.ModalityAsserted, timeline.PolarityNegative),
			},
			want:     [][]int64{{1}, {2}},
			conflict: []bool{false, false},
		},
		{
			name: "one report supposes what the other asserts: not merged",
			in: []timeline.Row{
				row(1, 1, "2025-05-19", geneva, genevaE),
				with(row(2, 2, "2025-05-19", "Putin could meet Trump in Geneva", "Putin could meet Trump in Geneva for talks on the war."),
					timeline.ModalityPossible, timeline.PolarityPositive),
			},
			want:     [][]int64{{1}, {2}},
			conflict: []bool{false, false},
		},
		{
			name: "planned in one report, done in the other: one event",
			in: []timeline.Row{
				with(row(1, 1, "2025-05-19", "Putin will meet Trump in Geneva", "Putin will meet Trump in Geneva for talks on the war."),
					timeline.ModalityPlanned, timeline.PolarityPositive),
				with(row(2, 2, "2025-05-19", geneva, genevaE), timeline.ModalityAsserted, timeline.PolarityPositive),
			},
			want:     [][]int64{{1, 2}},
			conflict: []bool{false},
		},
		{
			name: "different events on the same day",
			in: []timeline.Row{
				row(1, 1, "2025-05-19", geneva, genevaE),
				row(2, 2, "2025-05-19", "parliament passed the budget", "Parliament passed the budget on Monday."),
			},
			want:     [][]int64{{1}, {2}},
			conflict: []bool{false, false},
		},
		{
			name:     "one document never merges with itself",
			in:       []timeline.Row{row(1, 1, "2025-05-19", geneva, genevaE), row(2, 1, "2025-05-19", geneva, genevaE)},
			want:     [][]int64{{1}, {2}},
			conflict: []bool{false, false},
		},
		{
			name: "a day apart, strong match: merged with a conflict",
			in: []timeline.Row{
				row(1, 1, "2025-05-19", geneva, genevaE),
				row(2, 2, "2025-05-18", "Putin met Trump in Geneva", "Putin met Trump in Geneva on Sunday for talks on the war."),
			},
			// doc1 is published first: it is the representative.
			want:     [][]int64{{1, 2}},
			conflict: []bool{true},
		},
		{
			name: "two days apart: not merged",
			in: []timeline.Row{
				row(1, 1, "2025-05-19", geneva, genevaE),
				row(2, 2, "2025-05-17", geneva, genevaE),
			},
			want:     [][]int64{{2}, {1}},
			conflict: []bool{false, false},
		},
		{
			name: "a day apart, weak match with shared actors: not merged",
			in: []timeline.Row{
				withActors(row(1, 1, "2025-05-19", "Putin met Trump", "Putin met Trump in Geneva."), "Putin", "Trump"),
				withActors(row(2, 2, "2025-05-18", "Putin and Trump held talks", "Putin and Trump held talks."), "Putin", "Trump"),
			},
			want:     [][]int64{{2}, {1}},
			conflict: []bool{false, false},
		},
		{
			name: "month and day of one event: day kept, no conflict",
			in: []timeline.Row{
				row(1, 1, "2025-05", "the ceasefire collapsed", "The ceasefire collapsed in May."),
				row(2, 2, "2025-05-19", "the ceasefire collapsed", "The ceasefire collapsed on Monday."),
			},
			want:     [][]int64{{2, 1}},
			conflict: []bool{false},
		},
		{
			name: "week straddling the month it is compared to: conflict",
			in: []timeline.Row{
				row(1, 1, "2025-05", "the ceasefire collapsed", "The ceasefire collapsed in May."),
				week(2, 2, day(2025, 5, 26), "the ceasefire collapsed"),
			},
			want:     [][]int64{{2, 1}},
			conflict: []bool{true},
		},
		{
			// Score 0.33: below the bar on words alone, enough with the
			// same actors.
			name: "shared actors lower the bar",
			in: []timeline.Row{
				withActors(row(1, 1, "2025-05-19", "Putin met Trump", "Putin met Trump."), "Vladimir Putin", "Donald Trump"),
				withActors(row(2, 2, "2025-05-19", "Trump and Putin held talks in Geneva", "Trump and Putin held talks in Geneva."), "Donald Trump", "Vladimir Putin"),
			},
			want:     [][]int64{{1, 2}},
			conflict: []bool{false},
		},
		{
			// "Erdogan" in one report is "Tayyip Erdogan" in the other, and
			// "visited" is "visit".
			name: "actors by surname, verbs by stem",
			in: []timeline.Row{
				withActors(row(1, 1, "2025-05-19", "Erdogan visited the injured", "President Tayyip Erdogan visited the injured on Thursday."), "Tayyip Erdogan"),
				withActors(row(2, 2, "2025-05-19", "Erdogan will visit the city", "Erdogan will visit the city tomorrow."), "Erdogan"),
			},
			want:     [][]int64{{1, 2}},
			conflict: []bool{false},
		},
		{
			// The dateline of a wire report says where it was filed.
			name: "wire dateline is no content",
			in: []timeline.Row{
				row(1, 1, "2025-05-19", "magnitude 6.2 earthquake struck off Istanbul", "ISTANBUL (Reuters) - A magnitude 6.2 earthquake struck off Istanbul on Wednesday, injuring more than 150 people, officials said."),
				row(2, 2, "2025-05-19", "strong earthquake struck Istanbul", "A strong earthquake of magnitude 6.2 struck Istanbul today, the disaster agency AFAD said."),
			},
			want:     [][]int64{{1, 2}},
			conflict: []bool{false},
		},
		{
			name: "the same words without the actors: not merged",
			in: []timeline.Row{
				row(1, 1, "2025-05-19", "Putin met Trump", "Putin met Trump."),
				row(2, 2, "2025-05-19", "Trump and Putin held talks in Geneva", "Trump and Putin held talks in Geneva."),
			},
			want:     [][]int64{{1}, {2}},
			conflict: []bool{false, false},
		},
		{
			name: "a shared actor alone is not enough",
			in: []timeline.Row{
				withActors(row(1, 1, "2025-05-19", "Putin met Trump in Geneva", "Putin met Trump in Geneva."), "Vladimir Putin", "Donald Trump"),
				withActors(row(2, 2, "2025-05-19", "Putin signed a decree on pensions", "Putin signed a decree on pensions."), "Vladimir Putin"),
			},
			want:     [][]int64{{1}, {2}},
			conflict: []bool{false, false},
		},
		{
			name: "different places: not merged",
			in: []timeline.Row{
				withPlaces(row(1, 1, "2025-05-19", "parliamentary elections were held", "Parliamentary elections were held in Germany."), "Germany"),
				withPlaces(row(2, 2, "2025-05-19", "parliamentary elections were held", "Parliamentary elections were held in Poland."), "Poland"),
			},
			want:     [][]int64{{1}, {2}},
			conflict: []bool{false, false},
		},
		{
			name: "third report from a document already in the group stays apart",
			in: []timeline.Row{
				row(1, 1, "2025-05-19", geneva, genevaE),
				row(2, 2, "2025-05-19", geneva, genevaE),
				row(3, 1, "2025-05-19", geneva, "Later that day Putin met Trump in Geneva again."),
			},
			want:     [][]int64{{1, 2}, {3}},
			conflict: []bool{false, false},
		},
		{
			name: "undated rows pass through",
			in: []timeline.Row{
				{EventID: 1, DocumentID: 1, Date: "XXXX-XX-XX", Event: geneva},
				{EventID: 2, DocumentID: 2, Date: "XXXX-XX-XX", Event: geneva},
			},
			want:     [][]int64{{1}, {2}},
			conflict: []bool{false, false},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := clone(tc.in)
			out := Merge(in)
			if !reflect.DeepEqual(in, tc.in) {
				t.Errorf("Merge modified its input")
			}
			var got [][]int64
			var conflict []bool
			for _, r := range out {
				got = append(got, ids(r))
				conflict = append(conflict, r.DateConflict)
			}
			if !reflect.DeepEqual(got, tc.want) || !slices.Equal(conflict, tc.conflict) {
				t.Errorf("got %v conflict %v, want %v conflict %v", got, conflict, tc.want, tc.conflict)
			}
			for _, r := range out {
				if len(r.Sources) > 0 && r.EventID != r.Sources[0].EventID {
					t.Errorf("representative %d is not the first source %d", r.EventID, r.Sources[0].EventID)
				}
			}
		})
	}
}

// ids lists the event ids a row stands for.
func ids(r timeline.Row) []int64 {
	if len(r.Sources) == 0 {
		return []int64{r.EventID}
	}
	var out []int64
	for _, s := range r.Sources {
		out = append(out, s.EventID)
	}
	return out
}

func clone(rows []timeline.Row) []timeline.Row {
	out := slices.Clone(rows)
	for i := range out {
		out[i].Actors = slices.Clone(out[i].Actors)
		out[i].Places = slices.Clone(out[i].Places)
	}
	return out
}

func TestMergeKeepsEveryRowOnce(t *testing.T) {
	in := synthetic(20000, 1)
	out := Merge(in)
	if !slices.IsSortedFunc(out, func(a, b timeline.Row) int {
		if timeline.Less(&a, &b) {
			return -1
		}
		if timeline.Less(&b, &a) {
			return 1
		}
		return 0
	}) {
		t.Errorf("output not in timeline order")
	}
	count := map[int64]int{}
	merged := 0
	for _, r := range out {
		docs := map[int64]bool{}
		for _, id := range ids(r) {
			count[id]++
		}
		for _, s := range r.Sources {
			if docs[s.DocumentID] {
				t.Fatalf("row %d merges document %d with itself", r.EventID, s.DocumentID)
			}
			docs[s.DocumentID] = true
			if len(s.Sources) != 0 {
				t.Fatalf("nested sources")
			}
		}
		if len(r.Sources) > 0 {
			merged++
		}
	}
	for _, r := range in {
		if count[r.EventID] != 1 {
			t.Fatalf("event %d appears %d times", r.EventID, count[r.EventID])
		}
	}
	if merged == 0 || len(out) == len(in) {
		t.Errorf("nothing merged in a corpus with repeated events")
	}
	// Merging again changes nothing: merged rows carry their documents.
	if again := Merge(out); !reflect.DeepEqual(again, out) {
		t.Errorf("Merge is not idempotent: %d rows became %d", len(out), len(again))
	}
	t.Logf("%d rows → %d (%d merged)", len(in), len(out), merged)
}
