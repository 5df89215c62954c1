package temporal

import (
	"strings"
	"time"
)

// holiday is a named day or season: fixed, the nth weekday of a month, a
// day counted from Easter, a feast of the Hebrew calendar, or a date from
// a table of the lunar calendars (holiday_tables.go).
type holiday struct {
	name  string   // lower case as written in holidays, "mother's day"
	words []string // its tokens: "mother", "'", "s", "day"
	month int
	day   int
	// movable feasts: nth weekday of month (-1 the last), or Easter
	nth, weekday int
	easter       bool
	orthodox     bool // Easter of the Julian calendar
	hebrew       int  // a hebrewFeast
	table        []string
	offset       int // days after the date the rest gives: Black Friday
	days         int // the length of a season: Ramadan, Hanukkah
	// common: the words are common in lower case ("good friday", "may
	// day"); lower case needs a year or a relative word beside it.
	common bool
	// national: a country's own day ("Independence Day"), not when another
	// country is named before it ("Mexico's Independence Day").
	national bool
}

// holidays are the names matchHoliday knows. Each name is written once;
// "'s" also matches "s" and "s'", a hyphen may stand between words, and a
// dot may follow an abbreviation ("St.").
var holidays = parseHolidays([]holiday{
	// fixed
	{name: "new year's day", month: 1, day: 1},
	{name: "new years day", month: 1, day: 1},
	{name: "new year's", month: 1, day: 1},
	{name: "new year's eve", month: 12, day: 31},
	{name: "new years eve", month: 12, day: 31},
	{name: "epiphany", month: 1, day: 6, common: true},
	{name: "burns night", month: 1, day: 25},
	{name: "australia day", month: 1, day: 26},
	{name: "inauguration day", month: 1, day: 20, common: true},
	{name: "groundhog day", month: 2, day: 2},
	{name: "valentine's day", month: 2, day: 14},
	{name: "valentine's", month: 2, day: 14, common: true},
	{name: "saint valentine's day", month: 2, day: 14},
	{name: "st valentine's day", month: 2, day: 14},
	{name: "international women's day", month: 3, day: 8},
	{name: "pi day", month: 3, day: 14},
	{name: "st patrick's day", month: 3, day: 17},
	{name: "saint patrick's day", month: 3, day: 17},
	{name: "st paddy's day", month: 3, day: 17},
	{name: "april fools' day", month: 4, day: 1},
	{name: "april fool's day", month: 4, day: 1},
	{name: "tax day", month: 4, day: 15, common: true},
	{name: "earth day", month: 4, day: 22, common: true},
	{name: "st george's day", month: 4, day: 23},
	{name: "anzac day", month: 4, day: 25},
	{name: "may day", month: 5, day: 1, common: true},
	{name: "labour day", month: 5, day: 1, national: true},
	{name: "cinco de mayo", month: 5, day: 5},
	{name: "flag day", month: 6, day: 14, common: true},
	{name: "juneteenth", month: 6, day: 19},
	{name: "canada day", month: 7, day: 1},
	{name: "independence day", month: 7, day: 4, common: true, national: true},
	{name: "fourth of july", month: 7, day: 4},
	{name: "bastille day", month: 7, day: 14},
	{name: "halloween", month: 10, day: 31},
	{name: "all hallows' eve", month: 10, day: 31},
	{name: "all saints' day", month: 11, day: 1},
	{name: "all souls' day", month: 11, day: 2},
	{name: "guy fawkes night", month: 11, day: 5},
	{name: "bonfire night", month: 11, day: 5},
	{name: "veterans day", month: 11, day: 11},
	{name: "veterans' day", month: 11, day: 11},
	{name: "armistice day", month: 11, day: 11},
	{name: "remembrance day", month: 11, day: 11},
	{name: "st andrew's day", month: 11, day: 30},
	{name: "world aids day", month: 12, day: 1},
	{name: "christmas eve", month: 12, day: 24},
	{name: "christmas day", month: 12, day: 25},
	{name: "christmas", month: 12, day: 25},
	{name: "xmas", month: 12, day: 25},
	{name: "boxing day", month: 12, day: 26},
	{name: "kwanzaa", month: 12, day: 26, days: 7},
	// the nth weekday of a month
	{name: "martin luther king jr day", month: 1, nth: 3, weekday: 1},
	{name: "martin luther king day", month: 1, nth: 3, weekday: 1},
	{name: "martin luther king jr. day", month: 1, nth: 3, weekday: 1},
	{name: "mlk day", month: 1, nth: 3, weekday: 1},
	{name: "presidents' day", month: 2, nth: 3, weekday: 1},
	{name: "presidents day", month: 2, nth: 3, weekday: 1},
	{name: "president's day", month: 2, nth: 3, weekday: 1},
	{name: "washington's birthday", month: 2, nth: 3, weekday: 1},
	{name: "patriots' day", month: 4, nth: 3, weekday: 1},
	{name: "mother's day", month: 5, nth: 2, weekday: 7},
	{name: "memorial day", month: 5, nth: -1, weekday: 1, common: true},
	{name: "victoria day", month: 5, nth: -1, weekday: 1, offset: -7},
	{name: "father's day", month: 6, nth: 3, weekday: 7},
	{name: "labor day", month: 9, nth: 1, weekday: 1, national: true},
	{name: "columbus day", month: 10, nth: 2, weekday: 1},
	{name: "indigenous peoples' day", month: 10, nth: 2, weekday: 1},
	{name: "election day", month: 11, nth: 1, weekday: 1, offset: 1, common: true},
	{name: "thanksgiving day", month: 11, nth: 4, weekday: 4, national: true},
	{name: "thanksgiving", month: 11, nth: 4, weekday: 4, national: true},
	{name: "black friday", month: 11, nth: 4, weekday: 4, offset: 1, common: true},
	{name: "cyber monday", month: 11, nth: 4, weekday: 4, offset: 4},
	// Easter
	{name: "easter sunday", easter: true},
	{name: "easter monday", easter: true, offset: 1},
	{name: "easter", easter: true},
	{name: "orthodox easter", orthodox: true},
	{name: "shrove tuesday", easter: true, offset: -47},
	{name: "mardi gras", easter: true, offset: -47},
	{name: "pancake day", easter: true, offset: -47},
	{name: "ash wednesday", easter: true, offset: -46, common: true},
	{name: "lent", easter: true, offset: -46, days: 46, common: true},
	{name: "palm sunday", easter: true, offset: -7, common: true},
	{name: "holy week", easter: true, offset: -7, days: 7},
	{name: "maundy thursday", easter: true, offset: -3},
	{name: "holy thursday", easter: true, offset: -3},
	{name: "good friday", easter: true, offset: -2, common: true},
	{name: "holy saturday", easter: true, offset: -1},
	{name: "ascension day", easter: true, offset: 39},
	{name: "pentecost", easter: true, offset: 49},
	{name: "whit sunday", easter: true, offset: 49},
	{name: "whitsun", easter: true, offset: 49},
	{name: "whit monday", easter: true, offset: 50},
	{name: "trinity sunday", easter: true, offset: 56},
	// the Hebrew calendar
	{name: "rosh hashanah", hebrew: roshHashanah, days: 2},
	{name: "rosh hashana", hebrew: roshHashanah, days: 2},
	{name: "yom kippur", hebrew: yomKippur},
	{name: "sukkot", hebrew: sukkot, days: 7},
	{name: "hanukkah", hebrew: hanukkah, days: 8},
	{name: "chanukah", hebrew: hanukkah, days: 8},
	{name: "hanukah", hebrew: hanukkah, days: 8},
	{name: "chanukkah", hebrew: hanukkah, days: 8},
	{name: "purim", hebrew: purim},
	{name: "passover", hebrew: passover, days: 8},
	{name: "pesach", hebrew: passover, days: 8},
	{name: "shavuot", hebrew: shavuot, days: 2},
	// the lunar calendars, from tables
	{name: "ramadan", table: ramadanDates, days: 30},
	{name: "eid al fitr", table: eidAlFitrDates},
	{name: "eid ul fitr", table: eidAlFitrDates},
	{name: "eid el fitr", table: eidAlFitrDates},
	{name: "eid al adha", table: eidAlAdhaDates},
	{name: "eid ul adha", table: eidAlAdhaDates},
	{name: "eid el adha", table: eidAlAdhaDates},
	{name: "chinese new year", table: lunarNewYearDates},
	{name: "lunar new year", table: lunarNewYearDates},
	{name: "mid autumn festival", table: midAutumnDates},
	{name: "moon festival", table: midAutumnDates},
	{name: "dragon boat festival", table: dragonBoatDates},
	{name: "diwali", table: diwaliDates},
	{name: "deepavali", table: diwaliDates},
})

