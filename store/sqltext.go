package store

import (
	"strings"

	"github.com/timeline-dev/timeline/timeline"
)

// singleStatement rejects SQL text holding no statement or more than one:
// database/sql would run only part of it, or all of it, depending on the
// driver. Semicolons inside quotes, identifiers and comments do not count;
// trailing semicolons and comments are fine.
func singleStatement(query string) error {
	s := stripComments(query)
	const blank = "; \t\r\n\f"
	if strings.Trim(s, blank) == "" {
		return timeline.Errorf(timeline.EINVALID, "no SQL statement given")
	}
	if end := statementEnd(s); end >= 0 && strings.Trim(s[end:], blank) != "" {
		return timeline.Errorf(timeline.EINVALID, "give one SQL statement at a time (found more after the first ';')")
	}
	return nil
}

// firstKeyword returns the statement's first word in upper case, after any
// comments.
func firstKeyword(query string) string {
	s := strings.TrimSpace(stripComments(query))
	end := strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '_')
	})
	if end < 0 {
		end = len(s)
	}
	return strings.ToUpper(s[:end])
}

// stripComments replaces SQL comments outside quotes with a space.
func stripComments(query string) string {
	var b strings.Builder
	for i := 0; i < len(query); {
		switch c := query[i]; {
		case c == '\'' || c == '"' || c == '`' || c == '[':
			j := quoteEnd(query, i)
			b.WriteString(query[i:j])
			i = j
		case c == '-' && strings.HasPrefix(query[i:], "--"):
			j := strings.IndexByte(query[i:], '\n')
			if j < 0 {
				return b.String()
			}
			b.WriteByte(' ')
			i += j + 1
		case c == '/' && strings.HasPrefix(query[i:], "/*"):
			j := strings.Index(query[i+2:], "*/")
			if j < 0 {
				return b.String()
			}
			b.WriteByte(' ')
			i += j + 4
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String()
}

// statementEnd returns the index of the first ';' outside quotes in s, which
// has no comments, or -1.
func statementEnd(s string) int {
	for i := 0; i < len(s); {
		switch c := s[i]; c {
		case '\'', '"', '`', '[':
			i = quoteEnd(s, i)
		case ';':
			return i
		default:
			i++
		}
	}
	return -1
}

// quoteEnd returns the index just past the quoted string or identifier that
// starts at i; a doubled quote character escapes itself.
func quoteEnd(s string, i int) int {
	closing := s[i]
	if closing == '[' {
		closing = ']'
	}
	for j := i + 1; j < len(s); j++ {
		if s[j] == closing {
			if closing != ']' && j+1 < len(s) && s[j+1] == closing {
				j++
				continue
			}
			return j + 1
		}
	}
	return len(s)
}
