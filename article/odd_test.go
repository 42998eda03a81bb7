package article

import (
	"encoding/json"
	"errors"
	"html"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/corpus"
)

// oddBound is the time one odd input may take to read (generous: the race
// detector and a shared machine slow it tenfold).
const oddBound = 10 * time.Second

// oddAs wraps an odd text as a file of each format the readers take.
func oddAs(format, text string) string {
	switch format {
	case "f.html":
		return "<html><head><title>Odd</title></head><body><article><p>" + html.EscapeString(text) + "</p></article></body></html>"
	case "f.jsonl":
		b, _ := json.Marshal(map[string]string{"id": "odd", "date": "2025-12-06", "text": text})
		return string(b) + "\n" + string(b[:len(b)/2]) + "\n"
	}
	return text
}

// addOdd seeds a fuzz target with the odd inputs, as files of one format.
func addOdd(f *testing.F, format string) {
	for _, o := range corpus.OddInputs() {
		f.Add([]byte(oddAs(format, o.Text)))
	}
}

// TestOddInputsRead reads each odd input as text, HTML and JSON Lines: no
// panic, errors that name the input, well-formed articles, and a bounded
// time each.
func TestOddInputsRead(t *testing.T) {
	for _, o := range corpus.OddInputs() {
		for _, format := range []string{"f.txt", "f.html", "f.jsonl"} {
			t.Run(o.Name+"/"+format, func(t *testing.T) {
				start := time.Now()
				n := 0
				for a, err := range Read(format, strings.NewReader(oddAs(format, o.Text))) {
					if err != nil {
						var e *Error
						if !errors.As(err, &e) || e.Path != format {
							t.Fatalf("error %v does not name the input", err)
						}
						continue
					}
					n++
					if a.ID == "" || strings.TrimSpace(a.Text) == "" {
						t.Fatalf("article without an ID or text: %+v", a)
					}
				}
				if d := time.Since(start); d > oddBound {
					t.Errorf("took %s, more than %s", d, oddBound)
				}
			})
		}
	}
}
