package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

func TestDebugSeed(t *testing.T) {
	b, _ := os.ReadFile("testdata/seed.txt")
	text := string(b)
	var ms []timeline.Mention
	for _, w := range []string{"Monday", "last week", "January", "2020", "immediately", "two-hour"} {
		off := 0
		for {
			i := strings.Index(text[off:], w)
			if i < 0 {
				break
			}
			typ := timeline.TypeDate
			if w == "two-hour" {
				typ = timeline.TypeDuration
			}
			ms = append(ms, timeline.Mention{Start: off + i, End: off + i + len(w), Text: w, Type: typ})
			off += i + len(w)
		}
	}
	for _, ev := range Events(text, ms) {
		fmt.Printf("%-12s | %s\n   actors=%v places=%v\n", ms[ev.Mention].Text, ev.Phrase, ev.Actors, ev.Places)
	}
	for _, s := range Sentences(text) {
		fmt.Printf("S: %q\n", text[s.Start:s.End])
	}
}

func TestDebugSilver(t *testing.T) {
	if os.Getenv("SILVER_DUMP") == "" {
		t.Skip()
	}
	texts, mentions := loadSilver(t)
	out, _ := os.Create("/tmp/silver_dump.txt")
	defer out.Close()
	for i, text := range texts {
		if i%7 != 0 {
			continue
		}
		for _, ev := range Events(text, mentions[i]) {
			fmt.Fprintf(out, "[%s] %s\n    => %s | A=%v P=%v\n", mentions[i][ev.Mention].Text, strings.Join(strings.Fields(ev.Sentence), " "), ev.Phrase, ev.Actors, ev.Places)
		}
	}
}

func TestDebugOne(t *testing.T) {
	text := os.Getenv("DBG_TEXT")
	w := os.Getenv("DBG_M")
	if text == "" {
		t.Skip()
	}
	i := strings.Index(text, w)
	ms := []timeline.Mention{{Start: i, End: i + len(w), Type: timeline.TypeDate}}
	for _, ev := range Events(text, ms) {
		fmt.Printf("%s | %v %v\n", ev.Phrase, ev.Actors, ev.Places)
	}
}
