package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

const seeds = "../testdata/seeds"

func extractor(t testing.TB) *extract.Extractor {
	t.Helper()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// corpus writes n articles as one JSON Lines file: the seed texts again and
// again under new ids, so resolution and merging work as on real news.
func corpus(t testing.TB, n int) (string, int) {
	t.Helper()
	entries, err := os.ReadDir(seeds)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(seeds, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	var buf bytes.Buffer
	size := 0
	for i := 0; i < n; i++ {
		text := texts[i%len(texts)]
		size += len(text)
		rec, _ := json.Marshal(map[string]string{
			"id": fmt.Sprintf("copy-%05d", i), "title": "Copy", "date": "2025-12-06", "text": text,
		})
		buf.Write(append(rec, '\n'))
	}
	p := filepath.Join(t.TempDir(), "corpus.jsonl")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p, size
}

func exportOf(t *testing.T, s *graph.Store) string {
	t.Helper()
	var b bytes.Buffer
	if err := s.Export(context.Background(), &b, "nquads"); err != nil {
		t.Fatal(err)
	}
	// The time of extraction differs between runs; nothing else may.
	var keep []string
	for _, l := range strings.Split(b.String(), "\n") {
		if !strings.Contains(l, "generatedAtTime") {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n")
}

// Extraction runs on every core, but the graph must not depend on which
// article finished first.
func TestSameGraphWhateverTheWorkers(t *testing.T) {
	x := extractor(t)
	var exports []string
	for _, w := range []int{1, 4} {
		s, err := graph.OpenMemory()
		if err != nil {
			t.Fatal(err)
		}
		sum, err := Run(context.Background(), s, x, []string{seeds}, Options{Workers: w})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Articles != 5 || sum.Files != 5 || sum.Quads == 0 {
			t.Fatalf("workers %d: %+v", w, sum)
		}
		exports = append(exports, exportOf(t, s))
		s.Close()
	}
	if exports[0] != exports[1] {
		t.Fatal("one worker and four workers built different graphs")
	}
}

func TestProgressAndProblems(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	b, _ := os.ReadFile(filepath.Join(seeds, "000_ac11da09df880f41.txt"))
	os.WriteFile(filepath.Join(dir, "good.txt"), b, 0o644)
	s, _ := graph.OpenMemory()
	defer s.Close()
	var problems []string
	var calls []int
	sum, err := Run(context.Background(), s, extractor(t), []string{dir, filepath.Join(dir, "nope")}, Options{
		Problem:  func(err error) { problems = append(problems, err.Error()) },
		Progress: func(done, total int) { calls = append(calls, done) },
	})
	if err == nil || sum.Failed != 2 || sum.Articles != 1 {
		t.Fatalf("summary %+v, err %v: want the good file in and two failures", sum, err)
	}
	joined := strings.Join(problems, "\n")
	if !strings.Contains(joined, "empty.txt") || !strings.Contains(joined, "nope") {
		t.Errorf("problems do not name the files:\n%s", joined)
	}
	if len(calls) != 2 || calls[1] != 2 {
		t.Errorf("progress calls %v, want 1 then 2", calls)
	}
}

func TestCancelStopsTheRun(t *testing.T) {
	p, _ := corpus(t, 200)
	s, _ := graph.OpenMemory()
	defer s.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel()
	time.Sleep(2 * time.Millisecond)
	if _, err := Run(ctx, s, extractor(t), []string{p}, Options{}); err == nil {
		t.Fatal("a cancelled run reported success")
	}
}

// BenchmarkIngest runs the whole job, read, extract and load, on 200
// articles into a new bolt store.
func BenchmarkIngest(b *testing.B) {
	const n = 200
	p, size := corpus(b, n)
	x := extractor(b)
	var quads int
	b.SetBytes(int64(size))
	for b.Loop() {
		b.StopTimer()
		s, err := graph.Open(context.Background(), filepath.Join(b.TempDir(), "db"), graph.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum, err := Run(context.Background(), s, x, []string{p}, Options{})
		if err != nil {
			b.Fatal(err)
		}
		quads += sum.Stats.Quads
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(n*b.N)/sec, "articles/s")
	b.ReportMetric(float64(quads)/sec, "quads/s")
}
