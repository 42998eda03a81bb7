package graph

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/internal/pgtest"
)

// backend opens an empty store of one kind for a test, closed at its end.
type backend struct {
	name string
	open func(t *testing.T) *Store
}

// backends are the stores the store tests run on: the memory store, bbolt
// in a folder, and PostgreSQL in a database of the test's own (skipped
// without a server, see internal/pgtest).
var backends = []backend{
	{"memory", memStore},
	{"bbolt", func(t *testing.T) *Store { return openTest(t, filepath.Join(t.TempDir(), "db")) }},
	{"postgres", func(t *testing.T) *Store { return openTest(t, pgtest.New(t)) }},
}

func openTest(t *testing.T, db string) *Store {
	t.Helper()
	s, err := Open(context.Background(), db, Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("close %s: %v", s.Path(), err)
		}
	})
	return s
}

// forEachBackend runs test on an empty store of each backend.
func forEachBackend(t *testing.T, test func(t *testing.T, s *Store)) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) { test(t, b.open(t)) })
	}
}

// TestQuadsByPredicate checks that asking for the quads of a node with one
// predicate (an index scan on bbolt) gives exactly the quads of the node
// with that predicate, in the order of all the node's quads, after
// additions and a replaced article's removals.
func TestQuadsByPredicate(t *testing.T) {
	files, err := corpus.Generate("../testdata", 30)
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	forEachBackend(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		l, err := s.NewLoader(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range append(files, corpus.File{Name: files[3].Name, Text: files[7].Text}) {
			a := readGenerated(t, f)
			if err := l.Add(ctx, a, x.Extract(a)); err != nil {
				t.Fatal(err)
			}
		}
		if err := l.Close(ctx); err != nil {
			t.Fatal(err)
		}
		nodes := map[quad.Value]bool{}
		preds := map[quad.Value]bool{}
		if err := s.Each(ctx, func(q quad.Quad) error {
			nodes[q.Subject], nodes[q.Object], preds[q.Predicate] = true, true, true
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		checked := 0
		for n := range nodes {
			for _, d := range []quad.Direction{quad.Subject, quad.Object} {
				all, err := s.Quads(ctx, d, n, nil)
				if err != nil {
					t.Fatal(err)
				}
				for p := range preds {
					got, err := s.Quads(ctx, d, n, p)
					if err != nil {
						t.Fatal(err)
					}
					var want []quad.Quad
					for _, q := range all {
						if q.Predicate == p {
							want = append(want, q)
						}
					}
					if !slices.Equal(got, want) {
						t.Fatalf("Quads(%v, %v, %v) = %v, want %v", d, n, p, got, want)
					}
					checked += len(want)
				}
			}
		}
		if checked == 0 {
			t.Fatal("no quads checked")
		}
	})
}
