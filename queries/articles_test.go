package queries

import (
	"context"
	"testing"
)

func TestArticles(t *testing.T) {
	s := world(t)
	as, err := Articles(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ name, headline string }{{"one.txt", "Summit"}, {"three.txt", "Call"}, {"two.txt", "Summit again"}}
	if len(as) != len(want) {
		t.Fatalf("got %d articles: %+v, want %d", len(as), as, len(want))
	}
	for i, w := range want {
		a := as[i]
		if a.Name != w.name || a.Headline != w.headline || a.Published != "2025-03-14" || a.IRI == "" {
			t.Errorf("article %d: %+v, want %s %q published 2025-03-14", i, a, w.name, w.headline)
		}
	}
	// Every source a meeting names is one of the articles.
	ms, err := Met(context.Background(), s, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, a := range as {
		names[a.Name] = true
	}
	for _, m := range ms {
		for _, src := range m.Sources {
			if !names[src] {
				t.Errorf("meeting source %q is no article", src)
			}
		}
	}
}
