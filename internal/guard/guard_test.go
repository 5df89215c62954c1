package guard

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	tests := []struct {
		name string
		fn   func()
		want string // "" for no error
	}{
		{"returns", func() {}, ""},
		{"panics with a string", func() { panic("bad\nstate") }, "a.txt: internal error while tagging: bad state (a bug"},
		{"panics with an error", func() { panic(errors.New("boom")) }, "a.txt: internal error while tagging: boom"},
		{"index out of range", func() { _ = []int{}[len(fmt.Sprint())] }, "a.txt: internal error while tagging: runtime error: index out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Run("a.txt", "tagging", tt.fn)
			if tt.want == "" {
				if err != nil || Stack(err) != nil {
					t.Fatalf("Run = %v; want nil", err)
				}
				return
			}
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Fatalf("Run = %v; want an error starting %q", err, tt.want)
			}
			if st := string(Stack(fmt.Errorf("wrapped: %w", err))); !strings.Contains(st, "guard_test.go") {
				t.Errorf("stack does not show where it panicked:\n%s", st)
			}
		})
	}
}
