package ingest

import (
	"context"

	"github.com/timeline-dev/timeline/internal/guard"
	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/extract"
)

// Reindex re-extracts every stored document whose extractor version is not
// Version, replacing its mentions and events atomically per document. A
// document whose new extraction the store rejects (EINVALID), or whose
// extraction panics, is left as it was and passed to report, or ends the
// run when report is nil. It returns the number of documents re-extracted.
func Reindex(ctx context.Context, db timeline.Store, report func(string)) (int, error) {
	return reindex(ctx, db, report, extract.Process)
}

// reindex is Reindex with the extraction to run. A panic in it fails the
// document, as a rejected extraction does.
func reindex(ctx context.Context, db timeline.Store, report func(string), process func(*timeline.Document) ([]timeline.Mention, []timeline.Event)) (int, error) {
	var ids []int64
	err := db.StaleDocuments(ctx, Version, func(d *timeline.Document) error {
		ids = append(ids, d.ID) // only ids: texts are loaded one at a time below
		return nil
	})
	if err != nil {
		return 0, err
	}
	n := 0
	for _, id := range ids {
		doc, err := db.Document(ctx, id)
		if err != nil {
			return n, err
		}
		var mentions []timeline.Mention
		var events []timeline.Event
		err = guard.Run(doc.Source, "extracting events", func() { mentions, events = extractSections(doc, sectionSize, process) })
		if err == nil {
			err = db.ReplaceExtraction(ctx, id, Version, mentions, events)
		}
		if guard.Stack(err) != nil && report != nil {
			report("error: " + timeline.ErrorMessage(err))
			continue
		}
		if err != nil {
			if timeline.ErrorCode(err) == timeline.EINVALID && report != nil {
				report("error: " + doc.Source + ": " + timeline.ErrorMessage(err))
				continue
			}
			return n, err
		}
		n++
	}
	return n, nil
}
