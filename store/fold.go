package store

import (
	"database/sql/driver"
	"strings"

	"modernc.org/sqlite"
)

// containsFold is the SQL function behind the name filters (--doc, --actor,
// --place): SQLite's LIKE folds case for ASCII letters only, so "édouard"
// would miss "Édouard" and "öcalan" "Öcalan". containsFold(text, part) is 1
// when text holds part, whatever the case of any letter, else 0 (also for
// NULL).
const containsFold = "timeline_contains_fold"

func init() {
	sqlite.MustRegisterDeterministicScalarFunction(containsFold, 2, func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
		text, ok1 := textArg(args[0])
		part, ok2 := textArg(args[1])
		if !ok1 || !ok2 || !strings.Contains(strings.ToLower(text), strings.ToLower(part)) {
			return int64(0), nil
		}
		return int64(1), nil
	})
}

// textArg reads a TEXT (or BLOB) argument; NULL and numbers are no text.
func textArg(v driver.Value) (string, bool) {
	switch v := v.(type) {
	case string:
		return v, true
	case []byte:
		return string(v), true
	}
	return "", false
}
