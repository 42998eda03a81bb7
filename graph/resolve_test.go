package graph

import "testing"

func TestGivenCompatible(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"steve", "steve", true},
		{"steve", "steven", true},  // a short form
		{"andriy", "andrii", true}, // a transliteration
		{"j", "john", true},        // an initial
		{"john", "jane", false},
		{"maria", "olga", false},
		{"ed", "edward", true},
		{"e", "olga", false},
	} {
		r := newResolver()
		if got := r.givenCompatible(tc.a, tc.b); got != tc.want {
			t.Errorf("givenCompatible(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
	// What givenCompatible decides, asked first and asked again (from its
	// memory), must be what compareGiven decides.
	names := []string{"a", "al", "alan", "allan", "andrii", "andriy", "b", "bo", "olga", "olha", "steve", "steven", "stephen"}
	r := newResolver()
	for _, a := range names {
		for _, b := range names {
			for range 2 {
				if got, want := r.givenCompatible(a, b), compareGiven(r, a, b); got != want {
					t.Errorf("givenCompatible(%q, %q) = %v, compareGiven %v", a, b, got, want)
				}
			}
		}
	}
}

// compareGiven decides givenCompatible from its rules, remembering nothing.
func compareGiven(r *resolver, a, b string) bool {
	if ok, sure := givenRule(a, b); sure {
		return ok
	}
	return r.jw.Compare(a, b) >= givenSpelling
}
