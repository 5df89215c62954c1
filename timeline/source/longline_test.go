package source

import (
	"context"
	"strings"
	"testing"
)

// TestLongFirstJSONLine: JSON Lines whose first record is longer than the
// sniffed window are still read as JSON Lines, from a name without an
// extension (standard input) or a .json name.
func TestLongFirstJSONLine(t *testing.T) {
	long := strings.Repeat("The council met on Monday. ", 1000)
	data := `{"id":"1","published":"2025-05-19","text":"` + long + `"}` + "\n" +
		`{"id":"2","published":"2025-05-19","text":"Talks resume on Friday."}` + "\n"
	for _, name := range []string{"-", "export.json"} {
		var docs, errs int
		err := ReadFile(context.Background(), name, strings.NewReader(data), Options{}, func(it Item) error {
			if it.Err != nil {
				errs++
				t.Logf("%s: %v", name, it.Err)
			} else if it.Doc != nil {
				docs++
			}
			return nil
		})
		if err != nil || docs != 2 || errs != 0 {
			t.Errorf("%s: %d documents, %d errors, err %v; want 2, 0", name, docs, errs, err)
		}
	}
}
