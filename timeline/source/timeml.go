package source

import (
	"regexp"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/timeml"
)

// timemlPosition matches the "timeml: line L:C: " prefix of the parser's
// messages, which parseTimeML rewrites as "name:L:C: ".
var timemlPosition = regexp.MustCompile(`^timeml: (?:line )?([0-9]+:[0-9]+): `)

// parseTimeML reads a TimeML document: its TEXT, its creation time (DCT) as
// the publication date, its title and DOCID. Annotations are dropped: the
// pipeline tags the text itself.
func parseTimeML(name string, data []byte) (*record, error) {
	doc, err := timeml.ParseText(data)
	if err != nil {
		msg := timeline.ErrorMessage(err)
		if m := timemlPosition.FindStringSubmatch(msg); m != nil {
			msg = name + ":" + m[1] + ": " + msg[len(m[0]):]
		} else {
			msg = name + ": " + strings.TrimPrefix(msg, "timeml: ")
		}
		return nil, timeline.Errorf(timeline.EINVALID, "%s", msg)
	}
	rec := &record{source: name, text: doc.Text, title: doc.Title, id: doc.ID, noText: "no text in TEXT"}
	if !doc.DCT.IsZero() || doc.DCTValue != "" {
		rec.dates = []dateCandidate{{value: doc.DCTValue, at: doc.DCT, origin: "DCT"}}
	}
	return rec, nil
}
