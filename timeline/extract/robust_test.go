package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// TestAdversarial feeds huge unpunctuated "sentences" with many mentions: the
// work per event must stay bounded.
func TestAdversarial(t *testing.T) {
	for name, unit := range map[string]string{
		"words": "word ", "adverbs": "quickly ", "dots": "a.", "and": "and ", "caps": "Big ", "commas": "x, ",
		"quotes": "\"", "said": "said ", "the": "the ", "had": "had he ", "that": "that ", "paren": ") ", "dash": "- ",
		"ellipsis": "... ", "newlines": "a\n", "mixed": "Mr. A. said that he, who ran, had quickly and ",
	} {
		text := strings.Repeat(unit, 200000/len(unit))
		var ms []timeline.Mention
		for i := 0; i < 200; i++ {
			o := len(text) * i / 200
			ms = append(ms, timeline.Mention{Start: o, End: o + 3, Type: timeline.TypeDate})
		}
		st := time.Now()
		Events(text, ms)
		if d := time.Since(st); d > 2*time.Second {
			t.Errorf("%s: %v", name, d)
		}
	}
}
