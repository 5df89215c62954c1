package export

import (
	"bytes"
	"context"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// chromiumTimeout bounds every Chromium run, so that a hung browser fails
// the test instead of wedging the suite.
const chromiumTimeout = 60 * time.Second

// chromium finds a Chromium binary, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("Chromium not found (/usr/bin/chromium or chromium in PATH): skipping the browser test of the HTML export; install it with: apt-get install -y chromium")
	return ""
}

// runChromium runs headless Chromium with args and returns its stdout.
func runChromium(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), chromiumTimeout)
	defer cancel()
	base := []string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + t.TempDir(),
	}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	cmd.WaitDelay = 5 * time.Second // don't wait on pipes a stray child keeps open
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("chromium did not finish within %v\n%s", chromiumTimeout, lastLines(stderr.String(), 20))
	}
	if err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, lastLines(stderr.String(), 20))
	}
	return stdout.Bytes()
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// browserRows is the fixture plus a row that tries to inject markup.
func browserRows() []timeline.Row {
	rows := fixture()
	rows = append(rows, timeline.Row{
		EventID: 99, DocumentID: 9, Date: "2025-05-23", Type: timeline.TypeDate,
		Start: day(2025, 5, 23), End: day(2025, 5, 24), Granularity: timeline.GranularityDay,
		Event:    `<img src=x onerror="document.title='pwned'"> hostile`,
		Evidence: `</script><script>document.title='pwned'</script> on Friday`, Expression: "on Friday",
		Document: "Hostile <b>blog</b>", URL: "javascript:document.title='pwned'",
	})
	return rows
}

