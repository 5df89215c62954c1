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

// gazetteer maps lower-case names (and demonyms) to entries. gazFirst and
// gazLast map the first and last words of the keys to the longest key that
// starts or ends with them, so that a run of capitalised words is matched
// against the table only where a key can begin or end.
var (
	gazetteer = map[string]place{}
	gazFirst  = map[string]int{}
	gazLast   = map[string]int{}
	// gazPlaces lists the entries; gazIndex maps a key to its entry in it,
	// plus one, for the vocab.
	gazPlaces []place
	gazIndex  = map[string]int32{}
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
			gazPlaces = append(gazPlaces, gazetteer[key])
			gazIndex[key] = int32(len(gazPlaces))
			words := strings.Fields(key)
			n := len(words)
			gazFirst[words[0]] = max(gazFirst[words[0]], n)
			gazLast[words[n-1]] = max(gazLast[words[n-1]], n)
		}
	}
}
