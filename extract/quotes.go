package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/fact"
)

// Direct quotes: the words inside quotation marks and who said them, from
// the attribution after the quote (“...,” X said), before it (X said:
// “...”), in a sentence of its own after it (“...?” X asked.), or from the
// paragraph before (a paragraph of quote goes on with the last speaker).

// quoteClaims attributes direct quotes.
func (d *doc) quoteClaims(drafts []claimDraft, attributed map[[2]int]bool) []claimDraft {
	lastSpeaker, lastLine := -1, -2
	joined := -1 // a quote already read as the second half of an interrupted one
	// A paragraph of quote left open (no closing mark): the draft it made
	// and its line, for the next paragraph's quote that goes on with it.
	open, openLine := -1, -2
	for qi, q := range d.quotes {
		if q.End <= q.Start || qi == joined {
			continue
		}
		s0, s1 := d.sentenceOf(q.Start), d.sentenceOf(max(q.Start, q.End-1))
		if s0 < 0 || s1 < 0 || d.sentences[s0].heading {
			continue
		}
		text := d.art.Text[q.Start:q.End]
		// "X described the talks as “candid,” according to Y": the words
		// are X's, read with the verb; Y only reports them.
		if d.describedAs(q, s0) {
			continue
		}
		at := d.attributeQuote(q, s0, s1, attributed)
		line := d.lineOf(q.Start)
		if at.speaker < 0 {
			at.speaker = d.continuedSpeaker(q, s0, s1, lastSpeaker, lastLine)
		}
		// Scare quotes inside someone else's sentence are not theirs.
		if at.speaker < 0 || utf8.RuneCountInString(text) < 3 {
			continue
		}
		lastSpeaker, lastLine = at.speaker, line
		span := fact.Span{Start: q.Start, End: q.End}
		if qi+1 < len(d.quotes) && d.interrupted(q, d.quotes[qi+1]) {
			// “The war,” X said, “must end.”: one statement, cut by its
			// attribution.
			next := d.quotes[qi+1]
			text = joinInterrupted(text, d.art.Text[next.Start:next.End])
			span.End = next.End
			joined = qi + 1
		}
		// “... Poland will not be a bystander.¶“If there is ...,” he
		// added: one statement over two paragraphs, the first left open.
		if open >= 0 && line == openLine+1 && d.opensLine(q.Start) && drafts[open].speaker == at.speaker && qi != joined {
			drafts[open].text += " " + text
			drafts[open].span.End = span.End
			openLine = line
			if !d.leftOpen(span) {
				open = -1
			}
			continue
		}
		drafts = append(drafts, claimDraft{speaker: at.speaker, co: at.co, text: text, quoted: true, medium: at.medium,
			sent: s0, span: span, conf: 0.9, date: d.quoteDate(q, s0, s1, at.sentence)})
		open, openLine = -1, -2
		if d.leftOpen(span) {
			open, openLine = len(drafts)-1, line
		}
	}
	return drafts
}

// attribution is who a quote is attributed to, and how.
type attribution struct {
	speaker int   // -1 when none
	co      []int // who else speaks with the speaker
	medium  string
	// sentence is the sentence of its own that attributes the quote
	// (“...?” X asked.), -1 when the attribution is in the quote's own.
	sentence int
}

// attributeQuote reads the attribution of quote q (sentences s0 to s1)
// after it (“...,” X said / said X / he added), in a sentence of its own
// after it, or before it (X said: “...” / X wrote, “...”).
func (d *doc) attributeQuote(q fact.Span, s0, s1 int, attributed map[[2]int]bool) attribution {
	at := attribution{sentence: -1}
	closeEnd := q.End
	if r, n := utf8.DecodeRuneInString(d.art.Text[q.End:]); r != utf8.RuneError && isClosing(r) || r == '”' || r == '“' {
		closeEnd += n
	}
	at.speaker, at.medium, at.co = d.attributionAfter(s1, d.tokenIndex(s1, closeEnd), attributed)
	// “Who will pay?” X asked. / “We are ready.” X wrote on X.: the
	// quote's own stop ended the sentence before its attribution.
	if at.speaker < 0 && d.attributionSentence(q, s1) {
		at.speaker, at.medium, at.co = d.attributionAfter(s1+1, 0, attributed)
		at.sentence = s1 + 1
	}
	if at.speaker < 0 {
		k := d.tokenIndex(s0, q.Start) - 1 // the opening mark
		at.speaker, at.medium, at.co = d.attributionBefore(s0, k, attributed)
		at.sentence = -1
		if at.speaker < 0 {
			at.speaker, at.co = d.toQuoted(q, s0, s1, k)
		}
	}
	return at
}

