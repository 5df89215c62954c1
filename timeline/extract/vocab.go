package extract

import (
	"strings"

	"github.com/timeline-dev/timeline/timeline"
)

// vocab interns the words of the texts a doc analyses: each spelling gets
// one entry holding what the heuristics ask about it (its lower-cased
// form, its parts of speech, its word classes, its lemmas, the word lists
// it is in), computed the first time the spelling is seen, so that later
// stages read fields instead of lower-casing and hashing strings again. It
// is kept with the doc across documents, which repeat most of their words.
//
// Its index is an open-addressing table rather than a map: a slot holds
// the first eight bytes of its spelling, which settle a match for most
// words without reading the entry. Slots are 16 bytes, four to a cache
// line, and the table is filled up to three quarters: the rarer words of
// a text miss the cache, and a smaller table misses less (interning takes
// a third less time than with 24-byte slots half full). The word classes
// tokens copy are kept by entry in cls, which is dense and small. An entry
// fills one cache line; the spellings, read less often, are kept apart.
type vocab struct {
	slots []vslot
	words []word
	texts []string    // texts[id]: the spelling of entry id
	cls   [][2]uint32 // cls[id]: its word classes in lower case and capitalised
}

// vslot is a slot of the vocab's index.
type vslot struct {
	pre uint64 // the first 8 bytes of the spelling, zero-padded
	tag uint32 // the spelling's length and the top of its hash; 0 when free
	id  int32  // its entry
}

// maxVocab bounds the spellings a vocab keeps; past it, it starts afresh
// with the next document.
const maxVocab = 1 << 16

// word is what the extractor knows of one spelling.
type word struct {
	low   string // lower-cased, as doc.lower gives it
	tags  tagSet // its parts of speech in the lexicon
	first posTag // the commonest of them
	found bool   // the part-of-speech lexicon lists it (tags may still be 0)
	// vcls and ncls remember verbClass and nounClass of it as a lemma:
	// of its lower-cased form in [0], of its spelling in [1]; an index
	// into timeline.EventClasses plus one, 0 until asked for.
	vcls, ncls [2]uint8
	// verbLem and nounLem are the entries of its lemmas as a verb and as
	// a plural noun, plus one; 0 until asked for.
	verbLem, nounLem int32
	// lowSets and textSets hold a bit for each word set (wordSet.bit) its
	// lower-cased form, and its spelling, is in.
	lowSets, textSets uint64
	// gaz is its gazetteer entry plus one (0 when none); gazFirst and
	// gazLast the longest gazetteer keys, in words, that start or end with
	// it.
	gaz               int32
	gazFirst, gazLast uint8
	aux               uint8 // auxiliary classes (auxOf)
	irregular         bool  // its lower-cased form is in irregularBase
}

// reset empties v when it has grown past maxVocab (or was never used).
func (v *vocab) reset() {
	if v.slots == nil || len(v.words) > maxVocab {
		v.slots = make([]vslot, 1<<13)
		v.words, v.texts, v.cls = v.words[:0], v.texts[:0], v.cls[:0]
	}
}

// keyOf returns the first eight bytes of w, zero-padded, and a hash of w.
func keyOf(w string) (pre, h uint64) {
	n := min(len(w), 8)
	for i := n - 1; i >= 0; i-- {
		pre = pre<<8 | uint64(w[i])
	}
	h = pre ^ uint64(len(w))<<56
	for i := 8; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * 1099511628211
	}
	// A 64-bit finaliser (murmur3's), so that every byte moves the slot.
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return pre, h
}

// tagOf packs the length of a spelling and the top of its hash into a
// non-zero slot tag.
func tagOf(n int, h uint64) uint32 {
	return uint32(min(n, 255))<<24 | uint32(h>>40) | 1
}

// id returns the entry of spelling w (adding it when new) and its word
// classes in lower case and capitalised.
func (v *vocab) id(w string) (int32, uint32, uint32) {
	pre, h := keyOf(w)
	tag := tagOf(len(w), h)
	mask := uint64(len(v.slots) - 1)
	i := h & mask
	for {
		s := &v.slots[i]
		if s.tag == 0 {
			break
		}
		// Eight bytes and the length settle a short spelling.
		if s.tag == tag && s.pre == pre && (len(w) <= 8 || v.texts[s.id] == w) {
			c := v.cls[s.id]
			return s.id, c[0], c[1]
		}
		i = (i + 1) & mask
	}
	n, fLow, fCap := v.add(w)
	v.slots[i] = vslot{pre: pre, tag: tag, id: n}
	if 4*len(v.words) > 3*len(v.slots) { // linear probing stays short below 3/4
		v.grow()
	}
	return n, fLow, fCap
}

