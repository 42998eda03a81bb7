package graph

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/fact"

	"github.com/adrg/strutil/metrics"
	"github.com/cayleygraph/quad"
)

// resolver maps one article's entities and events onto what the store
// already holds, so that "Steve Witkoff" and "Steven Witkoff" in two articles
// are one node, and one meeting told by three articles is one event.
type resolver struct {
	people   map[string][]*personRec // folded surname -> people with it
	prefixes map[string][]string     // first letters of a surname -> surnames, for spelling variants
	byIRI    map[quad.IRI]*personRec
	holders  map[string]map[quad.IRI]bool // roleKey -> the people who hold it
	events   []*eventRec
	eventIdx eventIndex            // the events by kind and pairs of participants
	parents  map[quad.IRI]quad.IRI // place -> containing place
	// containers are the places each place is said to lie in, with the
	// articles that say so.
	containers map[quad.IRI]told[quad.IRI]
	names      map[quad.IRI]string // display name now in the store
	// keys are the name keys (NameKey) each entity has in the resolution
	// graph: written once an entity, not once an article.
	keys     map[quad.IRI][]string
	jw       *metrics.JaroWinkler
	articles map[quad.IRI]string // article -> content hash
	artIDs   map[quad.IRI]artID  // the articles numbered (artID)
	// words and compatible remember nameWords and givenCompatible's
	// spelling comparisons: the same names are split and compared at every
	// mention.
	words      map[string][]string
	compatible map[[2]string]bool
}

type personRec struct {
	iri      quad.IRI
	forms    map[string]bool
	articles artSet
	roles    map[string]bool // roleKey of each role held with an organisation
	// givens counts, for each folded given name, the articles that use it in
	// a full name: the display name follows the given name most articles use.
	givens byInitial
	// givenArts holds the articles counted in givens, by given name.
	givenArts told[string]
	// support is, for the first word of each full-name form, the articles
	// givens counts for the given names compatible with it: what
	// displayName weighs, kept up to date as givens changes rather than
	// worked out again at every mention.
	support byInitial
	// formArts and roleArts are the articles behind each form and role:
	// what an article told goes with it when it is replaced.
	formArts, roleArts told[string]
	// sorted is forms in order, nil when forms changed since (sortedForms).
	sorted []string
}

func newPersonRec(id quad.IRI) *personRec {
	return &personRec{iri: id, forms: map[string]bool{},
		roles: map[string]bool{}, givens: byInitial{}, givenArts: told[string]{}, support: byInitial{},
		formArts: told[string]{}, roleArts: told[string]{}}
}

// use records that article art calls the person by forms. What it records
// depends only on the set of (form, article) pairs, as the store holds them
// (schema:alternateName labelled with the article): however often and in
// whatever order they come, a run and a store read back agree.
func (r *resolver) use(p *personRec, forms []string, art quad.IRI) {
	var a artID
	if art != "" {
		a = r.artID(art)
	}
	for _, f := range forms {
		if f == "" {
			continue // no name: the store keeps none
		}
		if !p.forms[f] {
			p.forms[f] = true
			p.sorted = nil
		}
		p.formArts.add(f, a)
		w := r.nameWords(f)
		if len(w) < 2 {
			continue
		}
		r.firstWord(p, w[0])
		if art != "" && !p.givenArts[w[0]].has(a) {
			p.givenArts.add(w[0], a)
			r.countGiven(p, w[0], 1)
		}
	}
	if art != "" {
		p.articles = p.articles.add(a)
	}
}

// firstWord makes w, the first word of one of p's full names, one that
// p.support counts for.
func (r *resolver) firstWord(p *personRec, w string) {
	if _, ok := p.support.get(w); ok {
		return
	}
	n := 0
	for g, c := range p.givens.with(w) {
		if r.givenCompatible(w, g) {
			n += c
		}
	}
	p.support.set(w, n)
}