// parseHolidays splits each holiday's name into the tokens tokenize makes
// of it.
func parseHolidays(hs []holiday) []holiday {
	for k := range hs {
		h := &hs[k]
		for _, w := range strings.Fields(h.name) {
			w = strings.TrimSuffix(w, ".")
			switch {
			case strings.HasSuffix(w, "'s"):
				h.words = append(h.words, w[:len(w)-2], "'", "s")
			case strings.HasSuffix(w, "'"):
				h.words = append(h.words, w[:len(w)-1], "'")
			default:
				h.words = append(h.words, w)
			}
		}
	}
	return hs
}

// holidaysByWord indexes holidays by their first word.
var holidaysByWord = func() map[string][]int {
	m := map[string][]int{}
	for k, h := range holidays {
		m[h.words[0]] = append(m[h.words[0]], k)
		if len(h.words) > 2 && h.words[1] == "'" && h.words[2] == "s" {
			m[h.words[0]+"s"] = append(m[h.words[0]+"s"], k) // "Mothers Day"
		}
	}
	return m
}()

// holidayFirstWords are the words holiday names begin with.
func holidayFirstWords() []string {
	var ws []string
	for w := range holidaysByWord {
		ws = append(ws, w)
	}
	return ws
}

// dates are the holiday's days in year y: none, one, or two for the lunar
// feasts that come twice in some years.
func (h *holiday) dates(y int) []time.Time {
	var d time.Time
	switch {
	case h.table != nil:
		return tableDates(h.table, y, h.offset)
	case h.hebrew != 0:
		d = hebrewFeast(h.hebrew, y)
	case h.orthodox:
		d = orthodoxEaster(y)
	case h.easter:
		d = easter(y)
	case h.nth != 0:
		d = nthWeekday(y, h.month, h.weekday, h.nth)
	default:
		d = date(y, h.month, h.day)
	}
	if d.IsZero() {
		return nil
	}
	return []time.Time{d.AddDate(0, 0, h.offset)}
}

// date is the holiday's first day in year y, the zero time when it is not
// known.
func (h *holiday) date(y int) time.Time {
	if ds := h.dates(y); len(ds) > 0 {
		return ds[0]
	}
	return time.Time{}
}

// around are the holiday's days in the years around year y, in order.
func (h *holiday) around(y int) []time.Time {
	var ds []time.Time
	for k := y - 1; k <= y+1; k++ {
		ds = append(ds, h.dates(k)...)
	}
	return ds
}
