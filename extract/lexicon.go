package extract

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
)

// The lexicons are data, not code: general word lists about countries,
// places, bodies and titles. None of them names a particular person; people
// are found from how the text uses a name.
//
//go:embed lexicon/*.tsv
var lexFS embed.FS

// lexKind is what a lexicon phrase names.
type lexKind uint8

const (
	lxCountry lexKind = iota + 1 // a country by name or alias: an actor
	lxDemonym                    // "Russian": the country, as a modifier
	lxCapital                    // "Kyiv": the country as an actor, the city as a place
	lxRegion                     // a region or state: a place
	lxCity                       // a city or named site: a place
	lxBody                       // a named body: the Kremlin, NATO
	lxGeneric                    // "armed forces": a body only with a country before it
)

// lexEntry is one meaning of a lexicon phrase.
type lexEntry struct {
	kind    lexKind
	name    string // canonical name: "United States", "Kremlin", "Florida"
	country string // the country it belongs to, "" when none or unknown
	within  string // the place that contains it (places only)
	pattern string // lxGeneric: the canonical-name pattern
	exact   bool   // the phrase matches only as written ("US", not "us")
}

// titleEntry is one title or office.
type titleEntry struct {
	name  string // canonical form: "Secretary of State", "special envoy"
	class string // office, rank, role or honorific
	org   string // default org for offices of one country, else ""
	// full is the title written out for an abbreviation ("Senator" for
	// "Sen."), "" otherwise: roles carry the full title, as readers and
	// other articles name it.
	full  string
	words []string
}

// country holds what the extractor needs to know about one country.
type country struct {
	name    string
	demonym string // first demonym, "" when unknown
	region  string // continent ("Europe"), from regions.tsv; "" when unknown
}

// lexicon is the compiled, read-only form of the embedded data files.
type lexicon struct {
	phrases   map[string]lexEntry // lower-cased, space-joined tokens
	maxPhrase int
	titles    map[string]*titleEntry
	maxTitle  int
	// prefixes holds every word-prefix of a phrase or title key, so
	// matching stops as soon as no longer phrase can match.
	prefixes map[string]bool
	// titleMulti lists titles of two or more words, for fuzzy matching of
	// typos ("chief of stFFaff", "Foreign Minster").
	// titleMulti is keyed by the title's first word.
	titleMulti map[string][]*titleEntry
	// vocab holds every word of a lexicon phrase or title: a word in it is
	// spelt right, so it is never read as a misspelling of another.
	vocab     map[string]bool
	countries map[string]*country
	// regions maps a region's lower-case adjective to the region:
	// "european" -> "Europe" (regions.tsv).
	regions map[string]string
	// regionOut lists, per region, the countries its adjective leaves out.
	regionOut map[string][]string
	places    map[string]lexEntry // canonical place name -> its entry
	// words maps a word of lexicon/words.tsv to the lists it is on.
	words map[string]lexSet
	// heads maps a country to the lower-cased offices that head its state
	// or government ("president", "prime minister").
	heads map[string]map[string]bool
}

// is says whether word is on one of the word lists c names.
func (lx *lexicon) is(c lexClass, word string) bool { return lx.words[word].has(c) }

