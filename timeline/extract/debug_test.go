package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline/temporal"
)

// TestDebugParse prints the parse of $PARSE_TEXT (a file) for development.
func TestDebugParse(t *testing.T) {
	path := os.Getenv("PARSE_TEXT")
	if path == "" {
		t.Skip("set PARSE_TEXT")
	}
	b, _ := os.ReadFile(path)
	text := string(b)
	dct := time.Date(2025, 5, 19, 0, 0, 0, 0, time.UTC)
	ms := temporal.Tag(text, dct)
	var spans []span
	for _, m := range ms {
		spans = append(spans, span{m.Start, m.End})
	}
	d := newDoc(text, spans)
	d.analyseAll()
	x := &extraction{d: d, mentions: ms, dct: dct}
	x.run()
	names := map[posTag]string{pNN: "NN", pNNS: "NNS", pNNP: "NNP", pJJ: "JJ", pRB: "RB", pVB: "VB", pVBD: "VBD", pVBN: "VBN", pVBG: "VBG", pVBZ: "VBZ", pVBP: "VBP", pMD: "MD", pIN: "IN", pTO: "TO", pDT: "DT", pPRP: "PRP", pPRPS: "PRP$", pWH: "WH", pCC: "CC", pCD: "CD", pRP: "RP", pEX: "EX", pUH: "UH", pPunct: "."}
	kinds := []string{"main", "compl", "rel", "adv", "cond", "inf", "part"}
	for si := range x.sents {
		s := &x.sents[si]
		var sb strings.Builder
		for k := s.a; k < s.b; k++ {
			fmt.Fprintf(&sb, "%s/%s/c%d ", d.text[d.toks[k].s:d.toks[k].e], names[d.toks[k].pos], s.clauseOf[k-s.a])
		}
		fmt.Println(sb.String())
		for ci, c := range s.clauses {
			gov := ""
			if c.governor >= 0 {
				gov = d.text[d.toks[s.groups[c.governor].head].s:d.toks[s.groups[c.governor].head].e]
			}
			fmt.Printf("  clause %d %s [%d,%d) parent %d gov %q\n", ci, kinds[c.kind], c.s-s.a, c.e-s.a, c.parent, gov)
		}
		for _, g := range s.groups {
			subj, obj := "", ""
			if g.subject >= 0 {
				subj = x.render([]int{s.nps[g.subject].head})
			}
			if g.object >= 0 {
				obj = x.render([]int{s.nps[g.object].head})
			}
			fmt.Printf("  group %q head %q clause %d fin %v tense %d modal %q neg %v perf %v pass %v cop %v subj %q obj %q\n",
				x.render(rangeInts(g.s, g.e)), x.render([]int{g.head}), g.clause, g.finite, g.tense, g.modal, g.negated, g.perfect, g.passive, g.copula, subj, obj)
		}
	}
}

func rangeInts(a, b int) []int {
	var out []int
	for i := a; i < b; i++ {
		out = append(out, i)
	}
	return out
}