// countGiven adds d to the articles that give p the given name g, and to
// the support of every first word compatible with g.
func (r *resolver) countGiven(p *personRec, g string, d int) {
	if n, _ := p.givens.get(g); n+d > 0 {
		p.givens.set(g, n+d)
	} else {
		p.givens.del(g)
	}
	sup := p.support.with(g)
	for w := range sup {
		if r.givenCompatible(w, g) {
			sup[w] += d
		}
	}
}

// byInitial counts given names grouped by their first byte: names with
// other first letters are never compatible (givenRule), so a count is only
// weighed against its own group. A person named in thousands of articles
// with a hundred given names was compared with all of them at every
// article: 1.5 ms an article at 90,000 generated articles.
type byInitial map[byte]map[string]int

// initial is the group of name w; "" has a group of its own.
func initial(w string) byte {
	if w == "" {
		return 0
	}
	return w[0]
}

// with is the group w belongs to, nil when empty: its names are the only
// ones givenCompatible can accept with w.
func (m byInitial) with(w string) map[string]int { return m[initial(w)] }

func (m byInitial) get(w string) (int, bool) {
	n, ok := m[initial(w)][w]
	return n, ok
}

func (m byInitial) set(w string, n int) {
	g := m[initial(w)]
	if g == nil {
		g = map[string]int{}
		m[initial(w)] = g
	}
	g[w] = n
}

func (m byInitial) del(w string) {
	g := m[initial(w)]
	delete(g, w)
	if len(g) == 0 {
		delete(m, initial(w))
	}
}

// hold records that article art gives the person role k.
func (p *personRec) hold(k string, a artID) {
	p.roles[k] = true
	p.roleArts.add(k, a)
}

// roleKey names a role in an organisation, as evidence two name forms are one person.
func roleKey(title string, org quad.IRI) string {
	return strings.ToLower(strings.Join(strings.Fields(title), " ")) + "|" + string(org)
}

type eventRec struct {
	iri          quad.IRI
	kind         string
	participants map[quad.IRI]bool
	places       map[quad.IRI]bool
	from, to     string // known date span, "" when none
	// earliest and latest bound the days an undated event can have been
	// on, from the articles that tell it ("" is unbounded): see bound.
	earliest, latest string
	// windows are the (earliest, latest) windows of the tellings, by the
	// articles that tell them: the event's window is a function of them,
	// not of their order. partArts, placeArts and dateArts likewise keep
	// the articles behind each participant, place and date.
	windows             told[[2]string]
	partArts, placeArts told[quad.IRI]
	dateArts            told[string]
	// articles are the articles that tell the event: two events one
	// article tells apart (a summit and a meeting on its sidelines) stay
	// apart.
	articles artSet
}

// bound narrows an undated event's window by one article's telling: a held
// event happened within a month before the article, a planned one is to
// happen within three months after it. The window is what every telling
// allows; where the tellings disagree (no day fits all), what any allows.
// It depends on the set of tellings only, so an event read back from the
// store has the window the run that wrote it had.
func (e *eventRec) bound(status, published string, a artID) {
	if published == "" {
		return
	}
	lo, hi := addDays(published, -31), published
	if status == fact.Planned {
		lo, hi = published, addDays(published, 92)
	}
	if e.windows == nil {
		e.windows = told[[2]string]{}
	}
	e.windows.add([2]string{lo, hi}, a)
	e.window()
}

// window sets the event's window from its tellings' windows.
func (e *eventRec) window() {
	e.earliest, e.latest = "", ""
	first := true
	var all, any [2]string
	for w := range e.windows {
		if first {
			all, any, first = w, w, false
			continue
		}
		all = [2]string{max(all[0], w[0]), min(all[1], w[1])}
		any = [2]string{min(any[0], w[0]), max(any[1], w[1])}
	}
	if all[0] <= all[1] {
		e.earliest, e.latest = all[0], all[1]
	} else {
		e.earliest, e.latest = any[0], any[1]
	}
}

