package queries

import (
	"context"
	"fmt"
	"sort"

	"github.com/newsgraph/newsgraph/graph"
)

// Article is one source article: the name the other answers' sources use,
// its IRI (the label of its quads), headline, publication day and URL.
type Article struct {
	Name      string `json:"name"`
	IRI       string `json:"iri"`
	Headline  string `json:"headline,omitempty"`
	Published string `json:"published,omitempty"`
	URL       string `json:"url,omitempty"`
}

// Articles lists the store's articles, by name.
func Articles(ctx context.Context, s *graph.Store) ([]Article, error) {
	r := newReader(s)
	nodes, err := r.ofType(ctx, graph.ArticleClass)
	if err != nil {
		return nil, fmt.Errorf("articles: %w", err)
	}
	out := make([]Article, 0, len(nodes))
	for _, n := range nodes {
		p, err := r.props(ctx, n)
		if err != nil {
			return nil, fmt.Errorf("articles: %w", err)
		}
		a := Article{IRI: str(n), Name: p.first(graph.SourceName), Headline: p.first(graph.Headline), URL: p.first(graph.URL)}
		if a.Name == "" {
			a.Name = a.IRI
		}
		if d := p.first(graph.DatePublished); len(d) >= 10 {
			a.Published = d[:10]
		}
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}
