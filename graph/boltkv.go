package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	cayleykv "github.com/cayleygraph/cayley/graph/kv"
	hkv "github.com/hidal-go/hidalgo/kv"
	bolt "go.etcd.io/bbolt"
)

// boltKVBackend is the Cayley backend name of boltKV. The file it writes is
// the one Cayley's "bbolt" backend writes, so either opens a store the
// other made (TestBoltKVCompatible).
const boltKVBackend = "newsgraph-bbolt"

// Page fills, bbolt's Bucket.FillPercent: where a page that outgrew its
// size is split. bbolt's default, 0.5, suits keys that land anywhere in a
// bucket (a half-empty page takes a few more before it splits again) and
// leaves every page of a bucket that only grows at its end half empty for
// good. Measured on 10,000 generated articles (README, "Ingest cost"):
// Cayley's log bucket at 1.0 took 42,483 pages instead of 86,280; its
// index buckets, whose keys begin with a node's ID, new nodes at the end
// and known ones anywhere, about the fewest at 0.75 (ops 9,559 pages, sp
// 6,146; at 0.85 9,728 and 5,975; at 0.65 10,058 and 6,511; at 0.5 11,788
// and 7,531; at 1.0 17,747 and 10,226, as an insert into a full page
// splits off a nearly empty one).
const (
	appendFill = 1.0  // keys only ever appended
	indexFill  = 0.75 // keys appended and inserted
)

// fillFor is the FillPercent of the top-level bucket name in a write
// transaction, 0 for bbolt's default. "log" holds Cayley's quads and values
// keyed by sequential IDs; "sp" and "ops" its quad indexes, keyed by node
// IDs; the value buckets ("v..", "n..") are keyed by hash, anywhere.
func fillFor(name []byte) float64 {
	switch string(name) {
	case "log":
		return appendFill
	case "sp", "ops":
		return indexFill
	}
	return 0
}

func init() {
	cayleykv.Register(boltKVBackend, cayleykv.Registration{
		NewFunc:      openBoltKV,
		InitFunc:     initBoltKV,
		IsPersistent: true,
	})
}

// initBoltKV makes the folder path and the bolt file in it, as Cayley's
// "bbolt" backend does.
func initBoltKV(path string, _ cgraph.Options) (hkv.KV, error) {
	if path == "" {
		return nil, cayleykv.ErrEmptyPath
	}
	if err := os.MkdirAll(path, 0o700); err != nil {
		return nil, err
	}
	return openBoltFile(filepath.Join(path, boltFile), false)
}

// openBoltKV opens the bolt file in the folder path, honouring Cayley's
// "nosync" option as its "bbolt" backend does.
func openBoltKV(path string, opt cgraph.Options) (hkv.KV, error) {
	nosync, err := opt.BoolKey("nosync", false)
	if err != nil {
		return nil, err
	}
	return openBoltFile(filepath.Join(path, boltFile), nosync)
}

// freelistType is how bbolt keeps the free pages in memory; the file is
// the same either way. Its default, an array, is scanned end to end for
// every page a commit allocates: with the 47,474 free pages of a store of
// 90,000 generated articles that scan was 14% of ingest's writing (3.7 s
// of 26.7 s for 5,000 more articles); the map finds a run of free pages by
// its length.
const freelistType = bolt.FreelistMapType

func openBoltFile(name string, nosync bool) (*boltKV, error) {
	db, err := bolt.Open(name, 0o644, &bolt.Options{FreelistType: freelistType})
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", name, err)
	}
	db.NoSync = nosync
	db.NoGrowSync = nosync
	return &boltKV{db: db, stop: releasing(db)}, nil
}

// boltKV is a hidalgo key-value store over a bbolt file, in the layout of
// hidalgo's kv/bbolt: every part of a key but the last is a nested bucket,
// the last the key in it, and a one-part key sits in the root bucket. It
// differs in writing: buckets written in key order fill their pages
// (fillFor), and a key's buckets are looked up in bbolt's per-transaction
// cache rather than created-if-missing on every Put.
type boltKV struct {
	db   *bolt.DB
	stop func() // ends releasing
}

var _ hkv.KV = (*boltKV)(nil)

// Close closes the bolt file.
func (db *boltKV) Close() error {
	db.stop()
	return db.db.Close()
}

// Tx begins a transaction, a write transaction if rw.
func (db *boltKV) Tx(_ context.Context, rw bool) (hkv.Tx, error) {
	tx, err := db.db.Begin(rw)
	if err != nil {
		return nil, err
	}
	return &boltTx{tx: tx}, nil
}

// View runs fn in a read transaction.
func (db *boltKV) View(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.View(ctx, db, fn)
}

// Update runs fn in a write transaction, committed if fn returns nil.
func (db *boltKV) Update(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.Update(ctx, db, fn)
}

type boltTx struct {
	tx *bolt.Tx
}

