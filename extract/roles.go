package extract

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/fact"
)

// roleDraft is a role being read, before its org is settled.
type roleDraft struct {
	person    int
	title     string
	entry     *titleEntry
	org       int // entity, -1 when not given
	possessor int // a person whose role this is ("Trump's envoy"), -1
	// possTitle is the title of a possessor named only by it ("The prime
	// minister ..., his spokesman"), nil otherwise.
	possTitle *titleEntry
	sibling   int // index of a coordinated role to take a country from, -1
	sentence  int
	span      fact.Span
	conf      float64
	ruled
}

// titlePhrase is a title with what stands around it: "former", "senior",
// a country or body before it, a possessor, an "of"-complement after it.
type titlePhrase struct {
	hit       *titleHit
	t0, t1    int // tokens of the whole phrase
	title     string
	org       int
	possessor int
	possTitle *titleEntry // a possessor named by a title alone ("the prime minister ... his")
	poss      bool        // a possessive stands before the title: "Trump's envoy"
}

// phraseAround reads the words around title hit h: modifiers to its left
// down to a determiner, and an "of [the] Body" complement to its right.
func (d *doc) phraseAround(si int, h *titleHit) titlePhrase {
	p := titlePhrase{hit: h, t0: h.t0, t1: h.t1, org: -1, possessor: -1}
	prefix := d.modifiersBefore(si, &p)
	p.title = strings.TrimSpace(prefix + h.text)
	// "Belarusian opposition leader X" leads no country: the demonym
	// says only where the opposition is.
	if p.org >= 0 && strings.HasPrefix(strings.ToLower(h.entry.name), "opposition ") && d.lx.countries[d.entities[p.org].Name] != nil {
		p.org = -1
	}
	// "envoy to the talks", "ambassador to NATO": where a title is held
	// towards is no org of it (an ambassador to France is not French),
	// but it is part of the phrase.
	var to int
	p.t1, to = d.skipToComplement(si, p.t1, d.lx.is(lcEnvoyfor, lastWord(h.entry.name)))
	// An adviser's "to" names whom the title serves: "a senior adviser
	// to the Ukrainian president".
	if to >= 0 && p.org < 0 && d.lx.is(lcServes, lastWord(h.entry.name)) {
		p.org = to
	}
	d.ofComplement(si, &p)
	return p
}

// modifiersBefore reads leftwards from the title of p: "former" and
// "senior" (returned, as the role keeps them), a count, a country, body or
// possessor ("Ukraine's", "Trump's", "its", "the company's"), and a
// capitalised name no lexicon knows ("Nordax chief executive"). It sets
// p's org, possessor and start.
func (d *doc) modifiersBefore(si int, p *titlePhrase) string {
	toks := d.toks[si]
	lx := d.lx
	h := p.hit
	prefix := ""
	k := h.t0 - 1
	for k >= 0 {
		w := toks[k].lower
		// "General Logistics (N:GLX) Chief Executive": a short bracket (a
		// ticker, an acronym) after the body's name.
		if w == ")" {
			o := k - 1
			for o > 0 && o > k-6 && toks[o].text != "(" {
				o--
			}
			if o > 0 && toks[o].text == "(" {
				if mi := d.mentionEndingAt(si, o); mi >= 0 && d.mentions[mi].kind != fact.Person && d.mentions[mi].entity >= 0 {
					k = o - 1
					continue
				}
			}
			break
		}
		// "the two U.S. envoys": a count is no part of the title.
		if h.plural && (w == "two" || w == "three" || w == "four" || w == "both") {
			p.t0 = k
			k--
			continue
		}
		// "Kenya's foreign affairs cabinet secretary", "the region's
		// natural resources minister": the portfolio is the title's.
		if !toks[k].upper && (lx.is(lcPortfolio, w) || lx.is(lcPortfoliomod, w)) && h.entry.class != "rank" {
			prefix = toks[k].text + " " + prefix
			p.t0 = k
			k--
			continue
		}
		// A rank takes "former", never "chief" or "deputy": "Army chief
		// General X" is a chief and a general, not a "chief General".
		if lx.is(lcFormer, w) || lx.is(lcTitlemod, w) && h.entry.class != "rank" {
			sep := " "
			if strings.HasSuffix(w, "-") {
				sep = "" // "ex-Prime Minister"
			}
			prefix = toks[k].text + sep + prefix
			p.t0 = k
			k--
			continue
		}
		// "their new manager": "new" says when, not what or whose.
		if w == "new" && k > 0 && toks[k-1].in(lcPossessive) {
			p.t0 = k
			k--
			continue
		}
		// "Acme Corp said its chief executive, Sam Lee, ...": "its" is the
		// body named last; "her deputy, X" the person named last.
		if lx.is(lcPossessive, w) && p.org < 0 && p.possessor < 0 {
			// "the board named X as their new manager": a body's officer
			// is the body's.
			if w == "their" && (h.entry.class == "executive" || h.entry.class == "role") {
				if e := d.bodyBefore(si, k); e >= 0 {
					p.org, p.poss, p.t0 = e, true, k
				}
				break
			}
			if e := d.possessiveReferent(si, k); e >= 0 {
				if d.entities[e].Kind == fact.Person {
					p.possessor = e
				} else {
					p.org = e
				}
				p.poss = true
				p.t0 = k
			} else if w == "his" || w == "her" {
				// "The prime minister ..., his spokesman, Filip G, told
				// reporters": whose is not known yet, but the title is G's.
				p.poss = true
				p.t0 = k
				p.possTitle = d.titleReferent(si, k)
			}
			break
		}
		if isPoss(toks[k]) {
			p.poss = true
			t0, ok := d.possessorBefore(si, k, p)
			if !ok {
				break
			}
			p.t0 = t0
			k = t0 - 1
			continue
		}
		// "the UN's humanitarian chief", "Russia's main negotiator": one or
		// two plain lower-case words between a possessive and the title
		// are the title's.
		if adj := d.adjectivesAfterPoss(si, k); adj > 0 && p.org < 0 && p.possessor < 0 {
			for n := 0; n < adj; n++ {
				prefix = toks[k].text + " " + prefix
				p.t0 = k
				k--
			}
			continue
		}
		// "Meta Platforms Inc. Chief Executive": the abbreviation's dot
		// ends the body's name.
		end := k + 1
		if toks[k].text == "." && k > 0 && toks[k-1].end == toks[k].start && isAbbreviation(toks[k-1].lower) {
			end = k
		}
		if mi := d.mentionEndingAt(si, end); mi >= 0 && d.mentions[mi].kind != fact.Person && d.mentions[mi].entity >= 0 {
			// "Nordwind Oslo director of sport", "Sporting Braga head
			// coach": a club or firm named with its town; two names run
			// together before a body's officer are one body's.
			if c := d.clubBefore(si, mi, h); c >= 0 && p.org < 0 {
				p.org = d.unknownOrg(si, c, d.mentions[mi].t1)
				p.t0 = c
				k = c - 1
				continue
			}
			if p.org < 0 {
				p.org = d.mentions[mi].entity
			}
			p.t0 = d.mentions[mi].t0
			k = p.t0 - 1
			continue
		}
		// "Marchenko adviser Ihor Lysak": a person named right before a
		// title is whom it serves.
		if mi := d.mentionEndingAt(si, end); mi >= 0 && d.mentions[mi].how == byName && d.mentions[mi].entity >= 0 &&
			p.possessor < 0 && p.org < 0 && h.entry.class != "rank" && h.entry.class != "office" {
			p.possessor = d.mentions[mi].entity
			p.t0 = d.mentions[mi].t0
			k = p.t0 - 1
			break
		}
		break
	}
	// "Ukrainian and U.S. negotiators A and B": two countries share the
	// title, and which name is whose the text does not say.
	if p.org >= 0 && p.t0 >= 2 && toks[p.t0-1].lower == "and" {
		if mi := d.mentionEndingAt(si, p.t0-1); mi >= 0 && d.mentions[mi].lex != nil && d.mentions[mi].lex.country != "" {
			p.org = -1
			p.t0 = d.mentions[mi].t0
		}
	}
	// "Apple chief executive Tim Cook", "Mossad director", "Goldman Sachs
	// analyst Rita Bose": capitalised words no lexicon knows, right before
	// the title, name its body.
	// Not before an aide or adviser: "Trump adviser X" serves a person.
	if p.org < 0 && p.possessor < 0 && k >= 0 && k == p.t0-1 && h.entry.class != "rank" && !d.lx.is(lcServes, lastWord(h.entry.name)) {
		if s := d.unknownBodyBefore(si, k+1); s >= 0 {
			// "the Dock Workers Union's NSW secretary": the union employs
			// him; a state's initials between say where.
			employer := -1
			if s == k && s >= 2 && isAcronym(toks[s].text) && len(toks[s].text) <= 3 && isPoss(toks[s-1]) {
				if mi := d.mentionEndingAt(si, s-1); mi >= 0 && d.mentions[mi].kind == fact.Org && d.mentions[mi].entity >= 0 &&
					d.lx.is(lcOrghead, lastWord(d.entities[d.mentions[mi].entity].Name)) {
					employer = mi
				}
			}
			if employer >= 0 {
				p.org, p.t0 = d.mentions[employer].entity, d.mentions[employer].t0
			} else {
				p.org = d.unknownOrg(si, s, k+1)
				p.t0 = s
			}
			// "the former Nordax chief executive": "former" is the title's.
			if s > 0 && toks[s-1].in(lcFormer) {
				prefix = toks[s-1].text + " " + prefix
				p.t0 = s - 1
			}
		}
	}
	return prefix
}

// possessorBefore reads the possessor of a title that ends right before
// the possessive 's at token k: a person ("Trump's envoy"), a body or
// country ("Ukraine's"), a body named before ("the company's"), or for a
// firm's officers a name no lexicon knows ("Naftoflot's chief
// executive"). It sets p's possessor or org and returns where the
// possessor starts; false when there is none.
func (d *doc) possessorBefore(si, k int, p *titlePhrase) (int, bool) {
	if mi := d.mentionEndingAt(si, k); mi >= 0 {
		m := d.mentions[mi]
		switch {
		case m.kind == fact.Person && m.entity >= 0 && p.possessor < 0 && p.org < 0:
			p.possessor = m.entity
		case m.kind != fact.Person && m.entity >= 0 && p.org < 0:
			p.org = m.entity
		case m.how == byTitle && m.country != "" && p.org < 0:
			// "the Ukrainian president's top aide": not yet resolved,
			// but its country is known.
			p.org = d.countryEntity(m.country)
		case m.how == byTitle && m.title != nil && p.org < 0:
			// "the U.N. Secretary-General's personal envoy": the body
			// before the title.
			if mj := d.mentionEndingAt(si, m.title.t0); mj >= 0 && d.mentions[mj].kind != fact.Person && d.mentions[mj].entity >= 0 {
				p.org = d.mentions[mj].entity
			}
		}
		return m.t0, true
	}
	if p.org >= 0 {
		return 0, false
	}
	if o, t0 := d.bodyAnaphor(si, k); o >= 0 {
		p.org = o
		return t0, true
	}
	// "IGAD's executive secretary": initials are a body, whatever the title.
	if s := d.unknownBodyBefore(si, k); s >= 0 && (p.hit.entry.class == "executive" || s == k-1 && isAcronym(d.toks[si][s].text)) {
		p.org = d.unknownOrg(si, s, k)
		return s, true
	}
	return 0, false
}

// ofComplement reads "of [the] Body" after the title of p: "Secretary of
// the National Security and Defense Council", "chief of staff of Kyiv's
// armed forces", "chief executive of Naftoflot".
func (d *doc) ofComplement(si int, p *titlePhrase) {
	toks := d.toks[si]
	j := p.hit.t1
	// "professor of international relations at Y", "lecturer in law at
	// Y": a field of study in lower case, then where the title holds.
	if j < len(toks) && (toks[j].lower == "of" || toks[j].lower == "in") {
		f := j + 1
		for f < len(toks) && f < j+6 && toks[f].word && !toks[f].upper {
			if toks[f].lower == "at" && f > j+1 {
				j = f
				break
			}
			f++
		}
	}
	if j >= len(toks) || toks[j].lower != "of" && toks[j].lower != "at" && toks[j].lower != "for" {
		return
	}
	// "Norway's Minister of Energy", "Minister of Foreign Affairs of
	// Kazakhstan": a portfolio after "of" is part of the title, not its org.
	if toks[j].lower == "of" && d.lx.is(lcPortfolioed, lastWord(p.hit.entry.name)) {
		k := j + 1
		for k < len(toks) && k < j+4 && (toks[k].in(lcPortfolio) || toks[k].in(lcPortfoliomod) || toks[k].lower == "and" || toks[k].lower == "foreign") {
			k++
		}
		if k > j+1 && toks[k-1].lower != "and" {
			p.title += " " + joinTokens(toks[j:k])
			p.t1 = k
			j = k
			if j >= len(toks) || toks[j].lower != "of" {
				return
			}
		}
	}
	if toks[j].lower == "for" && d.lx.is(lcEnvoyfor, lastWord(p.hit.entry.name)) {
		return // "envoy for Sudan": skipToComplement read it
	}
	j++
	if j < len(toks) && toks[j].lower == "the" {
		j++
	}
	// "chair of the Treasury select committee": a committee written in
	// lower case, perhaps after a body's name.
	if e := d.committeeAt(si, j); e > j {
		p.org, p.t1 = d.unknownOrg(si, j, e), e
		return
	}
	// "governor of the Brazilian state of Paraná": the state named.
	if k := j; k+2 < len(toks) {
		if ci := d.mentionAt(si, k); ci >= 0 && d.mentions[ci].lex != nil && (d.mentions[ci].lex.kind == lxDemonym || d.mentions[ci].poss) {
			k = d.mentions[ci].t1
			if k < len(toks) && isPoss(toks[k]) {
				k++
			}
		}
		if k+2 < len(toks) && toks[k].in(lcSubnational) && toks[k+1].lower == "of" {
			if pi := d.mentionAt(si, k+2); pi >= 0 && d.mentions[pi].kind == fact.Place && d.mentions[pi].entity >= 0 {
				p.org, p.t1 = d.mentions[pi].entity, d.mentions[pi].t1
				return
			}
		}
	}
	mi := d.mentionAt(si, j)
	if mi < 0 {
		// What a title is "of" is a body, known or not.
		if o, end := d.unknownBodyAt(si, j); o >= 0 {
			p.org, p.t1 = o, end
		}
		return
	}
	m := d.mentions[mi]
	// "president of the U.S.-China Business Council": countries that
	// open a body's name are the name's.
	if m.lex != nil && (m.lex.kind == lxCountry || m.lex.kind == lxDemonym) && !m.poss && m.t1 < len(toks) &&
		(toks[m.t1].text == "-" || toks[m.t1].text == "–" || d.mentionAt(si, m.t1) < 0) {
		e := m.t1
		for e < len(toks) && e < m.t1+6 && (toks[e].upper || toks[e].text == "-" || toks[e].text == "–") && d.personMentionAt(si, e) < 0 {
			e++
		}
		if e > m.t1+1 && d.lx.is(lcOrghead, toks[e-1].text) {
			p.org, p.t1 = d.unknownOrg(si, j, e), e
			return
		}
	}
	// "the Ukrainian Armed Forces": a demonym before a body.
	if m.lex != nil && m.lex.kind == lxDemonym {
		if mj := d.mentionAt(si, m.t1); mj >= 0 && d.mentions[mj].kind == fact.Org && d.mentions[mj].entity >= 0 {
			m = d.mentions[mj]
		}
	}
	end, org := m.t1, m.entity
	// A possessive chain: "Ukraine's national security council".
	if m.poss {
		if mj := d.mentionAt(si, m.t1+1); mj >= 0 && d.mentions[mj].kind != fact.Person {
			org = d.mentions[mj].entity
			end = d.mentions[mj].t1
		} else {
			// "of Ukraine's presidential office": the country holds a body
			// the lexicon does not know; the phrase ends after its nouns.
			end = m.t1 + 1
			for end < len(toks) && end < m.t1+4 && toks[end].word && !toks[end].upper && toks[end].lower != "and" && !toks[end].in(lcSpeech) {
				end++
			}
		}
	}
	if org >= 0 && d.entities[org].Kind != fact.Person {
		p.org = org
		p.t1 = end
	}
}

