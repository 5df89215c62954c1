package extract

import "fmt"

// wordSet is a closed list of words: lower-case words or lemmas, or
// spellings for the lists of names. Read it with has, or for a token
// with doc.lowIn, doc.lemmaIn or doc.textIn, which remember the answer in
// the vocab entry of the word (or of its lemma): the heuristics ask about
// the same few thousand words again and again, and two bit tests cost
// less than hashing the word into a map each time.
type wordSet struct {
	bit int // its bit in word.setKnown and word.setHas
	m   map[string]bool
}

// maxWordSets is the number of word sets the vocab can remember answers
// for (the bits of word.setKnown).
const maxWordSets = 128

// wordSets counts the sets made; sets are made by package initialisation
// only, so it needs no lock.
var wordSets int

// setOf is the set of the space-separated words of s.
func setOf(s string) *wordSet {
	set := newWordSet()
	for _, w := range splitWords(s) {
		set.m[w] = true
	}
	return set
}

// keysOf is the set of the keys of m.
func keysOf[V any](m map[string]V) *wordSet {
	set := newWordSet()
	for w := range m {
		set.m[w] = true
	}
	return set
}

func newWordSet() *wordSet {
	if wordSets == maxWordSets {
		panic(fmt.Sprintf("extract: more than %d word sets: raise maxWordSets", maxWordSets))
	}
	wordSets++
	return &wordSet{bit: wordSets - 1, m: map[string]bool{}}
}

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool { return s.m[w] }

// in reports whether entry id's word (its lower-cased form, or its spelling
// when spelt is set) is in set s, remembering the answer.
func (v *vocab) in(id int32, s *wordSet, spelt bool) bool {
	e := &v.words[id]
	i, bit := s.bit>>6, uint64(1)<<(s.bit&63)
	if spelt {
		i += maxWordSets / 64
	}
	if e.setKnown[i]&bit == 0 {
		e.setKnown[i] |= bit
		w := e.low
		if spelt {
			w = e.text
		}
		if s.m[w] {
			e.setHas[i] |= bit
		}
	}
	return e.setHas[i]&bit != 0
}

// lowIn reports whether the lower-cased word of token k (doc.lower) is in s.
func (d *doc) lowIn(k int, s *wordSet) bool { return d.voc.in(d.toks[k].w, s, false) }

// lemmaIn reports whether the lemma of token k (doc.lemma) is in s.
func (d *doc) lemmaIn(k int, s *wordSet) bool {
	id, spelt := d.lemmaID(k)
	return d.voc.in(id, s, spelt)
}

// textIn reports whether the text of token k, as written, is in s.
func (d *doc) textIn(k int, s *wordSet) bool {
	t := &d.toks[k]
	if t.poss {
		return s.has(d.text[t.s:t.e]) // the vocab knows the word without its 's
	}
	return d.voc.in(t.w, s, true)
}

// bareIn reports whether the word of token k as written, without its
// possessive (doc.bare), is in s.
func (d *doc) bareIn(k int, s *wordSet) bool { return d.voc.in(d.toks[k].w, s, true) }