// releaseInterval is how often the store's mapped pages are given back
// while it is open for writing: reading all of a store of 100,000 articles
// at the start of an ingest mapped 1.3 GB of it, a batch of 150,000 quads
// into 40,000 articles 800 MB, its commit alone (bbolt copying the pages
// it rewrites) half of that.
const releaseInterval = 250 * time.Millisecond

// releasing gives back db's mapped pages every releaseInterval, on its own
// goroutine so that a load, a write and a commit are all covered, until
// the returned func is called; that waits for the goroutine to end, once.
// Where releaseMapped does nothing (canRelease), no goroutine is started.
func releasing(db *bolt.DB) func() {
	if !canRelease {
		return func() {}
	}
	done := make(chan struct{})
	exited := make(chan struct{})
	go func() {
		defer close(exited)
		tick := time.NewTicker(releaseInterval)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				releaseMapped(db)
			}
		}
	}()
	var once sync.Once
	return func() {
		once.Do(func() {
			close(done)
			<-exited
		})
	}
}

// root is the transaction's root bucket, which bbolt does not export but
// hands out through a cursor; one-part keys live in it, as in hidalgo's layout.
func (t *boltTx) root() *bolt.Bucket { return t.tx.Cursor().Bucket() }

// bucket walks the buckets of every part of key but the last. It returns
// nil when one is missing, and the parts it did not walk.
func (t *boltTx) bucket(key hkv.Key) (*bolt.Bucket, hkv.Key) {
	if len(key) <= 1 {
		return t.root(), key
	}
	b := t.tx.Bucket(key[0])
	key = key[1:]
	for b != nil && len(key) > 1 {
		b = b.Bucket(key[0])
		key = key[1:]
	}
	return b, key
}

func (t *boltTx) Get(_ context.Context, key hkv.Key) (hkv.Value, error) {
	b, k := t.bucket(key)
	if b == nil || len(k) != 1 {
		return nil, hkv.ErrNotFound
	}
	v := b.Get(k[0])
	if v == nil {
		return nil, hkv.ErrNotFound
	}
	return v, nil
}

// GetBatch reads a run of keys in one bucket with one cursor, stepping it
// on when a key follows the one before it, as Cayley's keys mostly do (the
// log's sequential IDs, sorted index keys), and a lone key with Get:
// reading all of a store of 90,000 articles spent 60 s in Get, half of it
// looking up the same bucket again for every key and the rest searching
// the tree from its root.
func (t *boltTx) GetBatch(_ context.Context, keys []hkv.Key) ([]hkv.Value, error) {
	vals := make([]hkv.Value, len(keys))
	var (
		begun bool
		parts hkv.Key // the bucket parts of the key before
		b     *bolt.Bucket
		cur   *bolt.Cursor // made at b's second key: value lookups are mostly one a bucket
		at, v []byte       // the key cur is at, nil when it has none, and its value
	)
	for i, key := range keys {
		if len(key) == 0 {
			continue
		}
		if !begun || !sameParts(parts, key[:len(key)-1]) {
			begun, parts, b, cur, at, v = true, key[:len(key)-1], nil, nil, nil, nil
			if bb, k := t.bucket(key); bb != nil && len(k) == 1 {
				b = bb
				vals[i] = b.Get(k[0])
			}
			continue
		}
		if b == nil {
			continue
		}
		k := key[len(key)-1]
		if cur == nil {
			cur = b.Cursor()
		}
		switch c := bytes.Compare(at, k); {
		case at != nil && c == 0:
			// The same key again: v is its value.
		case at != nil && c < 0:
			// The key after at is k, or k is missing, or k is further on.
			if at, v = cur.Next(); at != nil && bytes.Compare(at, k) < 0 {
				at, v = cur.Seek(k)
			}
		default:
			at, v = cur.Seek(k)
		}
		if at != nil && bytes.Equal(at, k) {
			vals[i] = v // nil for a nested bucket, as Get gives
		}
	}
	return vals, nil
}

// sameParts reports whether a and b name the same buckets.
func sameParts(a, b hkv.Key) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !bytes.Equal(a[i], b[i]) {
			return false
		}
	}
	return true
}

func (t *boltTx) Commit(context.Context) error { return t.tx.Commit() }

// Close rolls back a transaction that was not committed.
func (t *boltTx) Close() error { return t.tx.Rollback() }

