package graph

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
)

// ErrCorrupt means the store's database file is damaged: truncated, or
// overwritten in part. newsgraph refuses it rather than reading or writing
// it further; a store made again from the articles replaces it.
var ErrCorrupt = errors.New("store file is damaged")

// The layout of a bolt file's two meta pages (go.etcd.io/bbolt db.go, the
// same in github.com/boltdb/bolt v1.3.1 before it): a 16-byte page header,
// then magic, version, page size, flags, the root bucket (page, sequence),
// the freelist page, the high-water page, the transaction id, and an
// FNV-64a checksum of all that.
const (
	boltMagic      = 0xED0CDAED
	boltVersion    = 2
	boltPageHeader = 16
	boltMetaSize   = 64
	boltMaxPage    = 1 << 16
)

type boltMeta struct {
	pageSize               uint32
	root, freelist, pageHi uint64
	txid                   uint64
}

// readBoltMeta reads the meta page at off, or says why it is not one.
func readBoltMeta(f *os.File, off int64) (boltMeta, error) {
	b := make([]byte, boltMetaSize)
	if _, err := f.ReadAt(b, off+boltPageHeader); err != nil {
		if errors.Is(err, io.EOF) {
			return boltMeta{}, errors.New("it ends inside its header")
		}
		return boltMeta{}, err
	}
	le := binary.LittleEndian
	if le.Uint32(b[0:]) != boltMagic {
		return boltMeta{}, errors.New("no bolt header")
	}
	if v := le.Uint32(b[4:]); v != boltVersion {
		return boltMeta{}, fmt.Errorf("bolt format %d, not %d", v, boltVersion)
	}
	h := fnv.New64a()
	h.Write(b[:56])
	if sum := le.Uint64(b[56:]); sum != 0 && sum != h.Sum64() {
		return boltMeta{}, errors.New("header checksum mismatch")
	}
	m := boltMeta{pageSize: le.Uint32(b[8:]), root: le.Uint64(b[16:]), freelist: le.Uint64(b[32:]),
		pageHi: le.Uint64(b[40:]), txid: le.Uint64(b[48:])}
	if m.pageSize < 512 || m.pageSize > boltMaxPage || m.pageSize&(m.pageSize-1) != 0 {
		return boltMeta{}, fmt.Errorf("page size %d", m.pageSize)
	}
	return m, nil
}

// checkBoltFile looks at a bolt file before bolt does: bolt panics or
// faults on a file cut short (it maps pages the file no longer has) and
// silently makes a new database in an emptied one. The newer of the two
// meta pages must be whole, and the file must hold every page it counts.
func checkBoltFile(file string) error {
	damaged := func(why string) error { return fmt.Errorf("%s: %w: %s", file, ErrCorrupt, why) }
	f, err := os.Open(file)
	if err != nil {
		return fmt.Errorf("open %s: %w", file, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fmt.Errorf("open %s: %w", file, err)
	}
	if st.Size() == 0 {
		return damaged("it is empty")
	}
	m0, err0 := readBoltMeta(f, 0)
	ps := int64(m0.pageSize)
	if err0 != nil {
		ps = int64(os.Getpagesize())
	}
	m1, err1 := readBoltMeta(f, ps)
	if err1 == nil && err0 == nil && m1.pageSize != m0.pageSize {
		err1 = errors.New("page sizes disagree")
	}
	var m boltMeta
	switch {
	case err0 != nil && err1 != nil:
		return damaged(fmt.Sprintf("first header: %v; second header: %v", err0, err1))
	case err0 != nil:
		m = m1
	case err1 != nil || m0.txid >= m1.txid:
		m = m0
	default:
		m = m1
	}
	if need := int64(m.pageHi) * int64(m.pageSize); st.Size() < need {
		return damaged(fmt.Sprintf("%d bytes, cut short of the %d its pages take", st.Size(), need))
	}
	if m.root >= m.pageHi || m.freelist >= m.pageHi || m.pageHi < 4 {
		return damaged("its header points past its pages")
	}
	return nil
}

// Guard, deferred in a function that reads or writes the store, turns a
// panic from inside the bolt database, which is how bolt meets a damaged
// page, into an ErrCorrupt error naming the file. Other panics go on.
//
//	func f(s *graph.Store) (err error) { defer s.Guard(&err); ... }
func (s *Store) Guard(err *error) {
	r := recover()
	if r == nil {
		return
	}
	if e := damagePanic(s.path, r); e != nil {
		*err = e
		return
	}
	panic(r)
}

// damagePanic is the ErrCorrupt error for a panic r raised inside bolt
// while it read the store at path, or nil for any other panic. Call it from
// the deferred function that recovered r, while the stack still shows where
// r was raised.
func damagePanic(path string, r any) error {
	if path == "" || !strings.Contains(string(debug.Stack()), "go.etcd.io/bbolt.") {
		return nil
	}
	return fmt.Errorf("%s: %w (%v)", filepath.Join(path, boltFile), ErrCorrupt, r)
}

// DamagePanic is damagePanic for callers outside the package that recover
// themselves: the ErrCorrupt error for a panic raised inside bolt while it
// read the store at path, or nil.
func DamagePanic(path string, r any) error { return damagePanic(path, r) }

// faultsPanic makes a memory fault in this goroutine (bolt reads its file
// through a memory map) a panic that Guard can recover, and returns the
// setting to restore.
func faultsPanic() bool { return debug.SetPanicOnFault(true) }
