package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/timeml"
)

// jsonlDoc is one line of a gold .jsonl file. Offsets count code points, as
// the Python tools that wrote them do.
type jsonlDoc struct {
	ID      string `json:"id"`
	DCT     string `json:"dct"`
	Text    string `json:"text"`
	Timexes []struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
		Type  string `json:"type"`
		Value string `json:"value"`
	} `json:"timexes"`
}

// loadJSONL appends the documents of a gold .jsonl file, one per non-blank
// line, converting offsets to bytes and checking them against the text.
func loadJSONL(path string, docs *[]Gold) error {
	got, err := readJSONLines(path, parseJSONLine)
	*docs = append(*docs, got...)
	return err
}

// readJSONLines parses each non-blank line of a JSON Lines file with parse;
// errors name the file and line.
func readJSONLines[T any](path string, parse func([]byte) (T, error)) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, statError(path, err)
	}
	defer f.Close()
	var out []T
	r := bufio.NewReader(f) // not a Scanner: article lines can be long
	for n := 1; ; n++ {
		line, err := r.ReadBytes('\n')
		if err != nil && err != io.EOF {
			return nil, timeline.Errorf(timeline.EINTERNAL, "%s: %v", path, err)
		}
		if len(bytes.TrimSpace(line)) > 0 {
			v, perr := parse(line)
			if perr != nil {
				return nil, timeline.Errorf(timeline.EINVALID, "%s:%d: %v", path, n, perr)
			}
			out = append(out, v)
		}
		if err == io.EOF {
			return out, nil
		}
	}
}

func parseJSONLine(line []byte) (Gold, error) {
	var d jsonlDoc
	if err := json.Unmarshal(line, &d); err != nil {
		return Gold{}, err
	}
	g := Gold{ID: d.ID, Text: d.Text, Timexes: make([]Span, len(d.Timexes))}
	g.DCT, _ = timeml.ParseDCT(d.DCT)
	offsets := make([]int, 0, 2*len(d.Timexes))
	for _, x := range d.Timexes {
		offsets = append(offsets, x.Start, x.End)
	}
	at := byteOffsets(d.Text, offsets)
	for i, x := range d.Timexes {
		s := Span{Start: at[2*i], End: at[2*i+1], Text: x.Text, Type: x.Type, Value: x.Value}
		if s.Start < 0 || s.End < s.Start || d.Text[s.Start:s.End] != x.Text {
			return Gold{}, fmt.Errorf("document %s: timex %d %q does not match code points [%d,%d) of the text", d.ID, i, x.Text, x.Start, x.End)
		}
		g.Timexes[i] = s
	}
	return g, nil
}

// byteOffsets converts code-point offsets into text to byte offsets, the
// inverse of timeline.RuneOffsets; an offset outside the text gives -1.
func byteOffsets(text string, runes []int) []int {
	at := make([]int, 0, len(text)+1) // byte offset of each code point
	for b := range text {
		at = append(at, b)
	}
	at = append(at, len(text))
	out := make([]int, len(runes))
	for i, r := range runes {
		out[i] = -1
		if 0 <= r && r < len(at) {
			out[i] = at[r]
		}
	}
	return out
}
