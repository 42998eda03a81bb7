// Package graph holds newsgraph's vocabulary, turns extracted facts into
// quads, resolves entities and events against what the store already holds,
// and opens and writes the Cayley store (bbolt on disk, PostgreSQL, or in memory).
package graph

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"

	"github.com/cayleygraph/cayley/clog"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	cayleykv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/cayley/graph/refs"
	_ "github.com/cayleygraph/cayley/writer" // registers the "single" writer
	"github.com/cayleygraph/quad"
	"github.com/gofrs/flock"
)

// FormatVersion is the layout of the store's graph. A store written with
// another FormatVersion is refused, not misread. Version 2 added the name
// index (ng:nameKey) that lookups by name rely on, and ng:mergedBecause.
const FormatVersion = 2

// Version is the newsgraph version recorded with every article's facts.
const Version = "0.1.0"

const (
	metaFile = "newsgraph.json"
	lockFile = "newsgraph.lock"
	boltFile = "indexes.bolt" // the file Cayley's bbolt backend keeps in the folder
	// boltBackend is newsgraph's Cayley backend over go.etcd.io/bbolt
	// (boltkv.go): the file, buckets and metadata of Cayley's "bbolt"
	// backend, and of the archived github.com/boltdb/bolt one that stores
	// up to format 2 were written with, so those stores open as they are
	// (TestOpenBoltDBStore), with pages filled where keys come in order.
	boltBackend = boltKVBackend
)

// Errors a caller can test for with errors.Is.
var (
	ErrLocked     = errors.New("store is in use by another process")
	ErrNotStore   = errors.New("not a newsgraph store")
	ErrOldVersion = errors.New("store was written by another newsgraph format version")
	ErrNoStore    = errors.New("no store here yet (run newsgraph ingest first)")
)

// Options say how to open a store.
type Options struct {
	// ReadOnly opens an existing store without creating one.
	ReadOnly bool
	// NoSync skips fsync after each write transaction: faster bulk loads, at
	// the risk of losing the last batches on a power cut (not on a crash).
	NoSync bool
	// Waiting, if set, is called when a PostgreSQL store's ingest lock is
	// held by another ingest, before Open waits for it.
	Waiting func()
	// sqlBackend, when set, is the Cayley SQL backend a PostgreSQL store is
	// opened with instead of pgBackend: Cayley's own "postgres", for the
	// benchmarks' baseline.
	sqlBackend string
}

// Store is an open newsgraph store.
type Store struct {
	path string // "" for an in-memory store; a PostgreSQL URL without its password
	qs   cgraph.QuadStore
	qw   cgraph.QuadWriter
	lock io.Closer // the folder's flock, or an ingest's PostgreSQL advisory lock
	db   *sql.DB   // PostgreSQL only: for reading quads with their values at once
	bolt *boltKV   // the bolt file of a store opened for writing, nil otherwise
}

type meta struct {
	Format    int    `json:"format"`
	CreatedBy string `json:"created_by"`
}

// OpenMemory opens an empty in-memory store, for tests and one-off runs.
func OpenMemory() (*Store, error) {
	qs := memstore.New()
	return newStore("", qs, nil)
}

// checkOpen refuses an empty path or a done context, and says whether path
// holds a newsgraph store (checkMeta).
func checkOpen(ctx context.Context, path string) (bool, error) {
	if path == "" {
		return false, errors.New("open store: empty path")
	}
	if err := ctx.Err(); err != nil {
		return false, err
	}
	return checkMeta(path)
}

// Open opens the bolt store in the folder path, creating it unless
// opt.ReadOnly. It fails at once, rather than waiting, when another process
// has the store open, and refuses a folder that holds something else.
//
// A path that is a PostgreSQL URL (IsPostgres) opens the store in that
// database instead: a writer waits while another ingest has it (any
// process, any machine), a reader never waits.
func Open(ctx context.Context, path string, opt Options) (*Store, error) {
	if IsPostgres(path) {
		return openPostgres(ctx, path, opt)
	}
	exists, err := checkOpen(ctx, path)
	if err != nil {
		return nil, err
	}
	// A store is made in two steps, the format file first, then the bolt
	// file, renamed into place whole: a store whose making was killed
	// between them has the format file only, and is made again here.
	_, berr := os.Stat(filepath.Join(path, boltFile))
	made := exists && berr == nil
	if !made && opt.ReadOnly {
		return nil, fmt.Errorf("open store %s: %w", path, ErrNoStore)
	}
	if err := os.MkdirAll(path, 0o755); err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	lock, err := lockStore(path)
	if err != nil {
		return nil, err
	}
	ok := false
	defer func() {
		if !ok {
			lock.Close()
		}
	}()
	if !made {
		if err := create(path, exists); err != nil {
			return nil, fmt.Errorf("create store %s: %w", path, err)
		}
	}
	// Cayley's duplicate-check Bloom filters are sized for 100M quads: ~400 MB
	// of heap and a scan of the whole log at every open, and they made loading
	// slower, not faster (BenchmarkLoadBolt: 25k quads/s with them, 41k
	// without). Without them a duplicate is found in the index instead.
	if err := checkBoltFile(filepath.Join(path, boltFile)); err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	qs, kv, err := openBolt(path, opt)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	s, err := newStore(path, qs, lock)
	if err != nil {
		qs.Close()
		return nil, err
	}
	s.bolt = kv
	ok = true
	return s, nil
}

