package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/fact"
)

// Speakers: who a speech verb or an attribution names as speaking — a
// person, a body, a country through its officials, a seat of government —
// and who else speaks with them ("France and Germany").

// speakerAt returns the speaker entity named by the mention starting at
// token k, and the token after it; -1 when none.
func (d *doc) speakerAt(si, k int) (int, int) {
	toks := d.toks[si]
	start := k
	// "the", "a senior", "two": words before the speaker's name or body.
	for k < len(toks) && k < start+4 && d.mentionAt(si, k) < 0 && !d.titleStartsAt(si, k) &&
		(toks[k].lower == "the" || toks[k].lower == "a" || toks[k].lower == "an" || toks[k].in(lcTitlemod) || toks[k].in(lcFormer) || toks[k].lower == "two" || toks[k].lower == "three") {
		k++
	}
	// "Mayor Viktor Halas": a title the name mention leaves out.
	if d.mentionAt(si, k) < 0 {
		for _, h := range d.titles[si] {
			if h.t0 == k && h.t1 > k {
				k = h.t1
				break
			}
		}
	}
	best := -1
	for _, i := range d.inSentence(si) {
		m := &d.mentions[i]
		if m.sentence != si || m.t0 != k {
			continue
		}
		if best < 0 || m.t1 > d.mentions[best].t1 {
			best = i
		}
	}
	if best < 0 && k < len(toks) && toks[k].lower == "of" {
		// "the President of the ECOWAS Commission, Aliou Sanogo-Kane":
		// the one named after, else the body.
		if e, end := d.titleOfBody(si, k); e >= 0 {
			return e, end
		}
	}
	if best < 0 {
		// "union leader Jonas Keller said": a person after words that
		// describe them.
		if e, end := d.describedPerson(si, k); e >= 0 {
			return e, end
		}
		// "a CMA spokesperson": a body no lexicon knows, named by its title.
		if e, end := d.bodyOfTitle(si, k); e >= 0 {
			return e, end
		}
		// "the campaign group Liberty": named after a word for a body.
		if e, end := d.namedBody(si, k); e >= 0 {
			return e, end
		}
		// "the government sources clarified".
		if e, end := d.governmentSources(si, start); e >= 0 {
			return e, end
		}
		if k >= len(toks) {
			// A title that ends the sentence ("... Dr."): no word after it
			// names an office.
			return -1, k
		}
		// "the chancellery's statement": the office named before.
		if e := d.officeReferredBack(toks[k].lower); e >= 0 {
			return e, k + 1
		}
		// "the office": whose office was named before ("the Prime
		// Minister's Office").
		if k > 0 && toks[k-1].lower == "the" && officeWord(toks[k].lower) {
			if e := d.officeHolderBack(si, toks[k].lower); e >= 0 {
				return e, k + 1
			}
		}
		// "the ministry", "a ministry spokeswoman": the body named before.
		if e, end := d.bodyReferredBack(si, k); e >= 0 {
			for _, h := range d.titles[si] {
				if h.t0 == end {
					end = h.t1
				}
			}
			return e, end
		}
		return -1, k
	}
	m := d.mentions[best]
	// A modifier before a body or title: "Russian official X", "the
	// Ukrainian military", "French President Emmanuel Macron".
	end := m.t1
	for m.kind != fact.Person || m.how == byGroup {
		if end < len(toks) && isPoss(toks[end]) {
			end++
			// "the union's Ontario secretary X": a modifier no lexicon knows.
			if end+1 < len(toks) && toks[end].upper && d.mentionAt(si, end) < 0 && d.titleStartsAt(si, end+1) {
				end++
			}
		}
		for _, h := range d.titles[si] {
			if h.t0 == end {
				end = h.t1
			}
		}
		nx := -1
		for _, i := range d.inSentence(si) {
			if d.mentions[i].sentence == si && d.mentions[i].t0 == end && d.mentions[i].how != byGroup {
				nx = i
			}
		}
		if nx < 0 {
			break
		}
		m = d.mentions[nx]
		end = m.t1
	}
	// "a Kremlin spokesman": the body speaks; the phrase ends after the
	// title. "The Kremlin aide": the one the article named with that
	// title, if one.
	if m.kind != fact.Person {
		for _, h := range d.titles[si] {
			if h.t0 == end {
				end = h.t1
			}
			if h.t0 == m.t1 && h.t1 == end && start < len(toks) && toks[start].lower == "the" {
				if p := d.namedWithTitle(si, h.entry.name); p >= 0 {
					return p, end
				}
			}
		}
	}
	// "the president's spokesman, Ivan Sokol,": the one named.
	if m.kind == fact.Person && m.how != byGroup && end < len(toks) && isPoss(toks[end]) {
		for _, h := range d.titles[si] {
			if h.t0 == end+1 && h.t1+1 < len(toks) && toks[h.t1].text == "," {
				if p := d.personMentionAt(si, h.t1+1); p >= 0 {
					pe := d.mentions[p].t1
					if pe < len(toks) && toks[pe].text == "," {
						pe++
					}
					return d.mentions[p].entity, pe
				}
			}
		}
	}
	// "the prime minister's official spokesman": a head of state's or
	// government's spokesman speaks for the government.
	if m.kind == fact.Person && m.how != byGroup && m.entity >= 0 {
		if c, e2 := d.leaderSpokesman(si, m.entity, end); c >= 0 {
			return c, e2
		}
	}
	if e := d.speakerEntity(m); e >= 0 {
		// Skip an apposition: "said X, the title of Y."
		return e, end
	}
	return -1, k
}

// spokesWord reports whether w names a spokesperson.
func spokesWord(w string) bool {
	return w == "spokesman" || w == "spokeswoman" || w == "spokesperson" || w == "spokespeople" || w == "spokesmen"
}

// leaderSpokesman reads "'s (official) spokesman" at token k after a head
// of state or government p: the country p heads speaks. It returns the
// country's entity and the token after the phrase; -1 when not so.
func (d *doc) leaderSpokesman(si, p, k int) (int, int) {
	toks := d.toks[si]
	if k >= len(toks) || !isPoss(toks[k]) {
		return -1, k
	}
	j := k + 1
	for j < len(toks) && j < k+3 && (toks[j].lower == "official" || toks[j].in(lcTitlemod)) {
		j++
	}
	if j >= len(toks) || !spokesWord(toks[j].lower) {
		return -1, k
	}
	if c := d.headedCountry(p); c >= 0 {
		return c, j + 1
	}
	return -1, k
}

// headedCountry is the country entity a person heads as president, prime
// minister or the like; -1 when none or several.
func (d *doc) headedCountry(p int) int { return d.roleCountry(p, headTitle) }

// speakerEntity is the entity a mention can speak as.
func (d *doc) speakerEntity(m mention) int {
	switch {
	case m.how == byGroup:
		// "Kremlin officials" speak for the Kremlin, "Russian officials"
		// for Russia.
		for _, i := range d.inSentence(m.sentence) {
			mm := d.mentions[i]
			if mm.sentence == m.sentence && mm.t0 >= m.t0 && mm.t1 <= m.t1 && mm.lex != nil && mm.lex.kind == lxBody && mm.entity >= 0 && len(m.countries) <= 1 {
				return mm.entity
			}
		}
		if m.country != "" {
			return d.countryEntity(m.country)
		}
		for _, mm := range d.mentions {
			if mm.sentence == m.sentence && mm.t0 >= m.t0 && mm.t1 <= m.t1 && mm.lex != nil && mm.lex.country != "" {
				return d.countryEntity(mm.lex.country)
			}
		}
		return -1
	case m.kind == fact.Place:
		return -1
	case m.how == byTitle && m.title != nil && m.entity >= 0:
		// "The Kremlin aide" stands for the one named right after that
		// title ("Presidential Aide Yevgeny Shatrov"), if the person it
		// was resolved to never was.
		// Not past a body the reference names ("the Labour MP") to
		// one who holds the title in another.
		if p := d.namedWithTitle(m.sentence, m.title.entry.name); p >= 0 && p != m.entity && !d.namedAfterTitle(m.entity, m.title.entry.name) &&
			!d.holdsInOtherBody(p, m.title.entry, d.titleRefBody(m)) {
			return p
		}
	}
	return m.entity
}

// namedAfterTitle reports whether person p is named right after a title
// of that name somewhere in the article.
func (d *doc) namedAfterTitle(p int, title string) bool {
	for s := range d.sentences {
		for _, th := range d.titles[s] {
			if !strings.EqualFold(th.entry.name, title) {
				continue
			}
			if i := d.personMentionAt(s, th.t1); i >= 0 && d.mentions[i].entity == p {
				return true
			}
		}
	}
	return false
}

