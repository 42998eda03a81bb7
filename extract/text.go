package extract

import (
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/extract/dates"
	"github.com/newsgraph/newsgraph/fact"
)

// text is the first stage's result: the article cut into sentences and
// tokens, with its quotation spans and paragraph starts. readText builds
// it; every later stage reads it and none writes it. The caches at the end
// are pure functions of the rest, filled on first use.
type text struct {
	art article.Article
	// ref is the article's date, zero when unknown: relative dates are then
	// left unresolved.
	ref       time.Time
	lx        *lexicon
	sentences []sentence
	toks      [][]token   // the tokens of each sentence
	quotes    []fact.Span // quotation spans of Article.Text, marks excluded
	// paraStarts holds the byte offset where each paragraph starts.
	paraStarts []int

	// speechVerb keeps hasSpeechVerb's answers, by first and last sentence;
	// lastWord the index of each sentence's last word token (-1: none);
	// dateCache dates.Find's answer per sentence.
	speechVerb map[[2]int]bool
	lastWord   map[int]int
	dateCache  map[int][]dates.Mention
}

// sentence is one sentence of the article body.
type sentence struct {
	span fact.Span // bytes of Article.Text
	text string    // Article.Text[span.Start:span.End]
	// heading is true for a line that is a headline, section head or
	// question head rather than running text.
	heading bool
}

// readText splits an article into sentences and tokens and marks each
// token with the word lists of words.tsv (lx) and events.tsv (ev) it is
// on: the lists are a function of the word alone, so they are read once,
// here, and the later stages only read them.
func readText(a article.Article, lx *lexicon, ev *eventRules) *text {
	t := &text{art: a, ref: a.Published, lx: lx}
	t.sentences = splitSentences(a.Text)
	t.quotes = findQuotes(a.Text)
	t.toks = make([][]token, len(t.sentences))
	for si, s := range t.sentences {
		toks := tokenize(s.text, s.span.Start)
		t.pluralPossessives(toks)
		for k := range toks {
			toks[k].lc = lx.words[toks[k].lower]
			if ev != nil {
				toks[k].ec = ev.words[toks[k].lower]
			}
		}
		t.toks[si] = toks
	}
	t.paraStarts = paragraphStarts(a.Text)
	return t
}

// paragraphStarts returns the byte offset where each paragraph of text
// starts; blank lines do not count, so paragraphs split by an empty line
// are still neighbours.
func paragraphStarts(text string) []int {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' && strings.TrimSpace(text[starts[len(starts)-1]:i]) != "" {
			starts = append(starts, i+1)
		} else if text[i] == '\n' {
			starts[len(starts)-1] = i + 1
		}
	}
	return starts
}

// token is one word or punctuation mark, with its bytes in Article.Text.
type token struct {
	start, end int
	text       string
	lower      string
	word       bool // letters or digits
	upper      bool // a word whose first letter is upper-case
	// lc and ec are the word lists of words.tsv and events.tsv the word
	// is on, looked up once per token by readText.
	lc lexSet
	ec wordClass
}

// in says whether the token is on one of the words.tsv lists c names.
func (t token) in(c lexClass) bool { return t.lc.has(c) }

// on says whether the token is on one of the events.tsv lists c names.
func (t token) on(c wordClass) bool { return t.ec&c != 0 }

func isApos(r rune) bool { return r == '\'' || r == '’' }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// agentSuffix reports whether rest, the text after a hyphen, opens with a
// participle that makes the word before it the agent or seat of what
// follows ("-led group", "-backed rebels", "-based firm"), then ends the word.
func agentSuffix(rest string) bool {
	k := 0
	for k < len(rest) && rest[k] >= 'a' && rest[k] <= 'z' {
		k++
	}
	if k < len(rest) {
		if r, _ := utf8.DecodeRuneInString(rest[k:]); isWordRune(r) || r == '-' {
			return false
		}
	}
	switch rest[:k] {
	case "led", "backed", "based", "owned", "run", "brokered", "controlled", "funded", "sponsored", "chaired", "hosted", "allied", "aligned", "born":
		return true
	}
	return false
}

