package main

import (
	"context"
	"database/sql"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/internal/pgtest"
)

// splitCorpus writes n generated articles as two folders, every other
// article in each: the two share people, places and meetings, so two
// ingests of them that resolved against each other's half-written work
// would split people or events.
func splitCorpus(t *testing.T, dir string, n int) (a, b string) {
	t.Helper()
	files, err := corpus.Generate("../../testdata", n)
	if err != nil {
		t.Fatal(err)
	}
	var fa, fb []corpus.File
	for i, f := range files {
		if i%2 == 0 {
			fa = append(fa, f)
		} else {
			fb = append(fb, f)
		}
	}
	a, b = filepath.Join(dir, "a"), filepath.Join(dir, "b")
	if err := corpus.Write(a, fa); err != nil {
		t.Fatal(err)
	}
	if err := corpus.Write(b, fb); err != nil {
		t.Fatal(err)
	}
	return a, b
}

// TestConcurrentIngestsPostgres runs two ingest processes into one
// PostgreSQL store at once, the seeds in it already: the store must then
// hold what one ingest after the other gives (in either order), so no
// person or event was made twice and no fact was lost. The second waits
// for the first's lock instead of being refused.
func TestConcurrentIngestsPostgres(t *testing.T) {
	if testing.Short() {
		t.Skip("runs newsgraph processes; not in -short")
	}
	db := pgtest.New(t)
	dir := t.TempDir()
	ng := buildNewsgraph(t, dir)
	a, b := splitCorpus(t, dir, 60)
	ingest := func(db, in string) {
		t.Helper()
		if _, stderr, code := runNG(t, ng, "ingest", "-q", "--db", db, in); code != 0 {
			t.Fatalf("ingest %s: %s", in, stderr)
		}
	}
	var want []string
	for _, order := range [][2]string{{a, b}, {b, a}} {
		ref := pgtest.New(t)
		ingest(ref, seeds)
		ingest(ref, order[0])
		ingest(ref, order[1])
		want = append(want, strings.Join(exportOf(t, ng, ref), "\n"))
	}

	ingest(db, seeds)
	// The test holds the store while both start, so that both run at once
	// and both find it taken: each says it waits.
	held, err := graph.Open(context.Background(), db, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	outs := make([]syncBuffer, 2)
	errs := make([]error, 2)
	for i, in := range []string{a, b} {
		cmd := exec.Command(ng, "ingest", "-q", "--db", db, in)
		cmd.Stdout, cmd.Stderr = &outs[i], &outs[i]
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = cmd.Wait()
		}()
	}
	for deadline := time.Now().Add(60 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if strings.Contains(outs[0].String(), "waiting") && strings.Contains(outs[1].String(), "waiting") {
			break
		}
		if time.Now().After(deadline) {
			held.Close()
			wg.Wait()
			t.Fatalf("the ingests did not say they wait: %q, %q", outs[0].String(), outs[1].String())
		}
	}
	if err := held.Close(); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("concurrent ingest: %v: %s", err, outs[i].String())
		}
	}
	got := strings.Join(exportOf(t, ng, db), "\n")
	if got != want[0] && got != want[1] {
		t.Errorf("two concurrent ingests differ from one after the other:\n%s", diffLines(strings.Split(want[0], "\n"), strings.Split(got, "\n")))
	}
	if want[0] == want[1] {
		t.Log("both orders give the same store")
	}
}

// TestPostgresEqualsBolt ingests the same articles into a bbolt folder and
// a PostgreSQL database: every command answers the same from both.
func TestPostgresEqualsBolt(t *testing.T) {
	pg := pgtest.New(t)
	bolt := filepath.Join(t.TempDir(), "db")
	for _, db := range []string{bolt, pg} {
		mustRun(t, "ingest", "-q", "--db", db, seeds)
		mustRun(t, "ingest", "-q", "--db", db, entityArticles)
	}
	for _, args := range [][]string{
		{"facts", "--json"}, {"met"}, {"met", "--person", "Witkoff", "--json"}, {"roles", "--json"},
		{"claims"}, {"entity", "Harlow"}, {"entity", "--json", "Washington"},
		{"query", `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/Event>").Out("<http://schema.org/attendee>").Out("<http://schema.org/name>").All()`},
		{"export"},
	} {
		b := mustRun(t, append(args, "--db", bolt)...)
		p := mustRun(t, append(args, "--db", pg)...)
		if args[0] == "query" {
			// Gizmo's answers come in the backend's order.
			b, p = sortedLines(b), sortedLines(p)
		}
		if stripTimes(b) != stripTimes(p) {
			t.Errorf("%s: PostgreSQL answers otherwise than bbolt:\nbbolt:\n%.2000s\npostgres:\n%.2000s", strings.Join(args, " "), b, p)
		}
	}
}

