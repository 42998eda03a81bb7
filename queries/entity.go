package queries

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

// Entity is what the store holds on one person, organisation or place: every
// form of its name with the articles that use it, the evidence on which those
// forms were taken for one entity, its roles, the meetings it took part in
// (or, for a place, that were held there), the claims it made, and the
// places it lies in or holds.
type Entity struct {
	IRI      string     `json:"iri"`
	Kind     string     `json:"kind"` // "person", "organisation" or "place"
	Name     string     `json:"name"`
	Forms    []Form     `json:"forms"`
	Merged   []Evidence `json:"merged_because"`
	Roles    []Role     `json:"roles"`
	Meetings []Meeting  `json:"meetings"`
	Claims   []Claim    `json:"claims"`
	Within   string     `json:"within,omitempty"`   // the places that contain it, innermost first
	Contains []string   `json:"contains,omitempty"` // the places inside it
}

// Form is one form of an entity's name and the articles that use it.
type Form struct {
	Name    string   `json:"name"`
	Sources []string `json:"sources"`
}

// Evidence is one reason two forms of a name were taken for one entity,
// with the articles whose forms it joined.
type Evidence struct {
	Reason  string   `json:"reason"`
	Sources []string `json:"sources"`
}

// entityClasses are the classes an entity can have, in the order matches
// are listed.
var entityClasses = []quad.IRI{graph.PersonClass, graph.OrgClass, graph.PlaceClass}

// Entities finds every person, organisation and place one of whose names is
// name (any form, in any case; a person's surname alone; else a name that
// holds name as a word) and describes each. Several entities can match:
// "Washington" is the United States as a government and a city.
func Entities(ctx context.Context, s *graph.Store, name string) ([]Entity, error) {
	r := newReader(s)
	found, err := r.findAny(ctx, entityClasses, name)
	if err != nil {
		return nil, fmt.Errorf("entity %q: %w", name, err)
	}
	var out []Entity
	for _, m := range found {
		e, err := r.entity(ctx, m)
		if err != nil {
			return nil, fmt.Errorf("entity %q: %w", name, err)
		}
		out = append(out, e)
	}
	return out, nil
}

func kindOf(class quad.IRI) string {
	switch class {
	case graph.PersonClass:
		return "person"
	case graph.OrgClass:
		return "organisation"
	}
	return "place"
}

func (r *reader) entity(ctx context.Context, m match) (Entity, error) {
	// Empty lists, not nulls, in JSON.
	e := Entity{IRI: str(m.node), Kind: kindOf(m.class), Merged: []Evidence{}, Roles: []Role{}, Meetings: []Meeting{}, Claims: []Claim{}}
	var err error
	if e.Name, err = r.name(ctx, m.node); err != nil {
		return e, err
	}
	p, err := r.props(ctx, m.node)
	if err != nil {
		return e, err
	}
	if e.Forms, err = r.forms(ctx, p); err != nil {
		return e, err
	}
	if e.Merged, err = r.evidence(ctx, p, e); err != nil {
		return e, err
	}

	// Roles: a person memberOf a role; a role memberOf an organisation.
	var roles []quad.Value
	switch m.class {
	case graph.PersonClass:
		roles = p.objects(graph.MemberOf)
	case graph.OrgClass:
		if roles, err = r.subjects(ctx, m.node, graph.MemberOf); err != nil {
			return e, err
		}
	}
	for _, n := range roles {
		role, _, ok, err := r.role(ctx, n)
		if err != nil {
			return e, err
		}
		if ok {
			e.Roles = append(e.Roles, role)
		}
	}
	sort.SliceStable(e.Roles, func(i, j int) bool {
		if e.Roles[i].Person != e.Roles[j].Person {
			return e.Roles[i].Person < e.Roles[j].Person
		}
		return e.Roles[i].Role < e.Roles[j].Role
	})

	pred := graph.Attendee
	if m.class == graph.PlaceClass {
		pred = graph.Location
	}
	events, err := r.subjects(ctx, m.node, pred)
	if err != nil {
		return e, err
	}
	for _, n := range events {
		mt, ok, err := r.meeting(ctx, n, Filter{})
		if err != nil {
			return e, err
		}
		if ok {
			e.Meetings = append(e.Meetings, mt)
		}
	}
	sort.SliceStable(e.Meetings, func(i, j int) bool { return deref(e.Meetings[i].Date) < deref(e.Meetings[j].Date) })

	claims, err := r.subjects(ctx, m.node, graph.Author)
	if err != nil {
		return e, err
	}
	for _, n := range claims {
		c, ok, err := r.claim(ctx, n, nil)
		if err != nil {
			return e, err
		}
		if ok {
			e.Claims = append(e.Claims, c)
		}
	}
	sort.SliceStable(e.Claims, func(i, j int) bool { return deref(e.Claims[i].Date) < deref(e.Claims[j].Date) })

	if m.class != graph.PersonClass {
		path, err := r.placePath(ctx, m.node)
		if err != nil {
			return e, err
		}
		if _, rest, ok := strings.Cut(path, ", "); ok {
			e.Within = rest
		}
		inside, err := r.subjects(ctx, m.node, graph.ContainedIn)
		if err != nil {
			return e, err
		}
		for _, n := range inside {
			name, err := r.name(ctx, n)
			if err != nil {
				return e, err
			}
			e.Contains = append(e.Contains, name)
		}
		sort.Strings(e.Contains)
	}
	return e, nil
}

