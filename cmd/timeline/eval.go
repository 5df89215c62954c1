package main

import (
	"context"
	"fmt"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/timeline"
	"github.com/timeline-dev/timeline/timeline/eval"
	"github.com/timeline-dev/timeline/timeline/extract"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// evalCommand is `timeline eval`: the tagger, or with --events the event
// extractor, scored against gold files.
type evalCommand struct {
	env    *env
	errors bool
	events bool
	recall bool
	// minConfidence leaves undated the events dated with less confidence,
	// scoring the dates a timeline with that threshold shows.
	minConfidence float64
	gold          []string
}

func (c *evalCommand) command() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval GOLD...",
		Short: "Score the tagger (or with --events the events) against TimeML gold files or folders",
		Long: `Scores the tagger on gold TimeML files, folders of them, or gold JSON Lines
({"text","dct","timexes":[{"start","end","text","type","value"}]}, code-point
offsets): strict and relaxed span P/R/F1, type and value accuracy and F1
(relaxed = any overlap; value F1 = relaxed F1 × value accuracy).

With --events, scores events against TimeML EVENT tags and TLINKs: a gold
event is found when a predicted trigger overlaps it; it is dated when a TLINK
puts it within a DATE/TIME expression or the creation time, and dated right
when the prediction (relation "on") has one of those values. Columns: event
P/R/F1; dated events (gold, predicted, P, R, F1); right-date count and F1;
date accuracy over matched dated events; relation accuracy over gold
before/after/since/until links the prediction anchors to the same time; class
and polarity accuracy over found events. --min-confidence scores only the dates
given with at least that confidence (0.5 is what 'timeline show' keeps).

With --recall, each JSON Lines file is a set of test phrases whose timexes are
not all the time expressions of their texts: a gold timex is right when a
prediction overlaps it with exactly its value, and extra predictions are not
errors. It reports accuracy overall, without the timexes marked
needs_dct_time, and per category.`,
		Example: `  timeline eval ../shared/data/timeml/timebank ../shared/data/timeml/aquaint
  timeline eval --errors gold.tml
  timeline eval --events ../shared/data/timeml/timebank
  timeline eval --recall ../shared/data/casual-dev.jsonl`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			c.gold = args
			if c.recall {
				return c.runRecall(cmd.Context())
			}
			return c.run(cmd.Context())
		},
	}
	cmd.Flags().BoolVar(&c.errors, "errors", false, "list every miss, false alarm and wrong value with its context")
	cmd.Flags().BoolVar(&c.events, "events", false, "score events and their dates against EVENT tags and TLINKs instead of time expressions")
	cmd.Flags().Float64Var(&c.minConfidence, "min-confidence", 0, "with --events: count an event as dated only when dated with at least this confidence, 0 to 1")
	cmd.Flags().BoolVar(&c.recall, "recall", false, "score recall only, per category: for .jsonl test phrases that do not annotate every expression")
	cmd.MarkFlagsMutuallyExclusive("events", "recall")
	return cmd
}

// run scores each path on its own, then all of them together.
func (c *evalCommand) run(ctx context.Context) error {
	if c.events {
		return c.runEvents(ctx)
	}
	var results []eval.Result
	var all []eval.Gold
	for _, p := range c.gold {
		if err := ctx.Err(); err != nil {
			return err
		}
		docs, err := eval.LoadPaths([]string{p})
		if err != nil {
			return err
		}
		s, errs := eval.ScoreParallel(docs, temporal.Tag, runtime.GOMAXPROCS(0))
		results = append(results, eval.Result{Name: p, Scores: s})
		all = append(all, docs...)
		if c.errors {
			for _, er := range errs {
				fmt.Fprintln(c.env.stdout, er.String())
			}
		}
	}
	if len(c.gold) > 1 {
		s, _ := eval.ScoreParallel(all, temporal.Tag, runtime.GOMAXPROCS(0))
		results = append(results, eval.Result{Name: "all", Scores: s})
	}
	return eval.WriteTable(c.env.stdout, results)
}

// runEvents scores the event extractor on each path, then on all of them.
func (c *evalCommand) runEvents(ctx context.Context) error {
	if err := usageOf((&timeline.Filter{MinConfidence: &c.minConfidence}).Validate(), "--min-confidence"); err != nil {
		return err
	}
	x := eval.Extractor(extract.Process)
	if c.minConfidence > 0 {
		x = eval.AtLeast(x, c.minConfidence)
	}
	var results []eval.EventResult
	var all []eval.Gold
	for _, p := range c.gold {
		if err := ctx.Err(); err != nil {
			return err
		}
		docs, err := eval.LoadPaths([]string{p})
		if err != nil {
			return err
		}
		s, errs := eval.ScoreEvents(docs, x, runtime.GOMAXPROCS(0))
		if s.Docs == 0 {
			return timeline.Errorf(timeline.EINVALID, "%s: no gold events (--events needs TimeML files with EVENT tags)", p)
		}
		results = append(results, eval.EventResult{Name: p, Scores: s})
		all = append(all, docs...)
		if c.errors {
			for _, er := range errs {
				fmt.Fprintln(c.env.stdout, er.String())
			}
		}
	}
	if len(c.gold) > 1 {
		s, _ := eval.ScoreEvents(all, x, runtime.GOMAXPROCS(0))
		results = append(results, eval.EventResult{Name: "all", Scores: s})
	}
	return eval.WriteEventTable(c.env.stdout, results)
}

// runRecall scores each .jsonl file recall only (see eval.ScoreRecall).
func (c *evalCommand) runRecall(ctx context.Context) error {
	for _, p := range c.gold {
		if err := ctx.Err(); err != nil {
			return err
		}
		docs, err := eval.LoadLabeled(p)
		if err != nil {
			return err
		}
		r, errs := eval.ScoreRecall(docs, temporal.Tag, runtime.GOMAXPROCS(0))
		if c.errors {
			for _, er := range errs {
				fmt.Fprintln(c.env.stdout, er.String())
			}
		}
		if err := eval.WriteRecall(c.env.stdout, p, r); err != nil {
			return err
		}
	}
	return nil
}
