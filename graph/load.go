package graph

import (
	"context"
	"fmt"
	"runtime/debug"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
)

// storeReader reads a store's quads by their refs, decoding only the quads
// asked for and each value once: loading the resolver meets the same
// predicates, classes, articles and people over and over, and most quads
// (evidence, claims, name keys) it does not need at all.
type storeReader struct {
	s    *Store
	vals map[any]quad.Value
}

func newStoreReader(s *Store) *storeReader {
	return &storeReader{s: s, vals: map[any]quad.Value{}}
}

// value decodes the value behind ref.
func (rd *storeReader) value(ref cgraph.Ref) (quad.Value, error) {
	if ref == nil {
		return nil, nil
	}
	k := refs.ToKey(ref)
	if v, ok := rd.vals[k]; ok {
		return v, nil
	}
	v, err := rd.s.qs.NameOf(ref)
	if err != nil {
		return nil, fmt.Errorf("read value from %s: %w", rd.s.describe(), err)
	}
	rd.vals[k] = v
	return v, nil
}

// quad decodes the quad behind ref.
func (rd *storeReader) quad(ref cgraph.Ref) (quad.Quad, error) {
	var q quad.Quad
	for _, d := range quad.Directions {
		r, err := rd.s.qs.QuadDirection(ref, d)
		if err != nil {
			return q, fmt.Errorf("read quad from %s: %w", rd.s.describe(), err)
		}
		v, err := rd.value(r)
		if err != nil {
			return q, err
		}
		q.Set(d, v)
	}
	return q, nil
}

// ref is the store's ref of v, nil when the store does not hold v.
func (rd *storeReader) ref(v quad.Value) (any, error) {
	r, err := rd.s.qs.ValueOf(v)
	if err != nil {
		return nil, fmt.Errorf("look up %v in %s: %w", v, rd.s.describe(), err)
	}
	if r == nil {
		return nil, nil
	}
	return refs.ToKey(r), nil
}

