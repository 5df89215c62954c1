// Package timeline holds the domain of the timeline tool: documents, the time
// expressions found in them (mentions), the dated events built on those
// mentions, the ordering rule of a timeline and the filter used to query it.
//
// It imports nothing but the standard library. Technology lives in other
// packages that meet here through these types: timeline/temporal (the
// tagger), timeline/extract (events), timeline/source (readers),
// timeline/export (writers) and store (SQLite).
package timeline
