package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/dates"
	"unicode"
	"unicode/utf8"
)

// Claims come in two kinds. Direct quotes: the words inside quotation
// marks, attributed by what stands after the quote (“...,” X said),
// before it (X said: “...”), or by the paragraph before (a paragraph of
// quote continues the last speaker's). Reported speech: "X said (that)
// ...", "X described Y as ...", "according to X, ...", with X a person, a
// country, a body, or a group ("Russian officials" speak for Russia).
// A quote nobody can be found to have said gives no claim.

// claimDraft is a claim being assembled.
type claimDraft struct {
	speaker int
	co      []int
	text    string
	quoted  bool
	medium  string
	sent    int
	span    Span
	conf    float64
	date    string
}

// maxSubject bounds the words of a subject phrase.
const maxSubject = 16

// maxClause bounds the words of one reported claim.
const maxClause = 120

// findClaims reads the claims of the article: direct quotes first, so a
// speech verb that attributes a quote is not read again as reported speech.
func (d *doc) findClaims() []Claim {
	var drafts []claimDraft
	attributed := map[[2]int]bool{} // speech verbs used to attribute a quote: {sentence, token}
	drafts = d.quoteClaims(drafts, attributed)
	drafts = d.reportedClaims(drafts, attributed)
	// A statement of several speakers ("a joint statement by France and
	// Germany") is a claim of each.
	for _, c := range drafts {
		for _, sp := range c.co {
			cc := c
			cc.speaker, cc.co = sp, nil
			drafts = append(drafts, cc)
		}
	}
	// Dedupe and turn into claims.
	seen := map[string]bool{}
	var out []Claim
	for _, c := range drafts {
		c.text = cleanClaimText(c.text)
		if c.speaker < 0 || c.speaker >= len(d.entities) || c.text == "" {
			continue
		}
		// "said so", "said yes": too short to be a claim unless quoted.
		if !c.quoted && len(strings.Fields(c.text)) < 2 {
			continue
		}
		key := d.entities[c.speaker].Name + "\x00" + c.text
		if seen[key] {
			continue
		}
		seen[key] = true
		date := c.date
		if date == "" && !d.ref.IsZero() {
			date = d.ref.Format("2006-01-02")
		}
		out = append(out, Claim{Speaker: c.speaker, Text: c.text, Quoted: c.quoted, Date: date, Medium: c.medium,
			About: d.aboutIn(c.span, c.speaker), Evidence: Evidence{Sentence: c.sent, Span: c.span, Confidence: c.conf}})
	}
	return out
}

// aboutIn lists the entities named inside a claim's span, speaker aside.
func (d *doc) aboutIn(s Span, speaker int) []int {
	var out []int
	// Mentions are sorted by start: begin at the first inside the span.
	k := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].span.Start >= s.Start })
	for _, m := range d.mentions[k:] {
		if m.span.Start >= s.End {
			break
		}
		if m.span.End <= s.End && m.entity >= 0 && m.entity != speaker && m.how != byPronoun && !containsInt(out, m.entity) {
			out = append(out, m.entity)
		}
	}
	return out
}

// cleanClaimText drops quotation marks, brackets' insides are kept, and
// trims punctuation at the ends.
func cleanClaimText(s string) string {
	s = stripDateline(s)
	// "[US representatives]": an editor's words inside a quote, not the
	// speaker's.
	for {
		i := strings.IndexByte(s, '[')
		j := strings.IndexByte(s, ']')
		if i < 0 || j < i {
			break
		}
		s = s[:i] + s[j+1:]
	}
	s = strings.NewReplacer("“", "", "”", "", "\"", "", "‘", "", "…", "...").Replace(s)
	// Single marks that open or close a quote, not apostrophes.
	var b strings.Builder
	for i, r := range s {
		if r == '\'' || r == '’' {
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			if !(isWordRune(prev) && isWordRune(next)) && !(prev == 's' && next == ' ' && false) {
				if !(isWordRune(prev) && (next == 's' || next == 'S')) {
					continue
				}
			}
		}
		b.WriteRune(r)
	}
	s = strings.Join(strings.Fields(b.String()), " ")
	s = strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == ';' || r == ':' || r == '-' || r == '—'
	})
	s = strings.TrimRight(s, ".,")
	return strings.TrimSpace(s)
}

// sentenceOf returns the sentence holding byte offset off, -1 when none.
func (d *doc) sentenceOf(off int) int {
	i := sort.Search(len(d.sentences), func(i int) bool { return d.sentences[i].span.End > off })
	if i < len(d.sentences) && d.sentences[i].span.Start <= off {
		return i
	}
	return -1
}

