package graph

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	hkv "github.com/hidal-go/hidalgo/kv"
	bolt "go.etcd.io/bbolt"
)

// mappedRSS is how much of file is resident in this process's mappings,
// from /proc/self/smaps, in bytes.
func mappedRSS(t *testing.T, file string) int64 {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skipf("no smaps: %v", err)
	}
	defer f.Close()
	var total int64
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		fields := strings.Fields(line)
		if len(fields) >= 5 && strings.Contains(fields[0], "-") {
			in = len(fields) >= 6 && fields[len(fields)-1] == file
			continue
		}
		if in && len(fields) == 3 && fields[0] == "Rss:" {
			var kb int64
			fmt.Sscan(fields[1], &kb)
			total += kb << 10
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return total
}

// fillLog writes 30 MB of values under "log" in db.
func fillLog(t *testing.T, db *boltKV) {
	t.Helper()
	ctx := context.Background()
	val := bytes.Repeat([]byte("newsgraph "), 100)
	for i := range 30 {
		err := db.Update(ctx, func(tx hkv.Tx) error {
			for j := range 1000 {
				if err := tx.Put(ctx, hkv.Key{[]byte("log"), []byte(fmt.Sprintf("%04d-%04d", i, j))}, val); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// readLog hashes the values under "log" in tx, reading all of them.
func readLog(t *testing.T, tx hkv.Tx) []byte {
	t.Helper()
	ctx := context.Background()
	h := sha256.New()
	it := tx.Scan(ctx)
	defer it.Close()
	for it.Next(ctx) {
		if k := it.Key(); len(k) == 0 || string(k[0]) != "log" {
			continue
		}
		h.Write(it.Val())
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	return h.Sum(nil)
}

// TestReleaseMapped reads a whole store, which maps all of it into the
// process, and gives the pages back, with a reader and then a write
// transaction open: the store reads back the same and takes the write.
func TestReleaseMapped(t *testing.T) {
	ctx := context.Background()
	name := filepath.Join(t.TempDir(), boltFile)
	bdb, err := bolt.Open(name, 0o644, &bolt.Options{FreelistType: freelistType, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	db := &boltKV{db: bdb, stop: func() {}} // no releasing: the test releases
	defer db.Close()
	file, err := filepath.EvalSymlinks(name)
	if err != nil {
		t.Fatal(err)
	}
	fillLog(t, db)
	releaseMapped(bdb)
	var sum []byte
	if err := db.View(ctx, func(tx hkv.Tx) error {
		sum = readLog(t, tx)
		read := mappedRSS(t, file)
		if read < 20<<20 {
			t.Fatalf("after reading 30 MB of values, %d bytes of the store resident: the reading did not map it", read)
		}
		releaseMapped(bdb)
		if after := mappedRSS(t, file); after > read/8 {
			t.Errorf("a reader open: %d bytes of the store resident after a release, %d before; want them given back", after, read)
		}
		if !bytes.Equal(readLog(t, tx), sum) {
			t.Error("the reader reads otherwise after the store's pages were given back")
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	// The release comes from another goroutine, as releasing's does.
	if err := db.Update(ctx, func(tx hkv.Tx) error {
		if !bytes.Equal(readLog(t, tx), sum) {
			t.Error("a write transaction reads the store otherwise")
		}
		read := mappedRSS(t, file)
		done := make(chan struct{})
		go func() { releaseMapped(bdb); close(done) }()
		<-done
		if after := mappedRSS(t, file); after > read/8 {
			t.Errorf("a write transaction open: %d bytes of the store resident after a release, %d before", after, read)
		}
		return tx.Put(ctx, hkv.Key{[]byte("meta"), []byte("x")}, []byte("y"))
	}); err != nil {
		t.Fatal(err)
	}
	if err := db.View(ctx, func(tx hkv.Tx) error {
		if !bytes.Equal(readLog(t, tx), sum) {
			t.Error("the store reads back otherwise after a write with its pages given back")
		}
		if v, err := tx.Get(ctx, hkv.Key{[]byte("meta"), []byte("x")}); err != nil || string(v) != "y" {
			t.Errorf("the write under a release: got %q, %v", v, err)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}

// TestReleasing: a store opened for writing gives back what a reader
// mapped without a write to come after it.
func TestReleasing(t *testing.T) {
	ctx := context.Background()
	name := filepath.Join(t.TempDir(), boltFile)
	db, err := openBoltFile(name, true)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	file, err := filepath.EvalSymlinks(name)
	if err != nil {
		t.Fatal(err)
	}
	fillLog(t, db)
	if err := db.View(ctx, func(tx hkv.Tx) error {
		readLog(t, tx)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	// Nothing reads now: within a few intervals all is given back.
	var resident int64
	for range 20 {
		time.Sleep(releaseInterval / 2)
		if resident = mappedRSS(t, file); resident < 1<<20 {
			return
		}
	}
	t.Errorf("%d bytes of the store resident 10 release intervals after the last read; want under 1 MB", resident)
}
