package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/fact"
)

// Claims come in two kinds. Direct quotes: the words inside quotation
// marks (curly or straight, double or single), attributed by what stands
// after the quote (“...,” X said / said X, the title of Y / X wrote on X),
// before it (X said: “...”), in a bare sentence after it (“...?” X
// asked.), or by the paragraph before (a paragraph of quote continues the
// last speaker's, or the speaker of reported speech ending the paragraph
// before). A quote cut by its attribution (“...,” he said, “...”) is one
// claim, and so is a quote paragraph left open with the next paragraph's
// quote by the same speaker. Reported speech: "X said (that) ...", "X described Y as “...”",
// "X characterized ... but noted that ...", "according to X, ...",
// "CLAUSE, X said", "X, she said, would ...", "a joint statement by A and
// B underscored that ..." (a claim of each), with X a person, a country, a
// body, a seat of government ("Downing Street said"), a group ("Russian
// officials" speak for Russia), a body called back ("the ministry said")
// or a document named before ("the joint statement said", "It says" after
// "the leaders issued a joint statement": its issuers, the sides of "talks
// between A and B", or who "signed" it). Also: a leader's spokesman
// speaks for the government ("the prime minister's official spokesman"),
// an office for what it serves ("the Chancellery of the Prime Minister",
// "a spokesperson for the chancellery", "the presidential office"); a
// verdict in a word is a claim ("called the call businesslike"), and so
// are quoted words after "thanked X for" and "what they called". A noun
// phrase after a speech verb ("stressed the importance of ...") is a
// topic, not a claim; a quote nobody can be found to have said gives no
// claim.
//
// A claim's date is the article's unless its attribution gives another
// ("said on Tuesday", "On Monday, X said"); its medium is where it was
// said ("wrote on X", "told India Today", "in a post on Telegram").
//
// This file assembles the claims and reads their dates and media;
// quotes.go attributes direct quotes, reported.go reads reported speech,
// speakers.go finds who speaks, pronouns.go whom "he" and "she" stand for.

// claimDraft is a claim being assembled.
type claimDraft struct {
	speaker int
	co      []int
	text    string
	quoted  bool
	medium  string
	sent    int
	span    fact.Span
	conf    float64
	date    string
	ruled
}

// maxSubject bounds the words of a subject phrase.
const maxSubject = 16

// findClaims reads the claims of the article: direct quotes first, so a
// speech verb that attributes a quote is not read again as reported speech.
func (d *doc) findClaims() []fact.Claim {
	var drafts []claimDraft
	attributed := map[[2]int]bool{} // speech verbs used to attribute a quote: {sentence, token}
	drafts = withRule(ruleQuote, d.quoteClaims(drafts, attributed))
	drafts = d.reportedClaims(drafts, attributed)
	n := len(drafts)
	drafts = d.listClaims(drafts)
	withRule(ruleList, drafts[n:])
	// A statement of several speakers ("a joint statement by France and
	// Germany") is a claim of each.
	for _, c := range drafts {
		for _, sp := range c.co {
			cc := c
			cc.speaker, cc.co = sp, nil
			drafts = append(drafts, cc)
		}
	}
	drafts = d.dropNested(drafts)
	// Dedupe and turn into claims.
	seen := map[string]bool{}
	var out []fact.Claim
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
		out = append(out, fact.Claim{Speaker: c.speaker, Text: c.text, Quoted: c.quoted, Date: date, Medium: c.medium,
			About: d.aboutIn(c.span, c.speaker), Evidence: fact.Evidence{Sentence: c.sent, Span: c.span, Confidence: c.conf, Rule: string(c.rule)}})
	}
	return out
}

// aboutIn lists the entities named inside a claim's span, speaker aside.
func (d *doc) aboutIn(s fact.Span, speaker int) []int {
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

// quoteMarks drops double quotation marks and spells out an ellipsis; a
// Replacer is safe for concurrent use and costly to build, so it is built
// once.
var quoteMarks = strings.NewReplacer("“", "", "”", "", "\"", "", "…", "...")

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
	s = quoteMarks.Replace(s)
	s = dropSingleMarks(s)
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == ';' || r == ':' || r == '-' || r == '—' || r == '–'
	})
	s = strings.TrimRight(s, ".,")
	return strings.TrimSpace(s)
}