// unknownOrg makes the org entity a run of tokens [s,e) names.
func (d *doc) unknownOrg(si, s, e int) int {
	toks := d.toks[si]
	name := joinTokens(toks[s:e])
	o := d.lateEntity(fact.Org, name)
	d.noteForm(o, name)
	d.noteMention(o, fact.Span{Start: toks[s].start, End: toks[e-1].end})
	if d.unknownOrgs == nil {
		d.unknownOrgs = map[int]bool{}
	}
	d.unknownOrgs[o] = true
	return o
}

// unknownBodyAt reads a body the lexicons do not know, named at token j
// where the construction wants one ("chief executive of Naftoflot", "who
// runs Naftoflot"): one to four capitalised words that are no one's name,
// after up to three lower-case words that end in a body noun ("the state
// energy company Naftoflot"). It returns the org and the token after it,
// -1 when there is none.
func (d *doc) unknownBodyAt(si, j int) (int, int) {
	toks := d.toks[si]
	k := j
	for k < len(toks) && k < j+3 && toks[k].word && !toks[k].upper {
		k++
	}
	if k > j && !toks[k-1].in(lcBodynoun) {
		return -1, j
	}
	e := k
	for e < len(toks) && e < k+4 && toks[e].upper && (nameWord(toks[e].text) || isOrgWord(toks[e].text) || isAcronym(toks[e].text)) &&
		(!d.lx.is(lcNotname, toks[e].text) || compassBefore(toks, e)) && d.mentionAt(si, e) < 0 {
		e++
	}
	if e == k {
		return -1, j
	}
	return d.unknownOrg(si, k, e), e
}

// isAcronym says whether w is two to six capital letters or digits ("BP", "G7").
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// findRoles runs the roles stage over the coreference result c.
func findRoles(c *coref) *doc {
	d := &doc{coref: c}
	d.findRoles()
	return d
}

// findRoles reads roles from titles before names ("French President
// Emmanuel Macron", "U.S. envoys A and B", "Trump's special envoy, Steve
// Witkoff"), appositions after names ("Umerov, secretary of Ukraine's
// national security council and lead negotiator"), and "X, who heads Y".
func (d *doc) findRoles() {
	var drafts []roleDraft
	for si := range d.sentences {
		from := len(drafts)
		for h := range d.titles[si] {
			if d.titles[si][h].entry.class != "honorific" {
				n := len(drafts)
				drafts = d.titleBeforeNames(si, &d.titles[si][h], drafts)
				withRule(ruleTitleBeforeName, drafts[n:])
				n = len(drafts)
				drafts = d.includingLater(si, &d.titles[si][h], drafts)
				withRule(ruleIncludingLater, drafts[n:])
			}
		}
		d.listCountry(si, drafts[from:])
		for _, mi := range d.inSentence(si) {
			if m := d.mentions[mi]; m.sentence == si && m.kind == fact.Person && m.how == byName && m.entity >= 0 {
				n := len(drafts)
				drafts = d.rolesAfterName(si, m, drafts)
				withRule(ruleAfterName, drafts[n:])
			}
		}
		drafts = append(drafts, withRule(ruleLayout, d.layoutRoles(si))...)
		drafts = append(drafts, withRule(rulePortfolio, d.portfolioAssignments(si))...)
		drafts = append(drafts, withRule(ruleCounterpart, d.counterparts(si, drafts))...)
		drafts = append(drafts, withRule(ruleLedBy, d.ledBy(si))...)
	}
	drafts = append(drafts, withRule(ruleCountedList, d.countedLists(drafts))...)
	drafts = append(drafts, withRule(rulePossessedLaterList, d.possessedLaterList(drafts))...)
	d.settleRoles(drafts)
}

// layoutRoles reads the titles of an official release's layout before a
// name, each with its body after a comma, several joined by a slash:
// "Director, Bureau of Mines (BOM)/ Secretary, Department of Ores Name".
func (d *doc) layoutRoles(si int) []roleDraft {
	toks := d.toks[si]
	var out []roleDraft
	for _, mi := range d.inSentence(si) {
		m := d.mentions[mi]
		if m.sentence != si || m.kind != fact.Person || m.how != byName || m.entity < 0 {
			continue
		}
		for k, n := m.t0, 0; n < 3; n++ {
			h, o0, o1 := d.layoutTitle(si, k)
			if h == nil {
				break
			}
			org := -1
			if bi := d.mentionAt(si, o0); bi >= 0 && d.mentions[bi].kind == fact.Org && d.mentions[bi].t0 == o0 && d.mentions[bi].t1 == o1 && d.mentions[bi].entity >= 0 {
				org = d.mentions[bi].entity
			} else {
				org = d.unknownOrg(si, o0, o1)
			}
			out = append(out, roleDraft{person: m.entity, title: h.text, entry: h.entry, org: org, possessor: -1, sibling: -1,
				sentence: si, span: fact.Span{Start: toks[h.t0].start, End: m.span.End}, conf: 0.8})
			if h.t0 < 1 || toks[h.t0-1].text != "/" {
				break
			}
			k = h.t0 - 1
		}
	}
	return out
}

// portfolioAssignments reads a cabinet's portfolios handed to people:
// "with X being given the Energy docket", "Y was moved to the Tourism
// department", "Z was handed the finance portfolio", "reinstated A,
// B and C to their Trade, Mining and Labour positions
// respectively". The title is the text's own ("Energy docket"); it is a
// minister's office, so the dateline's country is its org.
func (d *doc) portfolioAssignments(si int) []roleDraft {
	toks := d.toks[si]
	minister := d.lx.titles["minister"]
	if minister == nil {
		return nil
	}
	var out []roleDraft
	for k := 1; k < len(toks); k++ {
		if toks[k].upper || !toks[k].in(lcPortfolionoun) {
			continue
		}
		// The portfolio words before the noun: capitalised or lexicon
		// portfolios, with "and" and commas between.
		// Only portfolio words: "the Accident and Emergency department"
		// someone is taken to is a hospital's.
		s := k
		for s > 0 && k-s < 8 {
			w := toks[s-1]
			if !(d.lx.is(lcPortfolio, w.lower) || w.lower == "and" || w.text == ",") {
				break
			}
			s--
		}
		for s < k && (toks[s].lower == "and" || toks[s].text == ",") {
			s++
		}
		if s == k {
			continue
		}
		respectively := k+1 < len(toks) && toks[k+1].lower == "respectively"
		var items [][2]int
		if respectively {
			a := s
			for b := s; b <= k; b++ {
				if b == k || toks[b].text == "," || toks[b].lower == "and" && b+1 < k && toks[b+1].text != "," {
					if b > a {
						items = append(items, [2]int{a, b})
					}
					a = b + 1
				}
			}
		} else {
			items = [][2]int{{s, k}}
		}
		// The verb that hands them out, before "to the", "their", "for".
		v := s - 1
		for v > 0 && s-v < 4 && (toks[v].lower == "to" || toks[v].lower == "the" || toks[v].lower == "their" || toks[v].lower == "his" ||
			toks[v].lower == "her" || toks[v].lower == "for" || toks[v].lower == "as") {
			v--
		}
		var people []int
		// "reinstated A, B and C to their ... positions": the names
		// between the verb and the portfolios.
		if mi := d.mentionEndingAt(si, v+1); mi >= 0 && d.mentions[mi].kind == fact.Person && d.mentions[mi].how == byName && d.mentions[mi].entity >= 0 {
			m := d.mentions[mi]
			first := m
			if co := d.coordinatedBefore(si, m.t0); len(co) > 0 {
				first = co[0]
			}
			v = first.t0 - 1
			if v < 1 || !toks[v].in(lcAssigned) {
				continue
			}
			people = d.personList(si, first.t0, true)
		}
		if v < 1 || !toks[v].in(lcAssigned) {
			continue
		}
		passive := toks[v-1].lower == "was" || toks[v-1].lower == "were" || toks[v-1].lower == "been" ||
			toks[v-1].lower == "being" || toks[v-1].lower == "is" || toks[v-1].lower == "are"
		switch {
		case len(people) > 0: // the names after the verb, read above
		case passive:
			// The nearest name before, not a possessor.
			for _, mi := range d.inSentence(si) {
				m := d.mentions[mi]
				if m.sentence == si && m.t1 <= v-1 && m.kind == fact.Person && m.how == byName && m.entity >= 0 && !m.poss {
					people = []int{mi}
				}
			}
		default:
			people = d.personList(si, v+1, true)
		}
		if len(people) == 0 || len(people) != len(items) && len(items) != 1 {
			continue
		}
		if len(items) == 1 && len(people) > 1 {
			people = people[len(people)-1:]
		}
		noun := strings.TrimSuffix(toks[k].text, "s")
		for i, mi := range people {
			it := items[i]
			out = append(out, roleDraft{person: d.mentions[mi].entity, title: joinTokens(toks[it[0]:it[1]]) + " " + noun, entry: minister,
				org: -1, possessor: -1, sibling: -1, sentence: si, span: fact.Span{Start: d.mentions[mi].span.Start, End: toks[k].end}, conf: 0.7})
		}
	}
	return out
}

// lineage reads "his predecessor, X" and "Lee's incoming successor
// Y" as the possessor's office: the predecessor held it ("former Prime
// Minister"), the successor takes it ("incoming President"), in the
// possessor's org.
func (d *doc) lineage(drafts []roleDraft) {
	for i := range drafts {
		r := &drafts[i]
		if r.entry == nil || r.possessor < 0 {
			continue
		}
		name := strings.ToLower(r.entry.name)
		if name != "predecessor" && name != "successor" {
			continue
		}
		for _, o := range drafts {
			if o.person != r.possessor || o.entry == nil || o.entry.class != "office" {
				continue
			}
			office := o.entry.name
			if name == "predecessor" {
				r.title = "former " + office
			} else {
				r.title = strings.TrimSpace(strings.TrimSuffix(r.title, lastWord(r.title)) + office)
			}
			r.entry, r.org = o.entry, o.org
			break
		}
	}
}

// countedLists reads a counted plural title that names no one ("the
// killings of four Vermont college students") and, in one of the next
// sentences, a list of exactly that many names no title came with ("...
// stabbing A, B, C and D"): each holds the title. A place before the
// title says where, not whose (no org); a country or body stays.
func (d *doc) countedLists(drafts []roleDraft) []roleDraft {
	var out []roleDraft
	titled := map[int]bool{}
	for _, r := range drafts {
		titled[r.person] = true
	}
	for si := range d.sentences {
		toks := d.toks[si]
		for h := range d.titles[si] {
			th := &d.titles[si][h]
			if !th.plural || th.entry.class == "honorific" || th.t1 < len(toks) && (d.personAt(si, th.t1) || toks[th.t1].text == ",") {
				continue
			}
			p := d.phraseAround(si, th)
			n := 0
			for k := p.t0; k < th.t0 && n == 0; k++ {
				n = countWord(toks[k].lower)
			}
			if n < 2 {
				continue
			}
			org := p.org
			if org >= 0 && d.entities[org].Kind == fact.Place {
				org = -1
			}
			for sj := si; sj < len(d.sentences) && sj <= si+8; sj++ {
				for _, mi := range d.inSentence(sj) {
					m := d.mentions[mi]
					if m.sentence != sj || m.kind != fact.Person || m.how != byName || m.entity < 0 || sj == si && m.t0 < th.t1 {
						continue
					}
					if m.t0 > 0 && (d.toks[sj][m.t0-1].text == "," || d.toks[sj][m.t0-1].lower == "and") {
						continue // not a list's first name
					}
					list := d.personList(sj, m.t0, true)
					if len(list) != n {
						continue
					}
					free := true
					for _, li := range list {
						free = free && !titled[d.mentions[li].entity]
					}
					if !free {
						continue
					}
					for _, li := range list {
						lm := d.mentions[li]
						out = append(out, roleDraft{person: lm.entity, title: singularTitle(p.title, th), entry: th.entry, org: org, possessor: -1, sibling: -1,
							sentence: sj, span: lm.span, conf: 0.6})
						titled[lm.entity] = true
					}
				}
			}
		}
	}
	return out
}

