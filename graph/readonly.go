package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	cayleykv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	"github.com/gofrs/flock"
	bolt "go.etcd.io/bbolt"
)

// ErrReadOnly is returned by every write to a store opened with OpenReadOnly.
var ErrReadOnly = errors.New("store is open read-only")

// OpenReadOnly opens an existing bolt store for reading only, for a
// long-running reader such as a server. Unlike Open with Options.ReadOnly,
// the bolt file itself is opened read-only (a write fails in bolt, not only
// in newsgraph), and the store's lock is taken shared: several readers may
// hold it at once, while ingest, which takes it exclusively, is refused
// with ErrLocked as long as a reader has it, and a reader is refused with
// ErrLocked while an ingest runs.
//
// On PostgreSQL (path a URL, IsPostgres) a reader takes no lock: it reads
// in read-only sessions what ingests have committed, while they write.
func OpenReadOnly(ctx context.Context, path string) (*Store, error) {
	if IsPostgres(path) {
		return openPostgres(ctx, path, Options{ReadOnly: true})
	}
	exists, err := checkOpen(ctx, path)
	if err != nil {
		return nil, err
	}
	if !exists {
		return nil, fmt.Errorf("open store %s: %w", path, ErrNoStore)
	}
	// A shared lock: flock on Unix, LockFileEx on Windows.
	lock := flock.New(filepath.Join(path, lockFile), flock.SetFlag(os.O_CREATE|os.O_RDONLY), flock.SetPermissions(0o644))
	if ok, err := lock.TryRLock(); err != nil {
		return nil, fmt.Errorf("open store %s: lock %s: %w", path, lock.Path(), err)
	} else if !ok {
		return nil, fmt.Errorf("open store %s: %w", path, ErrLocked)
	}
	if _, err := os.Stat(filepath.Join(path, boltFile)); err != nil {
		lock.Close()
		return nil, fmt.Errorf("open store %s: %w", path, ErrNoStore) // its making was killed
	}
	if err := checkBoltFile(filepath.Join(path, boltFile)); err != nil {
		lock.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	// Bolt takes a shared lock on its file in read-only mode; a writer
	// outside newsgraph holding it makes the open time out instead of
	// blocking for ever.
	db, err := bolt.Open(filepath.Join(path, boltFile), 0o644, &bolt.Options{ReadOnly: true, Timeout: 100 * time.Millisecond})
	if err != nil {
		lock.Close()
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, fmt.Errorf("open store %s: %w (the bolt file is held)", path, ErrLocked)
		}
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	qs, err := openReadOnlyKV(path, db)
	if err != nil {
		db.Close()
		lock.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return &Store{path: path, qs: qs, qw: refuseWrites{}, lock: lock}, nil
}

// refuseWrites is the quad writer of a read-only store.
type refuseWrites struct{}

var _ cgraph.QuadWriter = refuseWrites{}

func (refuseWrites) AddQuad(quad.Quad) error                    { return ErrReadOnly }
func (refuseWrites) AddQuadSet([]quad.Quad) error               { return ErrReadOnly }
func (refuseWrites) RemoveQuad(quad.Quad) error                 { return ErrReadOnly }
func (refuseWrites) ApplyTransaction(*cgraph.Transaction) error { return ErrReadOnly }
func (refuseWrites) RemoveNode(quad.Value) error                { return ErrReadOnly }
func (refuseWrites) Close() error                               { return nil }

// QuadWriter is the writer of the store's quads; for a store opened with
// OpenReadOnly every write through it fails with ErrReadOnly.
func (s *Store) QuadWriter() cgraph.QuadWriter { return s.qw }

// openReadOnlyKV opens Cayley's store over the bolt file, a damaged file an
// error rather than a panic. It reads through newsgraph's adapter, as a
// writer does, for its batched reads (GetBatch): at 100,000 generated
// articles `entity` took 22% less time than through hidalgo's, `met
// --person` 14%. Its mapped pages are not given back on a timer
// (releasing), as a writer's are: a reader maps them again at once, and
// giving them back cost a query 30% more time (the faults) for a peak
// RSS 0.5 GB lower, of clean page cache the kernel can take back anyway.
func openReadOnlyKV(path string, db *bolt.DB) (qs cgraph.QuadStore, err error) {
	defer debug.SetPanicOnFault(faultsPanic())
	defer func() {
		if r := recover(); r != nil {
			if err = damagePanic(path, r); err == nil {
				panic(r)
			}
		}
	}()
	qs, err = cayleykv.New(&boltKV{db: db, stop: func() {}}, cgraph.Options{"no_bloom": true})
	if errors.Is(err, cgraph.ErrNotInitialized) {
		err = fmt.Errorf("%s: %w: Cayley's metadata in it is unreadable (%v)", filepath.Join(path, boltFile), ErrCorrupt, err)
	}
	return qs, err
}
