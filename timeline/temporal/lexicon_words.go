package temporal

// Word lists the rules consult. A word here need not be a lexicon word: the
// rules compare token text (case-insensitively, see tagger.isAny), so these
// lists change no token's lexicon entry.

// ordinalSuffixes follow a day number: "5th", "21st".
var ordinalSuffixes = []string{"st", "nd", "rd", "th"}

// quarterOrdinals name a quarter after a year: "the 1989 third quarter".
var quarterOrdinals = []string{"first", "second", "third", "fourth"}

// monthAttributors make a month after them name when the noun after it
// happened: "a June agreement", "the March accession".
var monthAttributors = []string{"a", "the", "its", "their"}

// dayOfMonthPreps introduce a bare day of the month: "on the 15th".
var dayOfMonthPreps = []string{"on", "by", "until", "since", "before", "after"}

// codeNouns make the number after them a code, not a year: "Flight 2020".
var codeNouns = []string{"no", "number", "route", "flight", "room", "page", "section", "article", "resolution",
	"exit", "gate", "highway", "interstate", "model", "version", "platform", "channel", "suite", "unit", "apartment", "bus", "track"}

// anaphoricWords move "the" + unit from the last date mentioned ("the next
// day", "the previous week"), by anaphoricOffsets.
var anaphoricWords = []string{"next", "following", "same", "previous", "preceding", "prior"}

var anaphoricOffsets = []int{1, 1, 0, -1, -1, -1}

// anaphoricOffset is the move of the anaphoric word at token i.
func (t *tagger) anaphoricOffset(i int) int {
	for k, w := range anaphoricWords {
		if t.is(i, w) {
			return anaphoricOffsets[k]
		}
	}
	return 0
}

// modNouns take "the" and "of" to modify a date: "the end of 1990".
var modNouns = []string{"beginning", "start", "end", "middle", "close"}

// modAdjectives modify the date after them: "early March", "mid-2026".
var modAdjectives = []string{"early", "late", "mid", "earlier", "later"}

// durationLeads begin "the past five years", "the first nine months",
// "recent years".
var durationLeads = []string{"past", "last", "next", "first", "coming", "latest", "previous", "final", "recent"}

// spanPreps make a bare plural unit an unknown span: "for years".
var spanPreps = []string{"for", "within", "over", "after", "in"}

// countFillers may stand between a count and its unit: "three more years".
var countFillers = []string{"more", "additional", "full", "straight", "consecutive"}

// articleCounts make "a" part of a count: "a couple of hours", "a few days".
var articleCounts = []string{"couple", "few", "dozen", "hundred", "thousand"}

// perWords join a frequency to its unit: "twice a week", "once per year".
var perWords = []string{"a", "per", "each", "every"}

// pluralParts are the plural parts of day of "Tuesday nights".
var pluralParts = []string{"nights", "mornings", "evenings", "afternoons"}

// currentCompounds make "current" part of a term of the economy pages, not
// present time: "current account".
var currentCompounds = []string{"account", "accounts", "affairs", "events", "assets", "liabilities"}

// adverbDeterminers put an adverb inside a noun phrase: "the previously
// announced plan".
var adverbDeterminers = []string{"a", "an", "the", "its", "their"}

// weekdayAbbrevPreps make a weekday abbreviation without its dot a day:
// "on Wed", "by Fri".
var weekdayAbbrevPreps = []string{"on", "by", "until", "till", "since", "from"}

// clockPreps tell a 24-hour clock from a score: "at 15:30".
var clockPreps = []string{"at", "by", "until", "from", "around", "before", "after"}

// twilightWords are the parts of day of "at dawn".
var twilightWords = []string{"dawn", "dusk", "daybreak", "sunrise", "sunset", "nightfall"}

// rangeWords join the days of a range: "May 5 to 7".
var rangeWords = []string{"to", "and", "through", "until", "till"}

// comparisonWords introduce the baseline of a comparison: "from $3 last year".
var comparisonWords = []string{"from", "compared", "than", "versus", "vs"}

// futureMarkers before a verb make its clause future: "will be held".
var futureMarkers = []string{"will", "shall", "would", "to", "ll"}

// auxiliaryGap may stand between a future marker and its verb: "will
// not be held", "to have been signed", "would also meet".
var auxiliaryGap = []string{"be", "been", "being", "have", "not", "never", "also", "then", "soon", "now", "still", "again", "jointly", "formally", "finally"}