// create makes the store's files in the folder path, the format file
// unless it is there already, then the bolt database, each written whole or
// not at all.
func create(path string, hasMeta bool) error {
	if !hasMeta {
		m, _ := json.MarshalIndent(meta{Format: FormatVersion, CreatedBy: "newsgraph " + Version}, "", "  ")
		if err := writeAtomic(filepath.Join(path, metaFile), append(m, '\n')); err != nil {
			return err
		}
	}
	tmp := filepath.Join(path, "creating")
	if err := os.RemoveAll(tmp); err != nil {
		return err
	}
	if err := cgraph.InitQuadStore(boltBackend, tmp, nil); err != nil {
		return err
	}
	if err := os.Rename(filepath.Join(tmp, boltFile), filepath.Join(path, boltFile)); err != nil {
		return err
	}
	if err := os.RemoveAll(tmp); err != nil {
		return err
	}
	return syncDir(path)
}

// writeAtomic writes a file through a temporary one renamed over it, so
// that a crash leaves the old file or the new one, never a part.
func writeAtomic(name string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(name), filepath.Base(name)+".*.tmp")
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), name)
	}
	if err != nil {
		os.Remove(f.Name())
		return err
	}
	return syncDir(filepath.Dir(name))
}

// syncDir makes a folder's entries durable (a no-op where folders cannot be
// synced, as on Windows).
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && runtime.GOOS != "windows" {
		return err
	}
	return nil
}

// openBolt opens Cayley's bolt store in path, a damaged file an error.
func openBolt(path string, opt Options) (qs cgraph.QuadStore, kv *boltKV, err error) {
	defer debug.SetPanicOnFault(faultsPanic())
	defer func() {
		if r := recover(); r != nil {
			if err = damagePanic(path, r); err == nil {
				panic(r)
			}
		}
		if err != nil && kv != nil {
			kv.Close()
			kv = nil
		}
	}()
	// The bolt file is opened here rather than through Cayley's registry
	// (as boltBackend would) so that the Store keeps it: the resolver's
	// snapshot (snapshot.go) lives beside Cayley's buckets.
	kv, err = openBoltFile(filepath.Join(path, boltFile), opt.NoSync)
	if err != nil {
		return nil, nil, err
	}
	qs, err = cayleykv.New(kv, cgraph.Options{"no_bloom": true})
	if errors.Is(err, cgraph.ErrNotInitialized) {
		// newsgraph made this bolt file whole (see create): Cayley's own
		// record in it is gone.
		err = fmt.Errorf("%s: %w: Cayley's metadata in it is unreadable (%v)", filepath.Join(path, boltFile), ErrCorrupt, err)
	}
	return qs, kv, err
}

func newStore(path string, qs cgraph.QuadStore, lock io.Closer) (*Store, error) {
	qw, err := cgraph.NewQuadWriter("single", qs, cgraph.Options{"ignore_duplicate": true, "ignore_missing": true})
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return &Store{path: path, qs: qs, qw: qw, lock: lock}, nil
}