// subjects are the distinct nodes that point at node with pred.
func (r *reader) subjects(ctx context.Context, node quad.Value, pred quad.IRI) ([]quad.Value, error) {
	qs, err := r.s.Quads(ctx, quad.Object, node, pred)
	if err != nil {
		return nil, err
	}
	seen := map[quad.Value]bool{}
	var out []quad.Value
	for _, q := range qs {
		if !seen[q.Subject] {
			seen[q.Subject] = true
			out = append(out, q.Subject)
		}
	}
	sort.Slice(out, func(i, j int) bool { return str(out[i]) < str(out[j]) })
	return out, nil
}

// bySources groups the objects of pred by value, each with the articles
// that state it, most-cited first.
func (r *reader) bySources(ctx context.Context, p props, pred quad.IRI) ([]Evidence, error) {
	arts := map[string][]quad.Value{}
	var order []string
	for _, q := range p[pred] {
		v := str(q.Object)
		if _, ok := arts[v]; !ok {
			order = append(order, v)
		}
		if q.Label != nil && q.Label != graph.Resolution {
			arts[v] = append(arts[v], q.Label)
		} else if arts[v] == nil {
			arts[v] = []quad.Value{}
		}
	}
	out := make([]Evidence, 0, len(order))
	for _, v := range order {
		srcs, err := r.sourceNames(ctx, uniqueValues(arts[v]))
		if err != nil {
			return nil, err
		}
		out = append(out, Evidence{Reason: v, Sources: srcs})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if len(out[i].Sources) != len(out[j].Sources) {
			return len(out[i].Sources) > len(out[j].Sources)
		}
		return out[i].Reason < out[j].Reason
	})
	return out, nil
}

func uniqueValues(vs []quad.Value) []quad.Value {
	seen := map[quad.Value]bool{}
	out := vs[:0:0]
	for _, v := range vs {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

// forms are an entity's names, each with the articles that use it.
func (r *reader) forms(ctx context.Context, p props) ([]Form, error) {
	ev, err := r.bySources(ctx, p, graph.AlternateName)
	if err != nil {
		return nil, err
	}
	out := make([]Form, 0, len(ev))
	for _, e := range ev {
		out = append(out, Form{Name: e.Reason, Sources: e.Sources})
	}
	return out, nil
}

// evidence is why an entity's forms are one entity. For a person it is what
// the store recorded when it merged them (graph.MergedBecause). An
// organisation's or place's forms were given one canonical name by the
// extractor's lexicon (aliases, demonyms, capitals), and that name is what
// joins them across articles.
func (r *reader) evidence(ctx context.Context, p props, e Entity) ([]Evidence, error) {
	if e.Kind == "person" {
		return r.bySources(ctx, p, graph.MergedBecause)
	}
	out := []Evidence{}
	for _, f := range e.Forms {
		if graph.FoldName(f.Name) == graph.FoldName(e.Name) {
			continue
		}
		out = append(out, Evidence{
			Reason:  fmt.Sprintf("%s ~ %s: a name of %s in newsgraph's lexicon (alias, demonym, capital or generic body)", f.Name, e.Name, e.Name),
			Sources: f.Sources,
		})
	}
	return out, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
