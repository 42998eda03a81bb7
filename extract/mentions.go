package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/fact"
)

// mentionSet is the mention stage's result over the text: the mentions
// found, the titles per sentence, the indexes that find mentions by
// sentence and token, and the firm and acronym short forms the stage
// reads its second mentions of a body by ("Calder" after "Calder Water").
// Coreference adds the person, group and title mentions and sets each
// mention's entity.
type mentionSet struct {
	*text
	// mentions are sorted by span start; every mention of a known entity has
	// its entity ID set, group mentions list their members.
	mentions []mention
	titles   [][]titleHit
	// firmShort maps the first word of a firm named in full ("Calder" of
	// "Calder Water") to that name; "" when two firms share the word.
	firmShort map[string]string
	// acronyms maps the initials of bodies named in full ("RSF") to the
	// name; "" when two bodies share them.
	acronyms map[string]string
	// sentIdx indexes mentions by sentence; valid while idxN == len(mentions)
	// and the mentions are in the order it was built for (see inSentence).
	sentIdx [][]int
	idxN    int
	// starts and ends index mentions by sentence and first/end token.
	starts, ends map[int64][]int
}

// mention is one place in the text that names an entity or a group.
type mention struct {
	span     fact.Span
	sentence int    // index in doc.sentences
	text     string // as written: "the Russian president", "Witkoff", "he"
	kind     fact.Kind
	entity   int   // entity ID, -1 for a group or an unresolved mention
	members  []int // for a group mention ("the U.S. envoys"): the people it stands for

	how     mentionHow
	t0, t1  int       // token range in the sentence
	lex     *lexEntry // the lexicon meaning, for lexicon mentions
	country string    // the country it stands for or belongs to, "" when none
	// countries are a group's countries ("U.S. and Ukrainian negotiators").
	countries []string
	region    string    // a group of a region's people: "European leaders"
	quoted    bool      // inside quotation marks: not an antecedent for pronouns
	poss      bool      // followed by a possessive 's
	title     *titleHit // for a title used alone ("the Russian president")
	full      string    // for a body's short form ("Calder", "RSF"): its full name
}

// mentionHow says how a mention names what it names.
type mentionHow uint8

const (
	byName    mentionHow = iota // a proper name: "Rustem Umerov", "Umerov"
	byLexicon                   // a lexicon phrase: "U.S.", "Russian", "the Kremlin"
	bySpan                      // a capitalised body or place: "Shell Bay Club"
	byPronoun                   // "he", "she"
	byTitle                     // a title alone: "the Russian president"
	byGroup                     // "Ukrainian negotiators", "both men"
	byGeneric                   // "Ukraine's armed forces"
)

// titleHit is a title or office found in a sentence.
type titleHit struct {
	t0, t1 int // token range
	entry  *titleEntry
	plural bool
	// text is the title as the role should carry it: the words as written,
	// or the lexicon's form when the words were misspelt or plural.
	text string
}

// lexHit is a lexicon phrase found in a sentence.
type lexHit struct {
	t0, t1 int
	entry  lexEntry
}

// candidate is a capitalised word sequence that may be a person's name.
type candidate struct {
	sent, t0, t1 int
	text         string
	evidence     bool // the text uses it the way it uses people
	// body: the text uses it the way it uses bodies ("an analyst at
	// Barclays"), which outweighs any use as a person's.
	body bool
	// place: the text puts it where places stand ("met in Puerto
	// Iguazú"); a name so used is a place everywhere, as a body is.
	place  bool
	quoted bool
}

