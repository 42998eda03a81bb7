package graph

import (
	"bytes"
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// TestLineSorter sorts lines of any bytes (newlines, NULs, empty, repeated)
// through runs on disk as slices.Sort does in memory, and leaves no file.
func TestLineSorter(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var lines []string
	for range 5000 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = "ab\n\x00é<>\" ."[rng.IntN(11)]
		}
		lines = append(lines, string(b))
	}
	lines = append(lines, lines[:100]...)
	for _, tc := range []struct {
		name     string
		runBytes int
		runs     bool
	}{{"in memory", 1 << 30, false}, {"runs", 4096, true}} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			ls := newLineSorter(dir, tc.runBytes)
			for _, l := range lines {
				if err := ls.add(l); err != nil {
					t.Fatal(err)
				}
			}
			if got := len(ls.runs) > 1; got != tc.runs {
				t.Fatalf("%d runs on disk", len(ls.runs))
			}
			var got []string
			if err := ls.each(func(l string) error { got = append(got, l); return nil }); err != nil {
				t.Fatal(err)
			}
			want := slices.Clone(lines)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Fatalf("sorted %d lines, want %d; first %q", len(got), len(want), got[:min(3, len(got))])
			}
			if err := ls.close(); err != nil {
				t.Fatal(err)
			}
			if left, _ := os.ReadDir(dir); len(left) != 0 {
				t.Fatalf("runs left behind: %v", left)
			}
		})
	}
}

// TestExportNQuadsInRuns: an export sorted through runs on disk is the
// bytes of one sorted in memory, which are the N-Quads writer's for the
// quads sorted by their N-Quads.
func TestExportNQuadsInRuns(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir() + "/db"
	ingestSnapshotCorpus(t, dir, 20)
	s, _ := openLoader(t, dir)
	var all []quad.Quad
	if err := s.Each(ctx, func(q quad.Quad) error { all = append(all, q); return nil }); err != nil {
		t.Fatal(err)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].NQuad() < all[j].NQuad() })
	var want bytes.Buffer
	qw := nquads.NewWriter(&want)
	if _, err := qw.WriteQuads(all); err != nil {
		t.Fatal(err)
	}
	qw.Close()
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	for _, runBytes := range []int{exportRunBytes, 8 << 10} {
		var got bytes.Buffer
		if err := s.exportNQuads(ctx, &got, runBytes); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Fatalf("runs of %d bytes: export differs (%d bytes, want %d)", runBytes, got.Len(), want.Len())
		}
	}
	if left, _ := filepath.Glob(filepath.Join(tmp, "newsgraph-export-*")); len(left) != 0 {
		t.Fatalf("runs left behind: %v", left)
	}
	if n := strings.Count(want.String(), "\n"); n < 200 {
		t.Fatalf("only %d quads exported: too few to need runs", n)
	}
}