// timeless reports whether nothing bounds the event's days.
func (e *eventRec) timeless() bool {
	lo, hi := e.span()
	return lo == "" && hi == ""
}

// span is the days the event was on, or may have been on: its dates, else
// its window.
func (e *eventRec) span() (string, string) {
	if e.from != "" {
		return e.from, e.to
	}
	return e.earliest, e.latest
}

func newResolver() *resolver {
	jw := metrics.NewJaroWinkler()
	jw.CaseSensitive = false
	return &resolver{
		people:     map[string][]*personRec{},
		prefixes:   map[string][]string{},
		byIRI:      map[quad.IRI]*personRec{},
		holders:    map[string]map[quad.IRI]bool{},
		parents:    map[quad.IRI]quad.IRI{},
		containers: map[quad.IRI]told[quad.IRI]{},
		names:      map[quad.IRI]string{},
		keys:       map[quad.IRI][]string{},
		jw:         jw,
		articles:   map[quad.IRI]string{},
		artIDs:     map[quad.IRI]artID{},
		eventIdx:   newEventIndex(),
		words:      map[string][]string{},
		compatible: map[[2]string]bool{},
	}
}

// forget takes out of the resolver what article art told, as removing the
// article's quads takes it out of the store: a replaced article's old
// telling then weighs no more in the run than in a store read back. It
// returns the people no article names any more.
func (r *resolver) forget(art quad.IRI) []quad.IRI {
	var gone []quad.IRI
	a := r.artID(art)
	for id, p := range r.byIRI {
		if !p.articles.has(a) {
			continue
		}
		for _, f := range p.formArts.drop(a) {
			delete(p.forms, f)
			p.sorted = nil
		}
		for _, k := range p.roleArts.drop(a) {
			delete(p.roles, k)
		}
		for g, arts := range p.givenArts {
			if arts.has(a) {
				r.countGiven(p, g, -1)
			}
		}
		p.givenArts.drop(a)
		p.articles = p.articles.remove(a)
		r.unindex(p)
		if len(p.articles) == 0 {
			delete(r.byIRI, id)
			gone = append(gone, id)
			continue
		}
		r.addPerson(p)
	}
	events := r.events[:0]
	for _, e := range r.events {
		if e.articles.has(a) {
			r.eventIdx.removeAll(e)
			e.articles = e.articles.remove(a)
			for _, p := range e.partArts.drop(a) {
				delete(e.participants, p)
			}
			for _, p := range e.placeArts.drop(a) {
				delete(e.places, p)
			}
			e.dateArts.drop(a)
			e.from, e.to = "", ""
			for d := range e.dateArts {
				e.widen(d)
			}
			e.windows.drop(a)
			e.window()
			if len(e.articles) > 0 {
				r.eventIdx.addAll(e)
			}
		}
		if len(e.articles) > 0 {
			events = append(events, e)
		}
	}
	r.events = events
	for x, cs := range r.containers {
		if len(cs.drop(a)) == 0 {
			continue
		}
		delete(r.parents, x)
		var keys []string
		for c := range cs {
			keys = append(keys, string(c))
		}
		sort.Strings(keys)
		for _, c := range keys {
			r.setParent(x, quad.IRI(c))
		}
	}
	return gone
}

// unindex takes a person out of the surname and role indexes.
func (r *resolver) unindex(p *personRec) {
	for k, ps := range r.people {
		if !containsPerson(ps, p) {
			continue
		}
		var keep []*personRec
		for _, x := range ps {
			if x.iri != p.iri {
				keep = append(keep, x)
			}
		}
		if len(keep) > 0 {
			r.people[k] = keep
			continue
		}
		delete(r.people, k)
		pre := prefix(k)
		var ks []string
		for _, x := range r.prefixes[pre] {
			if x != k {
				ks = append(ks, x)
			}
		}
		if len(ks) > 0 {
			r.prefixes[pre] = ks
		} else {
			delete(r.prefixes, pre)
		}
	}
	for k, hs := range r.holders {
		delete(hs, p.iri)
		if len(hs) == 0 {
			delete(r.holders, k)
		}
	}
}

