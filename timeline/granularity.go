package timeline

// Granularity is the precision of a resolved time expression. The zero value
// means the expression has no concrete interval (durations, sets, fuzzy
// references, or relative dates without a publication date).
type Granularity string

// Granularities from finest to coarsest.
const (
	GranularityNone      Granularity = ""
	GranularityMinute    Granularity = "minute"
	GranularityHour      Granularity = "hour"
	GranularityPartOfDay Granularity = "part-of-day"
	GranularityDay       Granularity = "day"
	GranularityWeekend   Granularity = "weekend"
	GranularityWeek      Granularity = "week"
	GranularityMonth     Granularity = "month"
	GranularitySeason    Granularity = "season"
	GranularityQuarter   Granularity = "quarter"
	GranularityHalf      Granularity = "half"
	GranularityYear      Granularity = "year"
	GranularityDecade    Granularity = "decade"
	GranularityCentury   Granularity = "century"
)

// Granularities lists every non-empty granularity from finest to coarsest.
var Granularities = []Granularity{
	GranularityMinute, GranularityHour, GranularityPartOfDay, GranularityDay,
	GranularityWeekend, GranularityWeek, GranularityMonth, GranularitySeason,
	GranularityQuarter, GranularityHalf, GranularityYear, GranularityDecade,
	GranularityCentury,
}

// Valid reports whether g is one of the known granularities or none.
func (g Granularity) Valid() bool {
	if g == GranularityNone {
		return true
	}
	for _, known := range Granularities {
		if g == known {
			return true
		}
	}
	return false
}
