// Package eval scores a temporal tagger against gold TIMEX3 annotations the
// way TempEval-3 does: extraction by strict (identical span) and relaxed
// (overlapping span) match, then type and value normalization over the
// relaxed matches, all micro-averaged over the documents of a corpus.
package eval
