package merge

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// stopWords are left out of the comparison: function words, the verbs of
// reporting that every article uses, and time words, which say when an event
// happened, not what it was (the intervals compare that).
var stopWords = set(`a about above after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it its itself
just me more most my myself no nor not now of off on once only or other our ours ourselves out over own
same she should so some such than that the their theirs them themselves then there these they this
those through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves its it's said says say told tells according reported reports
announced added stated statement news via amid new one two three first last next ago earlier later
today yesterday tomorrow tonight day days week weeks weekend month months year years decade century
morning afternoon evening night time times monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december jan feb mar apr
jun jul aug sep sept oct nov dec spring summer autumn fall winter quarter early late mid
`)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// tokens returns the sorted, distinct content words of s.
func tokens(s string) []string {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	out := words[:0]
	for _, w := range words {
		if len(w) < 2 || stopWords[w] || isNumber(w) {
			continue
		}
		out = append(out, stem(w))
	}
	return sortedSet(out)
}

// isNumber reports digits, with an ordinal suffix or not: in news text they
// are mostly dates ("19", "2025", "19th"), which the intervals compare.
func isNumber(w string) bool {
	w = strings.TrimRight(w, "stndrh")
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// stem folds English plurals ("talks" → "talk", "parties" → "party") and
// verb endings ("visited", "visiting" → "visit"), the commonest variations
// between two reports of one event. Both sides are folded alike, so a crude
// stem ("injured" → "injur") still matches its kin ("injuring").
func stem(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		return w[:len(w)-3]
	case len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// names lowercases entity names into a sorted set.
func names(list []string) []string {
	out := make([]string, 0, len(list))
	for _, n := range list {
		if n = strings.ToLower(strings.TrimSpace(n)); n != "" {
			out = append(out, n)
		}
	}
	return sortedSet(out)
}

// surnames is names keyed by their last word, so that "Tayyip Erdogan" in
// one report and "Erdogan" in another are one actor.
func surnames(list []string) []string {
	out := names(list)
	for i, n := range out {
		if k := strings.LastIndexByte(n, ' '); k >= 0 {
			out[i] = n[k+1:]
		}
	}
	return sortedSet(out)
}

// dateline matches a wire dateline opening a sentence, "ISTANBUL (Reuters) -":
// the agency and the city say where the report was filed, not what happened.
var dateline = regexp.MustCompile(`^\s*\p{Lu}[\p{Lu} .,'-]*\([^)]{1,40}\)\s*[-—–_]+\s*`)

// sortedSet sorts s and removes duplicates in place.
func sortedSet(s []string) []string {
	sort.Strings(s)
	out := s[:0]
	for i, w := range s {
		if i == 0 || w != s[i-1] {
			out = append(out, w)
		}
	}
	return out
}
