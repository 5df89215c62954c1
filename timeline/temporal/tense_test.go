package temporal

import "testing"

// TestTagTense checks how the clause around a bare weekday picks its week.
func TestTagTense(t *testing.T) {
	runTagCases(t, []tagCase{
		{name: "next to is no infinitive", dct: day(1998, 8, 8),
			text: "More than 100 people have been killed in the blasts next to the U.S. embassies in Kenya and Tanzania on Friday.",
			want: "Friday", value: "1998-08-07"},
		{name: "short word ends sentence", dct: day(1991, 12, 3),
			text: "He said he should remain in his post. One senior official Monday described the mood.",
			want: "Monday", value: "1991-12-02"},
		{name: "abbreviation does not end sentence", dct: day(2025, 5, 21),
			text: "Gen. Smith will arrive in Kyiv on Friday.", want: "Friday", value: "2025-05-23"},
		{name: "past perfect plan", dct: day(1989, 10, 30),
			text: "The offer had been due to expire Friday evening.", want: "Friday evening", value: "1989-10-27TEV"},
		{name: "infinitive plan", dct: day(1989, 10, 30),
			text: "The offer is due to expire Friday.", want: "Friday", value: "1989-11-03"},
		{name: "plan is a noun", dct: day(2025, 3, 6),
			text: "Reeves presented the plan on Feb. 26.", want: "Feb. 26", value: "2025-02-26"},
		{name: "narrated year", dct: day(2025, 3, 6),
			text: "In 2019, a similar standoff lasted months. The vote finally passed on June 4.", want: "June 4", value: "2019-06-04"},
		{name: "narrated year not for the future", dct: day(2025, 3, 6),
			text: "In 2019, a similar standoff lasted months. The vote will take place on June 4.", want: "June 4", value: "2025-06-04"},
		{name: "since a month", dct: day(2024, 11, 7),
			text: "They had gained 12% since January.", want: "January", value: "2024-01"},
		{name: "since a day", dct: day(2024, 11, 7),
			text: "Prices have risen since Dec. 3.", want: "Dec. 3", value: "2023-12-03"},
		{name: "numbers do not use up the window", dct: day(2024, 11, 7),
			text: "Acme would cut about 2,000 jobs, or 5% of its workforce, by the end of March, after profit fell.", want: "the end of March", value: "2025-03"},
		{name: "extended to", dct: day(1989, 10, 30),
			text: "The offer was extended to Nov. 20.", want: "Nov. 20", value: "1989-11-20"},
		{name: "through after past perfect", dct: day(1989, 10, 30),
			text: "Nashua had purchased 481,000 shares through Sept. 29.", want: "Sept. 29", value: "1989-09-29"},
		{name: "year inside a clause sets no scene", dct: day(1989, 10, 30),
			text: "Under a program approved in 1987, Nashua had purchased 481,000 shares through Sept. 29.", want: "Sept. 29", value: "1989-09-29"},
		{name: "but ends the clause", dct: day(2000, 4, 3),
			text: "They filed a lawsuit to overturn the ruling, but in March a judge ruled against them.", want: "March", value: "2000-03"},
		{name: "schedule in the present", dct: day(2025, 2, 10),
			text: "The hearing starts Friday.", want: "Friday", value: "2025-02-14"},
		{name: "schedule in the past", dct: day(2025, 2, 10),
			text: "The hearing started Friday.", want: "Friday", value: "2025-02-07"},
		{name: "possessive behind", dct: day(2000, 1, 7),
			text: "They will look for ways to get around Wednesday's ruling.", want: "Wednesday", value: "2000-01-05"},
		{name: "possessive ahead", dct: day(2025, 5, 15),
			text: "Voters said they were ready for Sunday's election.", want: "Sunday", value: "2025-05-18"},
	})
}
