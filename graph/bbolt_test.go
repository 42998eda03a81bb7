package graph

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/fact"
)

// testdata/boltdb-store is a store written by newsgraph before the move to
// bbolt (github.com/boltdb/bolt v1.3.1 under Cayley's "bolt" backend, main
// at 9c7bed7): `newsgraph ingest --db DIR testdata/seeds/000_ac11da09df880f41.txt`,
// then `newsgraph export --db DIR -o testdata/boltdb-store.nq`. Both
// libraries write the same file format, and Cayley's "bolt" and "bbolt"
// backends the same buckets and metadata, so such a store is opened as it
// is: read, and written into.

// copyFixture copies testdata/boltdb-store to a folder of the test's own.
func copyFixture(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "db")
	copyStore(t, filepath.Join("testdata", "boltdb-store"), dir)
	return dir
}

func exportOf(t *testing.T, s *Store) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := s.Export(context.Background(), &buf, "nquads"); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func seedArticle(t *testing.T, x *extract.Extractor, name string) (article.Article, fact.Facts) {
	t.Helper()
	for a, err := range article.ReadFile(filepath.Join("..", "testdata", "seeds", name)) {
		if err != nil {
			t.Fatal(err)
		}
		return a, x.Extract(a)
	}
	t.Fatalf("no article in %s", name)
	return article.Article{}, fact.Facts{}
}

func TestOpenBoltDBStore(t *testing.T) {
	ctx := context.Background()
	want, err := os.ReadFile(filepath.Join("testdata", "boltdb-store.nq"))
	if err != nil {
		t.Fatal(err)
	}
	dir := copyFixture(t)

	r, err := OpenReadOnly(ctx, dir)
	if err != nil {
		t.Fatalf("open the boltdb store read-only: %v", err)
	}
	if got := exportOf(t, r); !bytes.Equal(got, want) {
		t.Errorf("export of the boltdb store through bbolt differs from the one boltdb gave:\n%s", got)
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}

	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	w, err := Open(ctx, dir, Options{})
	if err != nil {
		t.Fatalf("open the boltdb store for writing: %v", err)
	}
	a, f := seedArticle(t, x, "000_ac11da09df880f41.txt")
	if st := load(t, w, a, f); st.Unchanged != 1 || st.Articles != 0 {
		t.Errorf("the article the store holds, again: %+v, want it unchanged", st)
	}
	if got := exportOf(t, w); !bytes.Equal(got, want) {
		t.Errorf("re-ingesting the stored article changed the store")
	}
	a, f = seedArticle(t, x, "001_657abb0446d44770.txt")
	if st := load(t, w, a, f); st.Articles != 1 || st.Quads == 0 {
		t.Errorf("a new article: %+v, want it written", st)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}

	// What bbolt wrote reads back, the old quads among the new (but for
	// display names, which the new article may lengthen).
	r, err = OpenReadOnly(ctx, dir)
	if err != nil {
		t.Fatalf("open the store bbolt wrote: %v", err)
	}
	defer r.Close()
	got := exportOf(t, r)
	for _, line := range bytes.SplitAfter(want, []byte("\n")) {
		if !bytes.Contains(got, line) && !bytes.Contains(line, []byte("<"+string(Resolution)+">")) {
			t.Errorf("the boltdb store's quad %q is gone", line)
		}
	}
	if len(got) <= len(want) {
		t.Errorf("the new article's quads are missing: %d bytes, the old store had %d", len(got), len(want))
	}
}