// toQuoted reads a quote that is the verb phrase of a "to" ending its
// sentence ("X took the chance to “thank the staff for their
// patience.”"): the words the subject set out to say, theirs. k is the
// opening mark's token; -1 when not so.
func (d *doc) toQuoted(q fact.Span, s0, s1, k int) (int, []int) {
	toks := d.toks[s0]
	if s0 != s1 || k < 2 || toks[k-1].lower != "to" || !toks[k-2].word || !d.quoteEndsSentence(q, s1) {
		return -1, nil
	}
	text := d.art.Text[q.Start:q.End]
	if r, _ := utf8.DecodeRuneInString(text); !unicode.IsLower(r) || len(strings.Fields(text)) < 4 {
		return -1, nil
	}
	return d.firstSubject(s0, k-1)
}

// continuedSpeaker is who goes on speaking in a quote no one is named
// for: the last speaker when the quote opens the next paragraph or the
// next sentence of the same one, or the speaker of reported speech that
// ends the paragraph before ("X said the talks went well.\n“We made
// progress.”"). Only a quote that is a whole sentence goes on: "“Peace
// now” was painted on the wall" is no one's. -1 when none.
func (d *doc) continuedSpeaker(q fact.Span, s0, s1, lastSpeaker, lastLine int) int {
	if !d.quoteEndsSentence(q, s1) || d.hasSpeechVerb(s0, s1) {
		return -1
	}
	line := d.lineOf(q.Start)
	if lastSpeaker >= 0 && (line == lastLine+1 && d.opensLine(q.Start) || line == lastLine && d.opensSentence(s0, q.Start)) {
		return lastSpeaker
	}
	// “...” ¶ The statement also criticised X. ¶ “...”: a paragraph
	// about the document quoted does not end its quotation.
	if lastSpeaker >= 0 && line == lastLine+2 && d.opensLine(q.Start) && d.aboutDocument(s0-1, line-1) {
		return lastSpeaker
	}
	if d.opensLine(q.Start) {
		return d.reportedSpeakerBefore(s0, line)
	}
	return -1
}

// reportedSpeakerBefore is the speaker of the reported speech in the
// sentence before s0 when that sentence ends the paragraph before line;
// -1 when there is none.
func (d *doc) reportedSpeakerBefore(s0, line int) int {
	p := s0 - 1
	if p < 0 || d.sentences[p].heading || d.lineOf(d.sentences[p].span.Start) != line-1 {
		return -1
	}
	toks := d.toks[p]
	for v, t := range toks {
		if !d.lx.is(lcSpeech, t.lower) || inSpans(d.quotes, fact.Span{Start: t.start, End: t.end}) {
			continue
		}
		if v > 0 && (isPoss(toks[v-1]) || toks[v-1].in(lcDeterminer)) {
			continue // a noun: "the reports"
		}
		if sp, _ := d.subjectOf(p, v); sp >= 0 {
			return sp
		}
	}
	return -1
}

// quoteDate is the date of quote q from its attribution: the sentence
// that attributes it when that is a sentence of its own, after the quote
// to the end of its sentence, else before it in its clause ("X said on
// Tuesday: “...”"), else a sentence's opening date.
func (d *doc) quoteDate(q fact.Span, s0, s1, attribution int) string {
	if attribution >= 0 {
		return d.claimDate(attribution, d.sentences[attribution].span)
	}
	if date := d.claimDate(s1, fact.Span{Start: q.End, End: d.sentences[s1].span.End}); date != "" {
		return date
	}
	return d.claimDate(s0, fact.Span{Start: d.clauseBegin(s0, q.Start), End: q.Start}, d.introDate(s0))
}

