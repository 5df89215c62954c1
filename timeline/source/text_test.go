package source

import (
	"testing"
)

func TestPlainText(t *testing.T) {
	for _, c := range []struct {
		name, data       string
		title, url, text string
		published, from  string
	}{
		{
			name:  "header",
			data:  "title: Senate passes bill\npublished: 2025-05-19\nurl: https://x.example/a\n\nThe Senate voted.\n",
			title: "Senate passes bill", url: "https://x.example/a", text: "The Senate voted.\n",
			published: "2025-05-19", from: "metadata",
		},
		{
			name:  "keys in any case, date for published, CRLF",
			data:  "Title: A\r\nDATE: May 19, 2025\r\n\r\nBody\r\n",
			title: "A", text: "Body\r\n", published: "2025-05-19", from: "metadata",
		},
		{
			name:  "unknown keys among known ones",
			data:  "title: A\nauthor: B\n\nBody",
			title: "A", text: "Body",
		},
		{
			name: "no header",
			data: "The Senate voted on Monday.\nIt passed.",
			text: "The Senate voted on Monday.\nIt passed.",
		},
		{
			name: "key-like first line without a known key is text",
			data: "Note: this is text\n\nMore.",
			text: "Note: this is text\n\nMore.",
		},
		{
			name: "header lines without a blank line are text",
			data: "title: A\nThe Senate voted.",
			text: "title: A\nThe Senate voted.",
		},
		{
			name:      "dateline",
			data:      "WASHINGTON, May 19, 2025 (Reuters) - The Senate voted.",
			text:      "WASHINGTON, May 19, 2025 (Reuters) - The Senate voted.",
			published: "2025-05-19", from: "dateline",
		},
		{
			name:  "dateline after header without date",
			data:  "title: Vote\n\nWASHINGTON, May 19 (Reuters) - The Senate voted.",
			title: "Vote", text: "WASHINGTON, May 19 (Reuters) - The Senate voted.",
		},
		{
			name: "year of a dateline from the header URL",
			data: "url: https://x.example/2025/05/19/vote\n\nWASHINGTON, May 19 (Reuters) - The Senate voted.",
			url:  "https://x.example/2025/05/19/vote", text: "WASHINGTON, May 19 (Reuters) - The Senate voted.",
			published: "2025-05-19", from: "dateline",
		},
		{
			name:  "UTF-8 BOM stripped",
			data:  "\xef\xbb\xbftitle: A\n\nBody",
			title: "A", text: "Body",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := readDoc(t, "a.txt", c.data, Options{})
			if d.Title != c.title || d.URL != c.url || d.Text != c.text {
				t.Errorf("got title %q url %q text %q, want %q %q %q", d.Title, d.URL, d.Text, c.title, c.url, c.text)
			}
			got := ""
			if !d.Published.IsZero() {
				got = d.Published.Format("2006-01-02")
			}
			if got != c.published || d.PublishedFrom != c.from {
				t.Errorf("published %q from %q, want %q from %q", got, d.PublishedFrom, c.published, c.from)
			}
			if d.Source != "a.txt" {
				t.Errorf("source %q", d.Source)
			}
		})
	}
}

func TestPlainTextErrors(t *testing.T) {
	readErr(t, "a.txt", "title: A\npublished: 2025-05-19\n\n  \n", Options{}, "a.txt: no text after the header")
	readErr(t, "a.txt", "title: A\n\n", Options{}, "a.txt: no text after the header")
	readErr(t, "a.txt", "published: 2025-02-30\n\nBody", Options{}, `a.txt: impossible date "2025-02-30": February 2025 has 28 days (header "published")`)
	// An unreadable date is skipped with a warning; the dateline follows.
	it := readOne(t, "a.txt", "published: soon\n\nMay 19, 2025 — Body", Options{})
	if it.Err != nil || it.Doc.PublishedFrom != "dateline" || !hasWarning(it, `a.txt: ignoring unrecognized date "soon" (header "published")`) {
		t.Errorf("got %+v, %v", it.Doc, it.Warnings)
	}
}
