package temporal

import "strings"

// unit is a calendar or clock unit of durations and relative dates.
type unit uint8

const (
	unitNone unit = iota
	unitSecond
	unitMinute
	unitHour
	unitDay
	unitWeek
	unitWeekend
	unitMonth
	unitQuarter
	unitHalf
	unitYear
	unitDecade
	unitCentury
	unitFortnight
	unitSeason
)

// tense cue kinds, as found near an expression.
const (
	tenseNone = iota
	tensePast
	tensePresent
	tenseFuture
	tensePerfect // has/have: present perfect, read as past
)

// relative words that move an anchor.
const (
	relNone = iota
	relLast
	relNext
	relThis
	relPast    // "the past", "previous"
	relComing  // "coming", "upcoming"
	relCurrent // "current"
)

// deictic words resolved against the publication date.
const (
	deiNone = iota
	deiToday
	deiYesterday
	deiTomorrow
	deiTonight
	deiNow
)

// entry is what the lexicon knows about a lower-case word. A word may play
// several parts ("second" is an ordinal and a unit; "may" a month and a verb).
type entry struct {
	month     int  // 1..12
	monthAbbr bool // "sept", "jan": needs a dot or a day to count
	monthWeak bool // "may", "march", "august", "june", "april": common words too
	// monthLowerWeak: "may", "march", "august" are common words in lower
	// case too (names.go).
	monthLowerWeak bool
	weekday        int // ISO 1..7
	weekdayAbb     bool
	weekdays       int // the weekday a plural names: "Tuesdays"
	decade         int // the decade a word names: "seventies" is 7
	unit           unit
	plural         bool
	number         int // cardinal value of a number word, 0 when none
	ordinal        int // 1st..31st as words
	season         string
	part           string // part of day: MO AF EV NI DT
	deictic        int
	rel            int
	mod            string // START, MID, END for early/mid/late
	approx         string // TIMEX3 mod for "about", "nearly", ...
	fuzzy          string // PAST_REF, PRESENT_REF, FUTURE_REF
	tense          int
	set            string // adverbs of frequency: daily → P1D
	tz             bool   // time zone abbreviations
	prep           bool   // temporal prepositions that license weak months
	numberWord     bool
	article        bool    // "a", "an"
	holiday        bool    // begins a holiday's name
	quiet          bool    // known only to begin a holiday or a zone (buildLexicon)
	holidays       []int16 // the holidays whose names it begins, by index
	abbr           bool    // takes a period that does not end the sentence: "Mr.", "Corp."
	// rules may begin at the word (see dispatch); det, for a word with no
	// role of its own, says only before a known word, a number or an
	// apostrophe.
	rules ruleSet
	det   bool
}

var lexicon = buildLexicon()

// vagueCounts are the counts of unknown size: "several years", "a few weeks".
var vagueCounts = []string{"several", "many", "few", "some"}

