package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/fact"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/internal/pgtest"
)

// synthetic makes article i of a corpus: people drawn from a pool of 2,000,
// roles, two meetings and three claims, like a busy news article.
func synthetic(i int) (article.Article, fact.Facts) {
	given := []string{"Anna", "Boris", "Chen", "Dara", "Emil", "Farah", "Goran", "Hana"}
	a := article.Article{ID: fmt.Sprintf("synthetic-%06d.txt", i), Title: "Synthetic", Text: "Sentence one. Sentence two.",
		Published: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%300)}
	var f fact.Facts
	for k := 0; k < 6; k++ {
		n := (i*7 + k*131) % 2000
		f.Entities = append(f.Entities, person(k, fmt.Sprintf("%s Family%04d", given[n%len(given)], n), fmt.Sprintf("Family%04d", n)))
	}
	f.Entities = append(f.Entities, org(6, fmt.Sprintf("Country%02d", i%40)), place(7, fmt.Sprintf("City%03d", i%150), -1))
	ev := fact.Evidence{Span: fact.Span{Start: 0, End: 13}, Confidence: 0.8}
	for k := 0; k < 4; k++ {
		f.Roles = append(f.Roles, fact.Role{Person: k, Title: "minister", Org: 6, Evidence: ev})
	}
	d := a.Published.Format("2006-01-02")
	f.Events = append(f.Events,
		fact.Event{Kind: "meeting", Status: "held", Participants: []int{0, 1, 2}, Place: 7, Start: d, End: d, Evidence: ev},
		fact.Event{Kind: "call", Status: "held", Participants: []int{3, 4}, Place: -1, Evidence: ev})
	for k := 0; k < 3; k++ {
		f.Claims = append(f.Claims, fact.Claim{Speaker: k, Text: fmt.Sprintf("statement %d of article %d", k, i), Quoted: k%2 == 0, Date: d, Evidence: ev})
	}
	return a, f
}

func benchmarkLoad(b *testing.B, open func(b *testing.B) *Store) {
	const perRun = 500
	as := make([]article.Article, perRun)
	fs := make([]fact.Facts, perRun)
	for i := range perRun {
		as[i], fs[i] = synthetic(i)
	}
	loadEach(b, open, as, fs)
}

// loadInto loads the articles and their facts into s and returns the quads
// written.
func loadInto(b *testing.B, s *Store, as []article.Article, fs []fact.Facts) int {
	ctx := context.Background()
	l, err := s.NewLoader(ctx)
	if err != nil {
		b.Fatal(err)
	}
	for i := range as {
		if err := l.Add(ctx, as[i], fs[i]); err != nil {
			b.Fatal(err)
		}
	}
	if err := l.Close(ctx); err != nil {
		b.Fatal(err)
	}
	return l.Stats().Quads
}

// loadEach loads the articles and their facts into a new store from open
// in each round, and reports articles/s and quads/s.
func loadEach(b *testing.B, open func(b *testing.B) *Store, as []article.Article, fs []fact.Facts) {
	var quads int
	for b.Loop() {
		b.StopTimer()
		s := open(b)
		b.StartTimer()
		quads += loadInto(b, s, as, fs)
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(len(as)*b.N)/sec, "articles/s")
	b.ReportMetric(float64(quads)/sec, "quads/s")
}

// BenchmarkLoadBolt loads 500 articles' facts into a new bolt store.
func BenchmarkLoadBolt(b *testing.B) {
	benchmarkLoad(b, func(b *testing.B) *Store {
		s, err := Open(context.Background(), filepath.Join(b.TempDir(), "db"), Options{})
		if err != nil {
			b.Fatal(err)
		}
		return s
	})
}

// BenchmarkLoadBoltNoSync is BenchmarkLoadBolt without fsync per batch.
func BenchmarkLoadBoltNoSync(b *testing.B) {
	benchmarkLoad(b, func(b *testing.B) *Store {
		s, err := Open(context.Background(), filepath.Join(b.TempDir(), "db"), Options{NoSync: true})
		if err != nil {
			b.Fatal(err)
		}
		return s
	})
}

