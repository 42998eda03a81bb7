package graph

import (
	"context"
	"fmt"
	"maps"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/fact"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

// dump writes the resolver's state in a canonical order: two resolvers
// with equal dumps decide every later article alike.
func (r *resolver) dump() string {
	var b strings.Builder
	sortedKeys := func(m map[quad.IRI]bool) string {
		var ks []string
		for k := range m {
			ks = append(ks, string(k))
		}
		sort.Strings(ks)
		return strings.Join(ks, ",")
	}
	// Article numbers differ between a run and a store read back: the
	// dump names the articles.
	iris := map[artID]string{}
	for art, a := range r.artIDs {
		iris[a] = string(art)
	}
	arts := func(s artSet) string {
		var ks []string
		for _, a := range s {
			ks = append(ks, iris[a])
		}
		sort.Strings(ks)
		return strings.Join(ks, ",")
	}
	var ids []string
	for id := range r.byIRI {
		ids = append(ids, string(id))
	}
	sort.Strings(ids)
	for _, id := range ids {
		p := r.byIRI[quad.IRI(id)]
		var roles, givens []string
		for k := range p.roles {
			roles = append(roles, k)
		}
		for _, group := range p.givens {
			for g, n := range group {
				givens = append(givens, fmt.Sprintf("%s=%d", g, n))
			}
		}
		// The support displayName weighs, of the first words of the
		// forms the person has now.
		var support []string
		for _, f := range sortedForms(p) {
			if w := nameWords(f); len(w) >= 2 {
				n, _ := p.support.get(w[0])
				support = append(support, fmt.Sprintf("%s=%d", w[0], n))
			}
		}
		sort.Strings(roles)
		sort.Strings(givens)
		fmt.Fprintf(&b, "person %s forms=%q articles=%s roles=%q givens=%v support=%v name=%q\n",
			id, sortedForms(p), arts(p.articles), roles, givens, support, displayName(r, p))
	}
	var surnames []string
	for k := range r.people {
		surnames = append(surnames, k)
	}
	sort.Strings(surnames)
	for _, k := range surnames {
		var ps []string
		for _, p := range r.candidates(k) {
			ps = append(ps, string(p.iri))
		}
		fmt.Fprintf(&b, "surname %s -> %v\n", k, ps)
	}
	var hk []string
	for k, m := range r.holders {
		hk = append(hk, k+" -> "+sortedKeys(m))
	}
	sort.Strings(hk)
	for _, k := range hk {
		fmt.Fprintf(&b, "holders %s\n", k)
	}
	var evs []string
	for _, e := range r.events {
		lo, hi := e.span()
		evs = append(evs, fmt.Sprintf("event %s kind=%s parts=%s places=%s from=%s to=%s span=%s..%s articles=%s",
			e.iri, e.kind, sortedKeys(e.participants), sortedKeys(e.places), e.from, e.to, lo, hi, arts(e.articles)))
	}
	sort.Strings(evs)
	for _, e := range evs {
		b.WriteString(e + "\n")
	}
	var rest []string
	for k, v := range r.parents {
		rest = append(rest, fmt.Sprintf("parent %s -> %s", k, v))
	}
	for k, v := range r.names {
		rest = append(rest, fmt.Sprintf("name %s = %q", k, v))
	}
	for k, v := range r.articles {
		rest = append(rest, fmt.Sprintf("article %s = %s", k, v))
	}
	sort.Strings(rest)
	for _, l := range rest {
		b.WriteString(l + "\n")
	}
	return b.String()
}

// TestReloadEqualsRun checks the ground of crash safety: after any article,
// an article that replaced another among them, the resolution state read
// back from the store is the state the run holds.
// An ingest killed after any batch and run again then decides every later
// article as an uninterrupted run does.
func TestReloadEqualsRun(t *testing.T) {
	n := 140
	if testing.Short() {
		n = 70
	}
	if v, err := strconv.Atoi(os.Getenv("NEWSGRAPH_RELOAD_ARTICLES")); err == nil && v > 0 {
		n = v
	}
	files, err := corpus.Generate("../testdata", n)
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	s, l := boltLoader(t)
	l.now = func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }
	// Then some articles again with other text: each replaces the one
	// stored under its name.
	all := append([]corpus.File(nil), files...)
	for i := 0; i < len(files); i += 6 {
		all = append(all, corpus.File{Name: files[i].Name, Text: files[(i+11)%len(files)].Text})
	}
	for i, f := range all {
		a := readGenerated(t, f)
		if err := l.Add(ctx, a, x.Extract(a)); err != nil {
			t.Fatal(err)
		}
		if err := l.Flush(ctx); err != nil {
			t.Fatal(err)
		}
		if i < len(files) && i%5 != 4 && i != len(files)-1 {
			continue // reading the store back after every article is quadratic
		}
		fresh := newResolver()
		if err := fresh.load(ctx, s); err != nil {
			t.Fatal(err)
		}
		if got, want := fresh.dump(), l.r.dump(); got != want {
			t.Fatalf("after article %d (%s) the state read back differs from the run's:\n%s", i, f.Name, firstDiff(want, got))
		}
		if i >= len(files) && l.Stats().Replaced == 0 {
			t.Fatalf("article %d (%s) did not replace the one stored under its name", i, f.Name)
		}
	}
}

