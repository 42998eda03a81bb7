package graph

import (
	"context"
	"path/filepath"
	"testing"

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
