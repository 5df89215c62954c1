package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/source"
	"github.com/timeline-dev/timeline/timeline/temporal"
	"github.com/timeline-dev/timeline/timeline/timeml"
)

// tagDoc is one document to tag.
type tagDoc struct {
	ID   string    `json:"id"`
	DCT  time.Time `json:"-"`
	Text string    `json:"text"`
}

// tagTimex is one time expression in the JSON Lines output; offsets are
// Unicode code points into the input text, end exclusive.
type tagTimex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
}

func newTagCommand(e *env) *cobra.Command {
	var (
		dct    string
		format string
	)
	cmd := &cobra.Command{
		Use:   "tag [FILE...]",
		Short: "Print the time expressions the tagger finds, without storing",
		Long: `Tags plain text or HTML (publication date from a text header, the page's
metadata or a dateline, as ingest reads it; --dct overrides), JSON Lines of
{"id","dct","text"}, or TimeML (.tml: text from <TEXT>, date from the
CREATION_TIME; existing annotations ignored). Reads standard input when no file is given. Output: JSON Lines
{"id","timexes":[{"start","end","text","type","value"}]} with code-point
offsets, one line per document in input order; --format timeml writes
TempEval-3 style TimeML; --format text a readable list.`,
		Example: `  timeline tag --dct 2025-05-19 article.txt
  echo '{"id":"a","dct":"2025-05-19","text":"He left last week."}' | timeline tag
  timeline tag --format timeml doc.tml`,
		RunE: func(cmd *cobra.Command, args []string) error {
			switch format {
			case "jsonl", "timeml", "text":
			default:
				return &usageError{fmt.Errorf("unknown format %q: want jsonl, timeml or text", format)}
			}
			var anchor time.Time
			if dct != "" {
				t, err := source.ParseDate(dct)
				if err != nil {
					return &usageError{fmt.Errorf("--dct %q: %v", dct, err)}
				}
				anchor = t
			}
			out := bufio.NewWriter(e.stdout)
			defer out.Flush()
			failed := false
			emit := func(d tagDoc) error { return writeTagged(out, format, d) }
			report := func(err error) {
				failed = true
				out.Flush()
				fmt.Fprintln(e.stderr, "error: "+oneLine(timeline.ErrorMessage(err)))
			}
			if len(args) == 0 {
				args = []string{"-"}
			}
			for _, name := range args {
				if err := tagInput(e, name, anchor, emit, report); err != nil {
					return err
				}
			}
			if err := out.Flush(); err != nil {
				return err
			}
			if failed {
				return &exitError{exitFailed}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&dct, "dct", "", "publication date (YYYY-MM-DD); overrides the documents' own dates")
	cmd.Flags().StringVarP(&format, "format", "f", "jsonl", "jsonl, timeml or text")
	return cmd
}

// tagInput reads one file (or - for stdin) and emits its documents; errors
// of one document are reported and the rest go on. JSON Lines are read a
// line at a time, so a corpus of any size streams through.
func tagInput(e *env, name string, dct time.Time, emit func(tagDoc) error, report func(error)) error {
	var r io.Reader
	if name == "-" {
		r, name = e.stdin, "<stdin>"
	} else {
		f, err := os.Open(name)
		if err != nil {
			report(timeline.Errorf(timeline.ENOTFOUND, "%s: %v", name, unwrapPathError(err)))
			return nil
		}
		defer f.Close()
		r = f
	}
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(512)
	trimmed := bytes.TrimSpace(head)
	switch {
	case strings.HasSuffix(name, ".tml") || bytes.HasPrefix(trimmed, []byte("<?xml")) || bytes.HasPrefix(trimmed, []byte("<TimeML")):
		doc, err := timeml.Parse(br)
		if err != nil {
			report(timeline.Errorf(timeline.EINVALID, "%s: %s", name, timeline.ErrorMessage(err)))
			return nil
		}
		d := tagDoc{ID: doc.ID, DCT: doc.DCT, Text: doc.Text}
		if d.ID == "" {
			d.ID = strings.TrimSuffix(filepath.Base(name), ".tml")
		}
		if !dct.IsZero() {
			d.DCT = dct
		}
		return emit(d)
	case strings.HasSuffix(name, ".jsonl") || bytes.HasPrefix(trimmed, []byte("{")):
		return tagJSONLines(br, name, dct, emit, report)
	}
	// Plain text and HTML are read as ingest reads them, so a text header,
	// the page's metadata or a dateline gives the publication date.
	return source.ReadFile(context.Background(), name, br, source.Options{Published: dct}, func(it source.Item) error {
		for _, w := range it.Warnings {
			fmt.Fprintf(e.stderr, "warning: %s\n", w)
		}
		if it.Err != nil {
			report(it.Err)
			return nil
		}
		id := it.ID
		if id == "" {
			id = strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
		}
		if it.Doc.Published.IsZero() {
			fmt.Fprintf(e.stderr, "warning: %s: no publication date (give --dct): relative expressions stay undated\n", it.Doc.Source)
		}
		return emit(tagDoc{ID: id, DCT: it.Doc.Published, Text: it.Doc.Text})
	})
}

// tagJSONLines emits one document per line of {"id","dct","text"}.
func tagJSONLines(br *bufio.Reader, name string, dct time.Time, emit func(tagDoc) error, report func(error)) error {
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			if d, bad := parseTagLine(line, name, n, dct); bad != nil {
				report(bad)
			} else if err := emit(d); err != nil {
				return err
			}
		}
		if err == io.EOF {
			return nil
		} else if err != nil {
			report(timeline.Errorf(timeline.EINVALID, "%s:%d: %v", name, n, err))
			return nil
		}
	}
}