// lineOf returns the paragraph index of byte offset off; blank lines do
// not count, so paragraphs split by an empty line are still neighbours.
func (d *doc) lineOf(off int) int {
	if d.paraStarts == nil {
		text := d.art.Text
		d.paraStarts = []int{0}
		for i := 0; i < len(text); i++ {
			if text[i] == '\n' && strings.TrimSpace(text[d.paraStarts[len(d.paraStarts)-1]:i]) != "" {
				d.paraStarts = append(d.paraStarts, i+1)
			} else if text[i] == '\n' {
				d.paraStarts[len(d.paraStarts)-1] = i + 1
			}
		}
	}
	return sort.SearchInts(d.paraStarts, off+1) - 1
}

// tokenIndex returns the first token of sentence si starting at or after off.
func (d *doc) tokenIndex(si, off int) int {
	toks := d.toks[si]
	for k, t := range toks {
		if t.start >= off {
			return k
		}
	}
	return len(toks)
}

// quoteClaims attributes direct quotes.
func (d *doc) quoteClaims(drafts []claimDraft, attributed map[[2]int]bool) []claimDraft {
	lastSpeaker, lastLine := -1, -2
	joined := -1 // a quote already read as the second half of an interrupted one
	for qi, q := range d.quotes {
		if q.End <= q.Start || qi == joined {
			continue
		}
		s0, s1 := d.sentenceOf(q.Start), d.sentenceOf(max(q.Start, q.End-1))
		if s0 < 0 || s1 < 0 || d.sentences[s0].heading {
			continue
		}
		text := d.art.Text[q.Start:q.End]
		speaker, medium := -1, ""
		var co []int
		// After the quote: “...,” X said / said X / he added.
		closeEnd := q.End
		if r, n := utf8.DecodeRuneInString(d.art.Text[q.End:]); r != utf8.RuneError && isClosing(r) || r == '”' {
			closeEnd += n
		}
		if s1 >= 0 {
			k := d.tokenIndex(s1, closeEnd)
			speaker, medium, co = d.attributionAfter(s1, k, attributed)
		}
		// “Who will pay?” X asked. / “We are ready.” X wrote on X.: the
		// quote's own stop ended the sentence before its attribution.
		dateSent := -1 // a sentence of its own that dates the quote
		if speaker < 0 && d.attributionSentence(q, s1) {
			speaker, medium, co = d.attributionAfter(s1+1, 0, attributed)
			dateSent = s1 + 1
		}
		// Before the quote: X said: “...” / X wrote, “...”.
		if speaker < 0 {
			k := d.tokenIndex(s0, q.Start) - 1 // the opening mark
			speaker, medium, co = d.attributionBefore(s0, k, attributed)
		}
		// A paragraph that opens with a quote nobody is named for goes on
		// from the paragraph before it.
		line := d.lineOf(q.Start)
		// Only a quote that is a whole sentence goes on: "“Peace now” was
		// painted on the wall" is not a word of the last speaker.
		whole := d.quoteEndsSentence(q, s1)
		if speaker < 0 && lastSpeaker >= 0 && whole && !d.hasSpeechVerb(s0, s1) &&
			(line == lastLine+1 && d.opensLine(q.Start) || line == lastLine && d.opensSentence(s0, q.Start)) {
			speaker = lastSpeaker
		}
		// ... or from reported speech that ends the paragraph before:
		// "X said the talks went well.\n“We made progress.”"
		if speaker < 0 && whole && d.opensLine(q.Start) && !d.hasSpeechVerb(s0, s1) {
			speaker = d.reportedSpeakerBefore(s0, line)
		}
		if speaker < 0 {
			continue
		}
		// Scare quotes inside someone else's sentence are not theirs.
		if utf8.RuneCountInString(text) < 3 {
			continue
		}
		lastSpeaker, lastLine = speaker, line
		span := Span{q.Start, q.End}
		if qi+1 < len(d.quotes) && d.interrupted(q, d.quotes[qi+1]) {
			// “The war,” X said, “must end.”: one statement, cut by its
			// attribution.
			next := d.quotes[qi+1]
			text = joinInterrupted(text, d.art.Text[next.Start:next.End])
			span.End = next.End
			joined = qi + 1
		}
		drafts = append(drafts, claimDraft{speaker: speaker, co: co, text: text, quoted: true, medium: medium,
			sent: s0, span: span, conf: 0.9, date: d.quoteDate(q, s0, s1, dateSent)})
	}
	return drafts
}

