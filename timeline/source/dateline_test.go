package source

import "testing"

func TestDateline(t *testing.T) {
	for _, c := range []struct {
		text  string
		hints []string
		want  string // "" for none
	}{
		{"WASHINGTON, May 19 (Reuters) - The Senate voted.", []string{"https://x.example/2025/05/19/senate"}, "2025-05-19"},
		{"WASHINGTON, May 19 (Reuters) - The Senate voted.", nil, ""}, // no year anywhere
		{"WASHINGTON, May 19, 2025 (Reuters) - The Senate voted.", nil, "2025-05-19"},
		{"LONDON (AP) — May 19, 2025 — A storm hit.", nil, "2025-05-19"},
		{"LONDON (AP) -- May 19, 2025. A storm hit.", nil, "2025-05-19"},
		{"May 19, 2025 — A storm hit.", nil, "2025-05-19"},
		{"2025-05-19 — A storm hit.", nil, "2025-05-19"},
		{"2025-05-19 - A storm hit.", nil, "2025-05-19"},
		{"PARIS, 19 May 2025 (AFP) - Strikes.", nil, "2025-05-19"},
		{"SAN JUAN, Puerto Rico, Sept. 3 (Reuters) – Power cut.", []string{"2025"}, "2025-09-03"},
		{"NEW YORK, Jan. 2 (Reuters) - Stocks rose.", []string{"reuters-2025-01-02.txt"}, "2025-01-02"},
		// The hint decides the year nearest to it: a late-December story
		// modified in early January.
		{"BERLIN, Dec. 31 (dpa) - Fireworks.", []string{"2026-01-02T10:00:00Z"}, "2025-12-31"},
		{"BERLIN, Jan. 1 (dpa) - Fireworks.", []string{"2025-12-31T22:00:00Z"}, "2026-01-01"},
		// A headline and a byline may come first.
		{"Storm batters England\n\nBy Jane Doe\n\nLONDON (AP) — May 19, 2025 — A storm.", nil, "2025-05-19"},
		// Not datelines.
		{"The vote on May 19, 2025 — a Monday — passed.", nil, ""},
		{"Washington, May 19 (Reuters) - lower-case city.", []string{"2025"}, ""},
		{"WASHINGTON (Reuters) - No date here.", []string{"2025"}, ""},
		{"WASHINGTON, May 32, 2025 (Reuters) - Bad day.", nil, ""},
		{"WASHINGTON, Feb. 29 (Reuters) - Not a leap year.", []string{"2025"}, ""},
		{"", nil, ""},
	} {
		got, ok := findDateline(c.text, c.hints)
		s := ""
		if ok {
			s = got.Format("2006-01-02")
		}
		if s != c.want {
			t.Errorf("findDateline(%q, %q) = %q, want %q", c.text, c.hints, s, c.want)
		}
	}
}

func TestDatelineOnlyNearTheStart(t *testing.T) {
	text := "a\nb\nc\nd\ne\nf\ng\nMay 19, 2025 — late.\n"
	if _, ok := findDateline(text, nil); ok {
		t.Error("found a dateline after the first lines")
	}
}
