package temporal

import (
	"fmt"
	"math/bits"
)

// matcher tries one rule at token i.
type matcher func(t *tagger, i int) (cand, bool)

// rule is one family of expressions: a matcher and the tokens it may begin
// at. The tagger tries a rule only at the tokens it declares, and derives
// everything else (which words the lexicon must know, which rules to try at
// a token) from the declarations: a new rule that begins with a new word
// fires without touching any other list.
type rule struct {
	name  string // unique, for tests and messages
	match matcher
	// words are the lower-case words the rule may begin at; each is added
	// to the lexicon. classes are the kinds of token it may begin at.
	words   []string
	classes class
	// examples are found by this rule, published on exampleDCT; a rule
	// without them fails TestRuleExamples.
	examples []example
}

// example is a sentence a rule must tag: the mention's text, its value and
// the rule name the mention records.
type example struct {
	text, want, value, rule string
}

// exampleDCT publishes every example: Monday 19 May 2025.
var exampleDCT = date(2025, 5, 19)

// class is a set of token kinds a rule may begin at; all but the first
// two are roles a word plays in the lexicon.
type class uint32

const (
	classNumber     class = 1 << iota // a digit run, unless an amount ("$2,020", "5%")
	classApostrophe                   // the apostrophe of '98 or '90s
	classMonth
	classWeekday
	classUnit
	classNumberWord // "two", "twenty", "a", "dozen"
	classOrdinal    // "first", "third", "last"
	classSeason
	classPartOfDay
	classDeictic  // "today", "now"
	classRelative // "last", "next", "this", "coming", ...
	classModifier // "early", "mid", "end"
	classApprox   // "about", "nearly"
	classFuzzy    // "recently", "soon"
	classSet      // "daily", "weekly"
	classHoliday  // a holiday named by this word alone or before Day, Eve, ...
)

// classCount is where a count begins (see parseCount), with vagueCounts.
const classCount = classNumber | classNumberWord

// classes returns the roles of e as token classes.
func (e *entry) classes() class {
	var c class
	set := func(on bool, k class) {
		if on {
			c |= k
		}
	}
	set(e.month != 0, classMonth)
	set(e.weekday != 0, classWeekday)
	set(e.unit != unitNone, classUnit)
	set(e.numberWord, classNumberWord)
	set(e.ordinal != 0, classOrdinal)
	set(e.season != "", classSeason)
	set(e.part != "", classPartOfDay)
	set(e.deictic != deiNone, classDeictic)
	set(e.rel != relNone, classRelative)
	set(e.mod != "", classModifier)
	set(e.approx != "", classApprox)
	set(e.fuzzy != "", classFuzzy)
	set(e.set != "", classSet)
	set(e.holiday, classHoliday)
	return c
}

// ruleSet is a set of rules by index in rules; they run in index order.
type ruleSet uint64

// rules run in this order; the longest match wins, the earlier on a tie.
var rules []*rule

// numberRules and apostropheRules are the rules that may begin at a digit
// run and at an apostrophe; a word's rules are in its lexicon entry.
var numberRules, apostropheRules ruleSet

func init() {
	rules = []*rule{
		&numericDateRule,
		&compactDateRule,
		&monthDateRule,
		&dayMonthRule,
		&dayOfMonthRule,
		&timeRule,
		&weekdayRule,
		&relativeRule,
		&deicticRule,
		&agoRule,
		&anaphoricRule,
		&quarterRule,
		&currentUnitRule,
		&decadeRule,
		&seasonRule,
		&holidayRule,
		&yearRule,
		&durationRule,
		&setRule,
		&fuzzyRule,
		&afterNextRule,
		&weekdaysAgoRule,
		&nthOfRule,
		&dayOfRelMonthRule,
		&weekOfMonthRule,
		&weekdayOfWeekRule,
		&compactQuarterRule,
		&atDawnRule,
		&partOfDayRule,
		&rangeDayRule,
		&modifiedRule, // last: it loses ties to the expression it modifies
	}
	numberRules, apostropheRules = dispatch(rules, lexicon)
}

