package eval

import (
	"reflect"
	"strings"
	"testing"
)

func TestMatch(t *testing.T) {
	s := func(start, end int) Span { return Span{Start: start, End: end} }
	tests := []struct {
		name string
		gold []Span
		pred []Span
		want []int // prediction index per gold span, -1 for none
	}{
		{"exact beats larger overlap", []Span{s(0, 10)}, []Span{s(0, 12), s(0, 10)}, []int{1}},
		{"largest overlap wins", []Span{s(0, 10)}, []Span{s(8, 20), s(3, 9)}, []int{1}},
		{"one prediction, one gold", []Span{s(0, 5), s(6, 10)}, []Span{s(0, 10)}, []int{0, -1}},
		{"tie goes to the earlier gold", []Span{s(0, 5), s(5, 10)}, []Span{s(0, 10)}, []int{0, -1}},
		{"tie goes to the earlier prediction", []Span{s(0, 10)}, []Span{s(0, 5), s(5, 10)}, []int{0}},
		{"touching spans do not overlap", []Span{s(0, 5)}, []Span{s(5, 10)}, []int{-1}},
		{"empty spans match nothing", []Span{s(0, 5), s(7, 7)}, []Span{s(3, 3), s(7, 7)}, []int{-1, -1}},
		{"duplicate predictions", []Span{s(0, 5)}, []Span{s(0, 5), s(0, 5)}, []int{0}},
		{"duplicate gold", []Span{s(0, 5), s(0, 5)}, []Span{s(0, 5), s(1, 4)}, []int{0, 1}},
		{"second choice after a larger overlap is taken", []Span{s(0, 10), s(10, 20)}, []Span{s(5, 20), s(0, 6)}, []int{1, 0}},
		{"nested gold", []Span{s(0, 20), s(12, 17)}, []Span{s(12, 17), s(0, 11)}, []int{1, 0}},
		{"out of range predictions", []Span{s(0, 5)}, []Span{s(-9, -1), s(100, 200), s(4, 2)}, []int{-1}},
		{"nothing at all", nil, nil, []int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := match(tt.gold, tt.pred); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("match = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestContext(t *testing.T) {
	long := "Ω" + strings.Repeat("a", 70) // a two-byte rune to check boundaries
	tests := []struct {
		name       string
		text       string
		start, end int
		want       string
	}{
		{"short", "on Friday\nnight", 3, 9, "on [Friday] night"},
		{"clamped to 60 runes", long + "XY" + long, len(long), len(long) + 2,
			strings.Repeat("a", 60) + "[XY]Ω" + strings.Repeat("a", 59)},
		{"out of range", "abc", -4, 99, "[abc]"},
		{"inside a rune", "xΩy", 2, 2, "x[Ω]y"},
		{"at the end", "abc", 3, 3, "abc[]"},
		{"reversed", "abc", 2, 1, "ab[]c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := context(tt.text, tt.start, tt.end); got != tt.want {
				t.Errorf("context = %q, want %q", got, tt.want)
			}
		})
	}
}
