// Command corpusgen writes a corpus of distinct generated news articles, one
// .txt file each, for measuring newsgraph at scale: variants of the
// repository's test articles in which people change given names, lose them
// or have their surname spelt another way (internal/corpus). The same -n
// always gives the same files.
//
//	go run ./cmd/corpusgen -n 10000 -o /tmp/corpus-10k
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/newsgraph/newsgraph/internal/corpus"
)

func main() {
	n := flag.Int("n", 1000, "number of articles")
	out := flag.String("o", "", "folder to write them into (created; must be empty)")
	testdata := flag.String("testdata", "testdata", "the repository's testdata folder, whose articles are varied")
	flag.Parse()
	if err := run(*testdata, *out, *n); err != nil {
		fmt.Fprintln(os.Stderr, "corpusgen:", err)
		os.Exit(1)
	}
}

func run(testdata, out string, n int) error {
	if out == "" {
		return errors.New("name the folder to write into with -o DIR")
	}
	if n < 0 {
		return fmt.Errorf("-n %d: the number of articles cannot be negative", n)
	}
	start := time.Now()
	size, err := corpus.WriteN(testdata, out, n)
	if err != nil {
		return err
	}
	fmt.Printf("wrote %d articles (%.1f MB) to %s in %s\n", n, float64(size)/1e6, out, time.Since(start).Round(time.Millisecond))
	return nil
}
