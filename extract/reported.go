package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/fact"
)

// Reported speech: a speech verb outside quotation marks, its speaker, and
// the clause it introduces ("X said (that) ...", "X described Y as “...”",
// "according to X, ...", "..., X said").

// maxClause bounds the words of one reported claim.
const maxClause = 120

// reportedClaims reads reported speech: a speech verb outside quotes with
// a speaker, and the clause it introduces.
func (d *doc) reportedClaims(drafts []claimDraft, attributed map[[2]int]bool) []claimDraft {
	// The last body that spoke, for "It said" in the next sentence.
	lastOrg, lastOrgSent := -1, -10
	for si, s := range d.sentences {
		if s.heading {
			continue
		}
		drafts = append(drafts, withRule(ruleAccordingTo, d.accordingTo(si))...)
		for v := range d.toks[si] {
			if dr, ok := d.praisedFor(si, v); ok {
				dr.setRule(rulePraisedFor)
				drafts = append(drafts, dr)
				continue
			}
			if d.stanceAt(si, v) {
				// "X is hopeful (that) the talks will succeed".
				if sp, co := d.subjectOf(si, v-1); sp >= 0 {
					c, _ := d.claimStart(si, v)
					if e := d.clauseEnd(si, c); d.clauseLike(si, c, e) {
						dr := d.reportedDraft(si, sp, co, c, e, d.toks[si][v].start, 0.6, "")
						dr.setRule(ruleStance)
						drafts = append(drafts, dr)
					}
				}
				continue
			}
			if !d.reportingVerb(si, v, attributed) {
				continue
			}
			sp, co := d.subjectOf(si, v)
			if sp < 0 && d.itSubject(si, v) {
				sp, co = d.itDocument(si) // "They issued a statement. It says ..."
			}
			if sp < 0 && lastOrg >= 0 && lastOrgSent >= si-1 && (d.itSubject(si, v) || d.theyOpens(si, v)) {
				sp = lastOrg // "The ministry said ... It said ...", "The group said ... They read ..."
			}
			if sp < 0 {
				sp = d.heAfterSpeaker(si, v, drafts) // "“...,” said X. He said ..."
			}
			// "He said ... and dubbed ...": a coordinated verb's speaker is
			// the one the sentence's first verb found.
			if n := len(drafts); sp < 0 && n > 0 && drafts[n-1].sent == si && drafts[n-1].speaker >= 0 && v > 0 &&
				(d.toks[si][v-1].lower == "and" || d.toks[si][v-1].lower == "but") {
				sp, co = drafts[n-1].speaker, drafts[n-1].co
			}
			if sp < 0 {
				continue
			}
			if d.entities[sp].Kind == fact.Org {
				lastOrg, lastOrgSent = sp, si
			}
			drafts = append(drafts, withRule(ruleReported, d.reportedAt(si, v, sp, co, attributed))...)
		}
	}
	return drafts
}

// inMention says whether token k of sentence si lies inside a mention of
// a name or lexicon phrase.
func (d *doc) inMention(si, k int) bool {
	for _, i := range d.inSentence(si) {
		m := d.mentions[i]
		if m.sentence == si && m.t0 <= k && k < m.t1 && m.how != byPronoun && m.how != byGroup && m.how != byTitle {
			return true
		}
	}
	return false
}

// accordingTo reads "According to X, CLAUSE" and "CLAUSE, according to X."
func (d *doc) accordingTo(si int) []claimDraft {
	toks := d.toks[si]
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].lower != "according" || toks[k+1].lower != "to" {
			continue
		}
		sp, end := d.speakerAt(si, d.pastDocument(si, k+2))
		if sp < 0 {
			sp, end = d.placeDocument(si, k+2)
		}
		var co []int
		if sp < 0 {
			// "according to the joint statement issued after the talks"
			if sp, co = d.jointAuthors(si, k+2); sp >= 0 {
				end = k + 2
			}
		}
		if sp < 0 {
			return nil
		}
		for end < len(toks) && toks[end].text != "," {
			end++
		}
		switch {
		case k > 1 && toks[k-1].text == "," && end >= len(toks)-1:
			// "CLAUSE, according to X."
			if !inSpans(d.quotes, fact.Span{Start: toks[0].start, End: toks[k-2].end}) {
				return []claimDraft{d.reportedDraft(si, sp, co, 0, k-1, toks[0].start, 0.6, "")}
			}
		case end+1 < len(toks):
			return []claimDraft{d.reportedDraft(si, sp, co, end+1, len(toks), toks[k].start, 0.7, "")}
		}
		return nil
	}
	return nil
}

// reportingVerb says whether token v of sentence si is a verb that
// reports speech, not already used to attribute a quote, and not a noun
// ("Russia's claims", "the reports") or a demand ("called for").
func (d *doc) reportingVerb(si, v int, attributed map[[2]int]bool) bool {
	toks := d.toks[si]
	w := toks[v].lower
	if !d.lx.is(lcReporting, w) && !tookAim(toks, v) && !d.readOut(toks, v) && !d.sharedStance(toks, v) || attributed[[2]int{si, v}] {
		return false
	}
	if d.lx.is(lcOpeningact, w) && v > 0 && !d.lx.is(lcAct, w) {
		return false // "..., underscoring the weight of the talks": the writer's
	}
	if inSpans(d.quotes, fact.Span{Start: toks[v].start, End: toks[v].end}) {
		return false
	}
	// Part of a name: "the United States", "Reports Without Borders".
	if v > 0 && toks[v].upper || d.inMention(si, v) {
		return false
	}
	if v > 0 && (isPoss(toks[v-1]) || toks[v-1].in(lcDeterminer)) {
		return false
	}
	// "refiners accused of processing crude": the accused do not speak.
	if strings.HasPrefix(w, "accus") && v+1 < len(toks) && toks[v+1].lower == "of" {
		return false
	}
	// "declined to say", "did not say": nothing said.
	if v > 0 && (toks[v-1].lower == "not" || toks[v-1].lower == "n't" || toks[v-1].lower == "never") ||
		v > 1 && toks[v-1].lower == "to" && (strings.HasPrefix(toks[v-2].lower, "declin") || strings.HasPrefix(toks[v-2].lower, "refus")) {
		return false
	}
	// "called for a ceasefire", "called on Moscow": demands, not speech;
	// "called on Europe to help" asks something of someone.
	if (w == "called" || w == "calls") && v+1 < len(toks) {
		switch toks[v+1].lower {
		case "on":
			return d.directive(si, v+2, min(len(toks), v+12))
		case "for", "off", "up":
			return false
		}
	}
	return true
}

