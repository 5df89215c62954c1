package temporal

import (
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// monday19 is the seed article's publication date, a Monday.
var monday19 = time.Date(2025, 5, 19, 0, 0, 0, 0, time.UTC)

type tagCase struct {
	name  string
	dct   time.Time
	text  string
	want  string // surface text of the expected mention
	value string
	typ   timeline.TimexType
	start string // expected interval start (optional)
	end   string // expected interval end (optional)
	mod   string
}

func runTagCases(t *testing.T, cases []tagCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dct := tc.dct
			if dct.IsZero() {
				dct = monday19
			}
			checkDeclarations(t, tc.text, dct)
			ms := Tag(tc.text, dct)
			var got *timeline.Mention
			for i := range ms {
				if ms[i].Text == tc.want {
					got = &ms[i]
				}
			}
			if got == nil {
				t.Fatalf("Tag(%q) found no %q; got %v", tc.text, tc.want, texts(ms))
			}
			if got.Value != tc.value {
				t.Errorf("%q: value %q, want %q (rule %s, tense %s)", tc.want, got.Value, tc.value, got.How.Rule, got.How.Tense)
			}
			if tc.typ != "" && got.Type != tc.typ {
				t.Errorf("%q: type %s, want %s", tc.want, got.Type, tc.typ)
			}
			if tc.mod != "" && got.Mod != tc.mod {
				t.Errorf("%q: mod %q, want %q", tc.want, got.Mod, tc.mod)
			}
			if tc.start != "" && timeline.FormatInstant(got.Interval.Start) != tc.start {
				t.Errorf("%q: start %s, want %s", tc.want, timeline.FormatInstant(got.Interval.Start), tc.start)
			}
			if tc.end != "" && timeline.FormatInstant(got.Interval.End) != tc.end {
				t.Errorf("%q: end %s, want %s", tc.want, timeline.FormatInstant(got.Interval.End), tc.end)
			}
		})
	}
}

func texts(ms []timeline.Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Text+"="+m.Value)
	}
	return out
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func TestTagExplicit(t *testing.T) {
	runTagCases(t, []tagCase{
		{name: "month day year", text: "It happened on May 19, 2025.", want: "May 19, 2025", value: "2025-05-19", start: "2025-05-19", end: "2025-05-20"},
		{name: "day month year", text: "It happened on 19 May 2025.", want: "19 May 2025", value: "2025-05-19"},
		{name: "iso", text: "Filed 2025-05-19 in court.", want: "2025-05-19", value: "2025-05-19"},
		{name: "iso time", text: "Logged at 2025-05-19T15:30Z by staff.", want: "2025-05-19T15:30Z", value: "2025-05-19T15:30Z", start: "2025-05-19T15:30", typ: timeline.TypeTime},
		{name: "iso time with fraction and offset", text: "Logged at 2025-05-19T15:30:00.250+02:00 by staff.", want: "2025-05-19T15:30:00.250+02:00", value: "2025-05-19T15:30:00+02:00", start: "2025-05-19T13:30", typ: timeline.TypeTime},
		{name: "iso seconds ending the text", text: "ISO datetime is 2004-03-04T18:32:56.", want: "2004-03-04T18:32:56", value: "2004-03-04T18:32:56", typ: timeline.TypeTime},
		{name: "iso seconds ending a sentence", text: "It was 2004-03-04T18:32:56. Then it rained.", want: "2004-03-04T18:32:56", value: "2004-03-04T18:32:56", typ: timeline.TypeTime},
		{name: "iso offset ending the text", text: "Logged at 2025-05-19T15:30+02:", want: "2025-05-19T15:30+02", value: "2025-05-19T15:30+02:00", typ: timeline.TypeTime},
		{name: "us numeric", text: "Signed 5/19/2025 by both.", want: "5/19/2025", value: "2025-05-19"},
		{name: "european numeric", text: "Signed 19.05.2025 by both.", want: "19.05.2025", value: "2025-05-19"},
		{name: "abbrev with dot past", text: "The deal closed Sept. 5.", want: "Sept. 5", value: "2024-09-05"},
		{name: "abbrev without dot", text: "The deal closes Sep 5, 2025.", want: "Sep 5, 2025", value: "2025-09-05"},
		{name: "ordinal of", text: "They met on the 5th of May.", want: "the 5th of May", value: "2025-05-05"},
		{name: "ordinal suffix", text: "They met on May 5th.", want: "May 5th", value: "2025-05-05"},
		{name: "month year", text: "Prices rose in March 2024.", want: "March 2024", value: "2024-03"},
		{name: "month of year", text: "Prices rose in March of 2024.", want: "March of 2024", value: "2024-03"},
		{name: "month alone past", text: "Trump took office for a second time in January.", want: "January", value: "2025-01", start: "2025-01-01", end: "2025-02-01"},
		{name: "month alone future", text: "The summit will be held in September.", want: "September", value: "2025-09"},
		{name: "month last year", text: "It began in June last year.", want: "June last year", value: "2024-06"},
		{name: "year", text: "He lost the election in 2020.", want: "2020", value: "2020", start: "2020-01-01", end: "2021-01-01"},
		{name: "fiscal year", text: "Sales fell in fiscal 2024.", want: "fiscal 2024", value: "2024"},
		{name: "spelled year", text: "It was built in nineteen ninety-six.", want: "nineteen ninety-six", value: "1996"},
		{name: "weekday with date", text: "The vote is on Monday, Oct. 26.", dct: day(2020, 10, 20), want: "Monday, Oct. 26", value: "2020-10-26"},
		{name: "early month", text: "Talks resumed in early March.", want: "early March", value: "2025-03", mod: "START", start: "2025-03-01", end: "2025-03-11"},
		{name: "late decade", text: "It was built in the late 1990s.", want: "the late 1990s", value: "199", mod: "END"},
		{name: "mid year", text: "The plant opens in mid-2026.", want: "mid-2026", value: "2026", mod: "MID"},
		{name: "end of year", text: "It ends at the end of 1990.", want: "the end of 1990", value: "1990", mod: "END"},
		{name: "year range first", text: "Output fell in 2009-2010 sharply.", want: "2009", value: "2009"},
		{name: "year range second", text: "Output fell in 2009-2010 sharply.", want: "2010", value: "2010"},
	})
}