// attributionSentence says whether the sentence after s1 may be the
// attribution of quote q cut off by the splitter: “Who will pay?” X
// asked. / “We are ready.” X wrote on X. The quote ends sentence s1 with
// its own stop, and the next sentence, in the same paragraph, says no
// more than who spoke, how and when.
func (d *doc) attributionSentence(q fact.Span, s1 int) bool {
	inner := strings.TrimSpace(d.art.Text[q.Start:q.End])
	if !strings.HasSuffix(inner, "?") && !strings.HasSuffix(inner, "!") && !strings.HasSuffix(inner, ".") || s1+1 >= len(d.sentences) {
		return false
	}
	next := d.sentences[s1+1]
	if d.lineOf(next.span.Start) != d.lineOf(q.Start) || d.tokenIndex(s1, q.End) < len(d.toks[s1])-1 {
		return false
	}
	return len(strings.Fields(next.text)) <= maxAttribution && d.attributionOnly(s1+1)
}

// attributionOnly says whether sentence si is a bare attribution: a
// speech verb followed by nothing but where, to whom and when ("X wrote on
// X.", "X told reporters on Monday."), not a clause of its own ("X said
// the talks failed.").
func (d *doc) attributionOnly(si int) bool {
	toks := d.toks[si]
	for v := range toks {
		if !d.quoteVerbAt(toks, v) {
			continue
		}
		for _, t := range toks[v+1:] {
			switch {
			case !t.word, t.upper, isDigits(t.text), d.lx.is(lcSetting, t.lower):
			case t.lower == "on" || t.lower == "in" || t.lower == "to" || t.lower == "at" || t.lower == "a" || t.lower == "an" ||
				t.lower == "the" || t.lower == "reporters" || t.lower == "journalists" || t.lower == "later" || t.lower == "earlier":
			default:
				return false
			}
		}
		return true
	}
	return false
}

// maxAttribution bounds the words of an attribution that interrupts a
// quote ("he said," up to "said Anna Weiss, chief executive of X,").
const maxAttribution = 12

// joinInterrupted joins the two halves of an interrupted quote. The comma
// news sets before the attribution is kept only before a conjunction,
// where the speaker paused: “We did our part,” he said, “and now ...”.
func joinInterrupted(first, second string) string {
	first = strings.TrimRight(strings.TrimSpace(first), ",")
	w, _, _ := strings.Cut(strings.TrimSpace(second), " ")
	switch w {
	case "and", "but", "or", "so", "yet", "because", "while":
		return first + ", " + strings.TrimSpace(second)
	}
	return first + " " + strings.TrimSpace(second)
}

