package graph

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/cayleygraph/quad"
)

func TestOpenReadOnly(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "db")
	ctx := context.Background()
	if _, err := OpenReadOnly(ctx, dir); !errors.Is(err, ErrNoStore) {
		t.Fatalf("no store yet: %v, want ErrNoStore", err)
	}
	w, err := Open(ctx, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	load(t, w, art("a.txt", "2025-12-06", "text"), roleFacts())
	want := allQuads(t, w)

	// While a writer has it, a reader is refused at once, and the other way round.
	if _, err := OpenReadOnly(ctx, dir); !errors.Is(err, ErrLocked) {
		t.Fatalf("open while written: %v, want ErrLocked", err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	r1, err := OpenReadOnly(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer r1.Close()
	r2, err := OpenReadOnly(ctx, dir) // readers share the store
	if err != nil {
		t.Fatalf("second reader: %v", err)
	}
	if got := allQuads(t, r2); !reflect.DeepEqual(got, want) {
		t.Errorf("reader sees %d quads, the writer wrote %d", len(got), len(want))
	}
	r2.Close()
	if _, err := Open(ctx, dir, Options{}); !errors.Is(err, ErrLocked) {
		t.Fatalf("ingest while read: %v, want ErrLocked", err)
	}

	// Every write is refused, and the file is not touched.
	st, err := os.Stat(filepath.Join(dir, boltFile))
	if err != nil {
		t.Fatal(err)
	}
	q := quad.MakeIRI("https://example.org/a", "https://example.org/p", "https://example.org/b", "")
	if err := r1.QuadWriter().AddQuad(q); !errors.Is(err, ErrReadOnly) {
		t.Errorf("AddQuad: %v, want ErrReadOnly", err)
	}
	if err := r1.QuadWriter().RemoveNode(quad.IRI("https://example.org/a")); !errors.Is(err, ErrReadOnly) {
		t.Errorf("RemoveNode: %v, want ErrReadOnly", err)
	}
	l, err := r1.NewLoader(ctx)
	if err == nil {
		err = l.Add(ctx, art("b.txt", "2025-12-06", "more text"), roleFacts())
		if err == nil {
			err = l.Close(ctx)
		}
	}
	if !errors.Is(err, ErrReadOnly) {
		t.Errorf("loading into a read-only store: %v, want ErrReadOnly", err)
	}
	if got := allQuads(t, r1); !reflect.DeepEqual(got, want) {
		t.Errorf("read-only store changed: %d quads, want %d", len(got), len(want))
	}
	st2, err := os.Stat(filepath.Join(dir, boltFile))
	if err != nil {
		t.Fatal(err)
	}
	if st2.ModTime() != st.ModTime() || st2.Size() != st.Size() {
		t.Errorf("bolt file changed under a read-only store")
	}
}
