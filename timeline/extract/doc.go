// Package extract turns the time expressions of a text into dated events.
//
// Sentences splits a text in one pass over its bytes. Events finds, for each
// DATE or TIME mention, the sentence that is its evidence, a short phrase
// saying what happened (built around the verb or event noun the expression
// attaches to, preferring what a reporting verb reports), and the actors
// and places named in that sentence, with short names resolved to the full
// names used earlier in the document. It uses light heuristics (word lists,
// word endings, an embedded gazetteer) and no model, so that it is fast and
// deterministic. Process runs the tagger and then Events.
//
// Files: sentence.go (splitting), token.go and lexicon.go (words and their
// classes), analysis.go (per-document state), entity.go and gazetteer.go
// (names), verb.go and phrase.go (event phrases), process.go (the API).
package extract