// firstDiff shows the first lines where two dumps differ.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return fmt.Sprintf("line %d\n run: %s\nread: %s", i, a, b)
		}
	}
	return "(equal)"
}

// TestReplacedArticleKeepsItsNewFacts replaces stored articles with other
// text, after others that share their people and places: every quad the
// new version gives is in the store afterwards. (Written in the transaction
// that removed the old version, most of them were lost.)
func TestReplacedArticleKeepsItsNewFacts(t *testing.T) {
	files, err := corpus.Generate("../testdata", 40)
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		backend      backend
		replaced, by int
	}{{backends[1], 0, 11}, {backends[1], 9, 3}, {backends[1], 20, 1}, {backends[2], 9, 3}} {
		t.Run(fmt.Sprintf("%s/%d by %d", c.backend.name, c.replaced, c.by), func(t *testing.T) {
			ctx := context.Background()
			s := c.backend.open(t)
			l, err := s.NewLoader(ctx)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range files {
				a := readGenerated(t, f)
				if err := l.Add(ctx, a, x.Extract(a)); err != nil {
					t.Fatal(err)
				}
			}
			a := readGenerated(t, corpus.File{Name: files[c.replaced].Name, Text: files[c.by].Text})
			before := l.Stats().Quads
			if err := l.Add(ctx, a, x.Extract(a)); err != nil {
				t.Fatal(err)
			}
			if err := l.Close(ctx); err != nil {
				t.Fatal(err)
			}
			if l.Stats().Replaced != 1 {
				t.Fatalf("%d articles replaced, want 1", l.Stats().Replaced)
			}
			// Every quad the new version gave is labelled with it, and no
			// quad of the old one is left.
			written := l.Stats().Quads - before
			got, err := s.Quads(ctx, quad.Label, ArticleIRI(a.ID), nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != written {
				t.Errorf("%d quads labelled with the article in the store, its new version wrote %d", len(got), written)
			}
			hash := quad.Make(ArticleIRI(a.ID), Hash, quad.String(ContentHash(a)), ArticleIRI(a.ID))
			found := false
			for _, q := range got {
				found = found || q == hash
			}
			if !found {
				t.Error("the new version's content hash is not stored")
			}
			checkPersonKeys(t, s)
		})
	}
}

// checkPersonKeys checks that each person in the store is one some article
// names, typed once by the store, and that its name keys are those of the
// names articles give it now, once each: a replaced article takes with it
// the keys of forms only it used, and the people only it named.
func checkPersonKeys(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	people, err := s.Quads(ctx, quad.Object, PersonClass, Type)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[quad.Value]bool{}
	for _, pq := range people {
		id := pq.Subject
		if seen[id] {
			continue
		}
		seen[id] = true
		forms, err := s.Quads(ctx, quad.Subject, id, AlternateName)
		if err != nil {
			t.Fatal(err)
		}
		if len(forms) == 0 {
			t.Errorf("%v is a person that no article names", id)
		}
		if pq.Label != Resolution {
			t.Errorf("%v: class labelled %v, want the resolution graph", id, pq.Label)
		}
		want := map[string]bool{}
		for _, q := range forms {
			for _, k := range nameKeys(fact.Person, valueString(q.Object)) {
				want[k] = true
			}
		}
		keys, err := s.Quads(ctx, quad.Subject, id, NameKey)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]bool{}
		for _, q := range keys {
			if q.Label != Resolution {
				t.Errorf("%v: name key %v labelled %v, want the resolution graph", id, q.Object, q.Label)
			}
			got[valueString(q.Object)] = true
		}
		if len(got) != len(keys) || !maps.Equal(got, want) {
			t.Errorf("%v: name keys %v (%d quads), want %v", id, slices.Sorted(maps.Keys(got)), len(keys), slices.Sorted(maps.Keys(want)))
		}
	}
}

// readGenerated reads a generated article as ingest would.
func readGenerated(t testing.TB, f corpus.File) article.Article {
	t.Helper()
	var a article.Article
	for r, err := range article.Read(f.Name, strings.NewReader(f.Text)) {
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		a = r
	}
	return a
}

// boltLoader opens a bolt store in a temporary folder, closed at the end of
// the test, and a Loader on it. Bolt, not the memory store: its quads come
// back in index order, not in the order they were written.
func boltLoader(t *testing.T) (*Store, *Loader) {
	t.Helper()
	return openLoader(t, t.TempDir()+"/db")
}
