package export

import (
	"strings"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// day is midnight UTC of a date, the start of day-level intervals.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// event sets what a row says of its event: its trigger (offsets in
// characters), class, modality, polarity, relation to its date, how it was
// dated, and who takes part.
func event(r timeline.Row, trigger string, at int, class timeline.EventClass, modality timeline.Modality,
	polarity timeline.Polarity, relation timeline.Relation, anchoring timeline.Anchoring, confidence float64,
	participants ...timeline.Participant) timeline.Row {
	r.Trigger, r.Lemma, r.TriggerStart, r.TriggerEnd = trigger, strings.ToLower(trigger), at, at+len([]rune(trigger))
	r.Class, r.Modality, r.Polarity, r.Relation, r.AnchoredBy, r.Confidence = class, modality, polarity, relation, anchoring, confidence
	r.Participants = participants
	return r
}

// taking builds a participant.
func taking(name string, kind timeline.EntityKind, role timeline.Role) timeline.Participant {
	return timeline.Participant{Entity: timeline.Entity{Name: name, Kind: kind}, Role: role}
}

// The kinds of event most fixture rows are.
const (
	occurrence = timeline.ClassOccurrence
	asserted   = timeline.ModalityAsserted
	pos        = timeline.PolarityPositive
	on         = timeline.RelationOn
	expression = timeline.AnchoredByExpression
	person     = timeline.EntityPerson
	place      = timeline.EntityPlace
)

// fixture is the fixed timeline behind the golden files: every granularity
// family, a merged row whose sources disagree, Unicode, CSV-hostile evidence,
// events of every relation, planned, counterfactual, negated and reported
// ones, rows dated by the publication date, and an undated row.
func fixture() []timeline.Row {
	reuters := event(timeline.Row{
		EventID: 7, DocumentID: 1, Date: "2025-05-19", Type: timeline.TypeDate,
		Start: day(2025, 5, 19), End: day(2025, 5, 20), Granularity: timeline.GranularityDay,
		Event: "Putin met Trump in Geneva", Evidence: "Putin met Trump in Geneva on Monday, officials said.",
		Expression: "on Monday", Offset: 120, Document: "Reuters: Leaders meet in Geneva", Source: "articles/reuters.html",
		URL: "https://example.com/reuters/geneva", Published: day(2025, 5, 20),
		How:    timeline.Resolution{Rule: "weekday", Anchor: timeline.AnchorDCT, AnchorValue: "2025-05-20", Tense: "past"},
		Actors: []string{"Vladimir Putin", "Donald Trump"}, Places: []string{"Geneva"},
	}, "met", 6, occurrence, asserted, pos, on, expression, 0.9,
		taking("Vladimir Putin", person, timeline.RoleAgent), taking("Donald Trump", person, timeline.RoleCoAgent),
		taking("Geneva", place, timeline.RolePlace))
	reuters.Participants[0].Alias = "Putin"
	ap := event(timeline.Row{
		EventID: 31, DocumentID: 4, Date: "2025-05-18", Type: timeline.TypeDate,
		Start: day(2025, 5, 18), End: day(2025, 5, 19), Granularity: timeline.GranularityDay,
		Event: "Trump met Putin in Geneva", Evidence: "Trump met Putin in Geneva on Sunday.",
		Expression: "on Sunday", Offset: 88, Document: "AP: Summit in Geneva", Source: "articles/ap.html",
		URL: "https://example.com/ap/summit", Published: day(2025, 5, 19),
		How:    timeline.Resolution{Rule: "weekday", Anchor: timeline.AnchorDCT, AnchorValue: "2025-05-19", Tense: "past"},
		Actors: []string{"Donald Trump", "Vladimir Putin"}, Places: []string{"Geneva"},
	}, "met", 6, occurrence, asserted, pos, on, expression, 0.9,
		taking("Donald Trump", person, timeline.RoleAgent), taking("Vladimir Putin", person, timeline.RoleCoAgent),
		taking("Geneva", place, timeline.RolePlace))
	merged := reuters
	merged.Sources = []timeline.Row{reuters, ap}
	merged.DateConflict = true

	return []timeline.Row{
		event(timeline.Row{
			EventID: 1, DocumentID: 2, Date: "199", Type: timeline.TypeDate,
			Start: day(1990, 1, 1), End: day(2000, 1, 1), Granularity: timeline.GranularityDecade,
			Event: "the treaty was first proposed", Evidence: "The treaty was first proposed in the 1990s.",
			Expression: "the 1990s", Offset: 10, Document: "Treaty explainer", Source: "explainer.txt",
			How: timeline.Resolution{Rule: "decade", Anchor: timeline.AnchorNone},
		}, "proposed", 25, occurrence, asserted, pos, on, expression, 0.9),
		event(timeline.Row{
			EventID: 17, DocumentID: 4, Date: "2020", Type: timeline.TypeDate,
			Start: day(2020, 1, 1), End: day(2021, 1, 1), Granularity: timeline.GranularityYear,
			Event:      "the war would never have happened",
			Evidence:   "Trump claimed the war would never have happened had he been re-elected in 2020.",
			Expression: "2020", Offset: 900, Document: "AP: Summit in Geneva", Source: "articles/ap.html",
			URL: "https://example.com/ap/summit", Published: day(2025, 5, 19),
			How: timeline.Resolution{Rule: "year", Anchor: timeline.AnchorNone},
		}, "happened", 930, occurrence, timeline.ModalityCounterfactual, timeline.PolarityNegative, on, timeline.AnchoredByNarrative, 0.75),
		event(timeline.Row{
			EventID: 2, DocumentID: 2, Date: "2024", Type: timeline.TypeDate,
			Start: day(2024, 1, 1), End: day(2025, 1, 1), Granularity: timeline.GranularityYear,
			Event: "inflation peaked", Evidence: "Inflation peaked last year.", Expression: "last year",
			Offset: 200, Document: "Treaty explainer", Source: "explainer.txt", Published: day(2025, 5, 21),
			How:    timeline.Resolution{Rule: "relative-year", Anchor: timeline.AnchorDCT, AnchorValue: "2025-05-21", Tense: "past"},
			Places: []string{"Eurozone"},
		}, "peaked", 190, occurrence, asserted, pos, on, expression, 0.9, taking("Eurozone", place, timeline.RolePlace)),
		event(timeline.Row{
			EventID: 3, DocumentID: 2, Date: "2025-Q1", Type: timeline.TypeDate,
			Start: day(2025, 1, 1), End: day(2025, 4, 1), Granularity: timeline.GranularityQuarter,
			Event: "growth has slowed", Evidence: "Growth has slowed since the first quarter.", Expression: "the first quarter",
			Offset: 260, Document: "Treaty explainer", Source: "explainer.txt", Published: day(2025, 5, 21),
			How: timeline.Resolution{Rule: "quarter", Anchor: timeline.AnchorDCT, AnchorValue: "2025-05-21", Tense: "past"},
		}, "slowed", 247, timeline.ClassAspectual, asserted, pos, timeline.RelationSince, expression, 0.9),
		event(timeline.Row{
			EventID: 4, DocumentID: 3, Date: "2025-05", Type: timeline.TypeDate, Mod: "START",
			Start: day(2025, 5, 1), End: day(2025, 6, 1), Granularity: timeline.GranularityMonth,
			Event: "talks resumed", Evidence: "Talks resumed in early May.", Expression: "early May",
			Offset: 40, Document: "Le Monde — Négociations", Source: "lemonde.html", URL: "https://example.com/lemonde",
			Published: day(2025, 5, 22),
			How:       timeline.Resolution{Rule: "month", Anchor: timeline.AnchorDCT, AnchorValue: "2025-05-22", Tense: "past"},
		}, "resumed", 26, timeline.ClassAspectual, asserted, pos, on, expression, 0.9),
		event(timeline.Row{
			EventID: 5, DocumentID: 3, Date: "2025-W20", Type: timeline.TypeDate,
			Start: day(2025, 5, 12), End: day(2025, 5, 19), Granularity: timeline.GranularityWeek,
			Event: "negotiators met in Vienna", Evidence: "Negotiators met in Vienna last week.", Expression: "last week",
			Offset: 90, Document: "Le Monde — Négociations", Source: "lemonde.html", URL: "https://example.com/lemonde",
			Published: day(2025, 5, 22),
			How:       timeline.Resolution{Rule: "relative-week", Anchor: timeline.AnchorDCT, AnchorValue: "2025-05-22", Tense: "past"},
			Places:    []string{"Vienna"},
		}, "met", 72, occurrence, asserted, pos, on, expression, 0.9, taking("Vienna", place, timeline.RolePlace)),
		merged,
		event(timeline.Row{
			EventID: 12, DocumentID: 3, Date: "2025-05-19", Type: timeline.TypeDate,
			Start: day(2025, 5, 19), End: day(2025, 5, 20), Granularity: timeline.GranularityDay,
			Event: "Зеленський прибув до Києва", Evidence: "Зеленський прибув до Києва 19 травня; « l'Élysée » a salué 東京 talks 🎉.",
			Expression: "19 травня", Offset: 300, Document: "Le Monde — Négociations", Source: "lemonde.html",
			URL: "https://example.com/lemonde", Published: day(2025, 5, 22),
			How:    timeline.Resolution{Rule: "day-month", Anchor: timeline.AnchorDCT, AnchorValue: "2025-05-22", Tense: "past"},
			Actors: []string{"Володимир Зеленський"}, Places: []string{"Київ"},
		}, "прибув", 211, occurrence, asserted, pos, on, expression, 0.9,
			taking("Володимир Зеленський", person, timeline.RoleAgent), taking("Київ", place, timeline.RolePlace)),
		event(timeline.Row{
			EventID: 19, DocumentID: 4, Date: "2025-05-19",
			Start: day(2025, 5, 19), End: day(2025, 5, 20), Granularity: timeline.GranularityDay,
			Event: "Trump has spoken to European leaders", Evidence: "Mr Trump has spoken to European leaders.",
			Document: "AP: Summit in Geneva", Source: "articles/ap.html", URL: "https://example.com/ap/summit", Published: day(2025, 5, 19),
			Actors: []string{"Donald Trump"},
		}, "spoken", 950, occurrence, asserted, pos, timeline.RelationBefore, timeline.AnchoredByPublication, 0.3,
			taking("Donald Trump", person, timeline.RoleAgent)),
		event(timeline.Row{
			EventID: 18, DocumentID: 1, Date: "2025-05-20",
			Start: day(2025, 5, 20), End: day(2025, 5, 21), Granularity: timeline.GranularityDay,
			Event: "officials said", Evidence: "Putin met Trump in Geneva on Monday, officials said.",
			Document: "Reuters: Leaders meet in Geneva", Source: "articles/reuters.html",
			URL: "https://example.com/reuters/geneva", Published: day(2025, 5, 20),
		}, "said", 175, timeline.ClassReporting, asserted, pos, on, timeline.AnchoredByPublication, 0.6),
		event(timeline.Row{
			EventID: 13, DocumentID: 1, Date: "2025-05-20T15:00", Type: timeline.TypeTime,
			Start: time.Date(2025, 5, 20, 15, 0, 0, 0, time.UTC), End: time.Date(2025, 5, 20, 15, 1, 0, 0, time.UTC),
			Granularity: timeline.GranularityMinute,
			Event:       "the press conference began", Evidence: "The press conference began at 3 p.m. on Tuesday.",
			Expression: "3 p.m. on Tuesday", Offset: 400, Document: "Reuters: Leaders meet in Geneva", Source: "articles/reuters.html",
			URL: "https://example.com/reuters/geneva", Published: day(2025, 5, 20),
			How: timeline.Resolution{Rule: "clock-weekday", Anchor: timeline.AnchorDCT, AnchorValue: "2025-05-20", Tense: "past"},
		}, "began", 380, timeline.ClassAspectual, asserted, pos, on, expression, 0.9),
		event(timeline.Row{
			EventID: 14, DocumentID: 4, Date: "2025-05-21", Type: timeline.TypeDate,
			Start: day(2025, 5, 21), End: day(2025, 5, 22), Granularity: timeline.GranularityDay,
			Event: "the delegation walked out", Evidence: "He said, \"We will not sign, not today,\" and left.\nThe talks ended | for now.",
			Expression: "today", Offset: 500, Document: "AP: Summit in Geneva", Source: "articles/ap.html",
			URL: "https://example.com/ap/summit", Published: day(2025, 5, 21),
			How:    timeline.Resolution{Rule: "today", Anchor: timeline.AnchorDCT, AnchorValue: "2025-05-21", Tense: "present"},
			Actors: []string{"Sergei Lavrov"},
		}, "left", 540, occurrence, asserted, pos, on, expression, 0.5, taking("Sergei Lavrov", person, timeline.RoleAgent)),
		event(timeline.Row{
			EventID: 15, DocumentID: 2, Date: "2025-SU", Type: timeline.TypeDate,
			Start: day(2025, 6, 1), End: day(2025, 9, 1), Granularity: timeline.GranularitySeason,
			Event: "elections are expected", Evidence: "Elections are expected by this summer.", Expression: "this summer",
			Offset: 320, Document: "Treaty explainer", Source: "explainer.txt", Published: day(2025, 5, 21),
			How: timeline.Resolution{Rule: "season", Anchor: timeline.AnchorDCT, AnchorValue: "2025-05-21", Tense: "future"},
		}, "elections", 300, occurrence, timeline.ModalityPlanned, pos, timeline.RelationBy, expression, 0.75),
		event(timeline.Row{
			EventID: 16, DocumentID: 4, Date: "XXXX-XX-XX", Type: timeline.TypeDate,
			Event: "the ceasefire collapsed", Evidence: "The ceasefire collapsed on a Friday.", Expression: "a Friday",
			Offset: 700, Document: "AP: Summit in Geneva", Source: "articles/ap.html",
			How: timeline.Resolution{Rule: "weekday", Anchor: timeline.AnchorMissing},
		}, "collapsed", 690, occurrence, asserted, pos, "", timeline.AnchoredByNone, 0),
	}
}