// BenchmarkLoadMemory is the baseline: the same facts into the memory store.
func BenchmarkLoadMemory(b *testing.B) {
	benchmarkLoad(b, func(b *testing.B) *Store {
		s, err := OpenMemory()
		if err != nil {
			b.Fatal(err)
		}
		return s
	})
}

// generated is n generated articles (internal/corpus) with their facts,
// extracted before any timing.
func generated(b *testing.B, n int) ([]article.Article, []fact.Facts) {
	b.Helper()
	files, err := corpus.Generate("../testdata", n)
	if err != nil {
		b.Fatal(err)
	}
	x, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	var as []article.Article
	var fs []fact.Facts
	for _, f := range files {
		a := readGenerated(b, f)
		as = append(as, a)
		fs = append(fs, x.Extract(a))
	}
	return as, fs
}

// benchBackends are the stores the generated-corpus benchmarks compare:
// bbolt, PostgreSQL as newsgraph writes it (multi-row INSERTs), and
// PostgreSQL through Cayley's own postgres backend (a statement a row).
var benchBackends = []struct {
	name string
	open func(b *testing.B) *Store
}{
	{"bbolt", func(b *testing.B) *Store { return openBench(b, filepath.Join(b.TempDir(), "db"), Options{}) }},
	{"postgres", func(b *testing.B) *Store { return openBench(b, pgtest.New(b), Options{}) }},
	{"postgres-cayley", func(b *testing.B) *Store { return openBench(b, pgtest.New(b), Options{sqlBackend: "postgres"}) }},
}

func openBench(b *testing.B, db string, opt Options) *Store {
	b.Helper()
	s, err := Open(context.Background(), db, opt)
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// BenchmarkIngestGenerated loads 300 generated articles into a new store
// of each backend (with fsync, as ingest does by default): articles/s and
// quads/s, resolution against the store included, extraction not.
func BenchmarkIngestGenerated(b *testing.B) {
	as, fs := generated(b, 300)
	for _, be := range benchBackends {
		b.Run(be.name, func(b *testing.B) { loadEach(b, be.open, as, fs) })
	}
}

// BenchmarkTwoHop asks, on a store of 300 generated articles, whom the
// person in the most meetings met: a Cayley path person <- attendee event
// -> attendee person, as `newsgraph query` runs it ("path"), and the same
// two hops through Store.Quads, as newsgraph's own queries read ("quads").
func BenchmarkTwoHop(b *testing.B) {
	as, fs := generated(b, 300)
	ctx := context.Background()
	for _, be := range benchBackends[:2] {
		s := be.open(b)
		b.Cleanup(func() { s.Close() })
		loadInto(b, s, as, fs)
		att, err := s.Quads(ctx, quad.Predicate, Attendee, nil)
		if err != nil {
			b.Fatal(err)
		}
		meetings := map[quad.Value]int{}
		var busiest quad.Value
		for _, q := range att {
			meetings[q.Object]++
			if busiest == nil || meetings[q.Object] > meetings[busiest] {
				busiest = q.Object
			}
		}
		events := meetings[busiest]
		b.Run(be.name+"/path", func(b *testing.B) {
			defer func() { b.ReportMetric(float64(events), "events") }()
			for b.Loop() {
				n, err := path.StartPath(s.qs, busiest).In(Attendee).Out(Attendee).Iterate(ctx).Count()
				if err != nil || n == 0 {
					b.Fatalf("%d met, %v", n, err)
				}
			}
		})
		b.Run(be.name+"/quads", func(b *testing.B) {
			defer func() { b.ReportMetric(float64(events), "events") }()
			for b.Loop() {
				evs, err := s.Quads(ctx, quad.Object, busiest, Attendee)
				if err != nil || len(evs) == 0 {
					b.Fatalf("%d events, %v", len(evs), err)
				}
				for _, e := range evs {
					if _, err := s.Quads(ctx, quad.Subject, e.Subject, Attendee); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
