package source

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/timeline-dev/timeline/timeline"
)

func TestBadInputs(t *testing.T) {
	randomish := make([]byte, 512)
	for i := range randomish {
		randomish[i] = byte(0x80 + (i*37)%0x7f) // high bytes, no NUL
	}
	for _, c := range []struct{ name, file, data, want string }{
		{"empty", "a.txt", "", "a.txt: empty file"},
		{"whitespace", "a.txt", " \n\t\r\n ", "a.txt: empty file (only whitespace)"},
		{"long whitespace", "a.txt", strings.Repeat(" \n", 10000), "a.txt: empty file (only whitespace)"},
		{"NUL", "a.txt", "abc\x00def", "a.txt: binary data (NUL byte at offset 3)"},
		{"UTF-16 without BOM", "a.txt", "h\x00e\x00l\x00l\x00o\x00", "a.txt: binary data (NUL byte at offset 1; UTF-16 needs a byte order mark)"},
		{"control characters", "a.txt", strings.Repeat("a\x01\x02\x03", 50), "a.txt: binary data (75% control characters)"},
		{"high bytes", "a.txt", string(randomish), "a.txt: binary data ("},
		{"invalid UTF-8", "a.txt", "first line\nsecond caf\xe9 line\n", "a.txt:2: invalid UTF-8 at byte offset 21"},
		{"invalid UTF-8 after BOM", "a.txt", "\xef\xbb\xbfcaf\xe9", "a.txt:1: invalid UTF-8 at byte offset 6"},
		{"invalid UTF-8 in HTML", "a.html", "<html><body><p>caf\xe9</p></body></html>", "a.html:1: invalid UTF-8 at byte offset 18"},
		{"empty gzip", "a.txt.gz", "", "a.txt.gz: empty file"},
		{"bad gzip", "a.txt.gz", "not gzip at all", "a.txt.gz: invalid gzip data"},
	} {
		t.Run(c.name, func(t *testing.T) {
			it := readErr(t, c.file, c.data, Options{}, c.want)
			if timeline.ErrorCode(it.Err) != timeline.EINVALID {
				t.Errorf("code %q", timeline.ErrorCode(it.Err))
			}
			if !strings.HasPrefix(it.Err.Error(), c.file+":") {
				t.Errorf("message does not start with the file name: %q", it.Err)
			}
		})
	}
}

func TestTooBigUnknownSize(t *testing.T) {
	// Without a size from the file system, reading stops at the limit.
	readErr(t, "a.txt", strings.Repeat("x", 2000), Options{MaxSize: 1000}, "a.txt: file is over the size limit of 1000 bytes")
	readErr(t, "-", "<html><body>"+strings.Repeat("x", 2000), Options{MaxSize: 1000}, "-: file is over the size limit of 1000 bytes")
}

func TestGzipTooBigAndCorrupt(t *testing.T) {
	readErr(t, "a.txt.gz", gz(strings.Repeat("x", 5000)), Options{MaxSize: 1000}, "a.txt.gz: decompressed file is over the size limit of 1000 bytes")
	data := []byte(gz("title: A\n\nSome text that is long enough."))
	data[len(data)-6] ^= 0xff // break the CRC
	readErr(t, "a.txt.gz", string(data), Options{}, "a.txt.gz: corrupt gzip data: gzip: invalid checksum")
}

// utf16Bytes encodes s as UTF-16 with a byte order mark.
func utf16Bytes(s string, order binary.ByteOrder) string {
	var b bytes.Buffer
	for _, u := range append([]uint16{0xfeff}, utf16.Encode([]rune(s))...) {
		_ = binary.Write(&b, order, u)
	}
	return b.String()
}

func TestUTF16(t *testing.T) {
	const text = "title: Café\npublished: 2025-05-19\n\nZürich — 東京 — 🎉."
	for _, order := range []binary.ByteOrder{binary.LittleEndian, binary.BigEndian} {
		d := readDoc(t, "a.txt", utf16Bytes(text, order), Options{})
		if d.Title != "Café" || d.Text != "Zürich — 東京 — 🎉." || d.Published.Format("2006-01-02") != "2025-05-19" {
			t.Errorf("%v: got %+v", order, d)
		}
	}
	// UTF-16 JSON Lines too.
	items := read(t, "a.jsonl", utf16Bytes("{\"text\":\"a\"}\n{\"text\":\"b\"}\n", binary.LittleEndian), Options{})
	if got := describe(items); got != "[doc a.jsonl:1][doc a.jsonl:2]" {
		t.Errorf("got %s", got)
	}
}

func TestCheckText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain\ttext\r\n\f", ""},
		{"ünïcödé 東京", ""},
		{"a\x00", "binary data (NUL byte at offset 1)"},
		{"ok \xc3", "invalid UTF-8 at byte offset 3"},
		{"\x1b[1mbold\x1b[0m but mostly text here, enough of it", ""},
		{"\x01\x02x", "binary data (66% control characters)"},
		{"\u0085\u0085a", "binary data (66% control characters)"},
	} {
		got := ""
		if p := checkText([]byte(c.in)); p != nil {
			got = p.String()
		}
		if got != c.want {
			t.Errorf("checkText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestFormatSize(t *testing.T) {
	for n, want := range map[int64]string{
		73 << 20: "73 MB", 50<<20 + 1<<19: "50.5 MB", 812 << 10: "812 KB", 999: "999 bytes",
	} {
		if got := formatSize(n); got != want {
			t.Errorf("formatSize(%d) = %q, want %q", n, got, want)
		}
	}
}
