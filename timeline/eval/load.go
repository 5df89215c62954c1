package eval

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/timeml"
)

// LoadPaths reads gold documents from .tml files, folders searched
// recursively for .tml files (in lexical order), and .jsonl files in the
// format of the tbaq-*.jsonl exports. Documents come in the order of paths.
// A path of another kind, or a file that does not parse, is an error naming
// the file.
func LoadPaths(paths []string) ([]Gold, error) {
	var docs []Gold
	for _, path := range paths {
		info, err := os.Stat(path)
		if err != nil {
			return nil, statError(path, err)
		}
		switch {
		case info.IsDir():
			err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
				if err != nil {
					return statError(p, err)
				}
				if d.Type().IsRegular() && strings.EqualFold(filepath.Ext(p), ".tml") {
					return loadTML(p, &docs)
				}
				return nil
			})
		case strings.EqualFold(filepath.Ext(path), ".tml"):
			err = loadTML(path, &docs)
		case strings.EqualFold(filepath.Ext(path), ".jsonl"):
			err = loadJSONL(path, &docs)
		default:
			err = timeline.Errorf(timeline.EINVALID, "%s: not a .tml or .jsonl file, nor a folder", path)
		}
		if err != nil {
			return nil, err
		}
	}
	return docs, nil
}

// loadTML appends the document of one TimeML file.
func loadTML(path string, docs *[]Gold) error {
	f, err := os.Open(path)
	if err != nil {
		return statError(path, err)
	}
	defer f.Close()
	doc, err := timeml.Parse(f)
	if err != nil {
		return timeline.Errorf(timeline.ErrorCode(err), "%s: %s", path, timeline.ErrorMessage(err))
	}
	g := Gold{ID: doc.ID, DCT: doc.DCT, Text: doc.Text, Timexes: make([]Span, len(doc.Timexes)), Events: goldEvents(doc)}
	if g.ID == "" {
		g.ID = strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	}
	for i, x := range doc.Timexes {
		g.Timexes[i] = Span{Start: x.Start, End: x.End, Text: x.Text, Type: x.Type, Value: x.Value}
	}
	*docs = append(*docs, g)
	return nil
}

func statError(path string, err error) error {
	if os.IsNotExist(err) {
		return timeline.Errorf(timeline.ENOTFOUND, "%s: no such file or folder", path)
	}
	return timeline.Errorf(timeline.EINTERNAL, "%v", err)
}
