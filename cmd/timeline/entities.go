package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
)

// entitiesCommand is `timeline entities`: who and where takes part in
// events.
type entitiesCommand struct {
	env    *env
	db     string
	kind   string
	format string
}

func (c *entitiesCommand) command() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "entities",
		Short: "List the people, organisations and places taking part in events, with their aliases and counts",
		Args:  usageArgs(cobra.NoArgs),
		RunE:  func(cmd *cobra.Command, _ []string) error { return c.run(cmd.Context()) },
	}
	addDBFlag(cmd, c.env, &c.db)
	cmd.Flags().StringVar(&c.kind, "kind", "", "person, organization or place")
	cmd.Flags().StringVarP(&c.format, "format", "f", "table", "table, csv, json or jsonl")
	return cmd
}

// entityRecord is an entity as the data formats write it.
type entityRecord struct {
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Aliases []string `json:"aliases"`
	Events  int      `json:"events"`
}

// aliasSep joins aliases in a table or CSV cell.
const aliasSep = "; "

func (c *entitiesCommand) run(ctx context.Context) error {
	switch c.format {
	case "table", "csv", "json", "jsonl":
	default:
		return usagef("--format %q: want table, csv, json or jsonl", c.format)
	}
	return withReadOnly(ctx, c.db, func(d *store.DB) error {
		list, err := d.Entities(ctx, timeline.EntityKind(c.kind))
		if err != nil {
			return err
		}
		return writeEntities(c.env.stdout, c.format, list)
	})
}

// writeEntities prints entities in format.
func writeEntities(w io.Writer, format string, list []store.EntityCount) error {
	recs := make([]entityRecord, len(list))
	for i, en := range list {
		recs[i] = entityRecord{Name: en.Name, Kind: string(en.Kind), Aliases: en.Aliases, Events: en.Events}
		if recs[i].Aliases == nil {
			recs[i].Aliases = []string{} // [] rather than null in JSON
		}
	}
	switch format {
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write([]string{"name", "kind", "aliases", "events"})
		for _, r := range recs {
			cw.Write([]string{r.Name, r.Kind, strings.Join(r.Aliases, aliasSep), strconv.Itoa(r.Events)})
		}
		cw.Flush()
		return cw.Error()
	case "json", "jsonl":
		return writeRecords(w, format, recs)
	}
	var b bytes.Buffer
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "EVENTS\tKIND\tNAME\tALIASES")
	for _, r := range recs {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\n", r.Events, r.Kind, r.Name, strings.Join(r.Aliases, aliasSep))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	// Most entities have no alias: no padding after their name.
	for line := range strings.Lines(b.String()) {
		if _, err := io.WriteString(w, strings.TrimRight(line, " \n")+"\n"); err != nil {
			return err
		}
	}
	return nil
}
