package extract

import (
	_ "embed"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
)

//go:embed gazetteer.txt
var gazetteerText string

// place is a gazetteer entry: the canonical name a key stands for.
type place struct {
	name    string
	kind    timeline.EntityKind
	demonym bool // the key is a demonym ("Russian"), the name its place
}

// gazetteer maps lower-case names (and demonyms) to entries; gazMaxWords is
// the longest key in words, which bounds the longest-match scan.
var (
	gazetteer   = map[string]place{}
	gazMaxWords = 1
)

func init() {
	for _, line := range strings.Split(gazetteerText, "\n") {
		line = strings.TrimSpace(line)
		if len(line) < 3 || line[0] == '#' {
			continue
		}
		kind := timeline.EntityPlace
		if line[0] == 'O' {
			kind = timeline.EntityOrganization
		}
		names := strings.Split(line[2:], "|")
		canon := names[0]
		keys := names
		demonym := line[0] == 'D'
		if demonym {
			keys = names[1:]
		}
		for _, k := range keys {
			k = strings.TrimPrefix(strings.TrimPrefix(k, "the "), "The ")
			key := strings.ToLower(k)
			if _, dup := gazetteer[key]; dup {
				continue // first entry wins: countries before demonyms
			}
			gazetteer[key] = place{name: canon, kind: kind, demonym: demonym}
			if n := strings.Count(key, " ") + 1; n > gazMaxWords {
				gazMaxWords = n
			}
		}
	}
}
