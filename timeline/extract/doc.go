// Package extract finds the events of a text and dates them.
//
// Every verb and event noun is an event ("skipped", "the talks"), dated or
// not. For each, Events gives its trigger and lemma, its TimeML class, its
// modality and polarity, the time it happened (a time expression of its
// sentence, the story's time carried from an earlier sentence, or the
// publication date), how it stands to that time (on, before, after, since,
// until, by) and how sure that is, a short phrase saying what happened,
// the evidence sentence, and its named participants with their roles.
// Process runs the tagger and then Events.
//
// It is a pipeline of light, deterministic analyses with no trained model:
// sentences and tokens, parts of speech from an embedded lexicon corrected
// by context rules, lemmas, verb groups and a shallow clause parse
// (subjects, objects, prepositional complements, relative and reported
// clauses), names from capitalisation and a gazetteer, pronouns and
// descriptions resolved to the names they stand for, then per event its
// modality, its time and its phrase.
//
// Files, in pipeline order: sentence.go (splitting), token.go, lexicon.go,
// poslex.go and tagger.go (words and parts of speech), lemma.go, chunk.go
// (verb groups and noun phrases), clause.go (the parse), entity.go, names.go
// and gazetteer.go (names), coref.go (pronouns and descriptions),
// eventlex.go and events.go (which words are events, of which class),
// modality.go, anchor.go and narrative.go (time), participants.go,
// eventphrase.go (the phrase), analysis.go (per-document state) and
// process.go (the API).
package extract
