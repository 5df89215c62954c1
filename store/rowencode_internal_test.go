package store

import (
	"database/sql"
	"math"
	"math/rand/v2"
	"testing"
)

// TestRowJSONValues checks appendJSONString and sqliteReal against
// SQLite's json_array, over every byte and over numbers of every length of
// digits: a value that sqliteReal accepts must come out as SQLite prints it.
func TestRowJSONValues(t *testing.T) {
	raw, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	sqlite := func(v any) string {
		t.Helper()
		var s string
		if err := raw.QueryRow(`SELECT json_array(?)`, v).Scan(&s); err != nil {
			t.Fatal(err)
		}
		return s[1 : len(s)-1]
	}
	for c := range 256 {
		s := "a" + string([]byte{byte(c)}) + "z"
		if got, want := string(appendJSONString(nil, s)), sqlite(s); got != want {
			t.Errorf("appendJSONString(%q) = %s; SQLite: %s", s, got, want)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	accepted := 0
	for i := range 20000 {
		f := rng.Float64()
		if digits := i % 16; digits > 0 { // some with few digits, as confidences are
			p := math.Pow(10, float64(digits))
			f = math.Round(f*p) / p
		}
		if i%7 == 0 {
			f /= 1e4 // near and below the smallest accepted value
		}
		got, ok := sqliteReal(f)
		if !ok {
			continue
		}
		accepted++
		if want := sqlite(f); got != want {
			t.Errorf("sqliteReal(%v) = %s; SQLite: %s", f, got, want)
		}
	}
	if accepted < 10000 {
		t.Errorf("sqliteReal accepted %d of 20000 values; want those with 12 digits or fewer", accepted)
	}
}
