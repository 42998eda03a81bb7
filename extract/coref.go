package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/fact"
)

// coref is the coreference stage's result over the mentions: the entities
// of the article and what is known of them. It is the one owner of the
// entity list: entities are made only by newEntity, which keeps the name
// index that stops one thing becoming two entities.
type coref struct {
	*mentionSet
	entities []fact.Entity
	// entityIDs finds entities by kind and name.
	entityIDs map[string]int
	// entCountry caches the country of each entity from its mentions (see
	// countryOfEntity), valid for the first entCountryN mentions.
	entCountry  map[int]string
	entCountryN int
}

// refPass is coreference's second pass: it runs once the roles stage has
// read the roles, since who "the Russian president", "he" or "both
// delegations" is depends on who holds which title. Its input is the
// coreference result and the roles; its output, the entities of those
// mentions, the nations of their people, and the roles it adds (a title
// used alone for the holder of it in another body).
type refPass struct {
	*coref
	roles []fact.Role
	// nation is the roles stage's: the country each person acts for.
	nation map[int]int
}

// resolveRefs runs the second coreference pass over c with the roles and
// nations the roles stage found, and returns the roles with those the
// pass adds.
func resolveRefs(c *coref, roles []fact.Role, nation map[int]int) []fact.Role {
	p := &refPass{coref: c, roles: roles, nation: nation}
	p.resolveRefs()
	return p.roles
}

// lateEntity gives a stage after coreference an entity for a name it
// reads from a clause rather than from a mention: a venue only a meeting
// clause names ("met in a parked bus"), a body a role or a speaker
// attribution names ("chief executive of Naftoflot", "a ministry
// spokesperson said"). Coreference cannot know these names, since only the
// rule that reads the clause sees them; asking here keeps the entity list
// and its name index in one owner, so the name is still one entity.
// placeEntity and countryEntity, which later stages call too, go through
// the same index; noteForm, noteMention and placeIn are the only other ways
// a later stage adds to what coreference knows of an entity.
func (cr *coref) lateEntity(k fact.Kind, name string) int {
	return cr.newEntity(k, name)
}

// noteMention records a span of the text that names entity id, for the
// later stages that read a name from a clause (see lateEntity).
func (cr *coref) noteMention(id int, sp fact.Span) {
	cr.entities[id].Mentions = append(cr.entities[id].Mentions, sp)
}

// placeIn records that place id lies in place within: the events stage
// learns it from a meeting told at a venue in a town ("talks at the
// Sheraton" after "talks in Lima"), which no mention says by itself.
func (cr *coref) placeIn(id, within int) {
	cr.entities[id].Within = within
}

// resolve runs the coreference stage's first pass over the mentions m and
// the name candidates the mention stage left.
func resolve(m *mentionSet, cands []candidate) *coref {
	c := &coref{mentionSet: m}
	c.resolve(cands)
	return c
}

// resolve runs the first coreference pass: it decides which name
// candidates are people and which of them are one person, reads the
// groups and titles used alone, and gives the lexicon, body and place
// mentions their entities. Pronouns, titles and groups whose people
// depend on the roles wait for resolveRefs, the second pass.
func (cr *coref) resolve(cands []candidate) {
	cr.decidePeople(cands)
	cr.findGroupsAndTitleRefs()
	sort.SliceStable(cr.mentions, func(i, j int) bool { return cr.mentions[i].span.Start < cr.mentions[j].span.Start })
	cr.sentIdx = nil // the order changed
	cr.resolveNamed()
}

