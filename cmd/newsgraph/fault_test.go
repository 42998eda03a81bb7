package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// runNG runs the built command with a deadline: a command that hangs fails
// the test instead of stalling it.
func runNG(t *testing.T, ng string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, ng, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("newsgraph %s hung (killed after 60 s)", strings.Join(args, " "))
	}
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		code = ee.ExitCode()
	default:
		t.Fatalf("newsgraph %s: %v", strings.Join(args, " "), err)
	}
	return out.String(), errb.String(), code
}

// crashed reports whether a command's error output shows a panic or a
// runtime fault rather than an error.
func crashed(stderr string) bool {
	return strings.Contains(stderr, "panic:") || strings.Contains(stderr, "fatal error:") || strings.Contains(stderr, "goroutine ")
}

func sum(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// scribble overwrites the file from off to its end with seeded noise.
func scribble(t *testing.T, path string, off int64, seed uint64) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(seed, 7))
	for i := off; i < int64(len(b)); i++ {
		b[i] = byte(rng.Uint32())
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestDamagedStores runs ingest, met and export on stores damaged in each
// way a disk, a crash or a user can damage them: each command ends (no hang)
// with an error naming what is wrong, or succeeds, and never panics; a store
// refused is left as it was, byte for byte.
func TestDamagedStores(t *testing.T) {
	if testing.Short() {
		t.Skip("runs newsgraph processes; not in -short")
	}
	dir := t.TempDir()
	ng := buildNewsgraph(t, dir)
	good := filepath.Join(dir, "good")
	if _, stderr, code := runNG(t, ng, "ingest", "-q", "--db", good, seeds); code != 0 {
		t.Fatalf("seed ingest: %s", stderr)
	}
	bolt := func(db string) string { return filepath.Join(db, "indexes.bolt") }
	copyStore := func(t *testing.T, to string) {
		t.Helper()
		if err := os.MkdirAll(to, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{"indexes.bolt", "newsgraph.json"} {
			b, err := os.ReadFile(filepath.Join(good, f))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(to, f), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	size := func(path string) int64 {
		st, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		return st.Size()
	}
	for _, c := range []struct {
		name    string
		damage  func(t *testing.T, db string) string // the file refused, "" when the store may still serve
		wantErr string                               // in every command's error output
	}{
		{"bolt file cut to a third", func(t *testing.T, db string) string {
			copyStore(t, db)
			// Not to half: bolt grows its file in doubling steps, and
			// with full pages the seeds' pages end at half of it exactly.
			os.Truncate(bolt(db), size(bolt(db))/3)
			return bolt(db)
		}, "indexes.bolt: store file is damaged: "},
		{"bolt file cut inside its header", func(t *testing.T, db string) string {
			copyStore(t, db)
			os.Truncate(bolt(db), 100)
			return bolt(db)
		}, "indexes.bolt: store file is damaged: "},
		{"bolt file emptied", func(t *testing.T, db string) string {
			copyStore(t, db)
			os.Truncate(bolt(db), 0)
			return bolt(db)
		}, "indexes.bolt: store file is damaged: it is empty"},
		{"both bolt headers overwritten", func(t *testing.T, db string) string {
			copyStore(t, db)
			f, _ := os.OpenFile(bolt(db), os.O_WRONLY, 0)
			f.WriteAt(bytes.Repeat([]byte{0xA5}, 3*os.Getpagesize()), 0)
			f.Close()
			return bolt(db)
		}, "indexes.bolt: store file is damaged: first header: no bolt header"},
		{"format file unreadable", func(t *testing.T, db string) string {
			copyStore(t, db)
			os.WriteFile(filepath.Join(db, "newsgraph.json"), []byte("{\"form"), 0o644)
			return filepath.Join(db, "newsgraph.json")
		}, "not a newsgraph store: newsgraph.json is unreadable"},
		{"store path is a file", func(t *testing.T, db string) string {
			os.WriteFile(db, []byte("my notes\n"), 0o644)
			return db
		}, "it is a file, not a folder"},
	} {
		t.Run(c.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "db")
			refused := c.damage(t, db)
			before := sum(t, refused)
			for _, args := range [][]string{
				{"ingest", "-q", "--db", db, "../../testdata/heldout"},
				{"met", "--db", db},
				{"export", "--db", db, "-o", os.DevNull},
			} {
				_, stderr, code := runNG(t, ng, args...)
				if crashed(stderr) {
					t.Fatalf("%s crashed:\n%s", args[0], stderr)
				}
				t.Logf("%s: exit %d %s", args[0], code, strings.TrimSpace(stderr))
				if code != 1 || !strings.Contains(stderr, c.wantErr) || !strings.Contains(stderr, db) {
					t.Errorf("%s: exit %d, stderr %q; want exit 1 naming %s and %q", args[0], code, stderr, db, c.wantErr)
				}
			}
			if sum(t, refused) != before {
				t.Errorf("%s was changed", refused)
			}
		})
	}
	// Noise over the data pages: bolt meets it wherever a read or write
	// lands on it. Whatever a command then says, it says it as an error.
	for seed := uint64(1); seed <= 4; seed++ {
		t.Run("noise over the data pages", func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "db")
			copyStore(t, db)
			scribble(t, bolt(db), int64(2*os.Getpagesize())+int64(seed)*4096, seed)
			for _, args := range [][]string{
				{"export", "--db", db, "-o", os.DevNull},
				{"met", "--db", db},
				{"ingest", "-q", "--db", db, "../../testdata/heldout"},
			} {
				_, stderr, code := runNG(t, ng, args...)
				if crashed(stderr) {
					t.Fatalf("%s crashed:\n%s", args[0], stderr)
				}
				t.Logf("%s: exit %d %s", args[0], code, strings.TrimSpace(stderr))
				if code != 0 && (!strings.Contains(stderr, db) || !strings.Contains(stderr, "damaged")) {
					t.Errorf("%s: exit %d, stderr %q does not name the store", args[0], code, stderr)
				}
			}
		})
	}
}

