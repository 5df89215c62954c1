package temporal

import (
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

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
