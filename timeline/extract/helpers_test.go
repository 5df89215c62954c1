package extract

import (
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

// mentionOf builds a DATE mention for the nth (0-based) occurrence of expr in
// text, the way the tagger would report it.
func mentionOf(t testing.TB, text, expr string, nth int) timeline.Mention {
	t.Helper()
	off := 0
	for n := 0; ; n++ {
		i := strings.Index(text[off:], expr)
		if i < 0 {
			t.Fatalf("%q has no occurrence %d of %q", text, nth, expr)
		}
		if n == nth {
			return timeline.Mention{Start: off + i, End: off + i + len(expr), Text: expr, Type: timeline.TypeDate}
		}
		off += i + len(expr)
	}
}

func names(ents []timeline.Entity) []string {
	var out []string
	for _, e := range ents {
		out = append(out, e.Name+"/"+string(e.Kind))
	}
	return out
}

func contains(list []string, want string) bool {
	for _, s := range list {
		if s == want {
			return true
		}
	}
	return false
}
