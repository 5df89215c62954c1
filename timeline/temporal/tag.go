package temporal

import (
	"strings"
	"sync"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// Version names the tagger's rules; it changes whenever output may change.
const Version = "temporal-4"

// ComparisonPrefix begins the rule of a mention that is the baseline of a
// comparison ("from $3 a year earlier", "than last year").
const ComparisonPrefix = "comparison-"

// Tag returns the time expressions of text in order of their start offset.
// dct is the publication date; the zero time means unknown, in which case
// relative expressions keep X-filled values and no interval.
func Tag(text string, dct time.Time) []timeline.Mention {
	t := tagger{text: text}
	t.setDCT(dct)
	buf := tokenPool.Get().(*[]token)
	t.toks = tokenize(text, *buf)
	t.run()
	clear(t.toks) // drop lexicon pointers before pooling
	*buf = t.toks[:0]
	tokenPool.Put(buf)
	return t.out
}

// setDCT sets the publication date, the day of dct in UTC, and its time
// of day when it has one: a creation time at midnight is a day, as news
// dates are.
func (t *tagger) setDCT(dct time.Time) {
	if !dct.IsZero() {
		d := dct.UTC()
		t.dct = date(d.Year(), int(d.Month()), d.Day())
		t.hasDCT = true
		t.now = d.Truncate(time.Second)
		t.clock = !t.now.Equal(t.dct)
	}
}

// tokenPool recycles token buffers: the tokens of a document are several
// times its size and dead once Tag returns.
var tokenPool = sync.Pool{New: func() any { b := make([]token, 0, 1024); return &b }}

// point is a resolved date used as an anchor by later expressions.
type point struct {
	t     time.Time
	g     timeline.Granularity
	value string
	tok   int  // token index where the mention ended
	frame bool // the mention opens its sentence ("In 2019, ..."), setting the scene
	abs   bool // the text wrote the date whole: "July 12, 2014", "2010"
}

// cand is a candidate match: the tokens it covers and how to resolve it.
// Every matcher returns one at every token it is tried at, so it is kept
// small: the flags and small numbers share a word.
type cand struct {
	end   int // token index, exclusive
	rule  string
	typ   timeline.TimexType
	value string // final value for absolute, duration and set expressions
	mod   string
	// set holds a set's quant and freq, nil for other expressions.
	set *setAttrs
	// resolve computes the value of relative expressions; nil when value is
	// already final.
	resolve func(r *res)
	skip    uint8 // leading tokens tried but left out of the span ("the" of "the third-quarter profit")
	by      int8  // index in rules of the rule that matched, set by matchAt
	// toDCT and fromDCT mark "earlier this year"-like expressions whose
	// interval ends, or begins, at the publication date rather than at the
	// unit's edge.
	toDCT   bool
	fromDCT bool
	// lookBack marks comparisons with an earlier time ("a year earlier")
	lookBack bool
}

// setAttrs are the TIMEX3 quant and freq of a set: "every" is EVERY,
// "twice a week" 2X.
type setAttrs struct {
	quant, freq string
}

// res is what a resolver fills in.
type res struct {
	t      *tagger
	at     int // first token of the expression, for tense lookups
	end    int // the token after it, where tense lookups to the right begin
	value  string
	anchor string
	anchV  string
	tense  string
	iv     timeline.Interval
	g      timeline.Granularity
	typ    timeline.TimexType // when the resolution changes the candidate's type
	// day asks for the day a date falls on: a clock follows ("a week
	// ago at noon").
	day bool
	// textYear says the year came from a date the text wrote whole, so
	// that the next date may take it too.
	textYear bool
}

type tagger struct {
	text   string
	toks   []token
	dct    time.Time
	hasDCT bool
	// now is the creation time to the second; clock says it has a time
	// of day, which "two hours ago" counts from.
	now   time.Time
	clock bool
	last  *point
	// lastDay is the last date mentioned at day granularity or finer.
	lastDay *point
	// lastQuarter is the last quarter mentioned: the period that year-ago
	// comparisons of earnings news refer to.
	lastQuarter *point
	// order caches dayFirst: 0 unread, else 2 plus its answer.
	order int8
	out   []timeline.Mention
}

func (t *tagger) run() {
	for i := 0; i < len(t.toks); {
		i, _ = t.step(i)
	}
}

// step tags at token i: it emits the longest match of the rules that may
// begin there and returns the token to go on from and the index of the
// rule that matched, -1 when none did.
func (t *tagger) step(i int) (int, int) {
	best, ok := t.matchAt(i, t.startable(i))
	if !ok {
		return i + 1, -1
	}
	// "the next year or so", "a week or so ago" stays one expression.
	if t.is(best.end, "or") && t.is(best.end+1, "so") {
		best.end += 2
		if best.mod == "" {
			best.mod = "APPROX"
		}
	}
	if c, ok := t.withClock(i, best); ok && c.end <= len(t.toks) {
		best = c
	}
	t.emit(i, best)
	return best.end, int(best.by)
}

func (t *tagger) emit(i int, c cand) {
	i += int(c.skip)
	start, end := t.toks[i].start, t.toks[c.end-1].end
	m := timeline.Mention{
		Start: start, End: end, Text: t.text[start:end],
		Type: c.typ, Value: c.value, Mod: c.mod,
		How: timeline.Resolution{Rule: c.rule, Anchor: timeline.AnchorNone},
	}
	// "up from $3 million a year earlier": the date of a baseline, not of
	// an event; the rule says so, and the extractor makes no event of it.
	if c.set != nil {
		m.Quant, m.Freq = c.set.quant, c.set.freq
	}
	if (c.lookBack || t.is(i, "last")) && t.comparisonAt(i, c.end) {
		m.How.Rule = ComparisonPrefix + c.rule
	}
	textYear := c.resolve == nil
	if c.resolve != nil {
		r := res{t: t, at: i, end: c.end}
		c.resolve(&r)
		textYear = r.textYear
		m.Value = r.value
		m.How.Anchor, m.How.AnchorValue, m.How.Tense = r.anchor, r.anchV, r.tense
		if r.typ != "" {
			m.Type = r.typ
		}
		if !r.iv.IsZero() {
			m.Interval, m.Granularity = r.iv, r.g
		}
	}
	if m.Interval.IsZero() && (m.Type == timeline.TypeDate || m.Type == timeline.TypeTime) {
		if iv, g, ok := parseValue(m.Value); ok {
			m.Interval, m.Granularity = iv, g
		}
	}
	if !m.Interval.IsZero() {
		switch {
		case c.toDCT && t.hasDCT && t.dct.After(m.Interval.Start) && t.dct.Before(m.Interval.End):
			m.Interval.End = t.dct
		case c.fromDCT && t.hasDCT && t.dct.After(m.Interval.Start) && t.dct.Before(m.Interval.End):
			m.Interval.Start = t.dct.AddDate(0, 0, 1)
		default:
			m.Interval = narrow(m.Interval, m.Mod)
		}
		// A look back ("a year earlier") compares with the date in focus; it
		// does not move the focus, so a second "a year earlier" means the same.
		if len(m.Value) >= 4 && m.Value[0] >= '0' && m.Value[0] <= '9' && !c.lookBack {
			frame := t.boundaryBefore(i) || t.lex(i-1) != nil && t.lex(i-1).prep && t.boundaryBefore(i-1)
			t.last = &point{t: m.Interval.Start, g: m.Granularity, value: m.Value, tok: c.end, frame: frame, abs: textYear}
			if granRank[m.Granularity] <= granRank[timeline.GranularityDay] {
				t.lastDay = t.last
			}
			if m.Granularity == timeline.GranularityQuarter {
				t.lastQuarter = t.last
			}
		}
	}
	if m.Value == "" || !t.plausible(&m) {
		return
	}
	t.out = append(t.out, m)
}

// farYears is how far from publication a date may lie on the strength of
// words alone.
const farYears = 150

// plausible reports whether a date's distance from publication has its
// evidence in the text: a date farther than farYears must write a year of
// four digits, a count of three ("500 years ago") or a century.
func (t *tagger) plausible(m *timeline.Mention) bool {
	if !m.Interval.IsZero() && (m.Interval.End.Year() > 9999 || m.Interval.Start.Year() < 0) {
		return false // "the 9990s" would end in the year 10000, which the store cannot hold
	}
	if !t.hasDCT || m.Interval.IsZero() || m.How.Rule == "century" || m.How.Rule == "range-year" {
		return true
	}
	if d := m.Interval.Start.Year() - t.dct.Year(); d <= farYears && d >= -farYears {
		return true
	}
	run := 0
	for k := 0; k < len(m.Text); k++ {
		if c := m.Text[k]; c >= '0' && c <= '9' {
			if run++; run >= 3 {
				return true
			}
		} else {
			run = 0
		}
	}
	w := toLowerASCII(m.Text)
	return strings.Contains(w, "centur") || strings.Contains(w, "millenni") || strings.Contains(w, "hundred") || strings.Contains(w, "thousand")
}

// Token helpers.

func (t *tagger) ok(i int) bool { return i >= 0 && i < len(t.toks) }

// is reports whether token i is the word w (ASCII, case-insensitive).
func (t *tagger) is(i int, w string) bool {
	if !t.ok(i) || t.toks[i].kind != tokWord {
		return false
	}
	s := t.text[t.toks[i].start:t.toks[i].end]
	if len(s) != len(w) {
		return false
	}
	for k := 0; k < len(s); k++ {
		if s[k]|0x20 != w[k] {
			return false
		}
	}
	return true
}

// isAny reports whether token i is one of words (see is).
func (t *tagger) isAny(i int, words []string) bool {
	if !t.ok(i) || t.toks[i].kind != tokWord {
		return false
	}
	s := t.text[t.toks[i].start:t.toks[i].end]
next:
	for _, w := range words {
		if len(s) != len(w) {
			continue
		}
		for k := 0; k < len(s); k++ {
			if s[k]|0x20 != w[k] {
				continue next
			}
		}
		return true
	}
	return false
}

func (t *tagger) lex(i int) *entry {
	if !t.ok(i) {
		return nil
	}
	return t.toks[i].lex
}

func (t *tagger) punct(i int, r rune) bool {
	return t.ok(i) && t.toks[i].kind == tokPunct && t.toks[i].punct == r
}

// adjacent reports that token i follows i-1 with no space.
func (t *tagger) adjacent(i int) bool { return t.ok(i) && !t.toks[i].gap }

func (t *tagger) num(i int) (int, bool) {
	if !t.ok(i) || t.toks[i].kind != tokNum || t.toks[i].num < 0 {
		return 0, false
	}
	return int(t.toks[i].num), true
}

// skipDot steps over an abbreviation dot right after token i-1.
func (t *tagger) skipDot(i int) int {
	if t.punct(i, '.') && t.adjacent(i) {
		return i + 1
	}
	return i
}

// hyphen reports a hyphen (or dash) joining tokens i-1 and i+1.
func (t *tagger) hyphen(i int) bool {
	return t.ok(i) && t.toks[i].kind == tokPunct && (t.toks[i].punct == '-' || t.toks[i].punct == '‐' || t.toks[i].punct == '–') && t.adjacent(i) && t.adjacent(i+1)
}

func (t *tagger) upper(i int) bool { return t.ok(i) && t.toks[i].upper }

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