// each calls fn with each quad of the iterator whose predicate is one of
// preds (all when preds is empty), decoded.
func (rd *storeReader) each(ctx context.Context, it iterator.Shape, preds []quad.IRI, fn func(quad.Quad) error) (err error) {
	defer debug.SetPanicOnFault(faultsPanic())
	defer rd.s.Guard(&err)
	want := map[any]bool{}
	for _, p := range preds {
		k, err := rd.ref(p)
		if err != nil {
			return err
		}
		if k != nil {
			want[k] = true
		}
	}
	if len(preds) > 0 && len(want) == 0 {
		return nil
	}
	sc := it.Iterate()
	defer sc.Close()
	for sc.Next(ctx) {
		res := sc.Result()
		if len(want) > 0 {
			pr, err := rd.s.qs.QuadDirection(res, quad.Predicate)
			if err != nil {
				return fmt.Errorf("read quad from %s: %w", rd.s.describe(), err)
			}
			if pr == nil || !want[refs.ToKey(pr)] {
				continue
			}
		}
		q, err := rd.quad(res)
		if err != nil {
			return err
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", rd.s.describe(), err)
	}
	return nil
}

// with calls fn with each quad that has v in direction d and one of preds.
func (rd *storeReader) with(ctx context.Context, d quad.Direction, v quad.Value, preds []quad.IRI, fn func(quad.Quad) error) error {
	r, err := rd.s.qs.ValueOf(v)
	if err != nil {
		return fmt.Errorf("look up %v in %s: %w", v, rd.s.describe(), err)
	}
	if r == nil {
		return nil
	}
	return rd.each(ctx, rd.s.qs.QuadIterator(d, r), preds, fn)
}

// load reads what resolution needs from the store: people and their names,
// events with participants, places and dates, and the place hierarchy. It
// finds the people, articles, events and places by their type, then reads
// the store once through, decoding only the quads resolution uses; the
// records are then filled in the order of the type index, the order the
// resolver had when it read each entity's quads on its own.
func (r *resolver) load(ctx context.Context, s *Store) error {
	rd := newStoreReader(s)
	var people []*personRec
	var events []*eventRec
	var places []quad.IRI
	person := map[quad.IRI]*personRec{}
	event := map[quad.IRI]*eventRec{}
	place := map[quad.IRI]int{} // place -> its position in places
	article := map[quad.IRI]bool{}
	classes := []struct {
		class quad.IRI
		fn    func(id quad.IRI, label quad.Value)
	}{
		{PersonClass, func(id quad.IRI, _ quad.Value) {
			if person[id] == nil {
				person[id] = newPersonRec(id)
				people = append(people, person[id])
			}
		}},
		{ArticleClass, func(id quad.IRI, _ quad.Value) { article[id] = true }},
		{EventClass, func(id quad.IRI, label quad.Value) {
			e := event[id]
			if e == nil {
				e = newEventRec(id, "")
				event[id] = e
				events = append(events, e)
			}
			if art, ok := label.(quad.IRI); ok {
				e.articles = e.articles.add(r.artID(art))
			}
		}},
		{PlaceClass, func(id quad.IRI, _ quad.Value) {
			if _, ok := place[id]; !ok {
				place[id] = len(places)
				places = append(places, id)
			}
		}},
	}
	for _, c := range classes {
		err := rd.with(ctx, quad.Object, c.class, []quad.IRI{Type}, func(q quad.Quad) error {
			if id, ok := q.Subject.(quad.IRI); ok {
				c.fn(id, q.Label)
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("load %s: %w", c.class, err)
		}
	}

	type roleHeld struct {
		p     *personRec
		role  quad.Value
		label quad.IRI
	}
	type status struct {
		e     *eventRec
		value string
		label quad.IRI
	}
	type within struct {
		x, c, label quad.IRI
	}
	var held []roleHeld
	var statuses []status
	var contained []within
	titles := map[quad.Value]string{}
	orgs := map[quad.Value]quad.IRI{}
	published := map[quad.IRI]string{} // article -> its date
	preds := []quad.IRI{NameKey, AlternateName, MemberOf, Name, RoleName, DatePublished, Hash, Status, Kind,
		Attendee, Location, StartDate, EndDate, ContainedIn}
	err := rd.each(ctx, s.qs.QuadsAllIterator(), preds, func(q quad.Quad) error {
		id, _ := q.Subject.(quad.IRI)
		l, _ := q.Label.(quad.IRI)
		p, e := person[id], event[id]
		switch q.Predicate {
		case Name:
			// The display names are kept in the resolution graph, which
			// no article's replacement touches, so an organisation or a
			// place no article names any more keeps its name.
			if q.Label == Resolution || p != nil {
				r.names[id] = valueString(q.Object)
			} else if _, ok := place[id]; ok {
				r.names[id] = valueString(q.Object)
			}
		case NameKey:
			if q.Label == Resolution {
				r.keys[id] = append(r.keys[id], valueString(q.Object))
			}
		case AlternateName:
			if p != nil {
				r.use(p, []string{valueString(q.Object)}, l)
			}
		case MemberOf:
			if p != nil {
				held = append(held, roleHeld{p, q.Object, l})
			} else if org, ok := q.Object.(quad.IRI); ok {
				orgs[q.Subject] = org
			}
		case RoleName:
			titles[q.Subject] = valueString(q.Object)
		case DatePublished:
			if article[id] {
				published[id] = valueString(q.Object)
			}
		case Hash:
			if article[id] {
				r.articles[id] = valueString(q.Object)
			}
		case Status:
			if e != nil {
				statuses = append(statuses, status{e, valueString(q.Object), l})
			}
		case Kind:
			if e != nil {
				e.kind = valueString(q.Object)
			}
		case Attendee:
			if v, ok := q.Object.(quad.IRI); ok && e != nil {
				e.attend(v, r.artID(l))
			}
		case Location:
			if v, ok := q.Object.(quad.IRI); ok && e != nil {
				e.at(v, r.artID(l))
			}
		case StartDate, EndDate:
			if e != nil {
				e.on(r.artID(l), valueString(q.Object))
			}
		case ContainedIn:
			if v, ok := q.Object.(quad.IRI); ok {
				if _, ok := place[id]; ok {
					contained = append(contained, within{id, v, l})
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	for _, h := range held {
		title, org := titles[h.role], orgs[h.role]
		if title != "" && org != "" {
			h.p.hold(roleKey(title, org), r.artID(h.label))
		}
	}
	for _, p := range people {
		r.addPerson(p)
	}
	for _, st := range statuses {
		st.e.bound(st.value, published[st.label], r.artID(st.label))
	}
	for _, e := range events {
		r.events = append(r.events, e)
		r.eventIdx.addAll(e)
	}
	// A place's containers go in place by place, in the order of the type
	// index, as they did when each place was read on its own.
	sort.SliceStable(contained, func(i, j int) bool { return place[contained[i].x] < place[contained[j].x] })
	for _, c := range contained {
		r.contain(c.x, c.c, c.label)
	}
	return nil
}
