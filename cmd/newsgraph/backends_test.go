package main

import (
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/internal/pgtest"
)

// backends are the stores the end-to-end tests run on, each as a --db of
// the test's own: a bbolt folder, and a PostgreSQL database (skipped without
// a server, see internal/pgtest).
var backends = []struct {
	name string
	db   func(t *testing.T) string
}{
	{"bbolt", func(t *testing.T) string { return filepath.Join(t.TempDir(), "db") }},
	{"postgres", func(t *testing.T) string { return pgtest.New(t) }},
}

// forEachBackend runs test with a new --db of each backend.
func forEachBackend(t *testing.T, test func(t *testing.T, db string)) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) { test(t, b.db(t)) })
	}
}