// checkMeta reports whether path holds a newsgraph store of this format, and
// refuses folders that hold anything else.
func checkMeta(path string) (bool, error) {
	if st, err := os.Stat(path); err == nil && !st.IsDir() {
		return false, fmt.Errorf("open store %s: %w: it is a file, not a folder", path, ErrNotStore)
	}
	b, err := os.ReadFile(filepath.Join(path, metaFile))
	if errors.Is(err, fs.ErrNotExist) {
		if _, err := os.Stat(filepath.Join(path, boltFile)); err == nil {
			return false, fmt.Errorf("open store %s: %w: it has a Cayley database but no %s", path, ErrNotStore, metaFile)
		}
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("open store %s: %w", path, err)
	}
	var m meta
	if err := json.Unmarshal(b, &m); err != nil || m.Format == 0 {
		return false, fmt.Errorf("open store %s: %w: %s is unreadable", path, ErrNotStore, metaFile)
	}
	if m.Format != FormatVersion {
		return false, fmt.Errorf("open store %s: %w: it has format %d (%s), this newsgraph reads format %d; ingest into a new --db",
			path, ErrOldVersion, m.Format, m.CreatedBy, FormatVersion)
	}
	return true, nil
}

// lockStore takes the store's lock without waiting. Bolt would otherwise
// block forever on a store another process holds; the second check catches
// other Cayley tools that hold the bolt file itself. The locks are flock(2)
// on Unix and LockFileEx on Windows (github.com/gofrs/flock).
func lockStore(path string) (*flock.Flock, error) {
	f := flock.New(filepath.Join(path, lockFile), flock.SetFlag(os.O_CREATE|os.O_RDWR), flock.SetPermissions(0o644))
	if ok, err := f.TryLock(); err != nil {
		return nil, fmt.Errorf("open store %s: lock %s: %w", path, f.Path(), err)
	} else if !ok {
		return nil, fmt.Errorf("open store %s: %w", path, ErrLocked)
	}
	// Bolt locks its file itself on Unix, and a file beside it on Windows.
	held := filepath.Join(path, boltFile)
	if runtime.GOOS == "windows" {
		held += ".lock"
	}
	if _, err := os.Stat(held); err == nil {
		b := flock.New(held, flock.SetFlag(os.O_RDONLY))
		ok, err := b.TryLock()
		b.Close()
		if err != nil || !ok {
			f.Close()
			return nil, fmt.Errorf("open store %s: %w (the bolt file is held)", path, ErrLocked)
		}
	}
	return f, nil
}

// Path is the store's folder (for PostgreSQL, its URL without the
// password), "" for an in-memory store.
func (s *Store) Path() string { return s.path }

// QuadStore is the Cayley store under s, for running path queries and
// Cayley's query languages.
func (s *Store) QuadStore() cgraph.QuadStore { return s.qs }

// Close flushes and closes the store and releases its lock.
func (s *Store) Close() (err error) {
	defer debug.SetPanicOnFault(faultsPanic())
	defer s.Guard(&err)
	err = s.qw.Close()
	if cerr := s.qs.Close(); err == nil {
		err = cerr
	}
	if s.lock != nil {
		if cerr := s.lock.Close(); err == nil && s.db != nil {
			err = cerr // a PostgreSQL server that did not answer
		}
	} else if s.db != nil {
		if cerr := s.db.Close(); err == nil {
			err = cerr
		}
	}
	return err
}

// Size is the number of quads in the store.
func (s *Store) Size(ctx context.Context) (_ int64, err error) {
	defer debug.SetPanicOnFault(faultsPanic())
	defer s.Guard(&err)
	// Exact only where the cheap count is an estimate: on bolt an exact
	// count walks every node, and its quad count is exact either way.
	st, err := s.qs.Stats(ctx, false)
	if err == nil && !st.Quads.Exact {
		st, err = s.qs.Stats(ctx, true)
	}
	if err != nil {
		return 0, fmt.Errorf("store size of %s: %w", s.describe(), err)
	}
	return st.Quads.Value, nil
}

// Quads returns the quads that have v in direction d (subject, object,
// label...), optionally only those with predicate pred.
func (s *Store) Quads(ctx context.Context, d quad.Direction, v quad.Value, pred quad.Value) (_ []quad.Quad, err error) {
	defer debug.SetPanicOnFault(faultsPanic())
	defer s.Guard(&err)
	if s.db != nil {
		out, err := s.pgQuads(ctx, d, v, pred)
		if err != nil {
			return nil, fmt.Errorf("read quads of %v from %s: %w", v, s.describe(), err)
		}
		return out, nil
	}
	ref, err := s.qs.ValueOf(v)
	if err != nil {
		return nil, fmt.Errorf("look up %v in %s: %w", v, s.describe(), err)
	}
	if ref == nil {
		return nil, nil
	}
	var out []quad.Quad
	it := s.quadIterator(d, ref, pred).Iterate()
	defer it.Close()
	if err := s.decode(ctx, it, 0, func(q quad.Quad) error {
		if pred == nil || q.Predicate == pred {
			out = append(out, q)
		}
		return nil
	}); err != nil {
		return nil, fmt.Errorf("read quads of %v from %s: %w", v, s.describe(), err)
	}
	return out, nil
}

