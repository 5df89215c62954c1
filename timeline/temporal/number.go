package temporal

import "strconv"

// count is a parsed quantity: n, or unknown (X) for "several", "a few".
type count struct {
	n       float64
	unknown bool
	article bool // "a"/"an": a count of one that reads as an article
}

func (c count) String() string {
	if c.unknown {
		return "X"
	}
	return strconv.FormatFloat(c.n, 'f', -1, 64)
}

// parseCount reads a number at i: digits ("3", "2.5", "2 1/2"), number words
// ("twenty-four", "a hundred", "two thousand", "a dozen") or vague counts
// ("several", "a few", "a couple of", "many"). It returns the count and the
// token after it.
func (t *tagger) parseCount(i int) (count, int, bool) {
	if n, ok := t.num(i); ok {
		if t.toks[i].digits > 6 || t.adjacentNumberGroup(i) {
			return count{}, i, false
		}
		v, j := float64(n), i+1
		// decimal: 2.5
		if t.punct(j, '.') && t.adjacent(j) && t.ok(j+1) && t.toks[j+1].kind == tokNum && t.adjacent(j+1) {
			f, err := strconv.ParseFloat(t.text[t.toks[i].start:t.toks[j+1].end], 64)
			if err == nil {
				v, j = f, j+2
			}
		}
		// fraction: 2 1/2
		if a, ok := t.num(j); ok && t.punct(j+1, '/') && t.adjacent(j+1) && t.adjacent(j+2) {
			if b, ok := t.num(j + 2); ok && b != 0 && a < b && t.toks[j].gap {
				v, j = v+float64(a)/float64(b), j+3
			}
		}
		return count{n: v}, j, true
	}
	e := t.lex(i)
	if e == nil {
		return count{}, i, false // every count word is in the lexicon
	}
	switch {
	case t.isAny(i, vagueCounts):
		return count{unknown: true}, i + 1, true
	case (t.is(i, "a") || t.is(i, "an")) && t.is(i+1, "few"):
		return count{unknown: true}, i + 2, true
	case t.is(i, "a") && t.is(i+1, "couple"):
		j := i + 2
		if t.is(j, "of") {
			j++
		}
		return count{n: 2}, j, true
	case t.is(i, "a") && t.is(i+1, "dozen"):
		return count{n: 12}, i + 2, true
	case (t.is(i, "a") || t.is(i, "an")) && (t.is(i+1, "hundred") || t.is(i+1, "thousand")):
		return count{n: float64(t.lex(i + 1).number)}, i + 2, true
	case e == nil || !e.numberWord:
		return count{}, i, false
	case t.is(i, "a") || t.is(i, "an"):
		return count{n: 1, article: true}, i + 1, true
	}
	// number words: tens[-units] [hundred|thousand]
	v, j := e.number, i+1
	if v >= 20 && v < 100 && v%10 == 0 {
		k := j
		if t.hyphen(k) {
			k++
		}
		if u := t.lex(k); u != nil && u.numberWord && u.number > 0 && u.number < 10 && !t.is(k, "a") && !t.is(k, "an") {
			v, j = v+u.number, k+1
		}
	}
	if v < 100 {
		if t.is(j, "hundred") {
			v, j = v*100, j+1
			// "five hundred and twelve"
			k := j
			if t.is(k, "and") {
				k++
			}
			if u := t.lex(k); u != nil && u.numberWord && u.number > 0 && u.number < 100 && !t.is(k, "a") && !t.is(k, "an") {
				if c, kk, ok := t.parseCount(k); ok && c.n < 100 {
					v, j = v+int(c.n), kk
				}
			}
		}
		if t.is(j, "thousand") {
			v, j = v*1000, j+1
		}
	}
	return count{n: float64(v)}, j, true
}

// adjacentNumberGroup reports a digit run that is part of a larger number
// ("2,020", "3.5", "555-2020"), which is never a year or a count by itself.
func (t *tagger) adjacentNumberGroup(i int) bool {
	if i >= 2 && !t.toks[i].gap && t.toks[i-1].kind == tokPunct && !t.toks[i-1].gap &&
		t.toks[i-2].kind == tokNum && (t.toks[i-1].punct == ',' && t.toks[i].digits == 3 || t.toks[i-1].punct == '.') {
		return true
	}
	if t.punct(i+1, ',') && t.adjacent(i+1) && t.ok(i+2) && t.toks[i+2].kind == tokNum && t.adjacent(i+2) && t.toks[i+2].digits == 3 {
		return true
	}
	return false
}
