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