// findQuotes returns the spans inside quotation marks, marks excluded.
// Curly and straight, double and single; a single mark between letters
// or after an s ("Russia's", "Russians'") is an apostrophe.
func findQuotes(text string) []fact.Span {
	var out []fact.Span
	for lineStart := 0; lineStart < len(text); {
		end := strings.IndexByte(text[lineStart:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += lineStart
		}
		out = append(out, quotesInLine(text, lineStart, end)...)
		lineStart = end + 1
	}
	return out
}

func quotesInLine(text string, start, end int) []fact.Span {
	var out []fact.Span
	open := -1
	var openRune rune
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if r != '"' && r != '\'' && r != '“' && r != '”' && r != '‘' && r != '’' {
			i += n
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(text[start:i])
		next, _ := utf8.DecodeRuneInString(text[i+n : end])
		atStart := i == start || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/", prev)
		atEnd := i+n >= end || unicode.IsSpace(next) || unicode.IsPunct(next)
		switch {
		case open < 0 && (r == '“' || r == '"' && atStart && !unicode.IsSpace(next)):
			open, openRune = i+n, '"'
		case open < 0 && (r == '‘' || r == '\'' && atStart && isWordRune(next)):
			open, openRune = i+n, '\''
		case open >= 0 && openRune == '"' && (r == '”' || r == '"' && !unicode.IsSpace(prev) ||
			r == '“' && !unicode.IsSpace(prev) && atEnd):
			// An opening mark after a word and before a space or a stop
			// can open nothing there: it is a closing mark typed the
			// wrong way round ("… for all,“ she said").
			out = append(out, fact.Span{Start: open, End: i})
			open = -1
		case open >= 0 && openRune == '\'' && (r == '’' || r == '\'') && atEnd && !unicode.IsSpace(prev) &&
			!(prev == 's' && quoteCloseAhead(text[i+n:end])):
			out = append(out, fact.Span{Start: open, End: i})
			open = -1
		}
		i += n
	}
	if open >= 0 && openRune == '"' && end-open > 0 {
		// A paragraph of quote whose closing mark is missing runs to the
		// end of the line, the way news opens a quote that continues in
		// the next paragraph.
		out = append(out, fact.Span{Start: open, End: end})
	}
	return out
}

// quoteCloseAhead says whether a closing single mark follows in rest: a
// mark after a letter and before a space, a stop or the end. Then an
// "s'" before it is a plural possessive ("the workers' rights"), not the
// quote's end; an apostrophe inside a word ("don’t") closes nothing.
func quoteCloseAhead(rest string) bool {
	for i, r := range rest {
		if r != '\'' && r != '’' {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(rest[:i])
		next, _ := utf8.DecodeRuneInString(rest[i+utf8.RuneLen(r):])
		if i > 0 && !unicode.IsSpace(prev) && (i+utf8.RuneLen(r) == len(rest) || unicode.IsSpace(next) || unicode.IsPunct(next)) {
			return true
		}
	}
	return false
}

func inSpans(spans []fact.Span, s fact.Span) bool {
	k := sort.Search(len(spans), func(i int) bool { return spans[i].End >= s.End })
	return k < len(spans) && spans[k].Start <= s.Start
}

// editDistance is the Levenshtein distance, for short words only.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			c = min(c, prev[j]+1, cur[j-1]+1)
			cur[j] = c
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// typoDistance is the edit distance that counts two neighbouring letters
// swapped as one typo ("Hallstorm" for "Hallstrom"), for short words.
func typoDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+c)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

// findTitles finds titles in a sentence, longest first. A multi-word
// title also matches with one misspelt word ("chief of stFFaff"), and
// wins over a shorter exact one ("chief"). Ranks such as "General" count
// only capitalised.
func (lx *lexicon) findTitles(toks []token) []titleHit {
	var out []titleHit
	for i := 0; i < len(toks); {
		h := lx.exactTitle(toks, i)
		if f := lx.fuzzyTitle(toks, i); f != nil && (h == nil || f.t1 > h.t1) {
			h = f
		}
		if h == nil || lx.surnameNotTitle(toks, h) || innerPossessive(toks, h.t1) || lx.inBodyName(toks, h) || pluralInName(toks, h) {
			i++
			continue
		}
		lx.withPortfolio(toks, h)
		out = append(out, *h)
		i = h.t1
	}
	return out
}

// inBodyName says whether title hit h starts a body's name the lexicon
// knows: "the General Staff" holds no general.
func (lx *lexicon) inBodyName(toks []token, h *titleHit) bool {
	// The title with a capitalised word before or after it, or both:
	// "the General Staff", "the Joint Chiefs of Staff".
	for _, ext := range [][2]int{{0, 1}, {1, 0}, {1, 1}, {1, 2}, {1, 3}, {0, 2}, {0, 3}} {
		s, e := h.t0-ext[0], h.t1+ext[1]
		if s < 0 || e > len(toks) || ext[0] == 1 && !toks[s].upper || ext[1] > 0 && !toks[e-1].upper {
			continue
		}
		parts := make([]string, 0, e-s)
		for k := s; k < e; k++ {
			parts = append(parts, toks[k].lower)
		}
		if _, ok := lx.phrases[strings.Join(parts, " ")]; ok {
			return true
		}
	}
	return false
}

// pluralInName says whether title hit h is a capitalised plural after a
// capitalised word and "of": "the ECOWAS Authority of Heads of State",
// "the Council of Ministers" name bodies, not people.
func pluralInName(toks []token, h *titleHit) bool {
	return h.plural && h.t0 >= 2 && toks[h.t0].upper && toks[h.t0-1].lower == "of" && toks[h.t0-2].upper && toks[h.t0-2].word
}

// innerPossessive says whether token k is a plural possessive inside a
// capitalised name: "National Police Chiefs' Council" holds no title.
func innerPossessive(toks []token, k int) bool {
	return k > 0 && k+1 < len(toks) && (toks[k].text == "'" || toks[k].text == "’") && toks[k-1].end == toks[k].start &&
		toks[k-1].upper && toks[k+1].upper && toks[k+1].word
}

// surnameNotTitle says whether a title word that is also a surname ends
// a name here: "Stephen King said", "Martin Luther King Jr.", not "King
// Charles". It follows a capitalised word no lexicon knows and comes
// before no name.
func (lx *lexicon) surnameNotTitle(toks []token, h *titleHit) bool {
	if h.t1-h.t0 != 1 || h.t0 == 0 || !lx.is(lcSurnametitle, toks[h.t0].text) {
		return false
	}
	prev := toks[h.t0-1]
	if !prev.upper || !nameWord(prev.text) || lx.is(lcNotname, prev.text) || lx.prefixes[prev.lower] {
		return false
	}
	return h.t1 == len(toks) || !toks[h.t1].upper || lx.is(lcSuffix, toks[h.t1].text)
}

// withPortfolio takes a portfolio word before a minister or secretary
// into the title: "Health Minister", "the energy secretary", "the
// Trade Cabinet Secretary".
func (lx *lexicon) withPortfolio(toks []token, h *titleHit) {
	cabinet := h.t1-h.t0 == 2 && strings.EqualFold(h.entry.name, "cabinet secretary")
	if h.t0 == 0 || h.t1-h.t0 != 1 && !cabinet || !cabinet && !lx.is(lcPortfolioed, h.entry.name) {
		return
	}
	p := toks[h.t0-1]
	if !lx.is(lcPortfolio, p.lower) {
		return
	}
	h.t0--
	h.text = p.text + " " + h.text
	// "Environment Secretary Priya L": an office of the United Kingdom
	// alone, as its Home Secretary is.
	if strings.EqualFold(h.entry.name, "secretary") && h.entry.org == "" && lx.is(lcUkportfolio, p.lower) {
		e := *h.entry
		e.org = "United Kingdom"
		h.entry = &e
	}
	if strings.EqualFold(h.entry.name, "secretary") && h.entry.org == "" && lx.is(lcUsportfolio, p.lower) {
		e := *h.entry
		e.org = "United States"
		h.entry = &e
	}
}

// exactTitle is the longest title spelt right that starts at token i.
func (lx *lexicon) exactTitle(toks []token, i int) *titleHit {
	for _, n := range lx.candidateLengths(toks, i, lx.maxTitle, nil) {
		parts := make([]string, n)
		for k := 0; k < n; k++ {
			parts[k] = toks[i+k].lower
		}
		plural := false
		t := lx.titles[strings.Join(parts, " ")]
		if t == nil && strings.HasSuffix(parts[n-1], "s") && len(parts[n-1]) > 3 {
			parts[n-1] = strings.TrimSuffix(parts[n-1], "s")
			t = lx.titles[strings.Join(parts, " ")]
			plural = t != nil
		}
		if t == nil || !toks[i].word && !strings.HasSuffix(t.name, ".") {
			continue
		}
		if (t.class == "rank" || t.class == "honorific") && !toks[i].upper {
			continue
		}
		// "General Logistics", "Captain Foods": a firm's name, not a rank.
		if t.class == "rank" && i+n < len(toks) && lx.is(lcFirmhead, toks[i+n].text) {
			continue
		}
		text := joinTokens(toks[i : i+n])
		if plural || strings.HasSuffix(text, "s") && !strings.HasSuffix(t.name, "s") {
			text = t.name
		}
		if t.full != "" {
			text = t.full
		}
		return &titleHit{t0: i, t1: i + n, entry: t, plural: plural, text: text}
	}
	return nil
}

// fuzzyTitle is a title of two or more words that starts at token i with
// one word misspelt into a word no lexicon knows ("Foreign Minster", not
// "foreign ministry"); nil when none.
func (lx *lexicon) fuzzyTitle(toks []token, i int) *titleHit {
	for _, t := range lx.titleMulti[toks[i].lower] {
		n := len(t.words)
		if i+n > len(toks) {
			continue
		}
		bad := 0
		for k := 1; k < n && bad < 2; k++ {
			w, tw := toks[i+k].lower, t.words[k]
			if w == tw {
				continue
			}
			if len(tw) >= 4 && w != "" && w[0] == tw[0] && !lx.vocab[w] && editDistance(w, tw) <= 2 {
				bad++
				continue
			}
			bad = 2
		}
		if bad == 1 {
			return &titleHit{t0: i, t1: i + n, entry: t, text: t.name}
		}
	}
	return nil
}

// joinTokens gives the text of a token run as written, single-spaced.
func joinTokens(toks []token) string {
	var b strings.Builder
	for k, t := range toks {
		if k > 0 && t.start > toks[k-1].end {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// findLexicon finds lexicon phrases, longest first. Names of places and
// bodies match only capitalised; generic body nouns ("armed forces") only
// with a country before them.
func (lx *lexicon) findLexicon(toks []token, titles []titleHit) []lexHit {
	inTitle := make([]bool, len(toks))
	for _, h := range titles {
		for k := h.t0; k < h.t1; k++ {
			inTitle[k] = true
		}
	}
	var out []lexHit
	for i := 0; i < len(toks); {
		found := false
		for _, n := range lx.candidateLengths(toks, i, lx.maxPhrase, nil) {
			if !toks[i].word || inTitle[i] {
				break
			}
			parts := make([]string, n)
			for k := 0; k < n; k++ {
				parts[k] = toks[i+k].lower
			}
			e, ok := lx.phrases[strings.Join(parts, " ")]
			if !ok {
				continue
			}
			if e.exact && joinTokens(toks[i:i+n]) != strings.ToUpper(joinTokens(toks[i:i+n])) {
				continue
			}
			if e.kind != lxGeneric && !toks[i].upper {
				continue
			}
			if e.kind == lxGeneric && !toks[i].upper && !lx.countryBefore(toks, out, i) {
				continue
			}
			// A phrase glued to a following capitalised word is part of a
			// longer name ("USA Today", "Miami Dolphins"), unless it is a
			// modifier such as a demonym.
			out = append(out, lexHit{t0: i, t1: i + n, entry: e})
			i += n
			found = true
			break
		}
		if !found {
			i++
		}
	}
	return out
}

// countryBefore says whether a country stands right before token i: a
// demonym, or a country or capital with a possessive.
func (lx *lexicon) countryBefore(toks []token, hits []lexHit, i int) bool {
	if len(hits) == 0 {
		return false
	}
	h := hits[len(hits)-1]
	switch h.entry.kind {
	case lxDemonym:
		return h.t1 == i
	case lxCountry, lxCapital:
		return h.t1 == i-1 && toks[i-1].text != "" && isApos([]rune(toks[i-1].text)[0]) || h.t1 == i
	}
	return false
}

// findMentions runs the mention stage over t: the mentions, and the name
// candidates coreference decides the people from.
func findMentions(t *text) (*mentionSet, []candidate) {
	ms := &mentionSet{text: t}
	return ms, ms.findMentions()
}

// findMentions runs the mention stage over every sentence: lexicon
// phrases, capitalised bodies and places, pronouns, and the names that
// may be people's, returned as candidates: people are decided by
// coreference over the whole article, since "Witkoff said" makes Witkoff
// a person in every sentence.
func (ms *mentionSet) findMentions() []candidate {
	lx := ms.lx
	ms.titles = make([][]titleHit, len(ms.sentences))
	var cands []candidate
	for si, s := range ms.sentences {
		toks := ms.toks[si]
		titles := lx.findTitles(toks)
		ms.titles[si] = titles
		lex := lx.findLexicon(toks, titles)
		used := make([]bool, len(toks))
		for _, h := range titles {
			for k := h.t0; k < h.t1; k++ {
				used[k] = true
			}
			// "Special Presidential Envoy for Investment and Economic
			// Cooperation with Foreign Countries": nobody's name.
			if lx.is(lcEnvoyfor, lastWord(h.entry.name)) {
				for k := h.t1 + 1; k < lx.envoySubjectEnd(toks, titles, h.t1); k++ {
					used[k] = true
				}
			}
		}
		// Capitalised bodies and places: "Ministry for Development of
		// Communities and Territories", "Shell Bay Club". They may hold
		// lexicon words ("Ukraine Development Fund").
		if !s.heading {
			for _, sp := range ms.capitalRuns(toks, used, true) {
				last := toks[sp[1]-1].text
				first := toks[sp[0]].text
				var kind fact.Kind
				switch {
				case lx.is(lcVenue, last) && !lx.is(lcVenue, first) && ms.usedAsPerson(si, sp[0], sp[1]):
					continue // "Energy Secretary Kevin Hall": a name
				case lx.is(lcVenue, last):
					kind = fact.Place
				case ms.nameAfterBodyHead(toks, sp):
					continue // "the Prime Minister's Office Mohan Lal": a body's last word, then a name
				case lx.is(lcOrghead, last) || lx.is(lcOrghead, first) && sp[1]-sp[0] > 2 || ms.orgheadBeforeConnector(toks, sp, lex):
					kind = fact.Org
				case lx.is(lcFirmhead, last) && !lx.is(lcSurnamefirm, last) && ms.titleEnding(si, sp[0]) == nil && (sp[1] == len(toks) || toks[sp[1]].text != ","):
					// "Calder Water confirmed": a firm; "Chief Executive
					// Anna Steel", "Mark Steel, 45," are people.
					kind = fact.Org
				default:
					continue
				}
				if sp[1]-sp[0] < 2 || coveredByOneHit(lex, sp) {
					continue
				}
				// "Rustem Umerov and Armed Forces chief": an "and" joins two
				// things when what follows it is a known phrase or the run
				// starts right after a title.
				if cut := andCut(toks, lex, sp, titles); cut > sp[0] {
					continue
				}
				// "US State Department": a country before a known body is
				// a modifier, not part of a new name.
				if rest := dropLeadingCountry(lex, sp); rest != sp && coveredByOneHit(lex, rest) {
					continue
				}
				lex = removeHitsIn(lex, sp)
				for k := sp[0]; k < sp[1]; k++ {
					used[k] = true
				}
				ms.addMention(mention{sentence: si, t0: sp[0], t1: sp[1], kind: kind, how: bySpan})
				ms.noteFirm(toks, sp, kind, lex)
			}
			lex = ms.firmShortForms(si, toks, used, lex)
			ms.bodiesByApposition(si, toks, used, lex)
		}
		lex = ms.givenNamesNotPlaces(si, toks, used, lex)
		for _, h := range lex {
			e := h.entry
			// "Salwa al-Obeidi": a town's name before a particled surname
			// is a given name.
			if (e.kind == lxCity || e.kind == lxCapital) && h.t1 == h.t0+1 && h.t1 < len(toks) && !used[h.t1] && lx.particleName(toks[h.t1]) {
				continue
			}
			for k := h.t0; k < h.t1; k++ {
				used[k] = true
			}
			m := mention{sentence: si, t0: h.t0, t1: h.t1, how: byLexicon, country: e.country}
			ee := e
			m.lex = &ee
			switch e.kind {
			case lxCountry, lxDemonym, lxBody:
				m.kind = fact.Org
				if e.kind == lxDemonym && demonymPerson(toks, h.t0, h.t1) {
					// "with the Norwegian adding ...": one person, the one
					// the sentence is about, read as a pronoun is.
					m.kind, m.how, m.lex = fact.Person, byPronoun, nil
				}
			case lxCapital:
				m.kind = fact.Org
				if ms.locative(toks, h.t0, h.t1) {
					m.kind = fact.Place
				}
			case lxRegion, lxCity:
				m.kind = fact.Place
			case lxGeneric:
				m.kind = fact.Org
				m.how = byGeneric
			}
			ms.addMention(m)
		}
		// Name candidates: what is left of the capitalised runs.
		for _, sp := range ms.capitalRuns(toks, used, false) {
			// "Minister of State in the Prime Minister's Office Mohan
			// Lal": the body's head word after a possessive ends the
			// body; the name after it is a person's.
			if ms.nameAfterBodyHead(toks, sp) {
				sp[0]++
			}
			// "Sen. X, R-Texas,": a party tag is nobody's name.
			if sp[1]-sp[0] == 1 && sp[0] > 0 && (toks[sp[0]-1].text == "," || toks[sp[0]-1].text == "(") && partyTag(toks[sp[0]].text) {
				continue
			}
			c := candidate{sent: si, t0: sp[0], t1: sp[1], text: joinTokens(toks[sp[0]:sp[1]])}
			if !s.heading {
				c.text = ms.initialFirst(si, sp, c.text)
			}
			c.quoted = inSpans(ms.quotes, fact.Span{Start: toks[sp[0]].start, End: toks[sp[1]-1].end})
			if !s.heading {
				c.evidence = ms.personEvidence(si, sp[0], sp[1])
				c.body = ms.usedAsBody(si, sp[0])
				c.place = usedAsPlace(toks, sp[0], sp[1])
			}
			cands = append(cands, c)
		}
		for k, t := range toks {
			if !used[k] && (t.lower == "he" || t.lower == "she") && !inCandidate(cands, si, k) {
				ms.addMention(mention{sentence: si, t0: k, t1: k + 1, kind: fact.Person, how: byPronoun})
			}
		}
	}
	return cands
}

// addMention fills in a mention's span, text and flags and records it.
func (ms *mentionSet) addMention(m mention) {
	toks := ms.toks[m.sentence]
	m.span = fact.Span{Start: toks[m.t0].start, End: toks[m.t1-1].end}
	m.text = ms.art.Text[m.span.Start:m.span.End]
	m.entity = -1
	m.quoted = inSpans(ms.quotes, m.span)
	m.poss = m.t1 < len(toks) && isPoss(toks[m.t1])
	// Keep the sentence index current instead of rebuilding it.
	if ms.sentIdx != nil && ms.idxN == len(ms.mentions) && m.sentence < len(ms.sentIdx) {
		ms.sentIdx[m.sentence] = append(ms.sentIdx[m.sentence], len(ms.mentions))
		ms.idxN++
		ms.mentions = append(ms.mentions, m)
		ms.indexEnds(len(ms.mentions) - 1)
		return
	}
	ms.mentions = append(ms.mentions, m)
}

func isPoss(t token) bool { return t.lower == "'s" || t.lower == "’s" }

// quoteEndsAt says whether a quotation span ends at byte off.
func quoteEndsAt(spans []fact.Span, off int) bool {
	for _, s := range spans {
		if s.End == off {
			return true
		}
	}
	return false
}

func coveredByOneHit(hits []lexHit, sp [2]int) bool {
	for _, h := range hits {
		if h.t0 <= sp[0] && h.t1 >= sp[1] {
			return true
		}
	}
	return false
}

func dropLeadingCountry(hits []lexHit, sp [2]int) [2]int {
	for _, h := range hits {
		if h.t0 == sp[0] && h.t1 < sp[1] && (h.entry.kind == lxCountry || h.entry.kind == lxDemonym || h.entry.kind == lxCapital) {
			return [2]int{h.t1, sp[1]}
		}
	}
	return sp
}

func removeHitsIn(hits []lexHit, sp [2]int) []lexHit {
	out := hits[:0:0]
	for _, h := range hits {
		if h.t1 <= sp[0] || h.t0 >= sp[1] {
			out = append(out, h)
		}
	}
	return out
}

// locative says whether a place name at [t0,t1) is used as a place ("in
// Moscow", "Hallandale Beach, Florida") rather than as an actor.
func (ms *mentionSet) locative(toks []token, t0, t1 int) bool {
	if t0 > 0 {
		p := toks[t0-1].lower
		if ms.lx.is(lcLocative, p) {
			return true
		}
		if p == "," && t0 > 1 && toks[t0-2].upper {
			return true // "Hallandale Beach, Florida"
		}
	}
	return false
}

// capitalRuns returns runs of capitalised words not yet used. With
// connectors, lower-case "of", "for", "and", "the" may join capitalised
// words (names of bodies); without, only name particles may ("von der").
func (ms *mentionSet) capitalRuns(toks []token, used []bool, connectors bool) [][2]int {
	lx := ms.lx
	var out [][2]int
	for i := 0; i < len(toks); {
		if used[i] || !toks[i].upper && !lx.particleName(toks[i]) || lx.is(lcNotname, toks[i].text) && !connectors && i+1 < len(toks) && !toks[i+1].upper {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			t := toks[j]
			if used[j] {
				break
			}
			// A firm's legal form ends its name: "KazMunayGas JSC Askar T".
			if connectors && j > i+1 && lx.is(lcLegalform, toks[j-1].text) {
				break
			}
			if t.upper || lx.particleName(t) {
				j++
				continue
			}
			// "National Police Chiefs' Council": a plural possessive
			// inside a body's name.
			if connectors && (t.text == "'" || t.text == "’") && toks[j-1].end == t.start && strings.HasSuffix(toks[j-1].text, "s") &&
				j+1 < len(toks) && toks[j+1].upper && toks[j+1].word && !used[j+1] && toks[j+1].start > t.end {
				j++
				continue
			}
			joiner := connectors && lx.is(lcConnector, t.lower) || lx.is(lcParticle, t.lower)
			// "von der Leyen": two particles before a capital.
			twoParticles := lx.is(lcParticle, t.lower) && j+2 < len(toks) && toks[j+1].in(lcParticle) && toks[j+2].upper && !used[j+2]
			if twoParticles {
				j += 2
				continue
			}
			// Not into a date or a word that starts no name: "Nordax Steel
			// on Monday".
			// Nor across "and" into a title: "Chairman of KazMunayGas Askar
			// T and Vice-President of SOCAR Rashad H".
			if t.lower == "and" && j+1 < len(toks) && lx.startsTitle(toks[j+1].lower) {
				break
			}
			if joiner && j+1 < len(toks) && !used[j+1] && (toks[j+1].upper && !lx.is(lcNotname, toks[j+1].text) || toks[j+1].lower == "the" && j+2 < len(toks) && toks[j+2].upper) {
				j++
				continue
			}
			break
		}
		// Drop leading words that never start a name ("The", "In"), and
		// a generation suffix standing alone.
		s := i
		for s < j && (lx.is(lcNotname, toks[s].text) || !connectors && lx.is(lcSuffix, toks[s].text)) {
			if !connectors && s+1 < j && s > 0 && used[s-1] && toks[s].text == "He" {
				break // "Vice Premier He Lifeng": the Chinese surname He after a title
			}
			// "the All India Radio", "the All Progressives Congress": "All"
			// inside a sentence opens a body's name of three words or more.
			if connectors && s > 0 && toks[s].text == "All" && j-s >= 3 && lx.is(lcOrghead, toks[j-1].text) {
				break
			}
			s++
		}
		// Drop joiners left at the end, and a name's generation suffix
		// ("Jr.", "III"), which is no surname.
		e := j
		for e > s && (!toks[e-1].upper && !lx.particleName(toks[e-1]) || !connectors && e-s > 2 && lx.is(lcSuffix, toks[e-1].text)) {
			e--
		}
		if s < e {
			out = append(out, [2]int{s, e})
		}
		i = j
	}
	return out
}

// particleName says whether t is a surname glued to its particle by a
// hyphen, written lower-case inside a sentence: "al-Obeidi", "el-Sisi".
func (lx *lexicon) particleName(t token) bool {
	p, rest, ok := strings.Cut(t.text, "-")
	if !ok || !lx.is(lcParticle, strings.ToLower(p)) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// nameAfterBodyHead says whether the capitalised run sp is a body's head
// word after a possessive, then a person's name of two or three plain
// name words: "the Prime Minister's Office Mohan Lal". Not a body's
// longer name ("Ukraine's Ministry for Development of Communities").
func (ms *mentionSet) nameAfterBodyHead(toks []token, sp [2]int) bool {
	n := sp[1] - sp[0] - 1
	if n < 2 || n > 3 || sp[0] == 0 || !isPoss(toks[sp[0]-1]) || !ms.lx.is(lcOrghead, toks[sp[0]].text) {
		return false
	}
	for k := sp[0] + 1; k < sp[1]; k++ {
		w := toks[k]
		if !w.upper || !nameWord(w.text) || ms.lx.is(lcOrghead, w.text) || ms.lx.is(lcNotname, w.text) || ms.lx.phrases[w.lower].kind != 0 {
			return false
		}
	}
	return true
}

// demonymPerson says whether the demonym at [t0,t1) stands for one person:
// "the Norwegian" after "the" and before a verb, a comma or the end ("with
// the Norwegian adding", "the German, who"). Not the collective forms
// ("the French said", "the Chinese", "the Swiss"), which are the
// country.
func demonymPerson(toks []token, t0, t1 int) bool {
	if t0 == 0 || toks[t0-1].lower != "the" || t1-t0 != 1 {
		return false
	}
	w := toks[t0].lower
	if strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "s") {
		return false
	}
	if t1 == len(toks) {
		return true
	}
	switch toks[t1].lower {
	case "saying", "adding", "said", "says", "added", "told", "who", "was", "is", "has", "had", "will", "would", ",", ".":
		return true
	}
	return false
}

// initialFirst writes a name with a trailing initial after a release's
// title layout ("Director, Bureau of Mines (BOM) Velan K.") the way news
// writes it, initial first ("K. Velan"), so that the person is one with
// the "K. Velan" of other stories; other names are left as they are.
func (ms *mentionSet) initialFirst(si int, sp [2]int, text string) string {
	toks := ms.toks[si]
	if sp[1]-sp[0] != 2 {
		return text
	}
	first, init := toks[sp[0]].text, strings.TrimSuffix(toks[sp[0]+1].text, ".")
	if len(init) != 1 || init[0] < 'A' || init[0] > 'Z' || !nameWord(first) {
		return text
	}
	if h, _, _ := ms.layoutTitle(si, sp[0]); h == nil {
		return text
	}
	return init + ". " + first
}

// layoutTitle reads the layout of official releases before the name at
// token k: a capitalised title, a comma and the body, maybe with its
// initials in brackets ("Director, Bureau of Mines (BOM) Name"). It
// returns the title and the body's tokens [o0, o1); nil when the layout
// is not there.
func (ms *mentionSet) layoutTitle(si, k int) (*titleHit, int, int) {
	toks := ms.toks[si]
	j := k
	if j > 2 && toks[j-1].text == ")" && toks[j-3].text == "(" && acronym(toks[j-2].text) {
		j -= 3
	}
	o1 := j
	for j > 0 && o1-j < 6 && (toks[j-1].upper && toks[j-1].word || j-1 > 0 && o1-j > 0 && toks[j-1].in(lcConnector)) {
		j--
	}
	if j == o1 || j < 2 || toks[j-1].text != "," || !toks[j].upper {
		return nil, -1, -1
	}
	for h := range ms.titles[si] {
		t := &ms.titles[si][h]
		if t.t1 == j-1 && toks[t.t0].upper && t.entry.class != "honorific" && !t.plural {
			return t, j, o1
		}
	}
	return nil, -1, -1
}

// titleEnding returns the title that ends right before token k (skipping
// brackets, and a comma after "the"/possessive title phrases), or nil.
func (ms *mentionSet) titleEnding(si, k int) *titleHit {
	toks := ms.toks[si]
	j := k - 1
	for j >= 0 && (toks[j].text == "]" || toks[j].text == "[" || toks[j].text == "(") {
		j--
	}
	comma := false
	if j >= 0 && toks[j].text == "," {
		comma = true
		j--
	}
	for h := range ms.titles[si] {
		t := &ms.titles[si][h]
		if t.t1 != j+1 {
			continue
		}
		if comma {
			// Only "the X's special envoy, Name" and "Trump's envoy, Name".
			if t.t0 == 0 || !(toks[t.t0-1].lower == "the" || isPoss(toks[t.t0-1]) || toks[t.t0-1].in(lcTitlemod)) {
				return nil
			}
		}
		return t
	}
	return nil
}

// usedAsBody says whether the words from token t0 are used as a body's
// name: after "at" that follows a title or a group of people ("an analyst
// at Barclays", "officials at Nordbank"), where people work, not who.
func (ms *mentionSet) usedAsBody(si, t0 int) bool {
	toks := ms.toks[si]
	// "Tarnex's chief executive", "Nordwind's cup-winning coach": a
	// firm's officer or a club's coach after a possessive is a body's.
	if ms.possessedAt(si, t0) {
		k := t0
		for k < len(toks) && toks[k].upper {
			k++
		}
		k++
		for n := 0; n < 2 && k < len(toks) && toks[k].word && !toks[k].upper && !ms.titleStartsAt(si, k); n++ {
			k++
		}
		for _, h := range ms.titles[si] {
			if h.t0 == k && (h.entry.class == "executive" || strings.HasSuffix(strings.ToLower(h.entry.name), "coach")) {
				return true
			}
		}
	}
	// "president and CEO of Tarnex", "executive chairman of Tarnex": a
	// firm's officer is of a body, not of a person.
	if t0 >= 2 && toks[t0-1].lower == "of" && !ms.possessedAt(si, t0) {
		for _, h := range ms.titles[si] {
			if h.t1 == t0-1 && h.entry.class == "executive" {
				return true
			}
		}
	}
	if t0 < 2 || toks[t0-1].lower != "at" || ms.possessedAt(si, t0) {
		return false
	}
	if toks[t0-2].in(lcGroup) || toks[t0-2].in(lcStaff) {
		return true
	}
	for _, h := range ms.titles[si] {
		if h.t1 == t0-1 {
			return true
		}
	}
	return false
}

// possessedAt says whether the capitalised run from token t0 ends in a
// possessive ("at Witkoff's resort").
func (ms *mentionSet) possessedAt(si, t0 int) bool {
	toks := ms.toks[si]
	k := t0
	for k < len(toks) && toks[k].upper {
		k++
	}
	return k < len(toks) && isPoss(toks[k])
}

// usedAsPerson says whether the text uses the words at [t0,t1) as it
// uses a person's name: after a title, before or after "said", before an
// apposition with a title or a who-clause.
func (ms *mentionSet) usedAsPerson(si, t0, t1 int) bool {
	toks := ms.toks[si]
	if t1-t0 == 1 && acronym(toks[t0].text) {
		return false // "IGAD said", "RSF fighters": a body, never a person
	}
	if h := ms.titleEnding(si, t0); h != nil {
		return true
	}
	if h, _, _ := ms.layoutTitle(si, t0); h != nil && t1-t0 >= 2 {
		return true
	}
	if t1-t0 >= 2 && counterpartComma(toks, t0) && !ms.titleStartsAt(si, t0) {
		return true // "his Peruvian counterpart, Julio Mendoza Quispe"
	}
	if ms.speechAt(toks, t1) {
		return true
	}
	if t0 > 0 && ms.speechAt(toks, t0-1) && (toks[t0-1].lower == "said" || toks[t0-1].lower == "says") {
		return true
	}
	// "headed by Ulla von der Lein": bodies are led by people.
	if t0 > 1 && toks[t0-1].lower == "by" && (toks[t0-2].lower == "led" || toks[t0-2].lower == "headed" || toks[t0-2].lower == "chaired") {
		return true
	}
	// Apposition: "Name, the secretary of ...", "Name, who ...", "Name, 45,".
	if t1+1 < len(toks) && toks[t1].text == "," {
		k := t1 + 1
		if toks[k].lower == "who" {
			return true
		}
		for k < len(toks) && k < t1+5 && (toks[k].lower == "the" || toks[k].lower == "a" || toks[k].in(lcFormer) || toks[k].in(lcTitlemod) || toks[k].upper || isPoss(toks[k])) {
			if ms.titleStartsAt(si, k) {
				return true
			}
			k++
		}
		if ms.titleStartsAt(si, k) {
			return true
		}
	}
	return false
}

// personEvidence says whether the text uses the words at [t0,t1) the way it
// uses people: after a title, before "said", in an apposition, or shaped as
// given name and surname with no lexicon word in it.
func (ms *mentionSet) personEvidence(si, t0, t1 int) bool {
	toks := ms.toks[si]
	lx := ms.lx
	// A word that heads bodies or events, first or last, makes no person,
	// even after a title: "General Motors", "the UN General Assembly",
	// "Radio Liberty said". A place word last does, unless the text uses
	// a name of two words or more as a person's: "President Hotel" is
	// none, "Energy Secretary Kevin Hall" is one.
	first, last := toks[t0].text, toks[t1-1].text
	if lx.is(lcOrghead, first) || lx.is(lcEvent, first) || lx.is(lcOrghead, last) || lx.is(lcEvent, last) {
		return false
	}
	if lx.is(lcVenue, last) {
		return t1-t0 >= 2 && !lx.is(lcVenue, first) && ms.usedAsPerson(si, t0, t1)
	}
	if ms.usedAsPerson(si, t0, t1) || t1-t0 >= 2 && t1-t0 <= 4 && ms.titleThenComma(si, t0) {
		return true
	}
	// Shape: two or three capitalised words, none in any lexicon or list,
	// and not where a place stands ("met last Thursday in Puerto Iguazú").
	n := t1 - t0
	if n < 2 || n > 3 {
		return false
	}
	if t0 > 0 {
		switch toks[t0-1].lower {
		case "in", "at", "near", "inside", "outside", "across", "toward", "towards":
			return false
		}
	}
	// A capitalised run before a title and a name modifies the title:
	// "Goldman Sachs analyst Rita Bose" names a firm.
	if ms.titleStartsAt(si, t1) && ms.nameAfterTitle(si, t1) {
		return false
	}
	for k := t0; k < t1; k++ {
		w := toks[k].text
		if lx.is(lcNotname, w) || lx.is(lcOrghead, w) || lx.is(lcVenue, w) || lx.is(lcEvent, w) {
			return false
		}
		if !nameWord(w) || isOrgWord(w) {
			return false
		}
		if _, ok := lx.phrases[toks[k].lower]; ok {
			return false
		}
		// "Peru-Chile trade", "UK-China talks": countries joined by
		// a hyphen, no one's name.
		for _, part := range strings.Split(toks[k].lower, "-") {
			if e, ok := lx.phrases[part]; ok && e.country != "" && strings.Contains(toks[k].lower, "-") {
				return false
			}
		}
	}
	return true
}

// nameAfterTitle says whether a capitalised word follows the title that
// starts at token k.
func (ms *mentionSet) nameAfterTitle(si, k int) bool {
	toks := ms.toks[si]
	for _, h := range ms.titles[si] {
		// Not a plural: "Anna Weiss heads Nordic Power Group" is a verb.
		if h.t0 == k && !h.plural && h.t1 < len(toks) && toks[h.t1].upper {
			return true
		}
	}
	return false
}

func (ms *mentionSet) titleStartsAt(si, k int) bool {
	for _, h := range ms.titles[si] {
		if h.t0 == k && h.entry.class != "honorific" {
			return true
		}
	}
	return false
}

// acronym reports whether w is written in capitals only, two letters or
// more ("IGAD", "RSF", "U.N."): the name of a body, not of a person.
func acronym(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == '.' || r == '-' || r == '&':
		default:
			return false
		}
	}
	return n >= 2
}

// inCandidate reports whether token k of sentence si lies in a name
// candidate ("He" of "He Lifeng").
func inCandidate(cands []candidate, si, k int) bool {
	for _, c := range cands {
		if c.sent == si && k >= c.t0 && k < c.t1 {
			return true
		}
	}
	return false
}

// usedAsPlace reports whether the capitalised run [t0, t1) stands where a
// place does: right after "in", "at" or "near", and not a possessor ("in
// Kim's absence").
func usedAsPlace(toks []token, t0, t1 int) bool {
	if t0 == 0 || t1 < len(toks) && isPoss(toks[t1]) {
		return false
	}
	k := t0 - 1
	if toks[k].lower == "the" && k > 0 {
		k-- // "at the Sheraton Grand", "at the Istana"
	}
	switch toks[k].lower {
	case "in", "at", "near", "inside", "outside":
		return true
	case "of": // "the town of Masisi", "the port of Kuryk"
		if k > 0 {
			if toks[k-1].in(lcPlacekind) {
				return true
			}
		}
	}
	return false
}

// nameWord says whether w looks like a word of a personal name: letters,
// maybe hyphens and apostrophes, not all capitals.
func nameWord(w string) bool {
	if len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z' {
		return true // a middle initial
	}
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	lower := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			lower++
		case unicode.IsUpper(r), r == '-', r == '\'', r == '’':
		default:
			return false
		}
	}
	return lower > 0
}