// subjectOf finds who speaks with the speech verb at token v: the subject
// phrase before it ("Russian official Yuri Ushakov characterized"), the
// subject of a sentence-initial "X, who ..., said", or of a coordinated
// verb ("... but noted"). A person in the subject phrase wins over a
// body, a body over a country modifier.
func (d *doc) subjectOf(si, v int) (int, []int) {
	toks := d.toks[si]
	// "Emphasizing X, Y told Z": the main clause's speaker.
	if v == 0 && strings.HasSuffix(toks[0].lower, "ing") && (toks[0].in(lcAct) || toks[0].in(lcOpeningact)) {
		for k := 2; k < len(toks); k++ {
			if d.speechAt(toks, k) && !inSpans(d.quotes, fact.Span{Start: toks[k].start, End: toks[k].end}) {
				return d.subjectOf(si, k)
			}
		}
		return -1, nil
	}
	j := v - 1
	for j >= 0 && toks[j].in(lcAdverb) {
		j--
	}
	// "The Industrial Union of Argentina (UIA) said": past the acronym.
	if j > 2 && toks[j].text == ")" && toks[j-2].text == "(" {
		j -= 3
	}
	// "she emerged before 8pm to tell reporters that": the clause's
	// subject; not what someone wants or is due to say.
	if j > 0 && toks[j].lower == "to" && (toks[v].lower == "tell" || toks[v].lower == "say") {
		if toks[j-1].in(lcIntentbefore) {
			return -1, nil
		}
		return d.firstSubject(si, j)
	}
	// Passive: "described by Russian officials as", "was described as
	// “conciliatory” by the union's secretary X".
	if v+1 < len(toks) && toks[v+1].lower == "by" {
		if sp, _ := d.speakerAt(si, v+2); sp >= 0 {
			return sp, nil
		}
	}
	if v > 0 && v+2 < len(toks) && toks[v+1].lower == "as" && (toks[v-1].lower == "was" || toks[v-1].lower == "were" || toks[v-1].lower == "been") {
		for k := v + 2; k+1 < len(toks) && k <= v+12; k++ {
			if toks[k].lower == "by" && !inSpans(d.quotes, fact.Span{Start: toks[k].start, End: toks[k].end}) {
				if sp, _ := d.speakerAt(si, k+1); sp >= 0 {
					return sp, nil
				}
				break
			}
		}
	}
	// "The party attacked what they called ...": the clause's subject.
	if j > 0 && toks[j].lower == "they" && toks[j-1].lower == "what" {
		if sp, co := d.firstSubject(si, j-1); sp >= 0 {
			return sp, co
		}
		// "The Greens attacked what they called": a party no lexicon
		// knows, in capitals before the verb.
		a := 0
		if a < len(toks) && toks[a].lower == "the" {
			a++
		}
		// "The opposition Social Democrats".
		for a < j-2 && a < 3 && toks[a].word && !toks[a].upper {
			a++
		}
		e := a
		for e < j-2 && toks[e].upper && bodyWord(toks[e].text) && d.mentionAt(si, e) < 0 {
			e++
		}
		if e > a && e == j-2 && e-a <= 3 {
			return d.orgNamed(si, a, e), nil
		}
		return -1, nil
	}
	// "They confirmed that ...": the two people just named.
	if j >= 0 && toks[j].lower == "they" && (j == 0 || toks[j-1].in(lcClausestop) || toks[j-1].lower == "which") {
		if p, q := d.twoPeople(si, j); p >= 0 {
			return p, []int{q}
		}
	}
	// "the government, which says that", "a ruling by the court, which
	// reaffirmed that": the body the clause is about.
	if j > 1 && toks[j].lower == "which" && toks[j-1].text == "," {
		return d.whichAntecedent(si, j-1), nil
	}
	// "X, a former ambassador, who said": the person the clause is about.
	if j > 0 && toks[j].lower == "who" {
		return d.whoAntecedent(si, j), nil
	}
	// "... and on Tuesday urged": the when is no subject.
	if j >= 1 && monthOrDay(toks[j].text) && toks[j-1].lower == "on" && j >= 2 && (toks[j-2].lower == "and" || toks[j-2].lower == "but") {
		j -= 2
	}
	if j >= 0 && (toks[j].lower == "and" || toks[j].lower == "but") || j >= 0 && toks[j].text == "," && toks[v].in(lcParticiple) {
		// A coordinated verb or a participle: the clause's subject.
		return d.firstSubject(si, j)
	}
	// "Y sparked a row after claiming that": the clause's subject.
	if j >= 0 && strings.HasSuffix(toks[v].lower, "ing") && (toks[j].lower == "after" || toks[j].lower == "before" || toks[j].lower == "while" || toks[j].lower == "when" || toks[j].lower == "by") {
		return d.firstSubject(si, j)
	}
	if j >= 0 && toks[j].text == "," {
		// "X, who ..., said": the first person (else body) followed by a
		// comma, past an opening phrase ("Speaking after the meeting
		// with Z, X, who ..., said").
		o := d.openerEnd(si)
		if o > j {
			o = 0
		}
		for _, want := range []fact.Kind{fact.Person, fact.Org} {
			for _, i := range d.inSentence(si) {
				m := d.mentions[i]
				if m.sentence == si && m.t0 >= o && m.t1 <= j && m.t1 < len(toks) && toks[m.t1].text == "," && !m.quoted && m.kind == want {
					if e := d.speakerEntity(m); e >= 0 {
						return e, nil
					}
				}
			}
		}
		// "A White House official, speaking on condition of anonymity,
		// said": the phrase before the first comma is the subject.
		for k := 1; k < j; k++ {
			if toks[k].text == "," {
				return d.subjectOf(si, k)
			}
		}
		return -1, nil
	}
	// The subject phrase: back to a clause boundary.
	start := j
	for start >= 0 && start > j-maxSubject && !toks[start].in(lcClausestop) {
		start--
	}
	start++
	// "members of a group called Clean Rivers Now said": the body named.
	if sp := d.calledBody(si, start, j); sp >= 0 {
		return sp, nil
	}
	// "a step both firms said", "the two delegations said": the two
	// bodies named just before, which no group of people stands for.
	if sp, co := d.pairedBodies(si, start, j); sp >= 0 {
		return sp, co
	}
	for k := start; k <= j; k++ {
		if toks[k].in(lcAuxiliary) {
			return -1, nil // a clause of its own: "the fact that the US has invested ... suggests"
		}
	}
	// "X, who earlier in the week described ...": whom "who" stands for.
	if start > 0 && start < j && toks[start].lower == "who" {
		return d.whoAntecedent(si, start), nil
	}
	person, org, group := -1, -1, -1 // mention indices
	for _, i := range d.inSentence(si) {
		m := d.mentions[i]
		if m.sentence != si || m.t0 < start || m.t1 > j+1 || m.quoted || d.speakerEntity(m) < 0 && !peopleGroup(m) {
			continue
		}
		switch {
		case m.kind == fact.Person && m.how != byGroup && m.t1 == j && !toks[j].upper && toks[j].word && strings.HasSuffix(toks[j].lower, "s") &&
			!strings.HasSuffix(toks[j].lower, "ss") && !toks[j].in(lcAdverb) && !toks[j].in(lcBodynoun):
			// "Recent reports indicated": a name before the plural noun
			// that speaks only modifies it.
		case m.kind == fact.Person && m.how != byGroup:
			// "Traders in the town of X", "the wife of X": a person after a
			// preposition is not the one who speaks ("a readout shared by
			// X" is X's).
			// "X's successor Y": the one named after the possessor.
			if (person < 0 || d.mentions[person].poss) && (!d.afterPreposition(si, m.t0, start) || d.withAbsolute(si, m.t0, v)) {
				person = i
			}
		case m.how == byGroup:
			group = i
		default:
			org = i // the last body is the head: "the Ukrainian military"
		}
	}
	switch {
	case person >= 0:
		pm := d.mentions[person]
		if c, end := d.leaderSpokesman(si, pm.entity, pm.t1); c >= 0 && end == j+1 {
			return c, nil
		}
		// "A spokesman for the prime minister said": the government.
		if f := d.phraseStart(si, pm.t0) - 1; f > 0 && toks[f].lower == "for" && spokesWord(toks[f-1].lower) && pm.t1 == j+1 {
			if c := d.headedCountry(pm.entity); c >= 0 {
				return c, nil
			}
		}
		return d.speakerEntity(pm), d.coordinated(person, start, j)
	case group >= 0 && (org < 0 || d.groupAfter(si, start, j)):
		g := d.mentions[group]
		// "The two leaders issued a joint statement": the people the
		// group stands for, when it speaks for no body or country.
		if d.speakerEntity(g) < 0 && peopleGroup(g) {
			return g.members[0], g.members[1:]
		}
		return d.speakerEntity(g), d.groupCountries(g)
	case org >= 0:
		// "The Hungarian oil company MOL said": the body, not its country.
		if m := d.mentions[org]; m.lex != nil && m.lex.kind == lxDemonym {
			if b, end := d.namedBody(si, start); b >= 0 && end > j {
				return b, nil
			}
			// "The Japanese company said": the firm named before.
			if b := d.bodyNounBack(si, start, j); b >= 0 {
				return b, nil
			}
			if m.t1 == j && toks[j].in(lcFirm) {
				return -1, nil // a firm of that country, not the country
			}
		}
		// "The Industrial Union of Argentina said": a body no lexicon
		// knows, named for the country; not the country.
		if b := d.bodyOfCountry(si, start, j, org); b >= 0 {
			return b, nil
		}
		// "the head of the Russian Direct Investment Fund said": the
		// person the article gave that role.
		if p := d.holderOf(org, start); p >= 0 {
			return p, nil
		}
		return d.speakerEntity(d.mentions[org]), d.coordinated(org, start, j)
	}
	if start > j {
		return -1, nil // no subject phrase before the verb
	}
	// "The judge handling the trial of X said", in a story's opening:
	// the person the next sentences name with that title.
	if sp := d.titledLater(si, start); sp >= 0 {
		return sp, nil
	}
	// "NDX said", "the TWU said": a body by its initials.
	if sp := d.acronymBody(si, start, j); sp >= 0 {
		return sp, nil
	}
	// "Government sources confirmed that": the government, as one.
	if sp, end := d.governmentSources(si, start); sp >= 0 && end == j+1 {
		return sp, nil
	}
	// "The Japanese company said": the firm named before.
	if sp := d.bodyNounBack(si, start, j); sp >= 0 {
		return sp, nil
	}
	// "A CMA spokesperson said": a body no lexicon knows before a title.
	if start+1 <= j && (toks[start].lower == "a" || toks[start].lower == "an" || toks[start].lower == "the") {
		if sp, end := d.bodyOfTitle(si, start+1); sp >= 0 && end > j {
			return sp, nil
		}
	}
	// "the Chancellery of the Prime Minister said": the office speaks.
	if sp := d.officeOfTitle(si, start, j); sp >= 0 {
		return sp, nil
	}
	// "The spokesman said": whom the spokesman named before speaks for.
	if j == start+1 && toks[start].lower == "the" && spokesWord(toks[j].lower) {
		if sp := d.spokesmanBefore(si, 3); sp >= 0 {
			return sp, nil
		}
	}
	// "The minister's spokeswoman stressed .... The official added":
	// the spokesman of the sentence before.
	if j == start+1 && toks[start].lower == "the" && toks[j].lower == "official" {
		if sp := d.spokesmanBefore(si, 1); sp >= 0 {
			return sp, nil
		}
	}
	// "Gaza's health ministry says": a body of a place that is no country.
	if sp := d.placeBody(si, start, j); sp >= 0 {
		return sp, nil
	}
	// "..., their governments said": the countries of the people named.
	if sp, co := d.theirGovernments(si, start, j); sp >= 0 {
		return sp, co
	}
	// "The joint statement said": its authors, named where it was issued.
	if sp, co := d.documentAuthors(si, start, j); sp >= 0 {
		return sp, co
	}
	// "The communiqué ... took aim at": the one who issued the
	// statement told before ("X confirmed her departure through a
	// statement").
	if sp := d.statementBy(si, start, j); sp >= 0 {
		return sp, nil
	}
	// "The campaign group Liberty said".
	if sp, end := d.namedBody(si, start); sp >= 0 && end > j {
		return sp, nil
	}
	// "Downing Street said": the subject is a place alone.
	if sp, end := d.placeSpeaker(si, start); sp >= 0 && end > j {
		return sp, nil
	}
	// "A spokesperson for the company said": the firm named before.
	for k := start + 2; k <= j; k++ {
		if toks[k-1].lower == "the" && toks[k-2].lower == "for" && k == j && toks[k].in(lcBodynoun) {
			if e := d.bodyNounBack(si, k-1, k); e >= 0 {
				return e, nil
			}
		}
	}
	// "A spokesperson for the chancellery said": the government it serves.
	for k := start + 1; k <= j; k++ {
		if toks[k-1].lower == "the" && officeWord(toks[k].lower) {
			if e := d.officeCountry(si, k); e >= 0 {
				return e, nil
			}
		}
	}
	// "The presidential office said": the country of the president.
	for k := start + 1; k <= j; k++ {
		if toks[k-1].lower == "presidential" && (officeWord(toks[k].lower) || toks[k].lower == "palace" || toks[k].lower == "administration") {
			if e := d.titledCountry("president"); e >= 0 {
				return e, nil
			}
		}
	}
	// "The ministry said": a body named before by its full name.
	for k := start; k <= j; k++ {
		if k == start || toks[k-1].lower == "the" || toks[k-1].lower == "a" {
			if e, _ := d.bodyReferredBack(si, k); e >= 0 {
				return e, nil
			}
		}
	}
	// "A statement from X's office said": its author.
	if k := d.pastDocument(si, start); k > start && k <= j {
		if sp, end := d.speakerAt(si, k); sp >= 0 && end <= j+1 {
			return sp, nil
		}
	}
	// "Prosecutors said", "state investigators said": a party that
	// speaks as one.
	if sp := d.collectiveSpeaker(si, start, j); sp >= 0 {
		return sp, nil
	}
	// "They said", after a sentence such a party opened.
	if j == start && toks[j].lower == "they" && si > 0 {
		if sp := d.collectiveOpens(si - 1); sp >= 0 {
			return sp, nil
		}
	}
	return -1, nil
}