// possessedLaterList reads a firm officers' plural title that names no
// one ("a meeting with the companies' chief executives") and, in one of
// the next sentences, a list of names each after its body's possessive
// ("met Tarnex's A, Nordax's B and Kelvin Motors' C"): each is that
// body's officer.
func (d *doc) possessedLaterList(drafts []roleDraft) []roleDraft {
	var out []roleDraft
	titled := map[int]bool{}
	for _, r := range drafts {
		titled[r.person] = true
	}
	type item struct{ mention, org, t0, t1 int }
	for si := range d.sentences {
		toks := d.toks[si]
		for h := range d.titles[si] {
			th := &d.titles[si][h]
			if !th.plural || !firmOfficer(th.entry) || th.t1 < len(toks) && (d.personAt(si, th.t1) || toks[th.t1].text == ",") {
				continue
			}
			p := d.phraseAround(si, th)
			title := singularTitle(p.title, th)
			if p.poss || p.possessor >= 0 || p.org >= 0 {
				title = th.entry.name // "the companies' chief executives": each his own firm's
			}
			for sj := si + 1; sj < len(d.sentences) && sj <= si+3; sj++ {
				st := d.toks[sj]
				var items []item
				for _, mi := range d.inSentence(sj) {
					m := d.mentions[mi]
					if m.sentence != sj || m.kind != fact.Person || m.how != byName || m.entity < 0 || titled[m.entity] || m.t0 < 2 {
						continue
					}
					pt := st[m.t0-1]
					if !isPoss(pt) && !((pt.text == "'" || pt.text == "’") && strings.HasSuffix(st[m.t0-2].lower, "s")) {
						continue
					}
					c := m.t0 - 1
					for c > 0 && m.t0-1-c < 4 && st[c-1].upper && st[c-1].word && !d.lx.is(lcNotname, st[c-1].text) {
						c--
					}
					if c == m.t0-1 {
						continue
					}
					org := -1
					if oi := d.mentionEndingAt(sj, m.t0-1); oi >= 0 && d.mentions[oi].kind != fact.Person && d.mentions[oi].entity >= 0 {
						org = d.mentions[oi].entity
					} else {
						org = d.unknownOrg(sj, c, m.t0-1)
					}
					items = append(items, item{mi, org, c, m.t1})
				}
				// One list: the items joined by commas and "and".
				var list []item
				for _, it := range items {
					if len(list) > 0 {
						gap := st[list[len(list)-1].t1:it.t0]
						joined := len(gap) >= 1 && len(gap) <= 2
						for _, g := range gap {
							joined = joined && (g.text == "," || g.lower == "and")
						}
						if !joined {
							if len(list) >= 2 {
								break
							}
							list = list[:0]
						}
					}
					list = append(list, it)
				}
				if len(list) < 2 {
					continue
				}
				for _, it := range list {
					m := d.mentions[it.mention]
					out = append(out, roleDraft{person: m.entity, title: title, entry: th.entry, org: it.org, possessor: -1, sibling: -1,
						sentence: sj, span: fact.Span{Start: st[it.t0].start, End: m.span.End}, conf: 0.6})
					titled[m.entity] = true
				}
			}
		}
	}
	return out
}

// singularTitle is a plural title phrase in the singular: "college
// students" is "college student".
func singularTitle(title string, h *titleHit) string {
	last := lastWord(title)
	if strings.EqualFold(last, lastWord(h.entry.name)+"s") {
		return strings.TrimSuffix(title, "s")
	}
	return title
}

// countWord is the number a count word or numeral gives ("four", "4"),
// 0 when none.
func countWord(w string) int {
	for i, c := range []string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"} {
		if w == c {
			return i + 2
		}
	}
	if n, err := strconv.Atoi(w); err == nil && n >= 2 && n <= 12 {
		return n
	}
	return 0
}

// listCountry reads a list of titled names whose first title names a
// country or region: "Polish Foreign Minister A, Defense Minister B and
// Interior Minister C", "Punjab Governor A, Chief Minister B": the later
// offices, with no country of their own, are that government's. Not the
// same office again, nor a head of state or government ("German
// Chancellor A and President B" are two countries' as often as one's).
func (d *doc) listCountry(si int, drafts []roleDraft) {
	toks := d.toks[si]
	for i := range drafts {
		a := drafts[i]
		if a.org < 0 || a.entry == nil || a.entry.class != "office" ||
			d.entities[a.org].Kind != fact.Place && d.lx.countries[d.entities[a.org].Name] == nil {
			continue
		}
		// The list's later items; it must open the sentence or hold an
		// "and" ("During the visit of French President X, Leader of
		// the Opposition Y spoke" is no list).
		end, and := a.span.End, d.tokenIndex(si, a.span.Start) == 0
		var chain []int
		for j := range drafts {
			b := &drafts[j]
			if b.span.Start <= end || b.person == a.person {
				continue
			}
			k, e := d.tokenIndex(si, end), d.tokenIndex(si, b.span.Start)
			sep := e - k
			if sep < 1 || sep > 2 || toks[k].text != "," && toks[k].lower != "and" || sep == 2 && toks[k+1].lower != "and" {
				continue
			}
			and = and || toks[e-1].lower == "and"
			if b.org >= 0 || b.entry == nil || b.entry.class != "office" || b.entry.org != "" ||
				strings.EqualFold(b.entry.name, a.entry.name) || headTitle(b.title) {
				break
			}
			chain = append(chain, j)
			end = b.span.End
		}
		for _, j := range chain {
			if and {
				drafts[j].org = a.org
			}
		}
	}
}

// ledBy reads "Nordic Power Group, led by Anna Weiss" and "the
// commission, chaired by X": a body named right before the participle
// is headed or chaired by the person after "by".
func (d *doc) ledBy(si int) []roleDraft {
	toks := d.toks[si]
	var out []roleDraft
	for k := 1; k+2 < len(toks); k++ {
		v := toks[k].lower
		if v != "led" && v != "headed" && v != "chaired" || toks[k+1].lower != "by" {
			continue
		}
		pi := d.personMentionAt(si, k+2)
		end := k
		if toks[k-1].text == "," {
			end = k - 1
		}
		oi := d.mentionEndingAt(si, end)
		if pi < 0 || oi < 0 || d.mentions[oi].kind != fact.Org || d.mentions[oi].entity < 0 || d.mentions[oi].lex != nil && d.mentions[oi].lex.kind != lxBody {
			continue
		}
		title := "head"
		if v == "chaired" {
			title = "chair"
		}
		o, p := d.mentions[oi], d.mentions[pi]
		out = append(out, roleDraft{person: p.entity, title: title, org: o.entity, possessor: -1, sibling: -1,
			sentence: si, span: fact.Span{Start: o.span.Start, End: p.span.End}, conf: 0.7})
	}
	return out
}

// titleBeforeNames reads the people a title stands before: "French
// President Emmanuel Macron", "U.S. envoys A and B", "the Secretary of the
// Council, Name", "Trump's envoy, Name", "negotiators, including A and B".
func (d *doc) titleBeforeNames(si int, th *titleHit, drafts []roleDraft) []roleDraft {
	toks := d.toks[si]
	p := d.phraseAround(si, th)
	j := p.t1
	for j < len(toks) && (toks[j].text == "]" || toks[j].text == ")") {
		j++
	}
	// "Wg Cdr (Retd.) X": retired, in brackets, between rank and name.
	if j+2 < len(toks) && toks[j].text == "(" && toks[j+1].in(lcRetired) {
		e := j + 2
		for e < len(toks) && e < j+4 && toks[e].text == "." {
			e++
		}
		if e < len(toks) && toks[e].text == ")" {
			j = e + 1
		}
	}
	// "Minister of State in the Prime Minister's Office Mohan Lal":
	// where the office sits, then the name.
	if e := d.officeIn(si, j); e > j {
		p.title += " " + joinTokens(toks[j:e])
		p.t1, j = e, e
	}
	comma := false
	// "Qatar's prime minister and foreign minister, Name": the first of
	// two titles joined by "and" before the comma.
	var pair *titlePhrase
	if p.t0 >= 2 && toks[p.t0-1].lower == "and" && !th.plural && j < len(toks) && toks[j].text == "," {
		for h := range d.titles[si] {
			if t := &d.titles[si][h]; t.t1 == p.t0-1 && !t.plural && t.entry.class != "honorific" {
				pp := d.phraseAround(si, t)
				if pp.t0 > 0 && (toks[pp.t0-1].lower == "the" || isPoss(toks[pp.t0-1])) || pp.poss {
					pair = &pp
				}
			}
		}
	}
	if pair != nil && p.org < 0 {
		p.org = pair.org
	}
	if j < len(toks) && toks[j].text == "," {
		// Only "the Secretary of X, Name", "Trump's envoy, Name" and
		// "negotiators, including A and B".
		including := th.plural && j+1 < len(toks) && toks[j+1].lower == "including"
		// And "A NATO spokesman, Name": a body's title.
		aBody := p.t0 > 0 && (toks[p.t0-1].lower == "a" || toks[p.t0-1].lower == "an") && p.org >= 0 && p.t0 < th.t0
		if !(p.t0 > 0 && (toks[p.t0-1].lower == "the" || isPoss(toks[p.t0-1])) || p.t1 > th.t1 || p.poss || including || aBody || pair != nil) {
			return drafts
		}
		// "According to the Kremlin aide, Arbatov said": the comma ends
		// an opening phrase, not an apposition.
		if a := p.t0 - 3; a >= 0 && toks[a].lower == "according" && toks[a+1].lower == "to" {
			return drafts
		}
		comma = true
		j++
	}
	if th.plural && j < len(toks) && toks[j].lower == "including" {
		j++
	}
	for j < len(toks) && (toks[j].text == "[" || toks[j].text == "(") {
		j++
	}
	// An honorific or a rank between title and name: "Prime Minister
	// Sheikh X", "the commander-in-chief, Gen. X" (the rank is a role of
	// its own).
	for _, hh := range d.titles[si] {
		// "military spokesman Lt. Col. X": a role's title, then the rank.
		if hh.t0 == j && (hh.entry.class == "honorific" || hh.entry.class == "rank" && (hh.t0 > th.t1 || th.entry.class == "role")) {
			j = hh.t1
		}
		// "FEMA Administrator Senator X": a body's officer who holds an
		// office as well; both titles are the name's.
		if hh.t0 == j && j == p.t1 && !comma && hh.entry.class == "office" && th.entry.class != "office" && th.entry.class != "rank" &&
			!d.lx.is(lcTitlemod, strings.ToLower(th.entry.name)) && toks[th.t0].upper && hh.t1 < len(toks) && d.personAt(si, hh.t1) {
			j = hh.t1
		}
	}
	// "an adviser to Ukrainian President Y": Y is the president, not the
	// adviser.
	if th.t1 < len(toks) && toks[th.t1].lower == "to" && p.t1 > th.t1 && !comma {
		for _, h := range d.titles[si] {
			if h.t1 == p.t1 && h.t0 > th.t1 {
				return drafts
			}
		}
	}
	// "the two foreign ministers, Brazil's A and Argentina's B": each
	// holds the title for the country named before the name.
	if comma && th.plural && p.org < 0 {
		if ds := d.possessedList(si, j, p.title, th.entry); len(ds) > 0 {
			return append(drafts, ds...)
		}
	}
	people := d.personList(si, j, th.plural)
	if comma && len(people) > 1 && !th.plural {
		people = people[:1]
	}
	// "Senior Adviser to the US President Nathan O": the name is the
	// adviser's, whose capitalised title stands before it with no name of
	// its own.
	title, entry, org, t0 := p.title, th.entry, p.org, p.t0
	if sv := d.servesBefore(si, p.t0); sv != nil && len(people) == 1 && !comma {
		sp := d.phraseAround(si, sv)
		title, entry, t0 = sp.title, sv.entry, sp.t0
		if org < 0 {
			org = sp.org
		}
		if p.org >= 0 {
			org = d.countryEntity(d.countryOfEntity(p.org))
		}
		if org < 0 && th.entry.class == "office" {
			org = sp.org
		}
	}
	for _, mi := range people {
		m := d.mentions[mi]
		org, end := org, m.span.End // the org found above, per person
		if org < 0 && len(people) == 1 && !comma {
			if o, e := d.orgAfterName(si, m.t1, entry.name); o >= 0 {
				org, end = o, toks[e-1].end
			}
		}
		drafts = append(drafts, roleDraft{person: m.entity, title: title, entry: entry, org: org,
			possessor: p.possessor, possTitle: p.possTitle, sibling: -1, sentence: si,
			span: fact.Span{Start: toks[t0].start, End: end}, conf: 0.9})
		if pair != nil {
			drafts = append(drafts, roleDraft{person: m.entity, title: pair.title, entry: pair.hit.entry, org: pair.org,
				possessor: pair.possessor, possTitle: pair.possTitle, sibling: -1, sentence: si,
				span: fact.Span{Start: toks[pair.t0].start, End: end}, conf: 0.85})
		}
		// "Senate Majority Leader X, R-Wyo.": a leader of the Senate with
		// a party tag is a senator of that state.
		if len(people) == 1 && !comma && toks[t0].text == "Senate" && !d.lx.is(lcStatetitle, entry.name) &&
			m.t1+1 < len(toks) && toks[m.t1].text == "," && partyTag(toks[m.t1+1].text) {
			if st := d.partyState(toks, m.t1+1); st != "" {
				if sen, ok := d.lx.titles["senator"]; ok {
					e := partyTagEnd(toks, m.t1+1)
					drafts = append(drafts, roleDraft{person: m.entity, title: sen.name, entry: sen, org: d.placeEntity(st),
						possessor: -1, sibling: -1, sentence: si, span: fact.Span{Start: toks[t0].start, End: toks[e-1].end}, conf: 0.8})
				}
			}
		}
	}
	return drafts
}

// officeIn reads "in the Prime Minister's Office" at token j, right before
// a person's name: "in", a capitalised body ending in its head word
// ("Office", "Ministry"), perhaps with a possessive inside. It returns
// the token after the body, or j when there is none.
func (d *doc) officeIn(si, j int) int {
	toks := d.toks[si]
	if j+2 >= len(toks) || toks[j].lower != "in" {
		return j
	}
	k := j + 1
	if toks[k].lower == "the" {
		k++
	}
	for e := k; e < len(toks) && e < k+6; e++ {
		t := toks[e]
		if !t.upper && !isPoss(t) {
			return j
		}
		if t.upper && d.lx.is(lcOrghead, t.text) && e+1 < len(toks) && d.personAt(si, e+1) {
			return e + 1
		}
	}
	return j
}

// servesBefore returns the capitalised title of one who serves ("Senior
// Adviser", "Aide") standing before "to [the]" and the title phrase that
// starts at token t0, when nothing names its holder before it (no comma
// or article: "X, an adviser to President Y" is Y's own title); nil
// otherwise.
func (d *doc) servesBefore(si, t0 int) *titleHit {
	toks := d.toks[si]
	k := t0 - 1
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	if k < 1 || toks[k].lower != "to" {
		return nil
	}
	for h := range d.titles[si] {
		sv := &d.titles[si][h]
		if sv.t1 != k || !toks[sv.t0].upper || !d.lx.is(lcServes, strings.ToLower(lastWord(sv.entry.name))) {
			continue
		}
		s := sv.t0
		for s > 0 && (toks[s-1].in(lcTitlemod) || toks[s-1].in(lcFormer)) {
			s--
		}
		if s > 0 {
			if w := toks[s-1].lower; w == "," || w == "a" || w == "an" || w == "the" || isPoss(toks[s-1]) {
				return nil
			}
		}
		return sv
	}
	return nil
}

