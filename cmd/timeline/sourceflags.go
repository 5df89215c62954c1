package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/timeline-dev/timeline/timeline/source"
)

// sourceFlags say how inputs are found and read; ingest and tag share them
// since both read through timeline/source.
type sourceFlags struct {
	include []string
	exclude []string
	fields  []string
	maxSize int64
}

func (f *sourceFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringArrayVar(&f.include, "include", nil, "only files matching this glob (repeatable)")
	cmd.Flags().StringArrayVar(&f.exclude, "exclude", nil, "skip files matching this glob (repeatable)")
	cmd.Flags().StringArrayVar(&f.fields, "field", nil, "JSON field for a role, e.g. text=body (roles: text, published, title, url, id)")
	cmd.Flags().Int64Var(&f.maxSize, "max-size", source.DefaultMaxSize, "largest file or JSON record read, in bytes")
}

// options returns the source options the flags give, each value checked
// here so that a bad one is a usage error naming its flag.
func (f *sourceFlags) options(e *env, published time.Time) (source.Options, error) {
	// Zero or less would mean the default, or no limit at all, to the
	// reader: a number given on purpose must be a size.
	if f.maxSize <= 0 {
		return source.Options{}, usagef("--max-size %d: want a size in bytes above 0 (default %d)", f.maxSize, source.DefaultMaxSize)
	}
	opt := source.Options{Published: published, Include: f.include, Exclude: f.exclude, MaxSize: f.maxSize, Now: e.now(), Stdin: e.stdin}
	for _, kv := range f.fields {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" || v == "" {
			return opt, usagef("--field %q: want ROLE=NAME, e.g. text=body", kv)
		}
		one := map[string]string{k: v}
		if err := (source.Options{Fields: one}).Validate(); err != nil {
			return opt, usageOf(err, fmt.Sprintf("--field %q", kv))
		}
		if opt.Fields == nil {
			opt.Fields = map[string]string{}
		}
		opt.Fields[k] = v
	}
	for _, g := range []struct {
		flag     string
		patterns []string
	}{{"--include", f.include}, {"--exclude", f.exclude}} {
		for _, p := range g.patterns {
			if err := (source.Options{Include: []string{p}}).Validate(); err != nil {
				return opt, usageOf(err, g.flag)
			}
		}
	}
	return opt, nil
}

// parseDay reads the value of a date flag such as --published; "" is the
// zero time, for not given.
func parseDay(flag, value string) (time.Time, error) {
	if value == "" {
		return time.Time{}, nil
	}
	t, err := source.ParseDate(value)
	if err != nil {
		return time.Time{}, usagef("%s %q: %v", flag, value, err)
	}
	return t, nil
}
