package extract

import "testing"

func TestVerbLemma(t *testing.T) {
	cases := []struct{ form, want string }{
		{"hoped", "hope"}, {"rated", "rate"}, {"staged", "stage"}, {"voted", "vote"}, {"noted", "note"},
		{"cited", "cite"}, {"quoted", "quote"}, {"used", "use"},
		{"opened", "open"}, {"visited", "visit"}, {"edited", "edit"}, {"needed", "need"}, {"wanted", "want"},
		{"fixed", "fix"}, {"played", "play"}, {"jailed", "jail"},
		{"skipped", "skip"}, {"planned", "plan"}, {"hopped", "hop"}, {"stopped", "stop"},
		{"tried", "try"}, {"carries", "carry"}, {"watches", "watch"}, {"says", "say"},
		{"bringing", "bring"}, {"making", "make"}, {"running", "run"}, {"dying", "die"},
		{"ran", "run"}, {"held", "hold"}, {"went", "go"},
	}
	for _, c := range cases {
		if got := verbLemma(c.form); got != c.want {
			t.Errorf("verbLemma(%q) = %q, want %q", c.form, got, c.want)
		}
	}
}

// TestBaseFormLemma checks that a base form is its own lemma, not a past
// form's stem: "need" is no "ne" + "ed".
func TestBaseFormLemma(t *testing.T) {
	cases := []struct{ text, word, want string }{
		{"They need aid.", "need", "need"},
		{"Talks will bring in ten countries.", "bring", "bring"},
		{"They hoped to win.", "hoped", "hope"},
	}
	for _, c := range cases {
		d := newDoc(c.text, nil)
		d.analyseAll()
		found := false
		for k := range d.toks {
			if d.lower(k) == c.word {
				found = true
				if got := d.lemma(k); got != c.want {
					t.Errorf("%q: lemma of %q = %q, want %q", c.text, c.word, got, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no token %q", c.text, c.word)
		}
		d.free()
	}
}
