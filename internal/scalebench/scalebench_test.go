package scalebench

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

func TestQuadsWritten(t *testing.T) {
	for _, c := range []struct {
		name, out string
		want      int64
		wantErr   bool
	}{
		{"summary", "ingested 50 articles from 50 files (0 unchanged, 0 replaced, 0 failed): 812 facts, 13262 quads written, 13302 in store, 1.2s -> /tmp/db\n", 13262, false},
		{"no summary", "newsgraph: something else\n", 0, true},
		{"empty", "", 0, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := quadsWritten([]byte(c.out))
			if (err != nil) != c.wantErr || got != c.want {
				t.Fatalf("quadsWritten = %d, %v; want %d, error %v", got, err, c.want, c.wantErr)
			}
		})
	}
}

func TestBusiest(t *testing.T) {
	a, b, c := quad.IRI("https://x/id/person/a"), quad.IRI("https://x/id/person/b"), quad.IRI("https://x/id/person/c")
	e1, e2 := quad.IRI("https://x/id/event/1"), quad.IRI("https://x/id/event/2")
	art1, art2 := quad.IRI("https://x/id/article/1"), quad.IRI("https://x/id/article/2")
	names := []quad.Quad{quad.Make(a, graph.Name, quad.String("A A"), nil), quad.Make(b, graph.Name, quad.String("B B"), nil)}
	for _, tc := range []struct {
		name      string
		quads     []quad.Quad
		iri, want string
		wantErr   string
	}{
		{"most attendance", append([]quad.Quad{
			quad.Make(e1, graph.Attendee, a, art1), quad.Make(e1, graph.Attendee, b, art1),
			quad.Make(e2, graph.Attendee, b, art2), quad.Make(e1, graph.Attendee, b, art2),
		}, names...), string(b), "B B", ""},
		{"first by IRI among equals", append([]quad.Quad{
			quad.Make(e1, graph.Attendee, b, art1), quad.Make(e1, graph.Attendee, a, art1),
		}, names...), string(a), "A A", ""},
		{"no meetings", names, "", "", "no meetings"},
		{"no name", []quad.Quad{quad.Make(e1, graph.Attendee, c, art1)}, "", "", "has no"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := graph.OpenMemory()
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if err := s.QuadWriter().AddQuadSet(tc.quads); err != nil {
				t.Fatal(err)
			}
			iri, name, err := busiest(context.Background(), s)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want one saying %q", err, tc.wantErr)
				}
				return
			}
			if err != nil || iri != tc.iri || name != tc.want {
				t.Fatalf("busiest = %q %q, %v; want %q %q", iri, name, err, tc.iri, tc.want)
			}
		})
	}
}

func TestMedian(t *testing.T) {
	for _, c := range []struct {
		name string
		in   []time.Duration
		want time.Duration
	}{
		{"odd", []time.Duration{5, 1, 3}, 3},
		{"even", []time.Duration{4, 1, 2, 100}, 3},
		{"one", []time.Duration{7}, 7},
		{"none", nil, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := median(c.in); got != c.want {
				t.Fatalf("median(%v) = %v, want %v", c.in, got, c.want)
			}
		})
	}
}

func TestLatencies(t *testing.T) {
	slow := func() error { time.Sleep(2 * time.Millisecond); return nil }
	fast := func() error { return nil }
	for _, c := range []struct {
		name     string
		runs     int
		budget   time.Duration
		qs       []func() error
		wantRuns int
	}{
		{"all runs", 5, 0, []func() error{fast, fast, fast}, 5},
		{"budget spent", 50, 5 * time.Millisecond, []func() error{fast, slow, fast}, 3},
		{"three at least", 10, time.Nanosecond, []func() error{slow, slow, slow}, 3},
		{"fewer asked than three", 2, time.Nanosecond, []func() error{slow, slow, slow}, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			l, err := latencies(c.runs, c.budget, c.qs)
			if err != nil {
				t.Fatal(err)
			}
			if l.Runs != c.wantRuns {
				t.Errorf("runs = %d, want %d", l.Runs, c.wantRuns)
			}
			// The second query of every case that has a slow one is slow.
			if c.name != "all runs" && l.Entity < 2*time.Millisecond {
				t.Errorf("slow query's median %v, under its 2 ms sleep", l.Entity)
			}
		})
	}
	failing := errors.New("no store")
	if _, err := latencies(3, 0, []func() error{fast, func() error { return failing }, fast}); !errors.Is(err, failing) {
		t.Errorf("a failing query gave %v, want its error", err)
	}
}