// rolesAfterName reads the roles the words after person mention m give:
// a clause with the name as subject ("X heads Y"), an apposition with a
// who-clause ("X, who heads Y") or with titles ("X, secretary of Y and
// lead negotiator").
func (d *doc) rolesAfterName(si int, m mention, drafts []roleDraft) []roleDraft {
	toks := d.toks[si]
	k := m.t1
	// The name as a clause's subject: "Anna Weiss heads Nordic Power
	// Group", "Lee was named chief executive of Acme".
	if k < len(toks) && toks[k].text != "," && toks[k].text != "(" && !m.quoted {
		if rs := d.verbRole(si, k, m); len(rs) > 0 {
			return append(drafts, rs...)
		}
		// "nominated X as the Trade Cabinet Secretary".
		if r, ok := d.appointedAs(si, k, m); ok {
			drafts = append(drafts, r)
		}
		return drafts
	}
	// "X (the first Polish astronaut)": a bracket opens an apposition too.
	if k+1 >= len(toks) || toks[k].text != "," && toks[k].text != "–" && toks[k].text != "-" && toks[k].text != "—" && toks[k].text != "(" {
		return drafts
	}
	k++
	// An age: "Sam Lee, 54, ...".
	if k+1 < len(toks) && isDigits(toks[k].text) && len(toks[k].text) <= 3 && toks[k+1].text == "," {
		k += 2
	}
	if rs := d.whoHeads(si, k, m); len(rs) > 0 {
		// "A and B, who chair Y": the clause is both names'. Not a list's
		// further names: "talks with X, Dr A and Dr B, who lead Y, ended"
		// has X with them only as whom they met.
		if co := d.coordinatedBefore(si, m.t0); len(co) > 0 {
			o := co[len(co)-1]
			if and := d.tokenIndex(si, o.span.End); and < len(toks) && toks[and].lower == "and" {
				for _, r := range rs {
					r.person = o.entity
					r.span.Start = o.span.Start
					drafts = append(drafts, r)
				}
			}
		}
		return append(drafts, rs...)
	}
	// "the appointment of X, as the new President of Y": after "named",
	// "appointed" or "appointment of" before the name.
	if r, ok := d.appointedAs(si, k, m); ok {
		return append(drafts, r)
	}
	return d.appositionTitles(si, k, m, drafts)
}

// appointedAs reads "as [the] TITLE" at token k after person mention m
// when an appointing word stands before the name: "named X as the new
// President of Y", "nominated X as the Trade Cabinet Secretary".
func (d *doc) appointedAs(si, k int, m mention) (roleDraft, bool) {
	toks := d.toks[si]
	if k+1 >= len(toks) || toks[k].lower != "as" || m.t0 < 1 || !d.appointedBefore(si, m.t0) {
		return roleDraft{}, false
	}
	h := d.titleAfter(si, k+1)
	if h == nil || h.entry.class == "rank" {
		return roleDraft{}, false
	}
	p := d.phraseAround(si, h)
	return roleDraft{person: m.entity, title: p.title, entry: h.entry, org: p.org, possessor: p.possessor, sibling: -1,
		sentence: si, span: fact.Span{Start: m.span.Start, End: toks[p.t1-1].end}, conf: 0.8}, true
}

// appointedBefore says whether an appointing word stands before the
// name at token t0, perhaps with an apposition of titles between:
// "appointed X", "the appointment of Kenya's former trade minister, X".
func (d *doc) appointedBefore(si, t0 int) bool {
	toks := d.toks[si]
	for k := t0 - 1; k >= 0 && k >= t0-10; k-- {
		w := toks[k].lower
		if d.lx.is(lcAppointed, w) || w == "appoint" || w == "appoints" || w == "name" || w == "names" ||
			(w == "appointment" || w == "nomination" || w == "election") && k+1 < len(toks) && toks[k+1].lower == "of" {
			return true
		}
		if w == "." || w == ";" || d.lx.is(lcSpeech, w) {
			return false
		}
	}
	return false
}

// appositionTitles reads the titles of an apposition that starts at token
// k after person mention m, joined by "and": the second takes its country
// from the first ("secretary of Ukraine's council and lead negotiator").
func (d *doc) appositionTitles(si, k int, m mention, drafts []roleDraft) []roleDraft {
	toks := d.toks[si]
	first := -1
	for k < len(toks) {
		h := d.titleAfter(si, k)
		if h == nil {
			break
		}
		p := d.phraseAround(si, h)
		if p.t0 < k {
			p.t0 = k
		}
		if p.possessor == m.entity {
			p.possessor = -1 // "Lefevre, her chief of staff": not his own
		}
		// Never a title that is a name's own: "X, President Y". But "X,
		// an adviser to Ukrainian President Y": Y is whom X serves.
		served := h.t1 < len(toks) && toks[h.t1].lower == "to" && p.t1 > h.t1
		if p.t1 < len(toks) && (d.personAt(si, p.t1) || d.titledNameAt(si, p.t1)) && !served {
			break
		}
		if served {
			if mi := d.personMentionAt(si, p.t1); mi >= 0 {
				p.t1 = d.mentions[mi].t1
			}
		}
		// "... talks with Hapsari, an Australian official said": the
		// title is the subject of a speech verb, not an apposition.
		if p.t1 < len(toks) && toks[p.t1].in(lcSpeech) {
			break
		}
		// "read by X, the leaders directed ...": a plural is no one
		// person's title; only a list's ("A and B, the U.S. envoys").
		if h.plural && first < 0 && len(d.coordinatedBefore(si, m.t0)) == 0 {
			break
		}
		r := roleDraft{person: m.entity, title: p.title, entry: h.entry, org: p.org, possessor: p.possessor, possTitle: p.possTitle, sibling: first,
			sentence: si, span: fact.Span{Start: m.span.Start, End: toks[p.t1-1].end}, conf: 0.8}
		drafts = append(drafts, r)
		if first < 0 {
			first = len(drafts) - 1
			// "Robert Hale and Simon Grant, the U.S. envoys": a plural
			// title is every listed name's.
			for _, o := range d.coordinatedBefore(si, m.t0) {
				if !h.plural {
					break
				}
				q := r
				q.person = o.entity
				q.span.Start = o.span.Start
				drafts = append(drafts, q)
			}
		}
		k = p.t1
		if k >= len(toks) || toks[k].lower != "and" {
			break
		}
		k++
	}
	return drafts
}

// titledNameAt says whether a title starting at token t comes right
// before a person's name: "X, Chief Minister Y" ("Chief" and "Minister"
// two hits) is a list, and "Chief" no title of X's.
func (d *doc) titledNameAt(si, t int) bool {
	for h := range d.titles[si] {
		if th := &d.titles[si][h]; th.t0 == t && th.t1 < len(d.toks[si]) && d.personAt(si, th.t1) {
			return true
		}
	}
	return false
}

// titleAfter finds a title that starts at token k after only determiners,
// "former", and org modifiers; nil when something else comes first.
func (d *doc) titleAfter(si, k int) *titleHit {
	toks := d.toks[si]
	lx := d.lx
	for j := k; j < len(toks) && j < k+8; {
		found := false
		for h := range d.titles[si] {
			th := &d.titles[si][h]
			if th.t0 != j || th.entry.class == "honorific" {
				continue
			}
			// "the president's chief of staff": a possessor's title is
			// not the name's; read on past it.
			if th.t1 < len(toks) && isPoss(toks[th.t1]) {
				j, found = th.t1+1, true
				break
			}
			// "President Orlov's envoy": a title before a name is that
			// person's.
			if mi := d.personMentionAt(si, th.t1); mi >= 0 {
				j, found = d.mentions[mi].t1, true
				break
			}
			return th
		}
		if found {
			continue
		}
		w := toks[j].lower
		switch {
		case w == "the" || w == "a" || w == "an" || lx.is(lcFormer, w) || lx.is(lcTitlemod, w) || isPoss(toks[j]):
			j++
		case (w == "now" || w == "currently" || w == "also") && j == k:
			j++ // "X, now a fellow at Y"
		case w == "until" && j == k && j+1 < len(toks) && (toks[j+1].lower == "now" || toks[j+1].lower == "recently"):
			j += 2 // "X, until now ambassador to Y": held up to the news
		case strings.HasSuffix(w, "-year-old") && j > k:
			j++ // "X, the 64-year-old mayor of Y"
		case w == "first" && j > k:
			j++ // "X (the first Polish astronaut)"
		case lx.is(lcTenure, w) && j > k:
			j++ // "who is also the current chairman of Y", "as the new President of Y"
		case toks[j].upper && j+1 < len(toks) && isPoss(toks[j+1]):
			j++ // "Benton's special envoy": a possessor the text names only here
		case w == "its" || w == "his" || w == "her" || w == "their":
			j++ // "Tim Varga, its chairman", "named X as their new coach"
		case (lx.is(lcBodynoun, w) || w == "army" || w == "military" || w == "navy" || w == "police") && j+1 < len(toks) && isPoss(toks[j+1]):
			j += 2 // "the company's chief executive", "the army's coordinator"
		default:
			mi := d.mentionAt(si, j)
			if mi < 0 || d.mentions[mi].kind == fact.Person && d.mentions[mi].how != byName {
				return nil
			}
			if d.mentions[mi].kind == fact.Person && !d.mentions[mi].poss {
				return nil
			}
			j = d.mentions[mi].t1
		}
	}
	return nil
}

// personList reads "A", "A and B", "A, B and C" starting at token j; only
// the first unless plural.
func (d *doc) personList(si, j int, plural bool) []int {
	toks := d.toks[si]
	var out []int
	for j < len(toks) {
		mi := d.personMentionAt(si, j)
		if mi < 0 {
			break
		}
		out = append(out, mi)
		if !plural {
			break
		}
		j = d.mentions[mi].t1
		if j < len(toks) && toks[j].text == "," {
			j++
		}
		if j < len(toks) && toks[j].lower == "and" {
			j++
		}
		if j >= len(toks) || !toks[j].upper {
			break
		}
	}
	return out
}

// possessedList reads "Brazil's A and Argentina's B" from token j: people
// each after a country's possessive, who hold title for that country.
func (d *doc) possessedList(si, j int, title string, entry *titleEntry) []roleDraft {
	toks := d.toks[si]
	var out []roleDraft
	for j < len(toks) {
		ci := d.mentionAt(si, j)
		if ci < 0 {
			break
		}
		c := d.mentions[ci]
		if !c.poss || c.kind != fact.Org || c.entity < 0 || c.lex == nil || c.lex.country == "" {
			break
		}
		k := c.t1
		if k < len(toks) && isPoss(toks[k]) {
			k++
		}
		pi := d.personMentionAt(si, k)
		if pi < 0 {
			break
		}
		m := d.mentions[pi]
		out = append(out, roleDraft{person: m.entity, title: title, entry: entry, org: c.entity, possessor: -1, sibling: -1,
			sentence: si, span: fact.Span{Start: c.span.Start, End: m.span.End}, conf: 0.85})
		j = m.t1
		if j < len(toks) && toks[j].text == "," {
			j++
		}
		if j < len(toks) && toks[j].lower == "and" {
			j++
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

func (d *doc) personMentionAt(si, t int) int {
	for _, i := range d.startingAt(si, t) {
		m := d.mentions[i]
		if m.sentence == si && m.t0 == t && m.kind == fact.Person && m.how == byName && m.entity >= 0 {
			return i
		}
	}
	return -1
}

// settleRoles gives roles without an org the one the text implies, in
// order of strength: a possessor's country ("Trump's envoy"), a sibling
// role's country ("secretary of Ukraine's council and lead negotiator"),
// the only country of an office, a group the person is listed under
// ("Ukrainian representatives, including ..."), "X, led by", and the
// person's country from another role. Then duplicates go.
func (d *doc) settleRoles(drafts []roleDraft) {
	d.nation = map[int]int{}
	setNation := func(p, c int) {
		if _, ok := d.nation[p]; !ok && c >= 0 {
			d.nation[p] = c
		}
	}
	orgCountry := func(org int) int {
		if c := d.countryOfEntity(org); c != "" {
			return d.countryEntity(c)
		}
		return -1
	}
	for i := range drafts {
		if drafts[i].org >= 0 {
			setNation(drafts[i].person, orgCountry(drafts[i].org))
		}
	}
	hints := d.nationHints()
	for pass := 0; pass < 2; pass++ {
		for i := range drafts {
			r := &drafts[i]
			if r.org >= 0 {
				continue
			}
			switch {
			case r.possessor >= 0:
				if c, ok := d.nation[r.possessor]; ok {
					r.org = c
				} else if c, ok := hints[hintKey{r.sentence, r.possessor}]; ok {
					r.org = c
				}
			case r.sibling >= 0 && drafts[r.sibling].org >= 0:
				r.org = orgCountry(drafts[r.sibling].org)
			case r.entry != nil && r.entry.org != "":
				r.org = d.countryEntity(r.entry.org)
			}
			if r.org < 0 {
				if c, ok := hints[hintKey{r.sentence, r.person}]; ok {
					r.org = c
				}
			}
			if r.org < 0 && pass == 1 {
				if c, ok := d.nation[r.person]; ok {
					r.org = c
				}
			}
			if r.org < 0 && pass == 1 && r.entry != nil && r.entry.class == "office" {
				r.org = d.onlyOtherCountry(r.sentence, r.person)
				if r.org >= 0 && !d.lx.mayHold(d.entities[r.org].Name, r.entry.name) {
					r.org = -1 // "President X ..., British officials said"
				}
				if r.org >= 0 && servesElsewhere(d, drafts, r.person, r.org) {
					// "Port Authority Director Senator X praised Chile": the
					// body he serves names him; the country is his topic.
					r.org = -1
				}
				if r.org < 0 {
					r.org = d.headOfSoleCountry(r.sentence, r.person, r.entry.name, drafts)
				}
				if r.org < 0 {
					r.org = d.rareOfficeCountry(r.entry.name)
				}
			}
			if r.org >= 0 {
				setNation(r.person, orgCountry(r.org))
			}
		}
	}
	// In text order: a person's first hint wins, the same on every run.
	keys := make([]hintKey, 0, len(hints))
	for k := range hints {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b hintKey) int {
		return cmp.Or(cmp.Compare(a.sentence, b.sentence), cmp.Compare(a.person, b.person))
	})
	for _, k := range keys {
		setNation(k.person, hints[k])
	}
	d.homeOffices(drafts)
	d.presidentsStaff(drafts)
	d.governmentWhereSpoken(drafts)
	d.titledPossessors(drafts)
	d.lineage(drafts)
	d.onlyFirm(drafts)
	d.onlyCourt(drafts)
	d.portfolioMinistry(drafts)
	d.bareTitles(drafts)
	d.regionOfTitle(drafts)
	d.partyLeaders(drafts)
	d.bodyNounPartners(drafts)
	d.delegationHeads(drafts)
	for i := range drafts {
		if drafts[i].org >= 0 {
			setNation(drafts[i].person, orgCountry(drafts[i].org))
		}
	}
	// A rank is held in the armed body the person serves in the same
	// sentence: "Lt. Gen. X, commander of the Rapid Support Forces".
	for i := range drafts {
		r := &drafts[i]
		if r.entry == nil || r.entry.class != "rank" || r.org >= 0 {
			continue
		}
		for _, o := range drafts {
			if o.person == r.person && o.sentence == r.sentence && o.org >= 0 && armedBody(d.entities[o.org].Name) {
				r.org = o.org
				break
			}
		}
	}
	// A rank is held in a country's armed forces: "Ukrainian General X"
	// is an officer of the Ukrainian Armed Forces; unless the person holds
	// another title of the country in the same sentence ("Egyptian
	// intelligence chief Major General X", "a Malian government
	// spokesman, Colonel X"): the rank is held where that title is.
	for i := range drafts {
		r := &drafts[i]
		if r.entry == nil || r.entry.class != "rank" || r.org < 0 || d.lx.countries[d.entities[r.org].Name] == nil {
			continue
		}
		other := false
		for _, o := range drafts {
			if o.person == r.person && o.sentence == r.sentence && o.org == r.org && (o.entry == nil || o.entry.class != "rank") {
				other = true
			}
		}
		if !other {
			r.org = d.lateEntity(fact.Org, d.genericName("{dem} Armed Forces", d.entities[r.org].Name, ""))
		}
	}
	// "Sqn Ldr (Retd.) X": a retired officer serves in no armed body now.
	for i := range drafts {
		if r := &drafts[i]; r.entry != nil && r.entry.class == "rank" && d.retiredIn(r.sentence, r.span) {
			r.org = -1
		}
	}
	// Duplicates: same person, title and org; and an org-less role when
	// the same person has the same title with an org.
	type key struct {
		p   int
		t   string
		org int
	}
	seen := map[key]bool{}
	hasOrg := map[key]bool{}
	for _, r := range drafts {
		if r.org >= 0 {
			hasOrg[key{r.person, strings.ToLower(r.title), -1}] = true
		}
	}
	for _, r := range drafts {
		k := key{r.person, strings.ToLower(r.title), r.org}
		if seen[k] || r.org < 0 && hasOrg[k] || r.person < 0 {
			continue
		}
		seen[k] = true
		d.roles = append(d.roles, fact.Role{Person: r.person, Title: r.title, Org: r.org,
			Evidence: fact.Evidence{Sentence: r.sentence, Span: r.span, Confidence: r.conf, Rule: string(r.rule)}})
	}
}

// retiredIn says whether a retired mark in brackets stands inside span
// of sentence si: "Sqn Ldr (Retd.) X".
func (d *doc) retiredIn(si int, span fact.Span) bool {
	toks := d.toks[si]
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].start >= span.Start && toks[k].end <= span.End && toks[k].text == "(" && toks[k+1].in(lcRetired) {
			return true
		}
	}
	return false
}