func TestTagDeictic(t *testing.T) {
	runTagCases(t, []tagCase{
		{name: "today", text: "He resigned today.", want: "today", value: "2025-05-19"},
		{name: "yesterday", text: "He resigned yesterday.", want: "yesterday", value: "2025-05-18"},
		{name: "tomorrow", text: "He will resign tomorrow.", want: "tomorrow", value: "2025-05-20"},
		{name: "tonight", text: "He speaks tonight.", want: "tonight", value: "2025-05-19TNI", typ: timeline.TypeTime},
		{name: "this morning", text: "He spoke this morning.", want: "this morning", value: "2025-05-19TMO"},
		{name: "yesterday evening", text: "He spoke yesterday evening.", want: "yesterday evening", value: "2025-05-18TEV"},
		{name: "last night", text: "Shots were fired last night.", want: "last night", value: "2025-05-18TNI"},
		{name: "past monday on monday", text: "Trump said on Monday he had held a call.", want: "Monday", value: "2025-05-19", start: "2025-05-19", end: "2025-05-20"},
		{name: "past friday", text: "The talks collapsed on Friday.", want: "Friday", value: "2025-05-16"},
		{name: "future friday", text: "The talks will resume on Friday.", want: "Friday", value: "2025-05-23"},
		{name: "weekday morning", text: "They met Monday morning.", want: "Monday morning", value: "2025-05-19TMO"},
		{name: "last friday", text: "He left last Friday.", want: "last Friday", value: "2025-05-16"},
		{name: "next friday", text: "He leaves next Friday.", want: "next Friday", value: "2025-05-23"},
		{name: "last week", text: "Putin skipped negotiations in Turkey last week.", want: "last week", value: "2025-W20", start: "2025-05-12", end: "2025-05-19"},
		{name: "last week year boundary", dct: day(2025, 1, 2), text: "Markets fell last week.", want: "last week", value: "2024-W52"},
		{name: "december read in january", dct: day(2025, 1, 10), text: "Sales rose in December.", want: "December", value: "2024-12"},
		{name: "this week", text: "Talks continue this week.", want: "this week", value: "2025-W21"},
		// last/next weekend are the weekends of the weeks before and after
		// publication's, on a weekday and on a weekend day alike.
		{name: "last weekend on monday", text: "Protests grew last weekend.", want: "last weekend", value: "2025-W20-WE"},
		{name: "next weekend on monday", text: "Protests resume next weekend.", want: "next weekend", value: "2025-W22-WE"},
		{name: "this weekend on monday", text: "Protests resume this weekend.", want: "this weekend", value: "2025-W21-WE"},
		{name: "last weekend on saturday", dct: day(2025, 5, 24), text: "Protests grew last weekend.", want: "last weekend", value: "2025-W20-WE"},
		{name: "next weekend on saturday", dct: day(2025, 5, 24), text: "Protests resume next weekend.", want: "next weekend", value: "2025-W22-WE"},
		{name: "this coming weekend", dct: day(2025, 5, 21), text: "Protests resume this coming weekend.", want: "this coming weekend", value: "2025-W22-WE"},
		{name: "next month", text: "Rates rise next month.", want: "next month", value: "2025-06"},
		{name: "last year", text: "Profit fell last year.", want: "last year", value: "2024"},
		{name: "this year", text: "Profit fell this year.", want: "this year", value: "2025"},
		{name: "next year january", dct: day(2025, 12, 30), text: "Rates rise next year.", want: "next year", value: "2026"},
		{name: "days ago", text: "He arrived three days ago.", want: "three days ago", value: "2025-05-16"},
		{name: "a week ago", text: "He arrived a week ago.", want: "a week ago", value: "2025-W20"},
		{name: "years ago", text: "He arrived two years ago.", want: "two years ago", value: "2023"},
		{name: "earlier this year", text: "Earlier this year, prices rose.", want: "Earlier this year", value: "2025", mod: "START", start: "2025-01-01", end: "2025-05-19"},
		{name: "earlier this month", text: "It fell earlier this month.", want: "earlier this month", value: "2025-05", mod: "START", end: "2025-05-19"},
		{name: "last summer", text: "It flooded last summer.", want: "last summer", value: "2024-SU"},
		{name: "this spring", text: "It flooded this spring.", want: "this spring", value: "2025-SP"},
		{name: "weekend", text: "Protests grew over the weekend.", want: "the weekend", value: "2025-W20-WE"},
		{name: "christmas", text: "They marched on Christmas Day 2024.", want: "Christmas Day 2024", value: "2024-12-25"},
		{name: "thanksgiving", text: "Families met on Thanksgiving 2024.", want: "Thanksgiving 2024", value: "2024-11-28"},
		{name: "easter", text: "Crowds gathered at Easter 2025.", want: "Easter 2025", value: "2025-04-20"},
		{name: "independence day past", dct: day(2025, 8, 10), text: "Fireworks lit the sky on Independence Day.", want: "Independence Day", value: "2025-07-04"},
		{name: "holiday future", dct: day(2025, 8, 10), text: "Stores will open on Christmas.", want: "Christmas", value: "2025-12-25"},
		{name: "last christmas", text: "Sales rose last Christmas.", want: "last Christmas", value: "2024-12-25"},
		{name: "next easter", text: "It opens next Easter.", want: "next Easter", value: "2026-04-05"},
		{name: "day of month", text: "The vote was held on the 15th.", want: "the 15th", value: "2025-05-15"},
		{name: "day after tomorrow", text: "He flies the day after tomorrow.", want: "the day after tomorrow", value: "2025-05-21"},
		{name: "two weeks from now", text: "He flies two weeks from now.", want: "two weeks from now", value: "2025-W23"},
		{name: "this thursday", text: "He flies this Thursday.", want: "this Thursday", value: "2025-05-22"},
		{name: "5pm", text: "He flies at 5pm tomorrow.", want: "5pm tomorrow", value: "2025-05-20T17:00"},
		{name: "late last year", text: "Prices rose late last year.", want: "late last year", value: "2024", mod: "END"},
		{name: "2000s decade", text: "Prices rose in the 2000s.", want: "the 2000s", value: "200"},
		{name: "mid june", text: "The trial begins in mid-June.", want: "mid-June", value: "2025-06", mod: "MID"},
		{name: "late tuesday night", text: "It ended late Tuesday night.", want: "late Tuesday night", value: "2025-05-13TNI", start: "2025-05-14T02:40", end: "2025-05-14T06:00"},
		{name: "overnight", text: "Fighting intensified overnight.", want: "overnight", value: "2025-05-18TNI"},
		{name: "every other thursday", text: "They meet every other Thursday.", want: "every other Thursday", value: "XXXX-WXX-4", typ: timeline.TypeSet},
		{name: "week of", text: "A hearing is set for the week of June 2.", want: "the week of June 2", value: "2025-W23"},
		{name: "late 80s", text: "Prices rose in the late 80s.", want: "the late 80s", value: "198", mod: "END"},
	})
}