// Put writes v under k, making the buckets of k's leading parts as needed.
// A key whose last part and value are both empty only makes the buckets
// (hidalgo's kv.CreateBucket).
func (t *boltTx) Put(_ context.Context, k hkv.Key, v hkv.Value) error {
	if !t.tx.Writable() {
		return hkv.ErrReadOnly
	}
	if len(k) == 0 {
		return errors.New("put: empty key")
	}
	b := t.root()
	for i := 0; i < len(k)-1; i++ {
		next := b.Bucket(k[i])
		if next == nil {
			var err error
			if next, err = b.CreateBucket(k[i]); err != nil {
				return fmt.Errorf("put: bucket %q: %w", k[i], err)
			}
		}
		if i == 0 {
			// Not kept in the file: bbolt reads it at each commit's
			// page splits, from this transaction's handle.
			if f := fillFor(k[0]); f > 0 {
				next.FillPercent = f
			}
		}
		b = next
	}
	last := k[len(k)-1]
	if len(last) == 0 && len(v) == 0 {
		return nil
	}
	return b.Put(last, v)
}

func (t *boltTx) Del(_ context.Context, k hkv.Key) error {
	if !t.tx.Writable() {
		return hkv.ErrReadOnly
	}
	b, rest := t.bucket(k)
	if b == nil || len(rest) != 1 {
		return nil
	}
	return b.Delete(rest[0])
}

func (t *boltTx) Scan(_ context.Context, opts ...hkv.IteratorOption) hkv.Iterator {
	it := &boltIterator{tx: t, rootb: t.root()}
	it.Reset()
	return hkv.ApplyIteratorOptions(it, opts)
}

var (
	_ hkv.Seeker         = (*boltIterator)(nil)
	_ hkv.PrefixIterator = (*boltIterator)(nil)
)

// boltIterator walks the keys under a bucket depth first, descending into
// nested buckets as it meets them, so that keys come in the order of
// hkv.Key.Compare; it yields the same keys as hidalgo's kv/bbolt iterator.
type boltIterator struct {
	tx    *boltTx
	rootb *bolt.Bucket // the bucket the walk starts from
	rootk hkv.Key      // the key parts of rootb
	pref  hkv.Key      // the prefix below rootb every key must have
	stack struct {
		k hkv.Key // the key parts of the buckets below rootb
		b []*bolt.Bucket
		c []*bolt.Cursor
	}
	k, v []byte // in the innermost bucket
}

func (it *boltIterator) Reset() {
	it.k, it.v = nil, nil
	it.stack.c = it.stack.c[:0]
	it.stack.b = it.stack.b[:0]
	it.stack.k = append(it.stack.k[:0], it.rootk...)
	if it.rootb != nil {
		it.stack.b = append(it.stack.b, it.rootb)
	}
}

// WithPrefix limits the walk to keys with prefix pref: it starts from the
// deepest bucket pref names, and is empty when one of them is missing.
func (it *boltIterator) WithPrefix(pref hkv.Key) hkv.Iterator {
	b, p := it.tx.bucket(pref)
	if b == nil || len(p) > 1 {
		*it = boltIterator{tx: it.tx}
		return it
	}
	it.rootk = pref[:len(pref)-len(p)]
	it.rootb = b
	it.pref = p
	it.Reset()
	return it
}

// next moves to the next key, at bucket depth i checking pref[i], if any:
// seeking to it when the cursor starts, and ending that bucket's walk at
// the first key that lacks it.
func (it *boltIterator) next(pref hkv.Key) bool {
	for len(it.stack.b) > 0 {
		i := len(it.stack.b) - 1
		if len(it.stack.c) < len(it.stack.b) {
			c := it.stack.b[i].Cursor()
			it.stack.c = append(it.stack.c, c)
			if i >= len(pref) {
				it.k, it.v = c.First()
			} else {
				it.k, it.v = c.Seek(pref[i])
			}
		} else {
			it.k, it.v = it.stack.c[i].Next()
		}
		if it.k != nil && (i >= len(pref) || bytes.HasPrefix(it.k, pref[i])) {
			if it.v == nil { // a nested bucket, or a key with a nil value
				if b := it.stack.b[i].Bucket(it.k); b != nil {
					it.stack.b = append(it.stack.b, b)
					it.stack.k = append(it.stack.k, it.k)
					continue
				}
			}
			return true
		}
		// This bucket is done: back to its parent.
		it.stack.c = it.stack.c[:i]
		it.stack.b = it.stack.b[:i]
		if len(it.stack.k) > 0 {
			it.stack.k = it.stack.k[:len(it.stack.k)-1]
		}
	}
	return false
}

func (it *boltIterator) Seek(_ context.Context, key hkv.Key) bool {
	it.Reset()
	if !it.next(key) {
		return false
	}
	return it.Key().HasPrefix(it.pref)
}

func (it *boltIterator) Next(context.Context) bool { return it.next(it.pref) }

func (it *boltIterator) Key() hkv.Key {
	if len(it.stack.b) == 0 {
		return nil
	}
	k := it.stack.k.Clone()
	return append(k, bytes.Clone(it.k))
}

func (it *boltIterator) Val() hkv.Value { return it.v }

func (it *boltIterator) Err() error { return nil }

func (it *boltIterator) Close() error {
	*it = boltIterator{}
	return nil
}
