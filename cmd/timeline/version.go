package main

import (
	"fmt"
	"runtime/debug"

	"github.com/timeline-dev/timeline/store"
	"github.com/timeline-dev/timeline/timeline/extract"
	"github.com/timeline-dev/timeline/timeline/temporal"
)

// versionText is what --version prints: the program's version, and the
// versions that say what a database it writes holds: the tagger's and the
// extractor's (reindex re-extracts documents made by others) and the
// schema's.
func versionText() string {
	return fmt.Sprintf("timeline %s\ntagger %s\nextractor %s\nschema %d\n",
		programVersion(), temporal.Version, extract.Version, store.SchemaVersion())
}

// programVersion is the module version the binary was built from ("devel"
// for a build from a working tree), with its commit when the build
// recorded one.
func programVersion() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	v := info.Main.Version
	if v == "" || v == "(devel)" {
		v = "devel"
	}
	var commit string
	modified := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			commit = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if len(commit) > 12 {
		commit = commit[:12]
	}
	if commit != "" {
		v += " (commit " + commit
		if modified {
			v += ", modified"
		}
		v += ")"
	}
	return v
}
