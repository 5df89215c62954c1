package source

import (
	"testing"
	"time"
)

func TestPublishedPrecedence(t *testing.T) {
	const withAll = "published: 2025-05-18\n\nWASHINGTON, May 17, 2025 (Reuters) - The Senate voted."
	const withDateline = "WASHINGTON, May 17, 2025 (Reuters) - The Senate voted."
	const withNothing = "The Senate voted."
	flag := date("2025-05-19")
	for _, c := range []struct {
		name, data string
		flag       time.Time
		want, from string
	}{
		{"flag over metadata and dateline", withAll, flag, "2025-05-19", "flag"},
		{"metadata over dateline", withAll, time.Time{}, "2025-05-18", "metadata"},
		{"dateline", withDateline, time.Time{}, "2025-05-17", "dateline"},
		{"flag over dateline", withDateline, flag, "2025-05-19", "flag"},
		{"nothing", withNothing, time.Time{}, "0001-01-01", ""},
		{"flag is a day in its own zone", withNothing, time.Date(2025, 5, 19, 23, 30, 0, 0, time.FixedZone("EST", -5*3600)), "2025-05-19", "flag"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := readDoc(t, "a.txt", c.data, Options{Published: c.flag})
			if got := d.Published.Format("2006-01-02"); got != c.want || d.PublishedFrom != c.from {
				t.Errorf("published %s from %q, want %s from %q", got, d.PublishedFrom, c.want, c.from)
			}
		})
	}
	// The flag also wins over an impossible date in the metadata: the
	// metadata is never consulted.
	d := readDoc(t, "a.txt", "published: 2025-02-30\n\nText.", Options{Published: flag})
	if d.PublishedFrom != "flag" {
		t.Errorf("from %q", d.PublishedFrom)
	}
}

func TestFutureWarning(t *testing.T) {
	now := time.Date(2025, 5, 19, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		published string
		warn      bool
	}{
		{"2025-05-19", false},
		{"2025-05-20", false}, // already the 20th east of UTC
		{"2025-05-21", true},
		{"2030-01-01", true},
	} {
		it := readOne(t, "a.txt", "published: "+c.published+"\n\nText.", Options{Now: now})
		want := "a.txt: publication date " + c.published + " is in the future"
		if hasWarning(it, want) != c.warn {
			t.Errorf("%s: warnings %v, want warning %v", c.published, it.Warnings, c.warn)
		}
	}
	// No Now, no check.
	it := readOne(t, "a.txt", "published: 2999-01-01\n\nText.", Options{})
	if len(it.Warnings) != 0 {
		t.Errorf("warnings %v", it.Warnings)
	}
	// The flag is checked too.
	it = readOne(t, "a.txt", "Text.", Options{Now: now, Published: date("2026-01-01")})
	if !hasWarning(it, "publication date 2026-01-01 is in the future") {
		t.Errorf("warnings %v", it.Warnings)
	}
}