func TestTagAnaphoric(t *testing.T) {
	runTagCases(t, []tagCase{
		{name: "next day", text: "The strike began on March 3, 2024. The next day, talks failed.", want: "The next day", value: "2024-03-04"},
		{name: "following week", text: "The strike began on March 3, 2024. The following week, it ended.", want: "The following week", value: "2024-W10"},
		{name: "days later", text: "The strike began on March 3, 2024. Two days later it ended.", want: "Two days later", value: "2024-03-05"},
		{name: "day before", text: "The strike began on March 3, 2024. Talks had failed the day before.", want: "the day before", value: "2024-03-02"},
		{name: "same day", text: "The strike began on March 3, 2024. The same day, police came.", want: "The same day", value: "2024-03-03"},
		{name: "that month", text: "The strike began on March 3, 2024. That month, sales fell.", want: "That month", value: "2024-03"},
		{name: "following monday", text: "The strike began on March 3, 2024. The following Monday, it ended.", want: "The following Monday", value: "2024-03-04"},
		{name: "year before", text: "The law passed in 2019. Protests had begun the year before.", want: "the year before", value: "2018"},
		{name: "quarter a year earlier", dct: day(1989, 10, 27), text: "Profit rose in the third quarter from $3 a year earlier.", want: "a year earlier", value: "1988-Q3"},
	})
}

