package store_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
)

func Example() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "timeline-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	db, err := store.Open(ctx, filepath.Join(dir, "timeline.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	text := "Talks opened on 19 May 2025. A deal is expected in June 2025."
	at := func(s string) (int, int) { i := strings.Index(text, s); return i, i + len(s) }
	date := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

	doc := &timeline.Document{Source: "talks.txt", Title: "Talks", Text: text, Published: date(2025, 5, 19)}
	s1, e1 := at("19 May 2025")
	s2, e2 := at("June 2025")
	mentions := []timeline.Mention{
		{Start: s1, End: e1, Text: text[s1:e1], Type: timeline.TypeDate, Value: "2025-05-19",
			Interval: timeline.Interval{Start: date(2025, 5, 19), End: date(2025, 5, 20)}, Granularity: timeline.GranularityDay},
		{Start: s2, End: e2, Text: text[s2:e2], Type: timeline.TypeDate, Value: "2025-06",
			Interval: timeline.Interval{Start: date(2025, 6, 1), End: date(2025, 7, 1)}, Granularity: timeline.GranularityMonth},
	}
	event := func(trigger, lemma string, m int, modality timeline.Modality, phrase, sentence string) timeline.Event {
		start, end := at(trigger)
		sStart, sEnd := at(sentence)
		return timeline.Event{
			Trigger: trigger, TriggerStart: start, TriggerEnd: end, Lemma: lemma,
			Class: timeline.ClassOccurrence, Polarity: timeline.PolarityPositive, Modality: modality,
			Mention: m, Value: mentions[m].Value, Interval: mentions[m].Interval, Granularity: mentions[m].Granularity,
			Relation: timeline.RelationOn, AnchoredBy: timeline.AnchoredByExpression, Confidence: 0.9,
			Phrase: phrase, Sentence: sentence, SentenceStart: sStart, SentenceEnd: sEnd,
		}
	}
	events := []timeline.Event{
		event("opened", "open", 0, timeline.ModalityAsserted, "talks opened", "Talks opened on 19 May 2025."),
		event("expected", "expect", 1, timeline.ModalityPlanned, "deal expected", "A deal is expected in June 2025."),
	}
	stored, err := db.SaveDocument(ctx, doc, mentions, events)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("stored:", stored, "id:", doc.ID)

	stored, _ = db.SaveDocument(ctx, doc, mentions, events)
	fmt.Println("stored again:", stored)

	june := &timeline.Interval{Start: date(2025, 6, 1), End: date(2025, 7, 1)}
	for _, f := range []timeline.Filter{{}, {From: june, To: june}} {
		rows, total, err := db.Timeline(ctx, f)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println("rows:", total)
		for _, r := range rows {
			fmt.Printf("  %s  %-7s %-9s %-8s %s\n", timeline.FormatInstant(r.Start), r.Granularity, r.Trigger, r.Modality, r.Document)
		}
	}
	// Output:
	// stored: true id: 1
	// stored again: false
	// rows: 2
	//   2025-05-19  day     opened    asserted Talks
	//   2025-06-01  month   expected  planned  Talks
	// rows: 1
	//   2025-06-01  month   expected  planned  Talks
}

func ExampleDB_Query() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "timeline-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	db, err := store.Open(ctx, filepath.Join(dir, "timeline.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	rows, err := db.Query(ctx, `SELECT count(*) AS events, ? AS note FROM timeline`, "empty so far")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(rows.Columns())
	for rows.Next() {
		fmt.Println(rows.Values())
	}
	rows.Close()

	_, err = db.Query(ctx, `DELETE FROM documents`)
	fmt.Println(timeline.ErrorCode(err), "-", err)
	// Output:
	// [events note]
	// [0 empty so far]
	// read_only - SQL queries are read-only: DELETE statements are not allowed
}