// decidePeople turns name candidates into person mentions: a candidate
// with evidence, or one that repeats the surname of a person already
// found. Full names sharing a surname but not a given name stay apart.
func (cr *coref) decidePeople(cands []candidate) {
	var people []*personCluster
	find := func(full string) *personCluster {
		ws := strings.Fields(full)
		last := surnameKey(ws[len(ws)-1])
		var best *personCluster
		for _, p := range people {
			if !surnameCompatible(p.last, last) {
				continue
			}
			// "Albuquerque Lins", "Abu Sitta" after "Renato Albuquerque
			// Lins", "Khalil Abu Sitta": a surname of two words.
			if len(ws) > 1 && p.suffixForm(ws) {
				return p
			}
			if len(ws) == 1 || len(p.first) == 0 {
				return p
			}
			for _, f := range p.first {
				if givenCompatible(f, ws[0]) {
					best = p
				}
			}
		}
		if best == nil && len(ws) == 1 {
			best = firstNameOnly(people, last)
		}
		if best == nil {
			// "Witkof" for "Witkoff": a typo, when the given names agree.
			if p := surnameTypo(people, last); p != nil && (len(ws) == 1 || len(p.first) == 0 || givenOfCluster(p, ws[0])) {
				best = p
			}
		}
		return best
	}
	add := func(full string) {
		ws := strings.Fields(full)
		p := find(full)
		if p == nil && len(ws) == 1 && givenOfSeveral(people, full) {
			return // "Maria" with two Marias named: one of them, not a third
		}
		if p == nil {
			p = &personCluster{last: surnameKey(ws[len(ws)-1]), id: -1}
			people = append(people, p)
		}
		if !containsStr(p.forms, full) {
			p.forms = append(p.forms, full)
		}
		if len(ws) > 1 && !containsStr(p.first, ws[0]) {
			p.first = append(p.first, ws[0])
		}
	}
	// Full names with evidence first, then single words with evidence.
	// Bodies by use, unless the text names a person so as well
	// ("Steven Witkoff ... the envoy at Witkoff's resort").
	surnames := map[string]bool{}
	for _, c := range cands {
		if ws := strings.Fields(c.text); c.evidence && len(ws) > 1 {
			surnames[ws[len(ws)-1]] = true
		}
	}
	bodies := map[string]bool{}
	for _, c := range cands {
		if c.body && !surnames[c.text] {
			bodies[c.text] = true
		}
	}
	// A name by its shape alone is no person's when the text puts the same
	// words where a place stands ("in Puerto Alvear") and never uses them
	// as a person's.
	placeSeen, personUse := map[string]bool{}, map[string]bool{}
	for _, c := range cands {
		toks := cr.toks[c.sent]
		if c.place || c.t0 > 0 && toks[c.t0-1].in(lcPlaceprep) && (c.t1 == len(toks) || !isPoss(toks[c.t1])) {
			placeSeen[c.text] = true
		}
		// Where the words stand as a place ("at the Istana, the official
		// residence"), what follows them is no person's apposition.
		if c.evidence && !c.place && (cr.usedAsPerson(c.sent, c.t0, c.t1) || cr.titleThenComma(c.sent, c.t0)) {
			personUse[c.text] = true
		}
	}
	for _, multi := range []bool{true, false} {
		for _, c := range cands {
			if placeSeen[c.text] && !personUse[c.text] {
				continue
			}
			if c.evidence && !bodies[c.text] && (strings.Contains(c.text, " ") == multi) {
				add(c.text)
			}
		}
	}
	// Now mentions, in text order: the nearest earlier full name wins
	// when two people share a surname.
	lastSeen := map[*personCluster]int{}
	loneSeen := map[*personCluster]bool{}
	for _, c := range cands {
		if placeSeen[c.text] && !personUse[c.text] && !bodies[c.text] {
			continue // events read it as a place where it stands as one
		}
		if bodies[c.text] {
			// A body by its use ("analysts at Barclays"), everywhere.
			cr.addMention(mention{sentence: c.sent, t0: c.t0, t1: c.t1, kind: fact.Org, how: bySpan})
			continue
		}
		ws := strings.Fields(c.text)
		var p *personCluster
		// "Von der Leyen" at the start of a sentence is a surname.
		particled := len(ws) > 1 && cr.lx.is(lcParticle, strings.ToLower(ws[0]))
		if len(ws) > 1 && !particled {
			p = find(c.text)
			if p != nil && !containsStr(p.forms, c.text) && !c.evidence {
				p = nil // a different person with the same surname
			}
			if p != nil && !c.evidence && find(c.text) != p {
				p = nil
			}
		} else {
			var best *personCluster
			bestAt := -1
			if len(ws) == 1 {
				best = firstNameOnly(people, ws[0])
				if best == nil {
					best = surnameTypo(people, ws[0])
				}
			}
			// Of two people with one surname, the surname alone stays with
			// the one the text already called by it ("Al-Obeidi" after
			// "Salwa al-Obeidi ..., not related to the minister" is still
			// the minister); else the one named last.
			for _, q := range people {
				if surnameCompatible(q.last, ws[len(ws)-1]) && (len(ws) == 1 || particled) {
					at, ok := lastSeen[q]
					if !ok {
						at = -1
					}
					if best == nil || loneSeen[q] && !loneSeen[best] || loneSeen[q] == loneSeen[best] && at > bestAt {
						best, bestAt = q, at
					}
				}
			}
			p = best
			if p != nil && len(ws) == 1 {
				loneSeen[p] = true
			}
		}
		if p == nil {
			// A single word that is the end of a known name ("Trump" in
			// "the Trump administration") is handled above; anything else
			// stays unknown.
			continue
		}
		if p.id < 0 {
			p.id = cr.newEntity(fact.Person, longestForm(p.forms))
		}
		lastSeen[p] = c.sent*100000 + c.t0
		m := mention{sentence: c.sent, t0: c.t0, t1: c.t1, kind: fact.Person, how: byName}
		cr.addMention(m)
		cr.mentions[len(cr.mentions)-1].entity = p.id
		cr.noteForm(p.id, c.text)
	}
	for _, p := range people {
		if p.id >= 0 {
			for _, f := range p.forms {
				cr.noteForm(p.id, f)
			}
		}
	}
}
