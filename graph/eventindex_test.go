package graph

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"
)

// TestEventIndexCandidates checks the index against the rule it serves,
// worked out over every event: the events of the kind with two of the
// parts (a part named twice counting twice), after events are added,
// joined by further participants, and removed.
func TestEventIndexCandidates(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	people := make([]quad.IRI, 8)
	for i := range people {
		people[i] = quad.IRI(fmt.Sprintf("p%d", i))
	}
	kinds := []string{"meeting", "call"}
	x := newEventIndex()
	var events []*eventRec
	for i := range 60 {
		e := newEventRec(quad.IRI(fmt.Sprintf("e%d", i)), kinds[rng.IntN(2)])
		// Skewed: low-numbered people take part in most events, as the
		// busiest participants do.
		for range 1 + rng.IntN(5) {
			p := people[min(rng.IntN(len(people)), rng.IntN(len(people)))]
			if !e.participants[p] {
				x.add(e, p)
				e.participants[p] = true
			}
		}
		events = append(events, e)
	}
	for _, e := range events[:10] {
		x.removeAll(e)
	}
	stored := events[10:]
	want := func(kind string, parts []quad.IRI) []string {
		var out []string
		for _, e := range stored {
			n := 0
			for _, p := range parts {
				if e.participants[p] {
					n++
				}
			}
			if e.kind == kind && n >= 2 {
				out = append(out, string(e.iri))
			}
		}
		slices.Sort(out)
		return out
	}
	for i := range 500 {
		kind := kinds[rng.IntN(2)]
		var parts []quad.IRI
		for range 1 + rng.IntN(4) {
			parts = append(parts, people[rng.IntN(len(people))])
		}
		var got []string
		for _, e := range x.candidates(kind, parts) {
			got = append(got, string(e.iri))
		}
		slices.Sort(got)
		if w := want(kind, parts); !slices.Equal(got, w) {
			t.Fatalf("case %d: candidates(%s, %v) = %v, want %v", i, kind, parts, got, w)
		}
	}
}
