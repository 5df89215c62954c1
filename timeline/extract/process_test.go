package extract

import (
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

func TestDatelineIsNoEvent(t *testing.T) {
	dct := time.Date(2025, 5, 19, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text   string
		events int
	}{
		{"WASHINGTON, May 19 (Reuters) - The Senate passed the bill on Monday.", 1},
		{"LONDON (AP) — May 19 — A storm swept across England on Sunday.", 1},
		{"On May 19 - a Monday - the Senate passed the bill.", 2},
		{"The Senate passed the bill on May 19 (a Monday).", 2},
	}
	for _, tc := range cases {
		ms := temporal.Tag(tc.text, dct)
		evs := Events(tc.text, ms)
		if len(evs) != tc.events {
			t.Errorf("%q: %d events, want %d", tc.text, len(evs), tc.events)
		}
		for _, e := range evs {
			if m := ms[e.Mention]; m.Type != timeline.TypeDate {
				t.Errorf("%q: event on %q", tc.text, m.Text)
			}
		}
	}
}

// TestComparisonBaselineIsNoEvent checks that the date a figure is compared
// with ("from $93 million a year earlier") makes no event of its own, while
// the same words as a real date do.
func TestComparisonBaselineIsNoEvent(t *testing.T) {
	dct := time.Date(2024, 11, 7, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text    string
		phrases []string
	}{
		{"Third-quarter profit fell 40% from a year earlier.", []string{"profit fell 40%"}},
		{"Sales rose 5% to $2 billion from $1.9 billion last year.", nil},
		{"A year earlier, the company had posted a loss.", []string{"company posted a loss"}},
	}
	for _, tc := range cases {
		ms := temporal.Tag(tc.text, dct)
		evs := Events(tc.text, ms)
		var got []string
		for _, e := range evs {
			got = append(got, e.Phrase)
		}
		if len(got) != len(tc.phrases) {
			t.Fatalf("%q: events %q, want %q", tc.text, got, tc.phrases)
		}
		for i := range got {
			if got[i] != tc.phrases[i] {
				t.Errorf("%q: event %q, want %q", tc.text, got[i], tc.phrases[i])
			}
		}
	}
}
