package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/fact"
)

// newEntity returns the ID of the entity of that kind and name, making it
// when it is new.
func (cr *coref) newEntity(k fact.Kind, name string) int {
	if cr.entityIDs == nil {
		cr.entityIDs = map[string]int{}
	}
	key := string(k) + "\x00" + name
	if id, ok := cr.entityIDs[key]; ok {
		return id
	}
	id := len(cr.entities)
	cr.entityIDs[key] = id
	cr.entities = append(cr.entities, fact.Entity{ID: id, Kind: k, Name: name, Forms: []string{name}, Within: -1})
	return id
}

// noteForm records a surface form of an entity.
func (cr *coref) noteForm(id int, form string) {
	if id < 0 || id >= len(cr.entities) || form == "" {
		return
	}
	e := &cr.entities[id]
	if !containsStr(e.Forms, form) {
		e.Forms = append(e.Forms, form)
	}
}

// countryEntity returns the entity of a country by its canonical name.
func (cr *coref) countryEntity(name string) int {
	if name == "" {
		return -1
	}
	return cr.newEntity(fact.Org, name)
}

// placeEntity returns the entity of a lexicon place, with the places that
// contain it linked through Within.
func (cr *coref) placeEntity(name string) int {
	if _, ok := cr.lx.countries[name]; ok {
		return cr.countryEntity(name)
	}
	id := cr.newEntity(fact.Place, name)
	if cr.entities[id].Within < 0 {
		if p, ok := cr.lx.places[name]; ok && p.within != "" && p.within != name {
			w := cr.placeEntity(p.within)
			cr.entities[id].Within = w
		}
	}
	return id
}

// resolveNamed gives entities to lexicon, body and place mentions. Person
// mentions got theirs when people were decided.
func (cr *coref) resolveNamed() {
	for i := range cr.mentions {
		m := &cr.mentions[i]
		if m.entity >= 0 {
			continue
		}
		switch m.how {
		case byLexicon:
			e := m.lex
			switch {
			case m.kind == fact.Place && (e.kind == lxCapital):
				city := m.text
				if _, ok := cr.lx.places[city]; !ok {
					city = e.name
				}
				m.entity = cr.newEntity(fact.Place, city)
				if cr.entities[m.entity].Within < 0 {
					cr.entities[m.entity].Within = cr.countryEntity(e.country)
				}
			case m.kind == fact.Place:
				m.entity = cr.placeEntity(e.name)
			default:
				m.entity = cr.newEntity(fact.Org, e.name)
			}
		case byGeneric:
			c := cr.countryBeforeMention(i)
			if c == "" {
				c = cr.countryAfterMention(i)
			}
			if c == "" && m.t0 > 0 && !cr.toks[m.sentence][m.t0].upper {
				continue
			}
			if c == "" {
				c = cr.sentenceCountry(m.sentence, m.t0)
			}
			m.country = c
			name := cr.genericName(m.lex.pattern, c, m.text)
			if name == "" {
				continue
			}
			m.entity = cr.newEntity(fact.Org, name)
		case bySpan:
			name := strings.TrimPrefix(strings.TrimPrefix(m.text, "the "), "The ")
			if m.full != "" {
				name = m.full
			}
			m.entity = cr.newEntity(m.kind, name)
		}
		// "armed forces", "side": a generic noun is no name of the body
		// (its Name, built with the country, is).
		if m.how != byGeneric {
			cr.noteForm(m.entity, m.text)
		}
		if m.entity >= 0 {
			cr.entities[m.entity].Mentions = append(cr.entities[m.entity].Mentions, m.span)
		}
	}
	// Places inside places: "Shell Bay Club in Hallandale Beach, Florida".
	for i := range cr.mentions {
		m := &cr.mentions[i]
		if m.entity < 0 || cr.entities[m.entity].Kind != fact.Place || cr.entities[m.entity].Within >= 0 {
			continue
		}
		toks := cr.toks[m.sentence]
		if m.t1+1 < len(toks) && (toks[m.t1].text == "," || toks[m.t1].lower == "in") {
			if n := cr.mentionAt(m.sentence, m.t1+1); n >= 0 && cr.mentions[n].entity >= 0 && cr.mentions[n].entity != m.entity {
				k := cr.entities[cr.mentions[n].entity].Kind
				if k == fact.Place || cr.mentions[n].lex != nil && cr.mentions[n].lex.kind == lxCountry {
					cr.entities[m.entity].Within = cr.mentions[n].entity
				}
			}
		}
	}
}

