package main

import (
	"context"
	"fmt"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/timeline/eval"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// evalCommand is `timeline eval`: the tagger scored against gold files.
type evalCommand struct {
	env    *env
	errors bool
	gold   []string
}

func (c *evalCommand) command() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval GOLD...",
		Short: "Score the tagger against TimeML gold files or folders (TempEval-3 measures)",
		Long: `Scores the tagger on gold TimeML files, folders of them, or gold JSON Lines
({"text","dct","timexes":[{"start","end","text","type","value"}]}, code-point
offsets): strict and relaxed span P/R/F1, type and value accuracy and F1
(relaxed = any overlap; value F1 = relaxed F1 × value accuracy).`,
		Example: `  timeline eval ../shared/data/timeml/timebank ../shared/data/timeml/aquaint
  timeline eval --errors gold.tml`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			c.gold = args
			return c.run(cmd.Context())
		},
	}
	cmd.Flags().BoolVar(&c.errors, "errors", false, "list every miss, false alarm and wrong value with its context")
	return cmd
}

// run scores each path on its own, then all of them together.
func (c *evalCommand) run(ctx context.Context) error {
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
