// Package scalebench measures newsgraph at scale, as a user runs it: for
// each corpus size it generates distinct articles (internal/corpus), runs
// the newsgraph binary's ingest into a fresh store, and times the queries a
// user asks of that store, through the command line and in process; it can
// load the same store's N-Quads export into Oxigraph for comparison. It
// measures whatever build it is given, so that a change to ingest or to the
// store is measured by running it again.
package scalebench

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/queries"
)

// Config says what to measure.
type Config struct {
	Sizes []int  // corpus sizes, in articles
	Repo  string // the module's root: its testdata is varied, its cmd/newsgraph built
	// Newsgraph is the binary to measure; "" builds Repo's cmd/newsgraph.
	Newsgraph string
	// DBs are the stores ingested into at each size: "" is the embedded
	// store in a fresh folder under Work; anything else is passed to --db
	// as it is, with "{n}" replaced by the size (a database URL must name
	// an empty database).
	DBs  []string
	Work string // where corpora, stores and exports go
	Runs int    // runs of each query, of which the median is reported
	// QueryTime bounds the time one query's runs take: after it, no
	// further run starts once three are done. 0 is no bound.
	QueryTime time.Duration
	// OxigraphSize is the size whose embedded store's export
	// RunOxigraph loads.
	OxigraphSize int
	Log          io.Writer // progress, one line a step
}

// Point is one ingest into one store and the queries on it.
type Point struct {
	Store      string // "embedded" or the --db given
	Articles   int
	InputBytes int64
	Wall       time.Duration
	Quads      int64 // written by the ingest
	PeakRSS    int64 // bytes; -1 where the system does not say
	StoreBytes int64 // on disk; -1 for a database server
	Person     string
	PersonIRI  string
	CLI        Latencies // through the binary: process start and store open included
	InProcess  Latencies // graph and queries called directly on a store opened once
	Answers    int       // of the 2-hop query
}

// Latencies are the medians of the three queries.
type Latencies struct {
	Met, Entity, TwoHop time.Duration
	Runs                int // the fewest runs any of the three had
}

// Oxigraph is Oxigraph's load of one store's N-Quads export and its 2-hop
// query, beside the newsgraph figures of that store.
type Oxigraph struct {
	Version    string // of the npm package
	Articles   int
	Quads      int64 // loaded
	Bytes      int64 // of the export
	LoadPerSec float64
	TwoHop     time.Duration // median, in process
	Answers    int           // of the 2-hop query
	Runs       int           // of the 2-hop query
	Newsgraph  Point         // the embedded store exported
	// Reloaded quads of the export written into a fresh embedded store in
	// ReloadTime: the store's load rate without extraction.
	Reloaded   int64
	ReloadTime time.Duration
}

// Result is one run of the benchmark.
type Result struct {
	Build   string // newsgraph's version line and commit
	Machine string
	Points  []Point
	Ox      *Oxigraph
	OxError string // why Oxigraph was not measured, when it was asked for

	ng     newsgraph
	stores map[int]string // the embedded store of each size
}

