// Package queries answers the questions newsgraph's users ask of the store
// (who met whom, who holds which role, who said what, what the store knows
// of one entity and why its names were taken for one, and which articles
// say so) and runs Cayley's own query languages over it.
//
// Every answer starts from the smallest set of nodes it can (a type, a
// person) and then looks up each node's quads: on the bolt backend that is
// orders of magnitude faster than a path query that saves every predicate.
package queries

import (
	"context"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

// reader caches what many answers need: display names, the source names of
// articles, and the place hierarchy.
type reader struct {
	s       *graph.Store
	names   map[quad.Value]string
	sources map[quad.Value]string
	parents map[quad.Value]quad.Value
}

func newReader(s *graph.Store) *reader {
	return &reader{s: s, names: map[quad.Value]string{}, sources: map[quad.Value]string{}, parents: map[quad.Value]quad.Value{}}
}

func str(v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	case quad.IRI:
		return string(v)
	case nil:
		return ""
	}
	return quad.StringOf(v)
}

// props groups a node's quads by predicate.
type props map[quad.Value][]quad.Quad

func (p props) first(pred quad.IRI) string {
	for _, q := range p[pred] {
		return str(q.Object)
	}
	return ""
}

func (p props) objects(pred quad.IRI) []quad.Value {
	var out []quad.Value
	seen := map[quad.Value]bool{}
	for _, q := range p[pred] {
		if !seen[q.Object] {
			seen[q.Object] = true
			out = append(out, q.Object)
		}
	}
	return out
}

// labels are the articles behind a node's statements.
func (p props) labels() []quad.Value {
	seen := map[quad.Value]bool{}
	var out []quad.Value
	for _, qs := range p {
		for _, q := range qs {
			if q.Label != nil && q.Label != graph.Resolution && !seen[q.Label] {
				seen[q.Label] = true
				out = append(out, q.Label)
			}
		}
	}
	return out
}

func (r *reader) props(ctx context.Context, node quad.Value) (props, error) {
	qs, err := r.s.Quads(ctx, quad.Subject, node, nil)
	if err != nil {
		return nil, err
	}
	p := props{}
	for _, q := range qs {
		p[q.Predicate] = append(p[q.Predicate], q)
	}
	return p, nil
}

// ofType lists the nodes of a class.
func (r *reader) ofType(ctx context.Context, class quad.IRI) ([]quad.Value, error) {
	return r.subjects(ctx, class, graph.Type)
}

// name is an entity's display name: its schema:name, else its longest form.
func (r *reader) name(ctx context.Context, node quad.Value) (string, error) {
	if n, ok := r.names[node]; ok {
		return n, nil
	}
	// Three index lookups, not a read of every quad of the node: a person
	// many articles name has thousands.
	p := props{}
	for _, pred := range []quad.IRI{graph.Name, graph.AlternateName, graph.ContainedIn} {
		if pred == graph.AlternateName && len(p[graph.Name]) > 0 {
			continue
		}
		qs, err := r.s.Quads(ctx, quad.Subject, node, pred)
		if err != nil {
			return "", err
		}
		p[pred] = qs
	}
	n := p.first(graph.Name)
	if n == "" {
		for _, v := range p.objects(graph.AlternateName) {
			if s := str(v); len(s) > len(n) {
				n = s
			}
		}
	}
	if n == "" {
		n = str(node)
	}
	r.names[node] = n
	if ps := p.objects(graph.ContainedIn); len(ps) > 0 {
		r.parents[node] = ps[0]
	}
	return n, nil
}

// sourceNames turns article IRIs into the names users know them by.
func (r *reader) sourceNames(ctx context.Context, arts []quad.Value) ([]string, error) {
	out := make([]string, 0, len(arts))
	for _, a := range arts {
		n, ok := r.sources[a]
		if !ok {
			qs, err := r.s.Quads(ctx, quad.Subject, a, graph.SourceName)
			if err != nil {
				return nil, err
			}
			n = str(a)
			if len(qs) > 0 {
				n = str(qs[0].Object)
			}
			r.sources[a] = n
		}
		out = append(out, n)
	}
	sort.Strings(out)
	return out, nil
}

// depth is how many places contain a place: the deeper, the more specific.
func (r *reader) depth(ctx context.Context, place quad.Value) int {
	d := 0
	for i := 0; i < 16; i++ {
		if _, err := r.name(ctx, place); err != nil {
			return d
		}
		p, ok := r.parents[place]
		if !ok {
			return d
		}
		place = p
		d++
	}
	return d
}

// placePath is a place with what contains it: "Shell Bay Club, Hallandale
// Beach, Florida, United States".
func (r *reader) placePath(ctx context.Context, place quad.Value) (string, error) {
	var parts []string
	for i := 0; place != nil && i < 16; i++ {
		n, err := r.name(ctx, place)
		if err != nil {
			return "", err
		}
		parts = append(parts, n)
		place = r.parents[place]
	}
	return strings.Join(parts, ", "), nil
}

// find returns the entities of a class one of whose names matches name.
// It looks the name up in the store's name index (any form of the name, in
// any case; a person's surname; an organisation's last words, "armed
// forces": one lookup, see graph.NameKey) and among the names exactly as
// stored; it never reads every entity.
func (r *reader) find(ctx context.Context, class quad.IRI, name string) ([]quad.Value, error) {
	found, err := r.findAny(ctx, []quad.IRI{class}, name)
	if err != nil {
		return nil, err
	}
	out := make([]quad.Value, 0, len(found))
	for _, f := range found {
		out = append(out, f.node)
	}
	return out, nil
}

// match is an entity found by name, with its class.
type match struct {
	node  quad.Value
	class quad.IRI
}

// findAny is find over several classes at once; the matches keep the order
// of classes, then of IRIs.
func (r *reader) findAny(ctx context.Context, classes []quad.IRI, name string) ([]match, error) {
	name = strings.TrimSpace(name)
	key := graph.FoldName(name)
	if name == "" || key == "x" {
		return nil, nil
	}
	var subjects []quad.Value
	for _, l := range []struct {
		pred  quad.IRI
		value quad.Value
	}{{graph.NameKey, quad.String(key)}, {graph.AlternateName, quad.String(name)}} {
		qs, err := r.s.Quads(ctx, quad.Object, l.value, l.pred)
		if err != nil {
			return nil, err
		}
		for _, q := range qs {
			subjects = append(subjects, q.Subject)
		}
	}
	return r.classify(ctx, classes, subjects)
}

// classify keeps the nodes of one of classes, each once, ordered by class
// and then IRI.
func (r *reader) classify(ctx context.Context, classes []quad.IRI, nodes []quad.Value) ([]match, error) {
	seen := map[quad.Value]bool{}
	var out []match
	for _, n := range nodes {
		if seen[n] {
			continue
		}
		seen[n] = true
		types, err := r.s.Quads(ctx, quad.Subject, n, graph.Type)
		if err != nil {
			return nil, err
		}
		best := -1
		for _, t := range types {
			for i, c := range classes {
				if t.Object == c && (best < 0 || i < best) {
					best = i
				}
			}
		}
		if best >= 0 {
			out = append(out, match{n, classes[best]})
		}
	}
	rank := map[quad.IRI]int{}
	for i, c := range classes {
		rank[c] = i
	}
	sort.SliceStable(out, func(i, j int) bool {
		if rank[out[i].class] != rank[out[j].class] {
			return rank[out[i].class] < rank[out[j].class]
		}
		return str(out[i].node) < str(out[j].node)
	})
	return out, nil
}
