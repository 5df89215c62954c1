package source

import (
	"strings"
	"testing"
)

// TestHTMLLegacyCharset checks that a page in a declared legacy charset is
// decoded, and that undeclared invalid UTF-8 is still refused.
func TestHTMLLegacyCharset(t *testing.T) {
	latin1 := "<p>The caf\xe9 in Z\xfcrich reopened on Monday after a long dispute with the city council.</p>"
	cases := []struct {
		name, head, want, err string
	}{
		{"meta charset", `<meta charset="iso-8859-1"><title>Caf` + "\xe9" + `</title>`, "café in Zürich", ""},
		{"http-equiv", `<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`, "café in Zürich", ""},
		{"declared utf-8 but latin-1", `<meta charset="utf-8">`, "", "invalid UTF-8"},
		{"undeclared", `<title>x</title>`, "", "invalid UTF-8"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			it := readOne(t, "old.html", page(tc.head, latin1), Options{})
			if tc.err != "" {
				if it.Err == nil || !strings.Contains(it.Err.Error(), tc.err) {
					t.Fatalf("err %v, want %q", it.Err, tc.err)
				}
				return
			}
			if it.Err != nil {
				t.Fatal(it.Err)
			}
			if !strings.Contains(it.Doc.Text, tc.want) {
				t.Errorf("text %q lacks %q", it.Doc.Text, tc.want)
			}
		})
	}
	// A page that is valid UTF-8 keeps its characters whatever it declares.
	d := readDoc(t, "new.html", page(`<meta charset="iso-8859-1">`, "<p>The café in Zürich reopened on Monday after a long dispute with the council.</p>"), Options{})
	if !strings.Contains(d.Text, "café in Zürich") {
		t.Errorf("valid UTF-8 re-decoded: %q", d.Text)
	}
}
