package graph

import "github.com/cayleygraph/quad"

// eventIndex finds the stored events a telling can be: those of its kind
// that have two of its participants. Resolution needs two shared
// participants, so looking up the telling's pairs finds every event it
// could join without reading the others, and the cost of a lookup follows
// the events of those pairs, not all the events stored.
type eventIndex struct {
	pairs map[eventPair][]*eventRec
	// people holds the events of each participant, for a telling that names
	// one participant twice: two of its participants are then one person.
	people map[eventPair][]*eventRec
}

// eventPair is an event kind with two participants in IRI order, or one
// participant (b empty) in eventIndex.people.
type eventPair struct {
	kind string
	a, b quad.IRI
}

func newEventIndex() eventIndex {
	return eventIndex{pairs: map[eventPair][]*eventRec{}, people: map[eventPair][]*eventRec{}}
}

func pairOf(kind string, a, b quad.IRI) eventPair {
	if b < a {
		a, b = b, a
	}
	return eventPair{kind: kind, a: a, b: b}
}

// add indexes e under participant p and every pair p makes with the
// participants e has already.
func (x eventIndex) add(e *eventRec, p quad.IRI) {
	for q := range e.participants {
		if q != p {
			k := pairOf(e.kind, p, q)
			x.pairs[k] = append(x.pairs[k], e)
		}
	}
	k := eventPair{kind: e.kind, a: p}
	x.people[k] = append(x.people[k], e)
}

// addAll indexes every participant of e, as read back from the store.
func (x eventIndex) addAll(e *eventRec) {
	parts := make([]quad.IRI, 0, len(e.participants))
	for p := range e.participants {
		parts = append(parts, p)
	}
	for i, p := range parts {
		for _, q := range parts[i+1:] {
			k := pairOf(e.kind, p, q)
			x.pairs[k] = append(x.pairs[k], e)
		}
		k := eventPair{kind: e.kind, a: p}
		x.people[k] = append(x.people[k], e)
	}
}

// removeAll takes e out of the index under all its participants.
func (x eventIndex) removeAll(e *eventRec) {
	drop := func(m map[eventPair][]*eventRec, k eventPair) {
		es := m[k]
		keep := es[:0]
		for _, o := range es {
			if o != e {
				keep = append(keep, o)
			}
		}
		if len(keep) == 0 {
			delete(m, k)
			return
		}
		m[k] = keep
	}
	for p := range e.participants {
		for q := range e.participants {
			if p < q {
				drop(x.pairs, pairOf(e.kind, p, q))
			}
		}
		drop(x.people, eventPair{kind: e.kind, a: p})
	}
}

// candidates are the events of kind with two of parts among their
// participants (a part named twice counts twice), each once, in no set
// order.
func (x eventIndex) candidates(kind string, parts []quad.IRI) []*eventRec {
	var out []*eventRec
	seen := map[*eventRec]bool{}
	take := func(es []*eventRec) {
		for _, e := range es {
			if !seen[e] {
				seen[e] = true
				out = append(out, e)
			}
		}
	}
	for i, p := range parts {
		for _, q := range parts[i+1:] {
			if p == q {
				take(x.people[eventPair{kind: kind, a: p}])
			} else {
				take(x.pairs[pairOf(kind, p, q)])
			}
		}
	}
	return out
}
