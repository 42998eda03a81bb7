package graph

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/kv/bbolt" // hidalgo's adapter, to compare with
	cayleykvtest "github.com/cayleygraph/cayley/graph/kv/kvtest"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/kvtest"
	bolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/proto"
)

func TestBoltKVConformance(t *testing.T) {
	kvtest.RunTest(t, func(t testing.TB) hkv.KV {
		db, err := initBoltKV(t.TempDir(), nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	}, nil)
}

func TestBoltKVCayleyConformance(t *testing.T) {
	if testing.Short() {
		t.Skip("Cayley's quad store suite takes a while")
	}
	// Its path tests read ../../../../data/testdata.nq, from where they
	// sit in Cayley's tree: that file (testdata/cayley-testdata.nq), and a
	// working folder four levels below it.
	data, err := os.ReadFile(filepath.Join("testdata", "cayley-testdata.nq"))
	if err != nil {
		t.Fatal(err)
	}
	tree := t.TempDir()
	work := filepath.Join(tree, "graph", "kv", "newsgraph", "test")
	if err := os.MkdirAll(work, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(tree, "data"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(tree, "data", "testdata.nq"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(work)
	cayleykvtest.TestAll(t, func(t testing.TB) (hkv.KV, cgraph.Options, func()) {
		db, err := initBoltKV(t.TempDir(), nil)
		if err != nil {
			t.Fatal(err)
		}
		return db, nil, func() { db.Close() }
	}, nil)
}

// syntheticQuads are n quads over n/6 subjects, each a new node but for
// the predicates and a few shared objects, as an article's quads are.
func syntheticQuads(n int) []quad.Quad {
	preds := []quad.IRI{"ex:name", "ex:attendee", "ex:location", "ex:date", "ex:text", "ex:type"}
	qs := make([]quad.Quad, 0, n)
	for i := 0; len(qs) < n; i++ {
		s := quad.IRI(fmt.Sprintf("ex:s/%d", i))
		label := quad.IRI(fmt.Sprintf("ex:article/%d", i/20))
		for j, p := range preds {
			var o quad.Value = quad.String(fmt.Sprintf("value %d of %d", j, i))
			if j%2 == 1 {
				o = quad.IRI(fmt.Sprintf("ex:o/%d", (i*7+j)%500))
			}
			qs = append(qs, quad.Make(s, p, o, label))
		}
	}
	return qs[:n]
}

// writeStore writes qs into a new store of Cayley backend backend in dir,
// in batches of batch quads, as ingest writes them.
func writeStore(t *testing.T, backend, dir string, qs []quad.Quad, batch int) {
	t.Helper()
	if err := cgraph.InitQuadStore(backend, dir, nil); err != nil {
		t.Fatalf("init %s store: %v", backend, err)
	}
	appendStore(t, backend, dir, qs, batch)
}

func appendStore(t *testing.T, backend, dir string, qs []quad.Quad, batch int) {
	t.Helper()
	s, err := cgraph.NewQuadStore(backend, dir, cgraph.Options{"nosync": true, "no_bloom": true})
	if err != nil {
		t.Fatalf("open %s store: %v", backend, err)
	}
	w, err := cgraph.NewQuadWriter("single", s, cgraph.Options{"ignore_duplicate": true, "ignore_missing": true})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < len(qs); i += batch {
		if err := w.AddQuadSet(qs[i:min(i+batch, len(qs))]); err != nil {
			t.Fatalf("write %s store: %v", backend, err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

// readStore returns every quad in the store in dir, read through backend,
// in N-Quads, sorted.
func readStore(t *testing.T, backend, dir string) []string {
	t.Helper()
	ctx := context.Background()
	s, err := cgraph.NewQuadStore(backend, dir, cgraph.Options{"no_bloom": true})
	if err != nil {
		t.Fatalf("open %s store: %v", backend, err)
	}
	defer s.Close()
	var out []string
	it := s.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := s.Quad(it.Result())
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, q.NQuad())
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

// rawContents lists every bucket and key of a bolt file with its value,
// in order, as bolt holds them; but for the time Cayley stamps on each
// quad and value it writes to its log.
func rawContents(t *testing.T, file string) []string {
	t.Helper()
	db, err := bolt.Open(file, 0o644, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var out []string
	var walk func(path string, b *bolt.Bucket) error
	walk = func(path string, b *bolt.Bucket) error {
		return b.ForEach(func(k, v []byte) error {
			if v == nil {
				out = append(out, fmt.Sprintf("%s/%x/", path, k))
				return walk(fmt.Sprintf("%s/%x", path, k), b.Bucket(k))
			}
			if path == "6c6f67" { // "log"
				var p cproto.Primitive
				if err := proto.Unmarshal(v, &p); err != nil {
					return fmt.Errorf("log entry %x: %w", k, err)
				}
				p.Timestamp = 0
				var err error
				opt := proto.MarshalOptions{Deterministic: true}
				if v, err = opt.Marshal(&p); err != nil {
					return err
				}
			}
			out = append(out, fmt.Sprintf("%s/%x=%x", path, k, v))
			return nil
		})
	}
	err = db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			out = append(out, fmt.Sprintf("%x/", name))
			return walk(fmt.Sprintf("%x", name), b)
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// bucketPages is the pages a top-level bucket takes in a bolt file.
func bucketPages(t *testing.T, file, name string) int {
	t.Helper()
	db, err := bolt.Open(file, 0o644, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	err = db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(name))
		if b == nil {
			return fmt.Errorf("no bucket %q in %s", name, file)
		}
		st := b.Stats()
		n = st.LeafPageN + st.LeafOverflowN + st.BranchPageN + st.BranchOverflowN
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestBoltKVCompatible writes the same quads through hidalgo's adapter
// (Cayley's "bbolt" backend, what newsgraph wrote stores with before) and
// through boltKV: the files hold the same buckets, keys and values, each
// reads back through the other, and boltKV's log bucket takes fewer pages.
func TestBoltKVCompatible(t *testing.T) {
	const n, extra, batch = 6000, 600, 1000
	qs := syntheticQuads(n)
	tmp := t.TempDir()
	oldDir, newDir := filepath.Join(tmp, "old"), filepath.Join(tmp, "new")
	writeStore(t, "bbolt", oldDir, qs, batch)
	writeStore(t, boltKVBackend, newDir, qs, batch)
	oldFile, newFile := filepath.Join(oldDir, boltFile), filepath.Join(newDir, boltFile)

	if a, b := rawContents(t, oldFile), rawContents(t, newFile); !slices.Equal(a, b) {
		t.Errorf("the files differ in content: %d entries through hidalgo, %d through boltKV", len(a), len(b))
	}
	want := make([]string, len(qs))
	for i, q := range qs {
		want[i] = q.NQuad()
	}
	sort.Strings(want)
	for _, c := range []struct{ wrote, dir, reader string }{
		{"hidalgo", oldDir, boltKVBackend},
		{"boltKV", newDir, "bbolt"},
		{"boltKV", newDir, boltKVBackend},
	} {
		if got := readStore(t, c.reader, c.dir); !slices.Equal(got, want) {
			t.Errorf("the store %s wrote, read through %s: %d quads, want the %d written", c.wrote, c.reader, len(got), len(want))
		}
	}

	// Appends to a file of either writer keep their layout.
	more := syntheticQuads(n + extra)[n:]
	appendStore(t, boltKVBackend, oldDir, more, batch)
	appendStore(t, "bbolt", newDir, more, batch)
	if a, b := readStore(t, "bbolt", oldDir), readStore(t, boltKVBackend, newDir); !slices.Equal(a, b) || len(a) != n+extra {
		t.Errorf("after appends, by the other writer: %d and %d quads, want %d each", len(a), len(b), n+extra)
	}

	op, np := bucketPages(t, oldFile, "log"), bucketPages(t, newFile, "log")
	// Log pages half empty under hidalgo, nearly full under boltKV
	// (the appended quads went in the other way round in each).
	if float64(np) > 0.75*float64(op) {
		t.Errorf("log bucket: %d pages through boltKV, %d through hidalgo; want at most 3/4", np, op)
	}
	t.Logf("log bucket pages: hidalgo %d, boltKV %d", op, np)
}

// TestBoltKVNewsgraphStore opens a store newsgraph wrote through boltKV
// with hidalgo's adapter, as newsgraph builds before it did: the same quads.
func TestBoltKVNewsgraphStore(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "db")
	s, err := Open(ctx, dir, Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join("testdata", "boltdb-store.nq"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	all, err := quad.ReadAll(nquads.NewReader(f, false))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.QuadWriter().AddQuadSet(all); err != nil {
		t.Fatal(err)
	}
	want := exportOf(t, s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	got := readStore(t, "bbolt", dir)
	var buf bytes.Buffer
	for _, q := range got {
		buf.WriteString(q + "\n")
	}
	if len(got) != len(all) || !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("through hidalgo's adapter: %d quads, want the %d newsgraph wrote:\n%s", len(got), len(all), buf.Bytes())
	}
}

// TestBoltKVGetBatch checks GetBatch against Get, key by key, for batches
// its cursor walks in order, steps over missing keys in, revisits, leaves
// and comes back to, and for buckets that are missing or nested.
func TestBoltKVGetBatch(t *testing.T) {
	ctx := context.Background()
	db, err := initBoltKV(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	key := func(parts ...string) hkv.Key {
		k := make(hkv.Key, len(parts))
		for i, p := range parts {
			k[i] = []byte(p)
		}
		return k
	}
	err = db.Update(ctx, func(tx hkv.Tx) error {
		for i := 0; i < 200; i += 2 { // even keys only: odd ones are missing
			for _, k := range []hkv.Key{key("log", fmt.Sprintf("%04d", i)), key("sp", "x", fmt.Sprintf("%04d", i))} {
				if err := tx.Put(ctx, k, []byte(fmt.Sprint(k))); err != nil {
					return err
				}
			}
		}
		return tx.Put(ctx, key("root"), []byte("one part"))
	})
	if err != nil {
		t.Fatal(err)
	}
	n := func(i int) string { return fmt.Sprintf("%04d", i) }
	var seq, gaps, back []hkv.Key
	for i := 0; i < 210; i++ {
		seq = append(seq, key("log", n(i)))
		if i%7 == 0 {
			gaps = append(gaps, key("sp", "x", n(i)), key("sp", "x", n(i)))
		}
	}
	for i := 200; i >= 0; i -= 3 {
		back = append(back, key("log", n(i)), key("sp", "x", n(i)))
	}
	for _, tc := range []struct {
		name string
		keys []hkv.Key
	}{
		{"in order, past the end", seq},
		{"gaps and repeats", gaps},
		{"backwards across two buckets", back},
		{"buckets missing or nested", []hkv.Key{key("nope", n(2)), key("nope", n(4)), key("sp", "x"), key("sp"), key("sp", "y", n(2)), key("sp", "x", n(2))}},
		{"one-part and empty keys", []hkv.Key{{}, key("root"), key("log"), key("roo"), {}, key("log", n(0))}},
	} {
		err := db.View(ctx, func(tx hkv.Tx) error {
			got, err := tx.GetBatch(ctx, tc.keys)
			if err != nil {
				return err
			}
			found := 0
			for i, k := range tc.keys {
				want, err := tx.Get(ctx, k)
				if err != nil && err != hkv.ErrNotFound {
					return err
				}
				if want != nil {
					found++
				}
				if !bytes.Equal(got[i], want) || (got[i] == nil) != (want == nil) {
					t.Errorf("%s: key %d %v: GetBatch %q, Get %q", tc.name, i, k, got[i], want)
				}
			}
			if found == 0 {
				t.Errorf("%s: no key found: the case tests nothing", tc.name)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}