// collectiveSpeaker reads the subject phrase from token start to j as a
// party of a case or an inquiry that speaks as one and that news names by
// its common noun ("Prosecutors", "state authorities", "the
// prosecution"): a collective of that name. -1 when not so.
func (d *doc) collectiveSpeaker(si, start, j int) int {
	toks := d.toks[si]
	k := start
	if k < j && toks[k].lower == "the" {
		k++
	}
	if k < j && toks[k].in(lcCollectivemod) {
		k++
	}
	if k != j || j >= len(toks) || !toks[j].in(lcCollective) {
		return -1
	}
	words := make([]string, 0, 2)
	for t := start; t <= j; t++ {
		if t == start && toks[t].lower == "the" {
			continue
		}
		words = append(words, toks[t].text)
	}
	name := strings.Join(words, " ")
	r, n := utf8.DecodeRuneInString(name)
	name = string(unicode.ToUpper(r)) + name[n:]
	id := d.lateEntity(fact.Org, name)
	d.noteForm(id, name)
	return id
}

// collectiveOpens is the collective that opens sentence si as its subject
// ("State authorities began an inquiry"), for a "they" in the next
// one; -1 when none.
func (d *doc) collectiveOpens(si int) int {
	toks := d.toks[si]
	for j := 0; j < 3 && j+1 < len(toks); j++ {
		if !toks[j+1].word || toks[j+1].upper {
			continue
		}
		if sp := d.collectiveSpeaker(si, 0, j); sp >= 0 {
			return sp
		}
	}
	return -1
}

// pairedBodies reads the subject phrase from token start to j as two
// bodies spoken of as one ("both firms", "the two delegations") and
// returns the two it stands for: the two bodies named as sides ("the
// Norwegian side", "Finland's delegation") in the eight sentences before,
// else the two named last, in the sentence before the phrase or the four
// before it. Firms are bodies that are no country; delegations, sides and
// governments are countries'. -1 when not exactly two are named.
func (d *doc) pairedBodies(si, start, j int) (int, []int) {
	toks := d.toks[si]
	// The pair ends the phrase: "a step both firms said".
	if j < start+1 || !(toks[j-1].lower == "both" || toks[j-1].lower == "two" && j >= start+2 && toks[j-2].lower == "the") {
		return -1, nil
	}
	start = j - 1
	if toks[start].lower == "two" {
		start--
	}
	noun := toks[j].lower
	firms := d.lx.is(lcFirm, strings.TrimSuffix(noun, "s")) || noun == "companies"
	if !firms && !d.lx.is(lcSidenoun, noun) {
		return -1, nil
	}
	if !firms {
		if sides := d.bodiesBefore(si, start, 8, true, false); len(sides) == 2 {
			return sides[0], sides[1:]
		}
	}
	if bodies := d.bodiesBefore(si, start, 4, false, firms); len(bodies) == 2 {
		return bodies[0], bodies[1:]
	}
	return -1, nil
}

// bodiesBefore gathers the bodies named before token start of sentence si,
// back over up to back sentences, until two or more are found: firms (no
// countries) or countries, and with asSide only those named as a side
// ("the Norwegian side", "Finland's delegation").
func (d *doc) bodiesBefore(si, start, back int, asSide, firms bool) []int {
	var bodies []int
	for s := si; s >= 0 && s >= si-back && len(bodies) < 2; s-- {
		if s < si && d.sentences[s].heading {
			continue
		}
		st := d.toks[s]
		for _, i := range d.inSentence(s) {
			m := d.mentions[i]
			if m.sentence != s || s == si && m.t0 >= start || m.kind != fact.Org || m.quoted || m.how == byGroup {
				continue
			}
			e := d.speakerEntity(m)
			if e < 0 || containsInt(bodies, e) {
				continue
			}
			if _, country := d.lx.countries[d.entities[e].Name]; country == firms {
				continue
			}
			if asSide {
				k := m.t1
				if k < len(st) && isPoss(st[k]) {
					k++
				}
				if k >= len(st) || !d.lx.is(lcSidenoun, st[k].lower+"s") {
					continue
				}
			}
			bodies = append(bodies, e)
		}
	}
	return bodies
}

// bodyReferredBack resolves a body called by its common noun alone at
// token k ("the ministry", "the military") to the last body of that kind
// the article named before ("the Norwegian Transport Ministry", "Ukraine's
// armed forces"); -1 when none. It returns the token after the noun.
func (d *doc) bodyReferredBack(si, k int) (int, int) {
	toks := d.toks[si]
	for n := min(3, len(toks)-k); n >= 1; n-- {
		parts := make([]string, n)
		for i := range parts {
			parts[i] = toks[k+i].lower
		}
		e, ok := d.lx.phrases[strings.Join(parts, " ")]
		if !ok || e.kind != lxGeneric || !strings.HasPrefix(e.pattern, "{dem} ") {
			continue
		}
		suffix := strings.ToLower(strings.TrimPrefix(e.pattern, "{dem}"))
		best := -1
		for _, m := range d.mentions {
			if m.sentence > si || m.sentence == si && m.t0 >= k {
				break
			}
			if m.kind == fact.Org && m.entity >= 0 && strings.HasSuffix(strings.ToLower(d.entities[m.entity].Name), suffix) {
				best = m.entity
			}
		}
		return best, k + n
	}
	return -1, k
}