func readTSV(name string, fn func(cols []string) error) error {
	f, err := lexFS.Open("lexicon/" + name)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if err := fn(cols); err != nil {
			return fmt.Errorf("lexicon/%s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

func col(cols []string, i int) string {
	if i < len(cols) {
		return strings.TrimSpace(cols[i])
	}
	return ""
}

func splitBar(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// phraseKey is the lookup key of a phrase: its tokens, lower-cased.
func phraseKey(s string) (string, int) {
	toks := tokenize(s, 0)
	parts := make([]string, 0, len(toks))
	for _, t := range toks {
		parts = append(parts, t.lower)
	}
	return strings.Join(parts, " "), len(toks)
}

// isExactForm says whether a phrase must match case-sensitively: short
// all-capital forms such as "US" or "UN" are also ordinary words.
func isExactForm(s string) bool {
	if len(s) > 4 {
		return false
	}
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
	}
	return true
}

// add records a phrase unless a stronger meaning holds it already: files
// are read from the strongest (countries) to the weakest (generated places).
func (lx *lexicon) add(phrase string, e lexEntry) {
	key, n := phraseKey(phrase)
	if key == "" {
		return
	}
	e.exact = isExactForm(phrase)
	if _, ok := lx.phrases[key]; ok {
		return
	}
	lx.phrases[key] = e
	lx.addPrefixes(key)
	if n > lx.maxPhrase {
		lx.maxPhrase = n
	}
}

func loadLexicon() (*lexicon, error) {
	lx := &lexicon{
		phrases:    map[string]lexEntry{},
		titles:     map[string]*titleEntry{},
		countries:  map[string]*country{},
		places:     map[string]lexEntry{},
		prefixes:   map[string]bool{},
		words:      map[string]lexSet{},
		titleMulti: map[string][]*titleEntry{},
	}
	var filled lexSet
	err := readTSV("words.tsv", func(c []string) error {
		class, ok := lexClasses[col(c, 0)]
		if !ok {
			return fmt.Errorf("unknown word class %q", col(c, 0))
		}
		filled.add(class)
		for _, w := range strings.Fields(col(c, 1)) {
			set := lx.words[w]
			set.add(class)
			if joinsReporting(class) {
				set.add(lcReporting)
			}
			lx.words[w] = set
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for name, c := range lexClasses {
		if !filled.has(c) {
			return nil, fmt.Errorf("lexicon/words.tsv: word class %q has no words", name)
		}
	}
	// Places first into a side table, so country aliases that are cities
	// ("Kyiv", "Moscow") can be told to be capitals.
	type placeRow struct{ name, kind, within string }
	var placeRows []placeRow
	placeAliases := map[string][]string{}
	for _, file := range []string{"places_extra.tsv", "places.tsv"} {
		err = readTSV(file, func(c []string) error {
			name := col(c, 0)
			if name == "" {
				return fmt.Errorf("empty place name")
			}
			if _, ok := lx.places[name]; ok {
				return nil
			}
			k := lxCity
			if col(c, 1) == "region" {
				k = lxRegion
			}
			lx.places[name] = lexEntry{kind: k, name: name, within: col(c, 2)}
			placeRows = append(placeRows, placeRow{name, col(c, 1), col(c, 2)})
			placeAliases[name] = splitBar(col(c, 3))
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	err = readTSV("countries.tsv", func(c []string) error {
		name := col(c, 0)
		if name == "" {
			return fmt.Errorf("empty country name")
		}
		dems := splitBar(col(c, 3))
		ct := &country{name: name}
		if len(dems) > 0 {
			ct.demonym = dems[0]
		}
		lx.countries[name] = ct
		lx.add(name, lexEntry{kind: lxCountry, name: name, country: name})
		for _, a := range splitBar(col(c, 2)) {
			if p, ok := lx.places[a]; ok {
				lx.add(a, lexEntry{kind: lxCapital, name: name, country: name, within: p.within})
				continue
			}
			lx.add(a, lexEntry{kind: lxCountry, name: name, country: name})
		}
		for _, d := range dems {
			lx.add(d, lexEntry{kind: lxDemonym, name: name, country: name})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	lx.regions, lx.regionOut = map[string]string{}, map[string][]string{}
	err = readTSV("regions.tsv", func(c []string) error {
		switch col(c, 0) {
		case "demonym":
			lx.regions[strings.ToLower(col(c, 1))] = col(c, 2)
			lx.regionOut[col(c, 2)] = splitBar(col(c, 3))
		case "country":
			ct := lx.countries[col(c, 1)]
			if ct == nil {
				return fmt.Errorf("%q is not a country of countries.tsv", col(c, 1))
			}
			ct.region = col(c, 2)
		default:
			return fmt.Errorf("want demonym or country, not %q", col(c, 0))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV("bodies.tsv", func(c []string) error {
		name := col(c, 0)
		e := lexEntry{kind: lxBody, name: name, country: col(c, 1)}
		lx.add(name, e)
		for _, a := range splitBar(col(c, 2)) {
			lx.add(a, e)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV("generic.tsv", func(c []string) error {
		lx.add(col(c, 0), lexEntry{kind: lxGeneric, name: col(c, 0), pattern: col(c, 1)})
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, p := range placeRows {
		k := lxCity
		if p.kind == "region" {
			k = lxRegion
		}
		e := lexEntry{kind: k, name: p.name, within: p.within, country: lx.countryOf(p.name)}
		lx.add(p.name, e)
		for _, a := range placeAliases[p.name] {
			lx.add(a, e)
		}
	}
	lx.heads = map[string]map[string]bool{}
	err = readTSV("heads.tsv", func(c []string) error {
		name := col(c, 0)
		if lx.countries[name] == nil {
			return fmt.Errorf("unknown country %q", name)
		}
		set := map[string]bool{}
		for _, t := range splitBar(col(c, 1)) {
			set[strings.ToLower(t)] = true
		}
		lx.heads[name] = set
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV("titles.tsv", func(c []string) error {
		t := &titleEntry{name: col(c, 0), class: col(c, 1), org: col(c, 2), full: col(c, 3)}
		key, n := phraseKey(t.name)
		t.words = strings.Split(key, " ")
		if _, ok := lx.titles[key]; ok {
			return nil
		}
		lx.titles[key] = t
		lx.addPrefixes(key)
		if strings.HasSuffix(key, "s") {
			lx.addPrefixes(key)
		} else {
			lx.addPrefixes(key + "s")
		}
		if n > lx.maxTitle {
			lx.maxTitle = n
		}
		if n >= 2 {
			lx.titleMulti[t.words[0]] = append(lx.titleMulti[t.words[0]], t)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	lx.vocab = map[string]bool{}
	for k := range lx.prefixes {
		for _, w := range strings.Fields(k) {
			lx.vocab[w] = true
		}
	}
	return lx, nil
}

// known says whether a name is a lexicon phrase: a country, place, body
// or generic body, not a firm the text alone names.
func (lx *lexicon) known(name string) bool {
	key, _ := phraseKey(name)
	if _, ok := lx.phrases[key]; ok {
		return true
	}
	return lx.countries[name] != nil
}

// mayHold says whether country c may have an office of that name: false
// only for a head-of-state or -government office heads.tsv does not list
// for a country it lists ("President" in the United Kingdom).
func (lx *lexicon) mayHold(c, office string) bool {
	set, ok := lx.heads[c]
	if !ok {
		return true
	}
	o := strings.ToLower(office)
	if set[o] {
		return true
	}
	for _, hs := range lx.heads {
		if hs[o] {
			return false // a head's office, not this country's
		}
	}
	return true
}

// countryOf follows a place's containers up to its country, "" when none.
func (lx *lexicon) countryOf(place string) string {
	for i := 0; i < 6 && place != ""; i++ {
		if _, ok := lx.countries[place]; ok {
			return place
		}
		p, ok := lx.places[place]
		if !ok {
			return ""
		}
		place = p.within
	}
	return ""
}

func (lx *lexicon) addPrefixes(key string) {
	for i := 0; i < len(key); i++ {
		if key[i] == ' ' {
			lx.prefixes[key[:i]] = true
		}
	}
	lx.prefixes[key] = true
}

// longestMatches returns the lengths n (longest first) for which the
// tokens from i form a known key prefix; the caller checks the maps.
func (lx *lexicon) candidateLengths(toks []token, i, max int, buf []int) []int {
	buf = buf[:0]
	if i >= len(toks) || !lx.prefixes[toks[i].lower] {
		return buf
	}
	var b strings.Builder
	for n := 1; n <= max && i+n <= len(toks); n++ {
		if n > 1 {
			b.WriteByte(' ')
		}
		b.WriteString(toks[i+n-1].lower)
		if !lx.prefixes[b.String()] {
			// A plural title ("envoys") has its own prefix entry.
			break
		}
		buf = append(buf, n)
	}
	for l, r := 0, len(buf)-1; l < r; l, r = l+1, r-1 {
		buf[l], buf[r] = buf[r], buf[l]
	}
	return buf
}

// startsTitle reports whether the lower-cased word w is a title of one word
// ("chairman") or a hyphenated one ("vice-president").
func (lx *lexicon) startsTitle(w string) bool {
	first, rest, hyphen := strings.Cut(w, "-") // "vice-president"
	return lx.titles[w] != nil || hyphen && rest != "" && len(lx.titleMulti[first]) > 0
}
