package main

import "testing"

func TestSQLParameters(t *testing.T) {
	tests := []struct {
		query string
		want  int
	}{
		{"SELECT 1", 0},
		{"SELECT ?", 1},
		{"SELECT ?, ?", 2},
		{"SELECT ?2", 2},
		{"SELECT ?2, ?", 3},
		{"SELECT ?1, ?1", 1},
		{"SELECT :a, @b, $c, :a", 3},
		{"SELECT '?', \"?\", `?`, [?]", 0},
		{"SELECT 'it''s ?', ?", 1},
		{"SELECT 1 -- ?\n, ?", 1},
		{"SELECT /* ? */ ?", 1},
		{"SELECT a$b FROM t", 0},
		{"SELECT x FROM t WHERE d LIKE '2025%' AND s >= ?", 1},
		{"SELECT 'unterminated ?", 0},
		{"SELECT /* unterminated ?", 0},
		{"SELECT ?, :x, ?", 3},
	}
	for _, tt := range tests {
		if got := sqlParameters(tt.query); got != tt.want {
			t.Errorf("sqlParameters(%q) = %d; want %d", tt.query, got, tt.want)
		}
	}
}