// countryBeforeMention is the country a modifier right before mention i
// names: "Russian" or "Ukraine's" or "Kyiv's".
func (cr *coref) countryBeforeMention(i int) string {
	m := cr.mentions[i]
	toks := cr.toks[m.sentence]
	t := m.t0
	if t > 0 && toks[t-1].lower == "the" {
		t--
	}
	k := t
	if k > 0 && isPoss(toks[k-1]) {
		k--
	}
	if j := cr.mentionEndingAt(m.sentence, k); j >= 0 && cr.mentions[j].lex != nil {
		return cr.mentions[j].lex.country
	}
	return ""
}

// countryAfterMention is the country an "of" right after mention i names:
// "the Armed Forces of Ukraine", "the army of Russia".
func (cr *coref) countryAfterMention(i int) string {
	m := cr.mentions[i]
	toks := cr.toks[m.sentence]
	if m.t1+1 >= len(toks) || toks[m.t1].lower != "of" {
		return ""
	}
	if j := cr.mentionAt(m.sentence, m.t1+1); j >= 0 && cr.mentions[j].lex != nil && cr.mentions[j].lex.kind != lxBody {
		return cr.mentions[j].lex.country
	}
	return ""
}

// sentenceCountry is the nearest country named before token t in sentence
// si, "" when none: "Ukrainian representatives, including ... Armed
// Forces chief" gives Ukraine.
func (cr *coref) sentenceCountry(si, t int) string {
	// Only the clause of token t: "Kessler brought the White House
	// adviser, while Tkachuk was joined by the chief of the General Staff".
	from := 0
	for k := t - 1; k > 0; k-- {
		if w := cr.toks[si][k].lower; w == "while" || w == "whereas" || w == ";" {
			from = k
			break
		}
	}
	best := ""
	for _, _mi := range cr.inSentence(si) {
		m := cr.mentions[_mi]
		if m.sentence == si && m.t0 >= from && m.t1 <= t && m.lex != nil && m.lex.country != "" && m.how == byLexicon {
			best = m.lex.country
		}
	}
	return best
}

// genericName builds the name of a generic body from its pattern.
func (cr *coref) genericName(pattern, country, asWritten string) string {
	if country == "" {
		if strings.Contains(pattern, "{") {
			// Capitalised and alone: "Armed Forces".
			return strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(pattern, "{dem}", ""), "{country}'s", ""), "{country}", ""))
		}
		return pattern
	}
	dem := country
	if c := cr.lx.countries[country]; c != nil && c.demonym != "" {
		dem = c.demonym
	}
	return strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(pattern, "{dem}", dem), "{country}", country), "{as}", asWritten)
}

