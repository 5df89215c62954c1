package main

import "strconv"

// sqlParameters returns how many values a statement binds, counted as
// SQLite numbers its parameters: "?" takes the number after the largest so
// far, "?NNN" that number, and ":name", "@name" or "$name" a number of its
// own at its first use. Quoted strings and identifiers and comments hold
// none. The driver runs a statement without enough values until it reaches
// the first one missing, and ignores extra ones, so `sql` counts first.
func sqlParameters(query string) int {
	largest := 0
	named := map[string]bool{}
	for i := 0; i < len(query); {
		c := query[i]
		switch {
		case c == '\'' || c == '"' || c == '`' || c == '[':
			i = closingQuote(query, i)
		case c == '-' && i+1 < len(query) && query[i+1] == '-':
			for i < len(query) && query[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(query) && query[i+1] == '*':
			i += 2
			for i < len(query) && !(query[i] == '*' && i+1 < len(query) && query[i+1] == '/') {
				i++
			}
			i += 2
		case c == '?':
			j := i + 1
			for j < len(query) && isDigit(query[j]) {
				j++
			}
			if j == i+1 {
				largest++
			} else if n, err := strconv.Atoi(query[i+1 : j]); err == nil {
				if !named[query[i:j]] {
					named[query[i:j]] = true
					largest = max(largest, n)
				}
			}
			i = j
		case c == ':' || c == '@' || c == '$':
			j := i + 1
			for j < len(query) && isWordByte(query[j]) {
				j++
			}
			if j > i+1 && !named[query[i:j]] {
				named[query[i:j]] = true
				largest++
			}
			i = j
		case isWordByte(c):
			// A word or number: a "$" inside one ("a$b") is not a parameter.
			for i < len(query) && (isWordByte(query[i]) || query[i] == '$') {
				i++
			}
		default:
			i++
		}
	}
	return largest
}

// closingQuote returns the index after the quoted string or identifier
// that starts at i; a doubled quote inside it stands for itself.
func closingQuote(s string, i int) int {
	end := s[i]
	if end == '[' {
		end = ']'
	}
	for j := i + 1; j < len(s); j++ {
		if s[j] != end {
			continue
		}
		if end != ']' && j+1 < len(s) && s[j+1] == end {
			j++
			continue
		}
		return j + 1
	}
	return len(s)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isWordByte reports a byte of an identifier or number; bytes of
// multi-byte characters count, as SQLite allows them in identifiers.
func isWordByte(c byte) bool {
	return c == '_' || isDigit(c) || c >= 0x80 || (c|0x20 >= 'a' && c|0x20 <= 'z')
}