func parseTagLine(line []byte, name string, n int, dct time.Time) (tagDoc, error) {
	var rec struct {
		ID   json.RawMessage `json:"id"`
		DCT  string          `json:"dct"`
		Text *string         `json:"text"`
	}
	if err := json.Unmarshal(line, &rec); err != nil {
		return tagDoc{}, timeline.Errorf(timeline.EINVALID, "%s:%d: malformed JSON: %v", name, n, err)
	}
	if rec.Text == nil {
		return tagDoc{}, timeline.Errorf(timeline.EINVALID, "%s:%d: no \"text\" field", name, n)
	}
	if !utf8.ValidString(*rec.Text) {
		return tagDoc{}, timeline.Errorf(timeline.EINVALID, "%s:%d: text is not valid UTF-8", name, n)
	}
	d := tagDoc{ID: strings.Trim(string(rec.ID), `"`), Text: *rec.Text, DCT: dct}
	if d.DCT.IsZero() && rec.DCT != "" {
		t, err := source.ParseDate(rec.DCT)
		if err != nil {
			return tagDoc{}, timeline.Errorf(timeline.EINVALID, "%s:%d: dct %q: %v", name, n, rec.DCT, err)
		}
		d.DCT = t
	}
	return d, nil
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// unwrapPathError drops the path that *PathError repeats.
func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func writeTagged(w io.Writer, format string, d tagDoc) error {
	ms := temporal.Tag(d.Text, d.DCT)
	switch format {
	case "timeml":
		return timeml.Write(w, d.ID, d.DCT, d.Text, ms)
	case "text":
		fmt.Fprintf(w, "# %s (dct %s)\n", d.ID, formatDay(d.DCT))
		for _, m := range ms {
			fmt.Fprintf(w, "%-28q %-8s %-14s %s\n", m.Text, m.Type, m.Value, describeInterval(m))
		}
		return nil
	}
	// Ends are not sorted against the next start when expressions touch, so
	// convert starts and ends separately, each in ascending order.
	starts, ends := make([]int, len(ms)), make([]int, len(ms))
	for i, m := range ms {
		starts[i], ends[i] = m.Start, m.End
	}
	cs, ce := timeline.RuneOffsets(d.Text, starts), timeline.RuneOffsets(d.Text, ends)
	out := struct {
		ID      string     `json:"id"`
		Timexes []tagTimex `json:"timexes"`
	}{ID: d.ID, Timexes: make([]tagTimex, len(ms))}
	for i, m := range ms {
		out.Timexes[i] = tagTimex{Start: cs[i], End: ce[i], Text: m.Text, Type: string(m.Type), Value: m.Value, Mod: m.Mod}
	}
	b, err := json.Marshal(out)
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

func formatDay(t time.Time) string {
	if t.IsZero() {
		return "unknown"
	}
	return t.Format("2006-01-02")
}

func describeInterval(m timeline.Mention) string {
	if !m.Anchored() {
		return ""
	}
	how := m.How.Rule + " via " + string(m.How.Anchor)
	if m.How.Tense != "" {
		how += ", " + m.How.Tense
	}
	return fmt.Sprintf("[%s, %s) %s  (%s)", timeline.FormatInstant(m.Interval.Start), timeline.FormatInstant(m.Interval.End), m.Granularity, how)
}
