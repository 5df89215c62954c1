package store

import (
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

func TestSingleStatement(t *testing.T) {
	tests := []struct {
		sql string
		ok  bool
	}{
		{`SELECT 1`, true},
		{`SELECT 1;`, true},
		{`SELECT 1; ;  `, true},
		{`SELECT 1; -- done`, true},
		{`SELECT 1; /* done */`, true},
		{`SELECT ';' AS a`, true},
		{`SELECT "a;b" FROM t`, true},
		{"SELECT `a;b` FROM t", true},
		{`SELECT [a;b] FROM t`, true},
		{`SELECT 'it''s; fine'`, true},
		{`SELECT 1 -- ; not a statement`, true},
		{`SELECT 1 /* ; */`, true},
		{`SELECT 1; SELECT 2`, false},
		{`SELECT 1;SELECT 2;`, false},
		{`SELECT 'a'; DELETE FROM t`, false},
		{`SELECT 1; /* c */ DROP TABLE t`, false},
		{``, false},
		{`;`, false},
		{`-- only a comment`, false},
	}
	for _, tt := range tests {
		err := singleStatement(tt.sql)
		if (err == nil) != tt.ok {
			t.Errorf("singleStatement(%q) = %v; want ok=%v", tt.sql, err, tt.ok)
		}
		if err != nil && timeline.ErrorCode(err) != timeline.EINVALID {
			t.Errorf("singleStatement(%q): code %q; want EINVALID", tt.sql, timeline.ErrorCode(err))
		}
	}
}

func TestFirstKeyword(t *testing.T) {
	tests := map[string]string{
		`select 1`:                         "SELECT",
		`  /* a */ -- b` + "\n" + `drop x`: "DROP",
		`WITH x AS (SELECT 1) SELECT 2`:    "WITH",
		`(SELECT 1)`:                       "",
		`'-- not a comment' DELETE`:        "",
	}
	for sql, want := range tests {
		if got := firstKeyword(sql); got != want {
			t.Errorf("firstKeyword(%q) = %q; want %q", sql, got, want)
		}
	}
}