// reportedAt reads what speaker sp said with the verb at token v: the
// clause after it, the clause before it in inverted order, or the object
// and quoted words of "described Y as “Z”".
func (d *doc) reportedAt(si, v, sp int, co []int, attributed map[[2]int]bool) []claimDraft {
	toks := d.toks[si]
	w := toks[v].lower
	// "urged GM to build more", "called on Europe to help", "warned of
	// shortages": what was asked or warned of, with the verb.
	if v == 0 && (d.lx.is(lcAct, w) || d.lx.is(lcOpeningact, w)) && strings.HasSuffix(w, "ing") {
		// "Emphasizing his intention to X, Y told Z that ...".
		if dr, ok := d.openingAct(si, sp, co); ok {
			return []claimDraft{dr}
		}
		return nil
	}
	if d.lx.is(lcAct, w) || tookAim(toks, v) || d.readOut(toks, v) || d.sharedStance(toks, v) || v+1 < len(toks) && (toks[v+1].lower == "on" && (w == "called" || w == "calls") || toks[v+1].lower == "of" && strings.HasPrefix(w, "warn")) ||
		d.lx.is(lcObjectverb, w) && !d.thatFollows(si, v) && d.directive(si, v+1, d.clauseEnd(si, v+1)) {
		if dr, ok := d.actDraft(si, v, sp, co); ok {
			return []claimDraft{dr}
		}
		return nil
	}
	c, viaThat := d.claimStart(si, v)
	medium := d.medium(si, v+1)
	if c < len(toks) && (toks[c].lower == "nothing" || toks[c].lower == "little") && !viaThat {
		return nil // "said nothing about the deal"
	}
	e := d.clauseEnd(si, c)
	// Inverted order: "CLAUSE, X said[, adding that MORE]". After
	// "..., the air force said on Friday, adding that ..." what follows is
	// another verb's.
	// "..., the Kremlin said at the time." / "..., X said in Warsaw.": what
	// follows the verb is about the saying.
	// "..., but warned at this stage the strike would go ahead": a
	// coordinated verb says what follows it.
	coord := v > 0 && (toks[v-1].lower == "and" || toks[v-1].lower == "but") && d.clauseLike(si, c, e) || d.relativeAfter(si, v)
	// "..., the spokesperson said – diplomatic language for a row": a
	// dash opens the writer's aside.
	dash := c < len(toks) && (toks[c].text == "–" || toks[c].text == "—" || toks[c].text == "--")
	if c >= e || e-c <= 1 || dash || toks[c].text == "," && !d.lx.is(lcParticiple, w) || c < len(toks) && toks[c].in(lcParticiple) ||
		!coord && !d.lx.is(lcDescribe, w) && d.adverbialRest(si, c) && d.invertedClause(si, v) != "" {
		return d.invertedDraft(si, v, c, sp, co, medium, attributed)
	}
	if d.lx.is(lcDescribe, w) {
		if dr, ok := d.describedDraft(si, v, e, sp, co, medium); ok {
			return []claimDraft{dr}
		}
		if dr, ok := d.calledAdjective(si, v, sp, co, medium); ok {
			return []claimDraft{dr}
		}
		if indexWord(toks, "as", v) < 0 {
			return nil
		}
	}
	// "stressed the importance of trade": a topic, not a claim.
	if !viaThat && d.lx.is(lcObjectverb, w) && !d.clauseLike(si, c, e) {
		return nil
	}
	// "confirmed the meeting on Wednesday": a thing named, too thin to
	// be a claim.
	if !viaThat && d.lx.is(lcThingverb, w) && !d.clauseLike(si, c, e) && contentWords(toks[c:e]) < 3 {
		return nil
	}
	// "The government, which says that X, called ...": the relative
	// clause ends where the main verb goes on.
	if v > 0 && toks[v-1].lower == "which" {
		for k := c + 1; k+1 < e; k++ {
			if n := toks[k+1]; toks[k].text == "," && !n.upper && (strings.HasSuffix(n.lower, "ed") || d.speechAt(toks, k+1) || d.lx.is(lcDescribe, n.lower)) {
				e = k
				break
			}
		}
	}
	dr := d.reportedDraft(si, sp, co, c, e, toks[v].start, 0.7, medium)
	if strings.HasPrefix(w, "accus") {
		dr.text = dropAccusedOf(dr.text)
	}
	out := []claimDraft{dr}
	// "... and that ...", "..., but that ...": another thing the same
	// speaker said.
	for {
		n := e
		for n < len(toks) && toks[n].text == "," {
			n++
		}
		if n+2 >= len(toks) || toks[n+1].lower != "that" || toks[n].lower != "and" && toks[n].lower != "but" {
			return out
		}
		c = n + 2
		e = c
		for e < len(toks) && e < c+maxClause && !d.coordinatedSpeech(si, e) {
			e++
		}
		for e > c && toks[e-1].text == "," {
			e--
		}
		out = append(out, d.reportedDraft(si, sp, co, c, e, toks[v].start, 0.7, medium))
	}
}

// claimStart finds where what was said begins after the verb at v: after
// "that" close by, else right after the verb, past the listeners ("told
// reporters") and the setting ("in a statement on Monday,").
func (d *doc) claimStart(si, v int) (int, bool) {
	toks := d.toks[si]
	c := v + 1
	for c < len(toks) && c < v+16 {
		if toks[c].lower == "that" && !d.relativeThat(si, v, c) {
			return d.skipSettings(si, c+1), true
		}
		if toks[c].text == "," && c+2 < len(toks) && toks[c+1].in(lcParenthetical) && toks[c+2].text == "," {
			c += 3 // "said, though, that"
			continue
		}
		if toks[c].text == "," && c+1 < len(toks) && isYear(toks[c+1].text) {
			c += 2 // "on March 12, 2025 that"
			continue
		}
		if toks[c].text == "," || d.speechAt(toks, c) || inSpans(d.quotes, fact.Span{Start: toks[c].start, End: toks[c].end}) {
			break
		}
		c++
	}
	c = v + 1
	if w := toks[v].lower; w == "told" || w == "telling" || w == "tells" {
		if c+1 < len(toks) && toks[c].text == "the" && toks[c+1].upper {
			c++ // "told the BBC"
		}
		for c < len(toks) && (toks[c].upper || toks[c].lower == "reporters" || toks[c].lower == "journalists") {
			c++
		}
	}
	// "told them the plan was off", "assured her the plant would stay":
	// past the one told.
	if toks[v].in(lcTellverb) {
		if c+1 < len(toks) && (toks[c].lower == "them" || toks[c].lower == "him" || toks[c].lower == "her" || toks[c].lower == "us" || toks[c].lower == "me") {
			c++
		}
	}
	return d.skipSettings(si, c), false
}

