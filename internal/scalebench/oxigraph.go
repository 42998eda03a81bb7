package scalebench

import (
	"bufio"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/graph"
)

// oxigraphFiles are the Node script that loads an export into Oxigraph and
// its npm manifest and lock, written into the work folder at run time so
// that node_modules never lands in the repository.
//
//go:embed oxigraph/package.json oxigraph/package-lock.json oxigraph/bench.mjs
var oxigraphFiles embed.FS

// errNoNode is returned when Oxigraph cannot be run for want of node or npm.
var errNoNode = errors.New("node and npm are needed for Oxigraph")

// oxigraphOut is what bench.mjs prints.
type oxigraphOut struct {
	Quads       int64   `json:"quads"`
	Bytes       int64   `json:"bytes"`
	LoadSeconds float64 `json:"load_seconds"`
	PerSecond   float64 `json:"quads_per_second"`
	TwoHopMS    float64 `json:"two_hop_median_ms"`
	Answers     int     `json:"two_hop_results"`
	Runs        int     `json:"two_hop_runs"`
}

// runOxigraph exports the embedded store of cfg.OxigraphSize articles (else
// of the largest size measured) and loads it into Oxigraph.
func runOxigraph(ctx context.Context, cfg Config, ng newsgraph, res *Result, stores map[int]string) (*Oxigraph, error) {
	var from *Point
	for i, p := range res.Points {
		if p.Store != "embedded" {
			continue
		}
		if p.Articles == cfg.OxigraphSize || from == nil || (from.Articles != cfg.OxigraphSize && p.Articles > from.Articles) {
			from = &res.Points[i]
		}
	}
	if from == nil {
		return nil, errors.New("scalebench: Oxigraph loads the embedded store's export, and none was measured")
	}
	for _, tool := range []string{"node", "npm"} {
		if _, err := exec.LookPath(tool); err != nil {
			return nil, fmt.Errorf("%w: %s: %v", errNoNode, tool, err)
		}
	}
	dir := filepath.Join(cfg.Work, "oxigraph")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("scalebench: %w", err)
	}
	for _, name := range []string{"package.json", "package-lock.json", "bench.mjs"} {
		b, err := oxigraphFiles.ReadFile("oxigraph/" + name)
		if err != nil {
			return nil, fmt.Errorf("scalebench: %w", err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return nil, fmt.Errorf("scalebench: %w", err)
		}
	}
	fmt.Fprintf(cfg.Log, "npm ci in %s\n", dir)
	if _, err := command(ctx, dir, "npm", "ci", "--no-audit", "--no-fund"); err != nil {
		return nil, err
	}
	version, err := packageVersion(filepath.Join(dir, "node_modules", "oxigraph", "package.json"))
	if err != nil {
		return nil, err
	}
	nq := filepath.Join(cfg.Work, fmt.Sprintf("export-%d.nq", from.Articles))
	fmt.Fprintf(cfg.Log, "exporting the %d-article store to %s\n", from.Articles, nq)
	if _, _, err := ng.run(ctx, "export", "--db", stores[from.Articles], "-o", nq); err != nil {
		return nil, err
	}
	defer os.Remove(nq)
	fmt.Fprintf(cfg.Log, "loading %s into a fresh embedded store, in process\n", nq)
	loaded, loadTime, err := loadExport(ctx, filepath.Join(cfg.Work, fmt.Sprintf("reload-%d", from.Articles)), nq)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(cfg.Log, "loading %s into Oxigraph %s\n", nq, version)
	out, err := command(ctx, dir, "node", "bench.mjs", nq, "<"+from.PersonIRI+">", strconv.Itoa(cfg.Runs), strconv.FormatInt(cfg.QueryTime.Milliseconds(), 10))
	if err != nil {
		return nil, err
	}
	var o oxigraphOut
	if err := json.Unmarshal(out, &o); err != nil {
		return nil, fmt.Errorf("scalebench: read bench.mjs's answer %q: %w", shorten(out), err)
	}
	return &Oxigraph{
		Version:    version,
		Articles:   from.Articles,
		Quads:      o.Quads,
		Bytes:      o.Bytes,
		LoadPerSec: o.PerSecond,
		TwoHop:     time.Duration(o.TwoHopMS * float64(time.Millisecond)),
		Answers:    o.Answers,
		Runs:       o.Runs,
		Newsgraph:  *from,
		Reloaded:   loaded,
		ReloadTime: loadTime,
	}, nil
}

func packageVersion(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("scalebench: %w", err)
	}
	var pkg struct {
		Version string `json:"version"`
	}
	if err := json.Unmarshal(b, &pkg); err != nil {
		return "", fmt.Errorf("scalebench: %s: %w", path, err)
	}
	return pkg.Version, nil
}

// loadExport writes the quads of an N-Quads file into a fresh store at dir,
// in batches of graph.BatchQuads, and returns how many and how long it took,
// parsing included: the store's own load rate, as Oxigraph's is measured,
// without newsgraph's extraction and resolution. The store is removed after.
func loadExport(ctx context.Context, dir, nq string) (int64, time.Duration, error) {
	if err := os.RemoveAll(dir); err != nil {
		return 0, 0, fmt.Errorf("scalebench: %w", err)
	}
	defer os.RemoveAll(dir)
	f, err := os.Open(nq)
	if err != nil {
		return 0, 0, fmt.Errorf("scalebench: %w", err)
	}
	defer f.Close()
	start := time.Now()
	s, err := graph.Open(ctx, dir, graph.Options{})
	if err != nil {
		return 0, 0, fmt.Errorf("scalebench: %w", err)
	}
	defer s.Close()
	r := nquads.NewReader(bufio.NewReaderSize(f, 1<<20), false)
	var n int64
	batch := make([]quad.Quad, 0, graph.BatchQuads)
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			return n, 0, fmt.Errorf("scalebench: read %s: %w", nq, err)
		}
		if batch = append(batch, q); len(batch) == cap(batch) {
			if err := s.QuadWriter().AddQuadSet(batch); err != nil {
				return n, 0, fmt.Errorf("scalebench: load %s into %s: %w", nq, dir, err)
			}
			n += int64(len(batch))
			batch = batch[:0]
		}
	}
	if err := s.QuadWriter().AddQuadSet(batch); err != nil {
		return n, 0, fmt.Errorf("scalebench: load %s into %s: %w", nq, dir, err)
	}
	n += int64(len(batch))
	if err := s.Close(); err != nil {
		return n, 0, fmt.Errorf("scalebench: %w", err)
	}
	return n, time.Since(start), nil
}