// TestStoreMadeAgainAfterKill checks the store an ingest killed while making
// it leaves (the format file, no bolt file yet, the folder the bolt file is
// made in): the next ingest makes it and completes.
func TestStoreMadeAgainAfterKill(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	mustRun(t, "ingest", "-q", "--db", db, seeds)
	want := mustRun(t, "export", "--db", db)
	os.Remove(filepath.Join(db, "indexes.bolt"))
	os.MkdirAll(filepath.Join(db, "creating"), 0o755)
	os.WriteFile(filepath.Join(db, "creating", "indexes.bolt"), []byte("half"), 0o644)
	if _, _, err := newsgraph(t, "met", "--db", db); err == nil || !strings.Contains(err.Error(), "no store here yet") {
		t.Errorf("met on a half-made store: %v, want 'no store here yet'", err)
	}
	mustRun(t, "ingest", "-q", "--db", db, seeds)
	if got := mustRun(t, "export", "--db", db); stripTimes(got) != stripTimes(want) {
		t.Error("the store made again differs from the first")
	}
	if _, err := os.Stat(filepath.Join(db, "creating")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the folder the bolt file was made in is left: %v", err)
	}
}

func stripTimes(nq string) string {
	return generatedAt.ReplaceAllString(nq, `${1}"T"`)
}

// TestFullDisk fills a small tmpfs: the ingest fails with the write error,
// and the store holds what it held before, whole. It needs root (mount).
func TestFullDisk(t *testing.T) {
	if testing.Short() {
		t.Skip("runs newsgraph processes; not in -short")
	}
	if os.Geteuid() != 0 {
		t.Skip("needs root to mount a small tmpfs")
	}
	dir := t.TempDir()
	ng := buildNewsgraph(t, dir)
	mnt := filepath.Join(dir, "small")
	os.MkdirAll(mnt, 0o755)
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=1500k", "tmpfs", mnt).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs here: %v %s", err, out)
	}
	defer exec.Command("umount", mnt).Run()
	db := filepath.Join(mnt, "db")
	if _, stderr, code := runNG(t, ng, "ingest", "-q", "--db", db, seeds); code != 0 {
		t.Fatalf("seed ingest: %s", stderr)
	}
	before, _, _ := runNG(t, ng, "export", "--db", db)
	_, stderr, code := runNG(t, ng, "ingest", "-q", "--db", db, "../../testdata/heldout", "../../testdata/heldout-unseen", "../../testdata/entities")
	if crashed(stderr) || code != 1 || !strings.Contains(stderr, "no space left on device") || !strings.Contains(stderr, db) {
		t.Fatalf("ingest on a full disk: exit %d, %q; want exit 1 naming the store and the full disk", code, stderr)
	}
	after, stderr, code := runNG(t, ng, "export", "--db", db)
	if code != 0 {
		t.Fatalf("export after the full disk: %s", stderr)
	}
	if after != before {
		t.Error("the store after the failed ingest differs from before it")
	}
}
