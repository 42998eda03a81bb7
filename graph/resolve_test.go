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

// TestSupportByInitial checks the support countGiven and firstWord keep,
// grouped by first letter, against the sum over every given name counted,
// compared with compareGiven, after each step of a run that adds and takes
// away given names and first words in turn.
func TestSupportByInitial(t *testing.T) {
	names := []string{"a", "al", "alan", "allan", "andrii", "andriy", "b", "bo", "olga", "olha", "steve", "steven", "stephen", "s"}
	r := newResolver()
	p := newPersonRec("p")
	counts := map[string]int{}
	check := func(step string) {
		t.Helper()
		for _, group := range p.support {
			for w, got := range group {
				want := 0
				for g, n := range counts {
					if compareGiven(r, w, g) {
						want += n
					}
				}
				if got != want {
					t.Fatalf("%s: support[%q] = %d, want %d", step, w, got, want)
				}
			}
		}
		for g, n := range counts {
			if got, _ := p.givens.get(g); got != n {
				t.Fatalf("%s: givens[%q] = %d, want %d", step, g, got, n)
			}
		}
	}
	for i := range 3 * len(names) {
		g := names[(i*5)%len(names)]
		counts[g]++
		r.countGiven(p, g, 1)
		check("count " + g)
		r.firstWord(p, names[(i*3)%len(names)])
		check("first word " + names[(i*3)%len(names)])
		if i%3 == 2 {
			g := names[(i*11)%len(names)]
			if counts[g] > 0 {
				if counts[g]--; counts[g] == 0 {
					delete(counts, g)
				}
				r.countGiven(p, g, -1)
				check("uncount " + g)
			}
		}
	}
	if len(p.support) < 3 {
		t.Fatalf("support has %d groups, want names of several first letters", len(p.support))
	}
	for g := range counts {
		delete(counts, g)
		for range 10 {
			if n, ok := p.givens.get(g); ok && n > 0 {
				r.countGiven(p, g, -1)
			}
		}
	}
	check("all uncounted")
	if len(p.givens) != 0 {
		t.Errorf("givens left after every count was taken away: %v", p.givens)
	}
}
