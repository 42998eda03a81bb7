package graph

import (
	"syscall"

	bolt "go.etcd.io/bbolt"
)

// releaseMapped gives back to the kernel the first size bytes of db's
// file mapped into memory, after a write transaction committed: bbolt
// reads the file through a shared read-only mapping, and every page a
// write looks at stays resident in the process, until at 100,000
// generated articles the whole 2 GB store counted in its RSS. The pages
// stay in the kernel's page cache, clean (bbolt writes with pwrite, not
// through the mapping), and the next read of one maps it again without
// reading the disk. It must not race a write transaction, which can move
// the mapping (boltKV.writing); readers only fault pages in again.
func releaseMapped(db *bolt.DB, size int64) {
	if size <= 0 {
		return
	}
	// Advice, not a write: an error (the mapping smaller than the store,
	// which bbolt never allows) leaves the pages resident, nothing worse.
	_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, db.Info().Data, uintptr(size), syscall.MADV_DONTNEED)
}