// servesElsewhere says whether person holds another role with a body
// that is not country c nor one of its bodies: who is named by a body he
// serves holds no office of a country he merely talks about.
func servesElsewhere(d *doc, drafts []roleDraft, person, c int) bool {
	home := d.entities[c].Name
	for _, o := range drafts {
		if o.person != person || o.org < 0 || o.org == c {
			continue
		}
		if _, ok := d.lx.countries[d.entities[o.org].Name]; ok {
			continue
		}
		if d.countryOfEntity(o.org) != home {
			return true
		}
	}
	return false
}

type hintKey struct{ sentence, person int }

// nationHints reads the country a person acts for from the sentence: a
// group named with one country before the person's name ("Ukrainian
// representatives, including senior negotiator A and B"; "The American
// delegation was led by A"; "the Ukrainian government, led by President
// B").
func (d *doc) nationHints() map[hintKey]int {
	out := map[hintKey]int{}
	lx := d.lx
	for si := range d.sentences {
		toks := d.toks[si]
		cur := -1
		for k := 0; k < len(toks); k++ {
			// A preposition starts a phrase about others: "talks between
			// President X and Y" lists no members of the group.
			switch toks[k].lower {
			case "between", "with", "against", "from", "versus", "vs", "about", "than", ";":
				cur = -1
			case ",":
				// "... with Ukrainian representatives, Shatrov said": the
				// one who speaks is no member of the group.
				// ("..., Presidential Aide X said": past the title's words).
				for j := k + 1; j < len(toks) && j < k+5; j++ {
					if mi := d.personMentionAt(si, j); mi >= 0 {
						if d.mentions[mi].t1 < len(toks) && lx.is(lcSpeech, toks[d.mentions[mi].t1].lower) {
							cur = -1
						}
						break
					}
					if !toks[j].upper {
						break
					}
				}
			}
			// A country modifying a group noun or a body sets the
			// current country; two countries ("U.S. and Ukrainian
			// negotiators") clear it.
			if mi := d.mentionAt(si, k); mi >= 0 {
				m := d.mentions[mi]
				if m.kind == fact.Person && m.how == byName && m.entity >= 0 && cur >= 0 && !m.quoted {
					if _, ok := out[hintKey{si, m.entity}]; !ok {
						out[hintKey{si, m.entity}] = cur
					}
				}
				if m.lex != nil && m.lex.country != "" && (m.lex.kind == lxDemonym || m.lex.kind == lxCountry || m.lex.kind == lxCapital) && m.kind != fact.Place {
					j := m.t1
					if j < len(toks) && isPoss(toks[j]) {
						j++
					}
					mixed := false
					if m.t0 > 1 && (toks[m.t0-1].lower == "and" || toks[m.t0-1].text == ",") {
						if mj := d.mentionEndingAt(si, m.t0-1); mj >= 0 && d.mentions[mj].lex != nil && d.mentions[mj].lex.country != "" {
							mixed = true
						}
					}
					if j < len(toks) && (toks[j].in(lcGroup) || toks[j].lower == "side" || toks[j].lower == "government" || toks[j].lower == "delegation") {
						cur = d.countryEntity(m.lex.country)
						if mixed {
							cur = -1
						}
					} else if j < len(toks) && toks[j].lower == "and" {
						cur = -1
					}
				}
			}
		}
	}
	return out
}

// onlyOtherCountry is the one country a sentence names that is not the
// country of another person in it ("Putin, in India for talks with Prime
// Minister Modi"): -1 when there are none or several.
// headOfSoleCountry is for an office with no country ("Prime Minister
// X") in a sentence naming one country alone whose own ministers are the
// others named there: "a meeting in Downing Street between Prime Minister
// X, the Home Secretary and rebel MPs" is the British prime minister.
// The office must be one that heads the country's government or state,
// and no one else may hold it there; -1 otherwise.
func (d *doc) headOfSoleCountry(si, person int, office string, drafts []roleDraft) int {
	var cs []int
	for _, mi := range d.inSentence(si) {
		m := d.mentions[mi]
		if m.sentence == si && m.lex != nil && m.lex.country != "" && m.lex.kind != lxBody {
			if c := d.countryEntity(m.lex.country); !containsInt(cs, c) {
				cs = append(cs, c)
			}
		}
	}
	if len(cs) != 1 || !d.lx.heads[d.entities[cs[0]].Name][strings.ToLower(office)] {
		return -1
	}
	for _, r := range drafts {
		if r.person != person && r.entry != nil && strings.EqualFold(r.entry.name, office) {
			return -1
		}
	}
	return cs[0]
}

// rareOfficeCountry is for a head's office few countries have
// ("Chancellor": Germany and Austria): the one of them the article names,
// by name, demonym, capital or city; -1 when none or several, or when the
// office is a common one ("President").
func (d *doc) rareOfficeCountry(office string) int {
	o := strings.ToLower(office)
	var holders []string
	for c, set := range d.lx.heads {
		if set[o] {
			holders = append(holders, c)
		}
	}
	if len(holders) == 0 || len(holders) > 3 {
		return -1
	}
	slices.Sort(holders)
	found := ""
	for _, c := range holders {
		for _, m := range d.mentions {
			if m.lex != nil && (m.lex.country == c || m.kind == fact.Place && d.lx.countryOf(m.lex.name) == c) {
				if found != "" && found != c {
					return -1
				}
				found = c
				break
			}
		}
	}
	if found == "" {
		return -1
	}
	return d.countryEntity(found)
}

func (d *doc) onlyOtherCountry(si, person int) int {
	var cs []int
	others := map[int]bool{}
	for _, _mi := range d.inSentence(si) {
		m := d.mentions[_mi]
		if m.sentence != si {
			continue
		}
		if m.kind == fact.Person && m.how == byName && m.entity >= 0 && m.entity != person {
			if c, ok := d.nation[m.entity]; ok {
				others[c] = true
			}
		}
		if m.lex != nil && m.lex.country != "" && m.lex.kind != lxBody {
			c := d.countryEntity(m.lex.country)
			if !containsInt(cs, c) {
				cs = append(cs, c)
			}
		}
	}
	var left []int
	for _, c := range cs {
		if !others[c] {
			left = append(left, c)
		}
	}
	if len(left) == 1 {
		return left[0]
	}
	return -1
}

// orgAfterName reads what a name right after a title may carry to say
// where the title holds: "Foreign Minister Anna Koval of Ukraine", "Gov.
// Maria Ruiz of Texas", and the party-and-state tag of American
// legislators ("Sen. John Doyle, R-Ohio", "(D-Vt.)"). It returns the org
// and the token after what it read; -1 when nothing is there. title is
// the title before the name.
func (d *doc) orgAfterName(si, t int, title string) (int, int) {
	toks := d.toks[si]
	if t+1 < len(toks) && toks[t].lower == "of" {
		j := t + 1
		if toks[j].lower == "the" && j+1 < len(toks) {
			j++
		}
		if mi := d.mentionAt(si, j); mi >= 0 {
			m := d.mentions[mi]
			// Only a country, a body or a region: "of the company"
			// or "of Moscow" (a visitor's city) says nothing here.
			if m.entity >= 0 && m.kind != fact.Person && m.lex != nil && m.lex.kind != lxCity && m.lex.kind != lxCapital && !m.poss {
				return m.entity, m.t1
			}
			if m.entity >= 0 && m.how == bySpan && m.kind == fact.Org && !m.poss {
				return m.entity, m.t1
			}
		}
		return -1, t
	}
	if t+1 < len(toks) && (toks[t].text == "," || toks[t].text == "(") && partyTag(toks[t+1].text) {
		end := partyTagEnd(toks, t+1)
		// The state is the org of those who hold it for their state
		// ("Gov. X, D-Calif."), not of a party's leader or the Speaker.
		if st := d.partyState(toks, t+1); st != "" && d.lx.is(lcStatetitle, title) {
			return d.placeEntity(st), end
		}
		return d.countryEntity("United States"), end
	}
	return -1, t
}

// partyTagEnd returns the token after the party tag at token k and the
// dots of its abbreviated state ("D-Calif.", "D-N.Y.").
func partyTagEnd(toks []token, k int) int {
	e := k + 1
	for e < len(toks) && toks[e].start == toks[e-1].end && (toks[e].text == "." || len(toks[e].text) <= 2 && toks[e].upper) {
		e++
	}
	return e
}

// partyState returns the American state a party tag at token k names
// ("R-Texas", "D-Calif.", "R-N.Y.", "I-VT"); "" when none is known.
func (d *doc) partyState(toks []token, k int) string {
	_, st, _ := strings.Cut(toks[k].text, "-")
	for e := k + 1; e < partyTagEnd(toks, k); e++ {
		st += toks[e].text
	}
	key := strings.ReplaceAll(st, ".", "")
	if name, ok := usStateAbbrev[key]; ok {
		return name
	}
	if p, ok := d.lx.places[key]; ok && p.within == "United States" {
		return key
	}
	return ""
}

// usStateAbbrev maps the abbreviations of American states news writes in
// party tags (AP style and postal codes, dots dropped) to their names.
var usStateAbbrev = map[string]string{
	"Ala": "Alabama", "AL": "Alabama", "AK": "Alaska", "Ariz": "Arizona", "AZ": "Arizona",
	"Ark": "Arkansas", "AR": "Arkansas", "Calif": "California", "Cal": "California", "CA": "California",
	"Colo": "Colorado", "CO": "Colorado", "Conn": "Connecticut", "CT": "Connecticut",
	"Del": "Delaware", "DE": "Delaware", "Fla": "Florida", "FL": "Florida", "Ga": "Georgia", "GA": "Georgia",
	"HI": "Hawaii", "ID": "Idaho", "Ill": "Illinois", "IL": "Illinois", "Ind": "Indiana", "IN": "Indiana",
	"IA": "Iowa", "Kan": "Kansas", "Kans": "Kansas", "KS": "Kansas", "Ky": "Kentucky", "KY": "Kentucky",
	"La": "Louisiana", "LA": "Louisiana", "ME": "Maine", "Md": "Maryland", "MD": "Maryland",
	"Mass": "Massachusetts", "MA": "Massachusetts", "Mich": "Michigan", "MI": "Michigan",
	"Minn": "Minnesota", "MN": "Minnesota", "Miss": "Mississippi", "MS": "Mississippi",
	"Mo": "Missouri", "MO": "Missouri", "Mont": "Montana", "MT": "Montana", "Neb": "Nebraska", "Nebr": "Nebraska", "NE": "Nebraska",
	"Nev": "Nevada", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
	"NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio",
	"Okla": "Oklahoma", "OK": "Oklahoma", "Ore": "Oregon", "Oreg": "Oregon", "OR": "Oregon",
	"Pa": "Pennsylvania", "Penn": "Pennsylvania", "PA": "Pennsylvania", "RI": "Rhode Island",
	"SC": "South Carolina", "SD": "South Dakota", "Tenn": "Tennessee", "TN": "Tennessee",
	"Tex": "Texas", "TX": "Texas", "UT": "Utah", "Vt": "Vermont", "VT": "Vermont",
	"Va": "Virginia", "VA": "Virginia", "Wash": "Washington", "WA": "Washington",
	"WVa": "West Virginia", "WV": "West Virginia", "Wis": "Wisconsin", "Wisc": "Wisconsin", "WI": "Wisconsin",
	"Wyo": "Wyoming", "WY": "Wyoming",
}

