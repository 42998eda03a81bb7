package queries

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo"   // query language "gizmo"
	_ "github.com/cayleygraph/cayley/query/graphql" // query language "graphql"
	_ "github.com/cayleygraph/cayley/query/mql"     // query language "mql"

	"github.com/newsgraph/newsgraph/graph"
)

// Languages are the query languages Run accepts.
var Languages = []string{"gizmo", "graphql", "mql"}

// Run executes a query in one of Cayley's languages and returns up to limit
// results (0 for no limit) as JSON-ready values.
func Run(ctx context.Context, s *graph.Store, lang, text string, limit int) ([]any, error) {
	known := false
	for _, l := range Languages {
		known = known || l == lang
	}
	if !known || query.GetLanguage(lang) == nil {
		return nil, fmt.Errorf("query: unknown language %q (known: %v)", lang, Languages)
	}
	it, err := query.Execute(ctx, s.QuadStore(), lang, text, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return nil, fmt.Errorf("%s query: %w", lang, err)
	}
	defer it.Close()
	out := []any{}
	for it.Next(ctx) {
		out = append(out, it.Result())
		if limit > 0 && len(out) >= limit {
			break
		}
	}
	if err := it.Err(); err != nil {
		return out, fmt.Errorf("%s query: %w", lang, err)
	}
	return out, nil
}
