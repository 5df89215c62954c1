package source

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/timeline-dev/timeline/timeline"
)

// fieldNames are the names each role goes by in news datasets and API
// dumps, most likely first. Keys match ignoring case, "_" and "-", so
// "published_at" also finds "publishedAt".
var fieldNames = map[string][]string{
	"text":      {"text", "body", "content", "article", "full_text", "maintext", "article_text", "story"},
	"published": {"published", "date", "publishedAt", "published_at", "pubDate", "datePublished", "date_publish", "publish_date", "publication_date", "dct", "created_at"},
	"title":     {"title", "headline"},
	"url":       {"url", "link", "canonical_url"},
	"id":        {"id", "_id", "doc_id", "docid"},
}

// lastResortText are fields that summarize rather than hold an article;
// they are used, with a warning, only when no text field has any.
var lastResortText = []string{"description", "summary"}

// jsonRecord turns one decoded JSON value into a record, or an error
// naming src.
func jsonRecord(v any, src string, opt Options) (*record, error) {
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, timeline.Errorf(timeline.EINVALID, "%s: expected an object, got %s", src, jsonKind(v))
	}
	rec := &record{source: src}
	keys := normalizedKeys(obj)
	lookup := func(role string) []field {
		if f, ok := opt.Fields[role]; ok {
			if v, ok := lookupPath(obj, f); ok {
				return []field{{f, v}}
			}
			if role != "text" {
				rec.warnf("no field %q", f)
			}
			return nil
		}
		var out []field
		for _, name := range fieldNames[role] {
			if k, ok := keys[normalizeKey(name)]; ok && obj[k] != nil {
				out = append(out, field{k, obj[k]})
			}
		}
		return out
	}

	for _, f := range lookup("text") {
		s, err := f.text(src)
		if err != nil {
			return nil, err
		}
		if strings.TrimSpace(s) != "" {
			rec.text = s
			break
		}
	}
	if rec.text == "" {
		if f, ok := opt.Fields["text"]; ok {
			return nil, timeline.Errorf(timeline.EINVALID, "%s: no text in field %q", src, f)
		}
		for _, name := range lastResortText {
			k, ok := keys[name]
			if s, isString := obj[k].(string); ok && isString && strings.TrimSpace(s) != "" {
				rec.text = s
				rec.warnf("no text field; using %q", k)
				break
			}
		}
		if rec.text == "" {
			return nil, timeline.Errorf(timeline.EINVALID, "%s: no text (looked for fields %s)", src, strings.Join(fieldNames["text"], ", "))
		}
	}
	for _, f := range lookup("published") {
		switch x := f.value.(type) {
		case string:
			rec.dates = append(rec.dates, dateCandidate{value: x, origin: fmt.Sprintf("field %q", f.name)})
		case json.Number:
			rec.dates = append(rec.dates, dateCandidate{value: x.String(), origin: fmt.Sprintf("field %q", f.name)})
		default:
			rec.warnf("ignoring field %q: %s is not a date", f.name, jsonKind(x))
		}
	}
	rec.title = firstString(lookup("title"))
	rec.url = firstString(lookup("url"))
	for _, f := range lookup("id") {
		switch x := f.value.(type) {
		case string:
			rec.id = x
		case json.Number:
			rec.id = x.String()
		}
		if rec.id != "" {
			break
		}
	}
	rec.hints = append(rec.hints, rec.url)
	return rec, nil
}

// field is one named value of a JSON object.
type field struct {
	name  string
	value any
}

// text returns a text field's string; a list of strings is taken for
// paragraphs and joined by blank lines.
func (f field) text(src string) (string, error) {
	switch x := f.value.(type) {
	case string:
		return x, nil
	case []any:
		parts := make([]string, 0, len(x))
		for _, e := range x {
			s, ok := e.(string)
			if !ok {
				return "", timeline.Errorf(timeline.EINVALID, "%s: field %q is a list of %s, want strings", src, f.name, jsonKind(e))
			}
			parts = append(parts, s)
		}
		return strings.Join(parts, "\n\n"), nil
	}
	return "", timeline.Errorf(timeline.EINVALID, "%s: field %q is %s, want a string", src, f.name, jsonKind(f.value))
}

func firstString(fields []field) string {
	for _, f := range fields {
		if s, ok := f.value.(string); ok && strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// keyFolder drops the separators that spellings of a field name differ by.
var keyFolder = strings.NewReplacer("_", "", "-", "")

// normalizeKey folds the spellings of one field name together.
func normalizeKey(k string) string {
	return keyFolder.Replace(strings.ToLower(k))
}

// normalizedKeys maps each normalized key of obj to its first spelling in
// sorted order, so that the choice does not depend on map order.
func normalizedKeys(obj map[string]any) map[string]string {
	out := make(map[string]string, len(obj))
	for k := range obj {
		n := normalizeKey(k)
		if old, ok := out[n]; !ok || k < old {
			out[n] = k
		}
	}
	return out
}

// lookupPath finds a field by name, or by a dotted path into nested
// objects when no field has the literal name.
func lookupPath(obj map[string]any, path string) (any, bool) {
	if v, ok := obj[path]; ok && v != nil {
		return v, true
	}
	var cur any = obj
	for _, part := range strings.Split(path, ".") {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		if cur, ok = m[part]; !ok || cur == nil {
			return nil, false
		}
	}
	return cur, true
}

// jsonKind names the JSON type of a decoded value for messages.
func jsonKind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "a string"
	case json.Number, float64:
		return "a number"
	case bool:
		return "a boolean"
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}
