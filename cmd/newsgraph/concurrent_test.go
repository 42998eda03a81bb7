//go:build linux

package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

// holdsLock reports whether process pid holds a lock on the file (Linux:
// /proc/locks), so a test can wait for an ingest to own its store without
// taking the lock itself.
func holdsLock(t *testing.T, pid int, file string) bool {
	t.Helper()
	var st syscall.Stat_t
	if err := syscall.Stat(file, &st); err != nil {
		return false
	}
	b, err := os.ReadFile("/proc/locks")
	if err != nil {
		t.Skipf("no /proc/locks: %v", err)
	}
	suffix := fmt.Sprintf(":%d", st.Ino)
	for _, l := range strings.Split(string(b), "\n") {
		f := strings.Fields(l)
		if len(f) >= 6 && f[4] == fmt.Sprint(pid) && strings.HasSuffix(f[5], suffix) {
			return true
		}
	}
	return false
}

// TestConcurrentStoreUse runs a second ingest, and readers, against a store an
// ingest is writing, and an ingest against a store a reader holds: each
// late comer is refused at once with an error naming the store, the one
// holding it finishes, and the store then holds what it held before plus
// what the finished ingest added, as a store given only that ingest does.
func TestConcurrentStoreUse(t *testing.T) {
	if testing.Short() {
		t.Skip("runs newsgraph processes; not in -short")
	}
	dir := t.TempDir()
	ng := buildNewsgraph(t, dir)
	files, err := corpus.Generate("../../testdata", 300) // an ingest of some seconds, for the late comers to meet
	if err != nil {
		t.Fatal(err)
	}
	articles := filepath.Join(dir, "articles")
	if err := corpus.Write(articles, files); err != nil {
		t.Fatal(err)
	}
	// What the store must hold: the seeds, then the generated articles.
	ref := filepath.Join(dir, "ref")
	for _, in := range []string{seeds, articles} {
		if _, stderr, code := runNG(t, ng, "ingest", "-q", "--db", ref, in); code != 0 {
			t.Fatal(stderr)
		}
	}
	want, _, _ := runNG(t, ng, "export", "--db", ref)
	onlySeeds := filepath.Join(dir, "seeds")
	runNG(t, ng, "ingest", "-q", "--db", onlySeeds, seeds)
	wantSeeds, _, _ := runNG(t, ng, "export", "--db", onlySeeds)

	for _, c := range []struct {
		name string
		late []string // the command that comes while the store is held
		// byReader: the store is held by a reader in this process, and the
		// late comer is the ingest of the articles; else by that ingest.
		byReader bool
	}{
		{"second ingest during an ingest", []string{"ingest", "-q", "--db", "DB", "../../testdata/heldout"}, false},
		{"met during an ingest", []string{"met", "--db", "DB"}, false},
		{"export during an ingest", []string{"export", "--db", "DB"}, false},
		{"facts during an ingest", []string{"facts", "--json", "--db", "DB"}, false},
		{"ingest while a reader has the store", []string{"ingest", "-q", "--db", "DB", articles}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "db")
			if _, stderr, code := runNG(t, ng, "ingest", "-q", "--db", db, seeds); code != 0 {
				t.Fatal(stderr)
			}
			late := append([]string(nil), c.late...)
			for i, a := range late {
				if a == "DB" {
					late[i] = db
				}
			}
			lateRefused := func() {
				t.Helper()
				_, stderr, code := runNG(t, ng, late...)
				if code != 1 || !strings.Contains(stderr, "store is in use by another process") || !strings.Contains(stderr, db) {
					t.Errorf("%s while the store is held: exit %d, %q; want it refused, naming the store", late[0], code, stderr)
				}
			}
			if c.byReader {
				s, err := graph.Open(context.Background(), db, graph.Options{ReadOnly: true})
				if err != nil {
					t.Fatal(err)
				}
				lateRefused()
				s.Close()
				if got, _, _ := runNG(t, ng, "export", "--db", db); stripTimes(got) != stripTimes(wantSeeds) {
					t.Error("the store changed while a reader had it")
				}
				return
			}
			cmd := exec.Command(ng, "ingest", "-q", "--db", db, articles)
			var errb bytes.Buffer
			cmd.Stderr = &errb
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			deadline := time.Now().Add(30 * time.Second)
			for !holdsLock(t, cmd.Process.Pid, filepath.Join(db, "newsgraph.lock")) {
				if time.Now().After(deadline) {
					cmd.Process.Kill()
					t.Fatal("the ingest never took the store's lock")
				}
				time.Sleep(5 * time.Millisecond)
			}
			lateRefused()
			if err := cmd.Wait(); err != nil {
				t.Fatalf("the ingest holding the store: %v\n%s", err, errb.String())
			}
			got, _, _ := runNG(t, ng, "export", "--db", db)
			if stripTimes(got) != stripTimes(want) {
				t.Error("after the ingest the store differs from one given the seeds and then the articles alone")
			}
		})
	}
}
