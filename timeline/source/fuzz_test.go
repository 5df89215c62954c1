package source

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/timeline-dev/timeline/timeline"
)

// checkDoc checks the invariants of every emitted document.
func checkDoc(t *testing.T, d *timeline.Document) {
	t.Helper()
	if !utf8.ValidString(d.Text) {
		t.Errorf("%s: text is not valid UTF-8", d.Source)
	}
	if strings.TrimSpace(d.Text) == "" {
		t.Errorf("%s: empty text", d.Source)
	}
	sum := sha256.Sum256([]byte(d.Text))
	if d.SHA256 != hex.EncodeToString(sum[:]) {
		t.Errorf("%s: SHA256 does not match the text", d.Source)
	}
	if !d.Published.IsZero() {
		if d.Published.Location().String() != "UTC" || d.Published.Hour() != 0 || d.Published.Minute() != 0 || d.Published.Second() != 0 || d.Published.Nanosecond() != 0 {
			t.Errorf("%s: published %v is not a UTC day", d.Source, d.Published)
		}
		if d.PublishedFrom == "" {
			t.Errorf("%s: published without PublishedFrom", d.Source)
		}
	} else if d.PublishedFrom != "" {
		t.Errorf("%s: PublishedFrom %q without a date", d.Source, d.PublishedFrom)
	}
}

// fuzzRead reads data as name and checks every item; it must not panic.
func fuzzRead(t *testing.T, name string, data []byte) {
	var items []Item
	opt := Options{MaxSize: 1 << 20}
	err := ReadFile(context.Background(), name, strings.NewReader(string(data)), opt, func(it Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatalf("ReadFile: %v", err)
	}
	if len(items) == 0 {
		t.Fatalf("no item for %q", data)
	}
	checkItems(t, items)
}

func FuzzPlainText(f *testing.F) {
	f.Add([]byte("title: A\npublished: 2025-05-19\nurl: https://x/\n\nWASHINGTON, May 19 (Reuters) - Text."))
	f.Add([]byte("Date: 19 May 2025\n\nbody"))
	f.Add([]byte("\xef\xbb\xbfplain"))
	f.Add([]byte("\xff\xfeh\x00i\x00"))
	f.Add([]byte("May 19, 2025 — Something happened."))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "f.txt", data) })
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte(`<html><head><meta property="article:published_time" content="2025-05-19T10:00:00Z"><title>T</title></head><body><article><p>Text.</p></article></body></html>`))
	f.Add([]byte(`<!doctype html><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2025-05-19"}]}</script><p>x`))
	f.Add([]byte(`<html><body><time datetime="2025-02-30">x</time><p>y</p>`))
	f.Add([]byte(`<html><body></body></html>`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "f.html", data) })
}

func FuzzJSONLines(f *testing.F) {
	f.Add([]byte(`{"text":"a","published":"2025-05-19"}` + "\n" + `{"body":"b","date":1747612800}` + "\n"))
	f.Add([]byte(`{"text":["p1","p2"],"id":7}` + "\nnot json\n"))
	f.Add([]byte(`{"text":"\u0000"}`))
	f.Add([]byte(`[{"text":"a"},{"content":"b"}]`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "f.jsonl", data) })
}

func FuzzDate(f *testing.F) {
	for _, s := range []string{"2025-05-19", "2025-05-19T23:30:00-05:00", "Mon, 19 May 2025 14:03:00 GMT", "May 19, 2025", "19 May 2025", "20250519", "1747612800", "2025-02-30", "05/19/2025", "0000-00-00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := ParseDate(s)
		if err != nil {
			if !got.IsZero() {
				t.Errorf("ParseDate(%q) returned %v with error %v", s, got, err)
			}
			if strings.Contains(err.Error(), "\n") && !strings.Contains(s, "\n") {
				t.Errorf("multi-line error %q", err)
			}
			return
		}
		if got != day(got) || got.Location() != time.UTC {
			t.Errorf("ParseDate(%q) = %v, not a UTC day", s, got)
		}
		again, err := ParseDate(got.Format("2006-01-02"))
		if err != nil || !again.Equal(got) {
			t.Errorf("ParseDate(%q) = %v does not round-trip: %v, %v", s, got, again, err)
		}
	})
}