func TestTagTimesPeriods(t *testing.T) {
	runTagCases(t, []tagCase{
		{name: "pm", text: "The blast came at 3 p.m. local time.", want: "3 p.m.", value: "2025-05-19T15:00", typ: timeline.TypeTime},
		{name: "clock gmt", text: "Markets closed at 15:30 GMT.", want: "15:30 GMT", value: "2025-05-19T15:30Z"},
		{name: "time weekday", text: "Polls close at 10 p.m. Wednesday.", want: "10 p.m. Wednesday", value: "2025-05-21T22:00"},
		{name: "time zone weekday", text: "The hearing started at 10:30 a.m. ET Friday.", want: "10:30 a.m. ET Friday", value: "2025-05-16T10:30-04:00", start: "2025-05-16T14:30"},
		{name: "noon", text: "They met at noon.", want: "noon", value: "2025-05-19T12:00"},
		{name: "in the morning", text: "The blast came at 4 in the morning.", want: "4 in the morning", value: "2025-05-19T04:00"},
		{name: "in the evening", text: "They met at 7 in the evening.", want: "7 in the evening", value: "2025-05-19T19:00"},
		{name: "quarter", text: "Growth slowed in the third quarter of 2025.", want: "the third quarter of 2025", value: "2025-Q3", start: "2025-07-01", end: "2025-10-01"},
		{name: "quarter adjective", dct: day(1989, 10, 27), text: "Third-quarter profit rose.", want: "Third-quarter", value: "1989-Q3"},
		{name: "q3", text: "Revenue in Q3 2025 rose.", want: "Q3 2025", value: "2025-Q3"},
		{name: "half", text: "In the first half of 2025, sales rose.", want: "the first half of 2025", value: "2025-H1"},
		{name: "season year", text: "It opens in summer 2024.", want: "summer 2024", value: "2024-SU"},
		{name: "decade", text: "Crime fell in the 1990s.", want: "the 1990s", value: "199", start: "1990-01-01", end: "2000-01-01"},
		{name: "apostrophe decade", text: "Crime fell in the '80s.", want: "the '80s", value: "198"},
		{name: "century", text: "A relic of the 20th century.", want: "the 20th century", value: "19"},
	})
}

