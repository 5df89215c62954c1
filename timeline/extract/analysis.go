package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
)

// doc is the per-document analysis shared by all events of one Events call:
// sentences, tokens and entities, computed once and only as far into the
// text as the last event needs, so that no event rescans the document.
type doc struct {
	text  string
	sents []Sentence
	// raw and split keep, across documents, the buffers of the sentences
	// as split and as analyseAll cuts them; sents is one of them.
	raw, split []Sentence
	toks       []tok
	st         []int        // st[i]: first token of sentence i; st[done] = len(toks)
	ents       []entMention // in text order
	topic      []string     // first person named in each sentence, "" if none
	// full marks the sentences that hold an event: they get every token,
	// the others only what the entity scan needs.
	full []bool
	// names maps the lower-cased last (and first) word of each full name
	// seen so far to the full name: "putin" → "Vladimir Putin".
	names map[string]string
	// alias maps "russian leader" to the person it introduced.
	alias map[string]string
	// orgs maps the short forms of organisations named so far to their full
	// names: "kellogg" → "Kellogg Co", "icrc" → "International Committee of
	// the Red Cross".
	orgs map[string]string
	// titled maps a title to the last person named with it: "president" →
	// "George Bush", for "the president".
	titled map[string]string
	// female holds the full names of the people the text marks as women
	// (Mrs, Ms, a woman's first name), for "she".
	female map[string]bool
	// mentions are the byte spans of every mention, sorted, so that a
	// phrase never swallows another time expression.
	mentions []span
	maxEnd   []int  // maxEnd[i]: the furthest end of mentions[:i+1]
	kb       []byte // scratch for map keys
	// midCaps counts the lower-cased words the text capitalises inside a
	// sentence: names, so that "Bush said" opening a sentence is one too.
	midCaps map[string]int
	// wrapped reports a hard-wrapped text, whose line breaks are not
	// paragraph breaks.
	wrapped bool
	// x is the extraction state, kept with the doc so that its buffers are
	// reused by the next document.
	x extraction
	// ea and ia are arenas for the short lists of entities and noun
	// phrases the phrase and participant builders return: a list is a
	// slice of them, capped, valid until the next event (arena.go).
	ea []entMention
	ia []int
	// pscratch collects an event's participants; parts holds those of the
	// document's events until build moves them out (arena.go).
	pscratch []timeline.Participant
	parts    []timeline.Participant
	rbuf     []byte // scratch of render
	// validUTF8 reports a text that is valid UTF-8, and so is every token,
	// since tokens start and end at runes.
	validUTF8 bool
	// voc holds what is known of every word seen, across documents.
	voc vocab
}

// docs recycles the buffers of finished documents: most of the garbage of
// a run would otherwise be token slices.
//
// It is a bounded free list rather than a sync.Pool: a pool is emptied at
// every garbage collection, and with it the vocab each doc keeps warm
// across documents.
var docs = make(chan *doc, 64)

func getDoc() *doc {
	select {
	case d := <-docs:
		return d
	default:
		return &doc{names: map[string]string{}, alias: map[string]string{}, orgs: map[string]string{}, female: map[string]bool{}, titled: map[string]string{},
			midCaps: map[string]int{}}
	}
}

// maxSentenceTokens bounds the tokens parsed as one sentence.
const maxSentenceTokens = 150

// newDoc prepares the analysis of text; mentions are the byte spans of its
// time expressions. Call free when done.
func newDoc(text string, mentions []span) *doc {
	d := getDoc()
	d.voc.reset()
	d.text = text
	d.raw = appendSentences(d.raw[:0], text)
	d.sents = d.raw
	d.mentions = append(d.mentions[:0], mentions...)
	slices.SortFunc(d.mentions, func(x, y span) int { return x.a - y.a })
	d.maxEnd = d.maxEnd[:0]
	for i, m := range d.mentions {
		if i > 0 && d.maxEnd[i-1] > m.b {
			m.b = d.maxEnd[i-1]
		}
		d.maxEnd = append(d.maxEnd, m.b)
	}
	d.st = append(d.st[:0], 0)
	d.toks = d.toks[:0]
	d.ents = d.ents[:0]
	d.topic = d.topic[:0]
	d.full = slices.Grow(d.full[:0], len(d.sents))[:len(d.sents)]
	clear(d.full)
	_, d.wrapped = wrapWidth(text)
	d.validUTF8 = utf8.ValidString(text)
	return d
}

