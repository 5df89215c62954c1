package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// page wraps head and body markup around enough article text for
// readability to find it.
func page(head, body string) string {
	return "<!DOCTYPE html><html><head>" + head + "</head><body>" +
		`<nav><a href="/">Home</a> <a href="/news">News</a></nav><article>` + body +
		"<p>The council voted on Monday to approve the plan after a long debate that divided the town.</p>" +
		"<p>Work is expected to start next spring and to last about two years, officials said.</p>" +
		"</article><footer>© Example</footer></body></html>"
}

func TestHTMLDates(t *testing.T) {
	for _, c := range []struct {
		name, head, body, want string
	}{
		{"article:published_time", `<meta property="article:published_time" content="2025-05-19T23:30:00-05:00">`, "", "2025-05-19"},
		{"og:published_time", `<meta property="og:published_time" content="2025-05-18">`, "", "2025-05-18"},
		{"itemprop datePublished", `<meta itemprop="datePublished" content="2025-05-17">`, "", "2025-05-17"},
		{"pubdate", `<meta name="pubdate" content="20250516">`, "", "2025-05-16"},
		{"publishdate", `<meta name="publishdate" content="2025-05-15 10:00:00">`, "", "2025-05-15"},
		{"date", `<meta name="date" content="May 14, 2025">`, "", "2025-05-14"},
		{"DC.date.issued", `<meta name="DC.date.issued" content="2025-05-13">`, "", "2025-05-13"},
		{"sailthru.date", `<meta name="sailthru.date" content="Mon, 12 May 2025 08:00:00 -0400">`, "", "2025-05-12"},
		{"parsely-pub-date", `<meta name="parsely-pub-date" content="2025-05-11T08:00:00Z">`, "", "2025-05-11"},
		{"JSON-LD object", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2025-05-10T09:00:00+02:00"}</script>`, "", "2025-05-10"},
		{"JSON-LD array", `<script type="application/ld+json">[{"@type":"WebPage","datePublished":"2001-01-01"},{"@type":"Article","datePublished":"2025-05-09"}]</script>`, "", "2025-05-09"},
		{"JSON-LD @graph", `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","datePublished":"2001-01-01"},{"@type":["NewsArticle","Article"],"datePublished":"2025-05-08"}]}</script>`, "", "2025-05-08"},
		{"JSON-LD without article type", `<script type="application/ld+json">{"@type":"WebPage","datePublished":"2025-05-07"}</script>`, "", "2025-05-07"},
		{"JSON-LD in CDATA", `<script type="application/ld+json"><![CDATA[{"@type":"BlogPosting","datePublished":"2025-05-06"}]]></script>`, "", "2025-05-06"},
		{"broken JSON-LD skipped", `<script type="application/ld+json">{"@type":</script><meta name="date" content="2025-05-05">`, "", "2025-05-05"},
		{"time pubdate", "", `<p><time datetime="2025-01-01">x</time></p><time pubdate datetime="2025-05-04T10:00">May 4</time>`, "2025-05-04"},
		{"time in article over time elsewhere", "", `<time datetime="2025-05-03">May 3</time>`, "2025-05-03"},
		{"meta over JSON-LD over time", `<meta property="article:published_time" content="2025-05-02"><script type="application/ld+json">{"@type":"Article","datePublished":"2025-04-01"}</script>`, `<time datetime="2025-03-01">x</time>`, "2025-05-02"},
		{"JSON-LD over generic date meta", `<meta name="date" content="2025-04-01"><script type="application/ld+json">{"@type":"Article","datePublished":"2025-05-01"}</script>`, "", "2025-05-01"},
		{"unreadable meta skipped", `<meta property="article:published_time" content="soon"><meta name="date" content="2025-04-30">`, "", "2025-04-30"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := readDoc(t, "a.html", page(c.head, c.body), Options{})
			if got := d.Published.Format("2006-01-02"); got != c.want || d.PublishedFrom != "metadata" {
				t.Errorf("published %s from %q, want %s from metadata", got, d.PublishedFrom, c.want)
			}
		})
	}
}

func TestHTMLTimeOutsideArticle(t *testing.T) {
	html := `<html><body><div class="sidebar"><time datetime="2025-05-01">May 1</time></div>` +
		`<div><p>The council voted on Monday to approve the plan after a long debate that divided the town.</p></div></body></html>`
	d := readDoc(t, "a.html", html, Options{})
	if got := d.Published.Format("2006-01-02"); got != "2025-05-01" {
		t.Errorf("published %s, want the first <time> when no article has one", got)
	}
}

func TestHTMLImpossibleDate(t *testing.T) {
	readErr(t, "a.html", page(`<meta property="article:published_time" content="2025-02-30T10:00:00Z">`, ""), Options{},
		`a.html: impossible date "2025-02-30T10:00:00Z": February 2025 has 28 days (meta "article:published_time")`)
}

func TestHTMLURLAndTitle(t *testing.T) {
	for _, c := range []struct{ name, head, url string }{
		{"canonical", `<link rel="canonical" href="https://x.example/a"><meta property="og:url" content="https://x.example/og">`, "https://x.example/a"},
		{"canonical among rel tokens", `<link rel="alternate canonical" href="https://x.example/b">`, "https://x.example/b"},
		{"og:url", `<meta property="og:url" content="https://x.example/og">`, "https://x.example/og"},
		{"none", ``, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := readDoc(t, "a.html", page("<title>Council approves plan</title>"+c.head, ""), Options{})
			if d.URL != c.url {
				t.Errorf("URL %q, want %q", d.URL, c.url)
			}
			if d.Title != "Council approves plan" {
				t.Errorf("title %q", d.Title)
			}
		})
	}
}