// bodyOfTitle reads a capitalised word no lexicon knows at token k right
// before a title ("a CMA spokesperson", "a Nordax executive"), the way
// the roles stage reads "Nordax chief executive Tim Varga": the word
// names the body the title works for. It returns the body, made an
// entity if need be, and the token after the title; -1 when none.
func (d *doc) bodyOfTitle(si, k int) (int, int) {
	toks := d.toks[si]
	if k <= 0 || k+1 >= len(toks) || !toks[k].upper || !bodyWord(toks[k].text) || d.lx.is(lcNotname, toks[k].text) ||
		toks[k-1].upper && !toks[k-1].in(lcDeterminer) || d.mentionAt(si, k) >= 0 {
		return -1, k
	}
	for _, h := range d.titles[si] {
		if h.t0 == k+1 && h.entry.class != "rank" && h.entry.class != "honorific" {
			e := d.lateEntity(fact.Org, toks[k].text)
			d.noteForm(e, toks[k].text)
			d.noteMention(e, fact.Span{Start: toks[k].start, End: toks[k].end})
			return e, h.t1
		}
	}
	return -1, k
}

// whoAntecedent is the person a "who" at token w stands for: named right
// before it ("X, who said"), or before an apposition ("X, a former
// ambassador, who said"); -1 when no person stands there ("officials who
// said").
func (d *doc) whoAntecedent(si, w int) int {
	toks := d.toks[si]
	e := w
	if e > 0 && toks[e-1].text == "," {
		e--
	}
	if p := d.personEndingAt(si, e); p >= 0 {
		return p
	}
	for k := e - 1; k > 0 && k > e-maxSubject; k-- {
		if toks[k].text == "," {
			return d.personEndingAt(si, k)
		}
	}
	return -1
}

// personEndingAt is the person whose mention ends right before token k.
func (d *doc) personEndingAt(si, k int) int {
	for _, i := range d.inSentence(si) {
		m := d.mentions[i]
		if m.sentence == si && m.t1 == k && m.kind == fact.Person && m.how != byGroup && !m.quoted && m.entity >= 0 {
			return m.entity
		}
	}
	return -1
}

// documentAuthors reads a subject phrase that is a document named
// before ("the statement", "the joint statement", "the readout") in
// tokens [start, j] and finds who issued it: the authors after "by" or
// "from" where it was first named ("a joint statement by France and
// Germany"), else the subject of that sentence ("Indonesia and Australia
// issued a joint statement"). -1 when none.
func (d *doc) documentAuthors(si, start, j int) (int, []int) {
	toks := d.toks[si]
	if start < 0 || start >= j || j >= len(toks) || !toks[j].in(lcDocument) || toks[start].lower != "the" {
		return -1, nil
	}
	for k := start + 1; k < j; k++ {
		if toks[k].upper || !toks[k].word {
			return -1, nil // "the Kremlin statement" names its author itself
		}
	}
	// "the joint statement" is one statement, however far back it was
	// told; another document only close by.
	back := 6
	if j > start && toks[j-1].lower == "joint" {
		back = si
	}
	for p := si - 1; p >= 0 && p >= si-back; p-- {
		pt := d.toks[p]
		for k := range pt {
			if pt[k].lower != toks[j].lower || inSpans(d.quotes, fact.Span{Start: pt[k].start, End: pt[k].end}) {
				continue
			}
			if k+2 < len(pt) && (pt[k+1].lower == "by" || pt[k+1].lower == "from" || pt[k+1].lower == "of") {
				if sp, _ := d.speakerAt(p, k+2); sp >= 0 {
					return sp, nil
				}
			}
			// "The statement said": referred back itself; look further.
			if k > 0 && pt[k-1].lower == "the" || k > 1 && pt[k-1].lower == "joint" && pt[k-2].lower == "the" {
				continue
			}
			return d.issuedBy(p, k)
		}
	}
	return -1, nil
}

// issuedBy finds who issued the document named at token k of sentence p
// with no "by" or "from": the sides of "a joint statement after talks
// between X and Y", else the subject of the sentence ("Indonesia and
// Australia issued a joint statement").
func (d *doc) issuedBy(p, k int) (int, []int) {
	pt := d.toks[p]
	if k > 0 && pt[k-1].lower == "joint" {
		if sp, co := d.sidesBetween(p, k+1); sp >= 0 {
			return sp, co
		}
	}
	// Back to the determiner: "issued [a joint] statement".
	a := k
	for a > 0 && !pt[a-1].upper && pt[a-1].word && (d.lx.is(lcDeterminer, pt[a-1].lower) || pt[a-1].lower == "joint" || pt[a-1].lower == "written") {
		a--
	}
	// "..., their governments said in a joint statement": who said it.
	if a >= 2 && pt[a-1].lower == "in" && d.speechAt(pt, a-2) {
		return d.subjectOf(p, a-2)
	}
	// "In a joint statement released after the talks, the two ministers
	// said": the subject of the sentence's speech verb.
	if a == 1 && pt[0].lower == "in" {
		for v := k + 1; v < len(pt); v++ {
			if d.speechAt(pt, v) && !inSpans(d.quotes, fact.Span{Start: pt[v].start, End: pt[v].end}) {
				return d.subjectOf(p, v)
			}
		}
	}
	return d.subjectOf(p, a)
}

// itDocument reads "It says" after a sentence that introduces a document
// ("The leaders have issued a joint statement."): its issuers; -1 when the
// sentence before names no new document.
func (d *doc) itDocument(si int) (int, []int) {
	if si <= 0 {
		return -1, nil
	}
	pt := d.toks[si-1]
	for k := len(pt) - 1; k > 0; k-- {
		if !d.lx.is(lcDocument, pt[k].lower) || inSpans(d.quotes, fact.Span{Start: pt[k].start, End: pt[k].end}) {
			continue
		}
		if w := pt[k-1].lower; w != "a" && w != "an" && w != "joint" {
			return -1, nil
		}
		if k+2 < len(pt) && (pt[k+1].lower == "by" || pt[k+1].lower == "from") {
			if sp, _ := d.speakerAt(si-1, k+2); sp >= 0 {
				return sp, nil
			}
		}
		sp, co := d.issuedBy(si-1, k)
		if sp < 0 {
			sp, co = d.signedBy(si + 1)
		}
		return sp, co
	}
	return -1, nil
}

// signedBy reads "It was signed by Germany, France and the EU" in
// sentence si: the bodies and people after "signed by"; -1 when none.
func (d *doc) signedBy(si int) (int, []int) {
	if si >= len(d.sentences) {
		return -1, nil
	}
	toks := d.toks[si]
	b := -1
	for k := 1; k+1 < len(toks) && k < 6; k++ {
		if (toks[k].lower == "signed" || toks[k].lower == "endorsed" || toks[k].lower == "issued") && toks[k+1].lower == "by" {
			b = k + 1
			break
		}
	}
	if b < 0 || toks[0].lower != "it" {
		return -1, nil
	}
	var out []int
	for _, i := range d.inSentence(si) {
		m := d.mentions[i]
		if m.sentence != si || m.t0 <= b || m.quoted || m.kind == fact.Place || m.how == byGroup || m.entity < 0 || containsInt(out, m.entity) {
			continue
		}
		out = append(out, m.entity)
	}
	if len(out) == 0 {
		return -1, nil
	}
	return out[0], out[1:]
}

// namedBody reads a body named after a few lower-case words that end in
// a word for a body, from token k: "the campaign group Liberty", "the
// energy company Nordax", "a statement from the rights group X"; or
// before such a word: "the IG Metall union". It
// returns the body, made an entity if need be, and the token after its
// name; -1 when none.
func (d *doc) namedBody(si, k int) (int, int) {
	toks := d.toks[si]
	k = d.pastDocument(si, k)
	if k < len(toks) && (toks[k].lower == "the" || toks[k].lower == "a" || toks[k].lower == "an") {
		k++
	}
	// "the Hungarian oil company MOL": past the country's adjective.
	if mi := d.mentionAt(si, k); mi >= 0 && d.mentions[mi].lex != nil && d.mentions[mi].lex.kind == lxDemonym {
		k = d.mentions[mi].t1
	}
	// "the IG Metall union": the name before the word for a body.
	if e := k; e < len(toks) && toks[e].upper && d.mentionAt(si, e) < 0 {
		for e < len(toks) && e < k+4 && toks[e].upper && bodyWord(toks[e].text) {
			e++
		}
		if e < len(toks) && toks[e].in(lcBodynoun) && !toks[e].upper && !d.personIn(si, k, e) {
			name := joinTokens(toks[k:e])
			id := d.lateEntity(fact.Org, name)
			d.noteForm(id, name)
			d.noteMention(id, fact.Span{Start: toks[k].start, End: toks[e-1].end})
			return id, e + 1
		}
	}
	j := k
	for j < len(toks) && j < k+3 && !toks[j].upper && toks[j].word && !toks[j].in(lcBodynoun) {
		j++
	}
	if j+1 >= len(toks) || !toks[j].in(lcBodynoun) || toks[j].upper {
		return -1, k
	}
	j++
	if mi := d.mentionAt(si, j); mi >= 0 {
		m := d.mentions[mi]
		if m.kind == fact.Org && m.entity >= 0 {
			return m.entity, m.t1
		}
		return -1, k
	}
	e := j
	for e < len(toks) && e < j+4 && toks[e].upper && bodyWord(toks[e].text) {
		e++
	}
	if e == j || d.personIn(si, j, e) {
		return -1, k
	}
	name := joinTokens(toks[j:e])
	id := d.lateEntity(fact.Org, name)
	d.noteForm(id, name)
	d.noteMention(id, fact.Span{Start: toks[j].start, End: toks[e-1].end})
	return id, e
}

// bodyWord says whether w may be a body's one-word name: letters, digits
// and hyphens, acronyms included ("CMA", "Nordax", "G-7").
func bodyWord(w string) bool {
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' {
			return false
		}
	}
	return true
}

