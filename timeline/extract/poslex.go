package extract

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strings"
	"sync"
)

// posTag is a part of speech: the Penn Treebank tags the extractor needs,
// with comparatives and superlatives folded into their base class.
type posTag uint8

// Parts of speech.
const (
	pNone  posTag = iota
	pNN           // noun, singular or mass: talk, market
	pNNS          // noun, plural: talks
	pNNP          // proper noun: Putin, Turkey
	pJJ           // adjective: invincible, bigger
	pRB           // adverb: repeatedly
	pVB           // verb, base form: (will) meet
	pVBD          // verb, past tense: met
	pVBN          // verb, past participle: (has) met
	pVBG          // verb, -ing form: meeting
	pVBZ          // verb, present, third person singular: meets
	pVBP          // verb, present, other persons: meet
	pMD           // modal: will, could
	pIN           // preposition or subordinating conjunction: in, because
	pTO           // to
	pDT           // determiner: the, some
	pPRP          // personal pronoun: he, them
	pPRPS         // possessive pronoun: his, their
	pWH           // wh-word: which, who, where, relative that
	pCC           // coordinating conjunction: and, but
	pCD           // number: 12, twelve
	pRP           // particle: (back) out, (set) up
	pEX           // existential there
	pUH           // interjection
	pPunct        // punctuation
	numTags
)

// tagSet is a set of parts of speech, one bit each.
type tagSet uint32

func (s tagSet) has(p posTag) bool { return s&(1<<p) != 0 }

func setOfTags(ps ...posTag) tagSet {
	var s tagSet
	for _, p := range ps {
		s |= 1 << p
	}
	return s
}

var (
	nounTags = setOfTags(pNN, pNNS, pNNP)
	verbTags = setOfTags(pVB, pVBD, pVBN, pVBG, pVBZ, pVBP)
	// finiteTags are the verb forms that carry tense on their own.
	finiteTags = setOfTags(pVBD, pVBZ, pVBP, pMD)
)

func (p posTag) noun() bool { return nounTags.has(p) }
func (p posTag) verb() bool { return verbTags.has(p) }

// penn maps the Penn Treebank tags of the lexicon file to ours.
var penn = map[string]posTag{
	"NN": pNN, "NNS": pNNS, "NNP": pNNP, "NNPS": pNNP, "JJ": pJJ, "JJR": pJJ, "JJS": pJJ,
	"RB": pRB, "RBR": pRB, "RBS": pRB, "VB": pVB, "VBD": pVBD, "VBN": pVBN, "VBG": pVBG,
	"VBZ": pVBZ, "VBP": pVBP, "MD": pMD, "IN": pIN, "TO": pTO, "DT": pDT, "PDT": pDT,
	"PRP": pPRP, "PRP$": pPRPS, "WDT": pWH, "WP": pWH, "WP$": pWH, "WRB": pWH, "CC": pCC,
	"CD": pCD, "RP": pRP, "EX": pEX, "UH": pUH, "FW": pNN,
}

// poslexGz is the part-of-speech lexicon: one lower-case word a line, then a
// tab and its Penn tags, the commonest first. It is the lower-case part of
// en-lexicon 1.0.11 (MIT licence, Alex Corvi; built on Eric Brill's
// lexicon), see LICENSES.md.
//
//go:embed poslex.txt.gz
var poslexGz []byte

// wordInfo is what the lexicons know of a lower-case word.
type wordInfo struct {
	tags  tagSet // the parts of speech it can have (0 when unknown to the part-of-speech lexicon)
	first posTag // the commonest of them
	// classes are its word classes (lexicon.go), hasClasses whether the
	// class lexicon lists it at all.
	classes    uint32
	hasClasses bool
}

var (
	posOnce  sync.Once
	posWords map[string]wordInfo
	// posHashed holds the same entries keyed by wordHash: a map of integer
	// keys is a third the size of one of strings and costs fewer cache
	// misses per lookup. 64-bit hashes of some 70,000 words do not collide
	// (checked when it is built).
	posHashed map[uint64]wordInfo
)

// wordHash is FNV-1a, 64 bits.
func wordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * 1099511628211
	}
	return h
}