// clauseEnd finds where a reported clause starting at c ends: at the end
// of the sentence, at a coordinated speech verb ("and added"), or where
// someone else's speech begins; at most maxClause tokens (no news
// sentence is longer). A trailing comma is left out.
func (d *doc) clauseEnd(si, c int) int {
	toks := d.toks[si]
	e := c
	for e < len(toks) && e < c+maxClause && !d.coordinatedSpeech(si, e) && !d.otherSpeakerClause(si, e) {
		e++
	}
	for e > c && (toks[e-1].text == "," || toks[e-1].text == ";") {
		e--
	}
	return e
}

// coordinatedSpeech says whether token e joins another speech verb or
// "that" clause of the same speaker: "and added", "but noted", "and that".
func (d *doc) coordinatedSpeech(si, e int) bool {
	toks := d.toks[si]
	// "..., warning that ...", "..., saying it ...": a second thing said,
	// in -ing; not "criticised X, warning them about Y", one act.
	if toks[e].text == "," && e+2 < len(toks) && (toks[e+1].in(lcParticiple) || toks[e+1].in(lcAct) && strings.HasSuffix(toks[e+1].lower, "ing")) &&
		!inSpans(d.quotes, fact.Span{Start: toks[e].start, End: toks[e].end}) {
		switch toks[e+2].lower {
		case "them", "him", "her", "us", "me", "about", "of", "against", "on":
			return false
		}
		return true
	}
	if toks[e].lower != "and" && toks[e].lower != "but" || inSpans(d.quotes, fact.Span{Start: toks[e].start, End: toks[e].end}) {
		return false
	}
	// "and on Tuesday urged", "but later said": past when it was said.
	// Not "and agreed": what the clause's own subject did ("said the
	// envoys met and agreed on a plan").
	n := d.pastWhen(si, e+1)
	// "and described the floods as a warning": a verdict of its own.
	describes := n < len(toks) && toks[n].in(lcDescribe) && indexWord(toks[:min(len(toks), n+10)], "as", n+1) >= 0
	return n < len(toks) && (d.speechAt(toks, n) || describes || toks[n].in(lcAct) && !strings.HasPrefix(toks[n].lower, "agree") || n == e+1 && toks[n].lower == "that")
}

// adverbialRest says whether what follows a speech verb at token c
// opens a phrase about the saying or the clause before it, not a clause
// of what was said: a preposition ("at the time", "in Warsaw", "after
// talks") or a verb in -ing ("hitting energy facilities").
func (d *doc) adverbialRest(si, c int) bool {
	toks := d.toks[si]
	if c >= len(toks) {
		return false
	}
	w := toks[c].lower
	return d.lx.is(lcLocative, w) || d.lx.is(lcAdverbial, w) || ingPhrase(toks[c])
}

// ingPhrase says whether token t is a lower-case verb in -ing.
func ingPhrase(t token) bool {
	return !t.upper && len(t.lower) > 5 && strings.HasSuffix(t.lower, "ing")
}

// invertedDraft reads "CLAUSE, X said[, adding that MORE]." (two
// claims: two verbs of saying), "CLAUSE, X said on Sunday, hitting MORE"
// (an -ing phrase at c after the verb goes on with the clause) and
// "SUBJECT, X said, VERB PHRASE".
func (d *doc) invertedDraft(si, v, c, sp int, co []int, medium string, attributed map[[2]int]bool) []claimDraft {
	toks := d.toks[si]
	text := d.invertedClause(si, v)
	if text == "" {
		return nil
	}
	date := d.claimDate(si, fact.Span{Start: toks[v].start, End: d.sentences[si].span.End})
	span := d.sentences[si].span
	var added []claimDraft
	if c < len(toks) && ingPhrase(toks[c]) && !toks[c].in(lcParticiple) {
		text += ", " + d.art.Text[toks[c].start:toks[len(toks)-1].end]
	} else if c+1 < len(toks) && toks[c].text == "," && toks[c+1].in(lcFinite) {
		// "The plan, she said, would fail.": the attribution sits inside
		// the clause, which goes on after it.
		text += " " + d.art.Text[toks[c+1].start:toks[len(toks)-1].end]
	} else if a := indexWord(toks, "adding", v); a >= 0 {
		attributed[[2]int{si, a}] = true
		k := a + 1
		if k < len(toks) && toks[k].lower == "that" {
			k++
		}
		if k < len(toks) {
			span.End = toks[a-1].end
			added = append(added, claimDraft{speaker: sp, co: co, text: d.art.Text[toks[k].start:toks[len(toks)-1].end], medium: medium,
				sent: si, span: fact.Span{Start: toks[a].start, End: d.sentences[si].span.End}, conf: 0.6, date: date})
		}
	}
	return append([]claimDraft{{speaker: sp, co: co, text: text, medium: medium, sent: si, span: span, conf: 0.6, date: date}}, added...)
}