// holderOf is the person who holds the title standing before body
// mention b ("the head of X", "X's chief executive") when the article
// gave exactly one person that title at that body; -1 otherwise.
func (d *doc) holderOf(b, start int) int {
	m := d.mentions[b]
	toks := d.toks[m.sentence]
	var title *titleHit
	for h := range d.titles[m.sentence] {
		th := &d.titles[m.sentence][h]
		k := th.t1
		if k < len(toks) && toks[k].lower == "of" {
			k++
		}
		if k < len(toks) && toks[k].lower == "the" {
			k++
		}
		if th.t0 >= start && k == m.t0 && th.t1 < m.t0 {
			title = th
		}
		if m.poss && th.t0 == m.t1+1 && th.t0 >= start {
			title = th // "Nordax's chief executive"
		}
	}
	if title == nil || m.entity < 0 {
		return -1
	}
	holder := -1
	for _, r := range d.roles {
		if r.Org != m.entity || !strings.HasSuffix(strings.ToLower(r.Title), strings.ToLower(title.entry.name)) {
			continue
		}
		if holder >= 0 && holder != r.Person {
			return -1
		}
		holder = r.Person
	}
	if holder < 0 {
		return d.titledBefore(m.entity, b)
	}
	return holder
}

// titledBefore finds the person an earlier sentence gave a title at body
// entity org in an apposition: "Kirill Lavrentyev, Special Envoy for
// Investment and CEO of the Russian Direct Investment Fund". The person is
// the last one before the title that a comma sets off; -1 when no earlier
// mention of org reads so.
func (d *doc) titledBefore(org, before int) int {
	for i := before - 1; i >= 0; i-- {
		m := d.mentions[i]
		if m.entity != org || m.sentence == d.mentions[before].sentence {
			continue
		}
		toks := d.toks[m.sentence]
		k := m.t0
		if k > 0 && toks[k-1].lower == "the" {
			k--
		}
		if k == 0 || toks[k-1].lower != "of" {
			continue
		}
		var title *titleHit
		for h := range d.titles[m.sentence] {
			if d.titles[m.sentence][h].t1 == k-1 {
				title = &d.titles[m.sentence][h]
			}
		}
		if title == nil {
			continue
		}
		p := -1
		for _, j := range d.inSentence(m.sentence) {
			pm := d.mentions[j]
			if pm.sentence != m.sentence || pm.t1 > title.t0 || pm.quoted {
				continue
			}
			// The last person set off by a comma heads the apposition.
			if pm.kind == fact.Person && pm.how != byGroup && pm.how != byPronoun && pm.entity >= 0 && pm.t1 < len(toks) && toks[pm.t1].text == "," {
				p = pm.entity
			}
		}
		if p >= 0 {
			return p
		}
	}
	return -1
}

// afterPreposition says whether a preposition such as "in", "of" or
// "with" stands right before token t (and the title before it), after
// token start: "the wife of Minister X", "traders in the town of X".
func (d *doc) afterPreposition(si, t, start int) bool {
	toks := d.toks[si]
	for t > start && d.inTitle(si, t-1) {
		t--
	}
	if t <= start {
		return false
	}
	// Not "for": "a spokesperson for X said" speaks for X.
	w := toks[t-1].lower
	return d.lx.is(lcLocative, w) || w == "of" || w == "with"
}

// coordinated lists the other speakers joined to the head mention h by
// "and" or commas within tokens [start, j]: "France and Germany", "the
// U.S. and Ukraine", "Durand and Berg". A possessive or an adjacent
// modifier ("Ukraine's military", "the Ukrainian military") is no
// coordination.
func (d *doc) coordinated(h, start, j int) []int {
	head := d.mentions[h]
	var cands []int // speaker-capable mentions of the head's kind, in order
	for _, i := range d.inSentence(head.sentence) {
		m := d.mentions[i]
		if m.sentence == head.sentence && m.t0 >= start && m.t1 <= j+1 && !m.quoted && m.how != byGroup &&
			(m.kind == fact.Person) == (head.kind == fact.Person) && d.speakerEntity(m) >= 0 {
			cands = append(cands, i)
		}
	}
	k := slices.Index(cands, h)
	if k < 0 {
		return nil
	}
	var out []int
	add := func(i int) {
		if e := d.speakerEntity(d.mentions[i]); e != d.speakerEntity(head) && !containsInt(out, e) {
			out = append(out, e)
		}
	}
	for a := k; a > 0 && d.coordination(d.mentions[cands[a-1]], d.mentions[cands[a]]); a-- {
		add(cands[a-1])
	}
	for b := k; b+1 < len(cands) && d.coordination(d.mentions[cands[b]], d.mentions[cands[b+1]]); b++ {
		add(cands[b+1])
	}
	return out
}

// coordination says whether only "and", commas, "the" and titles stand
// between mentions a and b, with at least one "and" or comma, and a is not a
// possessor ("Berg's adviser").
func (d *doc) coordination(a, b mention) bool {
	if a.poss || a.t1 >= b.t0 {
		return false
	}
	toks := d.toks[a.sentence]
	joined := false
	for k := a.t1; k < b.t0; k++ {
		switch {
		case toks[k].lower == "and" || toks[k].text == ",":
			joined = true
		case toks[k].lower == "the" || toks[k].lower == "both" || toks[k].upper || d.inTitle(a.sentence, k):
			// "Berg and Mayor Viktor Halas": the second one's title.
		default:
			return false
		}
	}
	return joined
}

