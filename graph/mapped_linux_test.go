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

	hkv "github.com/hidal-go/hidalgo/kv"
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

// TestReleaseMapped reads a whole store, which maps all of it into the
// process, then commits a write: the mapped pages are given back, and
// the store reads back the same.
func TestReleaseMapped(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := openBoltFile(filepath.Join(dir, boltFile), true)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	file, err := filepath.EvalSymlinks(filepath.Join(dir, boltFile))
	if err != nil {
		t.Fatal(err)
	}
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
	readAll := func() []byte {
		h := sha256.New()
		err := db.View(ctx, func(tx hkv.Tx) error {
			it := tx.Scan(ctx)
			defer it.Close()
			for it.Next(ctx) {
				if k := it.Key(); len(k) == 0 || string(k[0]) != "log" {
					continue // the write below adds "meta"
				}
				h.Write(it.Val())
			}
			return it.Err()
		})
		if err != nil {
			t.Fatal(err)
		}
		return h.Sum(nil)
	}
	sum := readAll()
	read := mappedRSS(t, file)
	if read < 20<<20 {
		t.Fatalf("after reading 30 MB of values, %d bytes of the store resident: the reading did not map it", read)
	}
	if err := db.Update(ctx, func(tx hkv.Tx) error {
		return tx.Put(ctx, hkv.Key{[]byte("meta"), []byte("x")}, []byte("y"))
	}); err != nil {
		t.Fatal(err)
	}
	after := mappedRSS(t, file)
	if after > read/4 {
		t.Errorf("after a write: %d bytes of the store resident, %d before; want them given back", after, read)
	}
	if !bytes.Equal(readAll(), sum) {
		t.Error("the store reads back otherwise after its pages were given back")
	}
	t.Logf("resident: %d MB read, %d KB after a write", read>>20, after>>10)

	// A write transaction reading it all, more than releaseEvery keys in
	// all, gives pages back as it goes.
	const times = 3
	if 30*1000*times <= releaseEvery {
		t.Fatalf("the test reads %d keys, not more than releaseEvery, %d", 30*1000*times, releaseEvery)
	}
	var during int64
	if err := db.Update(ctx, func(tx hkv.Tx) error {
		for i := range 30 {
			for j := range 1000 {
				for range times {
					if _, err := tx.Get(ctx, hkv.Key{[]byte("log"), []byte(fmt.Sprintf("%04d-%04d", i, j))}); err != nil {
						return err
					}
				}
			}
		}
		during = mappedRSS(t, file)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if during > read/2 {
		t.Errorf("a write transaction that read the store: %d bytes of it resident, %d after a reader; want them given back as it reads", during, read)
	}
	t.Logf("resident: %d MB while a write reads it all", during>>20)
}
