// Package ingest runs newsgraph's main job: it reads article files, extracts
// their facts on every core, and loads them into a store in input order, so
// the same inputs always give the same graph.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/fact"
	"github.com/newsgraph/newsgraph/graph"
)

// Options tune a run.
type Options struct {
	// Workers is how many articles are extracted at once; 0 means one per CPU.
	Workers int
	// BatchQuads is how many quads go into one write transaction; 0 means
	// graph.BatchQuads.
	BatchQuads int
	// Progress, when set, is called after each file with the files done and
	// the total.
	Progress func(done, total int)
	// Problem, when set, is called for each bad file or record; the run goes on.
	// Without it, problems are only counted and the first is returned.
	Problem func(error)
}

// Summary is what a run did.
type Summary struct {
	Files    int
	Failed   int // bad files or records, each reported to Options.Problem
	Quads    int64
	Duration time.Duration
	graph.Stats
}

// ErrSomeFailed is returned, wrapped, when some inputs could not be read;
// everything else was still ingested.
var ErrSomeFailed = errors.New("some inputs could not be ingested")

type job struct {
	seq   int
	art   article.Article
	facts fact.Facts
	skip  bool // unchanged in the store: nothing to extract
	err   error
	file  bool // the last record of a file, for progress
}

// Run ingests the articles in paths (files, folders, or "-" for stdin) into s.
func Run(ctx context.Context, s *graph.Store, x *extract.Extractor, paths []string, opt Options) (Summary, error) {
	start := time.Now()
	var sum Summary
	problem := func(err error) {
		sum.Failed++
		if opt.Problem != nil {
			opt.Problem(err)
		}
	}
	// A missing path is reported like a bad file: the rest still go in.
	var files []string
	for _, p := range paths {
		fs, err := article.Files(p)
		if err != nil {
			problem(err)
			continue
		}
		files = append(files, fs...)
	}
	sum.Files = len(files)
	loader, err := s.NewLoader(ctx)
	if err != nil {
		return sum, err
	}
	loader.SetBatch(opt.BatchQuads)
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	in := make(chan *job, 4*workers)
	out := make(chan *job, 4*workers)

	// Read in order; the loader decides what is unchanged so it is not
	// extracted again.
	go func() {
		defer close(in)
		seq := 0
		for _, f := range files {
			var last *job
			for a, err := range article.ReadFile(f) {
				if last != nil {
					if !send(ctx, in, last) {
						return
					}
				}
				last = &job{seq: seq, art: a, err: err}
				if err == nil {
					last.skip = loader.Unchanged(a)
				}
				seq++
			}
			if last == nil {
				last = &job{seq: seq, err: fmt.Errorf("%s: no articles", f)}
				seq++
			}
			last.file = true
			if !send(ctx, in, last) {
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				if j.err == nil && !j.skip {
					j.facts = x.Extract(j.art)
				}
				if !send(ctx, out, j) {
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()

	// Load in input order: entity and event IRIs depend on what came first.
	pending := map[int]*job{}
	next, done := 0, 0
	var loadErr error
	for j := range out {
		pending[j.seq] = j
		for {
			j, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if loadErr == nil {
				switch {
				case j.err != nil:
					problem(j.err)
				case j.skip:
					err = loader.Add(ctx, j.art, fact.Facts{}) // counted as unchanged
				default:
					err = loader.Add(ctx, j.art, j.facts)
				}
				if err != nil {
					loadErr = err
					cancel()
				}
			}
			if j.file {
				done++
				if opt.Progress != nil {
					opt.Progress(done, len(files))
				}
			}
		}
	}
	if loadErr == nil {
		loadErr = ctx.Err()
	}
	if loadErr != nil {
		// The loader may be writing a batch still: wait for it, write no
		// more (ctx is done).
		loader.Close(ctx)
		return sum, loadErr
	}
	if err := loader.Close(ctx); err != nil {
		return sum, err
	}
	sum.Stats = loader.Stats()
	if sum.Quads, err = s.Size(ctx); err != nil {
		return sum, err
	}
	sum.Duration = time.Since(start)
	if sum.Failed > 0 {
		return sum, fmt.Errorf("%d of the inputs: %w", sum.Failed, ErrSomeFailed)
	}
	return sum, nil
}

func send(ctx context.Context, ch chan<- *job, j *job) bool {
	select {
	case ch <- j:
		return true
	case <-ctx.Done():
		return false
	}
}
