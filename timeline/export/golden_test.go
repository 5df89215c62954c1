package export

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/golden from the current output")

// render writes rows in format and returns the output.
func render(t *testing.T, format string, opt Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := New(format, &buf, opt)
	if err != nil {
		t.Fatal(err)
	}
	rows := fixture()
	for i := range rows {
		if err := w.Write(&rows[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// goldenOptions is what each golden file was written with: explain is on
// for the human formats so that the golden files show it too.
var goldenOptions = map[string]Options{
	FormatCSV:        {},
	FormatJSON:       {},
	FormatJSONL:      {Explain: true},
	FormatMarkdown:   {Title: "Geneva talks"},
	FormatTable:      {Explain: true, Width: 100},
	FormatTimelineJS: {Title: "Geneva talks", GroupBy: GroupByDocument},
	FormatHTML:       {Title: "Geneva talks", Explain: true},
}

func TestGolden(t *testing.T) {
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			got := render(t, format, goldenOptions[format])
			path := filepath.Join("testdata", "golden", format+".golden")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s (run go test -update and review the diff)\n--- got ---\n%s", format, path, got)
			}
		})
	}
}