// whoHeads reads "X, who heads Y" and its wordings ("who now chairs Y",
// "a former banker who leads Y", "who also serves as secretary of Y") in
// the apposition that starts at token k.
func (d *doc) whoHeads(si, k int, m mention) []roleDraft {
	toks := d.toks[si]
	// "Sen. X, R-Texas, who chairs Y": past the party tag.
	if k < len(toks) && partyTag(toks[k].text) {
		k = partyTagEnd(toks, k)
		if k+1 >= len(toks) || toks[k].text != "," {
			return nil
		}
		k++
	}
	for w := k; w < len(toks) && w < k+8; w++ {
		if toks[w].text == "," || toks[w].text == ";" {
			break
		}
		if toks[w].lower == "who" {
			return d.verbRole(si, w+1, m)
		}
	}
	return nil
}

// verbRole reads a role from a verb phrase whose subject is person m,
// starting at token v: "heads Y", "chairs Y", "is Ukraine's top
// negotiator", "serves as secretary of Y", "was named chief executive of
// Y", "became Y's president". A past "was" alone says nothing of now.
func (d *doc) verbRole(si, v int, m mention) []roleDraft {
	toks := d.toks[si]
	for v < len(toks) && (toks[v].in(lcAdverb) || toks[v].lower == "now" || toks[v].lower == "currently" || toks[v].lower == "still") {
		v++
	}
	if v+1 >= len(toks) {
		return nil
	}
	j := -1
	switch w := toks[v].lower; {
	case w == "is" || w == "serves" || w == "became" || w == "becomes" || w == "remains" ||
		// "will become president of Y", "will remain chairman"
		(w == "become" || w == "remain" || w == "serve") && v > m.t1:
		j = v + 1
	case (w == "was" || w == "been" || w == "is") && toks[v+1].in(lcAppointed):
		j = v + 2
	case d.lx.is(lcAppointed, w) && toks[v-1].lower != "who" && v > m.t1:
		j = v + 1 // "has been named": "been" was skipped as an adverb
	default:
		j = roleAs(toks, v) // "will step down from his role as chief executive"
	}
	if j >= 0 {
		if j < len(toks) && toks[j].lower == "as" {
			j++
		}
		h := d.titleAfter(si, j)
		if h == nil {
			return nil
		}
		p := d.phraseAround(si, h)
		out := []roleDraft{{person: m.entity, title: p.title, entry: h.entry, org: p.org, possessor: p.possessor, sibling: -1,
			sentence: si, span: fact.Span{Start: m.span.Start, End: toks[p.t1-1].end}, conf: 0.8}}
		// "president and CEO of Y": two titles, one org.
		if p.t1+1 < len(toks) && toks[p.t1].lower == "and" {
			if h2 := d.titleAfter(si, p.t1+1); h2 != nil && h2.t0 <= p.t1+2 && h2.entry.class != "honorific" {
				p2 := d.phraseAround(si, h2)
				if out[0].org < 0 && out[0].possessor < 0 {
					out[0].org = p2.org
				}
				// "the firm's president and chief operating officer".
				if p2.org < 0 && p2.possessor < 0 {
					p2.org, p2.possessor = out[0].org, out[0].possessor
				}
				out = append(out, roleDraft{person: m.entity, title: p2.title, entry: h2.entry, org: p2.org, possessor: p2.possessor, sibling: -1,
					sentence: si, span: fact.Span{Start: m.span.Start, End: toks[p2.t1-1].end}, conf: 0.8})
			}
		}
		return out
	}
	if !toks[v].in(lcLeads) {
		return nil
	}
	j = v + 1
	if toks[j].lower == "the" && j+1 < len(toks) {
		j++
	}
	title := "head"
	if strings.HasPrefix(toks[v].lower, "chair") {
		title = "chair"
	}
	// "who heads the Russia and Eurasia programme at Chatham House": a
	// unit of a body; the body is the org, not the unit's subject.
	for u := j; u+1 < len(toks) && u < j+8; u++ {
		if toks[u].text == "," || toks[u].in(lcSpeech) {
			break
		}
		if !toks[u].in(lcUnit) || toks[u+1].lower != "at" && toks[u+1].lower != "of" {
			continue
		}
		b := u + 2
		if b < len(toks) && toks[b].lower == "the" {
			b++
		}
		if oi := d.mentionAt(si, b); oi >= 0 && d.mentions[oi].kind != fact.Person && d.mentions[oi].entity >= 0 {
			o := d.mentions[oi]
			return []roleDraft{{person: m.entity, title: title, org: o.entity, possessor: -1, sibling: -1,
				sentence: si, span: fact.Span{Start: m.span.Start, End: o.span.End}, conf: 0.7}}
		}
		if o, end := d.unknownBodyAt(si, b); o >= 0 {
			return []roleDraft{{person: m.entity, title: title, org: o, possessor: -1, sibling: -1,
				sentence: si, span: fact.Span{Start: m.span.Start, End: toks[end-1].end}, conf: 0.7}}
		}
		break
	}
	oi := d.mentionAt(si, j)
	if oi < 0 {
		if o, end := d.unknownBodyAt(si, j); o >= 0 {
			return []roleDraft{{person: m.entity, title: title, org: o, possessor: -1, sibling: -1,
				sentence: si, span: fact.Span{Start: m.span.Start, End: toks[end-1].end}, conf: 0.7}}
		}
	}
	// "heads the Iraqi parliament's oil committee": the body after the
	// demonym or possessive is the org, not the country.
	if oi >= 0 && d.mentions[oi].lex != nil && d.mentions[oi].lex.kind == lxDemonym {
		if mj := d.mentionAt(si, d.mentions[oi].t1); mj >= 0 && d.mentions[mj].kind == fact.Org && d.mentions[mj].entity >= 0 {
			oi = mj
		}
	}
	if oi >= 0 && d.mentions[oi].poss && d.mentions[oi].kind == fact.Org {
		if mj := d.mentionAt(si, d.mentions[oi].t1+1); mj >= 0 && d.mentions[mj].kind == fact.Org && d.mentions[mj].entity >= 0 {
			oi = mj
		}
	}
	if oi < 0 || d.mentions[oi].kind == fact.Person || d.mentions[oi].entity < 0 {
		return nil
	}
	o := d.mentions[oi]
	return []roleDraft{{person: m.entity, title: title, org: o.entity, possessor: -1, sibling: -1,
		sentence: si, span: fact.Span{Start: m.span.Start, End: o.span.End}, conf: 0.8}}
}

// roleAs finds "his role as", "her post as", "their positions as" in the
// few words after the verb at token v ("will step down from his role
// as chief executive", "renewed his contract as head coach") and returns
// the token after "as", -1 when none.
func roleAs(toks []token, v int) int {
	for k := v; k+2 < len(toks) && k < v+5; k++ {
		w := toks[k].lower
		if w == "," || w == "." || w == ";" {
			return -1
		}
		if (w == "his" || w == "her" || w == "their") && toks[k+2].lower == "as" {
			if toks[k+1].in(lcRolenoun) {
				return k + 3
			}
		}
	}
	return -1
}

// skipToComplement returns the token after a "to [the] X" complement that
// starts at token j (X a name or up to three lower-case words), or j; and
// the org or country X names, -1 when none.
func (d *doc) skipToComplement(si, j int, envoy bool) (int, int) {
	toks := d.toks[si]
	if j+1 >= len(toks) || toks[j].lower != "to" && !(envoy && toks[j].lower == "for") {
		return j, -1
	}
	// "special envoy for Sudan": what an envoy is for is the matter he
	// deals with, never whose envoy he is.
	forSubject := toks[j].lower == "for"
	if e := d.lx.envoySubjectEnd(toks, d.titles[si], j); forSubject && e > j+2 {
		return e, -1 // "for Investment and Economic Cooperation"
	}
	k := j + 1
	if toks[k].lower == "the" {
		k++
	}
	if mi := d.mentionAt(si, k); mi >= 0 && d.mentions[mi].kind != fact.Person {
		m := d.mentions[mi]
		org := m.entity
		end := m.t1
		if m.lex != nil && m.lex.kind == lxDemonym {
			// "to the Ukrainian president": the country, and the title.
			org = d.countryEntity(m.lex.country)
			for _, h := range d.titles[si] {
				if h.t0 == end {
					end = h.t1
				}
			}
		}
		if org >= 0 && d.entities[org].Kind == fact.Place || forSubject {
			org = -1
		}
		return end, org
	}
	e := k
	for e < len(toks) && e < k+3 && toks[e].word && !toks[e].upper && !toks[e].in(lcSpeech) {
		e++
	}
	if e > k && (e == len(toks) || toks[e].text == ",") {
		return e, -1
	}
	return j, -1
}

// bodyAnaphor reads "the company" ending right before token k (a
// possessive): the body of that kind the text named last before it, and
// the token "the" starts at; -1 when there is none. A noun that names a
// kind of body ("ministry", "bank") must be a word of the body's name; a
// general one ("company", "firm") takes the last body that is not a
// country or a government.
func (d *doc) bodyAnaphor(si, k int) (int, int) {
	toks := d.toks[si]
	if k < 2 || !toks[k-1].in(lcBodynoun) {
		return -1, 0
	}
	// "the water company's": up to two plain words between "the" and the
	// noun; a body whose name holds one of them is the one meant.
	the := k - 2
	for the >= 0 && the > k-5 && toks[the].lower != "the" && toks[the].word && !toks[the].upper {
		the--
	}
	if the < 0 || toks[the].lower != "the" {
		return -1, 0
	}
	var mods []string
	for _, t := range toks[the+1 : k-1] {
		mods = append(mods, t.lower)
	}
	noun := toks[k-1].lower
	general := d.lx.is(lcFirm, noun)
	before := toks[k-1].start
	best, named := -1, -1
	for _, m := range d.mentions {
		if m.span.End > before {
			break
		}
		if len(mods) > 0 && m.kind == fact.Org && m.entity >= 0 && m.how != byGeneric && (m.lex == nil || m.lex.kind == lxBody) {
			for _, w := range strings.Fields(strings.ToLower(d.entities[m.entity].Name)) {
				if containsStr(mods, w) {
					named = m.entity
				}
			}
		}
		if m.kind != fact.Org || m.entity < 0 || m.lex != nil && m.lex.kind != lxBody || m.how == byGeneric {
			continue
		}
		name := strings.ToLower(d.entities[m.entity].Name)
		// "the bloc's": the union or alliance of states named last.
		bloc := noun == "bloc" && m.lex != nil && m.lex.kind == lxBody && m.lex.country == ""
		if general && (m.lex == nil || m.lex.country == "") || containsStr(strings.Fields(name), noun) || regionalBody(name, noun) || bloc {
			best = m.entity
		}
	}
	if named >= 0 {
		best = named
	}
	return best, the
}

// homeOffices gives the dateline's country to an office still without an
// org when it is one that heads that country ("President Trump" in an
// article datelined Miami): news leaves the country off its own leaders
// and names it for others ("Russian President Vladimir Putin"). Not when
// the person acts for another country, or the article names another
// holder of that office for the country.
func (d *doc) homeOffices(drafts []roleDraft) {
	home := d.datelineCountry()
	if home == "" {
		home = d.mostNamedCountry()
	}
	offices := d.lx.heads[home]
	if offices == nil || !d.actsInArticle(home) {
		return
	}
	homeID := d.countryEntity(home)
	office := func(r roleDraft) string {
		if r.entry == nil || r.entry.class != "office" {
			return ""
		}
		return strings.ToLower(r.entry.name)
	}
	// Besides the heads: ministers ("Deputy Foreign Minister X told TASS"
	// under a Moscow dateline) and the president's staff ("Presidential
	// Aide X").
	atHome := func(r roleDraft) bool {
		t := office(r)
		return offices[t] || strings.Contains(t, "minister") || t == "cabinet secretary" || t == "speaker" ||
			strings.HasPrefix(t, "leader of") || t == "chief justice" ||
			r.entry != nil && strings.HasPrefix(strings.ToLower(r.title), "presidential ")
	}
	for i := range drafts {
		r := &drafts[i]
		t := office(*r)
		if r.entry != nil && r.entry.class != "office" {
			t = strings.ToLower(r.title)
		}
		if r.org >= 0 || !atHome(*r) {
			continue
		}
		if c, ok := d.nation[r.person]; ok && c != homeID {
			continue
		}
		taken := false
		// "then President X": a past holder shares the office with
		// today's.
		past := false
		if ws := strings.Fields(strings.ToLower(r.title)); len(ws) > 1 {
			past = ws[0] == "then" || ws[0] == "former" || ws[0] == "then-"
		}
		for _, o := range drafts {
			// A minister of another portfolio holds no office of his.
			if !past && o.person != r.person && office(o) == t && o.org >= 0 && d.countryOfEntity(o.org) == home &&
				(!strings.Contains(t, "minister") || strings.EqualFold(o.title, r.title)) {
				taken = true
			}
		}
		if !taken {
			r.org = homeID
		}
	}
}

// presidentsStaff gives a "presidential spokesman" with no country the
// country of the president the text named just before (in the same or
// the two sentences before): "Egyptian President X spoke by phone ...
// according to presidential spokesman Y".
func (d *doc) presidentsStaff(drafts []roleDraft) {
	for i := range drafts {
		r := &drafts[i]
		if r.org >= 0 || !strings.HasPrefix(strings.ToLower(r.title), "presidential ") {
			continue
		}
		best := -1
		for _, o := range drafts {
			if o.entry == nil || !strings.EqualFold(o.entry.name, "President") || o.org < 0 || o.person == r.person ||
				o.sentence > r.sentence || o.sentence < r.sentence-2 || d.lx.countries[d.entities[o.org].Name] == nil {
				continue
			}
			if best >= 0 && best != o.org {
				best = -2 // two presidents: whose staff is unclear
				break
			}
			best = o.org
		}
		if best >= 0 {
			r.org = best
		}
	}
}