func TestFormats(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{thousands(0), "0"},
		{thousands(999), "999"},
		{thousands(1000), "1,000"},
		{thousands(1234567), "1,234,567"},
		{thousands(-1234), "-1,234"},
		{bytesOrDash(-1), "–"},
		{bytesOrDash(512), "512 B"},
		{bytesOrDash(25_300), "25.3 kB"},
		{bytesOrDash(1_400_000_000), "1.40 GB"},
		{perArticle(-1, 10), "–"},
		{perArticle(30_000_000, 1000), "30.0 kB"},
		{millis(250 * time.Microsecond), "0.250 ms"},
		{millis(45 * time.Millisecond), "45.0 ms"},
		{millis(1234 * time.Millisecond), "1234 ms"},
		{seconds(1500 * time.Millisecond), "1.5 s"},
		{seconds(33 * time.Minute), "33.0 min"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestMarkdown(t *testing.T) {
	p := Point{Store: "embedded", Articles: 1000, InputBytes: 3_000_000, Wall: 20 * time.Second, Quads: 300_000,
		PeakRSS: 250_000_000, StoreBytes: 30_000_000, Person: "A B", Answers: 12,
		CLI:       Latencies{Met: 300 * time.Millisecond, Entity: 310 * time.Millisecond, TwoHop: 320 * time.Millisecond, Runs: 20},
		InProcess: Latencies{Met: 20 * time.Millisecond, Entity: 30 * time.Millisecond, TwoHop: 2 * time.Millisecond, Runs: 7}}
	pg := p
	pg.Store, pg.StoreBytes, pg.PeakRSS = "postgres://127.0.0.1/ng", -1, -1
	r := &Result{Build: "newsgraph 0.1.0", Machine: "linux/amd64, 2 CPUs", Points: []Point{p, pg},
		Ox: &Oxigraph{Version: "0.5.11", Articles: 1000, Quads: 300_000, Bytes: 60_000_000, LoadPerSec: 150_000,
			TwoHop: 500 * time.Microsecond, Answers: 12, Runs: 20, Newsgraph: p, Reloaded: 300_000, ReloadTime: 5 * time.Second}}
	var b strings.Builder
	if err := r.Markdown(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"| embedded | 1,000 | 3.0 MB | 20.0 s | 50.0 | 0.150 | 300,000 | 15,000 | 250.0 MB | 30.0 MB | 30.0 kB |",
		"| postgres://127.0.0.1/ng | 1,000 | 3.0 MB | 20.0 s | 50.0 | 0.150 | 300,000 | 15,000 | – | – | – |",
		"| embedded | 1,000 | A B | 300 ms | 310 ms | 320 ms | 20.0 ms | 30.0 ms | 2.0 ms | 12 | 20, 7 |",
		"| load, quads/s: newsgraph's ingest | 15,000 | 150,000 | 0.100 |",
		"| load, quads/s: the export into a fresh embedded store | 60,000 | 150,000 | 0.400 |",
		"| 2-hop, median | 2.0 ms | 0.500 ms | 4.00 |",
		"| 2-hop answers | 12 | 12 | |",
		"| 2-hop runs | 7 | 20 | |",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("no line %q in\n%s", want, b.String())
		}
	}
	r.Ox, r.OxError = nil, "node and npm are needed for Oxigraph: node: not found"
	b.Reset()
	if err := r.Markdown(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "Oxigraph not measured: node and npm are needed") {
		t.Errorf("no word of Oxigraph's absence in\n%s", b.String())
	}
}

func TestRunRefusesBadConfig(t *testing.T) {
	for _, c := range []struct {
		name string
		cfg  Config
		want string
	}{
		{"no sizes", Config{Runs: 3}, "no sizes"},
		{"zero size", Config{Sizes: []int{10, 0}, Runs: 3}, "at least one article"},
		{"no runs", Config{Sizes: []int{10}}, "runs"},
	} {
		t.Run(c.name, func(t *testing.T) {
			c.cfg.Work = t.TempDir()
			if _, err := Run(context.Background(), c.cfg); err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want one saying %q", err, c.want)
			}
		})
	}
}

