package source

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

// tree writes files under a new temporary directory and returns it.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, data := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// walk runs Walk and returns every item. Like read, it walks a second
// time with Options.Defer and fails unless parsing those items gives the
// same ones.
func walk(t *testing.T, paths []string, opt Options) []Item {
	t.Helper()
	var stdin []byte
	if opt.Stdin != nil { // read twice
		var err error
		if stdin, err = io.ReadAll(opt.Stdin); err != nil {
			t.Fatal(err)
		}
		opt.Stdin = bytes.NewReader(stdin)
	}
	items := walkAll(t, paths, opt)
	opt.Defer = true
	if opt.Stdin != nil {
		opt.Stdin = bytes.NewReader(stdin)
	}
	if deferred := walkAll(t, paths, opt); !reflect.DeepEqual(deferred, items) {
		t.Fatalf("Walk with Defer, then Parse:\n%s\nwithout Defer:\n%s", describe(deferred), describe(items))
	}
	checkItems(t, items)
	return items
}

// walkAll runs Walk and returns every item, parsed.
func walkAll(t *testing.T, paths []string, opt Options) []Item {
	t.Helper()
	var items []Item
	if err := Walk(context.Background(), paths, opt, func(it Item) error {
		items = append(items, it.Parse())
		return nil
	}); err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return items
}

// rel describes items with root replaced by "ROOT", for comparisons.
func rel(root string, items []Item) string {
	return strings.ReplaceAll(describe(items), root, "ROOT")
}

var corpus = map[string]string{
	"a.txt":               "Alpha text.",
	"b.html":              "<html><body><p>Beta text in a page.</p></body></html>",
	"sub/c.jsonl":         `{"text":"Gamma."}` + "\n" + `{"text":"Delta."}` + "\n",
	"sub/deeper/d.md":     "Epsilon.",
	"sub/deeper/notes":    "No extension: read as text.",
	".hidden.txt":         "hidden file",
	".git/config.txt":     "hidden directory",
	"sub/.cache/e.txt":    "hidden directory below",
	"image.png":           "\x89PNG\r\n\x1a\n\x00\x00",
	"data.csv":            "a,b\n1,2\n",
	"sub/deeper/f.tml":    "<TimeML><TEXT>Zeta.</TEXT></TimeML>",
	"sub/deeper/g.xml":    "<TimeML><TEXT>Eta.</TEXT></TimeML>",
	"z.json":              `[{"text":"Theta."}]`,
	"drafts/draft.txt":    "Draft.",
	"sub/drafts/old.html": "<html><body><p>Old.</p></body></html>",
}

