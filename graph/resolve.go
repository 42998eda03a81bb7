package graph

import (
	"context"
	"fmt"
	"github.com/newsgraph/newsgraph/extract"
	"sort"
	"strings"

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
	events   []*eventRec
	parents  map[quad.IRI]quad.IRI // place -> containing place
	names    map[quad.IRI]string   // display name now in the store
	jw       *metrics.JaroWinkler
	articles map[quad.IRI]string // article -> content hash
}

type personRec struct {
	iri      quad.IRI
	forms    map[string]bool
	articles map[quad.IRI]bool
	roles    map[string]bool // roleKey of each role held with an organisation
}

func newPersonRec(id quad.IRI) *personRec {
	return &personRec{iri: id, forms: map[string]bool{}, articles: map[quad.IRI]bool{}, roles: map[string]bool{}}
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
}

// bound narrows an undated event's window by one article's telling: a held
// event happened within a month before the article, a planned one is to
// happen within three months after it.
func (e *eventRec) bound(status, published string) {
	if published == "" {
		return
	}
	lo, hi := addDays(published, -31), published
	if status == extract.Planned {
		lo, hi = published, addDays(published, 92)
	}
	switch {
	case e.earliest == "" && e.latest == "":
		e.earliest, e.latest = lo, hi
	case lo > e.latest || hi < e.earliest:
		// Tellings that disagree: keep what either allows.
		e.earliest, e.latest = min(e.earliest, lo), max(e.latest, hi)
	default:
		e.earliest, e.latest = max(e.earliest, lo), min(e.latest, hi)
	}
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
		people:   map[string][]*personRec{},
		prefixes: map[string][]string{},
		byIRI:    map[quad.IRI]*personRec{},
		parents:  map[quad.IRI]quad.IRI{},
		names:    map[quad.IRI]string{},
		jw:       jw,
		articles: map[quad.IRI]string{},
	}
}