// TestRun builds newsgraph and measures a corpus of 50 articles: every
// figure is there and sane, and the tables have their columns.
func TestRun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds newsgraph and runs it some thirty times")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command to build newsgraph with")
	}
	work := t.TempDir()
	res, err := Run(context.Background(), Config{Sizes: []int{50}, Repo: "../..", Work: work, Runs: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Points) != 1 {
		t.Fatalf("%d points, want 1", len(res.Points))
	}
	p := res.Points[0]
	if p.Store != "embedded" || p.Articles != 50 {
		t.Errorf("point is %s with %d articles, want embedded with 50", p.Store, p.Articles)
	}
	// 50 articles of the test set are some kilobytes each and hundreds of
	// quads each.
	if p.InputBytes < 50*1000 || p.Quads < 50*50 {
		t.Errorf("input %d bytes, %d quads: too few for 50 articles", p.InputBytes, p.Quads)
	}
	if p.Wall <= 0 || p.StoreBytes <= 0 {
		t.Errorf("wall %v, store %d bytes: want both above zero", p.Wall, p.StoreBytes)
	}
	if p.PeakRSS == 0 || p.PeakRSS > 0 && p.PeakRSS < 1<<20 {
		t.Errorf("peak RSS %d bytes: not a Go program's", p.PeakRSS)
	}
	if p.Person == "" || !strings.HasPrefix(p.PersonIRI, "https://newsgraph.github.io/id/person/") {
		t.Errorf("person %q <%s>: want a person of the store", p.Person, p.PersonIRI)
	}
	// The person attended events with others: the 2-hop query finds them
	// and the person.
	if p.Answers < 2 {
		t.Errorf("2-hop query answered %d names, want the person and at least one other", p.Answers)
	}
	for name, d := range map[string]time.Duration{
		"met CLI": p.CLI.Met, "entity CLI": p.CLI.Entity, "2-hop CLI": p.CLI.TwoHop,
		"met": p.InProcess.Met, "entity": p.InProcess.Entity, "2-hop": p.InProcess.TwoHop,
	} {
		if d <= 0 {
			t.Errorf("%s latency %v, want above zero", name, d)
		}
	}
	// A process start and a store open cost more than the query alone.
	if p.CLI.TwoHop <= p.InProcess.TwoHop {
		t.Errorf("2-hop through the CLI %v, in process %v: the CLI cannot be faster", p.CLI.TwoHop, p.InProcess.TwoHop)
	}
	var b strings.Builder
	if err := res.Markdown(&b); err != nil {
		t.Fatal(err)
	}
	for _, col := range []string{"| store | articles | input | wall time | articles/s | MB/s | quads | quads/s | peak RSS | store size | per article |",
		"| met, CLI | entity, CLI | 2-hop, CLI | met, in process | entity, in process | 2-hop, in process | 2-hop answers | runs |",
		"| embedded | 50 |"} {
		if !strings.Contains(b.String(), col) {
			t.Errorf("no %q in\n%s", col, b.String())
		}
	}
	// The corpus is removed after its ingest; the store stays for a look.
	if m, _ := filepath.Glob(filepath.Join(work, "corpus-*")); len(m) != 0 {
		t.Errorf("corpora left behind: %v", m)
	}
	// The store's export loads back into a fresh store, every quad of it.
	nq := filepath.Join(work, "export.nq")
	if _, _, err := (newsgraph{bin: filepath.Join(work, "newsgraph")}).run(context.Background(), "export", "--db", filepath.Join(work, "db-50"), "-o", nq); err != nil {
		t.Fatal(err)
	}
	b2, err := os.ReadFile(nq)
	if err != nil {
		t.Fatal(err)
	}
	lines := int64(strings.Count(string(b2), "\n"))
	loaded, took, err := loadExport(context.Background(), filepath.Join(work, "reload"), nq)
	if err != nil {
		t.Fatal(err)
	}
	if loaded != lines || loaded < p.Quads || took <= 0 {
		t.Errorf("loaded %d quads of %d lines (ingest wrote %d) in %v", loaded, lines, p.Quads, took)
	}
	if _, err := os.Stat(filepath.Join(work, "reload")); !os.IsNotExist(err) {
		t.Errorf("the reloaded store was left behind: %v", err)
	}
}
