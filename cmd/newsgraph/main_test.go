package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/graph"
)

const seeds = "../../testdata/seeds"

// newsgraph runs the command line in this process, as a user would run it.
func newsgraph(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), err
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, stderr, err := newsgraph(t, args...)
	if err != nil {
		t.Fatalf("newsgraph %s: %v\n%s", strings.Join(args, " "), err, stderr)
	}
	return out
}

type factsJSON struct {
	Roles []struct {
		Person, Role string
		Org          *string
		Sources      []string
	}
	Meetings []struct {
		Participants []string
		Place, Date  *string
		Kind, Status string
		Sources      []string
	}
	Claims []struct {
		Source, Text string
		Sources      []string
	}
}

func facts(t *testing.T, db string) factsJSON {
	t.Helper()
	var f factsJSON
	out := mustRun(t, "facts", "--json", "--db", db)
	if err := json.Unmarshal([]byte(out), &f); err != nil {
		t.Fatalf("facts --json is not JSON: %v\n%s", err, out)
	}
	return f
}

func export(t *testing.T, db string) []byte {
	t.Helper()
	return []byte(mustRun(t, "export", "--db", db))
}

func TestSeedsEndToEnd(t *testing.T) {
	forEachBackend(t, func(t *testing.T, db string) {
		out := mustRun(t, "ingest", "--db", db, seeds)
		if !strings.Contains(out, "ingested 5 articles from 5 files") {
			t.Fatalf("ingest summary: %s", out)
		}
		f := facts(t, db)
		seedNames := map[string]bool{}
		entries, _ := os.ReadDir(seeds)
		for _, e := range entries {
			seedNames[e.Name()] = true
		}
		checkSources := func(what string, srcs []string) {
			if len(srcs) == 0 {
				t.Errorf("%s has no sources", what)
			}
			for _, s := range srcs {
				if !seedNames[s] {
					t.Errorf("%s cites %q, not a seed article", what, s)
				}
			}
		}
		if len(f.Roles) < 5 || len(f.Meetings) < 2 || len(f.Claims) < 5 {
			t.Fatalf("too few facts from five articles: %d roles, %d meetings, %d claims", len(f.Roles), len(f.Meetings), len(f.Claims))
		}
		multi := 0
		for _, r := range f.Roles {
			checkSources("role "+r.Person, r.Sources)
		}
		for _, m := range f.Meetings {
			checkSources("meeting", m.Sources)
			if len(m.Participants) < 2 {
				t.Errorf("meeting with %v: fewer than two participants", m.Participants)
			}
			if m.Kind != "meeting" && m.Kind != "call" || m.Status != "held" && m.Status != "planned" {
				t.Errorf("meeting kind %q status %q", m.Kind, m.Status)
			}
			if len(m.Sources) > 1 {
				multi++
			}
		}
		if multi == 0 {
			t.Error("no meeting is told by more than one article: events are not merged across articles")
		}
		for _, c := range f.Claims {
			checkSources("claim by "+c.Source, c.Sources)
		}

		// met: a table on a terminal, JSON for programs, filters.
		table := mustRun(t, "met", "--db", db)
		if !strings.HasPrefix(table, "WHO") || strings.Count(table, "\n") < 3 {
			t.Errorf("met table:\n%s", table)
		}
		var all []map[string]any
		if err := json.Unmarshal([]byte(mustRun(t, "met", "--json", "--db", db)), &all); err != nil || len(all) != len(f.Meetings) {
			t.Errorf("met --json: %d meetings (%v), facts has %d", len(all), err, len(f.Meetings))
		}
		someone := f.Meetings[0].Participants[0]
		var theirs []map[string]any
		json.Unmarshal([]byte(mustRun(t, "met", "--json", "--person", someone, "--db", db)), &theirs)
		if len(theirs) == 0 || len(theirs) > len(all) {
			t.Errorf("met --person %q: %d of %d meetings", someone, len(theirs), len(all))
		}
		if _, _, err := newsgraph(t, "met", "--from", "yesterday", "--db", db); err == nil {
			t.Error("met --from yesterday accepted")
		}

		// The export reads back as N-Quads, every quad labelled.
		nq := export(t, db)
		r := nquads.NewReader(bytes.NewReader(nq), true)
		n := 0
		for {
			q, err := r.ReadQuad()
			if err != nil {
				break
			}
			n++
			if q.Label == nil {
				t.Fatalf("unlabelled quad %s", q.NQuad())
			}
		}
		if n == 0 || n != bytes.Count(nq, []byte("\n")) {
			t.Fatalf("export: %d quads read back from %d lines", n, bytes.Count(nq, []byte("\n")))
		}

		// A second ingest changes nothing.
		out = mustRun(t, "ingest", "--db", db, seeds)
		if !strings.Contains(out, "(5 unchanged") {
			t.Errorf("second ingest: %s", out)
		}
		if again := export(t, db); !bytes.Equal(nq, again) {
			t.Error("the second ingest changed the store")
		}

		// Gizmo over the store answers who met whom.
		q, _ := os.ReadFile("../../testdata/queries/met.js")
		var pairs []map[string]any
		if err := json.Unmarshal([]byte(mustRun(t, "query", "--db", db, string(q))), &pairs); err != nil || len(pairs) == 0 {
			t.Errorf("gizmo met query: %d pairs, %v", len(pairs), err)
		}
	})
}

