package extract

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/internal/shared"
	"github.com/timeline-dev/timeline/timeline"
)

var update = flag.Bool("update", false, "rewrite testdata/identity.golden from the current output")

// identityCorpora are the shared corpora whose extraction the identity
// golden pins down.
var identityCorpora = []string{"silver.jsonl", "tbaq-timebank.jsonl", "tbaq-aquaint.jsonl", "casual-dev.jsonl"}

// TestOutputIdentity extracts every document of the shared corpora and
// compares a hash of its full event output (every field of every event)
// with testdata/identity.golden. It exists so that changes meant only to
// make the extractor faster can prove that they change no output; a rule
// change changes hashes on purpose and rewrites the golden with -update.
func TestOutputIdentity(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts the shared corpora")
	}
	var got strings.Builder
	for _, name := range identityCorpora {
		hashCorpus(t, &got, name)
	}
	path := filepath.Join("testdata", "identity.golden")
	if *update {
		if err := os.WriteFile(path, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run OutputIdentity -update to create it)", err)
	}
	want := strings.Split(string(b), "\n")
	have := strings.Split(got.String(), "\n")
	if len(want) != len(have) {
		t.Fatalf("%d documents, golden has %d (corpora changed? run with -update)", len(have), len(want))
	}
	bad := 0
	for i := range have {
		if have[i] != want[i] {
			if bad++; bad <= 10 {
				t.Errorf("output changed: %s, golden %s", have[i], want[i])
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d documents changed output", bad, len(have)-1)
	}
}

// hashCorpus appends one line per document of the JSON Lines corpus name:
// the corpus, the line number, the document's id and the hash of its
// events.
func hashCorpus(t *testing.T, w *strings.Builder, name string) {
	f, err := os.Open(shared.Path(t, "data/"+name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for line := 1; sc.Scan(); line++ {
		var d struct{ ID, Text, Dct string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("%s:%d: %v", name, line, err)
		}
		dct, _ := time.Parse("2006-01-02", d.Dct[:min(10, len(d.Dct))])
		_, evs := Process(&timeline.Document{Text: d.Text, Published: dct})
		fmt.Fprintf(w, "%s:%d %s %s\n", name, line, d.ID, hashEvents(t, evs))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// hashEvents hashes the JSON encoding of evs, which holds every field:
// timeline.Event and its parts hide none from encoding/json.
func hashEvents(t *testing.T, evs []timeline.Event) string {
	b, err := json.Marshal(evs)
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:12])
}