func TestHTMLFixtures(t *testing.T) {
	for _, c := range []struct {
		file, title, url, published, from string
		contains                          []string
		excludes                          []string
	}{
		{
			file:      "wire-story.html",
			title:     "Senate passes stopgap funding bill, averting shutdown",
			url:       "https://www.worldwire.example/world/us/senate-passes-stopgap-funding-bill-2025-05-19/",
			published: "2025-05-19", from: "metadata", // JSON-LD NewsArticle, not the WebSite's 2009
			contains: []string{"WASHINGTON, May 19 (World Wire) - The U.S. Senate on Monday passed", "resume talks on June 3.", "began on Dec. 22, 2018"},
			excludes: []string{"Accept all", "Most read", "Privacy", "dataLayer", "S&P 500"},
		},
		{
			file:      "local-blog.html",
			title:     "Riverside council approves new bridge",
			url:       "https://riversidegazette.example/news/council-approves-bridge/",
			published: "2024-11-05", from: "metadata",
			contains: []string{"voted 7-2 on Monday night", "until December 1."},
			excludes: []string{"Subscribe", "Recent posts", "Market Square"},
		},
		{
			file:      "wire-dateline-only.html",
			title:     "Storm batters southern England",
			url:       "https://dailyledger.example/2025/05/19/storm-batters-southern-england",
			published: "2025-05-19", from: "dateline", // year from the canonical URL
			contains: []string{"LONDON (AP) — May 19 — A powerful storm"},
			excludes: []string{"newsletter", "Home"},
		},
	} {
		t.Run(c.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", c.file))
			if err != nil {
				t.Fatal(err)
			}
			d := readDoc(t, c.file, string(data), Options{})
			if d.Title != c.title || d.URL != c.url {
				t.Errorf("title %q url %q", d.Title, d.URL)
			}
			if got := d.Published.Format("2006-01-02"); got != c.published || d.PublishedFrom != c.from {
				t.Errorf("published %s from %q, want %s from %s", got, d.PublishedFrom, c.published, c.from)
			}
			for _, s := range c.contains {
				if !strings.Contains(d.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, d.Text)
				}
			}
			for _, s := range c.excludes {
				if strings.Contains(d.Text, s) {
					t.Errorf("text has boilerplate %q:\n%s", s, d.Text)
				}
			}
			if !strings.Contains(d.Text, ".\n\n") {
				t.Errorf("paragraph breaks lost:\n%s", d.Text)
			}
		})
	}
}

func TestHTMLMalformed(t *testing.T) {
	// Unclosed tags, a stray </div> and an unterminated attribute: the
	// parser repairs what it can and the text is still there.
	html := `<html><head><title>Broken page</title><meta name="date" content="2025-05-19"><body><body>` +
		`<body><div><p>The council voted on Monday to approve the plan.<p>Work starts next spring.</div></div>` +
		`<p class="x>Trailing`
	it := readOne(t, "broken.html", html, Options{})
	if it.Err != nil {
		t.Fatalf("malformed HTML: %v", it.Err)
	}
	if !strings.Contains(it.Doc.Text, "The council voted on Monday") || it.Doc.Published.Format("2006-01-02") != "2025-05-19" {
		t.Errorf("text %q published %v", it.Doc.Text, it.Doc.Published)
	}
}

func TestHTMLNoArticleText(t *testing.T) {
	for _, html := range []string{
		`<html><head><title>Empty</title></head><body></body></html>`,
		`<html><body><script>var x = 1;</script><style>p{}</style><img src="a.png"></body></html>`,
	} {
		readErr(t, "a.html", html, Options{}, "a.html: no article text")
	}
}

func TestHTMLSniffed(t *testing.T) {
	// No extension: the content says HTML.
	d := readDoc(t, "article", page("<title>Council approves plan</title>", ""), Options{})
	if d.Title != "Council approves plan" || strings.Contains(d.Text, "<p>") {
		t.Errorf("not read as HTML: title %q text %q", d.Title, d.Text)
	}
}

func TestHeadline(t *testing.T) {
	for _, c := range []struct{ title, h1, want string }{
		{"Storm hits England | Daily Ledger", "Storm hits England", "Storm hits England"},
		{"Daily Ledger — Storm hits England", "Storm hits England", "Storm hits England"},
		{"Storm hits England – Daily Ledger", "Storm hits England", "Storm hits England"},
		{"Storm hits England and Wales", "Storm hits England", "Storm hits England and Wales"},
		{"Storm hits England", "", "Storm hits England"},
		{"Storm", "Storm", "Storm"},
	} {
		if got := headline(c.title, c.h1); got != c.want {
			t.Errorf("headline(%q, %q) = %q, want %q", c.title, c.h1, got, c.want)
		}
	}
}

func TestHTMLDeepNesting(t *testing.T) {
	// The HTML parser refuses absurd nesting; that is an error, not a crash.
	html := "<html><body>" + strings.Repeat("<div>", 100000) + "<p>Deep text.</p>"
	readErr(t, "deep.html", html, Options{}, "deep.html: invalid HTML: html: open stack of elements exceeds 512 nodes")
}

func TestDropMenus(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Order Reprints | Today's Paper | Subscribe\nThe president met the prime minister on Monday.",
			"The president met the prime minister on Monday."},
		{"Home · World · Business\nText.", "Text."},
		{"Shares rose | fell | held.", "Shares rose | fell | held."}, // a sentence
		{"Apple | Google\nText.", "Apple | Google\nText."},           // one separator: a title
		{"No menus here.\nAt all.", "No menus here.\nAt all."},
	}
	for _, c := range cases {
		if got := dropMenus(c.in); got != c.want {
			t.Errorf("dropMenus(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