// addPerson indexes a person under each surname it is known by, once.
func (r *resolver) addPerson(p *personRec) {
	r.byIRI[p.iri] = p
	for k := range p.roles {
		if r.holders[k] == nil {
			r.holders[k] = map[quad.IRI]bool{}
		}
		r.holders[k][p.iri] = true
	}
	seen := map[string]bool{}
	for f := range p.forms {
		w := r.nameWords(f) // surname(f), remembered
		if len(w) == 0 || seen[w[len(w)-1]] {
			continue
		}
		k := w[len(w)-1]
		seen[k] = true
		if len(r.people[k]) == 0 {
			pre := prefix(k)
			r.prefixes[pre] = append(r.prefixes[pre], k)
		}
		if !containsPerson(r.people[k], p) {
			r.people[k] = append(r.people[k], p)
		}
	}
}

func prefix(surname string) string {
	if len(surname) > 3 {
		return surname[:3]
	}
	return surname
}

// surnameVariant says whether two folded surnames are spellings of one name
// (Zelensky, Zelenskyy; Lisovska, Lisovskaya): the same start, nearly the
// same length and letters, and the same consonants. Names that differ in a
// consonant are different names (Johnson, Johnston), and so are names with
// different digits in them.
func (r *resolver) surnameVariant(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 5 || len(b) < 5 || prefix(a) != prefix(b) || abs(len(a)-len(b)) > 2 {
		return false
	}
	return consonants(a) == consonants(b) && r.jw.Compare(a, b) >= 0.93
}

// consonants is a folded name's skeleton for spelling variants: vowels and
// y dropped, w read as v, doubled letters once.
func consonants(name string) string {
	var b strings.Builder
	var last rune
	for _, c := range name {
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y', '-':
			continue
		case 'w':
			c = 'v'
		}
		if c != last {
			b.WriteRune(c)
		}
		last = c
	}
	return b.String()
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// candidates are the people whose surname is last or a spelling of it, the
// exact ones first, each group in IRI order: an order that depends on who is
// stored, not on the order they were stored or read back in, so a store
// refilled after a crash decides as the uninterrupted run did.
func (r *resolver) candidates(last string) []*personRec {
	out := append([]*personRec(nil), r.people[last]...)
	byIRI := func(ps []*personRec) {
		sort.Slice(ps, func(i, j int) bool { return ps[i].iri < ps[j].iri })
	}
	byIRI(out)
	exact := len(out)
	seen := map[quad.IRI]bool{}
	for _, p := range out {
		seen[p.iri] = true
	}
	for _, k := range r.prefixes[prefix(last)] {
		if k != last && r.surnameVariant(last, k) {
			for _, p := range r.people[k] {
				if !seen[p.iri] {
					seen[p.iri] = true
					out = append(out, p)
				}
			}
		}
	}
	byIRI(out[exact:])
	return out
}

// letterVariants are the people, not among have, one of whose full names
// has exactly the given names of words and a surname one letter apart
// from its last word ("Tran Van Thanh", "Tran Van Thang"): with two
// given names the same, a one-letter change in the surname is a
// spelling of it, not another person.
func (r *resolver) letterVariants(words []string, have []*personRec) []*personRec {
	var out []*personRec
	last := words[len(words)-1]
	for _, k := range r.prefixes[prefix(last)] {
		if k == last || !oneLetterApart(k, last) {
			continue
		}
		for _, p := range r.people[k] {
			if containsPerson(have, p) || containsPerson(out, p) {
				continue
			}
			for f := range p.forms {
				if givenSameSurnameLetter(words, r.nameWords(f)) {
					out = append(out, p)
					break
				}
			}
		}
	}
	return out
}

// givenSameSurnameLetter says whether two folded full names have two or
// more given names, all the same, and surnames one letter apart.
func givenSameSurnameLetter(a, b []string) bool {
	if len(a) < 3 || len(a) != len(b) || !slices.Equal(a[:len(a)-1], b[:len(b)-1]) {
		return false
	}
	return oneLetterApart(a[len(a)-1], b[len(b)-1])
}

