package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

// oddBound is the time one odd article may take to extract (generous: the
// race detector and a shared machine slow it tenfold; each takes well under
// half a second alone).
const oddBound = 10 * time.Second

// oddArticle reads an odd text as ingest would, or takes it whole where the
// reader refuses it (only quotation marks have no text).
func oddArticle(text string) article.Article {
	for a, err := range article.Read("odd.txt", strings.NewReader(text)) {
		if err == nil {
			return a
		}
	}
	return article.Article{ID: "odd", Text: text, Published: time.Date(2025, 12, 6, 0, 0, 0, 0, time.UTC)}
}

// TestOddInputsBounded extracts each odd input (very long lines, only
// quotation marks, deeply nested quotes, thousands of names, right-to-left
// and emoji text): well-formed facts in a bounded time.
func TestOddInputsBounded(t *testing.T) {
	x := extractor(t)
	for _, o := range corpus.OddInputs() {
		t.Run(o.Name, func(t *testing.T) {
			a := oddArticle(o.Text)
			start := time.Now()
			f := x.Extract(a)
			if d := time.Since(start); d > oddBound {
				t.Errorf("took %s, more than %s", d, oddBound)
			}
			checkFacts(t, a.Text, f)
		})
	}
}

// FuzzExtractOdd fuzzes the extractor from the odd inputs, with the time
// bound: go test -run '^$' -fuzz FuzzExtractOdd -fuzztime 10s ./extract
func FuzzExtractOdd(f *testing.F) {
	for _, o := range corpus.OddInputs() {
		f.Add(o.Text)
	}
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := article.Article{ID: "f", Text: text, Published: time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)}
		start := time.Now()
		facts := x.Extract(a)
		if d := time.Since(start); d > oddBound {
			t.Errorf("%d bytes took %s", len(text), d)
		}
		checkFacts(t, text, facts)
	})
}
