// Package temporal is the temporal tagger: it finds time expressions in text
// and normalizes them to TIMEX3 values and concrete intervals, relative to the
// publication date and the tense of their clause. It is pure: no I/O, no
// clock, no state shared between calls.
//
// Tag splits the text into tokens (token.go), looking each word up in the
// lexicon (lexicon.go, lexicon_words.go, lexicon_holidays.go). At each token
// it tries the rules that may begin there, chosen by the token's kind and
// lexicon entry from the rules' own declarations (rule.go); it keeps the
// longest match, the earlier rule's on a tie, and resolves it against the
// publication date or the last date mentioned (resolve.go).
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
// word the lexicon knows, a number or an apostrophe. Other words the matcher
// looks for go in lexicon_words.go.
//
// examples are sentences published on Monday 19 May 2025: the text of a
// mention, its value and the rule name it records. TestRuleExamples fails
// when a rule has none, or when another rule, or nothing, finds one. Every
// table test, the fuzz target and TestDeclarationsOnCorpora fail when a rule
// matches at a token it does not declare. Table cases (tag_test.go,
// casual_test.go) cover what the examples do not.
//
// A new or changed rule changes the tagger's output: bump Version, so that
// stored documents are re-extracted (ingest.Version, timeline reindex), and
// compare `timeline eval` on the development corpora before and after;
// TestDevSetScores fails when the scores fall below its floors.
package temporal