func TestTagDurationsSetsFuzzy(t *testing.T) {
	runTagCases(t, []tagCase{
		{name: "two-hour", text: "He held a two-hour call.", want: "two-hour", value: "PT2H", typ: timeline.TypeDuration},
		{name: "three years", text: "He served three years in jail.", want: "three years", value: "P3Y", typ: timeline.TypeDuration},
		{name: "three decades", text: "It lasted three decades.", want: "three decades", value: "P30Y"},
		{name: "past five years", text: "Prices doubled in the past five years.", want: "the past five years", value: "P5Y"},
		{name: "fraction", text: "It took 2 1/2 years.", want: "2 1/2 years", value: "P2Y6M"},
		{name: "more than", text: "It took more than four hours.", want: "more than four hours", value: "PT4H", mod: "MORE_THAN"},
		{name: "every monday", text: "They meet every Monday.", want: "every Monday", value: "XXXX-WXX-1", typ: timeline.TypeSet},
		{name: "annually", text: "The fair is held annually.", want: "annually", value: "P1Y", typ: timeline.TypeSet},
		{name: "weekly", text: "They meet weekly.", want: "weekly", value: "P1W", typ: timeline.TypeSet},
		{name: "twice a week", text: "They meet twice a week.", want: "twice a week", value: "P1W", typ: timeline.TypeSet},
		{name: "recently", text: "He recently resigned.", want: "recently", value: "PAST_REF"},
		{name: "now", text: "He is now retired.", want: "now", value: "PRESENT_REF"},
		{name: "currently", text: "He is currently retired.", want: "currently", value: "PRESENT_REF"},
		{name: "near future", text: "He will retire in the near future.", want: "the near future", value: "FUTURE_REF"},
		{name: "as soon as possible", text: "He wants a ceasefire as soon as possible.", want: "as soon as possible", value: "FUTURE_REF"},
		{name: "the future", text: "He will retire in the future.", want: "the future", value: "FUTURE_REF"},
		{name: "current", text: "Current market conditions are weak.", want: "Current", value: "PRESENT_REF"},
		{name: "near term", text: "Profits will fall in the near term.", want: "the near term", value: "FUTURE_REF"},
		{name: "year end", text: "The plant closes by year-end.", want: "year-end", value: "2025", mod: "END"},
		{name: "weeks ahead", text: "Prices may fall in the weeks ahead.", want: "the weeks ahead", value: "PXW"},
	})
}

// TestTagNegatives checks words and numbers that look like times but are not.
func TestTagNegatives(t *testing.T) {
	cases := []struct{ name, text, notWant string }{
		{"verb may", "He may resign if pressed.", "may"},
		{"sentence-initial May as verb", "May I ask a question?", "May"},
		{"verb march", "Protesters march to the palace.", "march"},
		{"ordinal second", "He took office for a second time.", "a second"},
		{"money", "It cost $2,020 in all.", "2,020"},
		{"money part", "It cost $2,020 in all.", "020"},
		{"count", "About 2,000 people came.", "2,000"},
		{"count year-like", "Some 2020 people came.", "2020"},
		{"phone", "Call 555-2020 now for help.", "2020"},
		{"score", "They won 3-1 on penalties.", "3-1"},
		{"friday mosque", "Crowds filled the Friday Mosque.", "Friday"},
		{"newspaper", "Sunday Times reported the deal.", "Sunday"},
		{"current account", "The current account deficit grew.", "current"},
		{"age", "A 6-year-old boy was hurt.", "6-year-old"},
		{"fall verb", "Prices fall when demand drops.", "fall"},
		{"quarterly adjective", "It paid a quarterly dividend.", "quarterly"},
		{"newspaper daily", "The state-run China Daily said so.", "Daily"},
		{"programme", "He told CBS's 60 Minutes about it.", "60 Minutes"},
		{"programme week", "He said on ABC's This Week that it was over.", "This Week"},
		{"percent", "Turnout was 2019 percent of target.", "2019"},
		{"decimal", "The index closed at 2082.1, down 4.5%.", "2082"},
		{"age", "Mr. Reupke, 52 years old, resigned.", "52 years"},
		{"rate per week", "The airline runs four flights a week to Bombay.", "a week"},
		{"rate per day", "Guards stood there 24 hours a day.", "a day"},
		{"anniversary", "It came a week after the 25th anniversary of the ruling.", "the 25th"},
		{"today's world", "Barriers make no sense in today's world.", "today"},
		{"as soon as", "They will leave as soon as the threats end.", "soon"},
		{"previously announced", "It cited a previously announced plan.", "previously"},
		{"previously", "He previously resigned.", "previously"},
		{"soon", "He will soon retire.", "soon"},
		{"recent adjective", "The recent downturn hurt sales.", "recent"},
		{"now hyphen", "The now-cancelled deal hurt sales.", "now"},
		{"count after date", "On May 5, 7 people died.", "7"},
		{"score after date", "They won on May 4 3-1.", "1"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, m := range Tag(tc.text, monday19) {
				if m.Text == tc.notWant || m.Text == tc.notWant+"." {
					t.Errorf("Tag(%q) found %q (%s)", tc.text, m.Text, m.Value)
				}
			}
		})
	}
}

