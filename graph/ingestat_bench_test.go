package graph

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/fact"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

// BenchmarkIngestAt ingests the same 200 generated articles (extracted
// beforehand) into copies of a store that already holds 1,000 and then
// 10,000 other generated articles: flat ingest cost is the same
// ns/article at both sizes. load-ms is the part of each run that reads
// the store for resolution; ns/article the rest, per article; cpu-ns/article
// the CPU time of both, per article. The stores are
// built once, untimed; NEWSGRAPH_BENCH_HELD sets other sizes
// ("1000,5000"). Stores are written without fsync, so that the shared
// disk's latency does not swamp the figures.
func BenchmarkIngestAt(b *testing.B) {
	const batch = 200
	sizes := []int{1000, 10000}
	if v := os.Getenv("NEWSGRAPH_BENCH_HELD"); v != "" {
		sizes = nil
		for _, f := range strings.Split(v, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || n < 0 {
				b.Fatalf("NEWSGRAPH_BENCH_HELD=%q: want sizes like 1000,10000", v)
			}
			sizes = append(sizes, n)
		}
	}
	slices.Sort(sizes)
	QuietBackend()
	ctx := context.Background()
	most := sizes[len(sizes)-1]
	files, err := corpus.Generate("../testdata", most+batch)
	if err != nil {
		b.Fatal(err)
	}
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	arts := make([]article.Article, batch)
	facts := make([]fact.Facts, batch)
	for i, f := range files[most:] {
		arts[i] = readGenerated(b, f)
		facts[i] = x.Extract(arts[i])
	}
	dir := b.TempDir()
	base := filepath.Join(dir, "base")
	held := 0
	for _, size := range sizes {
		// Grow the base store to size articles.
		s, err := Open(ctx, base, Options{NoSync: true})
		if err != nil {
			b.Fatal(err)
		}
		l, err := s.NewLoader(ctx)
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range files[held:size] {
			a := readGenerated(b, f)
			if err := l.Add(ctx, a, x.Extract(a)); err != nil {
				b.Fatal(err)
			}
		}
		if err := l.Close(ctx); err != nil {
			b.Fatal(err)
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		held = size
		b.Run(fmt.Sprintf("held=%d", size), func(b *testing.B) {
			var load, add, cpu time.Duration
			run := filepath.Join(dir, "run")
			for b.Loop() {
				b.StopTimer()
				copyStore(b, base, run)
				s, err := Open(ctx, run, Options{NoSync: true})
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				c0 := cpuTime(b)
				t0 := time.Now()
				l, err := s.NewLoader(ctx)
				if err != nil {
					b.Fatal(err)
				}
				t1 := time.Now()
				for i := range arts {
					if err := l.Add(ctx, arts[i], facts[i]); err != nil {
						b.Fatal(err)
					}
				}
				if err := l.Close(ctx); err != nil {
					b.Fatal(err)
				}
				load += t1.Sub(t0)
				add += time.Since(t1)
				cpu += cpuTime(b) - c0
				b.StopTimer()
				if err := s.Close(); err != nil {
					b.Fatal(err)
				}
				if err := os.RemoveAll(run); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
			}
			b.ReportMetric(float64(load.Milliseconds())/float64(b.N), "load-ms")
			b.ReportMetric(float64(add.Nanoseconds())/float64(b.N*batch), "ns/article")
			// CPU time, the process's own: on a shared machine it moves
			// less than the wall time with what else runs.
			b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N*batch), "cpu-ns/article")
		})
	}
}

// cpuTime is the user and system CPU time the process has used.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// copyStore copies the store files of folder from into folder to.
func copyStore(b testing.TB, from, to string) {
	b.Helper()
	if err := os.MkdirAll(to, 0o755); err != nil {
		b.Fatal(err)
	}
	for _, name := range []string{metaFile, boltFile} {
		src, err := os.Open(filepath.Join(from, name))
		if err != nil {
			b.Fatal(err)
		}
		dst, err := os.Create(filepath.Join(to, name))
		if err != nil {
			b.Fatal(err)
		}
		_, err = io.Copy(dst, src)
		if cerr := dst.Close(); err == nil {
			err = cerr
		}
		src.Close()
		if err != nil {
			b.Fatal(err)
		}
	}
}
