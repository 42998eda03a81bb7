// Command scalebench measures newsgraph's ingest and queries at several
// corpus sizes and prints markdown tables ready for the README: for each
// size it generates distinct articles, runs `newsgraph ingest` into a fresh
// embedded store (and into each -db given), and times `met --person`,
// `entity` and a 2-hop Gizmo query through the command line and in process;
// with -oxigraph it loads the N-Quads export of one store into Oxigraph
// (npm) and compares. Run it from the repository's root:
//
//	go run ./cmd/scalebench -sizes 1000,10000 -oxigraph
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/scalebench"
)

// dbs collects repeated -db flags.
type dbs []string

func (d *dbs) String() string     { return strings.Join(*d, ",") }
func (d *dbs) Set(v string) error { *d = append(*d, v); return nil }

func main() {
	graph.QuietBackend()
	sizes := flag.String("sizes", "1000,10000,100000", "corpus sizes, in articles, comma-separated")
	var extra dbs
	flag.Var(&extra, "db", "also ingest into this store (a URL for --db; {n} is replaced by the size; it must be empty); repeatable")
	bin := flag.String("newsgraph", "", "the newsgraph binary to measure (default: build the repository's cmd/newsgraph)")
	repo := flag.String("repo", ".", "the repository's root")
	work := flag.String("work", "", "folder for corpora, stores and exports (default: a temporary folder, removed after)")
	runs := flag.Int("runs", 20, "runs of each query; the median is reported")
	queryTime := flag.Duration("query-time", time.Minute, "no further run of a query once its runs took this long (three at least); 0: no bound")
	oxigraph := flag.Bool("oxigraph", false, "also load one store's export into Oxigraph (needs node and npm)")
	oxSize := flag.Int("oxigraph-size", 10000, "the size whose store Oxigraph loads (else the largest measured)")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, *sizes, extra, *bin, *repo, *work, *runs, *queryTime, *oxigraph, *oxSize)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "scalebench:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, sizes string, extra []string, bin, repo, work string, runs int, queryTime time.Duration, oxigraph bool, oxSize int) error {
	cfg := scalebench.Config{Repo: repo, Newsgraph: bin, DBs: append([]string{""}, extra...), Runs: runs, QueryTime: queryTime, Log: os.Stderr}
	for _, s := range strings.Split(sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			return fmt.Errorf("-sizes %q: %q is not a number of articles", sizes, s)
		}
		cfg.Sizes = append(cfg.Sizes, n)
	}
	cfg.OxigraphSize = oxSize
	cfg.Work = work
	if work == "" {
		dir, err := os.MkdirTemp("", "scalebench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		cfg.Work = dir
	}
	res, err := scalebench.Run(ctx, cfg)
	if err != nil {
		return err
	}
	// The stores' tables first: Oxigraph can take minutes more.
	if err := res.MarkdownStores(os.Stdout); err != nil {
		return err
	}
	if !oxigraph {
		return nil
	}
	if err := res.RunOxigraph(ctx, cfg); err != nil {
		return err
	}
	return res.MarkdownOxigraph(os.Stdout)
}