// tokenize splits text into tokens; offsets are text's plus base. A
// possessive "'s" is a token of its own so "Ukraine's" reads as Ukraine +
// 's; "U.S." and "U.K." stay one word.
func tokenize(text string, base int) []token {
	// News English runs about one token per five bytes: one allocation
	// for most sentences instead of a growing slice.
	out := make([]token, 0, len(text)/5+4)
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			// Possessive: 's or ’s followed by a non-letter, after a word.
			if isApos(r) && len(out) > 0 && out[len(out)-1].word && out[len(out)-1].end == base+i {
				if j := i + n; j < len(text) && (text[j] == 's' || text[j] == 'S') {
					k := j + 1
					r2, _ := utf8.DecodeRuneInString(text[k:])
					if k >= len(text) || !isWordRune(r2) {
						out = append(out, mkToken(text[i:k], base+i, base+k))
						i = k
						continue
					}
				}
			}
			out = append(out, mkToken(text[i:i+n], base+i, base+i+n))
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r) {
				j += n
				continue
			}
			if r == '-' || isApos(r) {
				// Inner hyphen or apostrophe: "son-in-law", "I've"; not
				// the possessive 's, which is a token of its own.
				r2, n2 := utf8.DecodeRuneInString(text[j+n:])
				if r == '-' && unicode.IsUpper(r2) && (strings.EqualFold(text[i:j], "ex") || strings.EqualFold(text[i:j], "then")) {
					// "ex-Prime Minister", "then-President": the prefix is
					// a word of its own, so the title after it is found.
					j += n
					break
				}
				// "the Ravi Chandran-led group": a full name before a
				// participle is a name of its own. (A single word stays
				// whole: "the Washington-led effort" is no place.)
				if r == '-' && unicode.IsUpper([]rune(text[i:j])[0]) && agentSuffix(text[j+n:]) &&
					len(out) > 0 && out[len(out)-1].upper && out[len(out)-1].end < base+i {
					break
				}
				if j+n < len(text) && isWordRune(r2) {
					if isApos(r) && (r2 == 's' || r2 == 'S') {
						k := j + n + n2
						r3, _ := utf8.DecodeRuneInString(text[k:])
						if k >= len(text) || !isWordRune(r3) {
							break
						}
					}
					j += n
					continue
				}
			}
			if r == '.' && isInitialRun(text[i:j]) {
				// "U.S.", "U.K.", "D.C.": single letters joined by dots.
				r2, _ := utf8.DecodeRuneInString(text[j+1:])
				if j+1 < len(text) && unicode.IsUpper(r2) && (j+2 >= len(text) || text[j+2] == '.') {
					j++
					continue
				}
				if strings.Contains(text[i:j], ".") {
					j++ // the closing dot of "U.S."
				} else if j+2 < len(text) && text[j+1] == ' ' && unicode.IsUpper(rune(text[j+2])) && i > 0 && text[i-1] == ' ' && prevCapitalised(text[:i]) {
					j++ // a middle initial: "John F. Kennedy"
				} else if j+2 < len(text) && text[j+1] == ' ' && leadingInitial(text[:j], text[j+2:]) {
					j++ // a first initial: "attorney J. Martin Okafor"
				}
			}
			break
		}
		out = append(out, mkToken(text[i:j], base+i, base+j))
		i = j
	}
	return out
}

// isInitialRun reports whether s is "U" or "U.S" style: single upper-case
// letters separated by dots.
func isInitialRun(s string) bool {
	for k, p := range strings.Split(s, ".") {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(p)
		if !unicode.IsUpper(r) {
			return false
		}
		_ = k
	}
	return true
}

func mkToken(s string, start, end int) token {
	r, _ := utf8.DecodeRuneInString(s)
	w := isWordRune(r)
	return token{start: start, end: end, text: s, lower: strings.ToLower(s), word: w, upper: w && (unicode.IsUpper(r) || arabicArticle(s))}
}

// arabicArticle says whether s is a surname with the Arabic article
// written in lower case before it ("al-Obeidi", "el-Sisi"): a capitalised
// name word all the same.
func arabicArticle(s string) bool {
	pre, rest, ok := strings.Cut(s, "-")
	if !ok || rest == "" {
		return false
	}
	switch pre {
	case "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ad-", "ul":
		r, _ := utf8.DecodeRuneInString(rest)
		return unicode.IsUpper(r)
	}
	return false
}