// findGroupsAndTitleRefs adds group mentions ("Ukrainian negotiators",
// "both men") and titles used alone ("the Russian president"). Their
// people are filled in after roles are known (resolveRefs).
func (cr *coref) findGroupsAndTitleRefs() {
	lx := cr.lx
	for si := range cr.sentences {
		toks := cr.toks[si]
		for k, t := range toks {
			isGroup := lx.is(lcGroup, t.lower)
			if t.lower == "men" || t.lower == "women" || t.lower == "leaders" {
				if k > 0 && (toks[k-1].lower == "both" || toks[k-1].lower == "two") {
					isGroup = true
				}
			}
			if !isGroup {
				continue
			}
			// A plural title followed by names is a list of roles, not a group.
			if k+1 < len(toks) && cr.personAt(si, k+1) {
				continue
			}
			if k+2 < len(toks) && (toks[k+1].text == "]" || toks[k+1].text == ",") && cr.personAt(si, k+2) {
				continue
			}
			t0 := k
			var countries []string
			region := ""
			for j := k - 1; j >= 0; j-- {
				w := toks[j].lower
				if r := lx.regions[w]; r != "" && region == "" {
					region, t0 = r, j // "European leaders"
					continue
				}
				if w == "other" || w == "and" || w == "the" || w == "both" || w == "two" || w == "senior" || w == "top" || w == "his" || w == "her" || w == "their" || w == "its" || w == "negotiating" || w == "'s" || w == "’s" || w == "u.s." {
					t0 = j
					if w == "u.s." {
						countries = append(countries, "United States")
					}
					continue
				}
				if mi := cr.mentionEndingAt(si, j+1); mi >= 0 && cr.mentions[mi].lex != nil && cr.mentions[mi].lex.country != "" {
					countries = append(countries, cr.mentions[mi].lex.country)
					j = cr.mentions[mi].t0
					t0 = j
					continue
				}
				break
			}
			m := mention{sentence: si, t0: t0, t1: k + 1, kind: fact.Person, how: byGroup}
			if len(countries) == 1 {
				m.country = countries[0]
			}
			m.countries = countries
			if len(countries) == 0 {
				m.region = region
			}
			cr.addMention(m)
		}
		// Titles used alone: "the Russian president", "the envoy".
		for h := range cr.titles[si] {
			th := &cr.titles[si][h]
			if th.entry.class == "honorific" || th.plural {
				continue
			}
			if th.t1 < len(toks) && (cr.personAt(si, th.t1) || toks[th.t1].upper && toks[th.t1].word) {
				continue
			}
			if th.t1+1 < len(toks) && toks[th.t1].text == "," && cr.personAt(si, th.t1+1) {
				continue
			}
			t0 := th.t0
			country := ""
			for t0 > 0 {
				if mi := cr.mentionEndingAt(si, t0); mi >= 0 && cr.mentions[mi].lex != nil && cr.mentions[mi].lex.country != "" {
					country = cr.mentions[mi].lex.country
					t0 = cr.mentions[mi].t0
					continue
				}
				// "the NATO chief": a body of no one country; "the Nordax
				// chief", a body the text named.
				if mi := cr.mentionEndingAt(si, t0); mi >= 0 && (cr.mentions[mi].lex != nil && cr.mentions[mi].lex.kind == lxBody ||
					cr.mentions[mi].kind == fact.Org && cr.mentions[mi].how == bySpan) {
					t0 = cr.mentions[mi].t0
					continue
				}
				// "the country's weather agency's chief": bodies by common
				// nouns, each the next one's possessor.
				if w := possessedNouns(lx, toks, t0); w > 0 {
					t0 -= w
					continue
				}
				if toks[t0-1].in(lcTitlemod) {
					t0--
					continue
				}
				// "the socialist president": a creed right after "the".
				if t0 >= 2 && toks[t0-2].lower == "the" && creedWord(toks[t0-1]) {
					t0--
				}
				break
			}
			// "Chairman, NORA thanked the guests": a release's title
			// and body opening the sentence, then its verb.
			if th.t0 == 0 && toks[0].upper && th.t1+2 < len(toks) && toks[th.t1].text == "," {
				e := th.t1 + 1
				for e < len(toks) && e < th.t1+5 && toks[e].upper && toks[e].word {
					e++
				}
				if e > th.t1+1 && e < len(toks) && toks[e].word && !toks[e].upper {
					cr.addMention(mention{sentence: si, t0: 0, t1: e, kind: fact.Person, how: byTitle, title: th})
				}
				continue
			}
			if t0 == 0 || toks[t0-1].lower != "the" {
				continue
			}
			// "of" after it makes it an apposition head or a description
			// of another body ("the head of the agency"): leave those.
			if th.t1 < len(toks) && toks[th.t1].lower == "of" {
				continue
			}
			m := mention{sentence: si, t0: t0 - 1, t1: th.t1, kind: fact.Person, how: byTitle, country: country, title: th}
			cr.addMention(m)
		}
	}
}

// possessedNouns counts the words of a possessor written in common
// nouns that ends right before token t0: one or two lower-case words, the
// last a body noun or "country", and the possessive ("agency's",
// "weather agency's"). 0 when there is none.
func possessedNouns(lx *lexicon, toks []token, t0 int) int {
	if t0 < 3 || !isPoss(toks[t0-1]) {
		return 0
	}
	last := toks[t0-2]
	if !last.word || last.upper || !lx.is(lcBodynoun, last.lower) && last.lower != "country" {
		return 0
	}
	if w := toks[t0-3]; t0 >= 4 && w.word && !w.upper && w.lower != "the" && !isPoss(w) && !lx.is(lcPossessive, w.lower) {
		return 3
	}
	return 2
}