func TestWalkDirectory(t *testing.T) {
	root := tree(t, corpus)
	got := rel(root, walk(t, []string{root}, Options{}))
	want := "[doc ROOT/a.txt][doc ROOT/b.html][doc ROOT/drafts/draft.txt]" +
		"[doc ROOT/sub/c.jsonl:1][doc ROOT/sub/c.jsonl:2]" +
		"[doc ROOT/sub/deeper/d.md][doc ROOT/sub/deeper/f.tml][doc ROOT/sub/deeper/g.xml][doc ROOT/sub/deeper/notes]" +
		"[doc ROOT/sub/drafts/old.html][doc ROOT/z.json[0]]"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestWalkIncludeExclude(t *testing.T) {
	root := tree(t, corpus)
	for _, c := range []struct {
		name             string
		include, exclude []string
		want             string
	}{
		{"include base name", []string{"*.html"}, nil, "[doc ROOT/b.html][doc ROOT/sub/drafts/old.html]"},
		{"include reads any extension", []string{"*.csv"}, nil, "[doc ROOT/data.csv]"},
		{"include path", []string{"sub/deeper/*"}, nil, "[doc ROOT/sub/deeper/d.md][doc ROOT/sub/deeper/f.tml][doc ROOT/sub/deeper/g.xml][doc ROOT/sub/deeper/notes]"},
		{"include **", []string{"**/drafts/*"}, nil, "[doc ROOT/drafts/draft.txt][doc ROOT/sub/drafts/old.html]"},
		{"exclude directory by name", nil, []string{"drafts", "deeper"}, "[doc ROOT/a.txt][doc ROOT/b.html][doc ROOT/sub/c.jsonl:1][doc ROOT/sub/c.jsonl:2][doc ROOT/z.json[0]]"},
		{"exclude files", []string{"*.txt", "*.html"}, []string{"sub/**"}, "[doc ROOT/a.txt][doc ROOT/b.html][doc ROOT/drafts/draft.txt]"},
		{"no match warns", []string{"*.pdf"}, nil, "[warn ROOT: no file matching *.pdf]"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := rel(root, walk(t, []string{root}, Options{Include: c.include, Exclude: c.exclude}))
			if got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}

func TestWalkBadPattern(t *testing.T) {
	err := Walk(context.Background(), []string{"."}, Options{Include: []string{"[a-"}}, func(Item) error { return nil })
	if timeline.ErrorCode(err) != timeline.EINVALID {
		t.Errorf("got %v", err)
	}
}

func TestWalkEmptyDirectory(t *testing.T) {
	root := tree(t, map[string]string{".only-hidden": "x", "pic.jpg": "x"})
	got := rel(root, walk(t, []string{root}, Options{}))
	if got != "[warn ROOT: no matching files]" {
		t.Errorf("got %s", got)
	}
}

// TestWalkBadFilesDoNotStopOthers gives Walk one of each bad input among
// good ones: each bad one is an error naming it, and every good one is
// still read.
func TestWalkBadFilesDoNotStopOthers(t *testing.T) {
	root := tree(t, map[string]string{
		"01-good.txt":        "Good one.",
		"02-empty.txt":       "",
		"03-blank.txt":       "  \n\n ",
		"04-binary.txt":      "PK\x03\x04\x00\x00binary",
		"05-latin1.txt":      "caf\xe9",
		"06-bad-date.txt":    "published: 2025-02-30\n\nText.",
		"07-no-article.html": "<html><body></body></html>",
		"08-big.txt":         strings.Repeat("word ", 400),
		"09-bad.jsonl":       "{\"text\":\"ok\"}\nnot json\n",
		"10-good.html":       "<html><body><p>Good two.</p></body></html>",
		"11-locked.txt":      "Locked.",
	})
	w := &walker{opt: Options{MaxSize: 1000}, visited: map[string]bool{}, slots: make(chan struct{}, 2)}
	w.open = func(name string) (io.ReadCloser, error) {
		if strings.HasSuffix(name, "11-locked.txt") { // as chmod 000 does, even for root
			return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
		}
		return os.Open(name)
	}
	var items []Item
	w.out = func(it Item) error { items = append(items, it); return nil }
	missing := filepath.Join(root, "missing.txt")
	if err := w.walk(context.Background(), []string{root, missing, filepath.Join(root, "01-good.txt")}); err != nil {
		t.Fatal(err)
	}
	if err := w.drain(0); err != nil {
		t.Fatal(err)
	}
	checkItems(t, items)
	want := []string{
		"doc ROOT/01-good.txt",
		"err ROOT/02-empty.txt: empty file",
		"err ROOT/03-blank.txt: empty file (only whitespace)",
		"err ROOT/04-binary.txt: binary data (NUL byte at offset 4)",
		"err ROOT/05-latin1.txt:1: invalid UTF-8 at byte offset 3",
		`err ROOT/06-bad-date.txt: impossible date "2025-02-30"`,
		"err ROOT/07-no-article.html: no article text",
		"err ROOT/08-big.txt: file is 2 KB, over the size limit of 1000 bytes",
		"doc ROOT/09-bad.jsonl:1",
		"err ROOT/09-bad.jsonl:2: invalid JSON",
		"doc ROOT/10-good.html",
		"err ROOT/11-locked.txt: permission denied",
		"err ROOT/missing.txt: no such file or directory",
		"doc ROOT/01-good.txt",
	}
	if len(items) != len(want) {
		t.Fatalf("got %d items, want %d: %s", len(items), len(want), rel(root, items))
	}
	for i, w := range want {
		if got := rel(root, items[i:i+1]); !strings.Contains(got, w) {
			t.Errorf("item %d = %s, want %s", i, got, w)
		}
	}
	if code := timeline.ErrorCode(items[12].Err); code != timeline.ENOTFOUND {
		t.Errorf("missing file: code %q, want %q", code, timeline.ENOTFOUND)
	}
}

func TestWalkPermissionDenied(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads any file; TestWalkBadFilesDoNotStopOthers fakes the error instead")
	}
	root := tree(t, map[string]string{"locked.txt": "x", "sub/x.txt": "y"})
	if err := os.Chmod(filepath.Join(root, "locked.txt"), 0); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(root, "sub"), 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(filepath.Join(root, "sub"), 0o755) })
	got := rel(root, walk(t, []string{root}, Options{}))
	if got != "[err ROOT/locked.txt: permission denied][err ROOT/sub: permission denied]" {
		t.Errorf("got %s", got)
	}
}