// oneLetterApart says whether two words of five or more letters, of one
// length and first letter, differ in exactly one letter.
func oneLetterApart(a, b string) bool {
	if len(a) != len(b) || len(a) < 5 || a[0] != b[0] {
		return false
	}
	diff := 0
	for i := range len(a) {
		if a[i] != b[i] {
			diff++
		}
	}
	return diff == 1
}

// valueString is a literal's text, or an IRI's.
func valueString(v quad.Value) string {
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
	return fmt.Sprint(quad.NativeOf(v))
}

// nameWords splits a person's name into folded words, without a possessive.
func nameWords(name string) []string {
	name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	var out []string
	for _, w := range strings.Fields(name) {
		if s := Slug(w); s != "x" {
			out = append(out, s)
		}
	}
	return out
}

func surname(name string) string {
	w := nameWords(name)
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

// givenCompatible says whether two given names can be one person's:
// the same, one a short form of the other (Steve, Steven), or a spelling
// or transliteration variant (Andriy, Andrii, Andri). Only the spelling
// comparison is remembered: the rules of givenRule decide most pairs, and
// looking them up in a map as big as the corpus's names cost more (a fifth
// of resolving a person at 30,000 articles).
func (r *resolver) givenCompatible(a, b string) bool {
	if ok, sure := givenRule(a, b); sure {
		return ok
	}
	k := [2]string{a, b}
	ok, seen := r.compatible[k]
	if !seen {
		ok = r.jw.Compare(a, b) >= givenSpelling
		r.compatible[k] = ok
	}
	return ok
}

// givenSpelling is the Jaro-Winkler similarity from which two given names
// with the same first letter are spellings of one (Andriy, Andrii).
const givenSpelling = 0.88

// givenRule decides whether given names a and b are compatible when sure
// is true: the same name, one a prefix of the other (a short form or an
// initial), or other first letters. Other pairs are spelling variants or
// not (givenSpelling).
func givenRule(a, b string) (ok, sure bool) {
	switch {
	case a == "" || b == "":
		return a == b, true
	case a == b || strings.HasPrefix(a, b) || strings.HasPrefix(b, a):
		return true, true
	case a[0] != b[0]:
		return false, true
	}
	return false, false
}

// person finds the stored person the article's person is, or makes one, and
// says why it took a stored person: "" when it made a new one or the stored
// person already had this very name. Merging needs evidence: the same surname
// (or a spelling of it) and a compatible given name; or the same surname and
// the same role in the same organisation; or a surname alone that a stored
// person has.
func (r *resolver) person(name string, forms []string, roles []string, art quad.IRI) (*personRec, string) {
	words := nameWords(name)
	if len(words) == 0 {
		words = []string{"x"}
	}
	last := words[len(words)-1]
	var best *personRec
	why := ""
	cands := r.candidates(last)
	if len(words) >= 3 {
		cands = append(cands, r.letterVariants(words, cands)...)
	}
	if len(words) >= 2 {
		given := words[0]
		var bare []*personRec
		for _, p := range cands {
			full := false
			for _, f := range sortedForms(p) {
				fw := r.nameWords(f)
				if len(fw) >= 2 && (r.surnameVariant(fw[len(fw)-1], last) || givenSameSurnameLetter(words, fw)) {
					full = true
					if r.givenCompatible(given, fw[0]) {
						best = p
						if !p.forms[name] {
							why = fmt.Sprintf("%s ~ %s: %s", name, f, r.nameEvidence(name, f))
						}
						break
					}
				}
			}
			if best != nil {
				break
			}
			if !full {
				bare = append(bare, p)
			}
		}
		if best == nil {
			if p, k := r.sharedRole(cands, roles, last); p != nil {
				best = p
				why = fmt.Sprintf("%s ~ %s: same surname and the same role in the same organisation, held by no one else (%s)",
					name, displayName(r, p), k)
			}
		}
		if best == nil && len(bare) == 1 {
			best = bare[0]
			why = fmt.Sprintf("%s ~ %s: %s; the only person known by the surname alone",
				name, displayName(r, best), r.surnameEvidence(name, displayName(r, best)))
		}
	} else if len(cands) > 0 {
		if p, k := r.sharedRole(cands, roles, last); p != nil {
			best = p
			why = fmt.Sprintf("%s ~ %s: surname alone, with the same role in the same organisation, held by no one else (%s)",
				name, displayName(r, p), k)
		} else {
			// A surname alone goes to the person it most often stood for.
			best = cands[0]
			for _, p := range cands[1:] {
				if len(p.articles) > len(best.articles) {
					best = p
				}
			}
			alone := "surname alone"
			if ev := r.surnameEvidence(name, displayName(r, best)); ev != "same surname" {
				alone += " (" + ev + ")"
			}
			if n := len(cands); n == 1 {
				why = fmt.Sprintf("%s ~ %s: %s; the only person with that surname", name, displayName(r, best), alone)
			} else {
				why = fmt.Sprintf("%s ~ %s: %s; of %d people with that surname, the one most articles name", name, displayName(r, best), alone, n)
			}
		}
	}
	if best == nil {
		id := iri("person", Slug(name))
		for i := 2; r.byIRI[id] != nil; i++ {
			id = iri("person", fmt.Sprintf("%s-%d", Slug(name), i))
		}
		best = newPersonRec(id)
	}
	r.use(best, append(forms, name), art)
	for _, k := range roles {
		best.hold(k, r.artID(art))
	}
	r.addPerson(best)
	return best, why
}

// sharedRole is the first candidate with exactly the surname last that holds
// one of roles that no one else in the store holds, with every such role, as
// words: "chief of staff, Ukrainian Armed Forces; general, Ukraine". A role
// that several people hold ("senator" of one country, "general" of one
// army) tells no one apart, so it is no evidence.
func (r *resolver) sharedRole(cands []*personRec, roles []string, last string) (*personRec, string) {
	for _, p := range cands {
		if !containsPerson(r.people[last], p) {
			continue
		}
		var shared []string
		seen := map[string]bool{}
		for _, k := range roles {
			if p.roles[k] && len(r.holders[k]) == 1 && !seen[k] {
				seen[k] = true
				shared = append(shared, r.describeRole(k))
			}
		}
		if len(shared) > 0 {
			return p, strings.Join(shared, "; ")
		}
	}
	return nil, ""
}

// describeRole turns a roleKey back into words: "chief of staff, Ukrainian Armed Forces".
func (r *resolver) describeRole(key string) string {
	title, org, _ := strings.Cut(key, "|")
	name := r.names[quad.IRI(org)]
	if name == "" {
		name = org
	}
	return title + ", " + name
}

// sortedForms are a person's forms in a stable order, so that the evidence
// recorded for a merge is the same on every run. The slice is the person's
// own: do not change it.
func sortedForms(p *personRec) []string {
	if p.sorted != nil && len(p.sorted) == len(p.forms) {
		return p.sorted
	}
	out := make([]string, 0, len(p.forms))
	for f := range p.forms {
		out = append(out, f)
	}
	sort.Strings(out)
	p.sorted = out
	return out
}

// nameWords is nameWords(name), split once per name.
func (r *resolver) nameWords(name string) []string {
	w, ok := r.words[name]
	if !ok {
		w = nameWords(name)
		r.words[name] = w
	}
	return w
}

// nameParts are the first and last words of a name as written, without a
// possessive.
func nameParts(name string) (given, last string) {
	name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	var ws []string
	for _, w := range strings.Fields(name) {
		if Slug(w) != "x" {
			ws = append(ws, w)
		}
	}
	if len(ws) == 0 {
		return "", ""
	}
	return ws[0], ws[len(ws)-1]
}

// surnameEvidence says how the surnames of two names match: "same surname",
// or "surname spelling variant Zelensky ~ Zelenskyy".
func (r *resolver) surnameEvidence(a, b string) string {
	_, la := nameParts(a)
	_, lb := nameParts(b)
	if surname(a) == surname(b) {
		return "same surname"
	}
	return fmt.Sprintf("surname spelling variant %s ~ %s", la, lb)
}

// vowelEnding reports whether one of two names is the other with only vowels
// or a y added (Andri, Andrii, Andriy): a transliteration, not a short form.
func vowelEnding(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if !strings.HasPrefix(a, b) {
		return false
	}
	return strings.Trim(a[len(b):], "aeiouy") == ""
}

// nameEvidence says why two full names can be one person's: how their
// surnames and their given names match.
func (r *resolver) nameEvidence(a, b string) string {
	ga, _ := nameParts(a)
	gb, _ := nameParts(b)
	wa, wb := nameWords(a), nameWords(b)
	fa, fb := wa[0], wb[0]
	given := "same given name"
	switch {
	case fa == fb:
	case (strings.HasPrefix(fa, fb) || strings.HasPrefix(fb, fa)) && !vowelEnding(fa, fb):
		given = fmt.Sprintf("given name %s ~ %s: short form or nickname", ga, gb)
	default:
		given = fmt.Sprintf("given name %s ~ %s: spelling or transliteration variant", ga, gb)
	}
	return r.surnameEvidence(a, b) + "; " + given
}

func containsPerson(ps []*personRec, p *personRec) bool {
	for _, x := range ps {
		if x.iri == p.iri {
			return true
		}
	}
	return false
}

// displayName is a person's canonical name: among the full names, those of
// the given name most articles use (Steve and Steven count as one given name;
// Andriy, Andrii and Andri too), and of those the longest. A person known
// only by a surname is called by it.
func displayName(r *resolver, p *personRec) string {
	// The first form in the order below; forms are distinct and the order
	// total, so a scan finds it without sorting.
	best, bestFull, bestSupport := "", false, 0
	for f := range p.forms {
		full := twoWords(f)
		support := 0
		if w := r.nameWords(f); len(w) >= 2 {
			support, _ = p.support.get(w[0])
		}
		if best != "" {
			switch {
			case full != bestFull:
				if !full {
					continue
				}
			case support != bestSupport:
				if support < bestSupport {
					continue
				}
			case len(f) != len(best):
				if len(f) < len(best) {
					continue
				}
			case f > best:
				continue
			}
		}
		best, bestFull, bestSupport = f, full, support
	}
	return best
}

// twoWords reports whether s has two or more words, as strings.Fields
// splits it.
func twoWords(s string) bool {
	n, in := 0, false
	for _, c := range s {
		if unicode.IsSpace(c) {
			in = false
		} else if !in {
			in = true
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// contain records that place x lies in place c. A place said to lie in
// several keeps the first of them in IRI order, one that does not lie in x:
// the same whatever order the articles, or the store, tell them in.
func (r *resolver) contain(x, c, art quad.IRI) {
	if x == c {
		return
	}
	if r.containers[x] == nil {
		r.containers[x] = told[quad.IRI]{}
	}
	r.containers[x].add(c, r.artID(art))
	r.setParent(x, c)
}

// setParent makes c the parent of x if it comes before x's parent in IRI
// order and does not lie in x.
func (r *resolver) setParent(x, c quad.IRI) {
	if cur, ok := r.parents[x]; ok && cur <= c {
		return
	}
	if r.within(c, x) {
		return
	}
	r.parents[x] = c
}

// within reports whether place a is b or lies inside it.
func (r *resolver) within(a, b quad.IRI) bool {
	for i := 0; a != "" && i < 16; i++ {
		if a == b {
			return true
		}
		a = r.parents[a]
	}
	return false
}

// placesCompatible says whether two places can be where one event was: the
// same, one inside the other, or both inside one place that is not a whole
// country (a venue in Hallandale Beach and "Miami" share Florida).
func (r *resolver) placesCompatible(a, b quad.IRI) bool {
	if r.within(a, b) || r.within(b, a) {
		return true
	}
	anc := map[quad.IRI]bool{}
	for x, i := r.parents[a], 0; x != "" && i < 16; x, i = r.parents[x], i+1 {
		if r.parents[x] != "" {
			anc[x] = true
		}
	}
	for x, i := r.parents[b], 0; x != "" && i < 16; x, i = r.parents[x], i+1 {
		if anc[x] {
			return true
		}
	}
	return false
}

func newEventRec(id quad.IRI, kind string) *eventRec {
	return &eventRec{iri: id, kind: kind, participants: map[quad.IRI]bool{}, places: map[quad.IRI]bool{},
		windows: told[[2]string]{}, partArts: told[quad.IRI]{},
		placeArts: told[quad.IRI]{}, dateArts: told[string]{}}
}

// attend records that article art has p take part in event e, and
// indexes e under p.
func (r *resolver) attend(e *eventRec, p quad.IRI, a artID) {
	if !e.participants[p] {
		r.eventIdx.add(e, p)
	}
	e.attend(p, a)
}

// attend records that article a has p take part in the event.
func (e *eventRec) attend(p quad.IRI, a artID) {
	e.participants[p] = true
	e.partArts.add(p, a)
}

// at records that article a places the event at place.
func (e *eventRec) at(place quad.IRI, a artID) {
	e.places[place] = true
	e.placeArts.add(place, a)
}

// on records that article a dates the event to the dates given ("" for
// none).
func (e *eventRec) on(a artID, dates ...string) {
	for _, d := range dates {
		if d != "" {
			e.dateArts.add(d, a)
		}
	}
	e.widen(dates...)
}

// widen stretches the event's known days to take in the dates given ("" for
// none): the earliest and the latest of all dates seen, whatever their order.
func (e *eventRec) widen(dates ...string) {
	for _, d := range dates {
		if d == "" {
			continue
		}
		if e.from == "" || d < e.from {
			e.from = d
		}
		if e.to == "" || d > e.to {
			e.to = d
		}
	}
}

// event finds the stored event this one is (same kind, two or more shared
// participants making at least half of the smaller side, compatible place and
// days), or returns nil. this holds the new telling's kind, dates and window.
func (r *resolver) event(this *eventRec, parts []quad.IRI, place quad.IRI) *eventRec {
	var best *eventRec
	bestShared := 0
	for _, e := range r.eventIdx.candidates(this.kind, parts) {
		if e.kind != this.kind || e.articles.meets(this.articles) {
			continue
		}
		shared := 0
		for _, p := range parts {
			if e.participants[p] {
				shared++
			}
		}
		small := min(len(parts), len(e.participants))
		if shared < 2 || 2*shared < small {
			continue
		}
		// With no days known on one side (no date, no dated article), only
		// the same people, not a mere overlap, tell one event.
		if (this.timeless() || e.timeless()) && shared < small {
			continue
		}
		if place != "" && len(e.places) > 0 {
			ok := false
			for p := range e.places {
				if r.placesCompatible(place, p) {
					ok = true
					break
				}
			}
			if !ok {
				continue
			}
		}
		if !daysOverlap(this, e) {
			continue
		}
		// Ties go to the first in IRI order, not the first stored.
		if shared > bestShared || shared == bestShared && best != nil && e.iri < best.iri {
			best, bestShared = e, shared
		}
	}
	return best
}

// daysOverlap lets two events be one if their spans (dates, or the windows
// of undated events) overlap or touch, a day apart.
func daysOverlap(a, b *eventRec) bool {
	alo, ahi := a.span()
	blo, bhi := b.span()
	return (alo == "" || bhi == "" || alo <= addDays(bhi, 1)) && (blo == "" || ahi == "" || blo <= addDays(ahi, 1))
}
