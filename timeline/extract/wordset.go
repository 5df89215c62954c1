package extract

import "sync"

// wordSet is a closed list of words: lower-case words or lemmas, or
// spellings for the lists of names. Read it with has, or for a token
// with doc.lowIn, doc.lemmaIn, doc.bareIn or doc.textIn, which read a bit
// of the vocab entry of the word (or of its lemma): the heuristics ask
// about the same few thousand words again and again, and a bit test costs
// less than hashing the word into a map each time.
type wordSet struct {
	bit uint // its bit in word.lowSets and word.textSets; noBit when none
	m   map[string]bool
}

// maxWordSets is the number of word sets the vocab entries have bits for.
const maxWordSets = 64

// noBit is the bit of a set made once every bit was taken: it is read
// from its map, slower but alike, so that a new word list never breaks
// the package.
const noBit = maxWordSets

// wordSets are the sets that have a bit, in bit order; sets are made by
// package initialisation only, so it needs no lock.
var wordSets []*wordSet

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

// newWordSet returns an empty set, to be filled during package
// initialisation.
func newWordSet() *wordSet {
	s := &wordSet{bit: noBit, m: map[string]bool{}}
	if len(wordSets) < maxWordSets {
		s.bit = uint(len(wordSets))
		wordSets = append(wordSets, s)
	}
	return s
}

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool { return s.m[w] }

var (
	setBitsOnce sync.Once
	// setBits maps every word of every set to the bits of the sets it is
	// in, so that a new vocab entry learns its sets in one lookup.
	setBits map[string]uint64
)

// setsOf returns the bits of the sets w is in.
func setsOf(w string) uint64 {
	setBitsOnce.Do(func() {
		setBits = map[string]uint64{}
		for _, s := range wordSets {
			for w := range s.m {
				setBits[w] |= 1 << s.bit
			}
		}
	})
	return setBits[w]
}

// lowIn reports whether the lower-cased word of token k (doc.lower) is in s.
func (d *doc) lowIn(k int, s *wordSet) bool {
	if s.bit == noBit {
		return s.m[d.lower(k)]
	}
	return d.voc.words[d.toks[k].w].lowSets&(1<<s.bit) != 0
}

// lemmaIn reports whether the lemma of token k (doc.lemma) is in s.
func (d *doc) lemmaIn(k int, s *wordSet) bool {
	if s.bit == noBit {
		return s.m[d.lemma(k)]
	}
	id, spelt := d.lemmaID(k)
	if spelt {
		return d.voc.words[id].textSets&(1<<s.bit) != 0
	}
	return d.voc.words[id].lowSets&(1<<s.bit) != 0
}

// bareIn reports whether the word of token k as written, without its
// possessive (doc.bare), is in s.
func (d *doc) bareIn(k int, s *wordSet) bool {
	if s.bit == noBit {
		return s.m[d.bare(k)]
	}
	return d.voc.words[d.toks[k].w].textSets&(1<<s.bit) != 0
}

// textIn reports whether the text of token k, as written, is in s.
func (d *doc) textIn(k int, s *wordSet) bool {
	t := &d.toks[k]
	if t.poss {
		return s.has(d.text[t.s:t.e]) // the vocab knows the word without its 's
	}
	return d.bareIn(k, s)
}
