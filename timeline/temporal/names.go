package temporal

// Month and weekday names. News capitalises them; casual writing often
// does not ("march 3rd", "next monday"). A name in lower case counts where
// it cannot be the common word it is spelled like: "may" the verb, "march"
// the noun, "sat" and "sun", "jan" and "dec" are dates only beside a day,
// a year or a relative word.

// lowerWeak reports a name that in lower case is more often another word:
// may, march, august, and every abbreviation.
func (e *entry) lowerWeak() bool {
	return e.monthLowerWeak || e.monthAbbr || e.weekdayAbb
}

// monthName reports whether token i names a month: capitalised, or in
// lower case where the word is no other ("september", "june"), or where
// cue says the context makes it a date ("next march", "may 2nd").
func (t *tagger) monthName(i int, cue bool) (*entry, bool) {
	e := t.lex(i)
	if e == nil || e.month == 0 {
		return nil, false
	}
	return e, t.upper(i) || cue || !e.lowerWeak()
}

// weekdayName is monthName for weekdays: "monday", but "sat" and "wed"
// only with a cue ("next wed", "every sat").
func (t *tagger) weekdayName(i int, cue bool) (*entry, bool) {
	e := t.lex(i)
	if e == nil || e.weekday == 0 {
		return nil, false
	}
	return e, t.upper(i) || cue || !e.lowerWeak()
}

// dayBefore reports a day of the month ending right before token i: "3",
// "3rd", "third", "3rd of", "the third of". It is the cue of "3rd march".
func (t *tagger) dayBefore(i int) bool {
	k := i - 1
	if t.is(k, "of") {
		k--
	}
	if t.isAny(k, ordinalSuffixes) && !t.toks[k].gap {
		k--
	}
	if n, ok := t.num(k); ok {
		return t.toks[k].digits <= 2 && n >= 1 && n <= 31
	}
	e := t.lex(k)
	return e != nil && e.ordinal > 0 && k < i-1 // "third of march", not "third march"
}

// dayAfter reports a day of the month at j that makes a lower-case month
// before it a date: "march 3rd", "may 2nd", "march 3" ending the phrase;
// not "we may 10 times".
func (t *tagger) dayAfter(j int) bool {
	if _, k, ok := t.ordinalDayAt(j); ok && k > j+1 {
		return true // "3rd", "twenty-first"
	}
	if _, k, ok := t.dayAt(j); ok {
		return !t.ok(k) || t.toks[k].kind != tokWord || t.lex(k) != nil
	}
	_, _, ok := t.ordinalDayAt(j)
	return ok
}

// ordinalDayAt reads a day written as an ordinal at j: "3rd", "third",
// "twenty-first", "thirty first"; the day and the token after it.
func (t *tagger) ordinalDayAt(j int) (int, int, bool) {
	if n, ok := t.num(j); ok && t.toks[j].digits <= 2 && n >= 1 && n <= 31 && t.adjacent(j+1) && t.isAny(j+1, ordinalSuffixes) {
		return n, j + 2, true
	}
	e := t.lex(j)
	if e == nil {
		return 0, j, false
	}
	if e.ordinal > 0 {
		return e.ordinal, j + 1, true
	}
	if t.is(j, "twenty") || t.is(j, "thirty") {
		k := j + 1
		if t.hyphen(k) {
			k++
		}
		if o := t.lex(k); o != nil && o.ordinal >= 1 && o.ordinal <= 9 && (e.number+o.ordinal <= 31) {
			return e.number + o.ordinal, k + 1, true
		}
	}
	return 0, j, false
}
