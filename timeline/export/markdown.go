package export

import (
	"bufio"
	"io"
	"net/url"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
)

// markdownWriter streams a Markdown table with the table format's columns;
// it has no width to fit, so it always carries the evidence.
type markdownWriter struct {
	state
	w        *bufio.Writer
	opt      Options
	headed   bool
	conflict bool
}

func newMarkdownWriter(w io.Writer, opt Options) *markdownWriter {
	return &markdownWriter{w: bufio.NewWriter(w), opt: opt}
}

// header writes the title and the table head once.
func (m *markdownWriter) header() {
	if m.headed {
		return
	}
	m.headed = true
	if m.opt.Title != "" {
		m.w.WriteString("# " + mdEscape(m.opt.Title) + "\n\n")
	}
	if m.opt.Explain {
		m.w.WriteString("| Date | Granularity | Event | Document | Evidence | Explanation |\n|---|---|---|---|---|---|\n")
	} else {
		m.w.WriteString("| Date | Granularity | Event | Document | Evidence |\n|---|---|---|---|---|\n")
	}
}

// Write implements Writer.
func (m *markdownWriter) Write(r *timeline.Row) error {
	if err := m.check(); err != nil {
		return err
	}
	m.header()
	date := mdEscape(DisplayWhen(r))
	if r.DateConflict {
		date += conflictMark
		m.conflict = true
	}
	cells := []string{date, mdEscape(string(r.Granularity)), mdEscape(eventCell(r)), mdDocuments(r), mdEscape(r.Evidence)}
	if m.opt.Explain {
		cells = append(cells, mdEscape(explanation(r)))
	}
	if _, err := m.w.WriteString("| " + strings.Join(cells, " | ") + " |\n"); err != nil {
		return m.fail(err)
	}
	return nil
}

// mdDocuments links the row's document, or every merged source with the
// date it gives, so that a report shows who said what.
func mdDocuments(r *timeline.Row) string {
	if len(r.Sources) == 0 {
		return mdLink(r.Document, r.URL)
	}
	parts := make([]string, len(r.Sources))
	for i := range r.Sources {
		s := &r.Sources[i]
		parts[i] = mdLink(s.Document, s.URL) + " (" + mdEscape(s.Date) + ")"
	}
	return strings.Join(parts, "; ")
}

// mdLink writes [text](url) for web URLs and the escaped text otherwise.
func mdLink(text, link string) string {
	if !webURL(link) {
		return mdEscape(text)
	}
	// Percent-encode what would end the link or the table cell.
	link = strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "|", "%7C", "<", "%3C", ">", "%3E").Replace(link)
	return "[" + mdEscape(text) + "](" + link + ")"
}

// webURL reports whether link is an absolute http or https URL, the only
// kind the human formats turn into a link.
func webURL(link string) bool {
	u, err := url.Parse(link)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// mdReplacer backslash-escapes the characters that would end a cell or start
// Markdown formatting, and folds line breaks, which would end the row.
var mdReplacer = strings.NewReplacer(
	`\`, `\\`, "|", `\|`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "\r\n", " ", "\n", " ", "\r", " ",
)

// mdEscape makes s safe inside a Markdown table cell.
func mdEscape(s string) string { return mdReplacer.Replace(s) }

// Close implements Writer.
func (m *markdownWriter) Close() error {
	if m.closed {
		return m.err
	}
	m.closed = true
	if m.err == nil {
		m.header()
		if m.conflict {
			m.w.WriteString("\n" + strings.TrimSpace(conflictMark) + " Sources disagree on this date; the most precise one is shown.\n")
		}
	}
	if err := m.w.Flush(); err != nil {
		m.fail(err)
	}
	return m.err
}
