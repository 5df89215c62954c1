package temporal

import (
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

// TestTagHolidays covers holidays of every kind; the publication date is
// Monday 2025-05-19 unless a case says otherwise.
func TestTagHolidays(t *testing.T) {
	jun3 := day(2011, 6, 3)
	runTagCases(t, []tagCase{
		{name: "lower case", dct: day(2010, 2, 17), text: "When is mother's day 2012?", want: "mother's day 2012", value: "2012-05-13"},
		{name: "mothers day", text: "Flowers sold out for Mothers Day.", want: "Mothers Day", value: "2025-05-11"},
		{name: "st patrick's", text: "Parades on St. Patrick's Day drew crowds.", want: "St. Patrick's Day", value: "2025-03-17"},
		{name: "mlk day", text: "Offices closed on Martin Luther King Day.", want: "Martin Luther King Day", value: "2025-01-20"},
		{name: "this easter", dct: jun3, text: "It happened this easter.", want: "this easter", value: "2011-04-24"},
		{name: "this coming easter", dct: jun3, text: "It happened this coming easter.", want: "this coming easter", value: "2012-04-08"},
		{name: "next mother's day", dct: jun3, text: "It happened next mother's day.", want: "next mother's day", value: "2012-05-13"},
		{name: "last mother's day", dct: day(1988, 1, 16), text: "It happened last mother's day.", want: "last mother's day", value: "1987-05-10"},
		{name: "two-digit year", text: "Christmas 87 was cold.", want: "Christmas 87", value: "1987-12-25"},
		{name: "holiday eve", text: "They met on Thanksgiving eve.", want: "Thanksgiving eve", value: "2024-11-27"},
		{name: "holiday weekend", dct: day(2025, 7, 1), text: "Traffic peaked over Memorial Day weekend.", want: "Memorial Day weekend", value: "2025-W21-WE"},
		{name: "eid al-fitr", text: "Crowds prayed on Eid al-Fitr.", want: "Eid al-Fitr", value: "2025-03-30"},
		{name: "eid ul adha year", text: "Eid ul-Adha 2024 fell in June.", want: "Eid ul-Adha 2024", value: "2024-06-16"},
		{name: "ramadan", dct: day(2025, 12, 1), text: "Ramadan will begin soon.", want: "Ramadan", value: "2026-02-18", end: "2026-03-20"},
		{name: "diwali", text: "Diwali 2023 lit up the city.", want: "Diwali 2023", value: "2023-11-12"},
		{name: "lunar new year", text: "Lunar New Year 2024 began the year of the dragon.", want: "Lunar New Year 2024", value: "2024-02-10"},
		{name: "chinese new year", text: "Shops closed for Chinese New Year.", want: "Chinese New Year", value: "2025-01-29"},
		{name: "hanukkah", text: "Hanukkah 2024 began late.", want: "Hanukkah 2024", value: "2024-12-26"},
		{name: "rosh hashanah", text: "Rosh Hashanah 2023 fell on a Saturday.", want: "Rosh Hashanah 2023", value: "2023-09-16"},
		{name: "yom kippur", text: "They fasted on Yom Kippur last year.", want: "Yom Kippur", value: "2024-10-12"},
		{name: "passover", text: "Passover 2024 began late.", want: "Passover 2024", value: "2024-04-23"},
		{name: "orthodox easter", text: "Orthodox Easter 2023 was on April 16.", want: "Orthodox Easter 2023", value: "2023-04-16"},
		{name: "good friday", text: "Markets close on Good Friday.", want: "Good Friday", value: "2025-04-18"},
		{name: "mardi gras", text: "Mardi Gras 2025 drew crowds.", want: "Mardi Gras 2025", value: "2025-03-04"},
		{name: "labor day", text: "The strike ended on Labor Day.", want: "Labor Day", value: "2024-09-02"},
		{name: "black friday", text: "Sales soared on Black Friday.", want: "Black Friday", value: "2024-11-29"},
		{name: "election day", text: "Polls open on Election Day 2024.", want: "Election Day 2024", value: "2024-11-05"},
		{name: "veterans day", text: "Parades marked Veterans Day.", want: "Veterans Day", value: "2024-11-11"},
		{name: "lower-case christmas", text: "see you at christmas", want: "christmas", value: "2025-12-25"},
		{name: "halloween", text: "They met on Halloween.", want: "Halloween", value: "2024-10-31", typ: timeline.TypeDate},
	})
}

// TestHolidayWords: the words of holiday names in other senses.
func TestHolidayWords(t *testing.T) {
	for _, text := range []string{
		"He lent them money.",
		"She had an epiphany about it.",
		"They celebrated Mexico's Independence Day.",
		"The may day protests.",
	} {
		for _, m := range Tag(text, monday19) {
			t.Errorf("%q: tagged %q = %s", text, m.Text, m.Value)
		}
	}
}

// TestHebrewFeasts checks the Hebrew calendar's arithmetic against the
// published dates of its feasts.
func TestHebrewFeasts(t *testing.T) {
	tests := []struct {
		feast, year int
		want        string
	}{
		{roshHashanah, 2023, "2023-09-16"}, {yomKippur, 2023, "2023-09-25"}, {hanukkah, 2023, "2023-12-08"},
		{passover, 2023, "2023-04-06"}, {purim, 2023, "2023-03-07"},
		{roshHashanah, 2024, "2024-10-03"}, {hanukkah, 2024, "2024-12-26"}, {passover, 2024, "2024-04-23"},
		{roshHashanah, 2010, "2010-09-09"}, {passover, 2010, "2010-03-30"}, {sukkot, 2024, "2024-10-17"},
	}
	for _, tt := range tests {
		if got := hebrewFeast(tt.feast, tt.year).Format("2006-01-02"); got != tt.want {
			t.Errorf("feast %d of %d: %s, want %s", tt.feast, tt.year, got, tt.want)
		}
	}
	if got := orthodoxEaster(2024).Format("2006-01-02"); got != "2024-05-05" {
		t.Errorf("orthodox Easter 2024: %s", got)
	}
}
