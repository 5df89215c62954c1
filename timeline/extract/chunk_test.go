package extract

import (
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline/temporal"
)

// TestNounPhrasesInTextOrder checks what verbPPs relies on to read only
// the phrases after a verb: the noun phrases of a sentence start in text
// order, each after the last.
func TestNounPhrasesInTextOrder(t *testing.T) {
	tests := []struct{ name, text string }{
		{"possessives", "Ukraine's President Volodymyr Zelenskyy met Germany's chancellor in Berlin on Monday."},
		{"coordination", "Siemens and Alstom, the French group, agreed with the European Commission on Friday."},
		{"title with of", "Secretary of State Madeleine Albright flew to Nigeria's capital Lagos with aides."},
		{"pronouns", "He told them that it would sell its stake to a U.S. firm by March."},
	}
	dct := time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := temporal.Tag(tt.text, dct)
			var spans []span
			for _, m := range ms {
				spans = append(spans, span{m.Start, m.End})
			}
			d := newDoc(tt.text, spans)
			defer d.free()
			d.analyseAll()
			x := d.extraction(ms, dct)
			x.run()
			n := 0
			for si := range x.sents {
				s := &x.sents[si]
				n += len(s.nps)
				for i := 1; i < len(s.nps); i++ {
					if s.nps[i].s <= s.nps[i-1].s {
						t.Errorf("sentence %d: phrase %d starts at token %d, not after phrase %d at %d", si, i, s.nps[i].s, i-1, s.nps[i-1].s)
					}
				}
			}
			if n < 3 {
				t.Errorf("%d noun phrases, want at least 3", n)
			}
		})
	}
}
