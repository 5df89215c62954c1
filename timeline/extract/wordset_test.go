package extract

import "testing"

// TestWordSetsPastTheBits makes word sets until the vocab's bits run out,
// then copies of sets that have a bit, and checks that every copy, read
// from its map, answers for every token as its original does from the
// bits.
func TestWordSetsPastTheBits(t *testing.T) {
	n := len(wordSets)
	defer func() { wordSets = wordSets[:n] }() // the sets made here are the test's
	for len(wordSets) < maxWordSets {
		setOf("zzfiller")
	}
	originals := []*wordSet{reportingLemma, orgDescriptions, runConnectors, femaleFirstNames, notEventVerbs}
	d := newDoc("Mary Ellis of the Bank of England said the company's talks failed. "+
		"The group's chief told reporters it was down, and Anna reported losses.", nil)
	defer d.free()
	d.analyseAll()
	for _, orig := range originals {
		if orig.bit == noBit {
			t.Fatalf("set %v has no bit", orig.m)
		}
		late := keysOf(orig.m)
		if late.bit != noBit {
			t.Fatalf("set made past %d sets has bit %d, want none", maxWordSets, late.bit)
		}
		for k := range d.toks {
			w := d.text[d.toks[k].s:d.toks[k].e]
			if got, want := d.lowIn(k, late), d.lowIn(k, orig); got != want {
				t.Errorf("lowIn(%q) = %v from the map, %v from the bits", w, got, want)
			}
			if got, want := d.lemmaIn(k, late), d.lemmaIn(k, orig); got != want {
				t.Errorf("lemmaIn(%q) = %v from the map, %v from the bits", w, got, want)
			}
			if got, want := d.bareIn(k, late), d.bareIn(k, orig); got != want {
				t.Errorf("bareIn(%q) = %v from the map, %v from the bits", w, got, want)
			}
			if got, want := d.textIn(k, late), d.textIn(k, orig); got != want {
				t.Errorf("textIn(%q) = %v from the map, %v from the bits", w, got, want)
			}
		}
	}
	hits := 0
	for k := range d.toks {
		if d.lemmaIn(k, reportingLemma) || d.bareIn(k, runConnectors) || d.bareIn(k, femaleFirstNames) {
			hits++
		}
	}
	if hits < 4 {
		t.Errorf("%d tokens in the sets, want at least 4 (said, reported, of, Mary)", hits)
	}
}