func TestWalkSymlinks(t *testing.T) {
	root := tree(t, map[string]string{"dir/a.txt": "Alpha.", "other/b.txt": "Beta."})
	link := func(target, name string) {
		t.Helper()
		if err := os.Symlink(target, filepath.Join(root, name)); err != nil {
			t.Skipf("symlinks unavailable: %v", err)
		}
	}
	link("..", "dir/up")                // a loop back to the root
	link(".", "dir/self")               // a loop to itself
	link("../other", "dir/to-other")    // a real directory, walked
	link("../other/b.txt", "dir/b.txt") // a file
	link("nowhere.txt", "dir/broken.txt")
	link("spin.txt", "dir/spin.txt") // a link to itself: ELOOP
	got := rel(root, walk(t, []string{root}, Options{}))
	want := "[doc ROOT/dir/a.txt][doc ROOT/dir/b.txt]" +
		"[err ROOT/dir/broken.txt: broken symbolic link]" +
		"[err ROOT/dir/self: symlink loop: it leads back to ROOT/dir, which contains it]" +
		"[err ROOT/dir/spin.txt: symlink loop]" +
		"[doc ROOT/dir/to-other/b.txt]" +
		"[err ROOT/dir/up: symlink loop: it leads back to ROOT, which contains it]"
	// other/ was already walked through dir/to-other, so it is not walked again.
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	// A symlink loop named on the command line.
	got = rel(root, walk(t, []string{filepath.Join(root, "dir/spin.txt")}, Options{}))
	if got != "[err ROOT/dir/spin.txt: symlink loop]" {
		t.Errorf("got %s", got)
	}
}

func TestWalkGzip(t *testing.T) {
	root := tree(t, map[string]string{
		"a.jsonl.gz": gz("{\"text\":\"one\"}\n{\"text\":\"two\"}\n"),
		"b.txt.gz":   gz("title: B\n\nBee."),
		"c.html.gz":  gz("<html><body><p>Sea.</p></body></html>"),
		"d.gz":       gz("<html><body><p>Sniffed.</p></body></html>"),
		"e.txt":      gz("gzip under a plain name"), // magic bytes win
	})
	items := walk(t, []string{root}, Options{})
	got := rel(root, items)
	want := "[doc ROOT/a.jsonl.gz:1][doc ROOT/a.jsonl.gz:2][doc ROOT/b.txt.gz][doc ROOT/c.html.gz][doc ROOT/d.gz][doc ROOT/e.txt]"
	if got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
	if d := items[2].Doc; d.Title != "B" || d.Text != "Bee." {
		t.Errorf("b.txt.gz: %+v", d)
	}
	if d := items[4].Doc; d.Text != "Sniffed." {
		t.Errorf("d.gz: %+v", d)
	}
}