// posLexicon returns the part-of-speech lexicon, reading it on first use
// (about 70,000 words, a few milliseconds), so that programs that never
// extract events never pay for it.
func posLexicon() map[string]wordInfo {
	posOnce.Do(func() {
		zr, err := gzip.NewReader(bytes.NewReader(poslexGz))
		if err != nil {
			panic("extract: the embedded lexicon is corrupt: " + err.Error())
		}
		posWords = make(map[string]wordInfo, 72000)
		sc := bufio.NewScanner(zr)
		for sc.Scan() {
			word, tags, ok := strings.Cut(sc.Text(), "\t")
			if !ok {
				continue
			}
			var wi wordInfo
			for _, t := range strings.Fields(tags) {
				p, ok := penn[t]
				if !ok {
					continue
				}
				if wi.tags == 0 {
					wi.first = p
				}
				wi.tags |= 1 << p
			}
			if wi.tags != 0 {
				posWords[word] = plausible(word, wi)
			}
		}
		if err := sc.Err(); err != nil {
			panic("extract: the embedded lexicon is corrupt: " + err.Error())
		}
		for w, wi := range closedClass {
			posWords[w] = wi
		}
		// One lookup answers both lexicons.
		for w, f := range lex {
			wi := posWords[w]
			wi.classes, wi.hasClasses = f, true
			posWords[w] = wi
		}
		posHashed = make(map[uint64]wordInfo, len(posWords))
		for w, wi := range posWords {
			h := wordHash(w)
			if _, dup := posHashed[h]; dup {
				panic("extract: two lexicon words share a hash: " + w)
			}
			posHashed[h] = wi
		}
	})
	return posWords
}

// closedClass fixes the parts of speech of function words, whose entries in
// the lexicon list every rare use ("the" as a verb) and would mislead the
// tagger.
var closedClass = map[string]wordInfo{}

func init() {
	add := func(first posTag, also tagSet, words string) {
		for _, w := range strings.Fields(words) {
			closedClass[w] = wordInfo{tags: 1<<first | also, first: first}
		}
	}
	add(pDT, 0, `the a an every each either neither another no some any all both this these those
		such much many few several enough`)
	add(pDT, setOfTags(pWH, pIN), "that")
	add(pPRP, 0, `he she it they we i you him them us me itself himself herself themselves ourselves
		myself yourself everyone everybody someone somebody anyone anybody nobody nothing something anything
		everything none`)
	add(pPRPS, 0, "his her its their our my your whose")
	add(pWH, 0, "which who whom where when why how what whoever whatever whichever wherever whenever")
	add(pCC, 0, "and or but nor plus")
	add(pIN, 0, `about above across against along amid amidst among amongst around at behind below beneath
		beside besides between beyond by despite during except for from in inside into near of off on onto
		out outside over per through throughout toward towards under underneath unlike upon via with within
		without because although though whereas whether unless while whilst if than whereby lest
		amongst notwithstanding`)
	add(pIN, setOfTags(pRB), "after before since until till once ago")
	add(pIN, setOfTags(pVBG), "including following regarding concerning according excluding")
	add(pIN, setOfTags(pJJ, pRB), "like as")
	add(pTO, 0, "to")
	add(pMD, 0, `will would shall should can could may might must ought cannot wo ca 'll ’ll`)
	add(pMD, setOfTags(pVBD), "'d ’d")
	add(pVBZ, 0, "is has does 's ’s")
	add(pVBP, 0, "are am 're ’re 'm ’m 've ’ve")
	add(pVBP, setOfTags(pVB), "have do")
	add(pVBD, 0, "was were did")
	add(pVBD, setOfTags(pVBN), "had")
	add(pVB, 0, "be")
	add(pVBN, 0, "been")
	add(pVBG, 0, "being having")
	add(pRB, 0, `not n't never also already still just now then recently previously reportedly allegedly
		repeatedly finally eventually initially officially formally publicly quickly immediately again even
		only ever yet apparently subsequently jointly successfully narrowly widely effectively largely partly
		briefly personally directly twice later earlier soon sharply slightly nearly almost very too quite
		rather so however meanwhile nonetheless nevertheless furthermore moreover instead otherwise
		therefore thus hence indeed perhaps maybe certainly probably possibly here there elsewhere today
		yesterday tomorrow tonight overseas abroad ahead away`)
	add(pEX, setOfTags(pRB), "there")
}

// plausible drops the verb readings the lexicon lists for a word whose form
// cannot have them: "hope" is no past tense, "plan" no participle, "news"
// no third person. The lexicon was grown automatically and carries such
// noise; the tagger would act on it.
func plausible(w string, wi wordInfo) wordInfo {
	drop := func(p posTag) {
		if wi.tags.has(p) && wi.tags != 1<<p {
			wi.tags &^= 1 << p
			if wi.first == p {
				for q := posTag(1); q < numTags; q++ {
					if wi.tags.has(q) {
						wi.first = q
						break
					}
				}
			}
		}
	}
	_, irregular := irregularBase[w]
	if !irregular {
		if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") && !strings.HasSuffix(w, "wn") && !strings.HasSuffix(w, "t") {
			drop(pVBD)
			drop(pVBN)
		}
		if !strings.HasSuffix(w, "s") {
			drop(pVBZ)
		}
	}
	if !strings.HasSuffix(w, "ing") {
		drop(pVBG)
	}
	return wi
}
