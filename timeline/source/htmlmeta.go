package source

import (
	"encoding/json"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlMeta is what an HTML page says about itself outside its text.
type htmlMeta struct {
	metas     map[string]string // <meta> name, property or itemprop (lower case) → first content
	canonical string            // <link rel=canonical href>
	title     string            // <title>
	h1        string            // the first <h1>, spaces collapsed
	jsonLD    []string          // contents of <script type="application/ld+json">
	times     []timeTag         // <time datetime> elements in document order
}

// timeTag is one <time datetime> element.
type timeTag struct {
	datetime  string
	published bool // has pubdate or itemprop=datePublished
	inArticle bool
}

// publishedMetas are the <meta> keys that carry a publication date, most
// specific first; JSON-LD goes after the first two, see dates.
var publishedMetas = []string{
	"article:published_time", "og:published_time",
	"datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
	"dc.date.issued", "dcterms.issued", "sailthru.date", "parsely-pub-date",
	"date",
}

// modifiedMetas carry a modification date: not a publication date, but
// good enough to give the year of a dateline.
var modifiedMetas = []string{"article:modified_time", "og:updated_time", "datemodified", "lastmod", "last-modified"}

// scanHTML collects the metadata of a parsed page. It walks the tree with
// an explicit stack, so that absurd nesting cannot exhaust the Go stack.
func scanHTML(root *html.Node) *htmlMeta {
	m := &htmlMeta{metas: map[string]string{}}
	type frame struct {
		n         *html.Node
		inArticle bool
	}
	stack := []frame{{n: root}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n, inArticle := f.n, f.inArticle
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				m.meta(n)
			case atom.Link:
				if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Title:
				if m.title == "" {
					m.title = textOf(n)
				}
			case atom.H1:
				if m.h1 == "" {
					m.h1 = strings.Join(strings.Fields(deepText(n)), " ")
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
					m.jsonLD = append(m.jsonLD, textOf(n))
				}
			case atom.Time:
				if dt := strings.TrimSpace(attr(n, "datetime")); dt != "" {
					_, pubdate := attrOK(n, "pubdate")
					published := pubdate || strings.EqualFold(attr(n, "itemprop"), "datePublished")
					m.times = append(m.times, timeTag{datetime: dt, published: published, inArticle: inArticle})
				}
			case atom.Article:
				inArticle = true
			}
		}
		// Push children last first, so that they pop in document order.
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{n: c, inArticle: inArticle})
		}
	}
	return m
}

// meta records one <meta> element under each of its names.
func (m *htmlMeta) meta(n *html.Node) {
	content := strings.TrimSpace(attr(n, "content"))
	if content == "" {
		return
	}
	for _, key := range []string{"property", "name", "itemprop", "http-equiv"} {
		k := strings.ToLower(strings.TrimSpace(attr(n, key)))
		if _, seen := m.metas[k]; k != "" && !seen {
			m.metas[k] = content
		}
	}
}

// dates returns the page's publication-date candidates, most trusted first.
func (m *htmlMeta) dates() []dateCandidate {
	var out []dateCandidate
	add := func(value, origin string) {
		if value != "" {
			out = append(out, dateCandidate{value: value, origin: origin})
		}
	}
	for i, key := range publishedMetas {
		if i == 2 {
			add(m.ldDate("datePublished"), "JSON-LD datePublished")
		}
		add(m.metas[key], `meta "`+key+`"`)
	}
	for _, pass := range []func(timeTag) bool{
		func(t timeTag) bool { return t.published },
		func(t timeTag) bool { return t.inArticle },
		func(timeTag) bool { return true },
	} {
		for _, t := range m.times {
			if pass(t) {
				add(t.datetime, "<time datetime>")
				break
			}
		}
	}
	return out
}

// hints returns strings that may give the year of a dateline.
func (m *htmlMeta) hints() []string {
	out := []string{m.canonical, m.metas["og:url"]}
	for _, key := range modifiedMetas {
		out = append(out, m.metas[key])
	}
	return append(out, m.ldDate("dateModified"))
}

// url returns the canonical URL: <link rel=canonical>, else og:url.
func (m *htmlMeta) url() string {
	if m.canonical != "" {
		return m.canonical
	}
	return m.metas["og:url"]
}

// ldDate returns the first string value of key in the page's JSON-LD,
// preferring objects typed as articles over others (a page's WebSite or
// BreadcrumbList may carry dates of their own). It looks into @graph and
// any nested object.
func (m *htmlMeta) ldDate(key string) string {
	var fallback string
	for _, src := range m.jsonLD {
		var v any
		src = strings.TrimSpace(src)
		src = strings.TrimSuffix(strings.TrimPrefix(src, "<![CDATA["), "]]>")
		if json.Unmarshal([]byte(src), &v) != nil {
			continue
		}
		found := ""
		walkJSON(v, 0, func(obj map[string]any) bool {
			s, ok := obj[key].(string)
			if !ok || strings.TrimSpace(s) == "" {
				return false
			}
			if isArticleType(obj["@type"]) {
				found = s
				return true
			}
			if fallback == "" {
				fallback = s
			}
			return false
		})
		if found != "" {
			return found
		}
	}
	return fallback
}

// walkJSON calls fn on every object inside v, depth first, until fn
// returns true. It stops descending at a depth no real page reaches.
func walkJSON(v any, depth int, fn func(map[string]any) bool) bool {
	if depth > 32 {
		return false
	}
	switch x := v.(type) {
	case map[string]any:
		if fn(x) {
			return true
		}
		for _, child := range x {
			if walkJSON(child, depth+1, fn) {
				return true
			}
		}
	case []any:
		for _, child := range x {
			if walkJSON(child, depth+1, fn) {
				return true
			}
		}
	}
	return false
}

// isArticleType reports whether a JSON-LD @type names an article or post.
func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.Contains(x, "Article") || strings.Contains(x, "Posting") || x == "Report"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// hasToken reports whether a space-separated attribute value holds token.
func hasToken(list, token string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, token) {
			return true
		}
	}
	return false
}

// textOf returns the text of n's direct text children, which is all that
// <title> and <script> have.
func textOf(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return strings.TrimSpace(b.String())
}

// deepText returns all the text inside n.
func deepText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > 64 {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
				b.WriteByte(' ')
			} else {
				walk(c, depth+1)
			}
		}
	}
	walk(n, 0)
	return b.String()
}

// titleSeparators split a headline from a site name in <title>.
const titleSeparators = "|-–—:·•»/"

// headline drops a site name from title when the page's <h1> is the rest:
// "Storm hits England | Daily Ledger" with <h1>Storm hits England</h1>.
// Readability keeps such titles whole when the headline is short.
func headline(title, h1 string) string {
	t := strings.Join(strings.Fields(title), " ")
	if h1 == "" || t == h1 {
		return title
	}
	if rest, ok := strings.CutPrefix(t, h1); ok {
		if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(rest)); strings.ContainsRune(titleSeparators, r) {
			return h1
		}
	}
	if rest, ok := strings.CutSuffix(t, h1); ok {
		if r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(rest)); strings.ContainsRune(titleSeparators, r) {
			return h1
		}
	}
	return title
}
