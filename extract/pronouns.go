package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/fact"
)

// Pronouns: "he" and "she" stand for a person named before them. The
// text itself says which people are men and which women (an honorific, a
// gendered title, "his" or "her" after a lone name, pronouns already
// resolved); no list of first names is used. Among the people a pronoun
// can stand for, the nearest sentence naming them wins, and within it
// the subject: "Berg met Halas. He said ..." is Berg. When that sentence
// names several people and none is its subject, the pronoun is left
// unresolved rather than guessed. In the pronoun's own sentence, the
// subject of the nearest clause before it wins.

// gender is what the text shows of a person's gender.
type gender uint8

const (
	genderUnknown gender = iota
	genderMale
	genderFemale
	genderMixed // the text says both: trust neither
)

// and combines two pieces of evidence.
func (g gender) and(h gender) gender {
	switch {
	case h == genderUnknown || g == h:
		return g
	case g == genderUnknown:
		return h
	}
	return genderMixed
}

// fits says whether a person of gender g may be called by a pronoun of
// gender p.
func (g gender) fits(p gender) bool {
	return p == genderUnknown || g == genderUnknown || g == genderMixed || g == p
}

// pronounGender is the gender of a third-person pronoun, unknown for any
// other word.
func pronounGender(w string) gender {
	switch w {
	case "he", "him", "his", "himself":
		return genderMale
	case "she", "her", "hers", "herself":
		return genderFemale
	}
	return genderUnknown
}

// wordGender reads a title or honorific: the lexicon's gendered words,
// and English compounds in -man and -woman ("spokeswoman", "chairman").
func (lx *lexicon) wordGender(w string) gender {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	switch {
	case lx.is(lcFemale, w) || strings.HasSuffix(w, "woman"):
		return genderFemale
	case lx.is(lcMale, w) || strings.HasSuffix(w, "man") && len(w) > 4:
		return genderMale
	}
	return genderUnknown
}

// genderEvidence is what an article shows of its people's genders: the
// text's own words (titles, honorifics, "her" after a lone name), and the
// pronouns already resolved to them, which are guesses themselves and
// only narrow a choice, never rule the only candidate out.
type genderEvidence struct {
	text, pronouns map[int]gender
}

// personGenders gathers the evidence that the names and titles give:
// roles held ("spokeswoman") and a gendered word right before a name
// ("Mrs.", "King").
func (rp *refPass) personGenders() genderEvidence {
	ev := genderEvidence{text: map[int]gender{}, pronouns: map[int]gender{}}
	g := ev.text
	for _, r := range rp.roles {
		g[r.Person] = g[r.Person].and(rp.lx.wordGender(lastWord(r.Title)))
	}
	for _, m := range rp.mentions {
		if m.kind != fact.Person || m.how != byName || m.entity < 0 || m.quoted {
			continue
		}
		// Only honorifics and titles: "German" ends in -man too.
		toks := rp.toks[m.sentence]
		for k := max(0, m.t0-2); k < m.t0; k++ {
			w := strings.ToLower(strings.TrimSuffix(toks[k].text, "."))
			if rp.lx.is(lcMale, w) || rp.lx.is(lcFemale, w) || rp.inTitle(m.sentence, k) {
				g[m.entity] = g[m.entity].and(rp.lx.wordGender(w))
			}
		}
	}
	return ev
}

// notePronounEvidence adds what pronouns say of the lone person before
// them in sentence si: "Rahimi presented her forecast", "Berg said he".
// Only when one person is named before the pronoun in its sentence, so
// "Berg met her" and "Berg told Halas he" teach nothing. An object "her"
// ("Berg thanked her") is told apart from a possessive by what follows.
func (cr *coref) notePronounEvidence(si int, ev genderEvidence) {
	g := ev.text
	toks := cr.toks[si]
	for k, t := range toks {
		pg := pronounGender(t.lower)
		if pg == genderUnknown || t.lower == "him" || t.lower == "herself" || t.lower == "himself" {
			continue
		}
		if t.lower == "her" && (k+1 >= len(toks) || !toks[k+1].word || toks[k+1].in(lcClausestop) || toks[k+1].in(lcLocative)) {
			continue
		}
		if inSpans(cr.quotes, fact.Span{Start: t.start, End: t.end}) {
			continue
		}
		if p := cr.lonePersonBefore(si, k); p >= 0 {
			g[p] = g[p].and(pg)
		}
	}
}

// lonePersonBefore is the one person named before token k of sentence
// si, -1 when none or several.
func (cr *coref) lonePersonBefore(si, k int) int {
	found := -1
	for _, i := range cr.inSentence(si) {
		m := cr.mentions[i]
		if m.sentence != si || m.t1 > k || m.kind != fact.Person || m.quoted || m.how == byPronoun {
			continue
		}
		if m.how == byGroup || m.entity < 0 || found >= 0 && found != m.entity {
			return -1
		}
		found = m.entity
	}
	return found
}

