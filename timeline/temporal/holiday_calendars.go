package temporal

import (
	"sort"
	"time"
)

// Calendars other than the Gregorian, for the feasts they fix.

// tableDates are the dates of table in year y, moved by offset days. The
// table is sorted, "YYYY-MM-DD".
func tableDates(table []string, y, offset int) []time.Time {
	prefix := itoa(y)
	k := sort.SearchStrings(table, prefix)
	var ds []time.Time
	for ; k < len(table) && len(table[k]) == 10 && table[k][:4] == prefix; k++ {
		if iv, _, ok := parseValue(table[k]); ok {
			ds = append(ds, iv.Start.AddDate(0, 0, offset))
		}
	}
	return ds
}

// Feasts of the Hebrew calendar, by the day they fall on in the daytime
// (they begin at sundown the evening before).
const (
	roshHashanah = iota + 1 // 1 Tishrei
	yomKippur               // 10 Tishrei
	sukkot                  // 15 Tishrei
	hanukkah                // 25 Kislev
	purim                   // 14 Adar (Adar II in leap years)
	passover                // 15 Nisan
	shavuot                 // 6 Sivan
)

// hebrewFeast is the Gregorian date of feast f in Gregorian year y.
func hebrewFeast(f, y int) time.Time {
	autumn := hebrewNewYear(y + 3761) // Tishrei 1 of the year that begins in y
	spring := hebrewNewYear(y+3761).AddDate(0, 0, -163)
	switch f {
	case roshHashanah:
		return autumn
	case yomKippur:
		return autumn.AddDate(0, 0, 9)
	case sukkot:
		return autumn.AddDate(0, 0, 14)
	case hanukkah:
		// Tishrei has 30 days, Heshvan 29 or 30: 30 in a full year of 355
		// or 385 days.
		heshvan := 29
		if n := int(hebrewNewYear(y+3762).Sub(autumn).Hours() / 24); n%10 == 5 {
			heshvan = 30
		}
		return autumn.AddDate(0, 0, 30+heshvan+24)
	case passover: // always 163 days before the next Rosh Hashanah
		return spring
	case purim: // Adar has 29 days: a month before Nisan 14
		return spring.AddDate(0, 0, -30)
	case shavuot:
		return spring.AddDate(0, 0, 50)
	}
	return time.Time{}
}

// hebrewNewYear is the Gregorian date of 1 Tishrei of Hebrew year y, by the
// arithmetic of the fixed calendar (Dershowitz and Reingold, Calendrical
// Calculations): months and parts since the epoch, then the postponements.
func hebrewNewYear(y int) time.Time {
	const epoch = -1373427 // fixed day number of 1 Tishrei of year 1
	elapsed := func(y int) int {
		months := floorDiv(235*y-234, 19)
		parts := 12084 + 13753*months
		day := 29*months + floorDiv(parts, 25920)
		if (3*(day+1))%7 < 3 {
			day++
		}
		return day
	}
	delay := 0
	switch ny0, ny1, ny2 := elapsed(y-1), elapsed(y), elapsed(y+1); {
	case ny2-ny1 == 356:
		delay = 2
	case ny1-ny0 == 382:
		delay = 1
	}
	return fixedDay(epoch + elapsed(y) + delay)
}

// fixedDay is the Gregorian date of fixed day number n (day 1 is 1 January
// of the year 1).
func fixedDay(n int) time.Time { return date(1, 1, 1).AddDate(0, 0, n-1) }

// orthodoxEaster is Easter of the Julian calendar in year y, as a
// Gregorian date (1900–2099, when the calendars are 13 days apart).
func orthodoxEaster(y int) time.Time {
	a, b, c := y%4, y%7, y%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	month := (d + e + 114) / 31
	day := (d+e+114)%31 + 1
	return date(y, month, day).AddDate(0, 0, 13)
}
