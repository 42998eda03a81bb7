package extract

import "strings"

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
		drafts = append(drafts, d.accordingTo(si)...)
		for v := range d.toks[si] {
			if dr, ok := d.praisedFor(si, v); ok {
				drafts = append(drafts, dr)
				continue
			}
			if !d.reportingVerb(si, v, attributed) {
				continue
			}
			sp, co := d.subjectOf(si, v)
			if sp < 0 && d.itSubject(si, v) {
				sp, co = d.itDocument(si) // "They issued a statement. It says ..."
			}
			if sp < 0 && lastOrg >= 0 && lastOrgSent >= si-1 && d.itSubject(si, v) {
				sp = lastOrg // "The ministry said ... It said ..."
			}
			if sp < 0 {
				continue
			}
			if d.entities[sp].Kind == Org {
				lastOrg, lastOrgSent = sp, si
			}
			drafts = append(drafts, d.reportedAt(si, v, sp, co, attributed)...)
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
		if sp < 0 {
			return nil
		}
		for end < len(toks) && toks[end].text != "," {
			end++
		}
		switch {
		case k > 1 && toks[k-1].text == "," && end >= len(toks)-1:
			// "CLAUSE, according to X."
			if !inSpans(d.quotes, Span{toks[0].start, toks[k-2].end}) {
				return []claimDraft{d.reportedDraft(si, sp, nil, 0, k-1, toks[0].start, 0.6, "")}
			}
		case end+1 < len(toks):
			return []claimDraft{d.reportedDraft(si, sp, nil, end+1, len(toks), toks[k].start, 0.7, "")}
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
	if !d.lx.is("speech", w) && !d.lx.is("describe", w) && !d.lx.is("participle", w) || attributed[[2]int{si, v}] {
		return false
	}
	if inSpans(d.quotes, Span{toks[v].start, toks[v].end}) {
		return false
	}
	// Part of a name: "the United States", "Reports Without Borders".
	if v > 0 && toks[v].upper || d.inMention(si, v) {
		return false
	}
	if v > 0 && (isPoss(toks[v-1]) || d.lx.is("determiner", toks[v-1].lower)) {
		return false
	}
	// "called for a ceasefire", "called on Moscow": demands, not speech.
	if (w == "called" || w == "calls") && v+1 < len(toks) {
		switch toks[v+1].lower {
		case "for", "on", "off", "up":
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
	c, viaThat := d.claimStart(si, v)
	medium := d.medium(si, v+1)
	e := d.clauseEnd(si, c)
	// Inverted order: "CLAUSE, X said[, adding that MORE]". After
	// "..., the air force said on Friday, adding that ..." what follows is
	// another verb's.
	// "..., the Kremlin said at the time." / "..., X said in Warsaw.": what
	// follows the verb is about the saying.
	if c >= e || e-c <= 1 || toks[c].text == "," && !d.lx.is("participle", w) || c < len(toks) && d.lx.is("participle", toks[c].lower) ||
		!d.lx.is("describe", w) && d.adverbialRest(si, c) && d.invertedClause(si, v) != "" {
		if dr, ok := d.invertedDraft(si, v, c, sp, co, medium, attributed); ok {
			return []claimDraft{dr}
		}
		return nil
	}
	if d.lx.is("describe", w) {
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
	if !viaThat && d.lx.is("objectverb", w) && !d.clauseLike(si, c, e) {
		return nil
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
		if toks[c].lower == "that" {
			return d.skipSettings(si, c+1), true
		}
		if toks[c].text == "," && c+2 < len(toks) && d.lx.is("parenthetical", toks[c+1].lower) && toks[c+2].text == "," {
			c += 3 // "said, though, that"
			continue
		}
		if toks[c].text == "," && c+1 < len(toks) && isYear(toks[c+1].text) {
			c += 2 // "on March 12, 2025 that"
			continue
		}
		if toks[c].text == "," || d.speechAt(toks, c) || inSpans(d.quotes, Span{toks[c].start, toks[c].end}) {
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
	return (toks[e].lower == "and" || toks[e].lower == "but") && e+1 < len(toks) &&
		(d.speechAt(toks, e+1) || toks[e+1].lower == "that") && !inSpans(d.quotes, Span{toks[e].start, toks[e].end})
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
	return d.lx.is("locative", w) || d.lx.is("adverbial", w) || ingPhrase(toks[c])
}

// ingPhrase says whether token t is a lower-case verb in -ing.
func ingPhrase(t token) bool {
	return !t.upper && len(t.lower) > 5 && strings.HasSuffix(t.lower, "ing")
}

// invertedDraft reads "CLAUSE, X said[, adding that MORE].", "CLAUSE,
// X said on Sunday, hitting MORE" (an -ing phrase at c after the verb
// goes on with the clause) and "SUBJECT, X said, VERB PHRASE".
func (d *doc) invertedDraft(si, v, c, sp int, co []int, medium string, attributed map[[2]int]bool) (claimDraft, bool) {
	toks := d.toks[si]
	text := d.invertedClause(si, v)
	if text == "" {
		return claimDraft{}, false
	}
	if c < len(toks) && ingPhrase(toks[c]) && !d.lx.is("participle", toks[c].lower) {
		text += ", " + d.art.Text[toks[c].start:toks[len(toks)-1].end]
	} else if c+1 < len(toks) && toks[c].text == "," && d.lx.is("finite", toks[c+1].lower) {
		// "The plan, she said, would fail.": the attribution sits inside
		// the clause, which goes on after it.
		text += " " + d.art.Text[toks[c+1].start:toks[len(toks)-1].end]
	} else if k := indexWord(toks, "adding", v); k >= 0 {
		attributed[[2]int{si, k}] = true
		k++
		if k < len(toks) && toks[k].lower == "that" {
			k++
		}
		if k < len(toks) {
			text += ", " + d.art.Text[toks[k].start:toks[len(toks)-1].end]
		}
	}
	return claimDraft{speaker: sp, co: co, text: text, medium: medium, sent: si, span: d.sentences[si].span,
		conf: 0.6, date: d.claimDate(si, Span{toks[v].start, d.sentences[si].span.End})}, true
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
		default:
			continue
		}
		conf := 0.8
		if a < 0 {
			conf = 0.7
		}
		return claimDraft{speaker: sp, co: co, text: d.art.Text[from:q.End], quoted: true, medium: medium,
			sent: si, span: Span{from, q.End}, conf: conf, date: d.claimDate(si, Span{toks[v].start, from})}, true
	}
	return claimDraft{}, false
}

// otherSpeakerClause says whether token e opens a clause in which someone
// else speaks: a conjunction, a subject phrase naming a speaker, and a
// speech verb ("..., while Abdi insisted", "and the Kremlin said").
func (d *doc) otherSpeakerClause(si, e int) bool {
	toks := d.toks[si]
	// "X told Y that Z, the readout said.": the sentence's own
	// attribution closes it.
	closes := e+1 < len(toks) && (toks[e+1].text == "\"" || toks[e+1].text == "”" || toks[e+1].text == "’")
	if toks[e].text == "," && (closes || !inSpans(d.quotes, Span{toks[e].start, toks[e].end})) {
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
	if inSpans(d.quotes, Span{toks[e].start, toks[e].end}) {
		return false
	}
	for v := e + 2; v < len(toks) && v <= e+maxSubject/2; v++ {
		if d.speechAt(toks, v) {
			sp, _ := d.subjectOf(si, v)
			return sp >= 0
		}
		if t := toks[v]; !t.upper && t.lower != "the" && !d.lx.is("adverb", t.lower) && !d.inTitle(si, v) && !isPoss(t) {
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
	// "warned of strikes if talks failed": a preposition opens no clause.
	if c < len(toks) && (toks[c].lower == "of" || toks[c].lower == "about" || d.lx.is("locative", toks[c].lower)) {
		return false
	}
	for k := c; k < e && k < len(toks); k++ {
		t := toks[k]
		switch {
		case d.lx.is("finite", t.lower), d.lx.is("subjectpronoun", t.lower),
			t.text == ":", inSpans(d.quotes, Span{t.start, t.end}):
			return true
		case k > c && !t.upper && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed"):
			return true
		case k > c && !t.upper && strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") &&
			(toks[k-1].upper || d.lx.is("subjectpronoun", toks[k-1].lower) || d.lx.is("preverb", toks[k-1].lower) || strings.HasSuffix(toks[k-1].lower, "ly")):
			return true
		}
	}
	return false
}

// mostlyQuoted says whether most of the words of toks stand inside
// quotation marks.
func (d *doc) mostlyQuoted(toks []token) bool {
	words, in := 0, 0
	for _, t := range toks {
		if !t.word {
			continue
		}
		words++
		if inSpans(d.quotes, Span{t.start, t.end}) {
			in++
		}
	}
	return words > 0 && 2*in > words
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
	if k < 1 || k == 1 && !(v+2 < len(toks) && toks[v+1].text == "," && d.lx.is("finite", toks[v+2].lower)) {
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
	span := Span{toks[c].start, toks[e-1].end}
	// "said that “...”", "reiterated the priorities: 'jobs, schools ...'":
	// mostly the speaker's own words make a direct quote.
	quoted := d.mostlyQuoted(toks[c:e])
	return claimDraft{quoted: quoted, speaker: sp, co: co, text: d.art.Text[span.Start:span.End], medium: medium, sent: si,
		span: Span{from, span.End}, conf: conf, date: d.claimDate(si, Span{d.clauseBegin(si, from), span.Start}, d.introDate(si))}
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
		j := c + 1
		if monthOrDay(toks[c].text) {
			j = c // "said Sunday the talks": the date stands alone
		}
		for j < len(toks) && j < c+4 && (toks[j].lower == "a" || toks[j].lower == "an" || toks[j].lower == "the" || toks[j].lower == "televised" || toks[j].lower == "written" || toks[j].lower == "joint") {
			j++
		}
		switch {
		case j < len(toks) && d.lx.is("setting", toks[j].lower):
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
			if k > o+1 && verdictWord(toks[k].lower) {
				a = k
				break
			}
		}
	}
	if a < 0 || a >= len(toks) || !verdictWord(toks[a].lower) || d.inTitle(si, a) || d.inMention(si, a) {
		return claimDraft{}, false // "called the American president": a call
	}
	end := a + 1
	// "frank and constructive".
	if end+1 < len(toks) && toks[end].lower == "and" && verdictWord(toks[end+1].lower) {
		end += 2
	}
	if end < len(toks) && toks[end].word && toks[end].lower != "and" && toks[end].lower != "but" {
		return claimDraft{}, false // "called the vote historic news": more follows
	}
	from, to := toks[o].start, toks[end-1].end
	return claimDraft{speaker: sp, co: co, text: d.art.Text[from:to], medium: medium, sent: si,
		span: Span{from, to}, conf: 0.6, date: d.claimDate(si, Span{toks[v].start, from})}, true
}

// verdictWord says whether w reads as an adjective of judgement:
// "productive", "businesslike", "useful", "historic", "unacceptable".
func verdictWord(w string) bool {
	switch w {
	case "good", "bad", "frank", "fair", "unfair", "open", "warm", "cordial", "candid", "wrong", "absurd", "premature", "positive", "negative":
		return true
	}
	if len(w) < 6 || strings.HasSuffix(w, "ment") {
		return false // "called the government"
	}
	switch w {
	case "president", "resident", "student", "agent", "client", "parent", "opponent", "correspondent", "dissident", "assistant", "consultant", "sergeant", "lieutenant", "merchant", "tenant", "participant", "applicant", "migrant", "immigrant", "public", "republic", "clinic", "mechanic", "cleric", "relative", "representative", "executive", "detective", "native":
		return false
	}
	// "disappointing", "encouraging"; not a noun in -ing ("called an
	// emergency meeting").
	if strings.HasSuffix(w, "ing") {
		switch w {
		case "meeting", "morning", "evening", "building", "briefing", "hearing", "ruling", "funding", "spending", "shooting", "bombing", "killing",
			"landing", "opening", "uprising", "warning", "offering", "setting", "something", "nothing", "everything", "anything", "ceiling",
			"sibling", "wedding", "gathering", "summing", "training", "housing", "bidding", "polling", "voting", "sitting", "reading", "ceasing":
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
	switch toks[v].lower {
	case "thanked", "thanks", "praised", "praises", "hailed", "hails", "commended", "commends", "criticised", "criticized", "criticises", "criticizes", "blamed", "blames", "faulted", "faults", "congratulated", "congratulates":
	default:
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
			span: Span{toks[v].start, q.End}, conf: 0.6, date: d.claimDate(si, Span{toks[v].start, from})}, true
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
		if m.sentence == si && m.t0 == k && m.kind == Place && m.entity >= 0 && m.t1 < len(toks) && d.lx.is("document", toks[m.t1].lower) {
			return m.entity, m.t1 + 1
		}
	}
	return -1, k
}