// grow doubles the slots and places every entry again.
func (v *vocab) grow() {
	old := v.slots
	v.slots = make([]vslot, 2*len(old))
	mask := uint64(len(v.slots) - 1)
	for _, s := range old {
		if s.tag == 0 {
			continue
		}
		_, h := keyOf(v.texts[s.id])
		i := h & mask
		for v.slots[i].tag != 0 {
			i = (i + 1) & mask
		}
		v.slots[i] = s
	}
}

// add appends the entry of the new spelling w and returns it with its word
// classes.
func (v *vocab) add(w string) (id int32, fLow, fCap uint32) {
	w = strings.Clone(w) // the text is the caller's
	low := w
	if !isLowerASCII(w) {
		low = strings.ToLower(w)
	}
	e := word{low: low}
	wi, found := posLexicon()[low]
	e.tags, e.first, e.found = wi.tags, wi.first, found
	e.lowSets, e.textSets = setsOf(low), setsOf(w)
	e.gaz = gazIndex[low]
	e.gazFirst, e.gazLast = uint8(min(gazFirst[low], 255)), uint8(min(gazLast[low], 255))
	e.aux = auxOf(low)
	_, e.irregular = irregularBase[low]
	fLow, fCap = wordClass(low), lex[low]
	if fLow == 0 {
		fLow = contraction(w)
	}
	v.words = append(v.words, e)
	v.texts = append(v.texts, w)
	v.cls = append(v.cls, [2]uint32{fLow, fCap})
	return int32(len(v.words) - 1), fLow, fCap
}

// verbLemma returns the entry of the lemma of entry id as a verb.
func (v *vocab) verbLemma(id int32) int32 {
	if l := v.words[id].verbLem; l > 0 {
		return l - 1
	}
	l, _, _ := v.id(verbLemma(v.words[id].low)) // may move v.words
	v.words[id].verbLem = l + 1
	return l
}

// nounLemma returns the entry of the lemma of entry id as a plural noun.
func (v *vocab) nounLemma(id int32) int32 {
	if l := v.words[id].nounLem; l > 0 {
		return l - 1
	}
	l, _, _ := v.id(nounLemma(v.words[id].low)) // may move v.words
	v.words[id].nounLem = l + 1
	return l
}

// intern gives tokens [a, b) their vocabulary entries and word classes.
func (d *doc) intern(a, b int) {
	for k := a; k < b; k++ {
		t := &d.toks[k]
		var fLow, fCap uint32
		t.w, fLow, fCap = d.voc.id(d.bare(k))
		switch t.shape {
		case shPunct:
			t.f = 0
		case shLower, shNum:
			t.f = fLow
		default:
			t.f = fCap
		}
	}
}

// word returns the vocabulary entry of token k.
func (d *doc) word(k int) *word { return &d.voc.words[d.toks[k].w] }

// verbClassOf returns verbClass of the lemma of token k, remembered in the
// lemma's entry.
func (d *doc) verbClassOf(k int) timeline.EventClass {
	id, spelt := d.lemmaID(k)
	return d.voc.classOf(id, spelt, verbClass, func(e *word) *[2]uint8 { return &e.vcls })
}

// nounClassOf returns nounClass of the lemma of token k, remembered in the
// lemma's entry.
func (d *doc) nounClassOf(k int) timeline.EventClass {
	id, spelt := d.lemmaID(k)
	return d.voc.classOf(id, spelt, nounClass, func(e *word) *[2]uint8 { return &e.ncls })
}

// classOf returns class of entry id's word (its spelling when spelt, else
// its lower-cased form), remembered in the slots memo picks.
func (v *vocab) classOf(id int32, spelt bool, class func(string) timeline.EventClass, memo func(*word) *[2]uint8) timeline.EventClass {
	e := &v.words[id]
	i, w := 0, e.low
	if spelt {
		i, w = 1, v.texts[id]
	}
	m := memo(e)
	if m[i] == 0 {
		c := class(w)
		for j, known := range timeline.EventClasses {
			if c == known {
				m[i] = uint8(j + 1)
			}
		}
		if m[i] == 0 {
			return c // a class outside the list is not remembered
		}
	}
	return timeline.EventClasses[m[i]-1]
}