func TestBadInputKeepsStoreAndGoesOn(t *testing.T) {
	forEachBackend(t, func(t *testing.T, db string) {
		mustRun(t, "ingest", "--db", db, seeds)
		before := facts(t, db)

		dir := t.TempDir()
		write := func(name string, b []byte) string {
			p := filepath.Join(dir, name)
			if err := os.WriteFile(p, b, 0o644); err != nil {
				t.Fatal(err)
			}
			return p
		}
		write("empty.txt", nil)
		write("binary.txt", []byte("PK\x03\x04\x00\x00\x00binary\x00\x01\x02"))
		write("latin1.txt", []byte("Caf\xe9 talks\n\nParis, March 3, 2025\n\nThe minister met the envoy.\n"))
		write("good.jsonl", []byte(`{"id":"rec-1","title":"Ministers meet","date":"2025-03-03","text":"Foreign Minister Lena Brandt met Tomas Varga in Vienna on Monday."}`+"\n"+
			`{"id":"rec-2","title":"Cut off","text":"This line never ends`))
		out, stderr, err := newsgraph(t, "ingest", "--db", db, dir, filepath.Join(dir, "missing.txt"))
		if err == nil {
			t.Fatal("ingest of bad files reported success")
		}
		for _, want := range []string{"empty.txt", "binary.txt", "latin1.txt", "good.jsonl:2", "missing.txt"} {
			if !strings.Contains(stderr, want) {
				t.Errorf("no error names %s:\n%s", want, stderr)
			}
		}
		if !strings.Contains(out, "ingested 1 articles") {
			t.Errorf("the good record did not go in: %s", out)
		}
		after := facts(t, db)
		if len(after.Roles) < len(before.Roles) || len(after.Meetings) < len(before.Meetings) || len(after.Claims) < len(before.Claims) {
			t.Errorf("bad input lost facts: roles %d->%d, meetings %d->%d, claims %d->%d",
				len(before.Roles), len(after.Roles), len(before.Meetings), len(after.Meetings), len(before.Claims), len(after.Claims))
		}
	})
}

func TestLockedStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	mustRun(t, "ingest", "--db", db, seeds)
	before := export(t, db)
	held, err := graph.Open(context.Background(), db, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	for _, args := range [][]string{{"ingest", "--db", db, seeds}, {"met", "--db", db}, {"export", "--db", db}} {
		_, _, err := newsgraph(t, args...)
		if err == nil || !strings.Contains(err.Error(), "in use by another process") || !strings.Contains(err.Error(), db) {
			t.Errorf("%s on a locked store: %v", args[0], err)
		}
	}
	if time.Since(start) > 30*time.Second {
		t.Error("commands waited for the lock instead of failing")
	}
	held.Close()
	if after := export(t, db); !bytes.Equal(before, after) {
		t.Error("store changed while locked")
	}
}

func TestStoreFromAnotherVersion(t *testing.T) {
	db := t.TempDir()
	os.WriteFile(filepath.Join(db, "newsgraph.json"), []byte(`{"format": 99, "created_by": "newsgraph 9.0"}`), 0o644)
	_, _, err := newsgraph(t, "ingest", "--db", db, seeds)
	if err == nil || !strings.Contains(err.Error(), "format 99") {
		t.Fatalf("ingest into another version's store: %v", err)
	}
	names, _ := os.ReadDir(db)
	var got []string
	for _, n := range names {
		got = append(got, n.Name())
	}
	sort.Strings(got)
	if strings.Join(got, ",") != "newsgraph.json" {
		t.Errorf("refused store was touched: %v", got)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"frobnicate"}, {"ingest", "--db", t.TempDir() + "/x"}, {"query", "--db", t.TempDir()}, {"export", "--format", "nonsense", "--db", t.TempDir()}} {
		if _, _, err := newsgraph(t, args...); err == nil {
			t.Errorf("newsgraph %v succeeded", args)
		}
	}
	out := mustRun(t, "--help")
	if !strings.Contains(out, "newsgraph ingest") {
		t.Errorf("help: %s", out)
	}
}

