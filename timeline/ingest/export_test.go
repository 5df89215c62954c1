package ingest

// ReindexWith is Reindex with the extraction to run, for tests that need
// one that fails.
var ReindexWith = reindex
