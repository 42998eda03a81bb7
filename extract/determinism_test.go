package extract

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/article"
)

// Go randomises map order on every range: facts that depend on it come out
// different from run to run, and so would the store. Extracting every
// bundled article several times must give the same facts each time.
func TestSameFactsEveryRun(t *testing.T) {
	var files []string
	for _, pat := range []string{"../testdata/seeds/*.txt", "../testdata/heldout/*.txt"} {
		fs, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, fs...)
	}
	if len(files) == 0 {
		t.Fatal("no articles")
	}
	x := extractor(t)
	for _, f := range files {
		var a article.Article
		for got, err := range article.ReadFile(f) {
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			a = got
		}
		first := fmt.Sprintf("%+v", x.Extract(a))
		for i := 0; i < 8; i++ {
			if got := fmt.Sprintf("%+v", x.Extract(a)); got != first {
				t.Fatalf("%s: run %d gave other facts than the first", f, i+2)
			}
		}
	}
}
