package temporal

import (
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

// TestTagComparisonRule checks that a comparison's baseline is marked in
// its rule, so that no event is made of it.
func TestTagComparisonRule(t *testing.T) {
	for _, tc := range []struct {
		text, want string
		baseline   bool
	}{
		{"Revenue fell to $85.7 million from $93.3 million a year earlier.", "a year earlier", true},
		{"Sales rose to $2 billion from $1.9 billion last year.", "last year", true},
		{"A year earlier, the company had posted a loss.", "A year earlier", false},
		{"Profit fell last year.", "last year", false},
		{"Profit was above last year's $1.55 billion.", "last year", true},
		{"Margins beat last year's level.", "last year", true},
		{"Last month's explosion killed two people.", "Last month", false},
	} {
		var found bool
		for _, m := range Tag(tc.text, day(2024, 11, 7)) {
			if m.Text == tc.want {
				found = true
				if got := strings.HasPrefix(m.How.Rule, ComparisonPrefix); got != tc.baseline {
					t.Errorf("%q: %q has rule %q, baseline %v want %v", tc.text, m.Text, m.How.Rule, got, tc.baseline)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %q", tc.text, tc.want)
		}
	}
}

// TestTagEarnings covers the conventions of earnings reports, where
// year-scale comparisons mean the quarter being reported, a year back.
func TestTagEarnings(t *testing.T) {
	dct := day(1989, 10, 27)
	runTagCases(t, []tagCase{
		{name: "last year in comparison", dct: dct, text: "Net rose to $5 million in the third quarter from $3 million last year.", want: "last year", value: "1988-Q3"},
		{name: "last year without quarter", dct: dct, text: "Net rose to $5 million from $3 million last year.", want: "last year", value: "1988"},
		{name: "this quarter in focus", dct: dct, text: "Net fell in the third quarter. This quarter's loss includes charges.", want: "This quarter", value: "1989-Q3"},
		{name: "last year's quarter", dct: dct, text: "Net fell in the third quarter. Sales for last year's quarter were $3 million.", want: "last year's quarter", value: "1988-Q3"},
		{name: "corresponding period", dct: dct, text: "Net fell in the third quarter from $4 million for the corresponding period last year.", want: "the corresponding period last year", value: "1988-Q3"},
		{name: "a year-earlier loss", dct: dct, text: "Net was $5 million in the third quarter, compared with a year-earlier loss of $2 million.", want: "year-earlier", value: "1988-Q3"},
		{name: "the quarter stays in focus", dct: dct, text: "Net fell in the third quarter. The year-ago quarter was better. Taxes rose during the quarter.", want: "the quarter", value: "1989-Q3"},
		{name: "year ended", dct: dct, text: "Revenue was $76 million for the year ended March 31.", want: "the year", value: "P1Y", typ: timeline.TypeDuration},
		{name: "recent years", text: "Kidnappings rose in recent years.", want: "recent years", value: "PXY", typ: timeline.TypeDuration},
	})
}