// writePage writes the HTML export of rows to dir and returns its file URL.
func writePage(t *testing.T, dir string, rows []timeline.Row) string {
	t.Helper()
	path := filepath.Join(dir, "timeline.html")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w, err := New(FormatHTML, f, Options{Title: "Geneva talks", Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	for i := range rows {
		if err := w.Write(&rows[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return "file://" + path
}

var (
	eventTag = regexp.MustCompile(`<article\b[^>]*\bdata-testid="event"[^>]*>`)
	attr     = func(tag, name string) string {
		m := regexp.MustCompile(`\b` + name + `="([^"]*)"`).FindStringSubmatch(tag)
		if m == nil {
			return ""
		}
		return m[1]
	}
	dateTag = regexp.MustCompile(`<time[^>]*data-testid="event-date"[^>]*>([^<]*)</time>`)
	yearTag = regexp.MustCompile(`data-testid="year"[^>]*><h2>([^<]*)</h2>`)
)

// expectedOrder is the page's event ids and date labels in timeline order.
func expectedOrder(rows []timeline.Row) (ids, labels []string) {
	rows = slices.Clone(rows)
	sortForPage(rows)
	for i := range rows {
		ids = append(ids, newPageEvent(&rows[i], false, i).ID)
		labels = append(labels, DisplayWhen(&rows[i]))
	}
	return ids, labels
}

func TestHTMLInChromium(t *testing.T) {
	bin := chromium(t)
	dir := t.TempDir()
	rows := browserRows()
	page := writePage(t, dir, rows)
	wantIDs, wantLabels := expectedOrder(rows)

	t.Run("renders events in order", func(t *testing.T) {
		dom := string(runChromium(t, bin, "--dump-dom", page))
		tags := eventTag.FindAllString(dom, -1)
		var ids, starts []string
		for _, tag := range tags {
			ids = append(ids, attr(tag, "data-id"))
			if s := attr(tag, "data-start"); s != "" {
				starts = append(starts, s)
			}
		}
		if !slices.Equal(ids, wantIDs) {
			t.Fatalf("rendered events %v, want %v in timeline order", ids, wantIDs)
		}
		if !slices.IsSortedFunc(starts, func(a, b string) int { return strings.Compare(a[:10], b[:10]) }) {
			t.Errorf("event starts not in order: %v", starts)
		}
		var labels []string
		for _, m := range dateTag.FindAllStringSubmatch(dom, -1) {
			labels = append(labels, m[1])
		}
		if !slices.Equal(labels, wantLabels) {
			t.Errorf("date labels %q, want %q", labels, wantLabels)
		}
		var years []string
		for _, m := range yearTag.FindAllStringSubmatch(dom, -1) {
			years = append(years, m[1])
		}
		if want := []string{"1990s", "2020", "2024", "2025", "Undated"}; !slices.Equal(years, want) {
			t.Errorf("year headings %q, want %q", years, want)
		}
		if n := strings.Count(dom, `data-testid="overview-item"`); n != len(rows)-1 {
			t.Errorf("overview shows %d events, want the %d dated ones", n, len(rows)-1)
		}
		if !strings.Contains(dom, "<title>Geneva talks</title>") {
			t.Errorf("page title changed: injected script ran?")
		}
		if strings.Contains(dom, "<img") || strings.Contains(dom, `href="javascript:`) {
			t.Errorf("row text became markup or a javascript: link")
		}
		if !strings.Contains(dom, `&lt;img src=x onerror="document.title='pwned'"&gt; hostile`) {
			t.Errorf("hostile phrase not shown as text")
		}
		// Events the text does not simply assert say so on their card.
		if n := strings.Count(dom, `data-testid="event-qualifier"`); n != 2 ||
			!strings.Contains(dom, ">counterfactual, negated</span>") || !strings.Contains(dom, ">planned</span>") {
			t.Errorf("%d qualifier badges, want counterfactual, negated and planned", n)
		}
	})

	t.Run("search filters as you type", func(t *testing.T) {
		// #q= prefills the search box, as a shared link would.
		dom := string(runChromium(t, bin, "--dump-dom", page+"#q=geneva"))
		var visible []string
		for _, tag := range eventTag.FindAllString(dom, -1) {
			if !strings.Contains(tag, " hidden") {
				visible = append(visible, attr(tag, "data-id"))
			}
		}
		if want := []string{"e17", "e7", "e19", "e18", "e13", "e14", "e16"}; !slices.Equal(visible, want) {
			t.Errorf("visible after searching geneva: %v, want %v", visible, want)
		}
		if !strings.Contains(dom, "Showing 7 of 15 events") {
			t.Errorf("count not updated")
		}
	})

	t.Run("details panel", func(t *testing.T) {
		dom := string(runChromium(t, bin, "--dump-dom", page+"#e7"))
		if !strings.Contains(dom, `data-selected="e7"`) {
			t.Fatalf("#e7 did not select the event")
		}
		if n := strings.Count(dom, `data-testid="details-source"`); n != 2 {
			t.Errorf("details list %d sources, want 2", n)
		}
		if !strings.Contains(dom, "Sources disagree on the date") {
			t.Errorf("conflict not flagged in details")
		}
		// Who takes part, each with a role.
		if !strings.Contains(dom, `Donald Trump<span class="role">co-agent</span>`) {
			t.Errorf("details lack the participants with their roles")
		}
	})

	t.Run("screenshot", func(t *testing.T) {
		shot := filepath.Join(dir, "timeline.png")
		runChromium(t, bin, "--screenshot="+shot, "--window-size=1280,900", page)
		f, err := os.Open(shot)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		img, err := png.Decode(f)
		if err != nil {
			t.Fatal(err)
		}
		if b := img.Bounds(); b.Dx() != 1280 || b.Dy() != 900 {
			t.Errorf("screenshot is %v, want 1280x900", b)
		}
		// A blank or broken page has a handful of colours; a rendered
		// timeline has text, markers and highlights.
		colours := map[[4]uint32]bool{}
		b := img.Bounds()
		for y := b.Min.Y; y < b.Max.Y; y += 3 {
			for x := b.Min.X; x < b.Max.X; x += 3 {
				r, g, bl, a := img.At(x, y).RGBA()
				colours[[4]uint32{r, g, bl, a}] = true
			}
		}
		if len(colours) < 50 {
			t.Errorf("screenshot has %d colours: page looks blank", len(colours))
		}
		if dst := os.Getenv("TIMELINE_SCREENSHOT"); dst != "" {
			data, err := os.ReadFile(shot)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(dst, data, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("screenshot copied to %s", dst)
		}
	})
}