// describedDraft reads the quoted words a describing verb at v gives:
// "described Y as “Z”" (the object and the words: "the talks as very
// good"; a passive, "described by X as", has no object) and "called the
// situation “a moral outrage”". False when there are none.
func (d *doc) describedDraft(si, v, e, sp int, co []int, medium string) (claimDraft, bool) {
	toks := d.toks[si]
	a := indexWord(toks, "as", v)
	for _, q := range d.quotes {
		from := 0
		switch {
		case a < 0 && q.Start > toks[v].end && q.Start-toks[v].end < 60 && q.End <= d.sentences[si].span.End && v+1 < len(toks):
			from = toks[v+1].start
		case a >= 0 && a < e && a+1 < len(toks) && isOpening([]rune(toks[a+1].text)[0]) && q.Start == toks[a+1].end:
			from = q.Start
			if toks[v+1].lower != "by" && a > v+1 {
				from = toks[v+1].start
			}
		case a >= 0 && a < e && a+2 < len(toks) && a > v+1 && toks[v+1].lower != "by" && (toks[a+1].lower == "a" || toks[a+1].lower == "an") &&
			isOpening([]rune(toks[a+2].text)[0]) && q.Start == toks[a+2].end:
			from = toks[v+1].start // "described the government as a “dictatorship”"
		default:
			continue
		}
		// "called the remarks “inappropriate” and “factually incorrect”":
		// both words are the verdict.
		end := q.End
		for _, q2 := range d.quotes {
			if q2.Start <= end || q2.End > d.sentences[si].span.End {
				continue
			}
			if between := strings.Trim(d.art.Text[end:q2.Start], "\"”“’‘ ,"); between == "and" || between == "or" {
				end = q2.End
			}
			break
		}
		conf := 0.8
		if a < 0 {
			conf = 0.7
		}
		return claimDraft{speaker: sp, co: co, text: d.art.Text[from:end], quoted: true, medium: medium,
			sent: si, span: fact.Span{Start: from, End: end}, conf: conf, date: d.claimDate(si, fact.Span{Start: toks[v].start, End: from})}, true
	}
	return claimDraft{}, false
}

// otherSpeakerClause says whether token e opens a clause in which someone
// else speaks: a conjunction, a subject phrase naming a speaker, and a
// speech verb ("..., while Abdi insisted", "and the Kremlin said").
func (d *doc) otherSpeakerClause(si, e int) bool {
	toks := d.toks[si]
	// "..., according to Downing Street": the source of the clause.
	if toks[e].text == "," && e+2 < len(toks) && toks[e+1].lower == "according" && toks[e+2].lower == "to" {
		return true
	}
	// "X told Y that Z, the readout said.": the sentence's own
	// attribution closes it.
	closes := e+1 < len(toks) && (toks[e+1].text == "\"" || toks[e+1].text == "”" || toks[e+1].text == "’")
	if toks[e].text == "," && (closes || !inSpans(d.quotes, fact.Span{Start: toks[e].start, End: toks[e].end})) {
		for v := e + 2; v < len(toks) && v <= e+5; v++ {
			if !toks[v].word {
				break
			}
			if d.speechAt(toks, v) && (v+1 == len(toks) || !toks[v+1].word && v+2 >= len(toks)) {
				return true
			}
		}
	}
	switch toks[e].lower {
	case "while", "whereas", "and", "but", ";":
	default:
		return false
	}
	if inSpans(d.quotes, fact.Span{Start: toks[e].start, End: toks[e].end}) {
		return false
	}
	for v := e + 2; v < len(toks) && v <= e+maxSubject/2; v++ {
		if d.speechAt(toks, v) {
			sp, _ := d.subjectOf(si, v)
			return sp >= 0
		}
		if t := toks[v]; !t.upper && t.lower != "the" && !d.lx.is(lcAdverb, t.lower) && !d.inTitle(si, v) && !isPoss(t) {
			return false
		}
	}
	return false
}

// dropAccusedOf turns the object of "accused X of doing Y" into what
// was claimed, "X doing Y".
func dropAccusedOf(s string) string {
	if i := strings.Index(s, " of "); i > 0 && len(strings.Fields(s[:i])) <= maxSubject {
		return s[:i] + " " + s[i+len(" of "):]
	}
	return s
}

// clauseLike says whether tokens [c,e) read as a clause with a verb of its
// own ("the process was complex", "it hit a depot") rather than a noun
// phrase ("the importance of security guarantees"). Quoted words or a
// colon count too: "reiterated the priorities: 'jobs and schools'" quotes
// what was said. Without a tagger the cues are an auxiliary or negation,
// a subject pronoun, a past form in -ed, or a verb in -s after a name,
// a pronoun or an adverb ("the offer still stands").
func (d *doc) clauseLike(si, c, e int) bool {
	toks := d.toks[si]
	// "warned of strikes": a preposition opens no clause, unless one
	// follows it ("warned at this stage the strike would go ahead").
	if c < len(toks) && (toks[c].lower == "of" || toks[c].lower == "about") {
		return false
	}
	if c < len(toks) && toks[c].in(lcLocative) {
		for k := c + 1; k < e && k < len(toks); k++ {
			if toks[k].in(lcFinite) {
				return true
			}
		}
		return false
	}
	for k := c; k < e && k < len(toks); k++ {
		t := toks[k]
		switch {
		case d.lx.is(lcFinite, t.lower), d.lx.is(lcSubjectpronoun, t.lower),
			t.text == ":", inSpans(d.quotes, fact.Span{Start: t.start, End: t.end}):
			return true
		case k > c && !t.upper && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed"):
			return true
		case k > c && !t.upper && strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") &&
			(toks[k-1].upper || toks[k-1].in(lcSubjectpronoun) || toks[k-1].in(lcPreverb) || strings.HasSuffix(toks[k-1].lower, "ly")):
			return true
		}
	}
	return false
}

func indexWord(toks []token, w string, from int) int {
	for k := from; k < len(toks); k++ {
		if toks[k].lower == w {
			return k
		}
	}
	return -1
}

// invertedClause is the clause before "X said" when the sentence puts
// what was said first: "Power stations were hit, the ministry said."
func (d *doc) invertedClause(si, v int) string {
	toks := d.toks[si]
	// The comma before the subject.
	k := v - 1
	for k >= 0 && toks[k].text != "," {
		k--
	}
	// One word before the comma is a clause only when it goes on after
	// the attribution: "Indonesia, she said, would not ...".
	if k < 1 || k == 1 && !(v+2 < len(toks) && toks[v+1].text == "," && toks[v+2].in(lcFinite)) {
		return ""
	}
	return d.art.Text[toks[0].start:toks[k-1].end]
}