// pronounReferent finds the person pronoun mention pi stands for: in its
// own sentence before it, else in the nearest sentence before that names
// a person it can stand for. Several candidates there: the subject, else
// none. People the text shows to be of the other gender are never
// candidates. A sentence that names a person only by a title nobody was
// found for ("If the Russian president rejects it. If he engages")
// leaves the pronoun unresolved.
func (cr *coref) pronounReferent(pi int, ev genderEvidence) int {
	p := cr.mentions[pi]
	pg := pronounGender(strings.ToLower(p.text))
	for si := p.sentence; si >= 0; si-- {
		var cands []int // mention indices
		unknownTitle := false
		for _, i := range cr.inSentence(si) {
			m := cr.mentions[i]
			if m.sentence != si || si == p.sentence && m.t1 > p.t0 || m.kind != fact.Person || m.quoted {
				continue
			}
			if m.how == byTitle && m.entity < 0 {
				unknownTitle = true
			}
			if m.entity >= 0 && (m.how == byName || m.how == byTitle) && ev.text[m.entity].fits(pg) {
				cands = append(cands, i)
			}
		}
		// "He sat on a panel with Minister X. Later he ...": the
		// same pronoun as the sentence's subject goes on with its person.
		// "he spoke at a dinner with the minister, where he said ...": in
		// its own sentence too, before the pronoun.
		if e := cr.pronounSubject(si, pg, p.span.Start); e >= 0 {
			return e
		}
		if len(cands) == 0 && unknownTitle {
			return -1
		}
		if len(cands) == 0 {
			continue
		}
		if narrow := ev.narrow(cr, cands, pg); len(narrow) > 0 {
			cands = narrow
		}
		first := cr.mentions[cands[0]].entity
		same := true
		for _, i := range cands {
			same = same && cr.mentions[i].entity == first
		}
		if same {
			return first
		}
		if si == p.sentence {
			return cr.nearestSubject(cands)
		}
		for _, i := range cands {
			if cr.isSubject(i) {
				return cr.mentions[i].entity
			}
		}
		// "criticism from X, who heads ...": the one a relative clause
		// describes is who the next sentence is about.
		who := -1
		for _, i := range cands {
			m := cr.mentions[i]
			if toks := cr.toks[m.sentence]; m.t1+1 < len(toks) && toks[m.t1].text == "," && toks[m.t1+1].lower == "who" {
				if who >= 0 && cr.mentions[who].entity != m.entity {
					return -1
				}
				who = i
			}
		}
		if who >= 0 {
			return cr.mentions[who].entity
		}
		return -1
	}
	return -1
}

// pronounSubject is the person of a pronoun of gender pg that opens
// sentence si as its first person mention and subject, ending before
// byte off; -1 when there is none.
func (cr *coref) pronounSubject(si int, pg gender, off int) int {
	if pg == genderUnknown {
		return -1
	}
	for _, i := range cr.inSentence(si) {
		m := cr.mentions[i]
		if m.sentence != si || m.kind != fact.Person || m.quoted {
			continue
		}
		if m.how == byPronoun && m.entity >= 0 && m.span.End <= off && pronounGender(strings.ToLower(m.text)) == pg &&
			cr.isSubject(i) && !cr.inName(si, m.t0) && !cr.personAt(si, m.t1) {
			return m.entity
		}
		return -1
	}
	return -1
}

// inName says whether token k of sentence si lies in a person's name
// ("He" of "He Lifeng"); personAt catches the "He" left before "Lifeng".
func (cr *coref) inName(si, k int) bool {
	for _, i := range cr.inSentence(si) {
		if m := cr.mentions[i]; m.sentence == si && m.how == byName && m.kind == fact.Person && m.t0 <= k && k < m.t1 {
			return true
		}
	}
	return false
}

// narrow keeps the candidates whose resolved pronouns agree with pg.
func (ev genderEvidence) narrow(d *coref, cands []int, pg gender) []int {
	var out []int
	for _, i := range cands {
		if ev.pronouns[d.mentions[i].entity].fits(pg) {
			out = append(out, i)
		}
	}
	return out
}

// nearestSubject picks, for a pronoun in the same sentence as the people
// in cands, the subject of the nearest clause before it: "X said Kessler
// was welcome in Moscow, where he met ..." is Kessler; "X flew to meet
// Fadul, and then to Kampala, where she held talks" is X. With no subject
// among them, the last one named.
func (cr *coref) nearestSubject(cands []int) int {
	for k := len(cands) - 1; k >= 0; k-- {
		if cr.isSubject(cands[k]) || cr.complementSubject(cands[k]) {
			return cr.mentions[cands[k]].entity
		}
	}
	return cr.mentions[cands[len(cands)-1]].entity
}

// complementSubject says whether mention i opens the clause a speech verb
// introduces: "said Kessler was", "said that Kessler".
func (cr *coref) complementSubject(i int) bool {
	m := cr.mentions[i]
	toks := cr.toks[m.sentence]
	k := m.t0
	for k > 0 && cr.inTitle(m.sentence, k-1) {
		k--
	}
	if k > 0 && toks[k-1].lower == "that" {
		k--
	}
	return k > 0 && cr.speechAt(toks, k-1) && !m.poss
}

// isSubject says whether mention i opens its clause: only capitalised
// words (a title, "Later"), a title, "the" or a conjunction stand between
// the clause's start (the sentence's, or a comma's) and the name, and it
// is no possessor. "Berg met Halas": Berg; "after talks with Berg, Halas
// said": Halas; "Berg's adviser, Halas, said": Halas.
func (cr *coref) isSubject(i int) bool {
	m := cr.mentions[i]
	if m.poss {
		return false // "Pennine's chief financial officer, Aisha Moran,"
	}
	toks := cr.toks[m.sentence]
	for k := m.t0 - 1; k >= 0; k-- {
		t := toks[k]
		switch {
		case t.text == "," || t.text == ";" || t.text == ":":
			return true
		case t.upper || !t.word || cr.inTitle(m.sentence, k):
		case t.lower == "the" || t.lower == "and" || t.lower == "but" || t.lower == "then" || t.lower == "later" || t.lower == "also":
		default:
			return false
		}
	}
	return true
}

// inTitle says whether token k of sentence si is part of a title.
func (cr *coref) inTitle(si, k int) bool {
	for _, h := range cr.titles[si] {
		if h.t0 <= k && k < h.t1 {
			return true
		}
	}
	return false
}