// creedWord says whether t is a lower-case word of a political creed
// ("socialist", "populist", "nationalist"): it describes a leader, it
// does not name another office.
func creedWord(t token) bool {
	return t.word && !t.upper && len(t.lower) > 6 && (strings.HasSuffix(t.lower, "arian") || strings.HasSuffix(t.lower, "ist"))
}

// personAt says whether a person mention by name starts at token t.
func (cr *coref) personAt(si, t int) bool {
	for _, _mi := range cr.startingAt(si, t) {
		m := cr.mentions[_mi]
		if m.sentence == si && m.t0 == t && m.kind == fact.Person && m.how == byName {
			return true
		}
	}
	return false
}

// resolveRefs resolves pronouns, titles used alone and groups, in text
// order, with the people and roles known.
func (rp *refPass) resolveRefs() {
	lastPerson := -1
	// The last person named as a clause's subject, and where: "X met
	// Minister Y. ... the minister said" is X, whom the paragraph is about.
	lastSubject, lastSubjectSent := -1, -10
	// The subjects before the last, nearest first: "the Labour MP said"
	// after "Green MP X" goes back past X to whom the story is about.
	var subjects []int
	var subjectSents []int
	genders := rp.personGenders()
	noted := -1 // the last sentence whose pronouns were read for gender
	for i := range rp.mentions {
		m := &rp.mentions[i]
		for ; noted < m.sentence; noted++ {
			if noted >= 0 {
				rp.notePronounEvidence(noted, genders)
			}
		}
		switch m.how {
		case byName:
			if m.kind == fact.Person && m.entity >= 0 && !m.quoted {
				lastPerson = m.entity
				if rp.isSubject(i) {
					lastSubject, lastSubjectSent = m.entity, m.sentence
					subjects = append(subjects, m.entity)
					subjectSents = append(subjectSents, m.sentence)
				}
			}
		case byPronoun:
			if !m.quoted {
				m.entity = rp.pronounReferent(i, genders)
				// "Al-Obeidi said he": a bare surname two people share
				// goes to the one the pronoun fits.
				if q := rp.namesakeFor(i, genders); q >= 0 {
					m.entity = q
					lastPerson = q
				}
				if m.entity >= 0 {
					genders.pronouns[m.entity] = genders.pronouns[m.entity].and(pronounGender(strings.ToLower(m.text)))
				}
			}
		case byTitle:
			m.entity = -1
			body := rp.titleRefBody(*m)
			if lastSubjectSent >= m.sentence-2 {
				m.entity = rp.personWithTitle(m.title.entry, m.country, body, lastSubject)
			}
			if m.entity < 0 {
				m.entity = rp.personWithTitle(m.title.entry, m.country, body, lastPerson)
			}
			if m.entity < 0 && body >= 0 {
				m.entity = rp.otherBodysHolder(i, body, subjects, subjectSents)
			}
			if m.entity < 0 {
				m.entity = rp.headOfBody(i)
			}
			if m.entity >= 0 && !m.quoted {
				lastPerson = m.entity
			}
		case byGroup:
			m.members = rp.groupMembers(i, lastPerson)
		}
		if m.entity >= 0 && m.how == byName {
			rp.noteForm(m.entity, m.text)
		}
	}
	for i := range rp.mentions {
		m := &rp.mentions[i]
		if m.kind == fact.Person && m.entity >= 0 && m.how != byName {
			rp.entities[m.entity].Mentions = append(rp.entities[m.entity].Mentions, m.span)
		} else if m.kind == fact.Person && m.how == byName && m.entity >= 0 {
			rp.entities[m.entity].Mentions = append(rp.entities[m.entity].Mentions, m.span)
		}
	}
	rp.headsFromTitleRefs()
	// Forms should hold names, not "the president": keep only title-free
	// forms from byTitle mentions out of Forms.
	for i := range rp.entities {
		e := &rp.entities[i]
		if e.Kind != fact.Person {
			continue
		}
		forms := e.Forms[:0]
		for _, f := range e.Forms {
			if f != "" && (f[0] < 'a' || f[0] > 'z') {
				forms = append(forms, f)
			}
		}
		e.Forms = forms
	}
}