// reportedDraft makes a reported-speech claim from tokens [c,e).
func (d *doc) reportedDraft(si, sp int, co []int, c, e, from int, conf float64, medium string) claimDraft {
	toks := d.toks[si]
	if c >= e || c >= len(toks) {
		return claimDraft{speaker: -1}
	}
	span := fact.Span{Start: toks[c].start, End: toks[e-1].end}
	// "said that “...”", "reiterated the priorities: 'jobs, schools ...'":
	// mostly the speaker's own words make a direct quote.
	quoted := d.mostlyQuoted(toks[c:e])
	return claimDraft{quoted: quoted, speaker: sp, co: co, text: d.art.Text[span.Start:span.End], medium: medium, sent: si,
		span: fact.Span{Start: from, End: span.End}, conf: conf, date: d.claimDate(si, fact.Span{Start: d.clauseBegin(si, from), End: span.Start}, d.introDate(si))}
}

// skipSettings skips what stands between a speech verb and what was said
// when no "that" marks the start: "said in a statement on Monday, the
// talks ..." reads from "the talks".
func (d *doc) skipSettings(si, c int) int {
	toks := d.toks[si]
	for c < len(toks) {
		w := toks[c].lower
		if w != "in" && w != "on" && w != "at" && w != "during" && w != "late" && w != "earlier" && w != "this" && w != "last" && !monthOrDay(toks[c].text) {
			return c
		}
		// "said this breaks a rule": "this" and "last" are a date only
		// before a word of time ("this week", "last Monday").
		if (w == "this" || w == "last") && (c+1 >= len(toks) || !timeWord(toks[c+1])) {
			return c
		}
		j := c + 1
		if monthOrDay(toks[c].text) {
			j = c // "said Sunday the talks": the date stands alone
		}
		for j < len(toks) && j < c+4 && (toks[j].lower == "a" || toks[j].lower == "an" || toks[j].lower == "the" || toks[j].lower == "televised" || toks[j].lower == "written" || toks[j].lower == "joint") {
			j++
		}
		switch {
		case j < len(toks) && toks[j].in(lcSetting):
			j++
			// "with X", "on X", "to X"
			if j < len(toks) && (toks[j].lower == "with" || toks[j].lower == "on" || toks[j].lower == "to") {
				j++
				for j < len(toks) && (toks[j].upper || toks[j].lower == "the" && j+1 < len(toks) && toks[j+1].upper) {
					j++
				}
			}
		case monthOrDay(toks[c+min(1, len(toks)-c-1)].text) || monthOrDay(toks[c].text) || toks[c].lower == "late" || toks[c].lower == "earlier" || toks[c].lower == "this" || toks[c].lower == "last":
			// A date: "on Monday", "on December 6", "last week".
			for j < len(toks) && (toks[j].upper || isDigits(toks[j].text) || toks[j].lower == "week" || toks[j].lower == "month" || toks[j].lower == "night" || toks[j].lower == "morning" || toks[j].lower == "evening" || toks[j].lower == "(" || toks[j].lower == ")") {
				j++
			}
		case toks[c].lower == "on" && j < len(toks) && toks[j].upper:
			// A medium: "on X", "on Telegram".
			for j < len(toks) && toks[j].upper {
				j++
			}
		default:
			return c
		}
		if j+1 < len(toks) && toks[j].text == "," && isYear(toks[j+1].text) {
			j += 2
		}
		if j < len(toks) && toks[j].text == "," {
			j++
		}
		if j == c {
			return c
		}
		c = j
	}
	return c
}

// calledAdjective reads "called the talks productive", "called it
// businesslike": a verdict in a word, with no quotation marks. The object
// is "it", "them" or a short phrase after "the", "this" or a possessive;
// the adjective ends the clause. The claim is the object and the verdict.
func (d *doc) calledAdjective(si, v, sp int, co []int, medium string) (claimDraft, bool) {
	toks := d.toks[si]
	if w := toks[v].lower; w != "called" && w != "calls" && w != "call" || v+2 >= len(toks) {
		return claimDraft{}, false
	}
	o := v + 1
	a := -1
	switch toks[o].lower {
	case "it", "them", "this", "that":
		a = o + 1
	case "the", "these", "those", "his", "her", "their", "its":
		for k := o + 1; k < len(toks) && k <= o+3; k++ {
			if !toks[k].word || toks[k].upper && k > o+1 {
				break
			}
			if k > o+1 && verdictWord(toks[k]) {
				a = k
				break
			}
		}
	}
	if a < 0 || a >= len(toks) || !verdictWord(toks[a]) || d.inTitle(si, a) || d.inMention(si, a) {
		return claimDraft{}, false // "called the American president": a call
	}
	end := a + 1
	// "frank and constructive".
	if end+1 < len(toks) && toks[end].lower == "and" && verdictWord(toks[end+1]) {
		end += 2
	}
	if end < len(toks) && toks[end].word && toks[end].lower != "and" && toks[end].lower != "but" {
		return claimDraft{}, false // "called the vote historic news": more follows
	}
	from, to := toks[o].start, toks[end-1].end
	return claimDraft{speaker: sp, co: co, text: d.art.Text[from:to], medium: medium, sent: si,
		span: fact.Span{Start: from, End: to}, conf: 0.6, date: d.claimDate(si, fact.Span{Start: toks[v].start, End: from})}, true
}