// load reads what resolution needs from the store: people and their names,
// events with participants, places and dates, and the place hierarchy.
func (r *resolver) load(ctx context.Context, s *Store) error {
	typed := func(class quad.IRI, fn func(quad.IRI, []quad.Quad) error) error {
		qs, err := s.Quads(ctx, quad.Object, class, Type)
		if err != nil {
			return err
		}
		seen := map[quad.IRI]bool{}
		for _, q := range qs {
			id, ok := q.Subject.(quad.IRI)
			if !ok || seen[id] {
				continue
			}
			seen[id] = true
			props, err := s.Quads(ctx, quad.Subject, id, nil)
			if err != nil {
				return err
			}
			if err := fn(id, props); err != nil {
				return err
			}
		}
		return nil
	}
	err := typed(PersonClass, func(id quad.IRI, props []quad.Quad) error {
		p := newPersonRec(id)
		for _, q := range props {
			switch q.Predicate {
			case MemberOf:
				rp, err := s.Quads(ctx, quad.Subject, q.Object, nil)
				if err != nil {
					return err
				}
				title, org := "", quad.IRI("")
				for _, x := range rp {
					switch x.Predicate {
					case RoleName:
						title = valueString(x.Object)
					case MemberOf:
						org, _ = x.Object.(quad.IRI)
					}
				}
				if title != "" && org != "" {
					p.roles[roleKey(title, org)] = true
				}
			case AlternateName:
				p.forms[valueString(q.Object)] = true
				if l, ok := q.Label.(quad.IRI); ok {
					p.articles[l] = true
				}
			case Name:
				r.names[id] = valueString(q.Object)
			}
		}
		r.addPerson(p)
		return nil
	})
	if err != nil {
		return fmt.Errorf("load people: %w", err)
	}
	published := map[quad.IRI]string{} // article -> its date
	err = typed(ArticleClass, func(id quad.IRI, props []quad.Quad) error {
		for _, q := range props {
			if q.Predicate == DatePublished {
				published[id] = valueString(q.Object)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("load articles: %w", err)
	}
	err = typed(EventClass, func(id quad.IRI, props []quad.Quad) error {
		e := &eventRec{iri: id, participants: map[quad.IRI]bool{}, places: map[quad.IRI]bool{}}
		for _, q := range props {
			switch q.Predicate {
			case Status:
				if art, ok := q.Label.(quad.IRI); ok {
					e.bound(valueString(q.Object), published[art])
				}
			case Kind:
				e.kind = valueString(q.Object)
			case Attendee:
				if v, ok := q.Object.(quad.IRI); ok {
					e.participants[v] = true
				}
			case Location:
				if v, ok := q.Object.(quad.IRI); ok {
					e.places[v] = true
				}
			case StartDate:
				e.widen(valueString(q.Object), "")
			case EndDate:
				e.widen("", valueString(q.Object))
			}
		}
		r.events = append(r.events, e)
		return nil
	})
	if err != nil {
		return fmt.Errorf("load events: %w", err)
	}
	err = typed(PlaceClass, func(id quad.IRI, props []quad.Quad) error {
		for _, q := range props {
			switch q.Predicate {
			case ContainedIn:
				if v, ok := q.Object.(quad.IRI); ok {
					r.parents[id] = v
				}
			case Name:
				r.names[id] = valueString(q.Object)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("load places: %w", err)
	}
	return typed(ArticleClass, func(id quad.IRI, props []quad.Quad) error {
		for _, q := range props {
			if q.Predicate == Hash {
				r.articles[id] = valueString(q.Object)
			}
		}
		return nil
	})
}

func (r *resolver) addPerson(p *personRec) {
	r.byIRI[p.iri] = p
	seen := map[string]bool{}
	for f := range p.forms {
		k := surname(f)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		if len(r.people[k]) == 0 {
			pre := prefix(k)
			r.prefixes[pre] = append(r.prefixes[pre], k)
		}
		r.people[k] = append(r.people[k], p)
	}
}

func prefix(surname string) string {
	if len(surname) > 3 {
		return surname[:3]
	}
	return surname
}

// surnameVariant says whether two folded surnames are spellings of one name
// (Zelensky, Zelenskyy): the same start, nearly the same length and letters.
func (r *resolver) surnameVariant(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 5 || len(b) < 5 || prefix(a) != prefix(b) || abs(len(a)-len(b)) > 2 {
		return false
	}
	return r.jw.Compare(a, b) >= 0.93
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// candidates are the people whose surname is last or a spelling of it, the
// exact ones first.
func (r *resolver) candidates(last string) []*personRec {
	out := append([]*personRec(nil), r.people[last]...)
	for _, k := range r.prefixes[prefix(last)] {
		if k != last && r.surnameVariant(last, k) {
			out = append(out, r.people[k]...)
		}
	}
	return out
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
// or transliteration variant (Andriy, Andrii, Andri).
func (r *resolver) givenCompatible(a, b string) bool {
	if a == b || strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return len(a) >= 2 && len(b) >= 2 || a[0] == b[0]
	}
	return a[0] == b[0] && r.jw.Compare(a, b) >= 0.88
}

// person finds the stored person the article's person is, or makes one.
// Merging needs evidence: the same surname (or a spelling of it) and a
// compatible given name; or the same surname and the same role in the same
// organisation; or a surname alone that a stored person has.
func (r *resolver) person(name string, forms []string, roles []string, art quad.IRI) *personRec {
	words := nameWords(name)
	if len(words) == 0 {
		words = []string{"x"}
	}
	last := words[len(words)-1]
	var best *personRec
	cands := r.candidates(last)
	if len(words) >= 2 {
		given := words[0]
		var bare []*personRec
		for _, p := range cands {
			full := false
			for f := range p.forms {
				fw := nameWords(f)
				if len(fw) >= 2 && r.surnameVariant(fw[len(fw)-1], last) {
					full = true
					if r.givenCompatible(given, fw[0]) {
						best = p
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
		for _, p := range cands {
			if best != nil {
				break
			}
			for _, k := range roles {
				if p.roles[k] && len(r.people[last]) > 0 && containsPerson(r.people[last], p) {
					best = p
					break
				}
			}
		}
		if best == nil && len(bare) == 1 {
			best = bare[0]
		}
	} else if len(cands) > 0 {
		// A surname alone goes to the person it most often stood for.
		best = cands[0]
		for _, p := range cands[1:] {
			if len(p.articles) > len(best.articles) {
				best = p
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
	for _, f := range append(forms, name) {
		best.forms[f] = true
	}
	for _, k := range roles {
		best.roles[k] = true
	}
	best.articles[art] = true
	r.addPerson(best)
	for _, f := range append(forms, name) {
		r.dedupe(surname(f))
	}
	return best
}

func containsPerson(ps []*personRec, p *personRec) bool {
	for _, x := range ps {
		if x.iri == p.iri {
			return true
		}
	}
	return false
}

// dedupe keeps one entry per person under a surname.
func (r *resolver) dedupe(last string) {
	seen := map[quad.IRI]bool{}
	out := r.people[last][:0]
	for _, p := range r.people[last] {
		if !seen[p.iri] {
			seen[p.iri] = true
			out = append(out, r.byIRI[p.iri])
		}
	}
	r.people[last] = out
}

// displayName is the longest full name among a person's forms.
func displayName(forms map[string]bool) string {
	names := make([]string, 0, len(forms))
	for f := range forms {
		names = append(names, f)
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := names[i], names[j]
		wa, wb := len(strings.Fields(a)), len(strings.Fields(b))
		if (wa >= 2) != (wb >= 2) {
			return wa >= 2
		}
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return a < b
	})
	if len(names) == 0 {
		return ""
	}
	return names[0]
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

func (e *eventRec) widen(from, to string) {
	if from != "" && (e.from == "" || from < e.from) {
		e.from = from
	}
	if to != "" && (e.to == "" || to > e.to) {
		e.to = to
	}
	if e.to == "" {
		e.to = e.from
	}
	if e.from == "" {
		e.from = e.to
	}
}

// event finds the stored event this one is (same kind, two or more shared
// participants making at least half of the smaller side, compatible place and
// days), or returns nil. this holds the new telling's kind, dates and window.
func (r *resolver) event(this *eventRec, parts []quad.IRI, place quad.IRI) *eventRec {
	var best *eventRec
	bestShared := 0
	for _, e := range r.events {
		if e.kind != this.kind {
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
		if shared > bestShared {
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
