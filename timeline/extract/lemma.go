package extract

import "strings"

// irregularBase maps the irregular forms of verbs (past, participle, third
// person) to their base.
var irregularBase = map[string]string{}

func init() {
	for _, triple := range strings.Fields(irregularVerbs) {
		p := strings.Split(triple, ",")
		irregularBase[p[1]] = p[0]
		irregularBase[p[2]] = p[0]
	}
	for base, forms := range map[string]string{
		"be":   "am is are was were been being 're ’re 'm ’m 's ’s",
		"have": "has had having 've ’ve 'd ’d",
		"do":   "does did done doing",
		"go":   "goes went gone",
		"die":  "dying", // not "dye"
		"lie":  "lying",
		"tie":  "tying",
		"vie":  "vying",
	} {
		for _, f := range strings.Fields(forms) {
			irregularBase[f] = base
		}
	}
	// Nouns with irregular plurals.
	for _, pair := range strings.Fields(`men,man women,woman children,child people,person mice,mouse
		feet,foot teeth,tooth lives,life wives,wife knives,knife leaves,leaf crises,crisis analyses,analysis
		theses,thesis thieves,thief halves,half`) {
		p := strings.Split(pair, ",")
		irregularNoun[p[0]] = p[1]
	}
}

var irregularNoun = map[string]string{}

// lemma returns the dictionary form of token k: the base of a verb, the
// singular of a noun, the lower-cased word otherwise. It is worked out
// once per token, from its part of speech when first asked, and once per
// word (vocab.verbLemma, vocab.nounLemma).
func (d *doc) lemma(k int) string {
	id, spelt := d.lemmaID(k)
	if spelt {
		return d.voc.texts[id]
	}
	return d.voc.words[id].low
}

// lemmaID returns the vocab entry of the lemma of token k: the entry of its
// spelling when spelt (a verb's or a plural's lemma), else the token's own,
// whose lower-cased word is the lemma.
func (d *doc) lemmaID(k int) (id int32, spelt bool) {
	t := &d.toks[k]
	if t.lem != 0 {
		return t.lem - 1, !t.lemOwn
	}
	id, spelt = d.lemmaOf(t)
	t.lem, t.lemOwn = id+1, !spelt
	return id, spelt
}

// lemmaOf works out lemmaID for token t, from its part of speech.
func (d *doc) lemmaOf(t *tok) (id int32, spelt bool) {
	switch {
	case t.pos == pVB || t.pos == pVBP || t.pos == pMD:
		// A base form is its own lemma: "need", "bring" are no past forms;
		// only an irregular form ("is", "has") has another.
		if d.voc.words[t.w].irregular {
			return d.voc.verbLemma(t.w), true
		}
	case t.pos.verb():
		return d.voc.verbLemma(t.w), true
	case t.pos == pNNS:
		return d.voc.nounLemma(t.w), true
	}
	return t.w, false
}

// verbLemma returns the base form of a verb form, checking candidates
// against the lexicon's base forms.
func verbLemma(w string) string {
	if b, ok := irregularBase[w]; ok {
		return b
	}
	lexicon := posLexicon()
	isBase := func(c string) bool {
		wi, ok := lexicon[c]
		return ok && (wi.tags.has(pVB) || wi.tags.has(pVBP))
	}
	try := func(cands ...string) (string, bool) {
		for _, c := range cands {
			if len(c) >= 2 && isBase(c) {
				return c, true
			}
		}
		return "", false
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ied"):
		if c, ok := try(w[:n-3] + "y"); ok {
			return c
		}
	case n > 3 && strings.HasSuffix(w, "ed"):
		stem := w[:n-2]
		cands := []string{stem, w[:n-1]}
		if shortCVC(stem) {
			// "hoped", "rated", "staged": a short consonant-vowel-consonant
			// stem would have doubled its consonant ("hopped"), so the base
			// ends in e.
			cands[0], cands[1] = cands[1], cands[0]
		}
		if len(stem) > 2 && stem[len(stem)-1] == stem[len(stem)-2] {
			cands = append(cands, stem[:len(stem)-1]) // skipped → skip
		}
		if c, ok := try(cands...); ok {
			return c
		}
		if strings.HasSuffix(stem, "e") || !strings.ContainsAny(stem[len(stem)-1:], "aeiouy") && strings.ContainsAny(stem[max(0, len(stem)-2):len(stem)-1], "aeiou") && len(stem) <= 4 {
			return w[:n-1]
		}
		return stem
	case n > 4 && strings.HasSuffix(w, "ing"):
		stem := w[:n-3]
		cands := []string{stem, stem + "e"}
		if len(stem) > 2 && stem[len(stem)-1] == stem[len(stem)-2] {
			cands = append(cands, stem[:len(stem)-1]) // running → run
		}
		if strings.HasSuffix(stem, "y") {
			cands = append(cands, stem[:len(stem)-1]+"ie") // lying → lie
		}
		if c, ok := try(cands...); ok {
			return c
		}
		return stem
	case n > 3 && strings.HasSuffix(w, "ies"):
		if c, ok := try(w[:n-3] + "y"); ok {
			return c
		}
	case n > 2 && strings.HasSuffix(w, "es"):
		if c, ok := try(w[:n-2], w[:n-1]); ok {
			return c
		}
	case n > 2 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		if c, ok := try(w[:n-1]); ok {
			return c
		}
	}
	return w
}

// shortCVC reports a stem ending in consonant, vowel, consonant with no
// other vowel before: hop, rat, stag; not open, visit, need.
func shortCVC(stem string) bool {
	n := len(stem)
	if n < 3 {
		return false
	}
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	a, b, c := stem[n-3], stem[n-2], stem[n-1]
	if vowel(a) || !vowel(b) || vowel(c) || c == 'w' || c == 'x' || c == 'y' {
		return false
	}
	for i := 0; i < n-3; i++ {
		if vowel(stem[i]) {
			return false
		}
	}
	return true
}

// nounLemma returns the singular of a plural noun.
func nounLemma(w string) string {
	if s, ok := irregularNoun[w]; ok {
		return s
	}
	lexicon := posLexicon()
	isNoun := func(c string) bool {
		wi, ok := lexicon[c]
		return ok && wi.tags.has(pNN)
	}
	n := len(w)
	switch {
	case n > 3 && strings.HasSuffix(w, "ies") && isNoun(w[:n-3]+"y"):
		return w[:n-3] + "y"
	case n > 3 && strings.HasSuffix(w, "es") && isNoun(w[:n-2]):
		return w[:n-2]
	case n > 2 && strings.HasSuffix(w, "s") && isNoun(w[:n-1]):
		return w[:n-1]
	}
	return w
}
