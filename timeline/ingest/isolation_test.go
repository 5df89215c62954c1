package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/extract"
	"github.com/timeline-dev/timeline/timeline/ingest"
	"github.com/timeline-dev/timeline/timeline/ingest/ingesttest"
	"github.com/timeline-dev/timeline/timeline/source"
)

// panicSaver panics in SaveDocuments whenever it is given the document
// titled bad, as a bug in the store met by one document would; it stores
// the other calls in its memStore.
type panicSaver struct {
	*memStore
	bad string
}

func (p *panicSaver) SaveDocuments(ctx context.Context, xs []timeline.Extraction) ([]timeline.SaveResult, error) {
	for _, x := range xs {
		if x.Document.Title == p.bad {
			panic("store bug on " + p.bad)
		}
	}
	return p.memStore.SaveDocuments(ctx, xs)
}

// panicAtEOF serves its data, then panics where it would report the end.
type panicAtEOF struct{ r io.Reader }

func (p *panicAtEOF) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	if err == io.EOF {
		panic("reader bug at the end of the input")
	}
	return n, err
}

// TestRunIsolatesPanics makes one stage panic on one document — reading,
// extracting or storing — and expects that document alone to fail, named
// in the report with the stage, the stack reported under Verbose, and
// every other document stored.
func TestRunIsolatesPanics(t *testing.T) {
	// More than the 8 KB the reader looks at before it reads documents, so
	// that a reader that panics at the end has emitted every one before.
	const n = 80
	input := jsonlInput(n, nil)
	if len(input) < 16<<10 {
		t.Fatalf("input of %d bytes; want more than 16 KB", len(input))
	}
	every := make([]string, n)
	for i := range every {
		every[i] = fmt.Sprintf("d%d", i)
	}
	without := func(title string) []string {
		return slices.DeleteFunc(slices.Clone(every), func(s string) bool { return s == title })
	}
	extractPanicsOn := func(title string) func(*timeline.Document) ([]timeline.Mention, []timeline.Event) {
		return func(d *timeline.Document) ([]timeline.Mention, []timeline.Event) {
			if d.Title == title {
				var ms []timeline.Mention
				_ = ms[len(d.Text)] // index out of range
			}
			return extract.Process(d)
		}
	}
	plain := func() io.Reader { return strings.NewReader(input) }
	tests := []struct {
		name    string
		stdin   func() io.Reader
		saver   func(*memStore) timeline.Saver
		extract func(*timeline.Document) ([]timeline.Mention, []timeline.Event)
		stored  []string
		report  string
	}{
		{name: "extraction panics", stdin: plain, extract: extractPanicsOn("d3"),
			stored: without("d3"), report: "error: -:4: internal error while extracting events: runtime error: index out of range"},
		{name: "extraction panics on the first document", stdin: plain, extract: extractPanicsOn("d0"),
			stored: without("d0"), report: "error: -:1: internal error while extracting events"},
		{name: "store panics", stdin: plain, saver: func(m *memStore) timeline.Saver { return &panicSaver{m, "d5"} },
			stored: without("d5"), report: "error: -:6: internal error while storing: store bug on d5"},
		{name: "reader panics", stdin: func() io.Reader { return &panicAtEOF{strings.NewReader(input)} },
			stored: every, report: "error: -: internal error while reading: reader bug at the end of the input"},
	}
	for _, tt := range tests {
		for _, verbose := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s, verbose %v", tt.name, verbose), func(t *testing.T) {
				mem := &memStore{}
				var saver timeline.Saver = mem
				if tt.saver != nil {
					saver = tt.saver(mem)
				}
				stdin := tt.stdin()
				rep := &ingesttest.Reporter{}
				opt := ingest.Options{Workers: 3, Report: rep.Report, Verbose: verbose, Extract: tt.extract,
					Source: source.Options{Stdin: stdin}}
				sum, err := ingest.Run(context.Background(), saver, []string{"-"}, opt)
				if err != nil {
					t.Fatalf("Run: %v; want the run to go on", err)
				}
				var titles []string
				for _, d := range mem.documents() {
					titles = append(titles, d.Title)
				}
				if !slices.Equal(titles, tt.stored) {
					t.Errorf("stored %q; want %q", titles, tt.stored)
				}
				if sum.Failed != 1 || sum.Stored != len(tt.stored) {
					t.Errorf("summary %+v; want %d stored, 1 failed", sum, len(tt.stored))
				}
				if got := rep.Matching(tt.report); len(got) != 1 {
					t.Errorf("reported %q; want one line with %q", rep.All(), tt.report)
				}
				stacks := rep.Matching("goroutine ", "panic(")
				if verbose && len(stacks) != 1 {
					t.Errorf("verbose: reported %d stacks; want 1:\n%s", len(stacks), strings.Join(rep.All(), "\n"))
				}
				if !verbose && len(stacks) != 0 {
					t.Errorf("not verbose: a stack was reported")
				}
			})
		}
	}
}

// TestReindexIsolatesPanics makes the extraction panic on one stored
// document: reindex reports it, leaves it as it was and re-extracts the
// others.
func TestReindexIsolatesPanics(t *testing.T) {
	mem := &memStore{}
	run(t, mem, []string{"-"}, ingest.Options{Source: source.Options{Stdin: strings.NewReader(jsonlInput(4, nil))}})
	for _, d := range mem.documents() {
		m, e := mem.extraction(d.ID)
		if err := mem.ReplaceExtraction(context.Background(), d.ID, "old", m, e); err != nil {
			t.Fatal(err)
		}
	}
	rep := &ingesttest.Reporter{}
	n, err := ingest.ReindexWith(context.Background(), mem, rep.Report, func(d *timeline.Document) ([]timeline.Mention, []timeline.Event) {
		if d.Title == "d2" {
			panic(errors.New("extractor bug"))
		}
		return extract.Process(d)
	})
	if err != nil || n != 3 {
		t.Fatalf("Reindex = %d, %v; want 3 re-extracted", n, err)
	}
	if got := rep.Matching("error: -:3: internal error while extracting events: extractor bug"); len(got) != 1 {
		t.Errorf("reported %q", rep.All())
	}
	for _, d := range mem.documents() {
		if want := map[bool]string{true: "old", false: ingest.Version}[d.Title == "d2"]; d.ExtractorVersion != want {
			t.Errorf("%s: version %q; want %q", d.Title, d.ExtractorVersion, want)
		}
	}
}