// personWithTitle finds the person holding a title (in a country, when
// given), preferring the one named last. When nobody holds it in that
// country, a holder whose role names no organisation of a known country
// will do: "the Kremlin aide" after "Presidential Aide Yevgeny Shatrov".
func (rp *refPass) personWithTitle(t *titleEntry, country string, body, last int) int {
	var found, noOrg []int
	for _, r := range rp.roles {
		if !rp.titleNames(r, t) || rp.otherBody(r, body) {
			continue
		}
		if c := rp.countryOfEntity(r.Org); country != "" && c != country {
			if c == "" && !containsInt(noOrg, r.Person) {
				noOrg = append(noOrg, r.Person)
			}
			continue
		}
		if !containsInt(found, r.Person) {
			found = append(found, r.Person)
		}
	}
	if len(found) == 0 {
		found = noOrg
	}
	if len(found) == 1 {
		return found[0]
	}
	for _, p := range found {
		if p == last {
			return p
		}
	}
	return -1
}

// otherBody says whether role r is held in a body that is not body (a
// party, a firm; not a country): "the Labour MP" is not the Green MP.
func (cr *coref) otherBody(r fact.Role, body int) bool {
	if body < 0 || r.Org < 0 || r.Org == body {
		return false
	}
	_, country := cr.lx.countries[cr.entities[r.Org].Name]
	return !country
}

// holdsInOtherBody says whether person p holds title t in a body other
// than body (a party, a firm).
func (d *doc) holdsInOtherBody(p int, t *titleEntry, body int) bool {
	for _, r := range d.roles {
		if r.Person == p && d.titleNames(r, t) && d.otherBody(r, body) {
			return true
		}
	}
	return false
}

// titleRefBody is the body named right before the title of the title
// reference m ("the Labour MP"), -1 when there is none.
func (cr *coref) titleRefBody(m mention) int {
	if m.title == nil {
		return -1
	}
	toks := cr.toks[m.sentence]
	if t := m.title.t1; t+1 < m.t1 && toks[t].text == "," {
		// "Chairman, NORA thanked": the body after the comma.
		if id, ok := cr.entityIDs[string(fact.Org)+"\x00"+joinTokens(toks[t+1:m.t1])]; ok {
			return id
		}
		return -1
	}
	bi := cr.mentionEndingAt(m.sentence, m.title.t0)
	if bi < 0 || cr.mentions[bi].kind != fact.Org || cr.mentions[bi].entity < 0 || cr.mentions[bi].t0 < m.t0 {
		return -1
	}
	if _, country := cr.lx.countries[cr.entities[cr.mentions[bi].entity].Name]; country {
		return -1
	}
	return cr.mentions[bi].entity
}

// otherBodysHolder resolves a title reference qualified by a body ("the
// Labour MP said") that nobody holds in that body, where someone holds
// the title in another one ("Green MP X"): the story sets the two apart,
// so it is the latest subject of the last four sentences who holds the
// title in no other body. It gives that person the role. -1 when there
// is no such contrast or no such person.
func (rp *refPass) otherBodysHolder(i, body int, subjects, sents []int) int {
	m := rp.mentions[i]
	contrast := false
	for _, r := range rp.roles {
		if rp.titleNames(r, m.title.entry) && rp.otherBody(r, body) {
			contrast = true
		}
	}
	if !contrast {
		return -1
	}
	for k := len(subjects) - 1; k >= 0 && sents[k] >= m.sentence-4; k-- {
		p, clash := subjects[k], false
		for _, r := range rp.roles {
			if r.Person == p && rp.titleNames(r, m.title.entry) {
				clash = true
			}
		}
		if clash {
			continue
		}
		rp.roles = append(rp.roles, fact.Role{Person: p, Title: m.title.text, Org: body,
			Evidence: fact.Evidence{Sentence: m.sentence, Span: m.span, Confidence: 0.6, Rule: string(ruleOtherBodysHolder)}})
		return p
	}
	return -1
}

