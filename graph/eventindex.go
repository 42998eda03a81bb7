package graph

import "github.com/cayleygraph/quad"

// eventIndex finds the stored events a telling can be: those of its kind
// that have two of its participants. It lists each participant's events of
// each kind, which costs one entry a participation; an index of pairs of
// participants would cost one a pair, and an event that many tellings
// join gathers hundreds of participants (at 20,000 generated articles, one
// event had 429, and the pairs outnumbered the participations 31 to 1).
type eventIndex struct {
	people map[eventKey][]*eventRec
}

// eventKey is an event kind and one participant.
type eventKey struct {
	kind string
	p    quad.IRI
}

func newEventIndex() eventIndex {
	return eventIndex{people: map[eventKey][]*eventRec{}}
}

// add indexes e under participant p, which e did not have before.
func (x eventIndex) add(e *eventRec, p quad.IRI) {
	k := eventKey{e.kind, p}
	x.people[k] = append(x.people[k], e)
}

// addAll indexes every participant of e, as read back from the store.
func (x eventIndex) addAll(e *eventRec) {
	for p := range e.participants {
		x.add(e, p)
	}
}

// removeAll takes e out of the index under all its participants.
func (x eventIndex) removeAll(e *eventRec) {
	for p := range e.participants {
		k := eventKey{e.kind, p}
		keep := x.people[k][:0]
		for _, o := range x.people[k] {
			if o != e {
				keep = append(keep, o)
			}
		}
		if len(keep) == 0 {
			delete(x.people, k)
		} else {
			x.people[k] = keep
		}
	}
}

// candidates are the events of kind with two of parts among their
// participants (a part named twice counts twice), each once, in no set
// order. The events of the participant with the most are not listed: an
// event with two of parts has one of the others, and is asked whether it
// has that participant too. The cost of a lookup then follows the events
// of all but the busiest participant.
func (x eventIndex) candidates(kind string, parts []quad.IRI) []*eventRec {
	times := map[quad.IRI]int{}
	for _, p := range parts {
		times[p]++
	}
	var busiest quad.IRI
	most := -1
	for p := range times {
		if n := len(x.people[eventKey{kind, p}]); n > most || n == most && p < busiest {
			busiest, most = p, n
		}
	}
	count := map[*eventRec]int{}
	for p, n := range times {
		if p == busiest {
			continue
		}
		for _, e := range x.people[eventKey{kind, p}] {
			count[e] += n
		}
	}
	var out []*eventRec
	for e, n := range count {
		if e.participants[busiest] {
			n += times[busiest]
		}
		if n >= 2 {
			out = append(out, e)
		}
	}
	if times[busiest] >= 2 {
		for _, e := range x.people[eventKey{kind, busiest}] {
			if _, ok := count[e]; !ok {
				out = append(out, e)
			}
		}
	}
	return out
}
