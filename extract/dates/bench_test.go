package dates

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// readCorpus returns the sentences of testdata/corpus.txt and their size.
func readCorpus(tb testing.TB) ([]string, int64) {
	f, err := os.Open("testdata/corpus.txt")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var lines []string
	var n int64
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lines = append(lines, line)
		n += int64(len(line))
	}
	return lines, n
}

// BenchmarkFind measures Find over a corpus of news sentences.
func BenchmarkFind(b *testing.B) {
	lines, n := readCorpus(b)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			Find(l, sat)
		}
	}
}
