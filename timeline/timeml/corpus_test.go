package timeml

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/internal/shared"
	"github.com/timeline-dev/timeline/timeline"
)

// parseDir parses every .tml file of a corpus folder, keyed by file base name.
func parseDir(t *testing.T, dir string) map[string]*Doc {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no corpus in %s", dir)
	}
	docs := make(map[string]*Doc, len(paths))
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Parse(f)
		f.Close()
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		for i, x := range doc.Timexes {
			if x.Start < 0 || x.End > len(doc.Text) || doc.Text[x.Start:x.End] != x.Text {
				t.Errorf("%s: timex %d (%s) [%d,%d) does not match its text %q", path, i, x.TID, x.Start, x.End, x.Text)
			}
		}
		if doc.DCT.IsZero() {
			t.Errorf("%s: no creation time (value %q)", path, doc.DCTValue)
		}
		docs[strings.TrimSuffix(filepath.Base(path), ".tml")] = doc
	}
	return docs
}

func TestCorpora(t *testing.T) {
	for _, corpus := range []string{"timebank", "aquaint"} {
		t.Run(corpus, func(t *testing.T) {
			docs := parseDir(t, shared.Path(t, "data/timeml/"+corpus))
			n := 0
			for _, d := range docs {
				n += len(d.Timexes)
			}
			t.Logf("%s: %d documents, %d timexes", corpus, len(docs), n)
		})
	}
}

// jsonlDoc is one line of the tbaq-*.jsonl exports, whose offsets count
// code points.
type jsonlDoc struct {
	ID      string `json:"id"`
	File    string `json:"file"`
	DCT     string `json:"dct"`
	Text    string `json:"text"`
	Timexes []struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
		Type  string `json:"type"`
		Value string `json:"value"`
		Mod   string `json:"mod"`
	} `json:"timexes"`
}

// TestCorporaAgreeWithJSONL cross-checks our text and offsets against the
// JSON Lines export of the same corpora made by another tool.
func TestCorporaAgreeWithJSONL(t *testing.T) {
	for _, corpus := range []string{"timebank", "aquaint"} {
		t.Run(corpus, func(t *testing.T) {
			f, err := os.Open(shared.Path(t, "data/tbaq-"+corpus+".jsonl"))
			if err != nil {
				t.Skip(err)
			}
			defer f.Close()
			docs := parseDir(t, shared.Path(t, "data/timeml/"+corpus))
			r := bufio.NewReader(f)
			lines := 0
			for {
				line, err := r.ReadBytes('\n')
				if len(strings.TrimSpace(string(line))) > 0 {
					lines++
					var want jsonlDoc
					if err := json.Unmarshal(line, &want); err != nil {
						t.Fatalf("line %d: %v", lines, err)
					}
					compareJSONL(t, docs[strings.TrimSuffix(want.File, ".tml")], &want)
				}
				if err != nil {
					break
				}
			}
			if lines != len(docs) {
				t.Errorf("%d JSON lines, %d .tml files", lines, len(docs))
			}
		})
	}
}

func compareJSONL(t *testing.T, doc *Doc, want *jsonlDoc) {
	t.Helper()
	if doc == nil {
		t.Errorf("%s: no .tml file %s", want.ID, want.File)
		return
	}
	wantDCT, _ := ParseDCT(want.DCT)
	if doc.ID != want.ID || doc.Text != want.Text || !doc.DCT.Equal(wantDCT) {
		t.Errorf("%s: id %q dct %v, text equal %v; JSON has %q %s", want.ID, doc.ID,
			doc.DCT, doc.Text == want.Text, want.ID, want.DCT)
		return
	}
	if len(doc.Timexes) != len(want.Timexes) {
		t.Errorf("%s: %d timexes, JSON has %d", want.ID, len(doc.Timexes), len(want.Timexes))
		return
	}
	var offsets []int
	for _, x := range doc.Timexes {
		offsets = append(offsets, x.Start, x.End)
	}
	runes := timeline.RuneOffsets(doc.Text, offsets)
	for i, x := range doc.Timexes {
		w := want.Timexes[i]
		if runes[2*i] != w.Start || runes[2*i+1] != w.End || x.Text != w.Text || x.Type != w.Type || x.Value != w.Value || x.Mod != w.Mod {
			t.Errorf("%s: timex %d = [%d,%d) %q %s %s %s; JSON has [%d,%d) %q %s %s %s", want.ID, i,
				runes[2*i], runes[2*i+1], x.Text, x.Type, x.Value, x.Mod, w.Start, w.End, w.Text, w.Type, w.Value, w.Mod)
		}
	}
}
