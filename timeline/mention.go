package timeline

// TimexType is the TIMEX3 type of a time expression.
type TimexType string

// The four TIMEX3 types.
const (
	TypeDate     TimexType = "DATE"
	TypeTime     TimexType = "TIME"
	TypeDuration TimexType = "DURATION"
	TypeSet      TimexType = "SET"
)

// Mention is one time expression found in a document's text.
type Mention struct {
	// Start and End are byte offsets into Document.Text, End exclusive.
	Start int
	End   int
	Text  string
	Type  TimexType
	// Value is the normalized TIMEX3 value: 2025-05-19, 2025-W20, 2025-05-19TMO,
	// PT2H, P3Y, XXXX-WXX-1, PAST_REF, 199, ... Relative expressions whose anchor
	// is unknown keep an X-filled value (XXXX-XX-XX).
	Value string
	// Mod is the TIMEX3 mod attribute (START, MID, END, APPROX, BEFORE, ...).
	Mod string
	// Quant and Freq are the TIMEX3 attributes of sets ("every" → EVERY).
	Quant string
	Freq  string
	// Interval is the concrete span of a DATE or TIME; zero when unanchored.
	Interval    Interval
	Granularity Granularity
	How         Resolution
}

// Anchored reports whether the mention has a concrete interval.
func (m *Mention) Anchored() bool { return !m.Interval.IsZero() }

// Resolution records how a mention got its value, for --explain and for
// debugging the tagger on documents it has never seen.
type Resolution struct {
	Rule string // the grammar rule that matched, e.g. "weekday", "month-day-year"
	// Anchor is what relative parts were resolved against: "dct" (the
	// publication date), "mention" (an earlier date in the text), "none"
	// (absolute, nothing needed) or "missing" (relative, but no anchor known).
	Anchor      string
	AnchorValue string // the anchor's TIMEX3 value, e.g. "2025-05-19"
	Tense       string // "past", "present", "future" or "" when not consulted
}

// Anchor kinds for Resolution.Anchor.
const (
	AnchorNone    = "none"
	AnchorDCT     = "dct"
	AnchorMention = "mention"
	AnchorMissing = "missing"
)