// headOfBody resolves "the NATO chief", "the Kremlin leader": a generic
// head word after a body names the one person holding a role in that
// body; -1 when none or several.
func (rp *refPass) headOfBody(i int) int {
	m := rp.mentions[i]
	if !rp.lx.is(lcHeadword, strings.ToLower(m.title.entry.name)) {
		return -1
	}
	bi := rp.mentionAt(m.sentence, m.t0+1)
	if bi < 0 || rp.mentions[bi].entity < 0 || rp.mentions[bi].kind != fact.Org || rp.mentions[bi].t1 != m.title.t0 {
		return -1
	}
	body := rp.mentions[bi].entity
	found := -1
	for _, r := range rp.roles {
		if r.Org != body {
			continue
		}
		if found >= 0 && found != r.Person {
			return -1
		}
		found = r.Person
	}
	return found
}

// titleNames says whether a title used alone can name the holder of role
// r: the same head word ("the envoy" for a special envoy), the head of an
// "of" title ("the secretary" for the Secretary of State), or "leader"
// for whoever heads the role's country ("the Russian leader").
func (cr *coref) titleNames(r fact.Role, t *titleEntry) bool {
	title, name := strings.ToLower(r.Title), strings.ToLower(t.name)
	if t.full != "" {
		name = strings.ToLower(t.full) // an abbreviation used alone is the title written out
	}
	if strings.HasSuffix(title, name) || strings.HasPrefix(title, name+" of ") {
		return true
	}
	if name != "leader" || cr.lx.is(lcFormer, strings.Fields(title)[0]) {
		return false
	}
	// "President X" with no country named yet may be "the Brazilian
	// leader" the text calls him later.
	if r.Org < 0 && headTitle(r.Title) {
		return true
	}
	c := cr.countryOfEntity(r.Org)
	return c != "" && cr.lx.heads[c][title]
}

// headsFromTitleRefs gives a head of state or government named with no
// country ("a trip to France by President X") the country of the title
// the text then calls him by ("the Brazilian leader"), where that country
// has the office, the article is about that country too (it names it
// three times or more), nothing else ties him to a country, and no one
// else was named between ("President X met Y. The Russian leader ..."
// may be Y).
func (rp *refPass) headsFromTitleRefs() {
	named := map[string]int{}
	for _, m := range rp.mentions {
		if m.lex != nil && m.lex.country != "" {
			named[m.lex.country]++
		}
	}
	last := -1 // the person named last
	for _, m := range rp.mentions {
		if m.kind == fact.Person && m.how == byName && m.entity >= 0 {
			last = m.entity
		}
		if m.how != byTitle || m.entity < 0 || m.country == "" || m.entity != last || named[m.country] < 3 {
			continue
		}
		if _, ok := rp.nation[m.entity]; ok {
			continue
		}
		for i := range rp.roles {
			r := &rp.roles[i]
			if r.Person == m.entity && r.Org < 0 && headTitle(r.Title) && rp.lx.heads[m.country][strings.ToLower(r.Title)] {
				r.Org = rp.countryEntity(m.country)
			}
		}
	}
}

// countryOfEntity is the country an org entity belongs to: itself for a
// country, the lexicon country for a body, "" when unknown.
func (cr *coref) countryOfEntity(id int) string {
	if id < 0 || id >= len(cr.entities) {
		return ""
	}
	name := cr.entities[id].Name
	if _, ok := cr.lx.countries[name]; ok {
		return name
	}
	if cr.entCountry == nil || cr.entCountryN != len(cr.mentions) {
		cr.entCountry = map[int]string{}
		for _, m := range cr.mentions {
			if _, ok := cr.entCountry[m.entity]; !ok && m.entity >= 0 && m.country != "" {
				cr.entCountry[m.entity] = m.country
			}
		}
		cr.entCountryN = len(cr.mentions)
	}
	return cr.entCountry[id]
}

