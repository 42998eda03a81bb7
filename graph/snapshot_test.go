package graph

import (
	"context"
	"errors"
	"io"
	"reflect"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	bolt "go.etcd.io/bbolt"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

// withoutCaches is r with what it only remembers to save work taken out:
// what is left decides every later article.
func withoutCaches(r *resolver) *resolver {
	c := *r
	c.jw, c.words, c.compatible = nil, nil, nil
	for _, p := range c.byIRI {
		p.sorted = nil
	}
	for _, ps := range c.people {
		for _, p := range ps {
			p.sorted = nil
		}
	}
	return &c
}

// ingestSnapshotCorpus writes n generated articles, then some of them again
// with other text (each replacing the one stored under its name), into the
// store in dir in one Loader, and returns that Loader, closed.
func ingestSnapshotCorpus(t *testing.T, dir string, n int) *Loader {
	t.Helper()
	files, err := corpus.Generate("../testdata", n)
	if err != nil {
		t.Fatal(err)
	}
	all := append([]corpus.File(nil), files...)
	for i := 0; i < len(files); i += 7 {
		all = append(all, corpus.File{Name: files[i].Name, Text: files[(i+5)%len(files)].Text})
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	s, err := Open(ctx, dir, Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	l, err := s.NewLoader(ctx)
	if err != nil {
		t.Fatal(err)
	}
	l.SetBatch(500) // several batches, written behind
	for _, f := range all {
		a := readGenerated(t, f)
		if err := l.Add(ctx, a, x.Extract(a)); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.Close(ctx); err != nil {
		t.Fatal(err)
	}
	if l.Stats().Replaced == 0 {
		t.Fatal("no article replaced another")
	}
	return l
}

// openLoader opens the store in dir and a Loader on it, both closed at the
// end of the test.
func openLoader(t *testing.T, dir string) (*Store, *Loader) {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, dir, Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	l, err := s.NewLoader(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return s, l
}

// loadedState is what resolution reads from all of s's quads.
func loadedState(t *testing.T, s *Store) *resolver {
	t.Helper()
	r := newResolver()
	if err := r.load(context.Background(), s); err != nil {
		t.Fatal(err)
	}
	return r
}

// TestSnapshotRestoresTheRun: the next ingest starts from exactly the state
// the last one closed with (its records, indexes and the order of their
// lists), and that state is the one the store's quads give.
func TestSnapshotRestoresTheRun(t *testing.T) {
	dir := t.TempDir() + "/db"
	run := ingestSnapshotCorpus(t, dir, 60)
	s, l := openLoader(t, dir)
	if st := l.Stats(); !st.Restored || st.SnapshotDamaged != "" {
		t.Fatalf("stats %+v, want the snapshot restored", st)
	}
	if got, want := withoutCaches(l.r), withoutCaches(run.r); !reflect.DeepEqual(got, want) {
		t.Fatalf("restored state differs from the run's:\n%s", firstDiff(want.dump(), got.dump()))
	}
	if got, want := l.r.dump(), loadedState(t, s).dump(); got != want {
		t.Fatalf("restored state differs from the store's:\n%s", firstDiff(want, got))
	}
}

// TestSnapshotOnlyWhileItHolds: a commit the last ingest did not make (a
// Cayley tool, another writer) makes the store be read again; a Loader that
// wrote nothing leaves the snapshot holding; one that stopped early writes
// none, and the one there still says what the store holds.
func TestSnapshotOnlyWhileItHolds(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir() + "/db"
	ingestSnapshotCorpus(t, dir, 20)

	// A loader that writes nothing.
	s, l := openLoader(t, dir)
	if !l.Stats().Restored {
		t.Fatal("first reopen: snapshot not restored")
	}
	if err := l.Close(ctx); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, l = openLoader(t, dir)
	if !l.Stats().Restored {
		t.Fatal("after a loader that wrote nothing: snapshot not restored")
	}

	// One stopped before its batch was written.
	files, err := corpus.Generate("../testdata", 25)
	if err != nil {
		t.Fatal(err)
	}
	a := readGenerated(t, files[24])
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	if l.Unchanged(a) {
		t.Fatalf("%s is in the store already", a.ID)
	}
	if err := l.Add(ctx, a, x.Extract(a)); err != nil {
		t.Fatal(err)
	}
	stopped, cancel := context.WithCancel(ctx)
	cancel()
	if err := l.Close(stopped); err == nil {
		t.Fatal("closing a loader with its batch unwritten and the run stopped: no error")
	}
	s.Close()
	s, l = openLoader(t, dir)
	if !l.Stats().Restored {
		t.Fatal("after a stopped loader: snapshot not restored")
	}
	if l.Unchanged(a) {
		t.Fatalf("restored state has %s, which the stopped loader never wrote", a.ID)
	}

	// A commit of someone else's.
	if err := s.QuadWriter().AddQuad(quad.Make(quad.IRI(ID+"x"), Name, quad.String("x"), nil)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	wantStoreRead(t, dir, false)
}

// wantStoreRead opens a Loader on the store in dir and checks that it read
// the store's quads rather than a snapshot, reporting a damaged one if
// damaged, and holds what those quads give.
func wantStoreRead(t *testing.T, dir string, damaged bool) {
	t.Helper()
	s, l := openLoader(t, dir)
	if st := l.Stats(); st.Restored || (st.SnapshotDamaged != "") != damaged {
		t.Fatalf("stats %+v, want the store read (a damaged snapshot reported: %v)", st, damaged)
	}
	if got, want := l.r.dump(), loadedState(t, s).dump(); got != want {
		t.Fatalf("state differs from the store's:\n%s", firstDiff(want, got))
	}
}

// TestSnapshotDamaged: a snapshot that should hold but whose bytes changed
// is reported and not used.
func TestSnapshotDamaged(t *testing.T) {
	dir := t.TempDir() + "/db"
	ingestSnapshotCorpus(t, dir, 20)
	db, err := bolt.Open(dir+"/"+boltFile, 0o644, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	// Flip one byte of the first chunk and make the record name this
	// transaction, as if the bytes had changed on disk.
	err = db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(snapshotBucket)
		c := append([]byte(nil), b.Get(chunkKey(0))...)
		c[len(c)/2] ^= 0x40
		if err := b.Put(chunkKey(0), c); err != nil {
			return err
		}
		var m snapshotMeta
		if err := decodeGob(b.Get(snapshotMetaKey), &m); err != nil {
			return err
		}
		m.TxID = int(tx.ID())
		raw, err := encodeGob(m)
		if err != nil {
			return err
		}
		return b.Put(snapshotMetaKey, raw)
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	wantStoreRead(t, dir, true)
}

// TestSnapshotOfAnotherProgram: a snapshot another build wrote is not read.
func TestSnapshotOfAnotherProgram(t *testing.T) {
	dir := t.TempDir() + "/db"
	ingestSnapshotCorpus(t, dir, 10)
	s, err := Open(context.Background(), dir, Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	id, err := programID()
	if err != nil {
		t.Fatal(err)
	}
	read := func(program [32]byte) error {
		return readSnapshot(s.bolt.db, program, func(io.Reader) error { return nil })
	}
	if err := read(id); err != nil {
		t.Fatalf("this program's snapshot: %v", err)
	}
	id[0] ^= 1
	if err := read(id); !errors.Is(err, errNoSnapshot) {
		t.Fatalf("another program's snapshot: %v, want errNoSnapshot", err)
	}
}

// FuzzSnapshotRestore: whatever a snapshot's bytes decode to, restoring it
// fails or gives a resolver that can be written out again; it never panics.
// (readSnapshot checks the bytes against their checksum first: these are
// bytes a writer got wrong, not a disk.)
func FuzzSnapshotRestore(f *testing.F) {
	p := newPersonRec("p1")
	p.forms["Ann Lee"] = true
	p.articles = artSet{1, 2}
	e := newEventRec("e1", "meeting")
	e.participants["p1"] = true
	seed := &resolverSnap{
		People:    []personSnap{{IRI: p.iri, Forms: p.forms, Articles: p.articles, Roles: p.roles}},
		BySurname: map[string][]int32{"lee": {0}},
		ByIRI:     map[quad.IRI]int32{"p1": 0},
		Events:    []eventSnap{{IRI: e.iri, Kind: e.kind, Participants: e.participants}},
		NEvents:   1,
		EventIdx:  []eventIdxSnap{{Kind: "meeting", P: "p1", Events: []int32{0}}},
		ArtIDs:    map[quad.IRI]artID{"a1": 1, "a2": 2},
	}
	raw, err := encodeGob(seed)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(raw)
	f.Add(raw[:len(raw)/2])
	f.Fuzz(func(t *testing.T, raw []byte) {
		var s resolverSnap
		if decodeGob(raw, &s) != nil {
			return
		}
		r := newResolver()
		if r.restore(&s) != nil {
			return
		}
		if _, err := encodeGob(r.snap()); err != nil {
			t.Fatalf("restored resolver does not write out: %v", err)
		}
	})
}