// subordinators open a clause with a tense of its own: "by March, after
// profit fell".
var subordinators = []string{"after", "because", "when", "while", "although"}

// nounDeterminers make "plan" or "set" a noun: "the plan", "a set".
var nounDeterminers = []string{"the", "a", "its", "his", "her", "their", "our"}

// deferralVerbs move a date: "extended to Nov. 20".
var deferralVerbs = []string{"extended", "postponed", "delayed", "moved", "pushed", "adjourned", "deferred", "rescheduled",
	"extend", "postpone", "delay", "push", "adjourn"}

// nounPhraseWords continue a noun phrase after a count of units: "in a
// year that", "in a quarter when".
var nounPhraseWords = []string{"that", "which", "when", "where", "of", "with", "in", "like"}

// nonYearNoun lists words that make a preceding number a count or amount.
func nonYearNoun(w string) bool {
	switch toLowerASCII(w) {
	case "people", "persons", "votes", "troops", "soldiers", "men", "women", "children", "points", "shares",
		"units", "cars", "dollars", "euros", "yen", "pounds", "tons", "tonnes", "miles", "km", "kilometers",
		"kilometres", "meters", "metres", "feet", "ft", "acres", "barrels", "jobs", "deaths", "cases", "seats",
		"workers", "employees", "residents", "students", "members", "copies", "square", "hectares", "calories",
		"rpm", "mph", "kg", "mm", "cc", "hp", "rounds", "pages", "homes", "houses", "companies", "games",
		"percent", "per", "times", "hours", "minutes", "days", "weeks", "months", "years", "officers",
		"police", "prisoners", "refugees", "patients", "victims", "guests", "delegates", "voters", "customers",
		"passengers", "vehicles", "aircraft", "planes", "ships", "tanks", "missiles", "rockets", "bombs",
		"lawmakers", "exhibitors", "participants", "athletes", "fans", "visitors", "tourists", "cattle",
		"sheep", "stores", "branches", "flights", "beds", "rooms", "cents", "marks", "francs", "rubles",
		"yuan", "rupees", "pesos", "gallons", "liters", "litres", "ounces", "bottles", "words", "lines",
		"characters", "signatures", "applications", "files", "documents", "emails", "messages", "posts":
		return true
	}
	return false
}

// ordinalNoun lists nouns that make "the 25th" an ordinal, not a day.
func ordinalNoun(w string) bool {
	switch toLowerASCII(w) {
	case "anniversary", "birthday", "amendment", "floor", "round", "annual", "straight", "consecutive",
		"time", "place", "minute", "inning", "hole", "edition", "congress", "district", "largest",
		"biggest", "session", "summit", "meeting", "game", "victory", "win", "goal", "anniversaries", "parallel":
		return true
	}
	return false
}

// decadeWords are the spelled decades of the twentieth century.
var decadeWords = map[string]int{"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
	"seventies": 7, "eighties": 8, "nineties": 9}

// newspaperWord lists the second words of newspaper and programme names
// that start with a weekday ("Sunday Times", "Monday Night Football").
func newspaperWord(w string) bool {
	switch w {
	case "Times", "Telegraph", "Express", "Mirror", "Post", "Herald", "Independent", "Observer", "Mail",
		"Star", "Tribune", "Sport", "People", "Business", "Review", "Edition", "Magazine", "Standard":
		return true
	}
	return false
}

// genericNow lists nouns after "today's" that mean the present age.
func genericNow(w string) bool {
	switch toLowerASCII(w) {
	case "world", "youth", "society", "generation", "kids", "children", "young", "teenagers", "students",
		"economy", "culture", "standards", "technology", "media", "politics", "america", "americans",
		"personal", "modern", "global", "world's", "era", "age":
		return true
	}
	return false
}

// notVerb lists the words that follow "to" as a preposition ("next to the
// embassy", "to his office"), so that "to" does not read as an infinitive.
func notVerb(w string) bool {
	switch w {
	case "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
		"him", "them", "us", "me", "it", "some", "any", "all", "each", "both", "other", "another", "such",
		"what", "which", "whom", "where", "one", "two", "three", "four", "five", "ten", "hundreds", "thousands",
		"millions", "about", "around", "nearly", "almost", "more", "less", "date", "power", "office", "court":
		return true
	}
	return false
}
