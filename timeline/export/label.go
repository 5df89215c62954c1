package export

import (
	"fmt"
	"strings"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// DisplayDate renders a row's date the way a reader would say it, at the
// precision the text gave: "19 May 2025", "Week of May 12, 2025", "May 2025",
// "Q3 2025", "2025", "1990s". A TIMEX3 mod adds a qualifier ("Early May
// 2025"). An unanchored row shows its TIMEX3 value, since it has no date.
func DisplayDate(r *timeline.Row) string {
	if r.Start.IsZero() {
		if r.Date != "" {
			return r.Date
		}
		return r.Expression
	}
	return modPrefix(r.Mod) + plainDate(r)
}

// DisplayWhen is DisplayDate with the event's relation to that date before
// it when the event is not simply on it: "before 19 May 2025", "by 2027",
// "since January 2025", "until the 1990s".
func DisplayWhen(r *timeline.Row) string {
	date := DisplayDate(r)
	if r.Relation == "" || r.Relation == timeline.RelationOn || r.Start.IsZero() {
		return date
	}
	date = midSentence.Replace(date)
	switch r.Granularity {
	case timeline.GranularityDecade, timeline.GranularityCentury:
		date = "the " + date
	}
	return string(r.Relation) + " " + date
}

// midSentence lowers the words DisplayDate capitalises at the start of a
// label, for a label that follows a relation; names of months and seasons
// keep their capitals.
var midSentence = strings.NewReplacer("Early ", "early ", "Mid-", "mid-", "Late ", "late ", "About ", "about ",
	"Before ", "before ", "After ", "after ", "By ", "by ", "From ", "from ", "Week of ", "the week of ",
	"Weekend of ", "the weekend of ")

// qualifier says how far the text holds a row's event to be real when it
// does not simply assert it: its modality ("planned", "counterfactual"),
// and "negated" when the text denies it; "" for an asserted, positive
// event.
func qualifier(r *timeline.Row) string {
	var parts []string
	if r.Modality != "" && r.Modality != timeline.ModalityAsserted {
		parts = append(parts, string(r.Modality))
	}
	if r.Polarity == timeline.PolarityNegative {
		parts = append(parts, "negated")
	}
	return strings.Join(parts, ", ")
}

// eventCell is the event phrase with its qualifier, as the human formats
// show it: "talks would begin (planned)".
func eventCell(r *timeline.Row) string {
	if q := qualifier(r); q != "" {
		return headline(r) + " (" + q + ")"
	}
	return headline(r)
}

// plainDate is DisplayDate without the mod qualifier.
func plainDate(r *timeline.Row) string {
	s := r.Start.UTC()
	switch r.Granularity {
	case timeline.GranularityMinute, timeline.GranularityHour:
		return s.Format("2 January 2006, 15:04")
	case timeline.GranularityPartOfDay:
		if part := partOfDay(r.Date); part != "" {
			return s.Format("2 January 2006") + " (" + part + ")"
		}
		return s.Format("2 January 2006")
	case timeline.GranularityDay:
		return s.Format("2 January 2006")
	case timeline.GranularityWeekend:
		// A mod narrows the interval ("late next week"); the label names
		// the whole unit, from its first day.
		return "Weekend of " + s.AddDate(0, 0, -((int(s.Weekday())+1)%7)).Format("January 2, 2006")
	case timeline.GranularityWeek:
		return "Week of " + s.AddDate(0, 0, -((int(s.Weekday())+6)%7)).Format("January 2, 2006")
	case timeline.GranularityMonth:
		return s.Format("January 2006")
	case timeline.GranularitySeason:
		if name := season(r.Date); name != "" {
			return fmt.Sprintf("%s %d", name, s.Year())
		}
		return rangeLabel(s, lastDay(r.End), "Jan", "Jan 2006")
	case timeline.GranularityQuarter:
		return fmt.Sprintf("Q%d %d", (int(s.Month())-1)/3+1, s.Year())
	case timeline.GranularityHalf:
		return fmt.Sprintf("H%d %d", (int(s.Month())-1)/6+1, s.Year())
	case timeline.GranularityYear:
		return fmt.Sprint(s.Year())
	case timeline.GranularityDecade:
		return fmt.Sprintf("%ds", s.Year()/10*10)
	case timeline.GranularityCentury:
		return ordinal(s.Year()/100+1) + " century"
	}
	// An anchored interval without a named granularity: say its bounds.
	return rangeLabel(s, lastDay(r.End), "2 Jan", "2 Jan 2006")
}

// rangeLabel writes "Jun – Aug 2025", or with both years when they differ.
func rangeLabel(from, to time.Time, short, long string) string {
	if to.IsZero() || !to.After(from) {
		return from.Format(long)
	}
	if from.Year() == to.Year() {
		return from.Format(short) + " – " + to.Format(long)
	}
	return from.Format(long) + " – " + to.Format(long)
}

// lastDay is the last day an exclusive end includes; zero stays zero.
func lastDay(end time.Time) time.Time {
	if end.IsZero() {
		return end
	}
	return end.UTC().Add(-time.Nanosecond).Truncate(24 * time.Hour)
}

// modPrefix turns a TIMEX3 mod into the words a reader expects before a date.
func modPrefix(mod string) string {
	switch mod {
	case "START":
		return "Early "
	case "MID":
		return "Mid-"
	case "END":
		return "Late "
	case "APPROX":
		return "About "
	case "BEFORE":
		return "Before "
	case "AFTER":
		return "After "
	case "ON_OR_BEFORE":
		return "By "
	case "ON_OR_AFTER":
		return "From "
	}
	return ""
}

// partOfDay reads the TIMEX3 part-of-day suffix of a value such as
// 2025-05-19TMO.
func partOfDay(value string) string {
	i := strings.LastIndexByte(value, 'T')
	if i < 0 {
		return ""
	}
	switch value[i+1:] {
	case "MO":
		return "morning"
	case "MI":
		return "midday"
	case "AF":
		return "afternoon"
	case "EV":
		return "evening"
	case "NI":
		return "night"
	case "DT":
		return "daytime"
	}
	return ""
}

// season reads the TIMEX3 season suffix of a value such as 2025-SU.
func season(value string) string {
	switch {
	case strings.HasSuffix(value, "-SP"):
		return "Spring"
	case strings.HasSuffix(value, "-SU"):
		return "Summer"
	case strings.HasSuffix(value, "-FA"):
		return "Autumn"
	case strings.HasSuffix(value, "-WI"):
		return "Winter"
	}
	return ""
}

// ordinal writes 21st, 22nd, 13th.
func ordinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return fmt.Sprintf("%d%s", n, suffix)
}

// isPoint reports whether a granularity reads as a moment on a timeline (a
// dot) rather than a span (a bar): a day or anything finer.
func isPoint(g timeline.Granularity) bool {
	switch g {
	case timeline.GranularityMinute, timeline.GranularityHour, timeline.GranularityPartOfDay, timeline.GranularityDay:
		return true
	}
	return false
}
