package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
)

// docsRemoveCommand is `timeline docs rm`: documents removed with all
// that was extracted from them.
type docsRemoveCommand struct {
	env    *env
	db     string
	filter docFilterFlags
	dryRun bool
}

func (c *docsRemoveCommand) command() *cobra.Command {
	cmd := &cobra.Command{
		Use:     "rm [ID...]",
		Aliases: []string{"remove"},
		Short:   "Remove documents with their time expressions, events and the entities only they name",
		Long: `Removes the documents given by id, or selected by the filters, in one
transaction: with them go their other sources, time expressions, sentences,
events and their timeline rows, and the people, organisations and places
that no other document names. It prints what it removed; --dry-run prints
what it would remove and changes nothing.`,
		Example: `  timeline docs rm 3 7
  timeline docs rm --dry-run --source drafts/`,
		Args: usageArgs(idArgs),
		RunE: func(cmd *cobra.Command, args []string) error { return c.run(cmd.Context(), args) },
	}
	addDBFlag(cmd, c.env, &c.db)
	c.filter.add(cmd, "remove")
	cmd.Flags().BoolVarP(&c.dryRun, "dry-run", "n", false, "count what would be removed, and remove nothing")
	return cmd
}

func (c *docsRemoveCommand) run(ctx context.Context, args []string) error {
	if !c.filter.any(args) {
		return usagef("name the documents to remove: ids, or a filter (--title, --source, --from, --to, --undated)")
	}
	f, err := c.filter.documentFilter(args)
	if err != nil {
		return err
	}
	open := store.Open
	if c.dryRun {
		open = store.OpenReadOnly
	}
	d, err := open(ctx, c.db)
	if err != nil {
		return err
	}
	defer d.Close()
	list, _, err := d.ListDocuments(ctx, f)
	if err != nil {
		return err
	}
	ids := make([]int64, len(list))
	for i := range list {
		ids[i] = list[i].ID
	}
	if missing := missingIDs(f.IDs, ids); len(missing) > 0 {
		return timeline.Errorf(timeline.ENOTFOUND, "no document %s: nothing removed", strings.Join(missing, ", "))
	}
	if len(ids) == 0 {
		fmt.Fprintln(c.env.stderr, "no document matches: nothing removed")
		return nil
	}
	r, err := d.RemoveDocuments(ctx, ids, c.dryRun)
	if err != nil {
		return err
	}
	verb := "removed"
	if c.dryRun {
		verb = "would remove"
	}
	fmt.Fprintf(c.env.stderr, "%s %s: %s, %s, %s, %s, %s no other document names\n", verb,
		count(r.Documents, "document"), count(r.Sources, "other source"), count(r.Mentions, "time expression"),
		count(r.Sentences, "sentence"), count(r.Events, "event"), count(r.Entities, "entity"))
	return nil
}

// missingIDs returns the ids asked for and not found, as text.
func missingIDs(asked, found []int64) []string {
	have := map[int64]bool{}
	for _, id := range found {
		have[id] = true
	}
	var out []string
	for _, id := range asked {
		if !have[id] {
			out = append(out, fmt.Sprint(id))
			have[id] = true
		}
	}
	return out
}

// count says n things, in the plural when n is not 1.
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "y") {
		return fmt.Sprintf("%d %sies", n, strings.TrimSuffix(noun, "y"))
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
