package temporal

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/internal/shared"
	"github.com/timeline-dev/timeline/timeline"
)

// TestRuleExamples tags every rule's examples and fails when one is not
// found, or found by another rule, or records another rule name.
func TestRuleExamples(t *testing.T) {
	for k, r := range rules {
		t.Run(r.name, func(t *testing.T) {
			if len(r.examples) == 0 {
				t.Fatalf("rule %s has no examples", r.name)
			}
			for _, ex := range r.examples {
				checkDeclarations(t, ex.text, exampleDCT)
				ms, by := tagTraced(ex.text, exampleDCT)
				found := false
				for m := range ms {
					if ms[m].Text != ex.want {
						continue
					}
					found = true
					if by[m] != k {
						t.Errorf("%q: %q found by rule %s, not %s", ex.text, ex.want, rules[by[m]].name, r.name)
					}
					if ms[m].Value != ex.value || ms[m].How.Rule != ex.rule {
						t.Errorf("%q: %q is %s by %s, want %s by %s", ex.text, ex.want, ms[m].Value, ms[m].How.Rule, ex.value, ex.rule)
					}
				}
				if !found {
					t.Errorf("%q: no %q; got %v", ex.text, ex.want, texts(ms))
				}
			}
		})
	}
}

// tagTraced tags text as Tag does and returns, beside the mentions, the
// index in rules of the rule that found each.
func tagTraced(text string, dct time.Time) ([]timeline.Mention, []int) {
	t := tagger{text: text}
	t.setDCT(dct)
	t.toks = tokenize(text, nil)
	var by []int
	for i := 0; i < len(t.toks); {
		n := len(t.out)
		next, k := t.step(i)
		if len(t.out) > n {
			by = append(by, k)
		}
		i = next
	}
	return t.out, by
}

// checkDeclarations tags text as Tag does and fails tb when a rule matches
// at a token it does not declare: the tagger would never try it there, so
// the rule could not fire and nothing else would say so.
func checkDeclarations(tb testing.TB, text string, dct time.Time) {
	tb.Helper()
	t := tagger{text: text}
	t.setDCT(dct)
	t.toks = tokenize(text, nil)
	for i := 0; i < len(t.toks); {
		declared := t.declared(i)
		for k, r := range rules {
			if declared&(1<<k) != 0 {
				continue
			}
			if c, ok := r.match(&t, i); ok && c.end > i {
				start, end := t.toks[i].start, t.toks[min(c.end, len(t.toks))-1].end
				tb.Errorf("rule %s matches %q at token %q, which it does not declare (in %q)",
					r.name, text[start:end], text[start:t.toks[i].end], text[max(0, start-40):min(len(text), end+40)])
			}
		}
		i, _ = t.step(i)
	}
}

// TestDeclarationsOnCorpora runs checkDeclarations over the shared
// corpora: every rule must declare every token it matches at.
func TestDeclarationsOnCorpora(t *testing.T) {
	if testing.Short() {
		t.Skip("tries every rule at every token of the corpora")
	}
	for _, rel := range []string{"data/tbaq-timebank.jsonl", "data/tbaq-aquaint.jsonl", "data/silver.jsonl", "data/casual-dev.jsonl"} {
		f, err := os.Open(shared.Path(t, rel))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var d struct{ Text, DCT string }
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				t.Fatalf("%s: %v", rel, err)
			}
			dct, _ := time.Parse("2006-01-02", d.DCT[:min(10, len(d.DCT))])
			checkDeclarations(t, d.Text, dct)
		}
		if err := sc.Err(); err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		f.Close()
	}
}
