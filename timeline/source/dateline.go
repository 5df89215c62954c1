package source

import (
	"regexp"
	"strings"
	"time"
)

// Pieces of a news dateline: "WASHINGTON, May 19 (Reuters) -",
// "LONDON (AP) — May 19, 2025", "May 19, 2025 —", "2025-05-19 —".
const (
	dlCity   = `\p{Lu}[\p{Lu}\p{M}.'’\-]*(?:\s+\p{Lu}[\p{Lu}\p{M}.'’\-]*){0,4}`
	dlState  = `(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})?`
	dlMonth  = `(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
	dlAgency = `\(\s*\p{L}[\p{L}.&/ \-]{0,40}\)`
	dlDash   = `(?:--?|[–—―])`
	dlDate   = `(?:(?P<m1>` + dlMonth + `)\s+(?P<d1>[0-9]{1,2})(?:,?\s+(?P<y1>[0-9]{4}))?` +
		`|(?P<d2>[0-9]{1,2})\s+(?P<m2>` + dlMonth + `)(?:,?\s+(?P<y2>[0-9]{4}))?` +
		`|(?P<y3>[0-9]{4})-(?P<m3>[0-9]{2})-(?P<d3>[0-9]{2}))`
)

var datelines = []*regexp.Regexp{
	// WASHINGTON, May 19 (Reuters) -
	regexp.MustCompile(`^\s*` + dlCity + dlState + `,\s*` + dlDate + `\s*(?:` + dlAgency + `\s*)?` + dlDash),
	// LONDON (AP) — May 19, 2025
	regexp.MustCompile(`^\s*` + dlCity + dlState + `\s*` + dlAgency + `\s*` + dlDash + `\s*` + dlDate + `(?:[^\p{L}\p{N}]|$)`),
	// May 19, 2025 —
	regexp.MustCompile(`^\s*` + dlDate + `\s*(?:` + dlAgency + `\s*)?` + dlDash),
}

// datelineLines and datelineWidth bound the search: a dateline opens the
// story, after at most a headline and a byline.
const (
	datelineLines = 6
	datelineWidth = 200
)

// findDateline returns the date of a dateline at the start of one of the
// first lines of text. A dateline without a year is used only when hints
// give the year; otherwise there is no way to know it.
func findDateline(text string, hints []string) (time.Time, bool) {
	for n := 0; n < datelineLines && text != ""; {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		if strings.TrimSpace(line) == "" {
			continue
		}
		n++
		if len(line) > datelineWidth {
			line = line[:datelineWidth]
		}
		for _, re := range datelines {
			if m := re.FindStringSubmatch(line); m != nil {
				return datelineDate(re, m, hints)
			}
		}
	}
	return time.Time{}, false
}

// datelineDate reads the date groups of a dateline match.
func datelineDate(re *regexp.Regexp, m []string, hints []string) (time.Time, bool) {
	g := func(name string) string { return m[re.SubexpIndex(name)] }
	var y, mon, d int
	switch {
	case g("y3") != "":
		y, mon, d = atoi(g("y3")), atoi(g("m3")), atoi(g("d3"))
	case g("m1") != "":
		y, mon, d = atoi(g("y1")), monthNumber(g("m1")), atoi(g("d1"))
	default:
		y, mon, d = atoi(g("y2")), monthNumber(g("m2")), atoi(g("d2"))
	}
	if mon == 0 {
		return time.Time{}, false
	}
	if y == 0 {
		return yearFromHints(mon, d, hints)
	}
	t, err := civil("", y, mon, d)
	return t, err == nil
}

func monthNumber(s string) int {
	return int(months[strings.TrimSuffix(strings.ToLower(s), ".")])
}

var (
	hintDate = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)[0-9]{2})[-/_.]?([01][0-9])[-/_.]?([0-3][0-9])(?:[^0-9]|$)`)
	hintYear = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)[0-9]{2})(?:[^0-9]|$)`)
)

// yearFromHints completes month and day with a year taken from the first
// hint that has one. A full date picks the year that puts the dateline
// nearest to it, so that "Dec 31" with a hint of 2026-01-02 is 2025.
func yearFromHints(mon, d int, hints []string) (time.Time, bool) {
	for _, h := range hints {
		ref, err := parseDate(h)
		if err != nil {
			if m := hintDate.FindStringSubmatch(h); m != nil {
				ref, err = civil("", atoi(m[1]), atoi(m[2]), atoi(m[3]))
			}
		}
		if err == nil {
			var best time.Time
			for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
				t, err := civil("", y, mon, d)
				if err == nil && (best.IsZero() || absDays(t, ref) < absDays(best, ref)) {
					best = t
				}
			}
			return best, !best.IsZero()
		}
		if m := hintYear.FindStringSubmatch(h); m != nil {
			t, err := civil("", atoi(m[1]), mon, d)
			return t, err == nil
		}
	}
	return time.Time{}, false
}

func absDays(a, b time.Time) time.Duration {
	if a.Before(b) {
		return b.Sub(a)
	}
	return a.Sub(b)
}
