package main

import (
	"fmt"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/timeline/eval"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

func newEvalCommand(e *env) *cobra.Command {
	var showErrors bool
	cmd := &cobra.Command{
		Use:   "eval GOLD...",
		Short: "Score the tagger against TimeML gold files or folders (TempEval-3 measures)",
		Long: `Scores the tagger on gold TimeML files, folders of them, or gold JSON Lines
({"text","dct","timexes":[{"start","end","text","type","value"}]}, code-point
offsets): strict and relaxed span P/R/F1, type and value accuracy and F1
(relaxed = any overlap; value F1 = relaxed F1 × value accuracy).`,
		Example: `  timeline eval ../shared/data/timeml/timebank ../shared/data/timeml/aquaint
  timeline eval --errors gold.tml`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var results []eval.Result
			var all []eval.Gold
			for _, p := range args {
				docs, err := eval.LoadPaths([]string{p})
				if err != nil {
					return err
				}
				s, errs := eval.ScoreParallel(docs, temporal.Tag, runtime.GOMAXPROCS(0))
				results = append(results, eval.Result{Name: p, Scores: s})
				all = append(all, docs...)
				if showErrors {
					for _, er := range errs {
						fmt.Fprintln(e.stdout, er.String())
					}
				}
			}
			if len(args) > 1 {
				s, _ := eval.ScoreParallel(all, temporal.Tag, runtime.GOMAXPROCS(0))
				results = append(results, eval.Result{Name: "all", Scores: s})
			}
			return eval.WriteTable(e.stdout, results)
		},
	}
	cmd.Flags().BoolVar(&showErrors, "errors", false, "list every miss, false alarm and wrong value with its context")
	return cmd
}