// decode calls fn with the quads of it, decoded in batches of up to batch
// quads (0: all), each batch's values read in one go, each once: read
// quad by quad, each value of each quad was a read transaction of its
// own, and neighbouring quads share most of their values (predicates,
// articles, the node asked about).
func (s *Store) decode(ctx context.Context, it iterator.Scanner, batch int, fn func(quad.Quad) error) error {
	var dirs [][4]cgraph.Ref
	var want []cgraph.Ref
	at := map[any]int{}
	flush := func() error {
		vals, err := cgraph.ValuesOf(ctx, s.qs, want)
		if err != nil {
			return err
		}
		for _, rs := range dirs {
			var q quad.Quad
			for i, dir := range quad.Directions {
				if rs[i] != nil {
					q.Set(dir, vals[at[refs.ToKey(rs[i])]])
				}
			}
			if err := fn(q); err != nil {
				return err
			}
		}
		dirs, want = dirs[:0], want[:0]
		clear(at)
		return nil
	}
	for it.Next(ctx) {
		var q [4]cgraph.Ref
		for i, dir := range quad.Directions {
			r, err := s.qs.QuadDirection(it.Result(), dir)
			if err != nil {
				return err
			}
			if r == nil {
				continue
			}
			q[i] = r
			if _, ok := at[refs.ToKey(r)]; !ok {
				at[refs.ToKey(r)] = len(want)
				want = append(want, r)
			}
		}
		dirs = append(dirs, q)
		if batch > 0 && len(dirs) >= batch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	return flush()
}

// quadIterator iterates the quads with ref in direction d and, where it
// can, only those with predicate pred (nil for any): a busy person has
// hundreds of thousands of quads, and the one schema:name a query wants
// is then one index lookup, not a read of them all.
func (s *Store) quadIterator(d quad.Direction, ref cgraph.Ref, pred quad.Value) iterator.Shape {
	id, ok := ref.(cayleykv.Int64Value)
	kvs, isKV := s.qs.(*cayleykv.QuadStore)
	if pred == nil || !ok || !isKV {
		return s.qs.QuadIterator(d, ref)
	}
	pref, err := s.qs.ValueOf(pred)
	pid, ok := pref.(cayleykv.Int64Value)
	if err != nil || !ok {
		return s.qs.QuadIterator(d, ref)
	}
	// The stores' indexes are Cayley's defaults, subject-predicate and
	// object-predicate-subject (InitQuadStore with no options): each
	// has d and the predicate as its prefix.
	var dirs []quad.Direction
	for _, ind := range cayleykv.DefaultQuadIndexes {
		if len(ind.Dirs) >= 2 && ind.Dirs[0] == d && ind.Dirs[1] == quad.Predicate {
			dirs = ind.Dirs
		}
	}
	if dirs == nil {
		return s.qs.QuadIterator(d, ref)
	}
	return cayleykv.IndexScan{Index: cayleykv.QuadIndex{Dirs: dirs}, Values: []uint64{uint64(id), uint64(pid)}}.BuildIterator(kvs)
}

// Each calls fn for every quad in the store, in no set order.
func (s *Store) Each(ctx context.Context, fn func(quad.Quad) error) (err error) {
	defer debug.SetPanicOnFault(faultsPanic())
	defer s.Guard(&err)
	if s.db != nil {
		all, err := s.pgQuads(ctx, quad.Subject, nil, nil)
		if err != nil {
			return fmt.Errorf("read %s: %w", s.describe(), err)
		}
		for _, q := range all {
			if err := fn(q); err != nil {
				return err
			}
		}
		return nil
	}
	it := s.qs.QuadsAllIterator().Iterate()
	defer it.Close()
	var fnErr error
	err = s.decode(ctx, it, 4096, func(q quad.Quad) error {
		if err := fn(q); err != nil {
			fnErr = err
			return err
		}
		return nil
	})
	if fnErr != nil {
		return fnErr
	}
	if err != nil {
		return fmt.Errorf("read %s: %w", s.describe(), err)
	}
	return nil
}

// QuietBackend stops Cayley's own logging ("Running in nosync mode",
// "couldn't open"): newsgraph returns every such failure as an error with its
// context instead. Commands call it once at start.
func QuietBackend() { clog.SetLogger(nil) }
