package shared

import (
	"os"
	"path/filepath"
	"testing"
)

func TestDirFindsSiblingOfRepository(t *testing.T) {
	if os.Getenv(EnvVar) != "" {
		t.Skipf("%s is set", EnvVar)
	}
	// This package sits two levels below go.mod.
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(filepath.Dir(root), "shared")
	if got := Dir(); got != want {
		t.Errorf("Dir() = %q, want %q", got, want)
	}
}

func TestRequired(t *testing.T) {
	tests := []struct {
		ci   string
		want bool
	}{{"", false}, {"true", true}, {"1", true}, {"false", false}, {"yes", false}}
	for _, tt := range tests {
		t.Setenv("CI", tt.ci)
		if got := Required(); got != tt.want {
			t.Errorf("CI=%q: Required() = %v, want %v", tt.ci, got, tt.want)
		}
	}
}
