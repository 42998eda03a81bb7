package serve

import (
	"context"
	"encoding/json"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/web"
)

const seeds = "../testdata/seeds"

var seedStore struct {
	once sync.Once
	dir  string
	err  error
}

// seedsDB is a bolt store of the seed articles, made once per test binary
// in a folder of its own; every test opens it read-only.
func seedsDB(t testing.TB) string {
	t.Helper()
	seedStore.once.Do(func() {
		seedStore.dir, seedStore.err = os.MkdirTemp("", "newsgraph-serve-test-")
		if seedStore.err != nil {
			return
		}
		db := filepath.Join(seedStore.dir, "db")
		x, err := extract.New()
		if err != nil {
			seedStore.err = err
			return
		}
		ctx := context.Background()
		s, err := graph.Open(ctx, db, graph.Options{NoSync: true})
		if err != nil {
			seedStore.err = err
			return
		}
		_, err = ingest.Run(ctx, s, x, []string{seeds}, ingest.Options{})
		if cerr := s.Close(); err == nil {
			err = cerr
		}
		seedStore.dir, seedStore.err = db, err
	})
	if seedStore.err != nil {
		t.Fatalf("seeds' store: %v", seedStore.err)
	}
	return seedStore.dir
}

func TestMain(m *testing.M) {
	graph.QuietBackend()
	code := m.Run()
	if seedStore.dir != "" {
		os.RemoveAll(filepath.Dir(seedStore.dir))
	}
	os.Exit(code)
}

// server serves the seeds' store, opened read-only, on 127.0.0.1.
func server(t testing.TB, opt Options) (*httptest.Server, *graph.Store) {
	t.Helper()
	s, err := graph.OpenReadOnly(context.Background(), seedsDB(t))
	if err != nil {
		t.Fatal(err)
	}
	h, err := New(s, opt)
	if err != nil {
		s.Close()
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(func() {
		srv.Close()
		s.Close()
	})
	return srv, s
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	return send(t, http.MethodGet, url, "")
}

func post(t *testing.T, url, body string) (int, string) {
	t.Helper()
	return send(t, http.MethodPost, url, body)
}

func send(t *testing.T, method, url, body string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

func asJSON(t *testing.T, body string, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(body), v); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, body)
	}
}