// verdictWord says whether t reads as an adjective of judgement:
// "productive", "businesslike", "useful", "historic", "unacceptable".
func verdictWord(t token) bool {
	w := t.lower
	if t.in(lcVerdict) {
		return true
	}
	if len(w) < 6 || strings.HasSuffix(w, "ment") {
		return false // "called the government"
	}
	if t.in(lcNotverdict) {
		return false
	}
	// "disappointing", "encouraging"; not a noun in -ing ("called an
	// emergency meeting").
	if strings.HasSuffix(w, "ing") {
		if t.in(lcIngnoun) {
			return false
		}
		return !strings.HasSuffix(w, "thing")
	}
	for _, suf := range []string{"like", "ive", "ful", "ous", "able", "ible", "ic", "ical", "less", "ant", "ent", "ed"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// praisedFor reads "X thanked Poland for “being the gateway ...”", "Y
// praised the mayor for “keeping calm”": the quoted words after "for" are
// the speaker's, with the one thanked or praised.
func (d *doc) praisedFor(si, v int) (claimDraft, bool) {
	toks := d.toks[si]
	if !toks[v].in(lcPraiseverb) {
		return claimDraft{}, false
	}
	f := -1
	for k := v + 1; k+1 < len(toks) && k <= v+6; k++ {
		if toks[k].lower == "for" {
			f = k
			break
		}
		if !toks[k].word {
			return claimDraft{}, false
		}
	}
	if f < 0 || f == v+1 || !isOpening([]rune(toks[f+1].text)[0]) {
		return claimDraft{}, false
	}
	for _, q := range d.quotes {
		if q.Start != toks[f+1].end || q.End > d.sentences[si].span.End {
			continue
		}
		sp, co := d.subjectOf(si, v)
		if sp < 0 {
			return claimDraft{}, false
		}
		from := toks[v+1].start
		return claimDraft{speaker: sp, co: co, text: d.art.Text[from:q.End], quoted: true, sent: si,
			span: fact.Span{Start: toks[v].start, End: q.End}, conf: 0.6, date: d.claimDate(si, fact.Span{Start: toks[v].start, End: from})}, true
	}
	return claimDraft{}, false
}

// placeDocument reads a seat of government's document at token k: "the
// State House statement", "the Downing Street readout". It returns the
// place and the token after the document word; -1 when not so.
func (d *doc) placeDocument(si, k int) (int, int) {
	toks := d.toks[si]
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	for _, i := range d.inSentence(si) {
		m := d.mentions[i]
		if m.sentence != si || m.t0 != k || m.kind != fact.Place || m.entity < 0 {
			continue
		}
		// "the Downing Street readout", "Pyongyang's official accounts".
		e := m.t1
		if e < len(toks) && isPoss(toks[e]) {
			e++
			for e+1 < len(toks) && e < m.t1+3 && !toks[e].upper && toks[e].word && !toks[e].in(lcDocument) {
				e++
			}
		}
		if e < len(toks) && toks[e].in(lcDocument) {
			// A capital's accounts are its government's.
			if m.lex != nil && m.lex.kind == lxCapital && m.lex.country != "" {
				if c := d.countryEntity(m.lex.country); c >= 0 {
					return c, e + 1
				}
			}
			return m.entity, e + 1
		}
	}
	return -1, k
}

// jointAuthors reads a joint document with no author named at token k
// ("the joint statement issued after the talks", "a joint press
// statement"): the sides of the meeting "between X and Y" told in its
// sentence or the two before; -1 when none.
func (d *doc) jointAuthors(si, k int) (int, []int) {
	toks := d.toks[si]
	if k < len(toks) && (toks[k].lower == "the" || toks[k].lower == "a") {
		k++
	}
	if k+1 >= len(toks) || toks[k].lower != "joint" {
		return -1, nil
	}
	if !toks[k+1].in(lcDocument) && !(k+2 < len(toks) && toks[k+2].in(lcDocument)) {
		return -1, nil
	}
	for s := si; s >= 0 && s >= si-2; s-- {
		if a, b := d.countriesBetween(s); a >= 0 {
			return a, []int{b}
		}
	}
	return -1, nil
}

// countriesBetween reads "between X and Y" in sentence si, X and Y people:
// the two countries they act for ("between South Korea's President A and
// North Korea's leader B"); -1 unless both are known and differ.
func (d *doc) countriesBetween(si int) (int, int) {
	toks := d.toks[si]
	b := indexWord(toks, "between", 0)
	if b < 0 {
		return -1, -1
	}
	var out []int
	from := b
	for _, i := range d.inSentence(si) {
		m := d.mentions[i]
		if m.sentence != si || m.t0 <= b || m.kind != fact.Person || m.how == byGroup || m.entity < 0 || m.quoted {
			continue
		}
		c := d.countryBetween(si, from, m.t0)
		if c < 0 {
			c = d.personCountry(m.entity)
		}
		if c < 0 || containsInt(out, c) {
			return -1, -1
		}
		out = append(out, c)
		from = m.t1
		if len(out) == 2 {
			return out[0], out[1]
		}
	}
	return -1, -1
}

// actDraft reads a speech act whose content is its object: "congratulated
// X on Y", "voiced his hope to Y", "ordered X to Y", "threatened to Y".
// The claim keeps the verb, as readers quote such acts. Not a passive
// ("was praised by"), an adjective ("the expressed wish"), a commitment
// to things rather than to doing ("promised changes": an action), nor a
// standing attitude in the perfect ("has expressed optimism").
func (d *doc) actDraft(si, v, sp int, co []int) (claimDraft, bool) {
	toks := d.toks[si]
	if v+1 >= len(toks) || toks[v+1].lower == "by" || !toks[v+1].word {
		return claimDraft{}, false
	}
	if v > 0 {
		if toks[v-1].in(lcPassiveaux) {
			return claimDraft{}, false
		}
	}
	w := toks[v].lower
	if strings.HasPrefix(w, "express") && v > 0 && toks[v-1].in(lcAuxiliary) {
		return claimDraft{}, false
	}
	if commissive(w) && toks[v+1].lower != "to" && toks[v+1].lower != "that" {
		return claimDraft{}, false
	}
	// "praised the deal as a turning point": a verdict; not "praised
	// the firefighters for their work".
	if (strings.HasPrefix(w, "prais") || strings.HasPrefix(w, "hail")) && indexWord(toks[:min(len(toks), v+10)], "as", v+1) < 0 {
		return claimDraft{}, false
	}
	// "ordered the agency to act", "directed the immediate provision of
	// aid": a directive, not "ordered 50 aircraft" or "directed the film".
	if (strings.HasPrefix(w, "order") || strings.HasPrefix(w, "direct") || strings.HasPrefix(w, "instruct")) && !d.directive(si, v+1, d.clauseEnd(si, v+1)) && !actionNoun(toks, v+1) {
		return claimDraft{}, false
	}
	// "denied wrongdoing", "denied the allegations", "denied that": not
	// "denied entry to".
	if strings.HasPrefix(w, "deni") && !denialObject(toks, v+1) {
		return claimDraft{}, false
	}
	// "the two leaders agreed to ...": what people agreed is a claim of
	// each; "both sides agreed", told of countries, is someone's report.
	if a := d.pastDay(si, v+1); strings.HasPrefix(w, "agree") && (d.entities[sp].Kind != fact.Person || a+1 >= len(toks) || toks[a].lower != "to" && toks[a].lower != "that" && toks[a].lower != "on" ||
		toks[a].lower == "to" && (toks[a+1].in(lcDeterminer) || toks[a+1].in(lcPossessive) || toks[a+1].upper)) {
		return claimDraft{}, false // "agreed to the formula": a decision
	}
	e := d.clauseEnd(si, v+1)
	// "With X also voicing opposition to it, the outlook was bleak": a
	// phrase in -ing ends at its comma.
	if strings.HasSuffix(w, "ing") {
		for k := v + 1; k < e; k++ {
			if toks[k].text == "," && !inSpans(d.quotes, fact.Span{Start: toks[k].start, End: toks[k].end}) {
				e = k
				break
			}
		}
	}
	if contentWords(toks[v+1:e]) < 1 {
		return claimDraft{}, false // "condemned it": no content
	}
	// "the two leaders agreed to X, according to Y", "..., Y said": Y's
	// report.
	if strings.HasPrefix(w, "agree") && e+1 < len(toks) && toks[e].text == "," && d.otherSpeakerClause(si, e) {
		return claimDraft{}, false
	}
	return d.reportedDraft(si, sp, co, v, e, toks[v].start, 0.6, ""), true
}

// commissive says whether w commits its speaker to doing something
// ("promised", "pledged", "vowed", "threatened"): a claim only with what
// they will do ("to ...", "that ...").
func commissive(w string) bool {
	for _, p := range []string{"promis", "pledg", "vow", "threat"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// contentWords counts the words of toks that carry content: not
// articles, prepositions, conjunctions or possessive pronouns.
func contentWords(toks []token) int {
	n := 0
	for _, t := range toks {
		if !t.word {
			continue
		}
		if t.in(lcFunctionword) {
			continue
		}
		n++
	}
	return n
}

// directive says whether tokens [c, e) hold an object and an infinitive:
// "Nordax to build more vehicles", "attorneys on both sides to be ready".
// The object comes first, and "to" opens a verb, not a noun phrase ("the
// importance of trade to the economy").
func (d *doc) directive(si, c, e int) bool {
	toks := d.toks[si]
	for k := c + 1; k+1 < e && k+1 < len(toks) && k <= c+10; k++ {
		if !toks[k].word || toks[k].lower == "that" || inSpans(d.quotes, fact.Span{Start: toks[k].start, End: toks[k].end}) {
			return false
		}
		if toks[k].lower != "to" {
			continue
		}
		n := toks[k+1]
		return n.word && !n.upper && !isDigits(n.text) && !d.lx.is(lcDeterminer, n.lower) && !d.lx.is(lcPossessive, n.lower) && !strings.HasSuffix(n.lower, "ing")
	}
	return false
}

// thatFollows says whether "that" opens what was said close after the
// verb at v ("told reporters that").
func (d *doc) thatFollows(si, v int) bool {
	_, viaThat := d.claimStart(si, v)
	return viaThat
}

// pastWhen skips a short phrase of when at token k ("on Tuesday",
// "later", "then", "also") and returns the token after it.
func (d *doc) pastWhen(si, k int) int {
	toks := d.toks[si]
	for n := 0; n < 3 && k < len(toks); n++ {
		switch {
		case toks[k].lower == "on" && k+1 < len(toks) && monthOrDay(toks[k+1].text):
			k += 2
		case toks[k].lower == "later" || toks[k].lower == "then" || toks[k].lower == "also" || toks[k].lower == "again":
			k++
		default:
			return k
		}
	}
	return k
}

// timeWord says whether t names a stretch of time or a day ("week",
// "morning", "Monday", "May").
func timeWord(t token) bool {
	if t.in(lcTimespan) {
		return true
	}
	return monthOrDay(t.text)
}

// pastDay skips a day named right after a verb ("agreed Wednesday to",
// "agreed on Monday to") and returns the token after it.
func (d *doc) pastDay(si, k int) int {
	toks := d.toks[si]
	if k+1 < len(toks) && toks[k].lower == "on" && monthOrDay(toks[k+1].text) {
		return k + 2
	}
	if k < len(toks) && monthOrDay(toks[k].text) {
		return k + 1
	}
	return k
}

// relativeAfter says whether a relative "that" follows the verb at v
// close by: what follows the verb is then its object, not an aside.
func (d *doc) relativeAfter(si, v int) bool {
	toks := d.toks[si]
	for c := v + 1; c < len(toks) && c < v+16; c++ {
		if toks[c].lower == "that" {
			return d.relativeThat(si, v, c)
		}
	}
	return false
}

// relativeThat says whether "that" at token c, after the verb at v,
// opens a relative clause, not what was said: "emphasized on a policy
// that puts America first" (a prepositional phrase, then "that" and a
// verb), not "posted on social media that the plan ..." (a subject
// follows).
func (d *doc) relativeThat(si, v, c int) bool {
	toks := d.toks[si]
	if c+1 >= len(toks) || c == v+1 || !toks[v+1].in(lcAdverbial) && toks[v+1].lower != "of" && toks[v+1].lower != "about" {
		return false
	}
	if d.skipSettings(si, v+1) >= c {
		return false // "said on Monday that"
	}
	n := toks[c+1]
	if n.upper || !n.word || d.lx.is(lcSubjectpronoun, n.lower) || d.lx.is(lcDeterminer, n.lower) {
		return false
	}
	verbLike := d.lx.is(lcFinite, n.lower) || strings.HasSuffix(n.lower, "s") || strings.HasSuffix(n.lower, "ed")
	return verbLike && (c+2 >= len(toks) || !toks[c+2].in(lcFinite))
}

// openingAct reads a sentence that opens with a speech act in -ing set
// off by a comma ("Emphasizing his intention to X, Y told Z ..."): the
// phrase is the claim, up to the comma before the main clause's subject.
func (d *doc) openingAct(si, sp int, co []int) (claimDraft, bool) {
	toks := d.toks[si]
	// The main verb of saying and its subject phrase.
	for v := 2; v < len(toks); v++ {
		if !d.speechAt(toks, v) || inSpans(d.quotes, fact.Span{Start: toks[v].start, End: toks[v].end}) {
			continue
		}
		for k := v - 1; k > 1; k-- {
			if toks[k].text == "," {
				return d.reportedDraft(si, sp, co, 0, k, toks[0].start, 0.6, ""), true
			}
		}
		break
	}
	return claimDraft{}, false
}

// heAfterSpeaker is whom "He said" or "She said" opening sentence si
// stands for when the pronoun stage left it open: the person whose words
// the sentence before gave (“...,” said X, the mayor who hosted Y. He
// said ...); -1 when none or the pronoun is not the verb's subject.
func (d *doc) heAfterSpeaker(si, v int, drafts []claimDraft) int {
	toks := d.toks[si]
	j := v - 1
	for j >= 0 && toks[j].in(lcAdverb) {
		j--
	}
	if j != 0 || toks[0].lower != "he" && toks[0].lower != "she" {
		return -1
	}
	// Or the last speaker of the four sentences before, when no one else
	// is named since ("..., he said. The governor toured two shelters.
	// He said ...").
	// Drafts are not in text order (quotes come first): the latest by
	// sentence.
	last := -1
	for i, c := range drafts {
		if c.sent < si && c.sent >= si-4 && c.speaker >= 0 && (last < 0 || c.sent > drafts[last].sent) {
			last = i
		}
	}
	if last < 0 {
		return -1
	}
	c := drafts[last]
	if d.entities[c.speaker].Kind != fact.Person || d.otherPersonBetween(c.sent+1, si, c.speaker) {
		return -1
	}
	return c.speaker
}

// otherPersonBetween says whether sentences s0 to s1 (s1 excluded) name a
// person other than p, or a person by name who is not known to be p.
func (d *doc) otherPersonBetween(s0, s1, p int) bool {
	for s := s0; s < s1; s++ {
		for _, i := range d.inSentence(s) {
			m := d.mentions[i]
			if m.sentence == s && m.kind == fact.Person && (m.entity >= 0 && m.entity != p || m.entity < 0 && m.how == byName) {
				return true
			}
		}
	}
	return false
}

// tookAim says whether token v opens "took aim at", "lashed out at" or
// "hit out at": criticism aimed at someone, a speech act like
// "criticised".
func tookAim(toks []token, v int) bool {
	if v+2 >= len(toks) || toks[v+2].lower != "at" {
		return false
	}
	switch toks[v].lower + " " + toks[v+1].lower {
	case "took aim", "takes aim", "lashed out", "lashes out", "hit out", "hits out":
		return true
	}
	return false
}

// readOut says whether token v opens "read (out) a statement", "read
// out a list of grievances": a text its reader states, a speech act; not
// "read the report" of someone else's findings.
func (d *doc) readOut(toks []token, v int) bool {
	if toks[v].lower != "read" && toks[v].lower != "reads" {
		return false
	}
	k := v + 1
	if k < len(toks) && toks[k].lower == "out" {
		k++
	}
	if k+1 >= len(toks) || !toks[k].in(lcDeterminer) && !toks[k].in(lcPossessive) {
		return false
	}
	n := toks[k+1].lower
	switch {
	case n == "list":
		return k+3 < len(toks) && toks[k+2].lower == "of" && toks[k+3].in(lcListed)
	case n == "statement", n == "declaration", n == "letter", n == "petition":
		return true
	}
	return false
}

// sharedStance says whether token v opens "shared the hope that",
// "share the view that": a stance its holders state together, as the
// outcome of a talk; not "shared a meal".
func (d *doc) sharedStance(toks []token, v int) bool {
	if toks[v].lower != "shared" && toks[v].lower != "share" || v+2 >= len(toks) {
		return false
	}
	k := v + 1
	if toks[k].in(lcDeterminer) || toks[k].in(lcPossessive) {
		k++
	}
	return k+1 < len(toks) && toks[k].in(lcStancenoun)
}

// actionNoun says whether an action named by a noun follows at token k:
// "the immediate provision of aid", "an investigation", "the evacuation
// of the town" (a word in -ion or -ment after an article and at most one
// other word).
func actionNoun(toks []token, k int) bool {
	if k >= len(toks) || toks[k].lower != "the" && toks[k].lower != "a" && toks[k].lower != "an" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+2; j++ {
		if w := toks[j].lower; strings.HasSuffix(w, "ion") || strings.HasSuffix(w, "ment") || strings.HasSuffix(w, "ions") || strings.HasSuffix(w, "ments") {
			return true
		}
	}
	return false
}

// denialObject says whether what follows "denied" at token k is what was
// denied as said: "that ...", "wrongdoing", "any involvement", "the
// allegations", "having ...".
func denialObject(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	if k+1 < len(toks) && (toks[k].lower == "the" || toks[k].lower == "any" || toks[k].lower == "all") {
		k++
	}
	w := toks[k].lower
	switch {
	case w == "that" || w == "wrongdoing" || w == "involvement" || w == "responsibility" || ingPhrase(toks[k]):
		return true
	}
	for _, p := range []string{"allegation", "claim", "charge", "accusation", "report", "rumour", "rumor", "wrongdoing"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// stanceAt says whether token v is a word of stated hope or confidence
// after a form of "be" ("is hopeful", "was confident", "remains
// optimistic"): the clause after it is what the subject said.
func (d *doc) stanceAt(si, v int) bool {
	toks := d.toks[si]
	if v < 2 || v+2 >= len(toks) {
		return false
	}
	switch toks[v].lower {
	case "hopeful", "confident", "optimistic":
	default:
		return false
	}
	if toks[v-1].in(lcStancecopula) {
		return !inSpans(d.quotes, fact.Span{Start: toks[v].start, End: toks[v].end})
	}
	return false
}

// theyOpens says whether "They" opens sentence si as the subject of the
// verb at token v, with no one named between ("They held a rally and
// read a statement").
func (d *doc) theyOpens(si, v int) bool {
	toks := d.toks[si]
	if v < 1 || toks[0].lower != "they" {
		return false
	}
	for _, i := range d.inSentence(si) {
		m := d.mentions[i]
		if m.sentence == si && m.t0 > 0 && m.t0 < v && (m.kind == fact.Person || m.kind == fact.Org) {
			return false
		}
	}
	for k := 1; k < v; k++ {
		if toks[k].text == "," || toks[k].in(lcSubjectpronoun) {
			return false
		}
	}
	return true
}
