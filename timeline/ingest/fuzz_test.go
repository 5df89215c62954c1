package ingest_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"path/filepath"
	"testing"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/extract"
	"github.com/timeline-dev/timeline/timeline/ingest"
	"github.com/timeline-dev/timeline/timeline/source"
)

// The fuzzers below run the per-document pipeline, stage by stage as the
// ingest workers do and without their guard against panics, so that the
// fuzzer sees any panic with its input: the source reader, the tagger and
// the extractor (extract.Process), and the SQLite store in a temporary
// folder, which must accept every extraction and give its mentions and
// events back. One fuzzer per input format; each input is the article's
// text, wrapped in the format as a publisher would write it, or, with raw
// set, the whole file as it is.

// fuzzSeeds are texts that have broken the tagger or the extractor, or
// come close: ISO forms, numbers with punctuation, texts that end in the
// middle of an expression.
var fuzzSeeds = []string{
	"The vote was held on 2025-05-19T15:30:00Z, and the results came on 2025-W21-3.",
	"Talks began 2024-12-31/2025-01-02 and end by 2025-Q3; the plan runs P2Y6M from 2025-H1.",
	"Shares closed at 2,082.1 on 5/19/2025; 1,000,000 people (3.5%) voted 12-3 on 19.05.2025.",
	"He paid $2,020.50 on May 5-7, 2025, and 1Q25 revenue rose 2H2024 to FY24's 1.2bn.",
	"Prices rose 4.5 per cent in the 12 months to March 31, 2025, from 3.1 in 2024/25.",
	"On Monday, May 19, 2025 at 3 p.m. GMT the",
	"The talks ended on the 5th of",
	"It happened in mid-",
	"It will be held next",
	"Since January 2",
	"10:30 tonight and 0930 GMT, then at 15:",
	"The late 1990s, the nineties, the 19th century and 199",
	"Two days later, the day before, a week from Monday, the first of next month.",
	"WASHINGTON, May 19 (Reuters) - Mr Trump said on Monday he had held a two-hour call with Putin.",
	"\"Yes,\" he said. The attack on Monday killed 12. Had he been re-elected in 2020, nothing.",
	"Café “quoted” text – with dashes — and ellipses… on 19 May 2025.",
	"",
}

// fuzzDB opens a database in the fuzzer's temporary folder, shared by all
// the inputs one fuzzing process runs.
func fuzzDB(f *testing.F) *store.DB {
	db, err := store.Open(context.Background(), filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { db.Close() })
	return db
}

// fuzzPipeline reads data named name, extracts every document found and
// stores it in db, failing on anything but a refusal by the reader.
func fuzzPipeline(t *testing.T, db *store.DB, name string, data []byte) {
	ctx := context.Background()
	var items []source.Item
	err := source.ReadFile(ctx, name, bytes.NewReader(data), source.Options{Defer: true, MaxSize: 1 << 20}, func(it source.Item) error {
		items = append(items, it.Parse())
		return nil
	})
	if err != nil {
		t.Fatalf("ReadFile: %v", err)
	}
	for _, it := range items {
		if it.Err != nil || it.Doc == nil {
			continue // a refused input is the reader's answer, not a failure
		}
		doc := it.Doc
		doc.ExtractorVersion = ingest.Version
		mentions, events := extract.Process(doc)
		results, err := db.SaveDocuments(ctx, []timeline.Extraction{{Document: doc, Mentions: mentions, Events: events}})
		if err != nil {
			t.Fatalf("SaveDocuments: %v", err)
		}
		if results[0].Err != nil {
			t.Fatalf("the store rejects what the pipeline extracted from %q: %v", doc.Text, results[0].Err)
		}
		if !results[0].Stored {
			continue // the same text, stored by an earlier input
		}
		ms, err := db.Mentions(ctx, doc.ID)
		if err != nil {
			t.Fatalf("Mentions: %v", err)
		}
		evs, err := db.Events(ctx, doc.ID)
		if err != nil {
			t.Fatalf("Events: %v", err)
		}
		if len(ms) != len(mentions) || len(evs) != len(events) {
			t.Fatalf("stored %d mentions and %d events; extracted %d and %d", len(ms), len(evs), len(mentions), len(events))
		}
	}
}

// fuzzFormat runs the pipeline fuzzer for one format: name picks it, wrap
// writes a text in it.
func fuzzFormat(f *testing.F, name string, wrap func(string) []byte) {
	for _, s := range fuzzSeeds {
		f.Add(s, false)
	}
	f.Add(string(wrap(fuzzSeeds[0])), true)
	// The wrapping must make a document, or the fuzzer would only ever
	// test the reader's refusals.
	n := 0
	err := source.ReadFile(context.Background(), name, bytes.NewReader(wrap(fuzzSeeds[0])), source.Options{}, func(it source.Item) error {
		if it.Err != nil || it.Doc == nil || it.Doc.Title == "" || it.Doc.Published.IsZero() {
			f.Fatalf("%s: the wrapped seed reads as %+v, %v; want a dated document with a title", name, it.Doc, it.Err)
		}
		n++
		return nil
	})
	if err != nil || n == 0 {
		f.Fatalf("%s: the wrapped seed gives %d documents, %v", name, n, err)
	}
	db := fuzzDB(f)
	f.Fuzz(func(t *testing.T, text string, raw bool) {
		data := []byte(text)
		if !raw {
			data = wrap(text)
		}
		fuzzPipeline(t, db, name, data)
	})
}

func FuzzPipelineText(f *testing.F) {
	fuzzFormat(f, "article.txt", func(s string) []byte {
		return []byte("title: Fuzz\npublished: 2025-05-19\n\n" + s)
	})
}

func FuzzPipelineHTML(f *testing.F) {
	fuzzFormat(f, "article.html", func(s string) []byte {
		var b bytes.Buffer
		b.WriteString(`<!DOCTYPE html><html><head><title>Fuzz</title>` +
			`<meta property="article:published_time" content="2025-05-19T08:00:00Z"></head>` +
			`<body><article><h1>Fuzz</h1><p>`)
		xml.EscapeText(&b, []byte(s))
		b.WriteString(`</p></article></body></html>`)
		return b.Bytes()
	})
}

func FuzzPipelineJSONLines(f *testing.F) {
	fuzzFormat(f, "articles.jsonl", func(s string) []byte {
		line, _ := json.Marshal(map[string]string{"title": "Fuzz", "published": "2025-05-19", "text": s})
		return append(append(line, '\n'), `{"title": "Second", "published": "2025-05-20", "text": "It rained on Monday."}`+"\n"...)
	})
}

func FuzzPipelineTimeML(f *testing.F) {
	fuzzFormat(f, "article.tml", func(s string) []byte {
		var b bytes.Buffer
		b.WriteString(`<?xml version="1.0" ?>` + "\n" + `<TimeML><DOCID>fuzz</DOCID>` +
			`<DCT><TIMEX3 tid="t0" type="DATE" value="2025-05-19" temporalFunction="false" functionInDocument="CREATION_TIME">2025-05-19</TIMEX3></DCT>` +
			`<TITLE>Fuzz</TITLE><TEXT>`)
		xml.EscapeText(&b, []byte(s))
		b.WriteString(`</TEXT></TimeML>` + "\n")
		return b.Bytes()
	})
}