// governmentWhereSpoken gives a "Government spokesman" with no country
// the country whose capital he speaks in: "Government spokesman X told
// reporters in Jerusalem".
func (d *doc) governmentWhereSpoken(drafts []roleDraft) {
	for i := range drafts {
		r := &drafts[i]
		if r.org >= 0 {
			continue
		}
		si := r.sentence
		toks := d.toks[si]
		t0 := d.tokenIndex(si, r.span.Start)
		if t0 >= len(toks) || toks[t0].lower != "government" && (t0 == 0 || toks[t0-1].lower != "government") {
			continue
		}
		t1 := d.tokenIndex(si, r.span.End)
		for k := t1; k+2 < len(toks) && k < t1+5; k++ {
			if !toks[k].in(lcSpeech) && toks[k].lower != "reporters" && toks[k].lower != "journalists" {
				continue
			}
			j := k + 1
			if j < len(toks) && (toks[j].lower == "reporters" || toks[j].lower == "journalists") {
				j++
			}
			if j+1 >= len(toks) || toks[j].lower != "in" {
				continue
			}
			if mi := d.mentionAt(si, j+1); mi >= 0 && d.mentions[mi].lex != nil && d.mentions[mi].lex.kind == lxCapital {
				r.org = d.countryEntity(d.mentions[mi].lex.country)
				break
			}
		}
	}
}

// actsInArticle says whether the text names country c as an actor
// ("U.S. envoys", "Washington said"), not only as a place: a story
// datelined at a neutral venue (Geneva talks) is not about the host's
// leaders.
func (d *doc) actsInArticle(c string) bool {
	for _, m := range d.mentions {
		if m.kind == fact.Org && m.lex != nil && m.lex.country == c && m.lex.kind != lxBody {
			return true
		}
	}
	return false
}

// mostNamedCountry stands in for a dateline the article lacks: the
// country its places, bodies and country names point to, when it is
// named at least three times and at least twice as often as any other
// ("Porto", "the Town Hall", "Portugal" against one "Spain"); "" when no country stands out so.
func (d *doc) mostNamedCountry() string {
	n := map[string]int{}
	for _, m := range d.mentions {
		if m.kind != fact.Person && m.lex != nil && m.lex.country != "" {
			n[m.lex.country]++
		}
	}
	best, first, second := "", 0, 0
	for c, k := range n {
		switch {
		case k > first || k == first && c < best:
			best, first, second = c, k, max(first, second)
		case k > second:
			second = k
		}
	}
	if first < 3 || first < 2*second {
		return ""
	}
	return best
}

// datelineCountry is the country of the article's dateline place (or of
// the byline's place), "" when there is none or it is unknown.
func (d *doc) datelineCountry() string {
	place := d.art.Dateline
	// "By Jane Doe, Abuja": a byline's place is where the story was filed.
	if _, after, ok := strings.Cut(d.art.Byline, ", "); ok && place == "" {
		place = strings.TrimSpace(after)
	}
	key, _ := phraseKey(place)
	if key == "" {
		return ""
	}
	if e, ok := d.lx.phrases[key]; ok {
		if e.country != "" {
			return e.country
		}
		return d.lx.countryOf(e.name)
	}
	return ""
}

// counterparts reads "her Lithuanian counterpart, Ruta Vilkas" and "his
// counterpart from Lithuania, X" in sentence si: the named person holds
// the title of the one "his" or "her" stands for (the person named last
// before it who holds a role), in the country the phrase names.
func (d *doc) counterparts(si int, drafts []roleDraft) []roleDraft {
	toks := d.toks[si]
	var out []roleDraft
	for k, t := range toks {
		if t.lower != "counterpart" && t.lower != "counterparts" {
			continue
		}
		country, t0 := "", k
		if mi := d.mentionEndingAt(si, k); mi >= 0 && d.mentions[mi].lex != nil && d.mentions[mi].lex.country != "" {
			country, t0 = d.mentions[mi].lex.country, d.mentions[mi].t0
		}
		if t0 == 0 || !toks[t0-1].in(lcPossessive) {
			continue
		}
		j := k + 1
		org := -1
		if country == "" && j+1 < len(toks) && (toks[j].lower == "from" || toks[j].lower == "of" || toks[j].lower == "in" || toks[j].lower == "at") {
			if mi := d.mentionAt(si, j+1); mi >= 0 && d.mentions[mi].lex != nil && d.mentions[mi].lex.country != "" {
				country, j = d.mentions[mi].lex.country, d.mentions[mi].t1
			} else if mi >= 0 && d.mentions[mi].kind == fact.Org && d.mentions[mi].entity >= 0 {
				// "his counterpart at Calder": the same title at that body.
				org, j = d.mentions[mi].entity, d.mentions[mi].t1
			}
		}
		if org < 0 {
			org = d.countryEntity(country)
		}
		if j < len(toks) && toks[j].text == "," {
			j++
		}
		people := d.personList(si, j, t.lower == "counterparts")
		before := toks[t0-1].start
		// "Lukas Brenner, her German counterpart": the name comes first.
		if len(people) == 0 && t0 >= 3 && toks[t0-2].text == "," {
			if mi := d.mentionEndingAt(si, t0-2); mi >= 0 && d.mentions[mi].kind == fact.Person && d.mentions[mi].how == byName && d.mentions[mi].entity >= 0 {
				people = []int{mi}
				before = d.mentions[mi].span.Start
			}
		}
		model := d.lastRoleBefore(si, before, drafts)
		if model < 0 {
			continue
		}
		for _, mi := range people {
			m := d.mentions[mi]
			span := fact.Span{Start: min(toks[t0-1].start, m.span.Start), End: max(toks[k].end, m.span.End)}
			out = append(out, roleDraft{person: m.entity, title: drafts[model].title, entry: drafts[model].entry,
				org: org, possessor: -1, sibling: -1, sentence: si, span: span, conf: 0.7})
		}
	}
	return out
}

// lastRoleBefore is the draft role of the person named last before byte
// off, -1 when that person holds none.
func (d *doc) lastRoleBefore(si, off int, drafts []roleDraft) int {
	person := -1
	for _, m := range d.mentions {
		if m.span.Start >= off {
			break
		}
		if m.kind == fact.Person && m.how == byName && m.entity >= 0 && !m.quoted && m.sentence >= si-1 {
			person = m.entity
		}
	}
	for i, r := range drafts {
		if r.person == person && r.entry != nil {
			return i
		}
	}
	return -1
}

// unknownBodyBefore returns the first token of one to three capitalised
// words no lexicon or list knows that end right before token t and start
// their run of capitals, -1 when there are none.
func (d *doc) unknownBodyBefore(si, t int) int {
	toks := d.toks[si]
	s := t
	for s > 0 && t-s < 3 {
		w := toks[s-1]
		// "FEMA Administrator Senator X": a title is no part of a body's name.
		if !w.upper || !(nameWord(w.text) || isOrgWord(w.text) || isAcronym(w.text)) || d.lx.is(lcNotname, w.text) && !compassBefore(toks, s-1) ||
			d.mentionEndingAt(si, s) >= 0 || d.titleStartsAt(si, s-1) {
			break
		}
		s--
	}
	// "Former Nordax chief executive X": a capitalised "former" opening
	// the sentence is no part of the body's name.
	if s == t || s > 0 && toks[s-1].upper && !(s == 1 && toks[0].in(lcFormer)) {
		return -1
	}
	return s
}

// clubBefore reads a club's or firm's name that ends in a town, right
// before the title of a body's officer (a coach, a director, an
// executive: not an office, which a town has): a capitalised word or
// another place right before the town mention mi, written together
// ("Nordwind Oslo", "Sporting Braga"). It returns where the name starts,
// -1 when there is no such name.
func (d *doc) clubBefore(si, mi int, h *titleHit) int {
	toks := d.toks[si]
	m := d.mentions[mi]
	town := m.kind == fact.Place || m.lex != nil && m.lex.kind == lxCapital
	if !town || m.t0 == 0 || h.entry.class == "office" || h.entry.class == "rank" || h.entry.class == "honorific" {
		return -1
	}
	k := m.t0 - 1
	w := toks[k]
	if !w.upper || !w.word || d.lx.is(lcNotname, w.text) || d.titleStartsAt(si, k) || k == 0 && !d.lx.is(lcFormer, w.lower) && d.mentionEndingAt(si, k+1) < 0 {
		return -1
	}
	if pi := d.mentionEndingAt(si, k+1); pi >= 0 {
		if pm := d.mentions[pi]; pm.kind == fact.Place && pm.t0 == pm.t1-1 {
			return pm.t0
		}
		return -1
	}
	return k
}

// compassBefore says whether token e is a compass word or an ordinal
// opening a longer capitalised name ("Mayor of West Calder", "of North
// Ridge", "Third District Judge X").
func compassBefore(toks []token, e int) bool {
	if toks[e].in(lcCompass) {
		return e+1 < len(toks) && toks[e+1].upper && toks[e+1].word && nameWord(toks[e+1].text)
	}
	return false
}

// possessiveReferent is what the possessive pronoun at token k of sentence
// si stands for: for "its" the body or country named last before it, for
// "his" and "her" the person named last, in this sentence or the one
// before; -1 when none ("their" is left alone).
func (d *doc) possessiveReferent(si, k int) int {
	toks := d.toks[si]
	w := toks[k].lower
	if w != "its" && w != "his" && w != "her" {
		return -1
	}
	off := toks[k].start
	best := -1
	for _, m := range d.mentions {
		if m.span.Start >= off {
			break
		}
		if m.sentence < si-1 || m.entity < 0 || m.quoted {
			continue
		}
		switch {
		case w == "its" && m.kind == fact.Org && m.how != byGroup:
			best = m.entity
		case w != "its" && m.kind == fact.Person && m.how == byName:
			best = m.entity
		}
	}
	return best
}

// bodyBefore is the body (no country) named last before token k, in the
// sentence or the one before it: "their" of a club's or firm's officer.
// -1 when there is none.
func (d *doc) bodyBefore(si, k int) int {
	off := d.toks[si][k].start
	from := d.sentences[max(si-1, 0)].span.Start
	best, at := -1, -1
	for id, e := range d.entities {
		if e.Kind != fact.Org || d.lx.countries[e.Name] != nil || d.countryOfEntity(id) == e.Name {
			continue
		}
		for _, sp := range e.Mentions {
			if sp.Start >= from && sp.End <= off && sp.Start > at {
				best, at = id, sp.Start
			}
		}
	}
	return best
}

// coordinatedBefore lists the people named in a list that ends right
// before token t ("A, B and" before C), nearest last; none when the list
// is not there.
func (d *doc) coordinatedBefore(si, t int) []mention {
	toks := d.toks[si]
	var out []mention
	// "Dr A and Dr B": past the honorifics.
	honorific := func(t int) int {
		for _, h := range d.titles[si] {
			if h.t1 == t && h.entry.class == "honorific" {
				return h.t0
			}
		}
		return t
	}
	t = honorific(t)
	for t > 0 && (toks[t-1].lower == "and" || toks[t-1].text == ",") {
		k := t - 1
		if toks[k].lower == "and" && k > 0 && toks[k-1].text == "," {
			k--
		}
		mi := d.mentionEndingAt(si, k)
		if mi < 0 || d.mentions[mi].kind != fact.Person || d.mentions[mi].how != byName || d.mentions[mi].entity < 0 {
			break
		}
		out = append([]mention{d.mentions[mi]}, out...)
		t = honorific(d.mentions[mi].t0)
	}
	return out
}

// isFirm says whether an org is a firm: one no lexicon knows whose name
// ends in a firm's word ("Fjord Energy", "Acme Corp"), or one the text
// named only where a body had to stand ("chief executive of Naftoflot").
func (d *doc) isFirm(e fact.Entity) bool {
	// "Ministry of Energy": a body "of" something is a government's.
	if d.lx.known(e.Name) || strings.Contains(e.Name, " of ") {
		return false
	}
	return d.lx.is(lcFirmhead, lastWord(e.Name)) || d.unknownOrgs[e.ID]
}

// firmOfficer says whether a title is held in firms alone: the chief
// officers ("chief executive", "CFO"), managing directors, a board's
// directors and members, executive chairmen and vice presidents; a
// chairman or a founder may be a party's or a movement's.
func firmOfficer(t *titleEntry) bool {
	n := strings.ToLower(t.name)
	return t.class == "executive" && (strings.HasPrefix(n, "chief ") || len(n) == 3 && n[0] == 'c' && n[2] == 'o' || n == "managing director" ||
		strings.Contains(n, "board") || strings.Contains(n, "executive ") || strings.HasSuffix(n, "vice president"))
}

// onlyFirm gives a firm's officer title still without an org ("with Chief
// Executive Ingrid Solheim saying") the one firm the article has named
// before it: an organisation no lexicon knows, so not a government, a
// country or a known body. None when it named several.
func (d *doc) onlyFirm(drafts []roleDraft) {
	d.onlyBody(drafts, firmOfficer, d.isFirm, true)
}

// onlyCourt gives a judge with no court the one court the article names
// ("a ruling by the Northvale High Court ... Judge X, who heard it"):
// before or after the judge, as a ruling is told either way round.
func (d *doc) onlyCourt(drafts []roleDraft) {
	judge := func(t *titleEntry) bool {
		n := strings.ToLower(t.name)
		return n == "judge" || n == "justice" || n == "magistrate"
	}
	court := func(e fact.Entity) bool {
		w := strings.ToLower(lastWord(e.Name))
		return w == "court" || w == "tribunal"
	}
	d.onlyBody(drafts, judge, court, false)
}

// regionOfTitle gives an office still without an org the region or city
// the article names it with where no one is named: "Ohio's attorney
// general plans ... Attorney General X" is Ohio's; "a Toledo police
// officer ... Officer Y" is Toledo's. Only when the article gives that
// title one such place.
func (d *doc) regionOfTitle(drafts []roleDraft) {
	for i := range drafts {
		r := &drafts[i]
		if r.org >= 0 || r.entry == nil || r.entry.class != "office" && r.entry.class != "rank" {
			continue
		}
		name := strings.ToLower(r.entry.name)
		place := -1
		see := func(si, k int) {
			mi := d.mentionEndingAt(si, k)
			if mi < 0 || d.mentions[mi].kind != fact.Place || d.mentions[mi].entity < 0 || place == -2 {
				return
			}
			if place >= 0 && place != d.mentions[mi].entity {
				place = -2
				return
			}
			place = d.mentions[mi].entity
		}
		for si := range d.sentences {
			toks := d.toks[si]
			// "a Toledo police officer": the rank in lower case.
			for k := 2; name == "officer" && k < len(toks); k++ {
				if (toks[k].lower == "officer" || toks[k].lower == "officers") && toks[k-1].lower == "police" {
					see(si, k-1)
				}
			}
			for _, th := range d.titles[si] {
				if strings.ToLower(th.entry.name) != name || th.t0 < 2 || !isPoss(toks[th.t0-1]) || th.t1 < len(toks) && d.personAt(si, th.t1) {
					continue
				}
				see(si, th.t0-1)
			}
		}
		if place == -1 && (name == "governor" || strings.EqualFold(r.title, "governor")) {
			place = d.soleRegion()
		}
		if place >= 0 {
			r.org = place
		}
	}
}