// personCluster is one person being assembled from name mentions.
type personCluster struct {
	forms []string
	first []string // given names seen ("Steve", "Steven")
	last  string   // surname
	id    int      // entity ID once made
}

// suffixForm says whether one of p's forms and the name of words ws end
// in the same two or more words, the one longer than the other.
func (p *personCluster) suffixForm(ws []string) bool {
	for _, f := range p.forms {
		fw := strings.Fields(f)
		short, long := ws, fw
		if len(fw) < len(ws) {
			short, long = fw, ws
		}
		if len(short) < 2 || len(long) == len(short) {
			continue
		}
		if slices.Equal(short, long[len(long)-len(short):]) {
			return true
		}
	}
	return false
}

// firstNameOnly is the one person a word of whose full name, other than
// the surname, is w, when no person has w as surname: "Kim" after "Kim
// Sung-min" (family name first), "Maria" after "Maria Lopez", "Lula"
// after "Luiz Inácio Lula da Silva". Nil when none or several.
func firstNameOnly(people []*personCluster, w string) *personCluster {
	var found *personCluster
	for _, p := range people {
		if p.last == w {
			return nil
		}
		if !p.hasInnerWord(w) {
			continue
		}
		if found != nil && found != p {
			return nil
		}
		found = p
	}
	return found
}

