package extract

import "strings"

// vocab interns the words of the texts a doc analyses: each spelling gets
// one entry holding what the heuristics ask about it (its lower-cased
// form, its lexicon entries, its word classes, its lemmas), computed the
// first time the spelling is seen, so that later stages read fields
// instead of lower-casing and hashing strings again. It is kept with the
// doc across documents, which repeat most of their words.
//
// Its index is an open-addressing table rather than a map: each slot is
// one word (a hash tag and an entry number), so that the slots of the
// common words stay in the CPU caches; a map's groups mix them with keys
// of rare words.
type vocab struct {
	slots []uint64 // tag<<32 | entry+1; 0 is free
	words []word
}

// maxVocab bounds the spellings a vocab keeps; past it, it starts afresh
// with the next document.
const maxVocab = 1 << 16

// word is what the extractor knows of one spelling.
type word struct {
	text  string   // the spelling
	low   string   // lower-cased, as doc.lower gives it
	info  wordInfo // its part-of-speech lexicon entry
	found bool     // the lexicon lists it
	// fLow and fCap are its word classes (doc.fl) when written in lower
	// case or as a number, and when capitalised.
	fLow, fCap uint32
	// Lemmas, computed on first use (lazy says which).
	lazy    uint8
	verbLem string
	nounLem string
}

// Bits of word.lazy.
const (
	lazyVerb uint8 = 1 << iota
	lazyNoun
)

// reset empties v when it has grown past maxVocab (or was never used).
func (v *vocab) reset() {
	if v.slots == nil || len(v.words) > maxVocab {
		v.slots = make([]uint64, 1<<13)
		v.words = v.words[:0]
	}
}

// wordHash is FNV-1a, 64 bits.
func wordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * 1099511628211
	}
	return h
}

// id returns the entry of spelling w, adding it when new.
func (v *vocab) id(w string) int32 {
	h := wordHash(w)
	tag := h >> 32
	mask := uint64(len(v.slots) - 1)
	i := h & mask
	for {
		s := v.slots[i]
		if s == 0 {
			break
		}
		if s>>32 == tag {
			if n := int32(uint32(s)) - 1; v.words[n].text == w {
				return n
			}
		}
		i = (i + 1) & mask
	}
	n := v.add(w)
	v.slots[i] = tag<<32 | uint64(n+1)
	if 2*len(v.words) > len(v.slots) {
		v.grow()
	}
	return n
}

// grow doubles the slots and places every entry again.
func (v *vocab) grow() {
	v.slots = make([]uint64, 2*len(v.slots))
	mask := uint64(len(v.slots) - 1)
	for n := range v.words {
		h := wordHash(v.words[n].text)
		i := h & mask
		for v.slots[i] != 0 {
			i = (i + 1) & mask
		}
		v.slots[i] = h>>32<<32 | uint64(n+1)
	}
}

// add appends the entry of the new spelling w.
func (v *vocab) add(w string) int32 {
	w = strings.Clone(w) // the text is the caller's
	low := w
	if !isLowerASCII(w) {
		low = strings.ToLower(w)
	}
	e := word{text: w, low: low, fCap: lex[low]}
	e.info, e.found = posLexicon()[low]
	e.fLow = wordClass(low)
	if e.fLow == 0 {
		e.fLow = contraction(w)
	}
	v.words = append(v.words, e)
	return int32(len(v.words) - 1)
}

// verbLemma returns the lemma of the word as a verb.
func (e *word) verbLemma() string {
	if e.lazy&lazyVerb == 0 {
		e.verbLem, e.lazy = verbLemma(e.low), e.lazy|lazyVerb
	}
	return e.verbLem
}

// nounLemma returns the lemma of the word as a plural noun.
func (e *word) nounLemma() string {
	if e.lazy&lazyNoun == 0 {
		e.nounLem, e.lazy = nounLemma(e.low), e.lazy|lazyNoun
	}
	return e.nounLem
}

// intern gives tokens [a, b) their vocabulary entries and word classes.
func (d *doc) intern(a, b int) {
	for k := a; k < b; k++ {
		t := &d.toks[k]
		t.w = d.voc.id(d.bare(k))
		switch t.shape {
		case shPunct:
			t.f = 0
		case shLower, shNum:
			t.f = d.voc.words[t.w].fLow
		default:
			t.f = d.voc.words[t.w].fCap
		}
	}
}

// word returns the vocabulary entry of token k.
func (d *doc) word(k int) *word { return &d.voc.words[d.toks[k].w] }
