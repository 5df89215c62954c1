package source

import (
	"bytes"
	"regexp"
	"strings"
)

// headerLine is one "key: value" line of a plain-text header block.
var headerLine = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9_.-]{0,40})[ \t]*:[ \t]*(.*?)[ \t\r]*$`)

// parsePlainText reads a plain-text article. It may open with a header
// block of "title:", "published:" (or "date:") and "url:" lines, in any
// case and with other keys among them, ended by a blank line; the rest is
// the text, kept byte for byte so that offsets match the file. keep says
// that data is not used again, so that the text may share its bytes.
func parsePlainText(name string, data []byte, keep bool) *record {
	rec := &record{source: name}
	fields, body, ok := parseHeader(data)
	if !ok {
		rec.text = bufferText(data, keep)
		return rec
	}
	rec.text = bufferText(body, keep)
	rec.title = fields["title"]
	rec.url = fields["url"]
	if v, ok := fields["published"]; ok {
		rec.dates = append(rec.dates, dateCandidate{value: v, origin: `header "published"`})
	}
	if v, ok := fields["date"]; ok {
		rec.dates = append(rec.dates, dateCandidate{value: v, origin: `header "date"`})
	}
	rec.hints = append(rec.hints, rec.url)
	rec.noText = "no text after the header"
	return rec
}

// headerKeys are the keys that make a block of "key: value" lines a header;
// without one of them the lines are taken for text.
var headerKeys = []string{"title", "published", "date", "url"}

// parseHeader splits a header block from the body. It reports false when
// data does not open with one: a first line that is not "key: value", a
// block without a known key, or one not ended by a blank line or the end.
func parseHeader(data []byte) (fields map[string]string, body []byte, ok bool) {
	fields = map[string]string{}
	known := false
	rest := data
	for len(rest) > 0 {
		line, after, _ := bytes.Cut(rest, []byte("\n"))
		if len(bytes.TrimSpace(line)) == 0 {
			if len(fields) == 0 && !known {
				return nil, nil, false
			}
			return fields, after, known
		}
		m := headerLine.FindSubmatch(line)
		if m == nil {
			return nil, nil, false
		}
		key := strings.ToLower(string(m[1]))
		if _, seen := fields[key]; !seen { // the first of a repeated key wins
			fields[key] = string(m[2])
		}
		for _, k := range headerKeys {
			known = known || k == key
		}
		rest = after
	}
	return fields, nil, known
}