func TestWalkStdin(t *testing.T) {
	in := strings.NewReader("{\"text\":\"one\"}\n{\"text\":\"two\"}\n")
	got := describe(walk(t, []string{"-"}, Options{Stdin: in}))
	if got != "[doc -:1][doc -:2]" {
		t.Errorf("got %s", got)
	}
	in = strings.NewReader("title: From a pipe\n\nText.")
	items := walk(t, []string{"-"}, Options{Stdin: in})
	if len(items) != 1 || items[0].Doc == nil || items[0].Doc.Title != "From a pipe" || items[0].Doc.Source != "-" {
		t.Errorf("got %s", describe(items))
	}
	in = strings.NewReader(gz("<html><body><p>Compressed page.</p></body></html>"))
	if got := describe(walk(t, []string{"-"}, Options{Stdin: in})); got != "[doc -]" {
		t.Errorf("got %s", got)
	}
}

// TestWalkStdinName checks that a name given to standard input is its
// source and picks its format as a file name does: "{" opens a text here.
func TestWalkStdinName(t *testing.T) {
	in := strings.NewReader("{\"text\":\"one\"}\n{\"text\":\"two\"}\n")
	if got := describe(walk(t, []string{"-"}, Options{Stdin: in, StdinName: "<stdin>"})); got != "[doc <stdin>:1][doc <stdin>:2]" {
		t.Errorf("got %s", got)
	}
	in = strings.NewReader("{not JSON} on Monday.")
	items := walk(t, []string{"-"}, Options{Stdin: in, StdinName: "sample/note.txt"})
	if len(items) != 1 || items[0].Doc == nil || items[0].Doc.Source != "sample/note.txt" {
		t.Errorf("got %s", describe(items))
	}
}

func TestWalkStops(t *testing.T) {
	root := tree(t, map[string]string{"a.txt": "A.", "b.txt": "B.", "c.jsonl": "{\"text\":\"x\"}\n{\"text\":\"y\"}\n"})
	stop := errors.New("stop")
	n := 0
	err := Walk(context.Background(), []string{root}, Options{}, func(Item) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 2 {
		t.Errorf("emit error: got %v after %d items", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = Walk(ctx, []string{root}, Options{}, func(Item) error {
		n++
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("cancel: got %v after %d items", err, n)
	}
}

func TestWalkFileTooBig(t *testing.T) {
	root := tree(t, map[string]string{"big.txt": strings.Repeat("x", 3<<20+1<<19)})
	got := rel(root, walk(t, []string{root}, Options{MaxSize: 1 << 20}))
	if got != "[err ROOT/big.txt: file is 3.5 MB, over the size limit of 1 MB]" {
		t.Errorf("got %s", got)
	}
}

// TestItemFile checks that every item names the file it comes from, which
// is the Source of a document that is the whole file.
func TestItemFile(t *testing.T) {
	root := tree(t, map[string]string{"a.txt": "Alpha.", "b.jsonl": "{\"text\":\"One.\"}\n{\"text\":\"\"}\n", "c.json": `[{"text":"Two."}]`})
	missing := filepath.Join(root, "none.txt")
	var got []string
	for _, it := range walk(t, []string{root, missing}, Options{}) {
		what := "err"
		if it.Doc != nil {
			what = it.Doc.Source
		}
		got = append(got, strings.ReplaceAll(it.File+" "+what, root, "ROOT"))
	}
	want := "ROOT/a.txt ROOT/a.txt|ROOT/b.jsonl ROOT/b.jsonl:1|ROOT/b.jsonl err|ROOT/c.json ROOT/c.json[0]|ROOT/none.txt err"
	if strings.Join(got, "|") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, "|"), want)
	}
}
