package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline"
)

// sqlCommand is `timeline sql`: one read-only statement, its rows printed.
type sqlCommand struct {
	env    *env
	db     string
	format string
	params []string
	query  string
}

func (c *sqlCommand) command() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "sql QUERY",
		Short: "Run one read-only SQL statement (see `timeline schema`)",
		Long: `Runs one SQL statement on a read-only connection. Writes of any kind
(INSERT, UPDATE, DELETE, DROP, ATTACH, PRAGMA assignments) are refused with
exit status 2 and leave the database unchanged.`,
		Example: `  timeline sql "SELECT date, event FROM timeline WHERE date LIKE '2025%'"
  timeline sql --param 2025-05-01 "SELECT * FROM timeline WHERE start >= ?" --format csv`,
		Args: usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			c.query = args[0]
			return c.run(cmd.Context())
		},
	}
	addDBFlag(cmd, c.env, &c.db)
	cmd.Flags().StringVarP(&c.format, "format", "f", "table", "table, csv or json")
	cmd.Flags().StringArrayVarP(&c.params, "param", "p", nil, "bound parameter for the next ? (repeatable)")
	return cmd
}

func (c *sqlCommand) run(ctx context.Context) error {
	switch c.format {
	case "table", "csv", "json":
	default:
		return usagef("unknown format %q: want table, csv or json", c.format)
	}
	if want := sqlParameters(c.query); want != len(c.params) {
		return usagef("the statement has %d parameter%s and %d --param %s given: give one --param per parameter",
			want, plural(want), len(c.params), wasWere(len(c.params)))
	}
	return withReadOnly(ctx, c.db, func(d *store.DB) error {
		bound := make([]any, len(c.params))
		for i, p := range c.params {
			bound[i] = p
		}
		rows, err := d.Query(ctx, c.query, bound...)
		if timeline.ErrorCode(err) == timeline.EINVALID {
			return &usageError{err} // a bad statement is refused like a write
		} else if err != nil {
			return err
		}
		defer rows.Close()
		return writeRows(c.env.stdout, c.format, rows)
	})
}

// wasWere agrees with a count.
func wasWere(n int) string {
	if n == 1 {
		return "was"
	}
	return "were"
}

// writeRows prints query results; table output is aligned, csv has a
// header row, json is an array of objects keyed by column.
func writeRows(w io.Writer, format string, rows *store.Rows) error {
	cols := rows.Columns()
	switch format {
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(cols); err != nil {
			return err
		}
		for rows.Next() {
			if err := cw.Write(cellStrings(rows.Values())); err != nil {
				return err
			}
		}
		cw.Flush()
		if err := rows.Err(); err != nil {
			return err
		}
		return cw.Error()
	case "json":
		if _, err := io.WriteString(w, "["); err != nil {
			return err
		}
		n := 0
		for rows.Next() {
			obj := make(map[string]any, len(cols))
			for i, v := range rows.Values() {
				if b, ok := v.([]byte); ok {
					v = string(b)
				}
				obj[cols[i]] = v
			}
			b, err := json.Marshal(obj)
			if err != nil {
				return err
			}
			sep := "\n"
			if n > 0 {
				sep = ",\n"
			}
			if _, err := io.WriteString(w, sep+string(b)); err != nil {
				return err
			}
			n++
		}
		if err := rows.Err(); err != nil {
			return err
		}
		_, err := io.WriteString(w, "\n]\n")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(cols, "\t"))
	for rows.Next() {
		cells := cellStrings(rows.Values())
		for i, c := range cells {
			cells[i] = strings.NewReplacer("\t", " ", "\n", " ").Replace(c)
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	if err := rows.Err(); err != nil {
		return err
	}
	return tw.Flush()
}

func cellStrings(vals []any) []string {
	out := make([]string, len(vals))
	for i, v := range vals {
		switch x := v.(type) {
		case nil:
			out[i] = ""
		case []byte:
			out[i] = string(x)
		default:
			out[i] = fmt.Sprint(x)
		}
	}
	return out
}
