package temporal

import "time"

// holiday is a named day: fixed, or movable with a weekday or Easter.
type holiday struct {
	words []string // lower-case words, in order
	month int
	day   int
	// movable feasts: nth weekday of month, or an offset from Easter
	nth, weekday int
	easter       int
	isEaster     bool
}

// holidays are the names matchHoliday knows, tried in order: a longer name
// comes before its prefix ("Christmas Eve" before "Christmas").
var holidays = []holiday{
	{words: []string{"christmas", "eve"}, month: 12, day: 24},
	{words: []string{"christmas", "day"}, month: 12, day: 25},
	{words: []string{"christmas"}, month: 12, day: 25},
	{words: []string{"boxing", "day"}, month: 12, day: 26},
	{words: []string{"new", "year", "'", "s", "eve"}, month: 12, day: 31},
	{words: []string{"new", "year", "'", "s", "day"}, month: 1, day: 1},
	{words: []string{"new", "year", "'", "s"}, month: 1, day: 1},
	{words: []string{"new", "years", "eve"}, month: 12, day: 31},
	{words: []string{"new", "years", "day"}, month: 1, day: 1},
	{words: []string{"valentine", "'", "s", "day"}, month: 2, day: 14},
	{words: []string{"st", ".", "patrick", "'", "s", "day"}, month: 3, day: 17},
	{words: []string{"st", "patrick", "'", "s", "day"}, month: 3, day: 17},
	{words: []string{"independence", "day"}, month: 7, day: 4},
	{words: []string{"fourth", "of", "july"}, month: 7, day: 4},
	{words: []string{"bastille", "day"}, month: 7, day: 14},
	{words: []string{"canada", "day"}, month: 7, day: 1},
	{words: []string{"halloween"}, month: 10, day: 31},
	{words: []string{"juneteenth"}, month: 6, day: 19},
	{words: []string{"earth", "day"}, month: 4, day: 22},
	{words: []string{"groundhog", "day"}, month: 2, day: 2},
	{words: []string{"april", "fools", "'", "day"}, month: 4, day: 1},
	{words: []string{"april", "fool", "'", "s", "day"}, month: 4, day: 1},
	{words: []string{"columbus", "day"}, month: 10, nth: 2, weekday: 1},
	{words: []string{"cyber", "monday"}, month: 11, nth: 4, weekday: 4, easter: 4},
	{words: []string{"martin", "luther", "king", "jr", ".", "day"}, month: 1, nth: 3, weekday: 1},
	{words: []string{"martin", "luther", "king", "jr", "day"}, month: 1, nth: 3, weekday: 1},
	{words: []string{"mlk", "day"}, month: 1, nth: 3, weekday: 1},
	{words: []string{"veterans", "day"}, month: 11, day: 11},
	{words: []string{"armistice", "day"}, month: 11, day: 11},
	{words: []string{"remembrance", "day"}, month: 11, day: 11},
	{words: []string{"may", "day"}, month: 5, day: 1},
	{words: []string{"labour", "day"}, month: 5, day: 1},
	{words: []string{"labor", "day"}, month: 9, nth: 1, weekday: 1},
	{words: []string{"memorial", "day"}, month: 5, nth: -1, weekday: 1},
	{words: []string{"thanksgiving", "day"}, month: 11, nth: 4, weekday: 4},
	{words: []string{"thanksgiving"}, month: 11, nth: 4, weekday: 4},
	{words: []string{"black", "friday"}, month: 11, nth: 4, weekday: 4, easter: 1},
	{words: []string{"martin", "luther", "king", "day"}, month: 1, nth: 3, weekday: 1},
	{words: []string{"presidents", "'", "day"}, month: 2, nth: 3, weekday: 1},
	{words: []string{"presidents", "day"}, month: 2, nth: 3, weekday: 1},
	{words: []string{"mother", "'", "s", "day"}, month: 5, nth: 2, weekday: 7},
	{words: []string{"father", "'", "s", "day"}, month: 6, nth: 3, weekday: 7},
	{words: []string{"election", "day"}, month: 11, nth: 1, weekday: 1, easter: 1},
	{words: []string{"easter", "sunday"}, isEaster: true},
	{words: []string{"easter", "monday"}, isEaster: true, easter: 1},
	{words: []string{"easter"}, isEaster: true},
	{words: []string{"good", "friday"}, isEaster: true, easter: -2},
	{words: []string{"palm", "sunday"}, isEaster: true, easter: -7},
	{words: []string{"ash", "wednesday"}, isEaster: true, easter: -46},
	{words: []string{"pentecost"}, isEaster: true, easter: 49},
}

// holidayFirstWords are the words holiday names begin with.
func holidayFirstWords() []string {
	var ws []string
	for _, h := range holidays {
		ws = append(ws, h.words[0])
	}
	return ws
}

// holidayDate is the holiday's date in year y.
func (h *holiday) date(y int) time.Time {
	switch {
	case h.isEaster:
		return easter(y).AddDate(0, 0, h.easter)
	case h.nth != 0:
		return nthWeekday(y, h.month, h.weekday, h.nth).AddDate(0, 0, h.easter)
	}
	return date(y, h.month, h.day)
}
