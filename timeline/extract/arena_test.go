package extract

import (
	"slices"
	"testing"
)

// TestArenaLists checks that lists carved out of an arena never overlap:
// each keeps its elements while later lists are made, whether it stayed in
// the arena, was resliced past its start while open, or outgrew the arena.
func TestArenaLists(t *testing.T) {
	for _, tc := range []struct {
		name  string
		cap   int   // the arena's capacity
		sizes []int // the lists, in order; a negative size drops that many from the front while open
	}{
		{"fits", 64, []int{3, 1, 5, 2}},
		{"outgrows", 4, []int{3, 6, 2, 9, 1}},
		{"empty arena", 0, []int{2, 2, 3}},
		{"resliced", 32, []int{5, -3, 4, 2}},
		{"resliced then outgrows", 6, []int{5, -2, 8, 3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := &doc{ia: make([]int, 0, tc.cap)}
			var lists [][]int
			var want [][]int
			next := 0
			for i := 0; i < len(tc.sizes); i++ {
				l := d.intList()
				n := tc.sizes[i]
				for range n {
					l = append(l, next)
					next++
				}
				if i+1 < len(tc.sizes) && tc.sizes[i+1] < 0 {
					// Drop from the front while open, then append as many.
					i++
					drop := -tc.sizes[i]
					l = l[drop:]
					for range drop {
						l = append(l, next)
						next++
					}
				}
				l = d.endInts(l)
				lists = append(lists, l)
				want = append(want, slices.Clone(l))
			}
			for i := range lists {
				if !slices.Equal(lists[i], want[i]) {
					t.Errorf("list %d = %v, want %v", i, lists[i], want[i])
				}
				if cap(lists[i]) != len(lists[i]) {
					t.Errorf("list %d: capacity %d past its length %d", i, cap(lists[i]), len(lists[i]))
				}
			}
		})
	}
}