// otherSpeakerClause says whether token e opens a clause in which someone
// else speaks: a conjunction, a subject phrase naming a speaker, and a
// speech verb ("..., while Abdi insisted", "and the Kremlin said").
func (d *doc) otherSpeakerClause(si, e int) bool {
	toks := d.toks[si]
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

// quoteEndsSentence says whether no word follows quote q in its
// sentence s1.
func (d *doc) quoteEndsSentence(q Span, s1 int) bool {
	toks := d.toks[s1]
	for k := d.tokenIndex(s1, q.End); k < len(toks); k++ {
		if toks[k].word {
			return false
		}
	}
	return true
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
		if !d.lx.is("speech", t.lower) || inSpans(d.quotes, Span{t.start, t.end}) {
			continue
		}
		if v > 0 && (isPoss(toks[v-1]) || d.lx.is("determiner", toks[v-1].lower)) {
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
func (d *doc) quoteDate(q Span, s0, s1, attribution int) string {
	if attribution >= 0 {
		return d.claimDate(attribution, d.sentences[attribution].span)
	}
	if date := d.claimDate(s1, Span{q.End, d.sentences[s1].span.End}); date != "" {
		return date
	}
	return d.claimDate(s0, Span{d.clauseBegin(s0, q.Start), q.Start}, d.introDate(s0))
}

// attributionSentence says whether the sentence after s1 may be the
// attribution of quote q cut off by the splitter: “Who will pay?” X
// asked. / “We are ready.” X wrote on X. The quote ends sentence s1 with
// its own stop, and the next sentence, in the same paragraph, says no
// more than who spoke, how and when.
func (d *doc) attributionSentence(q Span, s1 int) bool {
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
			case !t.word, t.upper, isDigits(t.text), d.lx.is("setting", t.lower):
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

// interrupted says whether quote b goes on with the words of quote a
// after an attribution set off by commas: “The war,” X said, “must end.”
// The first part ends in a comma, the second opens lower-case in the same
// sentence, and only a short attribution stands between them.
func (d *doc) interrupted(a, b Span) bool {
	first := strings.TrimSpace(d.art.Text[a.Start:a.End])
	if !strings.HasSuffix(first, ",") || d.sentenceOf(a.Start) != d.sentenceOf(b.Start) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(d.art.Text[b.Start:b.End])
	if !unicode.IsLower(r) {
		return false
	}
	between := strings.TrimRight(d.art.Text[a.End:b.Start], "\"“'‘ ")
	if !strings.HasSuffix(between, ",") || strings.ContainsAny(between, ".!?;\n") {
		return false
	}
	return len(strings.Fields(between)) <= maxAttribution
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

// opensLine says whether the quote starting at off opens its paragraph.
func (d *doc) opensLine(off int) bool {
	i := strings.LastIndexByte(d.art.Text[:off], '\n') + 1
	return strings.TrimSpace(strings.Trim(d.art.Text[i:off], "\"“'‘")) == ""
}

// opensSentence says whether the quote starting at off opens sentence si:
// a quote that goes on after its attribution ("“...,” X said. “...”").
func (d *doc) opensSentence(si, off int) bool {
	return si >= 0 && strings.TrimSpace(strings.Trim(d.art.Text[d.sentences[si].span.Start:off], "\"“'‘")) == ""
}

// hasSpeechVerb says whether any sentence from s0 to s1 has a speech verb
// outside quotes.
func (d *doc) hasSpeechVerb(s0, s1 int) bool {
	for si := s0; si <= s1 && si < len(d.sentences); si++ {
		for k, t := range d.toks[si] {
			if d.quoteVerbAt(d.toks[si], k) && !inSpans(d.quotes, Span{t.start, t.end}) {
				return true
			}
		}
	}
	return false
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
		if sp := d.describedPerson(si, k+1); sp >= 0 {
			attributed[[2]int{si, k}] = true
			return sp, "", nil
		}
		return -1, "", nil
	}
	// "X said", "X wrote on X", "the Kremlin also said"
	if sp, end := d.speakerAt(si, k); sp >= 0 {
		j := end
		// "X's office said", "the Kremlin's press service said".
		if j < len(toks) && isPoss(toks[j]) {
			j++
			for n := 0; n < 3 && j < len(toks) && !toks[j].upper && toks[j].word && !d.quoteVerbAt(toks, j); n++ {
				j++
			}
		}
		j = d.pastAside(si, j)
		for j < len(toks) && d.lx.is("adverb", toks[j].lower) {
			j++
		}
		if d.quoteVerbAt(toks, j) {
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
// describe them: "said commuter Sarah Jones", "said local trader Ann Lee".
func (d *doc) describedPerson(si, k int) int {
	toks := d.toks[si]
	for j := k; j < len(toks) && j < k+3 && toks[j].word && !toks[j].upper; j++ {
		for _, i := range d.inSentence(si) {
			m := d.mentions[i]
			if m.sentence == si && m.t0 == j+1 && m.kind == Person && m.how == byName && m.entity >= 0 {
				return m.entity
			}
		}
	}
	return -1
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
		if m.sentence == si && m.t0 == k && m.kind == Place && m.entity >= 0 {
			end := m.t1
			for end < len(toks) && d.lx.is("adverb", toks[end].lower) {
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
		for v < len(toks) && d.lx.is("adverb", toks[v].lower) {
			v++
		}
		if d.quoteVerbAt(toks, v) {
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
	// "X wrote on X:", "X told the BBC:", "X told reporters:" — skip a
	// medium or the listeners back to the verb.
	for n := 0; n < 6 && j > 0 && !d.quoteVerbAt(toks, j); n++ {
		w := toks[j].lower
		if !toks[j].upper && w != "the" && w != "on" && w != "reporters" && w != "journalists" {
			break
		}
		j--
	}
	if j < 0 || !d.quoteVerbAt(toks, j) && !d.lx.is("participle", toks[j].lower) {
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

// quoteVerbAt says whether token k can attribute a direct quote: a speech
// verb, or a verb such as "asked" that attributes quoted words only.
func (d *doc) quoteVerbAt(toks []token, k int) bool {
	return d.speechAt(toks, k) || k >= 0 && k < len(toks) && d.lx.is("quoteverb", toks[k].lower)
}

// speakerAt returns the speaker entity named by the mention starting at
// token k, and the token after it; -1 when none.
func (d *doc) speakerAt(si, k int) (int, int) {
	toks := d.toks[si]
	start := k
	// "the", "a senior", "two": words before the speaker's name or body.
	for k < len(toks) && k < start+4 && d.mentionAt(si, k) < 0 &&
		(toks[k].lower == "the" || toks[k].lower == "a" || toks[k].lower == "an" || d.lx.is("titlemod", toks[k].lower) || d.lx.is("former", toks[k].lower) || toks[k].lower == "two" || toks[k].lower == "three") {
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
	if best < 0 {
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
	for m.kind != Person || m.how == byGroup {
		if end < len(toks) && isPoss(toks[end]) {
			end++
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
	// title.
	if m.kind != Person {
		for _, h := range d.titles[si] {
			if h.t0 == end {
				end = h.t1
			}
		}
	}
	if e := d.speakerEntity(m); e >= 0 {
		// Skip an apposition: "said X, the title of Y."
		return e, end
	}
	return -1, k
}

// speakerEntity is the entity a mention can speak as.
func (d *doc) speakerEntity(m mention) int {
	switch {
	case m.how == byGroup:
		if m.country != "" {
			return d.countryEntity(m.country)
		}
		for _, mm := range d.mentions {
			if mm.sentence == m.sentence && mm.t0 >= m.t0 && mm.t1 <= m.t1 && mm.lex != nil && mm.lex.country != "" {
				return d.countryEntity(mm.lex.country)
			}
		}
		return -1
	case m.kind == Place:
		return -1
	}
	return m.entity
}

// subjectOf finds who speaks with the speech verb at token v: the subject
// phrase before it ("Russian official Yuri Ushakov characterized"), the
// subject of a sentence-initial "X, who ..., said", or of a coordinated
// verb ("... but noted"). A person in the subject phrase wins over a
// body, a body over a country modifier.
func (d *doc) subjectOf(si, v int) (int, []int) {
	toks := d.toks[si]
	j := v - 1
	for j >= 0 && d.lx.is("adverb", toks[j].lower) {
		j--
	}
	// Passive: "described by Russian officials as".
	if v+1 < len(toks) && toks[v+1].lower == "by" {
		if sp, _ := d.speakerAt(si, v+2); sp >= 0 {
			return sp, nil
		}
	}
	if j >= 0 && (toks[j].lower == "and" || toks[j].lower == "but") || j >= 0 && toks[j].text == "," && d.lx.is("participle", toks[v].lower) {
		// A coordinated verb or a participle: the clause's subject.
		return d.firstSubject(si, j)
	}
	if j >= 0 && toks[j].text == "," {
		// "X, who ..., said": the first person (else body) followed by a comma.
		for _, want := range []Kind{Person, Org} {
			for _, i := range d.inSentence(si) {
				m := d.mentions[i]
				if m.sentence == si && m.t1 <= j && m.t1 < len(toks) && toks[m.t1].text == "," && !m.quoted && m.kind == want {
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
	for start >= 0 && start > j-maxSubject && !d.lx.is("clausestop", toks[start].lower) {
		start--
	}
	start++
	for k := start; k <= j; k++ {
		if d.lx.is("auxiliary", toks[k].lower) {
			return -1, nil // a clause of its own: "the fact that the US has invested ... suggests"
		}
	}
	person, org, group := -1, -1, -1 // mention indices
	for _, i := range d.inSentence(si) {
		m := d.mentions[i]
		if m.sentence != si || m.t0 < start || m.t1 > j+1 || m.quoted || d.speakerEntity(m) < 0 {
			continue
		}
		switch {
		case m.kind == Person && m.how != byGroup:
			// "Traders in the town of X", "the wife of X": a person after a
			// preposition is not the one who speaks ("a readout shared by
			// X" is X's).
			if person < 0 && !d.afterPreposition(si, m.t0, start) {
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
		return d.speakerEntity(d.mentions[person]), d.coordinated(person, start, j)
	case group >= 0 && (org < 0 || d.groupAfter(si, start, j)):
		return d.speakerEntity(d.mentions[group]), d.groupCountries(d.mentions[group])
	case org >= 0:
		return d.speakerEntity(d.mentions[org]), d.coordinated(org, start, j)
	}
	// "Downing Street said": the subject is a place alone.
	if sp, end := d.placeSpeaker(si, start); sp >= 0 && end > j {
		return sp, nil
	}
	// "The ministry said": a body named before by its full name.
	for k := start; k <= j; k++ {
		if k == start || toks[k-1].lower == "the" || toks[k-1].lower == "a" {
			if e, _ := d.bodyReferredBack(si, k); e >= 0 {
				return e, nil
			}
		}
	}
	return -1, nil
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
			if m.kind == Org && m.entity >= 0 && strings.HasSuffix(strings.ToLower(d.entities[m.entity].Name), suffix) {
				best = m.entity
			}
		}
		return best, k + n
	}
	return -1, k
}

// afterPreposition says whether a preposition other than "by" stands
// right before token t (and the title before it), after token start:
// "the wife of Minister X", "traders in the town of X".
func (d *doc) afterPreposition(si, t, start int) bool {
	toks := d.toks[si]
	for t > start && d.inTitle(si, t-1) {
		t--
	}
	if t <= start {
		return false
	}
	w := toks[t-1].lower
	return d.lx.is("locative", w) || w == "of" || w == "with" || w == "for"
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
			(m.kind == Person) == (head.kind == Person) && d.speakerEntity(m) >= 0 {
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
		if e := d.countryEntity(c); e >= 0 && e != first && !containsInt(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// groupAfter says whether the subject phrase ends in a group noun.
func (d *doc) groupAfter(si, start, j int) bool {
	return j >= 0 && d.lx.is("group", d.toks[si][j].lower)
}

// clauseStart says whether token t starts the sentence's main clause:
// only an introductory phrase and a comma before it.
func (d *doc) clauseStart(si, t int) bool {
	return t == 0 || d.toks[si][t-1].text == ","
}

// firstSubject is the first speaker-capable mention of the clause that
// ends at token j (the sentence's subject, for "... but reiterated").
func (d *doc) firstSubject(si, j int) (int, []int) {
	for _, i := range d.inSentence(si) {
		m := d.mentions[i]
		if m.sentence == si && m.t1 <= j && !m.quoted && m.kind == Person && m.how != byGroup && m.entity >= 0 {
			return m.entity, nil
		}
	}
	for _, i := range d.inSentence(si) {
		m := d.mentions[i]
		if m.sentence != si || m.t1 > j || m.quoted {
			continue
		}
		if e := d.speakerEntity(m); e >= 0 {
			// Prefer a person right after a body modifier ("Russian official X").
			if m.kind != Person {
				if sp, _ := d.speakerAt(si, m.t0); sp >= 0 {
					return sp, nil
				}
			}
			return e, nil
		}
	}
	return -1, nil
}

// medium reads where something was said from the words after the speech
// verb: "on X", "on social media platform X", "told India Today", "in an
// interview with India Today", "in a post on X". Told a person ("told
// Berg") is no medium.
func (d *doc) medium(si, k int) string {
	toks := d.toks[si]
	if k >= len(toks) {
		return ""
	}
	verb := ""
	if k > 0 {
		verb = toks[k-1].lower
	}
	j := k
	platform := false
	switch {
	case toks[j].lower == "on":
		platform = true
		j++
		for j < len(toks) && j < k+5 && !toks[j].upper && toks[j].word {
			j++
		}
	case toks[j].lower == "in":
		j++
		for j < len(toks) && j < k+4 && !toks[j].upper && toks[j].word && !d.lx.is("setting", toks[j].lower) {
			j++
		}
		// "in a Telegram post": the medium before the setting.
		if e := j; e < len(toks) && toks[e].upper {
			for e < len(toks) && toks[e].upper {
				e++
			}
			if e < len(toks) && d.lx.is("setting", toks[e].lower) && !d.personIn(si, j, e) {
				return joinTokens(toks[j:e])
			}
			return ""
		}
		if j+1 >= len(toks) || !d.lx.is("setting", toks[j].lower) {
			return ""
		}
		if w := toks[j+1].lower; w != "with" && w != "on" && w != "to" {
			return ""
		}
		// "a post on Truth Social": what follows "on" is a platform even
		// when it reads like a name.
		platform = toks[j+1].lower == "on"
		j += 2
	case verb == "told" || verb == "telling" || verb == "tells":
	default:
		return ""
	}
	if j < len(toks) && toks[j].text == "the" {
		j++ // "told the BBC"; "The Oslo Times" keeps its article
	}
	e := j
	for e < len(toks) && toks[e].upper && !monthOrDay(toks[e].text) {
		e++
	}
	if e == j || !platform && d.personIn(si, j, e) {
		return ""
	}
	return joinTokens(toks[j:e])
}

// personIn says whether a person is named in tokens [t0, t1) of sentence si.
func (d *doc) personIn(si, t0, t1 int) bool {
	for _, i := range d.inSentence(si) {
		m := d.mentions[i]
		if m.sentence == si && m.kind == Person && m.how != byGroup && m.t0 >= t0 && m.t0 < t1 {
			return true
		}
	}
	return false
}

func monthOrDay(w string) bool {
	switch w {
	case "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
		"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday":
		return true
	}
	return false
}

// reportedClaims reads reported speech: a speech verb outside quotes with
// a speaker, and the clause it introduces.
func (d *doc) reportedClaims(drafts []claimDraft, attributed map[[2]int]bool) []claimDraft {
	lx := d.lx
	// The last body that spoke, for "It said" in the next sentence.
	lastOrg, lastOrgSent := -1, -10
	for si, s := range d.sentences {
		if s.heading {
			continue
		}
		toks := d.toks[si]
		// "According to X, ..."
		for k := 0; k+2 < len(toks); k++ {
			if toks[k].lower == "according" && toks[k+1].lower == "to" {
				sp, end := d.speakerAt(si, d.pastDocument(si, k+2))
				if sp < 0 {
					break
				}
				for end < len(toks) && toks[end].text != "," {
					end++
				}
				switch {
				case k > 1 && toks[k-1].text == "," && end >= len(toks)-1:
					// "CLAUSE, according to X."
					if !inSpans(d.quotes, Span{toks[0].start, toks[k-2].end}) {
						drafts = append(drafts, d.reportedDraft(si, sp, nil, 0, k-1, toks[0].start, 0.6, ""))
					}
				case end+1 < len(toks):
					drafts = append(drafts, d.reportedDraft(si, sp, nil, end+1, len(toks), toks[k].start, 0.7, ""))
				}
				break
			}
		}
		for v := 0; v < len(toks); v++ {
			w := toks[v].lower
			participle := lx.is("participle", w)
			if !lx.is("speech", w) && !lx.is("describe", w) && !participle || attributed[[2]int{si, v}] {
				continue
			}
			if inSpans(d.quotes, Span{toks[v].start, toks[v].end}) {
				continue
			}
			// A noun, not a verb: "Russia's claims", "the reports".
			if v > 0 && (isPoss(toks[v-1]) || d.lx.is("determiner", toks[v-1].lower)) {
				continue
			}
			// "called for a ceasefire", "called on Moscow": demands, not speech.
			if (w == "called" || w == "calls") && v+1 < len(toks) && (toks[v+1].lower == "for" || toks[v+1].lower == "on" || toks[v+1].lower == "off" || toks[v+1].lower == "up") {
				continue
			}
			sp, co := d.subjectOf(si, v)
			if sp < 0 && lastOrg >= 0 && lastOrgSent >= si-1 && d.itSubject(si, v) {
				sp = lastOrg // "The ministry said ... It said ..."
			}
			if sp < 0 {
				continue
			}
			if d.entities[sp].Kind == Org {
				lastOrg, lastOrgSent = sp, si
			}
			// What was said: after "that" close by, else right after the
			// verb, past a medium or a "to reporters".
			c := v + 1
			for c < len(toks) && c < v+16 {
				if toks[c].lower == "that" {
					break
				}
				if toks[c].text == "," && c+2 < len(toks) && d.lx.is("parenthetical", toks[c+1].lower) && toks[c+2].text == "," {
					c += 3
					continue
				}
				if toks[c].text == "," && c+1 < len(toks) && isYear(toks[c+1].text) {
					c += 2 // "on March 12, 2025 that"
					continue
				}
				if toks[c].text == "," || d.speechAt(toks, c) || inSpans(d.quotes, Span{toks[c].start, toks[c].end}) {
					c = len(toks)
					break
				}
				c++
			}
			viaThat := c < len(toks) && c < v+16 && toks[c].lower == "that"
			if viaThat {
				c++
			} else {
				c = v + 1
				if w == "told" || w == "telling" || w == "tells" {
					for c < len(toks) && (toks[c].upper || toks[c].lower == "reporters" || toks[c].lower == "journalists") {
						c++
					}
				}
			}
			c = d.skipSettings(si, c)
			medium := d.medium(si, v+1)
			// The clause runs to the end, or to a coordinated speech verb;
			// at most maxClause tokens (no news sentence is longer).
			e := c
			for e < len(toks) && e < c+maxClause {
				if (toks[e].lower == "and" || toks[e].lower == "but") && e+1 < len(toks) && (d.speechAt(toks, e+1) || toks[e+1].lower == "that") && !inSpans(d.quotes, Span{toks[e].start, toks[e].end}) {
					break
				}
				if d.otherSpeakerClause(si, e) {
					break // "X said A, while Y insisted B": B is Y's
				}
				e++
			}
			for e > c && (toks[e-1].text == "," || toks[e-1].text == ";") {
				e--
			}
			// Inverted order: "CLAUSE, X said[, adding that MORE]."
			// "..., the air force said on Friday, adding that ...": what
			// follows is another verb's.
			if c >= e || e-c <= 1 || toks[c].text == "," && !participle || c < len(toks) && lx.is("participle", toks[c].lower) {
				pre := d.invertedClause(si, v)
				if pre == "" {
					continue
				}
				text := pre
				if k := indexWord(toks, "adding", v); k >= 0 {
					attributed[[2]int{si, k}] = true
					k++
					if k < len(toks) && toks[k].lower == "that" {
						k++
					}
					if k < len(toks) {
						text += ", " + d.art.Text[toks[k].start:toks[len(toks)-1].end]
					}
				}
				drafts = append(drafts, claimDraft{speaker: sp, co: co, text: text, medium: medium, sent: si,
					span: d.sentences[si].span, conf: 0.6, date: d.claimDate(si, Span{toks[v].start, d.sentences[si].span.End})})
				continue
			}
			// "called the situation “a moral outrage”": object, then quote.
			if lx.is("describe", w) && indexWord(toks, "as", v) < 0 {
				for _, q := range d.quotes {
					if q.Start > toks[v].end && q.Start-toks[v].end < 60 && q.End <= d.sentences[si].span.End && v+1 < len(toks) {
						from := toks[v+1].start
						drafts = append(drafts, claimDraft{speaker: sp, co: co, text: d.art.Text[from:q.End], quoted: true, medium: medium,
							sent: si, span: Span{from, q.End}, conf: 0.7, date: d.claimDate(si, Span{toks[v].start, from})})
						break
					}
				}
				continue
			}
			// "described Y as “Z”": the quoted words are the claim.
			if lx.is("describe", w) {
				if a := indexWord(toks, "as", v); a >= 0 && a < e && a+1 < len(toks) && (toks[a+1].text == "“" || toks[a+1].text == "\"" || toks[a+1].text == "'" || toks[a+1].text == "‘") {
					for _, q := range d.quotes {
						if q.Start == toks[a+1].end {
							// The object and the quoted words: "the talks as very
							// good"; a passive ("described by X as") has no object.
							from := q.Start
							if toks[v+1].lower != "by" && a > v+1 {
								from = toks[v+1].start
							}
							drafts = append(drafts, claimDraft{speaker: sp, co: co, text: d.art.Text[from:q.End], quoted: true, medium: medium,
								sent: si, span: Span{from, q.End}, conf: 0.8, date: d.claimDate(si, Span{toks[v].start, from})})
							break
						}
					}
					continue
				}
			}
			// "stressed the importance of trade": a topic, not a claim.
			if !viaThat && lx.is("objectverb", w) && !d.clauseLike(si, c, e) {
				continue
			}
			dr := d.reportedDraft(si, sp, co, c, e, toks[v].start, 0.7, medium)
			if strings.HasPrefix(w, "accus") {
				dr.text = dropAccusedOf(dr.text)
			}
			drafts = append(drafts, dr)
			// "... and that ...": another thing the same speaker said.
			for e+2 < len(toks) && toks[e+1].lower == "that" {
				c = e + 2
				e = c
				for e < len(toks) && e < c+maxClause && !((toks[e].lower == "and" || toks[e].lower == "but") && e+1 < len(toks) && (d.speechAt(toks, e+1) || toks[e+1].lower == "that")) {
					e++
				}
				drafts = append(drafts, d.reportedDraft(si, sp, co, c, e, toks[v].start, 0.7, medium))
			}
		}
	}
	return drafts
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

// quoteCovers says whether one quote runs from start to at least end.
func quoteCovers(quotes []Span, start, end int) bool {
	for _, q := range quotes {
		if q.Start == start && q.End >= end {
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
	if k <= 1 {
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

// claimDate is the date of a statement when its sentence gives one outside
// the claimed words; "" to use the article's date.
//
// Only a date in the attribution counts: the windows are the bytes between
// the speech verb and the claim, after a quote to the end of its sentence,
// or a sentence's opening date ("On Tuesday, X said ...").
func (d *doc) claimDate(si int, windows ...Span) string {
	// With no article date, Find still resolves dates that give their year.
	if si < 0 || si >= len(d.sentences) {
		return ""
	}
	s := d.sentences[si]
	if d.dateCache == nil {
		d.dateCache = map[int][]dates.Mention{}
	}
	found, ok := d.dateCache[si]
	if !ok {
		found = dates.Find(s.text, d.ref)
		d.dateCache[si] = found
	}
	for _, m := range found {
		start, end := s.span.Start+m.Start, s.span.Start+m.End
		inside := false
		for _, w := range windows {
			inside = inside || w.Start <= start && end <= w.End && w.Start < w.End
		}
		if !inside {
			continue // a date inside the claim is what it is about, not when it was said
		}
		if strings.HasPrefix(m.Text, "Today") && m.Start > 0 {
			continue // part of a name: "USA Today", "India Today"
		}
		if m.From.IsZero() || !m.From.Equal(m.To) || !d.ref.IsZero() && m.From.After(d.ref) {
			continue
		}
		return m.From.Format("2006-01-02")
	}
	return ""
}

// introDate is the opening phrase of sentence si when it is a short
// phrase of time set off by a comma ("On Tuesday,", "Late on Monday,"),
// which dates everything the sentence reports; an empty span otherwise.
func (d *doc) introDate(si int) Span {
	toks := d.toks[si]
	if len(toks) == 0 {
		return Span{}
	}
	switch w := toks[0].lower; {
	case w == "on" || w == "late" || w == "early" || w == "earlier" || w == "last" || w == "this" || monthOrDay(toks[0].text):
	default:
		return Span{}
	}
	for k := 1; k < len(toks) && k <= 4; k++ {
		if toks[k].text == "," {
			return Span{toks[0].start, toks[k].start}
		}
	}
	return Span{}
}

// clauseBegin is the byte offset where the clause holding offset off
// begins: after the last comma, semicolon or "but" before it.
func (d *doc) clauseBegin(si, off int) int {
	toks := d.toks[si]
	begin := d.sentences[si].span.Start
	for _, t := range toks {
		if t.start >= off {
			break
		}
		if t.text == "," || t.text == ";" || t.lower == "but" {
			begin = t.end
		}
	}
	return begin
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

func isYear(s string) bool { return len(s) == 4 && isDigits(s) && (s[0] == '1' || s[0] == '2') }

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// stripDateline drops a wire dateline at the start of a claim: "CAIRO,
// March 12 (Reuters) - Talks resumed" reads "Talks resumed".
func stripDateline(s string) string {
	i := 0
	for i < len(s) && (s[i] >= 'A' && s[i] <= 'Z' || s[i] == ' ' || s[i] == '.' || s[i] == '-' && i+1 < len(s) && s[i+1] != ' ') {
		i++
	}
	if i < 3 || i >= len(s) || s[i] != ',' {
		return s
	}
	rest := s[i:]
	for _, dash := range []string{" — ", " – ", " - ", " -- "} {
		// A dateline carries a date or an agency: "March 12 (Reuters)".
		if k := strings.Index(rest, dash); k >= 0 && k < 60 && strings.ContainsAny(rest[:k], "0123456789(") {
			return strings.TrimSpace(rest[k+len(dash):])
		}
	}
	return s
}

// pastDocument skips "a statement from", "the report by" to the author:
// "according to a statement from the Kremlin" reads from "the Kremlin".
func (d *doc) pastDocument(si, k int) int {
	toks := d.toks[si]
	j := k
	for j < len(toks) && j < k+4 && (toks[j].lower == "a" || toks[j].lower == "an" || toks[j].lower == "the" || toks[j].lower == "joint" || toks[j].lower == "written") {
		j++
	}
	if j+1 < len(toks) && d.lx.is("document", toks[j].lower) && (toks[j+1].lower == "from" || toks[j+1].lower == "by" || toks[j+1].lower == "of") {
		return j + 2
	}
	return k
}

// itSubject says whether "it" is the subject of the speech verb at v.
func (d *doc) itSubject(si, v int) bool {
	toks := d.toks[si]
	j := v - 1
	for j >= 0 && d.lx.is("adverb", toks[j].lower) {
		j--
	}
	return j >= 0 && toks[j].lower == "it" && (j == 0 || toks[j-1].text == "," || toks[j-1].lower == "and")
}
