package graph

import (
	"slices"

	"github.com/cayleygraph/quad"
)

// artID numbers an article within one resolver. What the resolver keeps per
// article (the articles behind each name, role, participant, place and date)
// is then a sorted slice of small numbers rather than a map of IRIs: at
// 100,000 articles those sets are most of the resolver's memory.
type artID uint32

// artSet is a set of articles, ascending. Articles are numbered as they
// come, so adding the article being ingested appends.
type artSet []artID

func (s artSet) has(a artID) bool {
	_, ok := slices.BinarySearch(s, a)
	return ok
}

// add returns s with a in it.
func (s artSet) add(a artID) artSet {
	if n := len(s); n == 0 || s[n-1] < a {
		return append(s, a)
	}
	i, ok := slices.BinarySearch(s, a)
	if ok {
		return s
	}
	return slices.Insert(s, i, a)
}

// remove returns s without a.
func (s artSet) remove(a artID) artSet {
	i, ok := slices.BinarySearch(s, a)
	if !ok {
		return s
	}
	return slices.Delete(s, i, i+1)
}

// meets reports whether s and t have an article in common.
func (s artSet) meets(t artSet) bool {
	for i, j := 0, 0; i < len(s) && j < len(t); {
		switch {
		case s[i] == t[j]:
			return true
		case s[i] < t[j]:
			i++
		default:
			j++
		}
	}
	return false
}

// told records the articles that tell each thing.
type told[K comparable] map[K]artSet

func (t told[K]) add(k K, a artID) { t[k] = t[k].add(a) }

// drop forgets article a, and returns the things no article tells now.
func (t told[K]) drop(a artID) []K {
	var gone []K
	for k, arts := range t {
		if !arts.has(a) {
			continue
		}
		if arts = arts.remove(a); len(arts) == 0 {
			delete(t, k)
			gone = append(gone, k)
		} else {
			t[k] = arts
		}
	}
	return gone
}

// artID numbers article art, the same number each time it is asked.
func (r *resolver) artID(art quad.IRI) artID {
	if a, ok := r.artIDs[art]; ok {
		return a
	}
	a := artID(len(r.artIDs) + 1)
	r.artIDs[art] = a
	return a
}