// attributionAfter reads "X said", "said X", "he added", "as X stated"
// from token k of sentence si, right after a quote.
func (d *doc) attributionAfter(si, k int, attributed map[[2]int]bool) (int, string, []int) {
	toks := d.toks[si]
	for k < len(toks) && (toks[k].text == "," || toks[k].lower == "as" || isClosing([]rune(toks[k].text)[0])) {
		k++
	}
	if k >= len(toks) {
		return -1, "", nil
	}
	// ", according to X."
	if k+2 < len(toks) && toks[k].lower == "according" && toks[k+1].lower == "to" {
		if sp, end := d.speakerAt(si, d.pastDocument(si, k+2)); sp >= 0 {
			return sp, d.medium(si, end), nil
		}
		return -1, "", nil
	}
	// "said X", "said commuter Sarah Jones"
	if d.quoteVerbAt(toks, k) {
		if sp, end := d.speakerAt(si, k+1); sp >= 0 {
			attributed[[2]int{si, k}] = true
			return sp, d.medium(si, end), nil
		}
		// "said a joint press statement": the sides that met.
		if sp, co := d.jointAuthors(si, k+1); sp >= 0 {
			attributed[[2]int{si, k}] = true
			return sp, "", co
		}
		if sp, _ := d.describedPerson(si, k+1); sp >= 0 {
			attributed[[2]int{si, k}] = true
			return sp, "", nil
		}
		return -1, "", nil
	}
	// “...,” they said: the two people just named.
	if toks[k].lower == "they" && d.quoteVerbAt(toks, k+1) {
		if p, q := d.twoPeople(si, k); p >= 0 {
			attributed[[2]int{si, k + 1}] = true
			return p, d.medium(si, k+2), []int{q}
		}
		return -1, "", nil
	}
	// “...,” it said: the body that spoke in the sentence before.
	if toks[k].lower == "it" && d.quoteVerbAt(toks, k+1) {
		if sp := d.bodyThatSpoke(si); sp >= 0 {
			attributed[[2]int{si, k + 1}] = true
			return sp, d.medium(si, k+2), nil
		}
		return -1, "", nil
	}
	// "X said", "X wrote on X", "the Kremlin also said", "a statement
	// from the office read"
	if sp, end := d.speakerAt(si, d.pastDocument(si, k)); sp >= 0 {
		j := end
		// "X's office said", "the Kremlin's press service said".
		if j < len(toks) && isPoss(toks[j]) {
			j++
			for n := 0; n < 3 && j < len(toks) && !toks[j].upper && toks[j].word && !d.quoteVerbAt(toks, j); n++ {
				j++
			}
		}
		j = d.pastAside(si, j)
		for j < len(toks) && toks[j].in(lcAdverb) {
			j++
		}
		// "X was quoted as saying".
		if q := quotedAs(toks, j); q >= 0 {
			j = q
		}
		if d.quoteVerbAt(toks, j) || quotedAs(toks, j-3) >= 0 {
			attributed[[2]int{si, j}] = true
			return sp, d.medium(si, j+1), nil
		}
	}
	// "Downing Street said": a place that speaks for who sits there.
	if sp, end := d.placeSpeaker(si, k); sp >= 0 && d.quoteVerbAt(toks, end) {
		attributed[[2]int{si, end}] = true
		return sp, d.medium(si, end+1), nil
	}
	return -1, "", nil
}

// describedPerson reads a person named after a few lower-case words that
// describe them: "said commuter Sarah Jones", "union leader Jonas Keller
// said". It returns the person and the token after the name.
func (d *doc) describedPerson(si, k int) (int, int) {
	toks := d.toks[si]
	for j := k; j < len(toks) && j < k+3 && toks[j].word && !toks[j].upper && !toks[j].in(lcClausestop); j++ {
		for _, i := range d.inSentence(si) {
			m := d.mentions[i]
			if m.sentence == si && m.t0 == j+1 && m.kind == fact.Person && m.how == byName && m.entity >= 0 {
				return m.entity, m.t1
			}
		}
	}
	return -1, k
}

// placeSpeaker reads a place named as the subject of a speech verb at
// token k ("Downing Street said", "the Elysee said"): news lets the seat
// of a government speak for it. Not after a preposition ("officials in
// Miami said"). It returns the token after the place.
func (d *doc) placeSpeaker(si, k int) (int, int) {
	toks := d.toks[si]
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	if k > 0 && d.afterPreposition(si, k, 0) {
		return -1, k
	}
	for _, i := range d.inSentence(si) {
		m := d.mentions[i]
		if m.sentence == si && m.t0 == k && m.kind == fact.Place && m.entity >= 0 {
			end := m.t1
			for end < len(toks) && toks[end].in(lcAdverb) {
				end++
			}
			return m.entity, end
		}
	}
	return -1, k
}

// pastAside skips an aside set off by commas between a speaker and the
// verb: "X, who chairs the committee, said", "X, 54, said". It returns j
// itself when no quote verb follows the closing comma.
func (d *doc) pastAside(si, j int) int {
	toks := d.toks[si]
	if j >= len(toks) || toks[j].text != "," {
		return j
	}
	for k := j + 1; k < len(toks) && k <= j+maxAttribution; k++ {
		if toks[k].text != "," {
			continue
		}
		v := k + 1
		for v < len(toks) && toks[v].in(lcAdverb) {
			v++
		}
		if d.quoteVerbAt(toks, v) || quotedAs(toks, v) >= 0 {
			return k + 1
		}
		return j
	}
	return j
}

