package source

import (
	"strings"
	"testing"
)

const tml = `<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>APW19980227.0476</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-27" temporalFunction="false" functionInDocument="CREATION_TIME">1998-02-27</TIMEX3></DCT>
<TITLE>Quake hits Iran</TITLE>
<TEXT>An earthquake <EVENT eid="e1" class="OCCURRENCE">struck</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-26">Thursday</TIMEX3>.</TEXT>
</TimeML>`

func TestTimeML(t *testing.T) {
	for _, name := range []string{"apw.tml", "apw.xml", "apw"} {
		it := readOne(t, name, tml, Options{})
		if it.Err != nil {
			t.Fatalf("%s: %v", name, it.Err)
		}
		d := it.Doc
		if d.Text != "An earthquake struck Thursday." || d.Title != "Quake hits Iran" || it.ID != "APW19980227.0476" ||
			d.Published.Format("2006-01-02") != "1998-02-27" || d.PublishedFrom != "metadata" || d.Source != name {
			t.Errorf("%s: got %+v id %q", name, d, it.ID)
		}
	}
}

func TestTimeMLErrors(t *testing.T) {
	readErr(t, "bad.tml", "<TimeML><TEXT>unclosed</TimeML>", Options{}, "bad.tml:1:")
	readErr(t, "none.tml", "<TimeML><DOCID>x</DOCID></TimeML>", Options{}, "none.tml: no TEXT element")
	readErr(t, "blank.tml", "<TimeML><TEXT>  </TEXT></TimeML>", Options{}, "blank.tml: no text in TEXT")
	it := readOne(t, "month.tml", `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02" functionInDocument="CREATION_TIME">Feb</TIMEX3></DCT><TEXT>x</TEXT></TimeML>`, Options{})
	if it.Err != nil || !it.Doc.Published.IsZero() || !hasWarning(it, `month.tml: ignoring unrecognized date "1998-02" (DCT)`) {
		t.Errorf("got %+v %v %v", it.Doc, it.Err, it.Warnings)
	}
}

func TestTimeMLLatin1(t *testing.T) {
	data := `<?xml version="1.0" encoding="ISO-8859-1"?><TimeML><TEXT>caf` + "\xe9" + `</TEXT></TimeML>`
	d := readDoc(t, "l.tml", data, Options{})
	if d.Text != "café" {
		t.Errorf("text %q", d.Text)
	}
	// Undeclared Latin-1 is still invalid UTF-8.
	readErr(t, "l.tml", strings.Replace(data, ` encoding="ISO-8859-1"`, "", 1), Options{}, "l.tml:1: invalid UTF-8 at byte offset")
}
