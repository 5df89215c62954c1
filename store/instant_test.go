package store

import (
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

// TestParseInstant checks the fast path against timeline.ParseInstant.
func TestParseInstant(t *testing.T) {
	for _, s := range []string{
		"2025-05-19", "2024-02-29", "0001-01-01", "9999-12-31", "2025-05-19T15:00", "2025-05-19T00:00",
		"2025-05-19T23:59", "2025-05-19T15:04:05", "2025-05-19T15:04:05Z", "2025-05-19T15:04:05+02:00",
		"2023-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-05-19T24:00", "2025-05-19T12:60",
		"2025-05-19T1:00", "2025-5-19", "2025/05/19", "2025-05-19X15:00", "abcd-ef-gh", "", "2025",
	} {
		got, err := parseInstant(s)
		want, wantErr := timeline.ParseInstant(s)
		if (err != nil) != (wantErr != nil) || !got.Equal(want) || got.Location() != want.Location() {
			t.Errorf("parseInstant(%q) = %v, %v; want %v, %v", s, got, err, want, wantErr)
		}
	}
	var last lastInstant
	for _, s := range []string{"2025-05-19", "2025-05-19", "2025-05-20", "bad", "2025-05-20"} {
		got, err := last.parse(s)
		want, wantErr := timeline.ParseInstant(s)
		if (err != nil) != (wantErr != nil) || !got.Equal(want) {
			t.Errorf("lastInstant.parse(%q) = %v, %v; want %v, %v", s, got, err, want, wantErr)
		}
	}
}