// dropSingleMarks drops the single marks that open or close a quote and
// keeps apostrophes: inside a word ("don’t", "Russia's") and after the s
// of a plural possessive when no single quote is open ("the workers'
// rights").
func dropSingleMarks(s string) string {
	var b strings.Builder
	open := false
	for i, r := range s {
		if r == '‘' {
			open = true
			continue
		}
		if r != '\'' && r != '’' {
			b.WriteRune(r)
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
		switch {
		case isWordRune(prev) && isWordRune(next):
			b.WriteRune(r) // inside a word
		case !isWordRune(prev) && isWordRune(next):
			open = true // opens a quote
		case open:
			open = false // closes it
		case prev == 's' || prev == 'S':
			b.WriteRune(r) // "the workers' rights"
		}
	}
	return b.String()
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
		for j < len(toks) && j < k+4 && !toks[j].upper && toks[j].word && !toks[j].in(lcSetting) {
			j++
		}
		// "in a Telegram post": the medium before the setting.
		if e := j; e < len(toks) && toks[e].upper {
			for e < len(toks) && toks[e].upper {
				e++
			}
			if e < len(toks) && toks[e].in(lcSetting) && !d.personIn(si, j, e) {
				return joinTokens(toks[j:e])
			}
			return ""
		}
		if j+1 >= len(toks) || !toks[j].in(lcSetting) {
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
		if m.sentence == si && m.kind == fact.Person && m.how != byGroup && m.t0 >= t0 && m.t0 < t1 {
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

// claimDate is the date of a statement when its sentence gives one outside
// the claimed words; "" to use the article's date.
//
// Only a date in the attribution counts: the windows are the bytes between
// the speech verb and the claim, after a quote to the end of its sentence,
// or a sentence's opening date ("On Tuesday, X said ...").
func (d *doc) claimDate(si int, windows ...fact.Span) string {
	// With no article date, Find still resolves dates that give their year.
	if si < 0 || si >= len(d.sentences) {
		return ""
	}
	s := d.sentences[si]
	for _, m := range d.sentenceDates(si) {
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
func (d *doc) introDate(si int) fact.Span {
	toks := d.toks[si]
	if len(toks) == 0 {
		return fact.Span{}
	}
	switch w := toks[0].lower; {
	case w == "on" || w == "late" || w == "early" || w == "earlier" || w == "last" || w == "this" || monthOrDay(toks[0].text):
	default:
		return fact.Span{}
	}
	for k := 1; k < len(toks) && k <= 4; k++ {
		if toks[k].text == "," {
			return fact.Span{Start: toks[0].start, End: toks[k].start}
		}
	}
	return fact.Span{}
}

func isYear(s string) bool { return len(s) == 4 && isDigits(s) && (s[0] == '1' || s[0] == '2') }

// stripDateline drops a wire dateline at the start of a claim: "CAIRO,
// March 12 (Reuters) - Talks resumed" reads "Talks resumed".
func stripDateline(s string) string {
	// "(Reuters) – Talks resumed": an agency in brackets and a dash.
	if strings.HasPrefix(s, "(") {
		if k := strings.IndexByte(s, ')'); k > 1 && k < 30 {
			rest := strings.TrimSpace(s[k+1:])
			for _, dash := range []string{"—", "–", "-"} {
				if strings.HasPrefix(rest, dash) {
					return strings.TrimSpace(rest[len(dash):])
				}
			}
		}
	}
	// "RZESZÓW — Talks resumed": a city in capitals and a dash.
	for _, dash := range []string{" — ", " – ", " -- "} {
		if k := strings.Index(s, dash); k >= 3 && k < 40 && capitalsOnly(s[:k]) {
			return strings.TrimSpace(s[k+len(dash):])
		}
	}
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

// capitalsOnly reports whether s is letters in capitals, digits, spaces,
// dots, colons and hyphens, with three letters at least: a dateline's city
// or a live page's time ("16:05 GMT").
func capitalsOnly(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == ' ' || r == '.' || r == '-' || r == ',' || r == ':' || unicode.IsDigit(r):
		default:
			return false
		}
	}
	return n >= 3
}

// dropNested drops what a speaker is told to say again inside their own
// reported claim: in "X said the storm, which he said had shattered
// homes, was the worst in years", the inner "he said" is part of X's
// claim, and so is "warning them" in "criticised X, warning them about
// Y" (a verb in -ing that says a second thing, "..., warning that ...",
// ends the first claim before it). Someone else named inside ("X said Y
// had promised to help") speaks in their own right. A reported draft's
// span runs from its verb to the end of what was said.
func (d *doc) dropNested(drafts []claimDraft) []claimDraft {
	out := drafts[:0:0]
	for i, b := range drafts {
		nested := false
		verb, _, _ := strings.Cut(d.art.Text[b.span.Start:b.span.End], " ")
		// What people agreed, told inside another's claim ("the two
		// leaders agreed to X, the ministry said"), is the teller's.
		agreed := strings.HasPrefix(verb, "agree")
		for j, a := range drafts {
			if i != j && !a.quoted && !b.quoted && a.sent == b.sent && (a.speaker == b.speaker || agreed) &&
				a.span.Start < b.span.Start && b.span.End <= a.span.End {
				nested = true
				break
			}
		}
		if !nested {
			out = append(out, b)
		}
	}
	return out
}

// listClaims reads a list of what someone said: a paragraph ending in a
// colon after a speech verb with a speaker ("Here are seven things X said
// about trade:", "X made these points:") and the numbered or bulleted
// paragraphs after it, each a claim of that speaker in the speaker's own
// words. A list item in quotation marks is read as a quote.
func (d *doc) listClaims(drafts []claimDraft) []claimDraft {
	for si, s := range d.sentences {
		if s.heading || !strings.HasSuffix(strings.TrimSpace(s.text), ":") {
			continue
		}
		toks := d.toks[si]
		sp := -1
		for v := range toks {
			if !d.speechAt(toks, v) || inSpans(d.quotes, fact.Span{Start: toks[v].start, End: toks[v].end}) || len(toks)-v > 6 {
				continue
			}
			// "things X said": the subject of a relative clause.
			if sp = d.personEndingAt(si, v); sp >= 0 {
				break
			}
			if sp, _ = d.subjectOf(si, v); sp >= 0 {
				break
			}
		}
		if sp < 0 {
			continue
		}
		line := d.lineOf(s.span.Start)
		if d.lineOf(s.span.End) != line || line+1 >= len(d.paraStarts) && !d.lastLineAfter(s.span.End) {
			continue
		}
		for l := line + 1; l < len(d.paraStarts); l++ {
			start, end := d.paraStarts[l], len(d.art.Text)
			if l+1 < len(d.paraStarts) {
				end = d.paraStarts[l+1]
			}
			para := d.art.Text[start:end]
			body := listItem(para)
			if body < 0 {
				break
			}
			from := start + body
			to := start + len(strings.TrimRight(para, " \t\r\n"))
			if from >= to || inSpans(d.quotes, fact.Span{Start: from + 1, End: from + 2}) {
				break
			}
			drafts = append(drafts, claimDraft{speaker: sp, text: d.art.Text[from:to], sent: d.sentenceOf(from),
				span: fact.Span{Start: from, End: to}, conf: 0.6, date: d.claimDate(si, d.sentences[si].span)})
		}
	}
	return drafts
}

// listItem is the offset of an item's words after its marker ("1. ",
// "2) ", "- ", "• ") at the start of paragraph p; -1 when p is no item.
func listItem(p string) int {
	t := strings.TrimLeft(p, " \t")
	lead := len(p) - len(t)
	i := 0
	for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	switch {
	case i > 0 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && t[i+1] == ' ':
		return lead + i + 2
	}
	for _, m := range []string{"- ", "* ", "• ", "– "} {
		if strings.HasPrefix(t, m) {
			return lead + len(m)
		}
	}
	return -1
}