// hasInnerWord says whether w is a word of one of p's full names other
// than the surname.
func (p *personCluster) hasInnerWord(w string) bool {
	for _, f := range p.forms {
		ws := strings.Fields(f)
		for _, x := range ws[:len(ws)-1] {
			if x == w {
				return true
			}
		}
	}
	return false
}

// surnameTypo is the one person whose surname is one letter away from w
// (both six letters or more, same first letter), when no one has w itself
// as surname: a typo in running text. Nil otherwise.
func surnameTypo(people []*personCluster, w string) *personCluster {
	if len(w) < 6 {
		return nil
	}
	var found *personCluster
	for _, p := range people {
		if p.last == w {
			return nil
		}
		if len(p.last) >= 6 && p.last[0] == w[0] && typoDistance(p.last, w) == 1 {
			if found != nil {
				return nil
			}
			found = p
		}
	}
	return found
}

// givenOfCluster says whether a given name fits one of a person's.
func givenOfCluster(p *personCluster, given string) bool {
	for _, f := range p.first {
		if givenCompatible(f, given) {
			return true
		}
	}
	return false
}

// givenOfSeveral says whether w is a word of two or more people's names
// other than their surnames ("Maria" with two Marias named).
func givenOfSeveral(people []*personCluster, w string) bool {
	n := 0
	for _, p := range people {
		if p.hasInnerWord(w) {
			n++
		}
	}
	return n > 1
}

