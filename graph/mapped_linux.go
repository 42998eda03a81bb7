package graph

import (
	"syscall"

	bolt "go.etcd.io/bbolt"
)

// canRelease is whether releaseMapped does anything here.
const canRelease = true

// releaseMapped gives back to the kernel the pages of db's file mapped
// into the process: bbolt reads the file through a shared read-only
// mapping, and every page a load, a write or a commit looks at stays
// resident in the process, until at 100,000 generated articles the whole
// 2 GB store counted in its RSS. The pages stay in the kernel's page cache, clean
// (bbolt writes with pwrite, not through the mapping), and the next read
// of one maps it again without reading the disk; a reader holding a slice
// of the mapping reads the same bytes. A read transaction holds the
// mapping in place meanwhile: bbolt moves it only in a commit that grows
// the file, which waits for every read transaction to end.
func releaseMapped(db *bolt.DB) {
	tx, err := db.Begin(false)
	if err != nil {
		return // closed: nothing is mapped
	}
	defer tx.Rollback()
	if size := tx.Size(); size > 0 {
		// Advice, not a write: an error (the mapping smaller than the
		// file, which bbolt never allows) leaves the pages resident.
		_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, db.Info().Data, uintptr(size), syscall.MADV_DONTNEED)
	}
}