// groupCountries lists the countries of a group beyond the one it speaks
// for: "U.S. and Ukrainian negotiators" speak for both.
func (d *doc) groupCountries(m mention) []int {
	var out []int
	first := d.speakerEntity(m)
	for _, c := range m.countries {
		if d.countryOfEntity(first) == c {
			continue // "Kremlin officials": the Kremlin speaks, not Russia too
		}
		if e := d.countryEntity(c); e >= 0 && e != first && !containsInt(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// groupAfter says whether the subject phrase ends in a group noun.
func (d *doc) groupAfter(si, start, j int) bool {
	return j >= 0 && d.lx.is(lcGroup, d.toks[si][j].lower)
}

// firstSubject is the first speaker-capable mention of the clause that
// ends at token j (the sentence's subject, for "... but reiterated").
func (d *doc) firstSubject(si, j int) (int, []int) {
	// "NDX declined to comment, but said": a body by its initials opens
	// the sentence (after "On Sunday,").
	toks := d.toks[si]
	k := 0
	if a := d.introDate(si); a.End > 0 {
		k = d.tokenIndex(si, a.End) + 1
	}
	if k+1 < j && toks[k].lower == "the" {
		k++
	}
	if k+1 < j && toks[k+1].word { // not a dateline: "DULUTH, Minn. —"
		if e := d.acronymBody(si, k, k); e >= 0 {
			return e, nil
		}
	}
	// "Amid the visit of X, Y said ... arguing": the opening phrase
	// holds no subject.
	o := d.openerEnd(si)
	if o > j {
		o = 0
	}
	// "The crowd broke up when organizers emerged and announced": the
	// subject of the clause "when" opens, named or not; not across "but"
	// or a dash ("X is hopeful when both sides meet – but warned").
	for k := j - 1; k > o && toks[j].lower == "and" && toks[j-1].word; k-- {
		if toks[k].in(lcSubordinator) {
			if k+1 < j && !strings.HasSuffix(toks[k+1].lower, "ing") {
				o = k + 1
			}
		} else {
			continue
		}
		break
	}
	// "Government sources rejected the charge, saying": the government.
	if sp, _ := d.governmentSources(si, o); sp >= 0 {
		return sp, nil
	}
	// "The communiqué did not thank X and also took aim at": the
	// document is the subject, not X.
	if o+1 < j && toks[o].lower == "the" && toks[o+1].in(lcDocument) {
		if sp, co := d.documentAuthors(si, o, o+1); sp >= 0 {
			return sp, co
		}
		return d.statementBy(si, o, o+1), nil
	}
	// The subject stands before the clause's first verb of saying: not
	// "he" in "X said he would rule, but warned".
	end := j
	for k := o; k < j; k++ {
		if w := toks[k].lower; (d.lx.is(lcSpeech, w) || d.lx.is(lcParticiple, w) || d.lx.is(lcAct, w)) && !inSpans(d.quotes, fact.Span{Start: toks[k].start, End: toks[k].end}) {
			end = k
			break
		}
	}
	for _, i := range d.inSentence(si) {
		m := d.mentions[i]
		// Not "the trial of X": a person after a preposition.
		if m.sentence == si && m.t0 >= o && m.t1 <= end && !m.quoted && m.kind == fact.Person && m.how != byGroup && m.entity >= 0 && !d.objectOfPhrase(si, m.t0, o) {
			return m.entity, nil
		}
	}
	for _, i := range d.inSentence(si) {
		m := d.mentions[i]
		if m.sentence != si || m.t0 < o || m.t1 > end || m.quoted || m.kind == fact.Person && d.objectOfPhrase(si, m.t0, o) {
			continue
		}
		if e := d.speakerEntity(m); e >= 0 {
			// Prefer a person right after a body modifier ("Russian official X").
			if m.kind != fact.Person {
				if sp, _ := d.speakerAt(si, m.t0); sp >= 0 {
					return sp, nil
				}
			}
			return e, nil
		}
	}
	// "The judge handling the trial said ..., but warned": the one
	// named with that title later.
	if sp := d.titledLater(si, o); sp >= 0 {
		return sp, nil
	}
	return -1, nil
}

// pastDocument skips "a statement from", "the report by" to the author:
// "according to a statement from the Kremlin" reads from "the Kremlin".
func (d *doc) pastDocument(si, k int) int {
	toks := d.toks[si]
	j := k
	for j < len(toks) && j < k+4 && (toks[j].lower == "a" || toks[j].lower == "an" || toks[j].lower == "the" || toks[j].lower == "joint" || toks[j].lower == "written") {
		j++
	}
	// "the final communiqué": one word before the document.
	if j+1 < len(toks) && j > k && toks[j].word && !toks[j].upper && !toks[j].in(lcDocument) && toks[j+1].in(lcDocument) {
		j++
	}
	if j+1 < len(toks) && toks[j].in(lcDocument) && (toks[j+1].lower == "from" || toks[j+1].lower == "by" || toks[j+1].lower == "of") {
		return j + 2
	}
	// "the final communiqué read by", "a statement issued by".
	if j+2 < len(toks) && toks[j].in(lcDocument) && toks[j+2].lower == "by" {
		if toks[j+1].in(lcDocumentverb) {
			return j + 3
		}
	}
	return k
}

// itSubject says whether "it" is the subject of the speech verb at v.
func (d *doc) itSubject(si, v int) bool {
	toks := d.toks[si]
	j := v - 1
	for j >= 0 && toks[j].in(lcAdverb) {
		j--
	}
	return j >= 0 && toks[j].lower == "it" && (j == 0 || toks[j-1].text == "," || toks[j-1].lower == "and")
}

// spokesmanBefore is whom the last spokesman named in the back sentences
// before si speaks for: a leader's government ("the prime minister's
// spokesman") or a body ("a Kremlin spokesman"); -1 when none.
func (d *doc) spokesmanBefore(si, back int) int {
	for s := si - 1; s >= 0 && s >= si-back; s-- {
		toks := d.toks[s]
		for t := len(toks) - 1; t > 0; t-- {
			if !spokesWord(toks[t].lower) {
				continue
			}
			for _, i := range d.inSentence(s) {
				m := d.mentions[i]
				if m.sentence != s || m.t1 > t || m.t1 < t-3 || m.entity < 0 {
					continue
				}
				if m.kind == fact.Person && m.how != byGroup {
					if c, end := d.leaderSpokesman(s, m.entity, m.t1); c >= 0 && end == t+1 {
						return c
					}
					continue
				}
				if m.kind == fact.Org && m.how != byGroup && m.t1 == t {
					return m.entity
				}
			}
			// "A Commission spokesperson": a body no lexicon knows.
			if id, ok := d.entityIDs[string(fact.Org)+"\x00"+toks[t-1].text]; ok && toks[t-1].upper {
				return id
			}
			return -1
		}
	}
	return -1
}

// officeOfTitle reads an office named after the title it serves in
// tokens [k, j]: "the Chancellery of the Prime Minister", "the Office of
// the President". It makes the office an org entity; -1 when not so.
func (d *doc) officeOfTitle(si, k, j int) int {
	toks := d.toks[si]
	if k >= 0 && k <= j && toks[k].lower == "the" {
		k++
	}
	if k < 0 || k+2 > j || !toks[k].upper || toks[k+1].lower != "of" {
		return -1
	}
	if !officeWord(toks[k].lower) {
		return -1
	}
	t := k + 2
	if toks[t].lower == "the" {
		t++
	}
	if t > j || !d.titleStartsAt(si, t) {
		return -1
	}
	for x := t; x <= j; x++ {
		if !toks[x].upper {
			return -1
		}
	}
	return d.orgNamed(si, k, j+1)
}

// officeWord names the office that serves a head of state or government.
func officeWord(w string) bool {
	switch w {
	case "office", "chancellery", "cabinet", "secretariat", "presidency":
		return true
	}
	return false
}

// officeReferredBack is the office named before by its title ("the
// Chancellery of the Prime Minister") that w ("chancellery") stands for;
// -1 when none or w is no office word.
func (d *doc) officeReferredBack(w string) int {
	if !officeWord(w) {
		return -1
	}
	for id := len(d.entities) - 1; id >= 0; id-- {
		e := d.entities[id]
		if e.Kind == fact.Org && d.unknownOrgs[id] && strings.HasPrefix(strings.ToLower(e.Name), w+" of ") {
			return id
		}
	}
	return -1
}

// sidesBetween reads "talks between X and Y" after token k of sentence
// si: the countries the people named there act for, else the people; -1
// when fewer than two are named.
func (d *doc) sidesBetween(si, k int) (int, []int) {
	toks := d.toks[si]
	b := -1
	for t := k; t < len(toks) && t < k+8; t++ {
		if toks[t].lower == "between" {
			b = t
			break
		}
	}
	if b < 0 {
		return -1, nil
	}
	var people, countries []int
	from := b
	for _, i := range d.inSentence(si) {
		m := d.mentions[i]
		if m.sentence != si || m.t0 <= b || m.kind != fact.Person || m.how == byGroup || m.entity < 0 || m.quoted || containsInt(people, m.entity) {
			continue
		}
		people = append(people, m.entity)
		c := d.countryBetween(si, from, m.t0)
		from = m.t1
		if c < 0 {
			c = d.personCountry(m.entity)
		}
		if c >= 0 && !containsInt(countries, c) {
			countries = append(countries, c)
		} else if c < 0 {
			countries = append(countries, -1)
		}
	}
	if len(people) < 2 {
		return -1, nil
	}
	if len(countries) == len(people) && !containsInt(countries, -1) {
		return countries[0], countries[1:]
	}
	return people[0], people[1:]
}

// personCountry is the one country a person holds a role for; -1 when
// none or several.
func (d *doc) personCountry(p int) int { return d.roleCountry(p, nil) }

// roleCountry is the one country a person holds a role for, counting only
// titles keep accepts (all when keep is nil); -1 when none or several.
func (d *doc) roleCountry(p int, keep func(title string) bool) int {
	out := -1
	for _, r := range d.roles {
		if r.Person != p || r.Org < 0 || keep != nil && !keep(r.Title) {
			continue
		}
		if _, ok := d.lx.countries[d.entities[r.Org].Name]; !ok {
			continue
		}
		if out >= 0 && out != r.Org {
			return -1
		}
		out = r.Org
	}
	return out
}

// countryBetween is the one country named in tokens [t0, t1) of sentence
// si ("Australia's foreign minister", "his Indonesian counterpart"); -1
// when none or several.
func (d *doc) countryBetween(si, t0, t1 int) int {
	out := -1
	for _, i := range d.inSentence(si) {
		m := d.mentions[i]
		if m.sentence != si || m.t0 < t0 || m.t1 > t1 || m.kind != fact.Org || m.entity < 0 {
			continue
		}
		if _, ok := d.lx.countries[d.entities[m.entity].Name]; !ok {
			continue
		}
		if out >= 0 && out != m.entity {
			return -1
		}
		out = m.entity
	}
	return out
}

// namedWithTitle is the person last named right after the title before
// sentence si ("Presidential Aide Yevgeny Shatrov" for "the Kremlin
// aide"); -1 when none.
func (d *doc) namedWithTitle(si int, title string) int {
	for s := si - 1; s >= 0; s-- {
		for h := len(d.titles[s]) - 1; h >= 0; h-- {
			th := d.titles[s][h]
			if !strings.EqualFold(th.entry.name, title) {
				continue
			}
			if p := d.personMentionAt(s, th.t1); p >= 0 && d.mentions[p].entity >= 0 && d.mentions[p].how != byGroup {
				return d.mentions[p].entity
			}
		}
	}
	return -1
}

// officeCountry resolves an office called by its common noun at token k
// ("the chancellery", "the presidency"): the office named in full before
// ("the Chancellery of the Prime Minister"), else the country of "the
// German chancellery" told before, else, for "chancellery", the country
// the article's one chancellor heads; -1 when none.
func (d *doc) officeCountry(si, k int) int {
	w := d.toks[si][k].lower
	if e := d.officeReferredBack(w); e >= 0 {
		return e
	}
	for _, m := range d.mentions {
		if m.sentence > si || m.sentence == si && m.t0 >= k {
			break
		}
		toks := d.toks[m.sentence]
		if m.kind == fact.Org && m.entity >= 0 && m.t1 < len(toks) && toks[m.t1].lower == w {
			if _, ok := d.lx.countries[d.entities[m.entity].Name]; ok {
				return m.entity
			}
		}
	}
	if w != "chancellery" {
		return -1
	}
	return d.titledCountry("chancellor")
}

// titledCountry is the one country whose head the article names with
// this title ("chancellor", "president"); -1 when none or several.
func (d *doc) titledCountry(title string) int {
	out := -1
	for _, r := range d.roles {
		if !strings.EqualFold(r.Title, title) {
			continue
		}
		c := d.headedCountry(r.Person)
		if c < 0 || out >= 0 && out != c {
			return -1
		}
		out = c
	}
	return out
}

// peopleGroup says whether group mention m stands for people the article
// named ("the two leaders") and for no country ("U.S. officials").
// Only a group of named office-holders: "the two officials", "sources"
// are as often people the article never named.
func peopleGroup(m mention) bool {
	if m.how != byGroup || len(m.members) == 0 || len(m.countries) > 0 || m.country != "" {
		return false
	}
	switch strings.ToLower(lastWord(m.text)) {
	case "leaders", "presidents", "ministers", "premiers", "chancellors", "envoys", "men", "women", "counterparts":
		return true
	}
	return false
}

// phraseStart is where the phrase of the mention starting at token k
// begins: before "the" and the title words ahead of it ("the prime
// minister", "Polish Prime Minister Jan Nowak").
func (d *doc) phraseStart(si, k int) int {
	toks := d.toks[si]
	for k > 0 && (d.inTitle(si, k-1) || toks[k-1].upper && d.mentionAt(si, k-1) >= 0 || d.inMention(si, k-1)) {
		k--
	}
	if k > 0 && toks[k-1].lower == "the" {
		k--
	}
	return k
}

// orgNamed is the org entity tokens [s, e) name: one made before under
// that name, else a new one. Speakers are read more than once per
// sentence, and a name read twice is one entity with one mention.
func (d *doc) orgNamed(si, s, e int) int {
	if id, ok := d.entityIDs[string(fact.Org)+"\x00"+joinTokens(d.toks[si][s:e])]; ok {
		return id
	}
	return d.unknownOrg(si, s, e)
}

// theirGovernments reads a subject phrase in tokens [start, j] that
// stands for the sides of the people just named: "their governments",
// "the two governments", "both countries", "the two sides". It returns
// their countries, from the people named in the sentence before the
// phrase, else in the sentence before; -1 when fewer than two.
func (d *doc) theirGovernments(si, start, j int) (int, []int) {
	toks := d.toks[si]
	if start < 0 || j >= len(toks) {
		return -1, nil
	}
	switch toks[j].lower {
	case "governments", "countries", "sides", "capitals":
	default:
		return -1, nil
	}
	switch strings.ToLower(joinTokens(toks[start:j])) {
	case "their", "the two", "both", "both the":
	default:
		return -1, nil
	}
	for _, s := range []int{si, si - 1} {
		if s < 0 {
			break
		}
		var out []int
		for _, i := range d.inSentence(s) {
			m := d.mentions[i]
			if m.sentence != s || s == si && m.t1 > start || m.kind != fact.Person || m.how == byGroup || m.how == byPronoun || m.entity < 0 || m.quoted {
				continue
			}
			c, ok := d.nation[m.entity]
			if !ok || c < 0 {
				c = d.personCountry(m.entity)
			}
			if c >= 0 && !containsInt(out, c) {
				out = append(out, c)
			}
		}
		if len(out) >= 2 {
			return out[0], out[1:]
		}
	}
	return -1, nil
}

// placeBody reads "Gaza's health ministry" in tokens [start, j]: a place
// the lexicon knows, a possessive, and a body the lexicon knows by its
// common noun ("health ministry"). It makes the body an org named for the
// place ("Gaza Health Ministry"); -1 when not so.
func (d *doc) placeBody(si, start, j int) int {
	toks := d.toks[si]
	if start >= 0 && start <= j && toks[start].lower == "the" {
		start++
	}
	p := -1
	for _, i := range d.inSentence(si) {
		m := d.mentions[i]
		if m.sentence == si && m.t0 == start && m.kind == fact.Place && m.entity >= 0 && m.t1+1 <= j && isPoss(toks[m.t1]) {
			p = i
		}
	}
	if p < 0 {
		return -1
	}
	m := d.mentions[p]
	var parts []string
	for k := m.t1 + 1; k <= j; k++ {
		if !toks[k].word {
			return -1
		}
		parts = append(parts, toks[k].lower)
	}
	e, ok := d.lx.phrases[strings.Join(parts, " ")]
	if !ok || e.kind != lxGeneric || !strings.HasPrefix(e.pattern, "{dem} ") {
		return -1
	}
	name := d.entities[m.entity].Name + " " + strings.TrimPrefix(e.pattern, "{dem} ")
	id := d.lateEntity(fact.Org, name)
	d.noteForm(id, name)
	return id
}

// bodyOfCountry reads a subject phrase [start, j] that is a capitalised
// body name ending in "WORD of COUNTRY" with WORD a body word ("the
// Industrial Union of Argentina"): the body, made an org; -1 when not so.
func (d *doc) bodyOfCountry(si, start, j, org int) int {
	toks := d.toks[si]
	m := d.mentions[org]
	if m.t1 != j+1 || m.t0 < 2 || toks[m.t0-1].lower != "of" || !d.lx.is(lcOrghead, toks[m.t0-2].text) {
		return -1
	}
	if toks[m.t0-2].in(lcStatebody) {
		return -1 // "the Government of Ukraine" is Ukraine's own
	}
	a := start
	if a < len(toks) && toks[a].lower == "the" {
		a++
	}
	if a >= m.t0-1 {
		return -1
	}
	for k := a; k < m.t0-1; k++ {
		if !toks[k].upper || d.inTitle(si, k) {
			return -1
		}
	}
	return d.orgNamed(si, a, j+1)
}

// titleOfBody reads "of (the) BODY[, NAME,]" at token k, after a title:
// the person named in apposition, else the body. It returns the token
// after the phrase; -1 when not so.
func (d *doc) titleOfBody(si, k int) (int, int) {
	toks := d.toks[si]
	b := k + 1
	if b < len(toks) && toks[b].lower == "the" {
		b++
	}
	body := -1
	for _, i := range d.inSentence(si) {
		m := d.mentions[i]
		if m.sentence == si && m.t0 == b && m.kind == fact.Org && m.entity >= 0 && (body < 0 || m.t1 > d.mentions[body].t1) {
			body = i
		}
	}
	if body < 0 {
		return -1, k
	}
	end := d.mentions[body].t1
	if end+1 < len(toks) && toks[end].text == "," {
		if p := d.personMentionAt(si, end+1); p >= 0 {
			return d.mentions[p].entity, d.mentions[p].t1
		}
	}
	return d.mentions[body].entity, end
}

// withAbsolute says whether the person at token t is the subject of an
// -ing verb at v in a phrase opened by "with": "With Senator X also
// voicing opposition, ...".
func (d *doc) withAbsolute(si, t, v int) bool {
	toks := d.toks[si]
	if !strings.HasSuffix(toks[v].lower, "ing") {
		return false
	}
	for t > 0 && d.inTitle(si, t-1) {
		t--
	}
	return t > 0 && toks[t-1].lower == "with"
}

// acronymBody reads a subject phrase [start, j] that is a body's initials
// alone, "NDX" or "the TWU", which no lexicon knows and no mention covers:
// initials that speak are a body's (a person is not named so). It makes
// the body an org; -1 when not so.
func (d *doc) acronymBody(si, start, j int) int {
	toks := d.toks[si]
	if start <= j && toks[start].lower == "the" {
		start++
	}
	if start != j || !isAcronym(toks[j].text) || d.lx.is(lcNotname, toks[j].text) || d.mentionAt(si, j) >= 0 || d.inMention(si, j) || d.inTitle(si, j) {
		return -1
	}
	// "The CEO said", "the MP said": a title's initials are a person's.
	if _, ok := d.lx.titles[toks[j].lower]; ok {
		return -1
	}
	return d.orgNamed(si, j, j+1)
}

// bodyNounBack reads a subject phrase [start, j] that calls a body back
// by a common noun ("the commission", "the Japanese company"): the last
// body named in the three sentences before (or before it in its own)
// whose name ends in that noun ("the European Commission"), else, for a
// firm ("the company", "the carmaker"), the last body no lexicon knows;
// -1 when none.
func (d *doc) bodyNounBack(si, start, j int) int {
	toks := d.toks[si]
	if start >= j || toks[start].lower != "the" || !toks[j].in(lcBodynoun) || j-start > 3 {
		return -1
	}
	for k := start + 1; k < j; k++ {
		if toks[k].upper && d.mentionAt(si, k) < 0 && !d.inMention(si, k) {
			return -1 // "the Acme company": named itself
		}
	}
	noun := toks[j].lower
	// The last body named in the window, by where its names stand: bodies
	// the speaker stage made ("NDX said") have no mention of their own.
	from, before := d.sentences[max(0, si-3)].span.Start, toks[start].start
	named, firm := -1, -1
	namedAt, firmAt := -1, -1
	for id, e := range d.entities {
		if e.Kind != fact.Org {
			continue
		}
		if _, ok := d.lx.countries[e.Name]; ok {
			continue
		}
		last := -1
		for _, sp := range e.Mentions {
			if sp.Start >= from && sp.Start < before && sp.Start > last {
				last = sp.Start
			}
		}
		if last < 0 {
			continue
		}
		if strings.EqualFold(lastWord(e.Name), noun) && last > namedAt {
			named, namedAt = id, last
		}
		if !d.lx.known(e.Name) && last > firmAt && (noun != "group" || d.unknownOrgs[id]) {
			firm, firmAt = id, last
		}
	}
	if named >= 0 {
		return named
	}
	if d.lx.is(lcFirm, noun) {
		return firm
	}
	return -1
}

// officeHolderBack is whose office "the office" (w) stands for: the
// person or body before "'s Office" in the five sentences before si
// ("a release from the Prime Minister's Office"); -1 when none.
func (d *doc) officeHolderBack(si int, w string) int {
	for p := si - 1; p >= 0 && p >= si-5; p-- {
		toks := d.toks[p]
		for k := len(toks) - 1; k > 1; k-- {
			if toks[k].lower != w || !isPoss(toks[k-1]) {
				continue
			}
			for _, i := range d.inSentence(p) {
				m := d.mentions[i]
				if m.sentence == p && m.t1 == k-1 && m.entity >= 0 && m.kind != fact.Place && m.how != byGroup {
					return m.entity
				}
			}
		}
	}
	return -1
}

// openerEnd is the token after the comma that closes a phrase opening
// sentence si ("Amid the visit of X,", "Speaking after the meeting with
// Y,", "On Monday,"), 0 when it opens with none.
func (d *doc) openerEnd(si int) int {
	toks := d.toks[si]
	if len(toks) == 0 {
		return 0
	}
	// A wire dateline: "DULUTH, Minn. (AP) —".
	for k := 1; k < len(toks) && k < 10; k++ {
		if t := toks[k].text; t == "—" || t == "–" || t == "--" {
			return k + 1
		}
		if toks[k].word && !toks[k].upper {
			break
		}
	}
	w := toks[0].lower
	// "However,", "Meanwhile,": an adverb alone.
	if len(toks) > 2 && toks[1].text == "," && (d.lx.is(lcParenthetical, w) || strings.HasSuffix(w, "ly") && d.mentionAt(si, 0) < 0) {
		return 2
	}
	if !d.lx.is(lcOpener, w) && w != "amid" && w != "amidst" && !ingPhrase(token{lower: w}) {
		return 0
	}
	for k := 1; k < len(toks) && k <= 2*maxSubject; k++ {
		if inSpans(d.quotes, fact.Span{Start: toks[k].start, End: toks[k].end}) {
			return 0
		}
		if toks[k].text == "," {
			return k + 1
		}
	}
	return 0
}

// twoPeople is the two people "they" at token j of sentence si stands
// for: the only two named before it in its sentence, else the only two
// named in the sentence before; -1 when not exactly two.
func (d *doc) twoPeople(si, j int) (int, int) {
	for _, s := range []int{si, si - 1} {
		if s < 0 {
			break
		}
		var people []int
		for _, i := range d.inSentence(s) {
			m := d.mentions[i]
			if m.sentence != s || s == si && m.t0 >= j || m.kind != fact.Person || m.how == byGroup || m.how == byPronoun || m.quoted || m.entity < 0 {
				continue
			}
			if !containsInt(people, m.entity) {
				people = append(people, m.entity)
			}
		}
		if len(people) == 2 {
			return people[0], people[1]
		}
		if len(people) > 0 {
			break
		}
		// "..., the pair did not rule it out. “...,” they said.": the two
		// the pair stands for, named a few sentences before.
		if s == si-1 && d.pairWord(s) {
			return d.pairBefore(s)
		}
	}
	return -1, -1
}

// pairWord says whether sentence si speaks of two people as one: "the
// pair", "the two", "both men".
func (d *doc) pairWord(si int) bool {
	toks := d.toks[si]
	for k := 0; k+1 < len(toks); k++ {
		switch toks[k].lower + " " + toks[k+1].lower {
		case "the pair", "the two", "the duo", "both men", "both women":
			return true
		}
	}
	return false
}

// pairBefore is the two people last named together, past any opening
// phrase and not by a pronoun, in the three sentences before si; -1 when
// none.
func (d *doc) pairBefore(si int) (int, int) {
	for s := si - 1; s >= 0 && s >= si-3; s-- {
		people := d.peopleNamed(s, d.openerEnd(s), func(m *mention) bool { return m.how != byPronoun })
		if len(people) == 2 {
			return people[0], people[1]
		}
	}
	return -1, -1
}

// objectOfPhrase says whether the person at token t stands after a
// preposition ("the trial of X", "with X"), not after the "of" of a
// capitalised title ("Leader of Opposition X").
func (d *doc) objectOfPhrase(si, t, start int) bool {
	toks := d.toks[si]
	if !d.afterPreposition(si, t, start) {
		return false
	}
	for t > start && d.inTitle(si, t-1) {
		t--
	}
	return !(t >= 2 && toks[t-1].lower == "of" && toks[t-2].upper)
}

// whichAntecedent is the body a "which" after the comma at token c
// stands for: the author of a document named before it ("a ruling by
// the High Court on Wednesday, which"), else a body named right before
// it, alone or before a word for a body or government ("The Lima
// government, which"); -1 when none.
func (d *doc) whichAntecedent(si, c int) int {
	toks := d.toks[si]
	for k := c - 1; k >= 0 && k >= c-8; k-- {
		if toks[k].in(lcDocument) && k+2 < c && (toks[k+1].lower == "by" || toks[k+1].lower == "from" || toks[k+1].lower == "of") {
			if sp, _ := d.speakerAt(si, k+2); sp >= 0 {
				return sp
			}
		}
	}
	end := c
	if end > 0 && (toks[end-1].lower == "government" || toks[end-1].in(lcBodynoun)) {
		end--
	}
	for _, i := range d.inSentence(si) {
		m := d.mentions[i]
		if m.sentence == si && (m.t1 == end || m.t1 == c) && m.kind != fact.Person && m.how != byGroup && !m.quoted {
			if e := d.speakerEntity(m); e >= 0 {
				return e
			}
			if m.lex != nil && m.lex.country != "" {
				return d.countryEntity(m.lex.country) // "the Lima government"
			}
		}
	}
	return -1
}

// calledBody reads a subject phrase [start, j] that ends in a body named
// after "called" or "named": "a group called Clean Rivers Now",
// "members of an alliance named Open Streets". The name is the
// capitalised run to the verb, whatever mentions it holds. It makes the
// body an org; -1 when not so.
func (d *doc) calledBody(si, start, j int) int {
	toks := d.toks[si]
	for k := start + 1; k < j && k+1 <= j; k++ {
		if w := toks[k].lower; w != "called" && w != "named" || !toks[k-1].in(lcBodynoun) {
			continue
		}
		if j-k > 5 {
			return -1
		}
		for t := k + 1; t <= j; t++ {
			if !toks[t].upper || !bodyWord(toks[t].text) {
				return -1
			}
		}
		return d.orgNamed(si, k+1, j+1)
	}
	return -1
}

// titledLater reads a subject phrase opening one of an article's first
// two sentences with "the" and a common noun for a person's office ("The
// judge handling the trial said", "..., a union spokesman said"), which
// news names only later: the person named with that word as a title
// within the next four sentences ("District Judge Alan Brisco said",
// "union spokesman Tom Vell"); -1 when none or several.
func (d *doc) titledLater(si, start int) int {
	toks := d.toks[si]
	if si > 1 || start+1 >= len(toks) || toks[start].lower != "the" && toks[start].lower != "a" {
		return -1
	}
	k := start + 1
	// "a union spokesman": a lower-case word for the body before it.
	if k+1 < len(toks) && spokesWord(toks[k+1].lower) && !toks[k].upper && toks[k].word {
		k++
	}
	w := toks[k]
	if w.upper || !w.word || d.mentionAt(si, k) >= 0 || d.lx.is(lcGroup, w.lower) || d.lx.is(lcBodynoun, w.lower) || len(w.lower) < 4 {
		return -1
	}
	found := -1
	for s := si + 1; s < len(d.sentences) && s <= si+4; s++ {
		st := d.toks[s]
		for _, i := range d.inSentence(s) {
			m := d.mentions[i]
			if m.sentence != s || m.kind != fact.Person || m.how != byName || m.entity < 0 || m.quoted {
				continue
			}
			titled := m.t0 > 0 && st[m.t0-1].lower == w.lower && (st[m.t0-1].upper || spokesWord(w.lower))
			for k := m.t0; k < m.t1-1 && !titled; k++ {
				titled = st[k].lower == w.lower && st[k].upper // "District Judge Alan Brisco"
			}
			if !titled {
				continue
			}
			if found >= 0 && found != m.entity {
				return -1
			}
			found = m.entity
		}
	}
	return found
}

// statementBy reads a subject phrase [start, j] that is "the" and a
// document word ("the communiqué", "the statement") for a document told
// in the three sentences before with "through a statement" or "in a
// statement" after a verb of saying: whoever said it there; -1 when none.
func (d *doc) statementBy(si, start, j int) int {
	toks := d.toks[si]
	if start+1 != j || toks[start].lower != "the" || !toks[j].in(lcDocument) {
		return -1
	}
	for p := si - 1; p >= 0 && p >= si-3; p-- {
		pt := d.toks[p]
		for k := 2; k < len(pt); k++ {
			if !d.lx.is(lcDocument, pt[k].lower) || pt[k-1].lower != "a" || pt[k-2].lower != "through" && pt[k-2].lower != "in" {
				continue
			}
			for v := k - 3; v >= 0 && v >= k-12; v-- {
				if d.speechAt(pt, v) {
					if sp, _ := d.subjectOf(p, v); sp >= 0 {
						return sp
					}
					break
				}
			}
		}
	}
	return -1
}

// governmentSources reads "government sources" at token k ("Government
// sources", "the government sources"), and "sources" alone after them in
// the three sentences before: officials of a government who go unnamed
// speak for it as one. The government is the dateline's country's; with
// none, a collective of that name. It returns the token after the phrase;
// -1 when not so.
func (d *doc) governmentSources(si, k int) (int, int) {
	toks := d.toks[si]
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	switch {
	case k+1 < len(toks) && toks[k].lower == "government" && toks[k+1].lower == "sources":
		k += 2
	case k < len(toks) && toks[k].lower == "sources" && d.governmentSourcesBefore(si):
		k++
	default:
		return -1, k
	}
	if c := d.datelineCountry(); c != "" {
		if e := d.countryEntity(c); e >= 0 {
			return e, k
		}
	}
	const name = "Government sources"
	if id, ok := d.entityIDs[string(fact.Org)+"\x00"+name]; ok {
		return id, k
	}
	id := d.lateEntity(fact.Org, name)
	d.noteForm(id, name)
	return id, k
}

// governmentSourcesBefore says whether "government sources" stand in one
// of the three sentences before si.
func (d *doc) governmentSourcesBefore(si int) bool {
	for p := si - 1; p >= 0 && p >= si-3; p-- {
		pt := d.toks[p]
		for k := 0; k+1 < len(pt); k++ {
			if pt[k].lower == "government" && pt[k+1].lower == "sources" {
				return true
			}
		}
	}
	return false
}
