package temporal

import (
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

// TestTagCasual covers everyday phrasings; the publication date is Monday
// 2025-05-19 unless a case says otherwise.
func TestTagCasual(t *testing.T) {
	runTagCases(t, []tagCase{
		{name: "week after next", text: "We fly the week after next.", want: "the week after next", value: "2025-W23"},
		{name: "month before last", text: "Sales fell the month before last.", want: "the month before last", value: "2025-03"},
		{name: "weekend after next", text: "We fly the weekend after next.", want: "the weekend after next", value: "2025-W23-WE"},
		{name: "two fridays ago", text: "Two Fridays ago, it rained.", want: "Two Fridays ago", value: "2025-05-09"},
		{name: "a week from monday", dct: day(2025, 5, 21), text: "A week from Monday we fly.", want: "A week from Monday", value: "2025-06-02"},
		{name: "two weeks from tomorrow", text: "It opens two weeks from tomorrow.", want: "two weeks from tomorrow", value: "2025-06-03"},
		{name: "first of next month", text: "The law takes effect on the first of next month.", want: "the first of next month", value: "2025-06-01"},
		{name: "15th of this month", text: "Rent was due on the 15th of this month.", want: "the 15th of this month", value: "2025-05-15"},
		{name: "first week of march", text: "In the first week of March the deal closed.", want: "the first week of March", value: "2025-W10", start: "2025-03-03", end: "2025-03-10"},
		{name: "last week of june 2024", text: "It closed in the last week of June 2024.", want: "the last week of June 2024", value: "2024-W26"},
		{name: "second week of next month", text: "It opens in the second week of next month.", want: "the second week of next month", value: "2025-W24"},
		{name: "second half of next year", text: "Sales will rise in the second half of next year.", want: "the second half of next year", value: "2026-H2"},
		{name: "first quarter of last year", text: "Sales fell in the first quarter of last year.", want: "the first quarter of last year", value: "2024-Q1"},
		{name: "tonight clock", text: "They meet at 10:30 tonight.", want: "10:30 tonight", value: "2025-05-19T22:30", typ: timeline.TypeTime},
		{name: "clock on day narrated", text: "The strike began on March 3, 2024. At 10 p.m., police came.", want: "10 p.m.", value: "2024-03-03T22:00"},
		{name: "a decade ago", text: "It ended a decade ago.", want: "a decade ago", value: "2015"},
		{name: "fy two digits", text: "Revenue in FY24 rose.", want: "FY24", value: "2024"},
		{name: "the nineties", text: "It was popular in the nineties.", want: "the nineties", value: "199"},
		{name: "the other day", text: "I saw him the other day.", want: "the other day", value: "PAST_REF"},
		{name: "must by friday", text: "It must be done by Friday.", want: "Friday", value: "2025-05-23"},
		{name: "night before", text: "The strike began on March 3, 2024. Talks had failed the night before.", want: "the night before", value: "2024-03-02TNI"},
		{name: "prior year", text: "Sales rose in 2019. They had fallen the prior year.", want: "the prior year", value: "2018"},
		{name: "attributive month", dct: day(2025, 7, 10), text: "The bank sold itself under a June agreement with its holders.", want: "June", value: "2025-06"},
		{name: "earlier weekday extent", dct: day(2025, 5, 23), text: "He left earlier Friday.", want: "Friday", value: "2025-05-23", mod: "START", end: "2025-05-23T08:00"},
		{name: "earlier this week extent", text: "He left earlier this week.", want: "this week", value: "2025-W21", mod: "START"},
		{name: "weekday next week", text: "The summit is on Thursday next week.", want: "Thursday next week", value: "2025-05-29"},
		{name: "weekday of last week", text: "The summit was on Monday of last week.", want: "Monday of last week", value: "2025-05-12"},
		{name: "weekend after gerund", dct: day(2025, 10, 14), text: "The storm strengthened over the weekend after forming at sea.", want: "the weekend", value: "2025-W41-WE"},
		{name: "present weekday nearest", text: "The meeting is on Wednesday.", want: "Wednesday", value: "2025-05-21"},
		{name: "compact quarter", text: "Revenue in 1Q25 rose.", want: "1Q25", value: "2025-Q1"},
		{name: "compact half", text: "Revenue in 2H2024 rose.", want: "2H2024", value: "2024-H2"},
		{name: "military clock", text: "The blast came at 0930 GMT.", want: "0930 GMT", value: "2025-05-19T09:30Z", typ: timeline.TypeTime},
		{name: "at dawn", text: "Troops crossed the border at dawn on Sunday.", want: "dawn on Sunday", value: "2025-05-18TMO", typ: timeline.TypeTime},
		{name: "half an hour", text: "It took half an hour.", want: "half an hour", value: "PT30M", typ: timeline.TypeDuration},
		{name: "and a half", text: "It took an hour and a half.", want: "an hour and a half", value: "PT1H30M"},
		{name: "half a century", text: "It stood for half a century.", want: "half a century", value: "P50Y"},
		{name: "a couple of hours", text: "It took a couple of hours.", want: "a couple of hours", value: "PT2H"},
		{name: "every weekend", text: "They meet every weekend.", want: "every weekend", value: "XXXX-WXX-WE", typ: timeline.TypeSet},
		{name: "juneteenth", dct: day(2025, 8, 1), text: "Crowds rallied on Juneteenth.", want: "Juneteenth", value: "2025-06-19"},
		{name: "weekday day-month", dct: day(2025, 6, 5), text: "Talks resumed on Tuesday, 3 June.", want: "Tuesday, 3 June", value: "2025-06-03"},
		{name: "range end day", text: "The festival ran May 5-7.", want: "7", value: "2025-05-07"},
		{name: "range start day", text: "The festival ran 5-7 May.", want: "5", value: "2025-05-05"},
		{name: "range to", text: "The festival ran from May 5 to 7.", want: "7", value: "2025-05-07"},
		{name: "ago anchors later", text: "It rained 2 weeks ago. It stopped 3 days later.", want: "3 days later", value: "2025-05-08"},
		{name: "later in the month", text: "It will happen later in the month.", want: "later in the month", value: "2025-05", mod: "END"},
		{name: "day anchor skips a year", text: "The strike began on March 3, 2024. Sales fell in 2019. The next day, talks failed.", want: "The next day", value: "2024-03-04"},
	})
}
