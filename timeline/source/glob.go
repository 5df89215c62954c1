package source

import (
	"path"
	"path/filepath"
	"strings"
)

// matchGlob matches a pattern without a slash against a base name, and one
// with a slash against a slash-separated relative path, where a "**"
// segment stands for any number of directories.
func matchGlob(pattern, rel, name string) bool {
	if !strings.Contains(pattern, "/") {
		ok, _ := filepath.Match(pattern, name)
		return ok
	}
	return matchSegments(strings.Split(strings.Trim(pattern, "/"), "/"), strings.Split(rel, "/"))
}

func matchSegments(pattern, parts []string) bool {
	for len(pattern) > 0 {
		if pattern[0] == "**" {
			for i := 0; i <= len(parts); i++ {
				if matchSegments(pattern[1:], parts[i:]) {
					return true
				}
			}
			return false
		}
		if len(parts) == 0 {
			return false
		}
		if ok, _ := path.Match(pattern[0], parts[0]); !ok {
			return false
		}
		pattern, parts = pattern[1:], parts[1:]
	}
	return len(parts) == 0
}

// matchAny reports whether any of patterns matches.
func matchAny(patterns []string, rel, name string) bool {
	for _, p := range patterns {
		if matchGlob(p, rel, name) {
			return true
		}
	}
	return false
}

// walkable reports the files a directory walk reads without an Include
// pattern: the known formats, compressed or not, XML (sniffed for TimeML)
// and files without an extension, which corpora often use.
func walkable(name string) bool {
	name = strings.ToLower(name)
	name = strings.TrimSuffix(name, ".gz")
	ext := filepath.Ext(name)
	if ext == "" || ext == ".xml" {
		return true
	}
	_, ok := extensions[ext]
	return ok
}