// dispatch records in each lexicon entry the rules that may begin at it,
// adding the words rules declare, and returns the rules that may begin at
// a number and at an apostrophe. It panics on a malformed declaration:
// every test would fail at once.
func dispatch(rs []*rule, lex map[string]*entry) (num, apos ruleSet) {
	if len(rs) > 64 {
		panic(fmt.Sprintf("temporal: %d rules, a ruleSet holds 64", len(rs)))
	}
	names := map[string]bool{}
	for k, r := range rs {
		bit := ruleSet(1) << k
		if names[r.name] || r.name == "" || r.match == nil || len(r.words) == 0 && r.classes == 0 {
			panic(fmt.Sprintf("temporal: rule %d %q: duplicate, unnamed or without starts", k, r.name))
		}
		names[r.name] = true
		if r.classes&classNumber != 0 {
			num |= bit
		}
		if r.classes&classApostrophe != 0 {
			apos |= bit
		}
		for _, w := range r.words {
			if !lexiconWord(w) {
				panic(fmt.Sprintf("temporal: rule %q: start word %q is not a lower-case ASCII word", r.name, w))
			}
			e := lex[w]
			if e == nil {
				e = &entry{}
				lex[w] = e
			}
			e.rules |= bit
		}
	}
	for _, e := range lex {
		c := e.classes()
		for k, r := range rs {
			if r.classes&c != 0 {
				e.rules |= ruleSet(1) << k
			}
		}
		// A start word with no role of its own, or an article ("the",
		// "a", "fiscal", "every"), means nothing alone: it is worth trying
		// only before a word the lexicon knows, a number or an apostrophe.
		e.det = e.rules != 0 && (e.article || c == 0)
	}
	return num, apos
}

// lexiconWord reports whether w can be a lexicon key: tokenize looks up
// lower-cased ASCII words of at most 24 letters.
func lexiconWord(w string) bool {
	if w == "" || len(w) > 24 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// declared is the set of rules that may begin at token i.
func (t *tagger) declared(i int) ruleSet {
	tk := &t.toks[i]
	switch {
	case tk.kind == tokNum:
		return numberRules
	case tk.kind == tokPunct:
		if tk.punct == '\'' {
			return apostropheRules
		}
		return 0
	case tk.lex != nil:
		return tk.lex.rules
	}
	return 0
}

// startable is declared, less what cannot begin an expression here: an
// amount ("$2.5 million", "1,200", "4.5%", "5 percent"), or a determiner
// before an unknown word ("the government").
func (t *tagger) startable(i int) ruleSet {
	tk := &t.toks[i]
	switch tk.kind {
	case tokNum:
		if i > 0 && !tk.gap {
			if p := &t.toks[i-1]; p.kind == tokPunct && (p.punct == '$' || p.punct == '€' || p.punct == '£' ||
				(p.punct == ',' || p.punct == '.') && i > 1 && t.toks[i-2].kind == tokNum && !p.gap) {
				return 0
			}
		}
		if t.punct(i+1, '%') || t.is(i+1, "percent") {
			return 0
		}
		return numberRules
	case tokWord:
		if e := tk.lex; e != nil && e.det {
			if !t.ok(i + 1) {
				return 0
			}
			n := &t.toks[i+1]
			// "semi-annual": a known word after a hyphen counts too
			if (n.lex == nil || n.lex.quiet) && n.kind != tokNum && !(n.kind == tokPunct && n.punct == '\'') && !(t.hyphen(i+1) && t.lex(i+2) != nil) {
				return 0
			}
		}
	}
	return t.declared(i)
}

// matchAt tries the rules of set at i and returns the longest match, the
// earlier rule's on a tie, with by set to its rule's index.
func (t *tagger) matchAt(i int, set ruleSet) (cand, bool) {
	best, found := cand{}, false
	for set != 0 {
		k := bits.TrailingZeros64(uint64(set))
		set &= set - 1
		// A match never ends past the text: the tokens it reads are checked
		// one by one, and this is the net under them.
		if c, ok := rules[k].match(t, i); ok && c.end > i && c.end <= len(t.toks) && int(c.skip) < c.end-i && (!found || c.end > best.end) {
			best, found = c, true
			best.by = int8(k)
		}
	}
	return best, found
}