func buildLexicon() map[string]*entry {
	m := map[string]*entry{}
	get := func(w string) *entry {
		e := m[w]
		if e == nil {
			e = &entry{}
			m[w] = e
		}
		return e
	}
	// quiet adds a word the lexicon knows only to begin a holiday's name or
	// a time zone: a determiner before it ("the Chinese", "the Central
	// Bank") is not worth trying.
	quiet := func(w string) *entry {
		e := m[w]
		if e == nil {
			e = &entry{quiet: true}
			m[w] = e
		}
		return e
	}
	months := []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	for i, w := range months {
		get(w).month = i + 1
	}
	for _, w := range []string{"may", "march", "august", "june", "april"} {
		get(w).monthWeak = true
	}
	for _, w := range []string{"may", "march", "august"} {
		get(w).monthLowerWeak = true
	}
	for w, mo := range map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12} {
		e := get(w)
		e.month, e.monthAbbr = mo, true
	}
	for i, w := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		get(w).weekday = i + 1
		get(w + "s").weekdays = i + 1
	}
	for w, d := range map[string]int{"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7} {
		e := get(w)
		e.weekday, e.weekdayAbb = d, true
	}
	units := map[string]unit{
		"second": unitSecond, "minute": unitMinute, "hour": unitHour, "day": unitDay,
		"week": unitWeek, "weekend": unitWeekend, "month": unitMonth, "quarter": unitQuarter,
		"year": unitYear, "decade": unitDecade, "century": unitCentury, "fortnight": unitFortnight,
		"half": unitHalf,
	}
	for w, u := range units {
		get(w).unit = u
	}
	for w, u := range map[string]unit{
		"seconds": unitSecond, "minutes": unitMinute, "hours": unitHour, "days": unitDay,
		"weeks": unitWeek, "weekends": unitWeekend, "months": unitMonth, "quarters": unitQuarter,
		"years": unitYear, "decades": unitDecade, "centuries": unitCentury, "fortnights": unitFortnight,
		"mins": unitMinute, "hrs": unitHour, "yrs": unitYear, "secs": unitSecond,
	} {
		e := get(w)
		e.unit, e.plural = u, true
	}
	for w, u := range map[string]unit{"min": unitMinute, "hr": unitHour, "yr": unitYear, "sec": unitSecond} {
		get(w).unit = u
	}
	numbers := map[string]int{
		"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
		"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
		"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
		"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
		"dozen": 12, "a": 1, "an": 1,
	}
	for w, n := range numbers {
		e := get(w)
		e.number, e.numberWord = n, true
	}
	get("a").article = true
	get("an").article = true
	ordinals := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
		"nineteenth", "twentieth"}
	for i, w := range ordinals {
		get(w).ordinal = i + 1
	}
	get("thirtieth").ordinal = 30
	get("last").ordinal = -1 // "the last quarter", "last Monday of May"
	get("final").ordinal = -1
	for w, s := range map[string]string{"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
		"springtime": "SP", "summertime": "SU", "wintertime": "WI"} {
		get(w).season = s
	}
	for w, p := range map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
		"overnight": "NI", "daytime": "DT", "midday": "MI", "noon": "MI", "midnight": "MN", "mornings": "MO",
		"afternoons": "AF", "evenings": "EV", "nights": "NI", "dawn": "MO", "dusk": "EV", "daybreak": "MO",
		"sunrise": "MO", "sunset": "EV", "nightfall": "NI", "midmorning": "MO", "midafternoon": "AF"} {
		get(w).part = p
	}
	for w, d := range map[string]int{"today": deiToday, "yesterday": deiYesterday, "tomorrow": deiTomorrow,
		"tmr": deiTomorrow, "tmrw": deiTomorrow, "tonite": deiTonight,
		"tonight": deiTonight, "now": deiNow} {
		get(w).deictic = d
	}
	for w, r := range map[string]int{"last": relLast, "next": relNext, "this": relThis, "past": relPast,
		"previous": relPast, "coming": relComing, "upcoming": relComing, "current": relCurrent, "following": relNext,
		"preceding": relPast, "prior": relPast} {
		get(w).rel = r
	}
	for w, mod := range map[string]string{"early": "START", "earlier": "START", "late": "END", "later": "END",
		"mid": "MID", "middle": "MID", "beginning": "START", "start": "START", "end": "END", "close": "END"} {
		get(w).mod = mod
	}
	for w, a := range map[string]string{"about": "APPROX", "around": "APPROX", "approximately": "APPROX",
		"roughly": "APPROX", "some": "APPROX", "nearly": "APPROX", "almost": "LESS_THAN",
		"circa": "APPROX"} {
		get(w).approx = a
	}
	// Adverbs that place an event in the past, present or future. Not
	// "previously", "formerly", "presently" or "soon": they order events
	// more than they date them, and TimeBank tags them one time in four.
	for w, f := range map[string]string{"recently": "PAST_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
		"future": "FUTURE_REF", "recent": "PAST_REF", "lately": "PAST_REF"} {
		get(w).fuzzy = f
	}
	for w, s := range map[string]string{"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
		"yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M", "biweekly": "P2W",
		"fortnightly": "P2W", "biannually": "P6M", "semiannually": "P6M", "semiannual": "P6M", "biannual": "P6M"} {
		get(w).set = s
	}
	// Every word a time zone may begin with (zone.go), so that zoneAt
	// looks further only at them.
	for w := range zoneAbbrevs {
		quiet(w).tz = true
	}
	for w := range zoneRegions {
		quiet(w).tz = true
	}
	for w := range ianaZones {
		quiet(w[:strings.IndexByte(w, '/')]).tz = true
	}
	quiet("coordinated").tz = true
	for _, w := range []string{"in", "on", "since", "until", "till", "by", "during", "from", "through", "before",
		"after", "of", "to", "between", "throughout", "early", "late", "mid", "last", "next", "this", "until",
		"that", "each", "every", "into", "around", "about", "for", "and", "or", "than", "starting", "ending", "within"} {
		get(w).prep = true
	}
	for _, w := range []string{"said", "was", "were", "had", "did", "told", "came", "went", "took", "made",
		"got", "gave", "held", "met", "won", "lost", "began", "left", "sent", "saw", "ran", "fell", "rose",
		"spoke", "wrote", "brought", "bought", "sold", "paid", "kept", "found", "led", "became", "struck",
		"hit", "put", "set", "cut", "shot", "quit", "ago", "earlier", "last", "yesterday", "former", "broke",
		"chose", "drew", "drove", "flew", "forgot", "froze", "grew", "knew", "laid", "meant", "overtook",
		"rang", "sank", "shook", "slid", "sought", "spent", "stood", "stole", "swore", "taught", "thought",
		"threw", "understood", "wore", "withdrew", "felt", "heard", "built", "caught", "fought", "dealt"} {
		get(w).tense = tensePast
	}
	for _, w := range []string{"will", "shall", "tomorrow", "next", "upcoming", "coming", "plans", "plan",
		"scheduled", "expected", "expects", "expect", "going", "gonna", "intends", "hopes", "due",
		"later", "would", "could", "should", "might", "must", "wants", "aims", "set", "prepares", "preparing", "ll",
		"effective", "starting", "payable",
		// a schedule in the present: "the hearing starts Friday"
		"starts", "begins", "opens", "resumes", "convenes", "reconvenes", "expires", "kicks", "arrives", "departs"} {
		get(w).tense = tenseFuture
	}
	for _, w := range []string{"mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt",
		"col", "sgt", "capt", "maj", "adm", "cmdr", "prof", "rev", "hon", "co", "corp", "inc", "ltd", "bros",
		"no", "nos", "vs", "etc", "ave", "blvd", "mt", "ft", "pp", "vol", "est", "approx", "dept", "univ",
		"assn", "gens", "reps", "sens", "mass", "calif", "conn", "fla", "ill", "wash", "penn", "ariz", "colo", "tenn",
		"okla", "wis", "mich", "minn", "nev", "ore", "ky", "va", "md", "del", "ga", "ala", "miss", "mo", "ark", "kan",
		"neb", "wyo", "mont", "ind", "pa", "sept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct",
		"nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"} {
		get(w).abbr = true
	}
	for w, d := range decadeWords {
		get(w).decade = d // known, so that "the" before it is worth trying
	}
	get("as")   // begins only "as soon as possible"
	get("soon") // after "as": "as soon as possible"
	get("some") // a count: "some time", "some years"
	get("corresponding")
	get("comparable")
	for _, w := range []string{"is", "are", "am", "does", "do", "says", "tells"} {
		get(w).tense = tensePresent
	}
	for _, w := range []string{"has", "have"} {
		get(w).tense = tensePerfect
	}
	// Words expressions are made of: known, so that a determiner before
	// them is worth trying ("at the moment", "a later date", "the other
	// day"). The rules that begin with some of them declare so themselves.
	for _, w := range []string{"the", "fiscal", "several", "few", "many", "that", "each", "every", "more",
		"less", "at", "up", "no", "q", "h", "fy", "year", "once", "twice", "these", "a", "an", "latest", "same",
		"full", "least", "most", "moment", "couple", "days", "period", "later", "date", "time", "other", "near", "short", "over",
		"annual"} {
		get(w)
	}
	for w, ks := range holidaysByWord {
		e := quiet(w)
		e.holiday = true
		for _, k := range ks {
			e.holidays = append(e.holidays, int16(k))
		}
	}
	// Words that are both cues and something else keep both roles: "last"
	// (rel and past), "later" (mod and future), "set" (past form, future
	// frame "set to") — the nearest cue wins in tenseAt.
	return m
}