// surnameCompatible says whether two surnames can be one person's: equal,
// or two spellings of one transliterated name that differ only in vowels
// at the same places ("al-Obeidi", "al-Obaidi"). Names of different
// lengths ("Ivanov", "Ivanova") and different consonants ("Johnson",
// "Johnston") stay apart.
func surnameCompatible(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) != len(b) {
		return false // only ASCII vowels may differ, so the lengths agree
	}
	ra, rb := []rune(strings.ToLower(a)), []rune(strings.ToLower(b))
	if len(ra) != len(rb) || len(ra) < 5 {
		return false
	}
	diff := 0
	for i := range ra {
		if ra[i] == rb[i] {
			continue
		}
		if !strings.ContainsRune("aeiouy", ra[i]) || !strings.ContainsRune("aeiouy", rb[i]) {
			return false
		}
		diff++
	}
	return diff <= 2
}

// givenCompatible says whether two given names can be one person's:
// equal, one a prefix of the other ("Steve", "Steven"), or one letter
// apart ("Andriy", "Andrii").
func givenCompatible(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	if a == b || strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return true
	}
	return len(a) > 3 && len(b) > 3 && a[0] == b[0] && editDistance(a, b) <= 2
}

func containsStr(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// longestForm is the fullest of a person's names: most words, then most
// bytes, then the first seen.
func longestForm(forms []string) string {
	best := ""
	for _, f := range forms {
		if len(strings.Fields(f)) > len(strings.Fields(best)) || len(strings.Fields(f)) == len(strings.Fields(best)) && len(f) > len(best) {
			best = f
		}
	}
	return best
}

// andCut returns the token of an "and" that must split a capitalised run,
// or -1: the words after it are one lexicon phrase, or a title ends right
// before the run (a name follows titles, not a body).
func andCut(toks []token, hits []lexHit, sp [2]int, titles []titleHit) int {
	for k := sp[0] + 1; k < sp[1]-1; k++ {
		if toks[k].lower != "and" {
			continue
		}
		if coveredByOneHit(hits, [2]int{k + 1, sp[1]}) {
			return k
		}
		// "Kessler and the US Army": "and the" before a known body.
		if toks[k+1].lower == "the" && coveredByOneHit(hits, [2]int{k + 2, sp[1]}) {
			return k
		}
		for _, h := range titles {
			if h.t1 == sp[0] {
				return k
			}
		}
	}
	return -1
}

// noteFirm records the first word of a firm's name the text gives in full
// ("Calder Water", "Tamsin Brands"): news calls the firm by that word
// alone afterwards ("Calder said", "Tamsin's chief executive"). Not when
// the first word is a country or demonym ("British Airways"), and not when
// two firms share it.
func (ms *mentionSet) noteFirm(toks []token, sp [2]int, kind fact.Kind, lex []lexHit) {
	ms.noteAcronym(toks, sp, kind)
	if kind != fact.Org || sp[1]-sp[0] != 2 || !ms.lx.is(lcFirmhead, toks[sp[1]-1].text) {
		return
	}
	w := toks[sp[0]].text
	if !nameWord(w) || ms.lx.is(lcNotname, w) || ms.lx.is(lcOrghead, w) {
		return
	}
	for _, h := range lex {
		if h.t0 == sp[0] && (h.entry.kind == lxCountry || h.entry.kind == lxDemonym) {
			return
		}
	}
	if ms.firmShort == nil {
		ms.firmShort = map[string]string{}
	}
	full := joinTokens(toks[sp[0]:sp[1]])
	if old, ok := ms.firmShort[w]; ok && old != full {
		ms.firmShort[w] = "" // two firms: the word names neither
		return
	}
	ms.firmShort[w] = full
}

// noteAcronym records the initials of a body's name of three or more
// capitalised words ("RSF" of "Rapid Support Forces", "CMA" of
// "Competition and Markets Authority"): news uses them for it afterwards.
func (ms *mentionSet) noteAcronym(toks []token, sp [2]int, kind fact.Kind) {
	if kind != fact.Org {
		return
	}
	var b strings.Builder
	for _, t := range toks[sp[0]:sp[1]] {
		if t.upper && t.word {
			b.WriteString(string([]rune(t.text)[0]))
		}
	}
	a := b.String()
	if len(a) < 3 {
		return
	}
	if ms.acronyms == nil {
		ms.acronyms = map[string]string{}
	}
	full := joinTokens(toks[sp[0]:sp[1]])
	if old, ok := ms.acronyms[a]; ok && old != full {
		ms.acronyms[a] = ""
		return
	}
	ms.acronyms[a] = full
}

// firmShortForms marks the lone first words of firms named in full before
// ("Calder" after "Calder Water") as that firm, over a place of the same
// name, and the initials of bodies named in full before ("RSF") as that
// body; it returns the lexicon hits that are left.
func (ms *mentionSet) firmShortForms(si int, toks []token, used []bool, lex []lexHit) []lexHit {
	if len(ms.firmShort) == 0 && len(ms.acronyms) == 0 {
		return lex
	}
	for k := range toks {
		full := ms.firmShort[toks[k].text]
		if full == "" && acronym(toks[k].text) {
			full = ms.acronyms[toks[k].text]
		}
		if full == "" || used[k] || k+1 < len(toks) && toks[k+1].upper && toks[k+1].word || k > 1 && toks[k-1].upper && toks[k-1].word {
			continue
		}
		keep := true
		for _, h := range lex {
			if h.t0 <= k && k < h.t1 && h.t1-h.t0 > 1 {
				keep = false
			}
		}
		if !keep {
			continue
		}
		lex = removeHitsIn(lex, [2]int{k, k + 1})
		used[k] = true
		ms.addMention(mention{sentence: si, t0: k, t1: k + 1, kind: fact.Org, how: bySpan, full: full})
	}
	return lex
}

// orgheadBeforeConnector says whether a body's word stands inside a run
// of capitals before "for", "of" or "on": "Carnegie Endowment for
// International Peace", "Peterson Institute for International Economics".
func (ms *mentionSet) orgheadBeforeConnector(toks []token, sp [2]int, lex []lexHit) bool {
	// "Armed Forces of Ukraine": a country's body the lexicons read.
	for _, h := range lex {
		if h.t0 >= sp[0] && h.t1 <= sp[1] && h.entry.country != "" {
			return false
		}
	}
	for k := sp[0] + 1; k+1 < sp[1]; k++ {
		if w := toks[k+1].lower; (w == "for" || w == "of" || w == "on") && ms.lx.is(lcOrghead, toks[k].text) {
			return true
		}
	}
	return false
}

// bodiesByApposition marks a capitalised word no lexicon knows that an
// apposition calls a body as that body: "Ofwat, the industry regulator,".
func (ms *mentionSet) bodiesByApposition(si int, toks []token, used []bool, lex []lexHit) {
	for k := 0; k+3 < len(toks); k++ {
		if used[k] || !toks[k].upper || !toks[k].word || toks[k+1].text != "," || toks[k+2].lower != "the" ||
			k > 0 && toks[k-1].upper && toks[k-1].word || ms.lx.is(lcNotname, toks[k].text) {
			continue
		}
		inLex := false
		for _, h := range lex {
			if h.t0 <= k && k < h.t1 {
				inLex = true
			}
		}
		if inLex {
			continue
		}
		for e := k + 3; e < len(toks) && e < k+7; e++ {
			if !toks[e].word || toks[e].upper {
				break
			}
			if toks[e].in(lcBodynoun) || toks[e].in(lcRegulator) {
				if e+1 == len(toks) || toks[e+1].text == "," {
					used[k] = true
					ms.addMention(mention{sentence: si, t0: k, t1: k + 1, kind: fact.Org, how: bySpan})
				}
				break
			}
		}
	}
}

// givenNamesNotPlaces drops a one-word place the gazetteer knows that is
// the given name of a person the text names: "the US Army Secretary,
// Douglas Rinehart", "minister Dara Jaff said". The place must be followed
// by one capitalised word no lexicon knows, and the two used as a person's
// name (a title before them, a speech verb or a titled apposition after).
func (ms *mentionSet) givenNamesNotPlaces(si int, toks []token, used []bool, lex []lexHit) []lexHit {
	out := lex[:0]
	for i, h := range lex {
		k := h.t1
		drop := h.t1-h.t0 == 1 && (h.entry.kind == lxCity || h.entry.kind == lxRegion || h.entry.kind == lxCapital) &&
			k < len(toks) && toks[k].upper && toks[k].word && nameWord(toks[k].text) && !used[k] &&
			(k+1 == len(toks) || !toks[k+1].upper || !toks[k+1].word) &&
			(i+1 == len(lex) || lex[i+1].t0 > k) &&
			!ms.lx.is(lcOrghead, toks[k].text) && !ms.lx.is(lcVenue, toks[k].text) && !ms.lx.is(lcEvent, toks[k].text) && !ms.lx.is(lcNotname, toks[k].text) &&
			(ms.titleThenComma(si, h.t0) || ms.usedAsPerson(si, h.t0, k+1))
		// "Brazilian President Renato Albuquerque Lins": a place word
		// between two name words of the run right after a title is a name.
		if !drop && h.t1-h.t0 == 1 && (h.entry.kind == lxCity || h.entry.kind == lxRegion) && h.t0 >= 2 &&
			k < len(toks) && toks[k].upper && toks[k].word && nameWord(toks[k].text) && !used[k] && !used[h.t0-1] &&
			(i+1 == len(lex) || lex[i+1].t0 > k) && (i == 0 || lex[i-1].t1 < h.t0) &&
			toks[h.t0-1].upper && nameWord(toks[h.t0-1].text) && (ms.titleEnding(si, h.t0-1) != nil || ms.titleThenComma(si, h.t0-1) || counterpartComma(toks, h.t0-1)) &&
			!ms.lx.is(lcOrghead, toks[k].text) && !ms.lx.is(lcVenue, toks[k].text) && !ms.lx.is(lcNotname, toks[k].text) {
			drop = true
		}
		if !drop {
			out = append(out, h)
		}
	}
	return out
}

// counterpartComma says whether "counterpart," stands right before token
// k: "his Peruvian counterpart, Julio Mendoza Quispe".
func counterpartComma(toks []token, k int) bool {
	return k >= 2 && toks[k-1].text == "," && (toks[k-2].lower == "counterpart" || toks[k-2].lower == "counterparts")
}

// titleThenComma says whether a title and a comma stand right before
// token k: "the US Army Secretary, Douglas".
func (ms *mentionSet) titleThenComma(si, k int) bool {
	if k < 2 || ms.toks[si][k-1].text != "," {
		return false
	}
	toks := ms.toks[si]
	for _, t := range ms.titles[si] {
		if t.entry.class == "honorific" {
			continue
		}
		// "senior adviser for Africa, Name", "minister of state for foreign
		// affairs, Name": a short complement may stand between.
		if t.t1 != k-1 && !(t.t1 < k-1 && k-1-t.t1 <= 5 && (toks[t.t1].lower == "for" || toks[t.t1].lower == "of") && !hasComma(toks[t.t1:k-1])) {
			continue
		}
		// "the US Army Secretary, Name", "IGAD's executive secretary, Name":
		// a determiner or possessive before the title and its modifiers.
		j := t.t0 - 1
		for j >= 0 && j > t.t0-4 && toks[j].lower != "the" && toks[j].lower != "a" && toks[j].lower != "an" &&
			(toks[j].upper || toks[j].in(lcPortfoliomod) || toks[j].in(lcPortfolio) || toks[j].in(lcTitlemod)) {
			j--
		}
		return j >= 0 && (toks[j].lower == "the" || toks[j].lower == "a" || toks[j].lower == "an" || isPoss(toks[j]) || toks[j].in(lcPossessive))
	}
	return false
}

func hasComma(toks []token) bool {
	for _, t := range toks {
		if t.text == "," {
			return true
		}
	}
	return false
}

// surnameKey is a surname as compared: "Al-Obeidi" opening a sentence is
// "al-Obeidi".
func surnameKey(w string) string {
	if pre, rest, ok := strings.Cut(w, "-"); ok && arabicArticle(strings.ToLower(pre)+"-"+rest) {
		return strings.ToLower(pre) + "-" + rest
	}
	return w
}

// envoySubjectEnd reads what an envoy is for when the text capitalises it,
// from the "for" at token j: capitalised words and the small words inside
// them ("Investment and Economic Cooperation with Foreign Countries"), up
// to an "and" before another title ("and CEO of ..."). It returns the
// token after it, j when there is none.
func (lx *lexicon) envoySubjectEnd(toks []token, titles []titleHit, j int) int {
	if j+1 >= len(toks) || toks[j].lower != "for" || !toks[j+1].upper {
		return j
	}
	titleAt := func(k int) bool {
		for _, h := range titles {
			if h.t0 == k {
				return true
			}
		}
		return false
	}
	e, joined := j+1, false
	for k := j + 1; k < len(toks); k++ {
		if titleAt(k) {
			break
		}
		if toks[k].upper && toks[k].word {
			e = k + 1
			continue
		}
		w := toks[k].lower
		if (w == "and" || w == "with" || w == "of" || w == "the" || w == "on" || w == "for") && k+1 < len(toks) && toks[k+1].upper && !titleAt(k+1) {
			joined = true
			continue
		}
		break
	}
	// Without a small word inside, the capitals may run on into a name:
	// "EU special envoy for Libya Marta Bruni".
	if !joined {
		return j
	}
	return e
}

// mentionsIn returns the mentions inside sentence i, in text order.
func (ms *mentionSet) mentionsIn(i int) []mention {
	idx := ms.inSentence(i)
	out := make([]mention, 0, len(idx))
	for _, k := range idx {
		if ms.mentions[k].sentence == i {
			out = append(out, ms.mentions[k])
		}
	}
	return out
}

// mentionAt returns the index of the mention starting at token t of
// sentence si, preferring non-group mentions; -1 when none.
func (ms *mentionSet) mentionAt(si, t int) int {
	best := -1
	for _, i := range ms.startingAt(si, t) {
		m := &ms.mentions[i]
		if m.sentence == si && m.t0 == t {
			if best < 0 || ms.mentions[best].how == byGroup {
				best = i
			}
		}
	}
	return best
}

// mentionEndingAt returns the mention ending right before token t.
func (ms *mentionSet) mentionEndingAt(si, t int) int {
	best := -1
	for _, i := range ms.endingAt(si, t) {
		m := &ms.mentions[i]
		if m.sentence == si && m.t1 == t && m.how != byGroup && m.how != byPronoun {
			if best < 0 || m.t0 < ms.mentions[best].t0 {
				best = i
			}
		}
	}
	return best
}

// inSentence returns the indices of the mentions of sentence si. The index
// is rebuilt whenever mentions were added or reordered since.
func (ms *mentionSet) inSentence(si int) []int {
	if ms.sentIdx == nil || ms.idxN != len(ms.mentions) {
		ms.reindex()
	}
	if si < 0 || si >= len(ms.sentIdx) {
		return nil
	}
	return ms.sentIdx[si]
}

func (ms *mentionSet) reindex() {
	if cap(ms.sentIdx) >= len(ms.sentences) {
		ms.sentIdx = ms.sentIdx[:len(ms.sentences)]
		for i := range ms.sentIdx {
			ms.sentIdx[i] = ms.sentIdx[i][:0]
		}
	} else {
		ms.sentIdx = make([][]int, len(ms.sentences))
	}
	ms.starts = make(map[int64][]int, len(ms.mentions))
	ms.ends = make(map[int64][]int, len(ms.mentions))
	for i, m := range ms.mentions {
		if m.sentence >= 0 && m.sentence < len(ms.sentIdx) {
			ms.sentIdx[m.sentence] = append(ms.sentIdx[m.sentence], i)
		}
		ms.indexEnds(i)
	}
	ms.idxN = len(ms.mentions)
}

// indexEnds records where mention i starts and ends.
func (ms *mentionSet) indexEnds(i int) {
	m := ms.mentions[i]
	ms.starts[tokKey(m.sentence, m.t0)] = append(ms.starts[tokKey(m.sentence, m.t0)], i)
	ms.ends[tokKey(m.sentence, m.t1)] = append(ms.ends[tokKey(m.sentence, m.t1)], i)
}

// startingAt lists the mentions that start at token t of sentence si.
func (ms *mentionSet) startingAt(si, t int) []int {
	if ms.sentIdx == nil || ms.idxN != len(ms.mentions) {
		ms.reindex()
	}
	return ms.starts[tokKey(si, t)]
}

// endingAt lists the mentions that end right before token t of sentence si.
func (ms *mentionSet) endingAt(si, t int) []int {
	if ms.sentIdx == nil || ms.idxN != len(ms.mentions) {
		ms.reindex()
	}
	return ms.ends[tokKey(si, t)]
}

// partyTag says whether w is an American party-and-state tag: "R-Ohio",
// "D-Vt", "I-Maine" (the dot of an abbreviated state is a token of its own).
func partyTag(w string) bool {
	party, state, ok := strings.Cut(w, "-")
	if !ok || len(party) != 1 || !strings.Contains("RDI", party) || state == "" {
		return false
	}
	return state[0] >= 'A' && state[0] <= 'Z'
}

// isOrgWord says whether w is shaped like the name of a firm rather than a
// person: capitals run into lower case ("JPMorgan", "PwC" aside).
func isOrgWord(w string) bool {
	rs := []rune(w)
	return len(rs) > 3 && unicode.IsUpper(rs[0]) && unicode.IsUpper(rs[1]) && strings.IndexFunc(w, unicode.IsLower) > 0
}