// analyseAll tokenizes every sentence, tags its parts of speech and finds
// its entities, in text order (names resolve against what came before).
func (d *doc) analyseAll() {
	// A "sentence" longer than maxSentenceTokens (a table, a list without
	// punctuation, a feed of words) is parsed in pieces, so that no step
	// of the parse costs more than linear time in the text.
	sents := d.split[:0]
	for _, s := range d.sents {
		a := len(d.toks)
		d.toks = tokenize(d.text, s.Start, s.End, d.toks, false)
		d.intern(a, len(d.toks))
		for a+maxSentenceTokens < len(d.toks) {
			cut := a + maxSentenceTokens
			sents = append(sents, Sentence{d.toks[a].s, d.toks[cut-1].e})
			d.st = append(d.st, cut)
			a = cut
		}
		if a < len(d.toks) {
			sents = append(sents, Sentence{d.toks[a].s, s.End})
			d.st = append(d.st, len(d.toks))
		}
	}
	d.sents, d.split = sents, sents
	d.full = slices.Grow(d.full[:0], len(d.sents))[:len(d.sents)]
	d.markMentions(0, len(d.toks))
	d.findMidCaps()
	for si := range d.sents {
		a, b := d.st[si], d.st[si+1]
		d.tagSentence(a, b)
		e0 := len(d.ents)
		d.scanEntities(a, b)
		topic := ""
		for _, m := range d.ents[e0:] {
			if m.kind == timeline.EntityPerson {
				topic = m.name
				break
			}
		}
		d.topic = append(d.topic, topic)
	}
	d.laterFullNames()
}

// laterFullNames gives a surname named before its full name the full name:
// "Sununu" in a headline, "John Sununu" in the story.
func (d *doc) laterFullNames() {
	for i := range d.ents {
		m := &d.ents[i]
		if m.kind == timeline.EntityOrganization || m.kind == timeline.EntityPlace || strings.ContainsRune(m.name, ' ') {
			continue
		}
		if full, ok := d.names[string(d.lowerKey(m.name))]; ok && full != m.name {
			m.name, m.kind = full, timeline.EntityPerson
		}
	}
}

// lowerKey writes strings.ToLower(w) into the doc's key scratch (see key),
// for a map lookup that allocates nothing.
func (d *doc) lowerKey(w string) []byte {
	if !isASCII(w) {
		d.kb = append(d.kb[:0], strings.ToLower(w)...)
		return d.kb
	}
	d.kb = d.kb[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		d.kb = append(d.kb, c)
	}
	return d.kb
}

// findMidCaps records the words capitalised after the first word of a
// sentence (and not after a colon or an opening quote).
func (d *doc) findMidCaps() {
	for si := range d.sents {
		a, b := d.st[si], d.st[si+1]
		first := true
		for k := a; k < b; k++ {
			t := &d.toks[k]
			if t.shape == shPunct {
				if p := d.punct(k); p == ":" || d.isQuote(k) || p == "—" || p == "–" || p == "_" || p == "(" {
					first = true
				}
				continue
			}
			if !first && t.shape == shTitle && !t.men {
				d.midCaps[d.lower(k)]++
			}
			first = false
		}
	}
}

// tokenAt returns the first token that ends after byte i.
func (d *doc) tokenAt(i int) int {
	lo, hi := 0, len(d.toks) // sort.Search, without a call per step
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); d.toks[m].e > i {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// sentenceOf returns the sentence holding token k.
func (d *doc) sentenceOf(k int) int {
	lo, hi := 0, len(d.st) // sort.Search, without a call per step
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); d.st[m] > k {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return max(0, min(lo-1, len(d.sents)-1))
}

// free returns d to the pool, dropping references into its text.
func (d *doc) free() {
	if cap(d.toks) > 1<<16 {
		return // keep no giant buffers alive
	}
	clear(d.names)
	clear(d.alias)
	clear(d.orgs)
	clear(d.female)
	clear(d.titled)
	clear(d.midCaps)
	clear(d.ents)
	clear(d.topic)
	// The scratch lists hold names, which may point into the text.
	clear(d.ea[:cap(d.ea)])
	clear(d.parts)
	clear(d.pscratch[:cap(d.pscratch)])
	clear(d.x.memoEnts[:cap(d.x.memoEnts)])
	d.ea, d.parts = d.ea[:0], d.parts[:0]
	d.text, d.sents = "", nil
	d.x = extraction{sents: d.x.sents, events: d.x.events[:0], mentionToks: d.x.mentionToks[:0],
		bySentence: d.x.bySentence[:0], spans: d.x.spans[:0], eventsOf: d.x.eventsOf[:0], subjects: d.x.subjects[:0],
		consumed: d.x.consumed[:0], out: d.x.out[:0], keep: d.x.keep[:0], memo: d.x.memo[:0], memoEnts: d.x.memoEnts[:0]}
	select {
	case docs <- d:
	default:
	}
}

// markMentions flags the tokens of [a, b) that overlap a time expression.
func (d *doc) markMentions(a, b int) {
	if a >= b {
		return
	}
	s := d.toks[a].s
	// maxEnd is non-decreasing, so this finds the first mention that can
	// reach s even when mentions nest.
	i := sort.Search(len(d.maxEnd), func(i int) bool { return d.maxEnd[i] > s })
	for k := a; k < b && i < len(d.mentions); k++ {
		t := &d.toks[k]
		for i < len(d.mentions) && d.maxEnd[i] <= t.s {
			i++
		}
		// Mentions may overlap: look at every one that starts before t ends.
		for j := i; j < len(d.mentions) && d.mentions[j].a < t.e; j++ {
			if d.mentions[j].b > t.s {
				t.men = true
				break
			}
		}
	}
}
