package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// read runs ReadFile on data named name and returns every item. It reads
// it a second time with Options.Defer, parsing each item afterwards, and
// fails unless that gives the same items.
func read(t *testing.T, name, data string, opt Options) []Item {
	t.Helper()
	var items, deferred []Item
	err := ReadFile(context.Background(), name, strings.NewReader(data), opt, func(it Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatalf("ReadFile(%s): %v", name, err)
	}
	opt.Defer = true
	err = ReadFile(context.Background(), name, strings.NewReader(data), opt, func(it Item) error {
		deferred = append(deferred, it)
		return nil
	})
	if err != nil {
		t.Fatalf("ReadFile(%s) with Defer: %v", name, err)
	}
	for i := range deferred {
		deferred[i] = deferred[i].Parse()
	}
	if !reflect.DeepEqual(deferred, items) {
		t.Fatalf("ReadFile(%s) with Defer, then Parse:\n%s\nwithout Defer:\n%s", name, describe(deferred), describe(items))
	}
	checkItems(t, items)
	return items
}

// readOne runs ReadFile and requires exactly one item.
func readOne(t *testing.T, name, data string, opt Options) Item {
	t.Helper()
	items := read(t, name, data, opt)
	if len(items) != 1 {
		t.Fatalf("%s: got %d items, want 1: %s", name, len(items), describe(items))
	}
	return items[0]
}

// readDoc runs ReadFile and requires exactly one document.
func readDoc(t *testing.T, name, data string, opt Options) *timeline.Document {
	t.Helper()
	it := readOne(t, name, data, opt)
	if it.Err != nil {
		t.Fatalf("%s: unexpected error: %v", name, it.Err)
	}
	return it.Doc
}

// readErr runs ReadFile and requires exactly one item, an error whose
// message contains want.
func readErr(t *testing.T, name, data string, opt Options, want string) Item {
	t.Helper()
	it := readOne(t, name, data, opt)
	if it.Err == nil {
		t.Fatalf("%s: got a document, want error containing %q", name, want)
	}
	if !strings.Contains(it.Err.Error(), want) {
		t.Fatalf("%s: error %q does not contain %q", name, it.Err, want)
	}
	return it
}

// checkItems checks what holds for every item: an error or a document,
// never both; one-line messages starting with the source; documents with
// valid text and hash.
func checkItems(t *testing.T, items []Item) {
	t.Helper()
	for _, it := range items {
		if it.Err != nil && it.Doc != nil {
			t.Errorf("item has both Doc and Err: %v", it.Err)
		}
		if it.Err != nil {
			msg := it.Err.Error()
			if strings.Contains(msg, "\n") {
				t.Errorf("multi-line error %q", msg)
			}
			if timeline.ErrorCode(it.Err) == timeline.EINTERNAL {
				t.Errorf("error without a domain code: %v", it.Err)
			}
		}
		for _, w := range it.Warnings {
			if strings.Contains(w, "\n") {
				t.Errorf("multi-line warning %q", w)
			}
		}
		if it.Doc != nil {
			checkDoc(t, it.Doc)
		}
	}
}

func describe(items []Item) string {
	var b strings.Builder
	for _, it := range items {
		switch {
		case it.Err != nil:
			b.WriteString("[err " + it.Err.Error() + "]")
		case it.Doc != nil:
			b.WriteString("[doc " + it.Doc.Source + "]")
		default:
			b.WriteString("[warn " + strings.Join(it.Warnings, "; ") + "]")
		}
	}
	return b.String()
}

func date(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func hasWarning(it Item, substr string) bool {
	for _, w := range it.Warnings {
		if strings.Contains(w, substr) {
			return true
		}
	}
	return false
}

// gz compresses s.
func gz(s string) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	_, _ = w.Write([]byte(s))
	_ = w.Close()
	return b.String()
}