// attributionBefore reads "X said:", "X wrote," or "X said" right before
// the opening mark at token k.
func (d *doc) attributionBefore(si, k int, attributed map[[2]int]bool) (int, string, []int) {
	toks := d.toks[si]
	j := k - 1
	if j >= 0 && (toks[j].text == ":" || toks[j].text == "," || toks[j].lower == "that") {
		j--
	}
	// "X wrote on X:", "X told the BBC:", "X told reporters in Oslo:" —
	// skip a medium, the listeners or the place back to the verb.
	for n := 0; n < 6 && j > 0 && !d.quoteVerbAt(toks, j); n++ {
		w := toks[j].lower
		if !toks[j].upper && w != "the" && w != "on" && w != "in" && w != "at" && w != "reporters" && w != "journalists" {
			break
		}
		j--
	}
	if j < 0 || !d.quoteVerbAt(toks, j) && !toks[j].in(lcParticiple) {
		return -1, "", nil
	}
	// Only a quote that ends its sentence: "said “no compromise” had
	// been reached" is reported speech, read as such.
	if q := k + 1; q < len(toks) {
		for _, sp := range d.quotes {
			if sp.Start == toks[k].end {
				for t := d.tokenIndex(si, sp.End); t < len(toks); t++ {
					if toks[t].word {
						return -1, "", nil
					}
				}
			}
		}
	}
	sp, co := d.subjectOf(si, j)
	if sp >= 0 {
		attributed[[2]int{si, j}] = true
	}
	return sp, d.medium(si, j+1), co
}

// describedAs says whether quote q is the verdict of "described ... as"
// in its sentence s0, with the describer named before the verb.
func (d *doc) describedAs(q fact.Span, s0 int) bool {
	toks := d.toks[s0]
	k := d.tokenIndex(s0, q.Start) - 1 // the opening mark
	if k < 1 || toks[k-1].lower != "as" {
		return false
	}
	for v := k - 2; v >= 0 && v >= k-8; v-- {
		if toks[v].in(lcDescribe) {
			sp, _ := d.subjectOf(s0, v)
			return sp >= 0
		}
	}
	return false
}

// bodyThatSpoke is the body that was the subject of a speech verb in one
// of the two sentences before si ("the league said in a statement that ...");
// -1 when none.
func (d *doc) bodyThatSpoke(si int) int {
	for p := si - 1; p >= 0 && p >= si-2; p-- {
		toks := d.toks[p]
		for v := range toks {
			if !d.speechAt(toks, v) || inSpans(d.quotes, fact.Span{Start: toks[v].start, End: toks[v].end}) {
				continue
			}
			if sp, _ := d.subjectOf(p, v); sp >= 0 && d.entities[sp].Kind == fact.Org {
				return sp
			}
		}
	}
	return -1
}

// quotedAs returns the token of "saying" when tokens from k read "was
// quoted as saying" (or "is", "were"); -1 otherwise.
func quotedAs(toks []token, k int) int {
	if k < 0 || k+3 >= len(toks) || toks[k+1].lower != "quoted" || toks[k+2].lower != "as" {
		return -1
	}
	if w := toks[k].lower; w != "was" && w != "is" && w != "were" {
		return -1
	}
	if w := toks[k+3].lower; w != "saying" && w != "telling" {
		return -1
	}
	return k + 3
}

// aboutDocument says whether sentence si is the whole of paragraph line
// and opens with "The" and a document word ("The communiqué did not
// thank ..."), with no quotation of its own.
func (d *doc) aboutDocument(si, line int) bool {
	if si < 0 || d.lineOf(d.sentences[si].span.Start) != line || si > 0 && d.lineOf(d.sentences[si-1].span.Start) == line {
		return false
	}
	toks := d.toks[si]
	if len(toks) < 2 || toks[0].lower != "the" || !toks[1].in(lcDocument) {
		return false
	}
	for _, q := range d.quotes {
		if q.Start >= d.sentences[si].span.Start && q.Start < d.sentences[si].span.End {
			return false
		}
	}
	return true
}
