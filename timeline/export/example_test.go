package export_test

import (
	"fmt"
	"os"
	"time"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/export"
)

func ExampleNew() {
	w, err := export.New("csv", os.Stdout, export.Options{})
	if err != nil {
		panic(err)
	}
	monday := time.Date(2025, 5, 19, 0, 0, 0, 0, time.UTC)
	w.Write(&timeline.Row{
		Date: "2025-05-19", Type: timeline.TypeDate, Granularity: timeline.GranularityDay,
		Start: monday, End: monday.AddDate(0, 0, 1),
		Event: "talks began", Evidence: `Talks began on Monday, "at last".`, Expression: "on Monday",
		Document: "Reuters", Published: monday.AddDate(0, 0, 1), Actors: []string{"EU", "UK"},
		Trigger: "began", Lemma: "begin", TriggerStart: 6, TriggerEnd: 11, Class: timeline.ClassAspectual,
		Modality: timeline.ModalityAsserted, Polarity: timeline.PolarityPositive, Relation: timeline.RelationOn,
		AnchoredBy: timeline.AnchoredByExpression, Confidence: 0.9,
		Participants: []timeline.Participant{
			{Entity: timeline.Entity{Name: "EU", Kind: timeline.EntityOrganization}, Role: timeline.RoleAgent},
			{Entity: timeline.Entity{Name: "UK", Kind: timeline.EntityOrganization}, Role: timeline.RoleCoAgent},
		},
	})
	if err := w.Close(); err != nil {
		panic(err)
	}
	// Output:
	// date,start,end,granularity,event,evidence,expression,document,published,type,mod,source,url,actors,places,sources,date_conflict,trigger,lemma,trigger_start,trigger_end,class,modality,polarity,relation,anchored_by,confidence,participants
	// 2025-05-19,2025-05-19,2025-05-20,day,talks began,"Talks began on Monday, ""at last"".",on Monday,Reuters,2025-05-20,DATE,,,,EU; UK,,,false,began,begin,6,11,ASPECTUAL,asserted,POS,on,expression,0.9,"EU (agent), UK (co-agent)"
}

func ExampleNew_unknownFormat() {
	_, err := export.New("xlsx", os.Stdout, export.Options{})
	fmt.Println(timeline.ErrorCode(err))
	fmt.Println(err)
	// Output:
	// invalid
	// unknown format "xlsx": want one of table, csv, json, jsonl, markdown, timelinejs, html
}

func ExampleDisplayWhen() {
	january := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(export.DisplayWhen(&timeline.Row{Date: "2025-01", Start: january, End: january.AddDate(0, 1, 0),
		Granularity: timeline.GranularityMonth, Relation: timeline.RelationSince}))
	// Output: since January 2025
}

func ExampleDisplayDate() {
	week := time.Date(2025, 5, 12, 0, 0, 0, 0, time.UTC)
	fmt.Println(export.DisplayDate(&timeline.Row{Date: "2025-W20", Start: week, End: week.AddDate(0, 0, 7), Granularity: timeline.GranularityWeek}))
	// Output: Week of May 12, 2025
}