func sortedLines(s string) string {
	l := strings.Split(s, "\n")
	sort.Strings(l)
	return strings.Join(l, "\n")
}

// TestPostgresStoreUse: on PostgreSQL, readers (serve among them) do not
// wait for an ingest and see what it has committed, an ingest waits for
// another (until its context ends), and a read-only store refuses writes
// in the server as well as in newsgraph.
func TestPostgresStoreUse(t *testing.T) {
	db := pgtest.New(t)
	mustRun(t, "ingest", "-q", "--db", db, seeds)
	before := export(t, db)
	ctx := context.Background()
	held, err := graph.Open(ctx, db, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	if got := export(t, db); string(got) != string(before) {
		t.Error("export while an ingest holds the store differs")
	}
	if out := mustRun(t, "met", "--db", db, "--person", "Witkoff"); !strings.Contains(out, "Steven Witkoff") {
		t.Errorf("met while an ingest holds the store: %s", out)
	}
	base, stop := startServe(t, db)
	if body := get(t, base+"/api/meetings?person=Witkoff"); !strings.Contains(body, "Steven Witkoff") {
		t.Errorf("serve while an ingest holds the store: %s", body)
	}
	stop()

	wait, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	defer cancel()
	waited := false
	if _, err := graph.Open(wait, db, graph.Options{Waiting: func() { waited = true }}); err == nil || !strings.Contains(err.Error(), "ingest lock") || !waited {
		t.Errorf("a second writer: %v (told it waits: %v), want it to wait for the ingest lock until its context ends", err, waited)
	}

	r, err := graph.OpenReadOnly(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if err := r.QuadWriter().AddQuad(quad.Make(quad.IRI("a"), quad.IRI("b"), quad.IRI("c"), nil)); err == nil {
		t.Error("a read-only store took a write")
	}
	// The reader's sessions are read-only in the server itself.
	conn, err := sql.Open("postgres", db+"&default_transaction_read_only=on")
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.Exec("DELETE FROM quads"); err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("a delete in a read-only session: %v", err)
	}
}

// TestPostgresRefusals: a database with another format, or with Cayley's
// tables and no format, is refused naming the database, and left as it was.
func TestPostgresRefusals(t *testing.T) {
	for _, c := range []struct {
		name, setup, want string
	}{
		{"another format", "CREATE TABLE newsgraph_meta (format INT, created_by TEXT); INSERT INTO newsgraph_meta VALUES (99, 'newsgraph 9.0')", "format 99"},
		{"not newsgraph's", "CREATE TABLE quads (horizon BIGSERIAL PRIMARY KEY)", "not a newsgraph store"},
		{"no store yet", "", "no store here yet"},
	} {
		t.Run(c.name, func(t *testing.T) {
			db := pgtest.New(t)
			conn, err := sql.Open("postgres", db)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			if c.setup != "" {
				if _, err := conn.Exec(c.setup); err != nil {
					t.Fatal(err)
				}
			}
			args := []string{"met", "--db", db}
			if c.setup != "" {
				args = []string{"ingest", "--db", db, seeds}
			}
			_, _, err = newsgraph(t, args...)
			if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "postgres://") {
				t.Fatalf("%s: %v, want %q naming the database", args[0], err, c.want)
			}
			var tables int
			conn.QueryRow("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").Scan(&tables)
			if want := strings.Count(c.setup, "CREATE TABLE"); tables != want {
				t.Errorf("%d tables after the refusal, want the %d there were", tables, want)
			}
		})
	}
}