// TestClaimsCommand runs `newsgraph claims` over a store built from an
// article written for the test: speakers, quoted or reported, dates,
// media, what a claim is about, and the article as its source.
func TestClaimsCommand(t *testing.T) {
	forEachBackend(t, func(t *testing.T, db string) {
		dir := t.TempDir()
		art := "Bridge Talks in Oslo\nOslo, March 15, 2025\n" +
			"Minister Jonas Berg met Mayor Viktor Halas in Oslo on Friday.\n" +
			"“Mayor Halas and I agreed on the bridge,” Berg wrote on X.\n" +
			"Halas told Radio Nord on Thursday that the bridge would reopen in May.\n"
		if err := os.WriteFile(filepath.Join(dir, "oslo.txt"), []byte(art), 0o644); err != nil {
			t.Fatal(err)
		}
		mustRun(t, "ingest", "-q", "--db", db, dir)

		type claim struct {
			Source, Text, Medium string
			Quoted               bool
			Date                 *string
			About, Sources       []string
		}
		claims := func(args ...string) []claim {
			t.Helper()
			var cs []claim
			out := mustRun(t, append([]string{"claims", "--json", "--db", db}, args...)...)
			if err := json.Unmarshal([]byte(out), &cs); err != nil {
				t.Fatalf("claims --json: %v\n%s", err, out)
			}
			return cs
		}
		berg := claims("--source", "Berg")
		if len(berg) != 1 {
			t.Fatalf("Berg's claims: %+v", berg)
		}
		if c := berg[0]; c.Source != "Jonas Berg" || c.Text != "Mayor Halas and I agreed on the bridge" || !c.Quoted ||
			c.Date == nil || *c.Date != "2025-03-15" || c.Medium != "X" || strings.Join(c.Sources, ",") != "oslo.txt" {
			t.Errorf("Berg's claim: %+v", c)
		}
		halas := claims("--source", "viktor halas")
		if len(halas) != 1 {
			t.Fatalf("Halas's claims: %+v", halas)
		}
		if c := halas[0]; c.Text != "the bridge would reopen in May" || c.Quoted || c.Date == nil || *c.Date != "2025-03-13" || c.Medium != "Radio Nord" {
			t.Errorf("Halas's claim: %+v", c)
		}
		if about := claims("--about", "Halas"); len(about) != 1 || about[0].Source != "Jonas Berg" {
			t.Errorf("claims about Halas: %+v", about)
		}
		if none := claims("--source", "Nobody Here"); len(none) != 0 {
			t.Errorf("claims of nobody: %+v", none)
		}
		out := mustRun(t, "claims", "--db", db)
		for _, want := range []string{
			"Jonas Berg (2025-03-15, quoted, via X): “Mayor Halas and I agreed on the bridge”",
			"Viktor Halas (2025-03-13, reported, via Radio Nord): the bridge would reopen in May",
			"sources: oslo.txt",
		} {
			if !strings.Contains(out, want) {
				t.Errorf("claims output lacks %q:\n%s", want, out)
			}
		}
	})
}

// TestIngestMemoryLimit checks that ingest sets the Go heap's soft limit
// from --memory, unless GOMEMLIMIT sets it, with gcPercentUnderLimit unless
// GOGC is set, and refuses a negative one.
func TestIngestMemoryLimit(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	gcBefore := debug.SetGCPercent(100)
	t.Cleanup(func() { debug.SetMemoryLimit(before); debug.SetGCPercent(gcBefore) })
	t.Setenv("GOMEMLIMIT", "")
	t.Setenv("GOGC", "")
	db := filepath.Join(t.TempDir(), "db")
	mustRun(t, "ingest", "-q", "--memory", "300", "--db", db, seeds)
	if got := debug.SetMemoryLimit(-1); got != 300<<20 {
		t.Errorf("after --memory 300 the limit is %d bytes, want %d", got, 300<<20)
	}
	if got := debug.SetGCPercent(100); got != gcPercentUnderLimit {
		t.Errorf("after --memory 300 GOGC is %d, want %d", got, gcPercentUnderLimit)
	}
	t.Setenv("GOGC", "100")
	mustRun(t, "ingest", "-q", "--memory", "300", "--db", db, seeds)
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with GOGC set, --memory changed it to %d", got)
	}
	t.Setenv("GOGC", "")
	debug.SetMemoryLimit(before)
	mustRun(t, "ingest", "-q", "--memory", "0", "--db", db, seeds)
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with --memory 0 (no limit) GOGC changed to %d", got)
	}
	if _, _, err := newsgraph(t, "ingest", "-q", "--memory", "-1", "--db", db, seeds); err == nil || !strings.Contains(err.Error(), "--memory") {
		t.Errorf("--memory -1: got %v, want an error naming --memory", err)
	}
	debug.SetMemoryLimit(before)
	t.Setenv("GOMEMLIMIT", "200MiB")
	mustRun(t, "ingest", "-q", "--memory", "300", "--db", db, seeds)
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("with GOMEMLIMIT set, --memory changed the limit to %d bytes", got)
	}
}
