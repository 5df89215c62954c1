// Package temporal is the temporal tagger: it finds time expressions in text
// and normalizes them to TIMEX3 values and concrete intervals, relative to the
// publication date and the tense of their clause. It is pure: no I/O, no
// clock, no state shared between calls.
//
// Tag splits the text into tokens (token.go), looking each word up in the
// lexicon (lexicon.go, lexicon_words.go, lexicon_holidays.go). At each token
// it tries the rules that may begin there, chosen by the token's kind and
// lexicon entry from the rules' own declarations (rule.go); it keeps the
// longest match, the earlier rule's on a tie, joins a date to the clock after
// it (compose.go), and resolves it against the publication date or the last
// date mentioned (resolve.go). A date whose distance from publication the
// text does not bear out is dropped (tag.go, plausible).
//
// The publication time may carry a clock ("2011-02-28T10:30"): offsets in
// hours, minutes and seconds ("two hours ago", "in 15 minutes") count from
// it. A publication time at midnight is a day, as news dates are, and those
// offsets then name that day.
//
// Where things are:
//
//	names.go              month and weekday names in lower case
//	clock.go, zone.go     clock times and the time zones written after them
//	compose.go            a date and its clock: "Friday at 8 p.m."
//	rules_date.go         month-day-year, day-month, numeric dates
//	rules_compact.go      28-Feb-2010, Sep-2012, 2012-W05, 28/07
//	rules_offset.go       two hours ago, in 3 weeks, 1 year 9 months from now
//	rules_anchored.go     two days after Christmas, the third Tuesday of May
//	rules_range.go        what one end of a range takes from the other
//	rules_holiday.go      holidays; holiday_calendars.go and holiday_tables.go
//	                      give the dates of the Hebrew and lunar feasts
//	rules_part.go         late afternoon, the morning of January 31
//
// # Adding a rule
//
// A rule is a matcher that reads tokens from i and returns a candidate: the
// token it ends before, the rule name the mention records, its type, and a
// final value or a function that resolves one. Declare it beside the
// matcher, in the rules_*.go file of its family:
//
//	var idesRule = rule{
//		name:  "ides",
//		match: (*tagger).matchIdes, // "ides of March": the 15th
//		words: []string{"ides"},
//		examples: []example{
//			{"Caesar fell on the ides of March.", "ides of March", "2025-03-15", "ides"},
//		},
//	}
//
// and add it to rules in rule.go, where the order settles ties.
//
// words are the words the rule may begin at, and classes the kinds of token:
// digits (classNumber), apostrophes, and the roles words play in the lexicon
// (classMonth, classWeekday, classUnit, ...). The tagger tries a rule at
// those tokens and nowhere else. A start word the lexicon does not know
// becomes a lexicon word, which other rules then see as known; a start word
// without a role of its own ("the", "fiscal", "ides") is tried only before a
// word the lexicon knows, a number, an apostrophe, or a hyphen and a known
// word ("semi-annual"). Other words the matcher looks for go in
// lexicon_words.go.
//
// A matcher reads tokens only through the helpers that check the index
// (is, lex, num, punct, ok); a candidate that ends past the last token is
// dropped, and TestTagTruncated tags every prefix and suffix of the rules'
// examples and the fuzz seeds to keep it so.
//
// A resolver that needs a value of another expression it read (a clock's
// day, an offset's base) calls that candidate's resolve0. A matcher whose
// resolver closes over large locals builds the candidate in a helper of its
// own, so that the locals move to the heap only when it matches.
//
// examples are sentences published on Monday 19 May 2025: the text of a
// mention, its value and the rule name it records. TestRuleExamples fails
// when a rule has none, or when another rule, or nothing, finds one. Every
// table test, the fuzz target and TestDeclarationsOnCorpora fail when a rule
// matches at a token it does not declare. Table cases (tag_test.go,
// casual_test.go, and a file per family) cover what the examples do not.
//
// A new or changed rule changes the tagger's output: bump Version, so that
// stored documents are re-extracted (ingest.Version, timeline reindex), and
// compare `timeline eval` on the development corpora before and after, and
// `timeline eval --recall` on the everyday phrases of casual-dev.jsonl;
// TestDevSetScores and TestCasualDevScores fail when the scores fall below
// their floors.
package temporal