// Run measures every size on every store.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	if len(cfg.Sizes) == 0 {
		return nil, errors.New("scalebench: no sizes to measure")
	}
	for _, n := range cfg.Sizes {
		if n <= 0 {
			return nil, fmt.Errorf("scalebench: size %d: a corpus needs at least one article", n)
		}
	}
	if cfg.Runs <= 0 {
		return nil, fmt.Errorf("scalebench: %d runs: at least one is needed for a median", cfg.Runs)
	}
	if len(cfg.DBs) == 0 {
		cfg.DBs = []string{""}
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	if err := os.MkdirAll(cfg.Work, 0o755); err != nil {
		return nil, fmt.Errorf("scalebench: %w", err)
	}
	bin := cfg.Newsgraph
	if bin == "" {
		bin = filepath.Join(cfg.Work, "newsgraph")
		fmt.Fprintf(cfg.Log, "building %s/cmd/newsgraph\n", cfg.Repo)
		if _, err := command(ctx, cfg.Repo, "go", "build", "-o", bin, "./cmd/newsgraph"); err != nil {
			return nil, err
		}
	}
	ng := newsgraph{bin: bin}
	res := &Result{
		Build:   build(ctx, ng, cfg.Repo),
		Machine: fmt.Sprintf("%s/%s, %d CPUs", runtime.GOOS, runtime.GOARCH, runtime.NumCPU()),
	}
	stores := map[int]string{} // the embedded store of each size
	for _, n := range cfg.Sizes {
		dir := filepath.Join(cfg.Work, fmt.Sprintf("corpus-%d", n))
		if err := os.RemoveAll(dir); err != nil {
			return nil, fmt.Errorf("scalebench: %w", err)
		}
		fmt.Fprintf(cfg.Log, "generating %d articles into %s\n", n, dir)
		size, err := corpus.WriteN(filepath.Join(cfg.Repo, "testdata"), dir, n)
		if err != nil {
			return nil, err
		}
		for _, db := range cfg.DBs {
			p := Point{Store: "embedded", Articles: n, InputBytes: size}
			target := strings.ReplaceAll(db, "{n}", strconv.Itoa(n))
			if db == "" {
				target = filepath.Join(cfg.Work, fmt.Sprintf("db-%d", n))
				if err := os.RemoveAll(target); err != nil {
					return nil, fmt.Errorf("scalebench: %w", err)
				}
				stores[n] = target
			} else {
				p.Store = target
			}
			if err := measure(ctx, cfg, ng, dir, target, &p); err != nil {
				return nil, err
			}
			// Said at once, so that a long run stopped later still tells.
			fmt.Fprintf(cfg.Log, "%s, %d articles: %s, %.1f articles/s, %s quads, peak RSS %s, store %s; 2-hop %s in process\n",
				p.Store, n, seconds(p.Wall), float64(n)/p.Wall.Seconds(), thousands(p.Quads),
				bytesOrDash(p.PeakRSS), bytesOrDash(p.StoreBytes), millis(p.InProcess.TwoHop))
			res.Points = append(res.Points, p)
		}
		if err := os.RemoveAll(dir); err != nil {
			return nil, fmt.Errorf("scalebench: %w", err)
		}
	}
	res.ng, res.stores = ng, stores
	return res, nil
}

// RunOxigraph loads the export of the embedded store of cfg.OxigraphSize
// articles (else of the largest measured) into Oxigraph, after Run. Without
// node or npm it records why in r.OxError and returns nil.
func (r *Result) RunOxigraph(ctx context.Context, cfg Config) error {
	ox, err := runOxigraph(ctx, cfg, r.ng, r, r.stores)
	if errors.Is(err, errNoNode) {
		r.OxError = err.Error()
		return nil
	}
	r.Ox = ox
	return err
}

// measure ingests the corpus in dir into the store db and times the
// queries on it.
func measure(ctx context.Context, cfg Config, ng newsgraph, dir, db string, p *Point) error {
	fmt.Fprintf(cfg.Log, "ingesting %d articles into %s\n", p.Articles, db)
	start := time.Now()
	out, ps, err := ng.run(ctx, "ingest", "-q", "--db", db, dir)
	p.Wall = time.Since(start)
	if err != nil {
		return err
	}
	p.PeakRSS = peakRSS(ps)
	if p.Quads, err = quadsWritten(out); err != nil {
		return fmt.Errorf("scalebench: ingest into %s: %w", db, err)
	}
	p.StoreBytes = -1
	if st, err := os.Stat(db); err == nil && st.IsDir() {
		if p.StoreBytes, err = dirSize(db); err != nil {
			return err
		}
	}
	// The store is open in process from here on, shared with the command
	// line's readers.
	st, err := graph.OpenReadOnly(ctx, db)
	if err != nil {
		return fmt.Errorf("scalebench: %w", err)
	}
	defer st.Close()
	if p.PersonIRI, p.Person, err = busiest(ctx, st); err != nil {
		return fmt.Errorf("scalebench: %s: %w", db, err)
	}
	twoHop := TwoHopGizmo(p.PersonIRI)
	fmt.Fprintf(cfg.Log, "timing queries about %s, up to %d runs each\n", p.Person, cfg.Runs)
	cli := []func() error{
		func() error { _, _, err := ng.run(ctx, "met", "--db", db, "--person", p.Person); return err },
		func() error { _, _, err := ng.run(ctx, "entity", "--db", db, p.Person); return err },
		func() error { _, _, err := ng.run(ctx, "query", "--db", db, twoHop); return err },
	}
	if p.CLI, err = latencies(cfg.Runs, cfg.QueryTime, cli); err != nil {
		return err
	}
	s := st
	in := []func() error{
		func() error { _, err := queries.Met(ctx, s, queries.Filter{Person: p.Person}); return err },
		func() error { _, err := queries.Entities(ctx, s, p.Person); return err },
		func() error {
			res, err := queries.Run(ctx, s, "gizmo", twoHop, 0)
			p.Answers = len(res)
			return err
		},
	}
	if p.InProcess, err = latencies(cfg.Runs, cfg.QueryTime, in); err != nil {
		return err
	}
	return s.Close()
}