// abbreviations end with a dot that does not end a sentence.
func isAbbreviation(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "maj",
		"adm", "brig", "cmdr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
		"oct", "nov", "dec", "no", "vs", "etc", "inc", "corp", "ltd", "jr", "sr", "prof", "rev",
		"ave", "mt", "ft", "approx", "est", "pres", "gov't", "retd", "rtrd", "wg", "cdr", "sqn", "ldr":
		return true
	}
	return false
}

// sentenceStarters are words that begin a new sentence after "U.S." and
// similar abbreviations that can also end one.
func isSentenceStarter(w string) bool {
	switch w {
	case "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "In", "On", "This",
		"That", "Its", "His", "Her", "Their", "There", "However", "Meanwhile", "After", "Before",
		"While", "As", "At", "For", "If", "When", "Although":
		return true
	}
	return false
}

// splitSentences splits the body into sentences with byte offsets. Lines
// come first: a line with no closing punctuation is a heading, never glued
// to the next sentence.
func splitSentences(text string) []sentence {
	var out []sentence
	lineStart := 0
	for lineStart <= len(text) {
		end := strings.IndexByte(text[lineStart:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += lineStart
		}
		out = splitLine(text, lineStart, end, out)
		lineStart = end + 1
	}
	return out
}

func isClosing(r rune) bool {
	return r == '"' || r == '”' || r == '’' || r == '\'' || r == ')' || r == ']' || r == '»'
}

func isOpening(r rune) bool {
	return r == '"' || r == '“' || r == '‘' || r == '\'' || r == '(' || r == '[' || r == '«'
}

func splitLine(text string, start, end int, out []sentence) []sentence {
	// Trim the line.
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	if start >= end {
		return out
	}
	last, _ := utf8.DecodeLastRuneInString(text[start:end])
	heading := !(last == '.' || last == '!' || last == '?' || last == '…' || last == ':' || last == ';' || isClosing(last))
	// A long line is a paragraph whose last full stop was lost, not a
	// heading.
	if heading && len(strings.Fields(text[start:end])) > 20 {
		heading = false
	}
	if heading {
		return append(out, sentence{span: fact.Span{Start: start, End: end}, text: text[start:end], heading: true})
	}
	s := start
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += n
			continue
		}
		j := i + n
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if !isClosing(r2) && r2 != '.' && r2 != '!' && r2 != '?' {
				break
			}
			j += n2
		}
		// Must be followed by space, then a capital, digit or opening mark.
		k := j
		for k < end {
			r2, n2 := utf8.DecodeRuneInString(text[k:end])
			if !unicode.IsSpace(r2) {
				break
			}
			k += n2
		}
		if k == j || k >= end {
			i = j
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[k:end])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || isOpening(next) || next == '“') {
			i = j
			continue
		}
		if r == '.' && (!endsSentence(text[s:i], nextWord(text[k:end])) || leadingInitial(text[s:i], text[k:end])) {
			i = j
			continue
		}
		out = append(out, sentence{span: fact.Span{Start: s, End: j}, text: text[s:j]})
		s = k
		i = k
	}
	if s < end {
		out = append(out, sentence{span: fact.Span{Start: s, End: end}, text: text[s:end]})
	}
	return out
}

// leadingInitial says whether the dot after before closes a first
// initial before a given name and a surname ("attorneys J. Martin
// Okafor said"): a lone capital after a lower-case word, then two capitalised
// words that are no sentence's opening.
func leadingInitial(before, after string) bool {
	w := before[strings.LastIndexByte(before, ' ')+1:]
	if utf8.RuneCountInString(w) != 1 || !unicode.IsUpper([]rune(w)[0]) || prevCapitalised(strings.TrimSuffix(before, w)) {
		return false
	}
	first := nextWord(after)
	if first == "" || isSentenceStarter(first) || !unicode.IsUpper([]rune(first)[0]) {
		return false
	}
	rest := strings.TrimPrefix(after[len(first):], " ")
	second := nextWord(rest)
	return len(rest) < len(after)-len(first) && second != "" && unicode.IsUpper([]rune(second)[0]) && !isSentenceStarter(second)
}

func nextWord(s string) string {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			break
		}
		i += n
	}
	return s[:i]
}

