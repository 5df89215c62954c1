package source

import (
	"context"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

// TestOptionsValidate checks that bad options are refused with a message
// about the value, which Walk returns too.
func TestOptionsValidate(t *testing.T) {
	cases := []struct {
		name string
		opt  Options
		want string // "" for valid options
	}{
		{"none", Options{}, ""},
		{"fields", Options{Fields: map[string]string{"text": "body", "published": "meta.date"}}, ""},
		{"unknown role", Options{Fields: map[string]string{"text": "body", "author": "by"}},
			`unknown role "author": want one of text, published, title, url, id`},
		{"empty field", Options{Fields: map[string]string{"title": ""}}, "role title has an empty field name"},
		{"bad include", Options{Include: []string{"*.txt", "[a-"}}, `invalid glob pattern "[a-"`},
		{"bad exclude", Options{Exclude: []string{"[z"}}, `invalid glob pattern "[z"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.opt.Validate()
			if tc.want == "" {
				if err != nil {
					t.Fatalf("Validate: %v", err)
				}
				return
			}
			if err == nil || err.Error() != tc.want || timeline.ErrorCode(err) != timeline.EINVALID {
				t.Fatalf("Validate: %v, want %q", err, tc.want)
			}
			werr := Walk(context.Background(), []string{"."}, tc.opt, func(Item) error { return nil })
			if werr == nil || werr.Error() != tc.want {
				t.Errorf("Walk: %v, want %q", werr, tc.want)
			}
		})
	}
}