// The JSON API gives what package queries gives, filters included.
func TestJSONAPI(t *testing.T) {
	srv, s := server(t, Options{})
	ctx := context.Background()
	witkoffMet, err := queries.Met(ctx, s, queries.Filter{Person: "Witkoff"})
	if err != nil {
		t.Fatal(err)
	}
	allMet, err := queries.Met(ctx, s, queries.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(witkoffMet) == 0 || len(witkoffMet) == len(allMet) {
		t.Fatalf("seeds: Witkoff in %d of %d meetings; the test needs some but not all", len(witkoffMet), len(allMet))
	}
	rubioRoles, err := queries.Roles(ctx, s, queries.Filter{Person: "Rubio"})
	if err != nil {
		t.Fatal(err)
	}
	macronClaims, err := queries.Claims(ctx, s, queries.Filter{Person: "Macron"})
	if err != nil {
		t.Fatal(err)
	}
	arts, err := queries.Articles(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path   string
		status int
		want   any    // the answer queries gives, or nil
		error  string // part of the error, for a status other than 200
	}{
		{"/api/meetings", 200, allMet, ""},
		{"/api/meetings?person=Witkoff", 200, witkoffMet, ""},
		{"/api/meetings?person=Witkoff&from=2025-12-03", 200, nil, ""},
		{"/api/meetings?person=Nobody+Atall", 200, []queries.Meeting{}, ""},
		{"/api/meetings?from=December", 400, nil, `from="December" is not a day`},
		{"/api/roles?person=Rubio", 200, rubioRoles, ""},
		{"/api/claims?source=Macron", 200, macronClaims, ""},
		{"/api/articles", 200, arts, ""},
		{"/api/entity?name=", 400, nil, "give a name"},
		{"/api/entity?name=Nobody+Atall", 200, []queries.Entity{}, ""},
		{"/api/nothing", 404, nil, "no such API"},
	} {
		status, body := get(t, srv.URL+tc.path)
		if status != tc.status {
			t.Errorf("%s: status %d, want %d\n%s", tc.path, status, tc.status, body)
			continue
		}
		if tc.status != 200 {
			var e struct{ Error string }
			asJSON(t, body, &e)
			if !strings.Contains(e.Error, tc.error) {
				t.Errorf("%s: error %q, want it to say %q", tc.path, e.Error, tc.error)
			}
			continue
		}
		if tc.want != nil {
			want, _ := json.Marshal(tc.want)
			var a, b any
			asJSON(t, body, &a)
			asJSON(t, string(want), &b)
			if !jsonEqual(a, b) {
				t.Errorf("%s: got\n%s\nwant\n%s", tc.path, body, want)
			}
		}
	}

	// The date filter keeps Witkoff's meetings that end on or after the day.
	_, body := get(t, srv.URL+"/api/meetings?person=Witkoff&from=2025-12-03")
	var later []queries.Meeting
	asJSON(t, body, &later)
	if len(later) == 0 || len(later) >= len(witkoffMet) {
		t.Errorf("from=2025-12-03 kept %d of Witkoff's %d meetings", len(later), len(witkoffMet))
	}
	for _, m := range later {
		if m.Date == nil || *m.Date < "2025-12-03" && !strings.Contains(*m.Date, "/") {
			t.Errorf("meeting %v before 2025-12-03 kept", m.Date)
		}
	}

	// An entity by any name, with its facts and their sources.
	_, body = get(t, srv.URL+"/api/entity?name=Steve+Witkoff")
	var es []queries.Entity
	asJSON(t, body, &es)
	if len(es) != 1 || es[0].Name != "Steven Witkoff" || es[0].Kind != "person" {
		t.Fatalf("entity Steve Witkoff: %s", body)
	}
	if len(es[0].Meetings) != len(witkoffMet) || len(es[0].Roles) == 0 {
		t.Errorf("Witkoff: %d meetings (want %d), %d roles", len(es[0].Meetings), len(witkoffMet), len(es[0].Roles))
	}
	for _, m := range es[0].Meetings {
		if len(m.Sources) == 0 {
			t.Errorf("meeting %s has no sources", m.ID)
		}
	}
}

func jsonEqual(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return string(x) == string(y)
}

// Cayley's API reads the store; its write endpoints refuse and nothing changes.
func TestCayleyAPIIsReadOnly(t *testing.T) {
	srv, s := server(t, Options{})
	ctx := context.Background()
	before, err := s.Size(ctx)
	if err != nil {
		t.Fatal(err)
	}
	const nq = "<https://example.org/a> <https://example.org/p> <https://example.org/b> .\n"
	for _, path := range []string{"/api/v2/write", "/api/v2/delete", "/api/v2/node/delete"} {
		body := nq
		if path == "/api/v2/node/delete" {
			body = "<https://newsgraph.github.io/id/person/steven-witkoff>"
		}
		status, resp := post(t, srv.URL+path, body)
		if status != http.StatusForbidden || !strings.Contains(resp, "read-only") {
			t.Errorf("POST %s: %d %s, want 403 read-only", path, status, resp)
		}
	}
	after, err := s.Size(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after != before {
		t.Errorf("store went from %d to %d quads", before, after)
	}
	status, body := get(t, srv.URL+"/api/v2/read?format=nquads&sub=%3Chttps://newsgraph.github.io/id/person/steven-witkoff%3E")
	if status != 200 || !strings.Contains(body, "Steven Witkoff") {
		t.Errorf("read Witkoff's quads: %d\n%.300s", status, body)
	}
}

// Queries end at the result limit, and a query that never ends is stopped
// at the time limit with an error while the server goes on serving.
func TestQueryLimits(t *testing.T) {
	srv, _ := server(t, Options{QueryTimeout: 500 * time.Millisecond, QueryLimit: 7})
	query := func(text string) (int, []any, string, time.Duration) {
		start := time.Now()
		status, body := post(t, srv.URL+"/api/v2/query?lang=gizmo", text)
		var r struct {
			Result []any
			Error  string
		}
		asJSON(t, body, &r)
		return status, r.Result, r.Error, time.Since(start)
	}
	status, res, errText, _ := query(`g.V().All()`)
	if status != 200 || len(res) != 7 {
		t.Errorf("g.V().All(): %d, %d results (%s), want the limit, 7", status, len(res), errText)
	}
	status, res, _, _ = query(`g.V("<https://newsgraph.github.io/id/person/steven-witkoff>").Out("<http://schema.org/name>").All()`)
	if status != 200 || len(res) != 1 {
		t.Errorf("Witkoff's name: %d %v", status, res)
	}
	for _, loop := range []string{`while (true) {}`, `var i = 0; while (true) { g.Emit(i++); }`} {
		done := make(chan struct{})
		go func() {
			defer close(done)
			status, _, errText, took := query(loop)
			if status == 200 || errText == "" {
				t.Errorf("%s: status %d, no error", loop, status)
			}
			if took > 5*time.Second {
				t.Errorf("%s: answered after %s, the limit is 500ms", loop, took)
			}
		}()
		// Meanwhile, and after, the server answers.
		if status, _ := get(t, srv.URL+"/api/meetings?person=Witkoff"); status != 200 {
			t.Errorf("meetings during %s: %d", loop, status)
		}
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("%s never answered", loop)
		}
	}
	if status, res, _, _ := query(`g.V("<http://schema.org/Event>").In("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>").All()`); status != 200 || len(res) == 0 {
		t.Errorf("a query after the endless ones: %d, %d results", status, len(res))
	}
}

// A GraphQL query is one answer, which the result limit does not count:
// the size limit bounds it.
func TestAnswerSizeLimit(t *testing.T) {
	srv, _ := server(t, Options{MaxAnswerBytes: 2000})
	status, body := post(t, srv.URL+"/api/v2/query?lang=graphql", `{ nodes { id } }`)
	if status != http.StatusRequestEntityTooLarge || !strings.Contains(body, "larger than 2000 bytes") {
		t.Errorf("every node in GraphQL: %d %.300s", status, body)
	}
	status, body = post(t, srv.URL+"/api/v2/query?lang=graphql", `{ nodes(first: 3) { id } }`)
	var r struct{ Data struct{ Nodes []any } }
	asJSON(t, body, &r)
	if status != 200 || len(r.Data.Nodes) != 3 {
		t.Errorf("three nodes in GraphQL: %d %s", status, body)
	}
}

// Cayley's query UI is served under /cayley/ and talks to this server.
func TestCayleyUI(t *testing.T) {
	srv, _ := server(t, Options{})
	status, body := get(t, srv.URL+"/cayley/")
	if status != 200 || !strings.Contains(body, "<title>Cayley</title>") {
		t.Fatalf("/cayley/: %d %.200s", status, body)
	}
	if !strings.Contains(body, `l.p="/cayley/"`) {
		t.Error("webpack's public path is not /cayley/: the logo will not load")
	}
	if status, _ := get(t, srv.URL+"/cayley/static/media/logo.ca711468.svg"); status != 200 {
		t.Errorf("Cayley's logo: %d", status)
	}
	scripts := regexp.MustCompile(`src="([^"]+)"`).FindAllStringSubmatch(body, -1)
	if len(scripts) == 0 {
		t.Fatal("no scripts in Cayley's UI")
	}
	for _, m := range scripts {
		if !strings.HasPrefix(m[1], "/cayley/") {
			t.Errorf("script %s is outside /cayley/", m[1])
		}
		status, js := get(t, srv.URL+m[1])
		if status != 200 {
			t.Errorf("%s: %d", m[1], status)
		}
		if strings.Contains(js, cayleyServerURL) {
			t.Errorf("%s still talks to %s", m[1], cayleyServerURL)
		}
	}
}

// The page and everything it loads come from the binary: no CDN.
func TestPageIsSelfContained(t *testing.T) {
	srv, _ := server(t, Options{})
	status, body := get(t, srv.URL+"/")
	if status != 200 || !strings.Contains(body, `<div id="graph"`) {
		t.Fatalf("/: %d %.200s", status, body)
	}
	refs := regexp.MustCompile(`(?:src|href)="([^"#]+)"`).FindAllStringSubmatch(body, -1)
	for _, m := range refs {
		if strings.Contains(m[1], "//") {
			t.Errorf("the page loads %s from elsewhere", m[1])
			continue
		}
		if status, _ := get(t, srv.URL+"/"+strings.TrimPrefix(m[1], "/")); status != 200 {
			t.Errorf("%s: %d", m[1], status)
		}
	}
	err := fs.WalkDir(web.FS, "page", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.Contains(p, "vendor/") {
			return err
		}
		b, err := fs.ReadFile(web.FS, p)
		if err != nil {
			return err
		}
		if regexp.MustCompile(`https?://`).Match(b) {
			t.Errorf("%s names a remote address", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"page/vendor/cytoscape.min.js", "page/vendor/cytoscape.LICENSE"} {
		if _, err := fs.Stat(web.FS, f); err != nil {
			t.Errorf("vendored %s: %v", f, err)
		}
	}
}

// A streamed answer stops at the time limit.
func TestDeadlineWriter(t *testing.T) {
	rec := httptest.NewRecorder()
	ctx, cancel := context.WithCancel(context.Background())
	w := deadlineWriter{rec, ctx}
	if _, err := w.Write([]byte("one\n")); err != nil {
		t.Fatal(err)
	}
	cancel()
	if _, err := w.Write([]byte("two\n")); err == nil {
		t.Error("a write after the time limit went through")
	}
	if rec.Body.String() != "one\n" {
		t.Errorf("body %q, want only what came before the limit", rec.Body.String())
	}
}