// endsSentence decides whether a dot after before ends the sentence, given
// the word that follows.
func endsSentence(before, next string) bool {
	// The word before the dot.
	i := len(before)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(before[:i])
		if unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' {
			break
		}
		i -= n
	}
	w := before[i:]
	if isAbbreviation(strings.ToLower(w)) {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		// An initial ("John F. Kennedy") follows a capitalised word;
		// "on platform X. This" ends a sentence.
		if unicode.IsUpper(r) && !isSentenceStarter(next) && (i == 0 || prevCapitalised(before[:i])) {
			return false
		}
	}
	if strings.Contains(w, ".") && isInitialRun(strings.TrimSuffix(w, ".")) {
		return isSentenceStarter(next) // "U.S. officials" vs "the U.S. The talks"
	}
	return true
}

// prevCapitalised says whether the last word of s starts with a capital.
func prevCapitalised(s string) bool {
	s = strings.TrimRight(s, " ")
	i := strings.LastIndexByte(s, ' ')
	r, _ := utf8.DecodeRuneInString(s[i+1:])
	return unicode.IsUpper(r)
}

// sentenceOf returns the sentence holding byte offset off, -1 when none.
func (t *text) sentenceOf(off int) int {
	i := sort.Search(len(t.sentences), func(i int) bool { return t.sentences[i].span.End > off })
	if i < len(t.sentences) && t.sentences[i].span.Start <= off {
		return i
	}
	return -1
}

// lineOf returns the paragraph index of byte offset off.
func (t *text) lineOf(off int) int {
	return sort.SearchInts(t.paraStarts, off+1) - 1
}

// tokenIndex returns the first token of sentence si starting at or after off.
func (t *text) tokenIndex(si, off int) int {
	toks := t.toks[si]
	// Tokens are in text order: a search, not a scan, for sentences of
	// thousands of quotes.
	return sort.Search(len(toks), func(k int) bool { return toks[k].start >= off })
}