func TestTagWithoutDCT(t *testing.T) {
	ms := Tag("He left last week and returns on May 19, 2025.", time.Time{})
	if len(ms) != 2 {
		t.Fatalf("got %v", texts(ms))
	}
	if ms[0].Value != "XXXX-WXX" || ms[0].Anchored() || ms[0].How.Anchor != timeline.AnchorMissing {
		t.Errorf("relative without DCT: %+v", ms[0])
	}
	if ms[1].Value != "2025-05-19" || !ms[1].Anchored() {
		t.Errorf("absolute without DCT: %+v", ms[1])
	}
}

func TestTagRecordsResolution(t *testing.T) {
	ms := Tag("The strike began on March 3, 2024. The next day, talks failed on Friday.", monday19)
	if len(ms) != 3 {
		t.Fatalf("got %v", texts(ms))
	}
	if ms[0].How.Anchor != timeline.AnchorNone || ms[0].How.Rule != "month-day-year" {
		t.Errorf("absolute: %+v", ms[0].How)
	}
	if ms[1].How.Anchor != timeline.AnchorMention || ms[1].How.AnchorValue != "2024-03-03" {
		t.Errorf("anaphoric: %+v", ms[1].How)
	}
	if ms[2].How.Anchor != timeline.AnchorDCT || ms[2].How.Tense != "past" {
		t.Errorf("weekday: %+v", ms[2].How)
	}
}

func TestParseValue(t *testing.T) {
	cases := []struct {
		value, start, end string
		g                 timeline.Granularity
	}{
		{"2025", "2025-01-01", "2026-01-01", timeline.GranularityYear},
		{"2025-05", "2025-05-01", "2025-06-01", timeline.GranularityMonth},
		{"2025-W20", "2025-05-12", "2025-05-19", timeline.GranularityWeek},
		{"2025-W01", "2024-12-30", "2025-01-06", timeline.GranularityWeek},
		{"2025-W20-WE", "2025-05-17", "2025-05-19", timeline.GranularityWeekend},
		{"2025-Q3", "2025-07-01", "2025-10-01", timeline.GranularityQuarter},
		{"2025-H2", "2025-07-01", "2026-01-01", timeline.GranularityHalf},
		{"2024-WI", "2024-12-01", "2025-03-01", timeline.GranularitySeason},
		{"199", "1990-01-01", "2000-01-01", timeline.GranularityDecade},
		{"19", "1900-01-01", "2000-01-01", timeline.GranularityCentury},
		{"2025-05-19", "2025-05-19", "2025-05-20", timeline.GranularityDay},
		{"2025-05-19TMO", "2025-05-19T06:00", "2025-05-19T12:00", timeline.GranularityPartOfDay},
		{"2025-05-19T15:30", "2025-05-19T15:30", "2025-05-19T15:31", timeline.GranularityMinute},
	}
	for _, tc := range cases {
		iv, g, err := ParseValue(tc.value)
		if err != nil {
			t.Errorf("ParseValue(%q): %v", tc.value, err)
			continue
		}
		if timeline.FormatInstant(iv.Start) != tc.start || timeline.FormatInstant(iv.End) != tc.end || g != tc.g {
			t.Errorf("ParseValue(%q) = [%s, %s) %s, want [%s, %s) %s", tc.value, timeline.FormatInstant(iv.Start), timeline.FormatInstant(iv.End), g, tc.start, tc.end, tc.g)
		}
	}
	for _, bad := range []string{"", "2025-02-30", "2025-13", "PAST_REF", "P3Y", "XXXX-05", "2025-Q5", "abcd"} {
		if _, _, err := ParseValue(bad); err == nil {
			t.Errorf("ParseValue(%q) accepted", bad)
		}
	}
}
