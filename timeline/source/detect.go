package source

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
)

// format is an input format.
type format int

const (
	formatUnknown format = iota
	formatText
	formatHTML
	formatJSON
	formatJSONL
	formatTimeML
)

// extensions maps lower-case file extensions to formats. Files with other
// extensions are sniffed.
var extensions = map[string]format{
	".txt": formatText, ".text": formatText, ".md": formatText,
	".html": formatHTML, ".htm": formatHTML, ".xhtml": formatHTML, ".shtml": formatHTML,
	".json":  formatJSON,
	".jsonl": formatJSONL, ".ndjson": formatJSONL, ".jsonlines": formatJSONL,
	".tml": formatTimeML, ".timeml": formatTimeML,
}

// detect picks the format of a file from its name, else from its first
// bytes. Within JSON the content decides, since ".json" files often hold
// JSON Lines.
func detect(name string, head []byte) format {
	f := extensions[strings.ToLower(filepath.Ext(name))]
	if f == formatUnknown {
		f = sniff(head)
	}
	if f == formatJSON || f == formatJSONL {
		switch t := bytes.TrimLeft(head, " \t\r\n"); {
		case bytes.HasPrefix(t, []byte("[")):
			return formatJSON
		case looksLikeJSONLines(t):
			return formatJSONL
		}
	}
	return f
}

// sniff guesses the format of a file from its first bytes.
func sniff(head []byte) format {
	t := bytes.TrimLeft(head, " \t\r\n")
	if len(t) > 1024 {
		t = t[:1024]
	}
	lower := bytes.ToLower(t)
	switch {
	case bytes.HasPrefix(t, []byte("<")):
		if bytes.Contains(t, []byte("<TimeML")) || bytes.Contains(lower, []byte("<timeml")) {
			return formatTimeML
		}
		for _, tag := range []string{"<!doctype html", "<html", "<head", "<body"} {
			if bytes.Contains(lower, []byte(tag)) {
				return formatHTML
			}
		}
	case bytes.HasPrefix(t, []byte("[")):
		return formatJSON
	case bytes.HasPrefix(t, []byte("{")):
		if looksLikeJSONLines(t) {
			return formatJSONL
		}
		return formatJSON
	}
	return formatText
}

// looksLikeJSONLines reports whether t starts with a one-line JSON object
// followed by another line that opens an object.
func looksLikeJSONLines(t []byte) bool {
	first, rest, ok := bytes.Cut(t, []byte("\n"))
	if !ok {
		// A first line longer than the sniffed window is a long record of
		// JSON Lines, or one minified object, which reads the same way.
		return len(t) >= sniffSize
	}
	if !bytes.HasPrefix(bytes.TrimSpace(first), []byte("{")) || !json.Valid(first) {
		return false
	}
	return bytes.HasPrefix(bytes.TrimLeft(rest, " \t\r\n"), []byte("{"))
}