// partyLeaders gives a bare "Leader X" the party the text named last in
// that sentence or the one before: "The Greens attacked the plan.
// Leader Ann Rusk said".
func (d *doc) partyLeaders(drafts []roleDraft) {
	for i := range drafts {
		r := &drafts[i]
		if r.org >= 0 || !strings.EqualFold(r.title, "leader") {
			continue
		}
		for _, m := range d.mentions {
			if m.span.Start >= r.span.Start {
				break
			}
			if m.sentence >= r.sentence-1 && m.kind == fact.Org && m.entity >= 0 && strings.HasSuffix(d.entities[m.entity].Name, " Party") {
				r.org = m.entity
			}
		}
	}
}

// bodyNounPartners gives a title after a body's common noun ("union
// spokesman Y") the body of the title joined to it by "and" just before
// ("Guild President X and deputy union spokesman Y"): the noun names
// that body again.
func (d *doc) bodyNounPartners(drafts []roleDraft) {
	for i := range drafts {
		r := &drafts[i]
		if r.org >= 0 {
			continue
		}
		toks := d.toks[r.sentence]
		k := d.tokenIndex(r.sentence, r.span.Start)
		if k < 2 || k >= len(toks) || !toks[k-1].word || toks[k-1].upper || !toks[k-1].in(lcBodynoun) {
			continue
		}
		and := k - 2
		for and > 0 && (toks[and].in(lcTitlemod) || toks[and].in(lcFormer)) {
			and--
		}
		if toks[and].lower != "and" {
			continue
		}
		for _, o := range drafts {
			if o.sentence == r.sentence && o.person != r.person && o.org >= 0 && o.span.End == toks[and-1].end &&
				d.lx.countries[d.entities[o.org].Name] == nil {
				r.org = o.org
			}
		}
	}
}

// soleRegion is the one region (a state, a province) the article names,
// -1 when it names none or several: "Gov. X" of a story about one province
// governs it.
func (d *doc) soleRegion() int {
	region := -1
	for _, m := range d.mentions {
		if m.kind != fact.Place || m.lex == nil || m.lex.kind != lxRegion || m.entity < 0 || m.entity == region {
			continue
		}
		if region >= 0 {
			return -1
		}
		region = m.entity
	}
	return region
}

// bareTitles gives a title written bare ("Minister X") the org of the
// fuller title the same person holds ("Health Minister X" of the Health
// Ministry): one office, named twice.
func (d *doc) bareTitles(drafts []roleDraft) {
	for i := range drafts {
		r := &drafts[i]
		if r.org >= 0 {
			continue
		}
		bare := " " + strings.ToLower(r.title)
		for _, o := range drafts {
			if o.person == r.person && o.org >= 0 && strings.HasSuffix(strings.ToLower(o.title), bare) {
				r.org = o.org
				break
			}
		}
	}
}

// portfolioMinistry gives a portfolio's minister with no country ("Health
// Minister X") the one ministry of that portfolio the article names ("the
// Ministry of Health", "the Health Ministry").
func (d *doc) portfolioMinistry(drafts []roleDraft) {
	for i := range drafts {
		r := &drafts[i]
		ws := strings.Fields(strings.ToLower(r.title))
		if r.org >= 0 || len(ws) < 2 || !strings.Contains(ws[len(ws)-1], "minister") && ws[0] != "minister" {
			continue
		}
		portfolio := ""
		for _, w := range ws {
			if d.lx.is(lcPortfolio, w) {
				portfolio = w
			}
		}
		if portfolio == "" {
			continue
		}
		ministry := -1
		for _, e := range d.entities {
			n := strings.Fields(strings.ToLower(e.Name))
			if e.Kind != fact.Org || !slices.Contains(n, "ministry") || !slices.Contains(n, portfolio) {
				continue
			}
			if ministry >= 0 {
				ministry = -1
				break
			}
			ministry = e.ID
		}
		r.org = ministry
	}
}

// onlyBody gives each role still without an org, whose title entry
// satisfies holds, the one org of the article that satisfies is (named
// before the role when before is set); none when the article names
// several such orgs.
func (d *doc) onlyBody(drafts []roleDraft, holds func(*titleEntry) bool, is func(fact.Entity) bool, before bool) {
	for i := range drafts {
		r := &drafts[i]
		if r.org >= 0 || r.entry == nil || !holds(r.entry) {
			continue
		}
		body := -1
		for _, e := range d.entities {
			if e.Kind != fact.Org || len(e.Mentions) == 0 || before && e.Mentions[0].Start >= r.span.Start || !is(e) {
				continue
			}
			if body >= 0 {
				body = -1
				break
			}
			body = e.ID
		}
		r.org = body
	}
}

// delegationHeads gives the roles still without an org of a person who
// leads a body's delegation ("The army delegation is led by Lieutenant
// General X, the deputy chief of staff", "the RSF team is headed by Y, an
// adviser") that body: he serves it. Offices are left alone: a head of
// state leads his country's delegation, not its army's.
func (d *doc) delegationHeads(drafts []roleDraft) {
	for i := range drafts {
		r := &drafts[i]
		if r.org >= 0 || r.entry == nil || r.entry.class == "office" {
			continue
		}
		if o := d.delegationOf(r.sentence, r.person); o >= 0 {
			r.org = o
		}
	}
}

// delegationOf is the body whose delegation, team or side sentence si
// says person leads: "[the] Body delegation (is|was) led by X"; -1 when
// none.
func (d *doc) delegationOf(si, person int) int {
	toks := d.toks[si]
	for k := 1; k+2 < len(toks); k++ {
		if w := toks[k].lower; w != "delegation" && w != "team" && w != "side" {
			continue
		}
		org := -1
		if oi := d.mentionEndingAt(si, k); oi >= 0 {
			m := d.mentions[oi]
			if m.kind == fact.Org && (m.lex == nil || m.lex.kind == lxBody || m.lex.kind == lxGeneric) {
				org = m.entity
			}
		} else {
			org = d.genericNamedBefore(si, k)
		}
		if org < 0 {
			continue
		}
		j := k + 1
		for j < len(toks) && (toks[j].lower == "is" || toks[j].lower == "was" || toks[j].lower == "will" || toks[j].lower == "be" || toks[j].lower == "being") {
			j++
		}
		if j+2 > len(toks) || toks[j].lower != "led" && toks[j].lower != "headed" || toks[j+1].lower != "by" {
			continue
		}
		pj := j + 2
		for _, h := range d.titles[si] {
			if h.t0 == pj && (h.entry.class == "rank" || h.entry.class == "honorific") {
				pj = h.t1
			}
		}
		if pi := d.personMentionAt(si, pj); pi >= 0 && d.mentions[pi].entity == person {
			return org
		}
	}
	return -1
}

// genericNamedBefore is the body a generic noun with no country ending
// at token k stands for ("the army" after "Sudan's army"): the one body
// made from the same noun earlier in the article; -1 when none or several.
func (d *doc) genericNamedBefore(si, k int) int {
	toks := d.toks[si]
	for n := 1; n <= 2 && k-n >= 0; n++ {
		parts := make([]string, 0, n)
		for _, t := range toks[k-n : k] {
			parts = append(parts, t.lower)
		}
		e, ok := d.lx.phrases[strings.Join(parts, " ")]
		if !ok || e.kind != lxGeneric || strings.HasPrefix(e.pattern, "{country}") {
			continue
		}
		found := -1
		for _, m := range d.mentions {
			if m.sentence >= si {
				break
			}
			if m.how != byGeneric || m.entity < 0 || m.lex == nil || m.lex.pattern != e.pattern {
				continue
			}
			if found >= 0 && found != m.entity {
				return -1
			}
			found = m.entity
		}
		return found
	}
	return -1
}

// regionalBody says whether "the region's" may stand for a body: one
// whose name holds "Regional" ("Kurdistan Regional Government").
func regionalBody(name, noun string) bool {
	return noun == "region" && containsStr(strings.Fields(name), "regional")
}

// committeeAt reads a committee written in lower case from token j ("the
// home affairs select committee", "the Treasury select committee"): up to
// four words ending in a lower-case "committee"; it returns the token after
// it, j when there is none.
func (d *doc) committeeAt(si, j int) int {
	toks := d.toks[si]
	for e := j; e < len(toks) && e < j+5; e++ {
		if !toks[e].word || toks[e].lower == "and" || toks[e].lower == "the" {
			return j
		}
		if w := toks[e].lower; w == "committee" || w == "subcommittee" {
			if e == j {
				return j
			}
			return e + 1
		}
	}
	return j
}

// includingLater reads the people a plural title lists further on, after
// ", including": "briefed European national security advisers at the
// residence in Berlin, including Germany's Hanna W and Britain's Rupert
// C". A country's possessive before a name gives that person's country.
// (A comma right after the title is titleBeforeNames' case.)
func (d *doc) includingLater(si int, th *titleHit, drafts []roleDraft) []roleDraft {
	toks := d.toks[si]
	if !th.plural || th.t1 < len(toks) && toks[th.t1].text == "," {
		return drafts
	}
	k := -1
	for j := th.t1 + 1; j+1 < len(toks) && j < th.t1+16; j++ {
		if toks[j].lower == "including" && toks[j-1].text == "," {
			k = j + 1
			break
		}
		if toks[j].text == ";" || d.personMentionAt(si, j) >= 0 {
			return drafts
		}
		// Another title ends the list's reach, unless it is a possessor
		// ("at the US ambassador's residence").
		for _, h := range d.titles[si] {
			if h.t0 == j && h.entry.class != "honorific" && !(h.t1 < len(toks) && isPoss(toks[h.t1])) {
				return drafts
			}
		}
	}
	if k < 0 {
		return drafts
	}
	p := d.phraseAround(si, th)
	title := th.entry.name
	if !toks[th.t0].upper {
		title = strings.ToLower(title) // as written: "defence ministers"
	}
	for k < len(toks) {
		org := p.org
		if mi := d.mentionAt(si, k); mi >= 0 && d.mentions[mi].lex != nil && d.mentions[mi].lex.country != "" && d.mentions[mi].t1 < len(toks) && isPoss(toks[d.mentions[mi].t1]) {
			org = d.countryEntity(d.mentions[mi].lex.country)
			k = d.mentions[mi].t1 + 1
		}
		pi := d.personMentionAt(si, k)
		if pi < 0 {
			break
		}
		m := d.mentions[pi]
		drafts = append(drafts, roleDraft{person: m.entity, title: title, entry: th.entry, org: org,
			possessor: -1, sibling: -1, sentence: si, span: fact.Span{Start: toks[th.t0].start, End: m.span.End}, conf: 0.7})
		k = m.t1
		if k < len(toks) && toks[k].text == "," {
			k++
		}
		if k < len(toks) && toks[k].lower == "and" {
			k++
		}
	}
	return drafts
}

// titleReferent is the title of the person a "his" or "her" at token k
// stands for when the text last named that person by title alone ("The
// prime minister also accepted ..., his spokesman"): the last person
// mention before it, in this sentence or the one before; nil when that is
// a name or there is none.
func (d *doc) titleReferent(si, k int) *titleEntry {
	off := d.toks[si][k].start
	var out *titleEntry
	for _, m := range d.mentions {
		if m.span.Start >= off {
			break
		}
		if m.sentence < si-1 || m.kind != fact.Person || m.quoted || m.how == byGroup || m.how == byPronoun {
			continue
		}
		out = nil
		if m.how == byTitle && m.title != nil {
			out = m.title.entry
		}
	}
	return out
}

// titledPossessors gives a role whose possessor the text named by title
// alone ("his spokesman" after "the prime minister") the country of the
// one person holding that title with a country in the article.
func (d *doc) titledPossessors(drafts []roleDraft) {
	for i := range drafts {
		r := &drafts[i]
		if r.org >= 0 || r.possTitle == nil {
			continue
		}
		c := ""
		for _, o := range drafts {
			if o.entry == nil || o.org < 0 || !strings.EqualFold(o.entry.name, r.possTitle.name) {
				continue
			}
			oc := d.countryOfEntity(o.org)
			if oc == "" || c != "" && c != oc {
				c = ""
				break
			}
			c = oc
		}
		if c != "" {
			r.org = d.countryEntity(c)
		}
	}
}

// armedBody says whether an org's name is an armed force's: "Rapid
// Support Forces", "Sudanese Army", "Ukraine's General Staff".
func armedBody(name string) bool {
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(w) {
		case "army", "forces", "force", "navy", "military", "guard", "staff", "militia":
			return true
		}
	}
	return false
}

// adjectivesAfterPoss returns how many plain lower-case words (one or two)
// end at token k right after a possessive 's or a body's name, 0 when they
// are not that: "the UN's humanitarian chief" gives 1 at "humanitarian",
// "Hamas political bureau chief" 2 at "bureau".
func (d *doc) adjectivesAfterPoss(si, k int) int {
	toks := d.toks[si]
	plain := func(t token) bool {
		w := t.lower
		return t.word && !t.upper && !isPoss(t) && len(w) > 2 && !d.lx.is(lcDeterminer, w) && !d.lx.is(lcAuxiliary, w) &&
			!d.lx.is(lcSpeech, w) && !d.lx.is(lcConnector, w) && !d.lx.is(lcLocative, w) && !d.lx.is(lcPossessive, w) &&
			w != "own" && w != "with" && w != "by" && w != "who" && w != "not" && !strings.HasPrefix(w, "includ")
	}
	for n := 1; n <= 2; n++ {
		j := k - n + 1
		if j < 1 || !plain(toks[j]) {
			return 0
		}
		if isPoss(toks[j-1]) {
			return n
		}
		// "Hamas political bureau chief X": a body right before them.
		if mi := d.mentionEndingAt(si, j); mi >= 0 && d.mentions[mi].kind == fact.Org && d.mentions[mi].entity >= 0 &&
			(d.mentions[mi].lex == nil || d.mentions[mi].lex.kind == lxBody) {
			return n
		}
	}
	return 0
}