// clauseBegin is the byte offset where the clause holding offset off
// begins: after the last comma, semicolon or "but" before it.
func (tx *text) clauseBegin(si, off int) int {
	toks := tx.toks[si]
	begin := tx.sentences[si].span.Start
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

// lastLineAfter says whether text follows offset off on a later line.
func (t *text) lastLineAfter(off int) bool {
	return strings.TrimSpace(t.art.Text[off:]) != ""
}

// sentenceDates is dates.Find's answer for sentence si, found once.
func (t *text) sentenceDates(si int) []dates.Mention {
	if t.dateCache == nil {
		t.dateCache = map[int][]dates.Mention{}
	}
	found, ok := t.dateCache[si]
	if !ok {
		found = dates.Find(t.sentences[si].text, t.ref)
		t.dateCache[si] = found
	}
	return found
}

// dateAt reports whether offset off lies in a date expression of sentence si.
func (t *text) dateAt(si, off int) bool {
	base := t.sentences[si].span.Start
	for _, m := range t.sentenceDates(si) {
		if off >= base+m.Start && off < base+m.End {
			return true
		}
	}
	return false
}

// scareQuoted reports whether offset off lies in a quotation of three words
// or fewer: the writer's words marked as someone's ("a 'frank meeting'
// with X", "their 'useful talks'"), not a quoted speech.
func (t *text) scareQuoted(off int) bool {
	for _, q := range t.quotes {
		if off >= q.Start && off < q.End {
			return len(strings.Fields(t.art.Text[q.Start:q.End])) <= 3
		}
	}
	return false
}

// inQuote reports whether offset off lies inside quotation marks.
func (t *text) inQuote(off int) bool {
	for _, q := range t.quotes {
		if off >= q.Start && off < q.End {
			return true
		}
	}
	return false
}

// pluralPossessives marks the apostrophe of a plural possessive ("the
// armed forces' commander") as a possessive 's, so it reads like
// "Ukraine's": right after a word ending in s, before a lower-case word,
// and not the end of a quotation.
func (tx *text) pluralPossessives(toks []token) {
	for k := 1; k+1 < len(toks); k++ {
		t, prev := toks[k], toks[k-1]
		if t.text != "'" && t.text != "’" || prev.end != t.start || !prev.word || !strings.HasSuffix(prev.lower, "s") ||
			!toks[k+1].word || toks[k+1].upper || toks[k+1].start == t.end {
			continue
		}
		if quoteEndsAt(tx.quotes, t.start) {
			continue
		}
		toks[k].lower = "'s"
	}
}

// leftOpen says whether a quote runs to the end of its paragraph with no
// closing mark: news style for a quote that goes on in the next one.
func (t *text) leftOpen(q fact.Span) bool {
	rest := t.art.Text[q.End:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	return strings.TrimSpace(rest) == ""
}

// quoteEndsSentence says whether no word follows quote q in its
// sentence s1.
func (tx *text) quoteEndsSentence(q fact.Span, s1 int) bool {
	last, ok := tx.lastWord[s1]
	if !ok {
		last = -1
		for k, t := range tx.toks[s1] {
			if t.word {
				last = k
			}
		}
		if tx.lastWord == nil {
			tx.lastWord = map[int]int{}
		}
		tx.lastWord[s1] = last
	}
	return tx.tokenIndex(s1, q.End) > last
}

// interrupted says whether quote b goes on with the words of quote a
// after an attribution set off by commas: “The war,” X said, “must end.”
// The first part ends in a comma, the second opens lower-case in the same
// sentence, and only a short attribution stands between them.
func (t *text) interrupted(a, b fact.Span) bool {
	first := strings.TrimSpace(t.art.Text[a.Start:a.End])
	if !strings.HasSuffix(first, ",") || t.sentenceOf(a.Start) != t.sentenceOf(b.Start) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.art.Text[b.Start:b.End])
	if !unicode.IsLower(r) {
		return false
	}
	between := strings.TrimRight(t.art.Text[a.End:b.Start], "\"“'‘ ")
	if !strings.HasSuffix(between, ",") || strings.ContainsAny(between, ".!?;\n") {
		return false
	}
	return len(strings.Fields(between)) <= maxAttribution
}

// opensLine says whether the quote starting at off opens its paragraph.
func (t *text) opensLine(off int) bool {
	i := strings.LastIndexByte(t.art.Text[:off], '\n') + 1
	return strings.TrimSpace(strings.Trim(t.art.Text[i:off], "\"“'‘")) == ""
}

// opensSentence says whether the quote starting at off opens sentence si:
// a quote that goes on after its attribution ("“...,” X said. “...”").
func (t *text) opensSentence(si, off int) bool {
	return si >= 0 && strings.TrimSpace(strings.Trim(t.art.Text[t.sentences[si].span.Start:off], "\"“'‘")) == ""
}

// hasSpeechVerb says whether any sentence from s0 to s1 has a speech verb
// outside quotes. The answer is kept: a sentence of thousands of quotes
// asks it once per quote.
func (tx *text) hasSpeechVerb(s0, s1 int) bool {
	key := [2]int{s0, s1}
	if v, ok := tx.speechVerb[key]; ok {
		return v
	}
	found := false
	for si := s0; si <= s1 && si < len(tx.sentences) && !found; si++ {
		for k, t := range tx.toks[si] {
			if tx.quoteVerbAt(tx.toks[si], k) && !inSpans(tx.quotes, fact.Span{Start: t.start, End: t.end}) {
				found = true
				break
			}
		}
	}
	if tx.speechVerb == nil {
		tx.speechVerb = map[[2]int]bool{}
	}
	tx.speechVerb[key] = found
	return found
}

// mostlyQuoted says whether most of the words of toks stand inside
// quotation marks.
func (tx *text) mostlyQuoted(toks []token) bool {
	words, in := 0, 0
	for _, t := range toks {
		if !t.word {
			continue
		}
		words++
		if inSpans(tx.quotes, fact.Span{Start: t.start, End: t.end}) {
			in++
		}
	}
	return words > 0 && 2*in > words
}

// quoteVerbAt says whether token k can attribute a direct quote: a speech
// verb, or a verb such as "asked" that attributes quoted words only.
func (t *text) quoteVerbAt(toks []token, k int) bool {
	return t.speechAt(toks, k) || k >= 0 && k < len(toks) && toks[k].in(lcQuoteverb)
}

// speechAt says whether token k is a speech verb.
func (t *text) speechAt(toks []token, k int) bool {
	return k >= 0 && k < len(toks) && toks[k].in(lcSpeech)
}

func lastWord(s string) string {
	fs := strings.Fields(s)
	if len(fs) == 0 {
		return ""
	}
	return fs[len(fs)-1]
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
