package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

// TestResolveEntities checks that a writer finds the stored entities of a
// batch by their look-up queries, more than one, and queues only the new
// ones, each once: a stored entity queued again would fail the batch,
// which would then be saved again the slow way.
func TestResolveEntities(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "e.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	extraction := func(title string, from, to int) timeline.Extraction {
		text := "It happened in " + title + "."
		e := timeline.Event{Trigger: "happened", TriggerStart: 3, TriggerEnd: 11, Lemma: "happen",
			Class: timeline.ClassOccurrence, Polarity: timeline.PolarityPositive, Modality: timeline.ModalityAsserted,
			Mention: timeline.NoMention, AnchoredBy: timeline.AnchoredByNone, Phrase: "happened",
			Sentence: text, SentenceEnd: len(text)}
		for i := from; i < to; i++ {
			e.Participants = append(e.Participants, timeline.Participant{
				Entity: timeline.Entity{Name: fmt.Sprintf("Person %d", i), Kind: timeline.EntityPerson}, Role: timeline.RoleAgent})
		}
		return timeline.Extraction{Document: &timeline.Document{Source: title, Text: text, ExtractorVersion: "t"},
			Events: []timeline.Event{e}}
	}
	if _, err := db.SaveDocuments(ctx, []timeline.Extraction{extraction("one", 0, 250)}); err != nil {
		t.Fatal(err)
	}
	db.entities.sync(-1) // forget the ids, as another process would not have them

	tx, err := db.rw.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	w, err := db.newWriter(ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	defer w.close()
	if err := w.resolveEntities(ctx, []timeline.Extraction{extraction("two", 100, 350), extraction("three", 300, 360)}); err != nil {
		t.Fatal(err)
	}
	if got := len(w.entities); got != 260 {
		t.Errorf("%d entities resolved; want 260", got)
	}
	if queued := len(w.newEntities.args) / w.newEntities.width; queued != 110 {
		t.Errorf("%d new entities queued; want 110 (Person 250 to 359)", queued)
	}
	if err := w.flush(ctx); err != nil {
		t.Errorf("flush: %v", err)
	}
}
