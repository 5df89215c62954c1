package source

import (
	"context"
	"fmt"
	"io"
	"strings"
	"testing"
)

// lineSource produces n JSON Lines on demand and records how far it has
// been read, to show that documents are emitted while the input is still
// being read rather than after it was all taken in.
type lineSource struct {
	n, produced int
	pending     string
}

func (s *lineSource) Read(p []byte) (int, error) {
	for s.pending == "" {
		if s.produced == s.n {
			return 0, io.EOF
		}
		s.produced++
		s.pending = fmt.Sprintf(`{"id":%d,"text":"Article number %d. %s"}`+"\n", s.produced, s.produced, strings.Repeat("Filler. ", 20))
	}
	k := copy(p, s.pending)
	s.pending = s.pending[k:]
	return k, nil
}

func TestJSONLinesStreams(t *testing.T) {
	src := &lineSource{n: 100000}
	count, producedAtFirst := 0, 0
	err := ReadFile(context.Background(), "big.jsonl", src, Options{MaxSize: 4096}, func(it Item) error {
		if it.Err != nil {
			t.Fatal(it.Err)
		}
		if count == 0 {
			producedAtFirst = src.produced
		}
		count++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if count != src.n {
		t.Errorf("got %d documents, want %d", count, src.n)
	}
	if producedAtFirst > 1000 {
		t.Errorf("first document emitted after %d lines were read", producedAtFirst)
	}
}

func TestJSONArrayStreams(t *testing.T) {
	// One object per Read keeps the array well formed.
	objs := &objectArray{n: 20000}
	count, producedAtFirst := 0, 0
	err := ReadFile(context.Background(), "big.json", objs, Options{MaxSize: 4096}, func(it Item) error {
		if it.Err != nil {
			t.Fatal(it.Err)
		}
		if count == 0 {
			producedAtFirst = objs.produced
		}
		count++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if count != objs.n || producedAtFirst > 1000 {
		t.Errorf("got %d documents (want %d), first after %d objects read", count, objs.n, producedAtFirst)
	}
}

// objectArray produces a JSON array of n objects on demand.
type objectArray struct {
	n, produced int
	pending     string
	closed      bool
}

func (s *objectArray) Read(p []byte) (int, error) {
	for s.pending == "" {
		switch {
		case s.produced == 0 && !s.closed && s.pending == "":
			s.pending = "["
			s.produced = -1
		case s.closed:
			return 0, io.EOF
		case s.produced == s.n || (s.produced == -1 && s.n == 0):
			s.pending, s.closed = "]", true
		default:
			if s.produced == -1 {
				s.produced = 0
			}
			sep := ","
			if s.produced == 0 {
				sep = ""
			}
			s.produced++
			s.pending = fmt.Sprintf(`%s{"text":"Article %d. %s"}`, sep, s.produced, strings.Repeat("Filler. ", 20))
		}
	}
	k := copy(p, s.pending)
	s.pending = s.pending[k:]
	return k, nil
}