// TwoHopGizmo is the 2-hop query timed: everyone who attended an event with
// the person, by name.
func TwoHopGizmo(personIRI string) string {
	return fmt.Sprintf(`g.V("<%s>").In("<http://schema.org/attendee>").Unique().Out("<http://schema.org/attendee>").Unique().Out("<http://schema.org/name>").All()`, personIRI)
}

// latencies runs each of the met, entity and 2-hop queries runs times, or
// fewer (three at least) once a query's runs have taken budget, and returns
// their medians.
func latencies(runs int, budget time.Duration, qs []func() error) (Latencies, error) {
	var med [3]time.Duration
	fewest := runs
	for i, q := range qs {
		var times []time.Duration
		var spent time.Duration
		for len(times) < runs && (budget <= 0 || spent < budget || len(times) < 3) {
			start := time.Now()
			if err := q(); err != nil {
				return Latencies{}, err
			}
			d := time.Since(start)
			times = append(times, d)
			spent += d
		}
		med[i] = median(times)
		fewest = min(fewest, len(times))
	}
	return Latencies{Met: med[0], Entity: med[1], TwoHop: med[2], Runs: fewest}, nil
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

var ingestLine = regexp.MustCompile(`ingested (\d+) articles .*?: \d+ facts, (\d+) quads written`)

// quadsWritten reads the quads written from ingest's closing line.
func quadsWritten(out []byte) (int64, error) {
	m := ingestLine.FindSubmatch(out)
	if m == nil {
		return 0, fmt.Errorf("no summary line in ingest's output %q", shorten(out))
	}
	return strconv.ParseInt(string(m[2]), 10, 64)
}

// busiest is the person who attended the most events, counted in
// attendance quads (one per event and article), the first by IRI among
// equals, with the display name: a person of the store, whatever the
// corpus. It reads the store once, which costs less than asking met for
// every meeting.
func busiest(ctx context.Context, s *graph.Store) (iri, name string, err error) {
	count := map[quad.IRI]int{}
	err = s.Each(ctx, func(q quad.Quad) error {
		if q.Predicate == graph.Attendee {
			if who, ok := q.Object.(quad.IRI); ok {
				count[who]++
			}
		}
		return nil
	})
	if err != nil {
		return "", "", err
	}
	var best quad.IRI
	for who, n := range count {
		if n > count[best] || n == count[best] && who < best {
			best = who
		}
	}
	if best == "" {
		return "", "", errors.New("the store has no meetings, so no person to ask about")
	}
	names, err := s.Quads(ctx, quad.Subject, best, graph.Name)
	if err != nil {
		return "", "", err
	}
	for _, q := range names {
		if n, ok := q.Object.(quad.String); ok {
			return string(best), string(n), nil
		}
	}
	return "", "", fmt.Errorf("%s attends %d events but has no %s", best, count[best], graph.Name)
}

func dirSize(dir string) (int64, error) {
	var size int64
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			info, err := d.Info()
			if err != nil {
				return err
			}
			size += info.Size()
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("scalebench: size of %s: %w", dir, err)
	}
	return size, nil
}

// build names the binary measured: its version line and the repository's
// commit, where git knows it.
func build(ctx context.Context, ng newsgraph, repo string) string {
	v, _, err := ng.run(ctx, "version")
	b := strings.TrimSpace(string(v))
	if err != nil {
		b = "newsgraph (version unknown)"
	}
	if c, err := command(ctx, repo, "git", "describe", "--always", "--dirty"); err == nil {
		b += ", commit " + strings.TrimSpace(string(c))
	}
	return b
}

// newsgraph runs one binary.
type newsgraph struct{ bin string }

// run runs newsgraph with args and returns its standard output and its
// process state (for its resource use).
func (ng newsgraph) run(ctx context.Context, args ...string) ([]byte, *os.ProcessState, error) {
	cmd := exec.CommandContext(ctx, ng.bin, args...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		return nil, nil, fmt.Errorf("scalebench: newsgraph %s: %w: %s", strings.Join(args, " "), err, shorten(errOut.Bytes()))
	}
	return out.Bytes(), cmd.ProcessState, nil
}

// command runs a program in dir and returns its standard output.
func command(ctx context.Context, dir, name string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("scalebench: %s %s (in %s): %w: %s", name, strings.Join(args, " "), dir, err, shorten(errOut.Bytes()))
	}
	return out, nil
}

func shorten(b []byte) string {
	s := strings.TrimSpace(string(b))
	if len(s) > 400 {
		s = s[:400] + "…"
	}
	return s
}