// lastLeaders are the last two people named before offset off who hold a
// head of state's or government's title, in the order named.
func (rp *refPass) lastLeaders(off int) []int {
	var out []int
	for j := len(rp.mentions) - 1; j >= 0 && len(out) < 2; j-- {
		p := rp.mentions[j]
		if p.span.Start >= off || p.kind != fact.Person || p.entity < 0 || p.how == byGroup || containsInt(out, p.entity) {
			continue
		}
		if rp.heads(p.entity) {
			out = append(out, p.entity)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return []int{out[1], out[0]}
}

// heads reports whether a person holds a head of state's or government's
// title: president, prime minister, chancellor and their kind.
func (rp *refPass) heads(p int) bool {
	for _, r := range rp.roles {
		if r.Person == p && headTitle(r.Title) {
			return true
		}
	}
	return false
}

// headTitle reports whether a title is a head of state's or government's.
func headTitle(title string) bool {
	switch strings.ToLower(title) {
	case "president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "crown prince":
		return true
	}
	return false
}

// titleOfGroup reports whether a title makes its holder one of a group
// named by its noun ("envoys": "special envoy"). Ministers include the
// secretaries that are ministers ("Energy Secretary", "Minister of
// Energy").
func titleOfGroup(title, single string) bool {
	if single != "minister" {
		return strings.HasSuffix(title, single)
	}
	if strings.Contains(title, "prime minister") || strings.Contains(title, "first minister") || strings.Contains(title, "press secretary") || strings.Contains(title, "general") {
		return false // heads of government and spokesmen are not "the ministers"
	}
	for _, w := range strings.Fields(title) {
		if w == "minister" || w == "secretary" {
			return true
		}
	}
	return false
}

// regionMembers lists the people the article has named as acting for a
// country of the region; for "European leaders", only the heads of state or
// government among them.
func (rp *refPass) regionMembers(region string, leaders bool) []int {
	var out []int
	for p, n := range rp.nation {
		c := rp.lx.countries[rp.entities[n].Name]
		if c == nil || c.region != region || slices.Contains(rp.lx.regionOut[region], c.name) || leaders && !rp.heads(p) {
			continue
		}
		out = append(out, p)
	}
	sortInts(out)
	return out
}

// groupMembers lists the people a group mention stands for: the last two
// people for "both men"; people of the group's country holding the group's
// role ("the U.S. envoys") or any role in that country otherwise.
func (rp *refPass) groupMembers(i, lastPerson int) []int {
	m := rp.mentions[i]
	toks := rp.toks[m.sentence]
	noun := toks[m.t1-1].lower
	// "his negotiating team", "Koval's team": the people of his country,
	// other than him.
	owner := -1
	switch {
	case toks[m.t0].lower == "his" || toks[m.t0].lower == "her":
		owner = lastPerson
	case isPoss(toks[m.t0]):
		if pi := rp.mentionEndingAt(m.sentence, m.t0); pi >= 0 && rp.mentions[pi].kind == fact.Person {
			owner = rp.mentions[pi].entity
		}
	}
	if owner >= 0 {
		lastPerson := owner
		c, ok := rp.nation[lastPerson]
		if !ok {
			return nil
		}
		var out []int
		for p, n := range rp.nation {
			if n == c && p != lastPerson {
				out = append(out, p)
			}
		}
		sortInts(out)
		return out
	}
	if m.region != "" {
		return rp.regionMembers(m.region, noun == "leaders")
	}
	if noun == "men" || noun == "women" || noun == "leaders" && m.t1-m.t0 >= 2 && (toks[m.t1-2].lower == "two" || toks[m.t1-2].lower == "both") {
		if noun == "leaders" {
			if out := rp.lastLeaders(m.span.Start); len(out) == 2 {
				return out // "the two leaders": the heads last named, not the ministers since
			}
		}
		var out []int
		for j := i - 1; j >= 0 && len(out) < 2; j-- {
			p := rp.mentions[j]
			if p.how == byGroup && len(out) == 0 && len(p.members) == 2 && p.sentence >= m.sentence-1 {
				return p.members // "the U.S. envoys flew home. Both men ..."
			}
			if p.kind == fact.Person && p.entity >= 0 && p.how != byGroup && !containsInt(out, p.entity) {
				out = append(out, p.entity)
			}
		}
		if len(out) == 2 {
			return []int{out[1], out[0]}
		}
		return nil
	}
	single := strings.TrimSuffix(noun, "s")
	// "NATO defence ministers" are the defence ministers, not every
	// minister: a title-forming word before the noun narrows the role.
	if m.t0 > 0 {
		if mod := toks[m.t0-1].lower; rp.lx.titles[mod+" "+single] != nil {
			single = mod + " " + single
		}
	}
	var byRole, byNation []int
	var cs []int // the group's countries: "U.S. and Ukrainian negotiators"
	for _, c := range m.countries {
		cs = append(cs, rp.countryEntity(c))
	}
	for _, r := range rp.roles {
		if len(cs) > 0 && !containsInt(cs, rp.nation[r.Person]) {
			continue
		}
		if titleOfGroup(strings.ToLower(r.Title), single) && !containsInt(byRole, r.Person) {
			byRole = append(byRole, r.Person)
		}
	}
	if len(byRole) > 0 && len(cs) < 2 {
		return byRole
	}
	if len(cs) == 0 {
		return nil
	}
	// Negotiators, envoys and delegations are sent: the head of state or
	// government who sends them is not one of them.
	sent := noun != "leaders" && noun != "officials"
	for p, n := range rp.nation {
		if containsInt(cs, n) && !containsInt(byNation, p) && !(sent && (rp.heads(p) || rp.spokesOnly(p))) {
			byNation = append(byNation, p)
		}
	}
	sortInts(byNation)
	return byNation
}

// spokesOnly says whether every role person p holds is a spokesperson's:
// one who speaks for a government is not one of the delegation it sends.
func (rp *refPass) spokesOnly(p int) bool {
	n := 0
	for _, r := range rp.roles {
		if r.Person != p {
			continue
		}
		t := strings.ToLower(r.Title)
		if !strings.HasSuffix(t, "spokesman") && !strings.HasSuffix(t, "spokeswoman") && !strings.HasSuffix(t, "spokesperson") {
			return false
		}
		n++
	}
	return n > 0
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func sortInts(xs []int) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func tokKey(si, t int) int64 { return int64(si)<<32 | int64(uint32(t)) }

// namesakeFor handles a pronoun (mention i) whose referent is a bare
// surname in its own sentence that the pronouns before showed to be of
// the other gender, when another person of that surname fits: the
// surname is that person's. It moves the surname mention to them and
// returns them; -1 when not so.
func (cr *coref) namesakeFor(i int, ev genderEvidence) int {
	p := cr.mentions[i]
	pg := pronounGender(strings.ToLower(p.text))
	if p.entity < 0 || pg == genderUnknown || ev.pronouns[p.entity].fits(pg) {
		return -1
	}
	name := -1
	for _, j := range cr.inSentence(p.sentence) {
		m := cr.mentions[j]
		if m.sentence == p.sentence && m.t1 <= p.t0 && m.kind == fact.Person && m.how == byName && m.entity == p.entity && m.t1 == m.t0+1 {
			name = j
		}
	}
	if name < 0 {
		return -1
	}
	surname := cr.mentions[name].text
	q := -1
	for id, e := range cr.entities {
		if id == p.entity || e.Kind != fact.Person || !surnameCompatible(strings.ToLower(lastWord(e.Name)), strings.ToLower(surname)) {
			continue
		}
		if !ev.text[id].fits(pg) || !ev.pronouns[id].fits(pg) {
			continue
		}
		if q >= 0 {
			return -1
		}
		q = id
	}
	if q >= 0 {
		cr.mentions[name].entity = q
	}
	return q
}

// peopleNamed is the distinct people sentence s names from token from on,
// in text order: resolved person mentions outside quotations, not groups,
// that keep accepts.
func (cr *coref) peopleNamed(s, from int, keep func(m *mention) bool) []int {
	var out []int
	for _, i := range cr.inSentence(s) {
		m := &cr.mentions[i]
		if m.sentence != s || m.t0 < from || m.kind != fact.Person || m.how == byGroup || m.quoted || m.entity < 0 || !keep(m) {
			continue
		}
		out = appendNew(out, m.entity)
	}
	return out
}

func appendNew(xs []int, x int) []int {
	if containsInt(xs, x) {
		return xs
	}
	return append(xs, x)
}
