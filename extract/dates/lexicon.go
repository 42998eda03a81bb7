package dates

import (
	"bufio"
	"embed"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/*.txt
var dataFS embed.FS

// Flags on a lexicon word.
const (
	fFuture       uint16 = 1 << iota // a one-word future marker
	fPast                            // a one-word past marker
	fNotPast                         // an "-ed" word that is not past tense
	fYearContext                     // a bare year may follow
	fMonthContext                    // a bare month name may follow
	fPairStart                       // first word of a two-word future marker
	fClause                          // starts a new clause
	fParticiple                      // an "-ed" word after it is no past verb
)

// entry is what the lexicon knows about one lower-case word.
type entry struct {
	w       string // the word, lower case (the map key, shared, no allocation)
	month   int8   // 1..12, or 0
	abbrev  bool   // month abbreviation ("dec")
	weekday int8   // time.Weekday+1, or 0
	num     int8   // number word value, -1 for "few"/"several", 0 for none
	flags   uint16
}

// lexicon is the read-only word table built once from the embedded data files.
type lexicon struct {
	words   map[string]uint16 // index+1 into entries
	entries []*entry
	// futurePairs holds two-word future markers as "first second".
	futurePairs map[string]bool
	// notDates holds two-word names that are not dates ("Good Friday").
	notDates map[string]bool
	maxLen   int
}

// lex returns the shared lexicon, built on first use.
var lex = sync.OnceValue(func() *lexicon { return newLexicon(dataFS) })

func newLexicon(fsys embed.FS) *lexicon {
	l := &lexicon{words: map[string]uint16{}, futurePairs: map[string]bool{}, notDates: map[string]bool{}}
	get := func(w string) *entry {
		if n := l.words[w]; n != 0 {
			return l.entries[n-1]
		}
		e := &entry{w: w}
		l.entries = append(l.entries, e)
		l.words[w] = uint16(len(l.entries))
		if len(w) > l.maxLen {
			l.maxLen = len(w)
		}
		return e
	}
	lines := func(name string, fn func(fields []string)) {
		b, err := fsys.ReadFile("data/" + name)
		if err != nil {
			panic("dates: missing embedded " + name) // a build defect, not input
		}
		sc := bufio.NewScanner(strings.NewReader(string(b)))
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" || line[0] == '#' {
				continue
			}
			fn(strings.Fields(strings.ToLower(line)))
		}
	}
	atoi := func(s string) int {
		n, err := strconv.Atoi(s)
		if err != nil {
			panic("dates: bad number in data file: " + s)
		}
		return n
	}
	lines("months.txt", func(f []string) {
		n := atoi(f[0])
		for i, w := range f[1:] {
			e := get(w)
			e.month = int8(n)
			e.abbrev = i > 0
		}
	})
	lines("weekdays.txt", func(f []string) {
		n := atoi(f[0])
		for _, w := range f[1:] {
			get(w).weekday = int8(n + 1)
		}
	})
	lines("numbers.txt", func(f []string) { get(f[0]).num = int8(atoi(f[1])) })
	lines("future.txt", func(f []string) {
		if len(f) == 1 {
			get(f[0]).flags |= fFuture
			return
		}
		get(f[0]).flags |= fPairStart
		get(f[1])
		l.futurePairs[f[0]+" "+f[1]] = true
	})
	lines("past.txt", func(f []string) { get(f[0]).flags |= fPast })
	// Listing a word is enough to keep it from the "-ed" rule.
	lines("notpast.txt", func(f []string) { get(f[0]).flags |= fNotPast })
	lines("yearcontext.txt", func(f []string) { get(f[0]).flags |= fYearContext })
	lines("monthcontext.txt", func(f []string) { get(f[0]).flags |= fMonthContext })
	lines("notdates.txt", func(f []string) {
		if len(f) == 2 {
			get(f[0])
			get(f[1])
			l.notDates[f[0]+" "+f[1]] = true
		}
	})
	lines("clause.txt", func(f []string) { get(f[0]).flags |= fClause })
	lines("participle.txt", func(f []string) { get(f[0]).flags |= fParticiple })
	lines("keywords.txt", func(f []string) { get(f[0]) })
	return l
}

// lookup returns the entry index+1 of word w (any case), or 0; it does not
// allocate.
func (l *lexicon) lookup(w string) uint16 {
	var buf [32]byte
	if len(w) > l.maxLen || len(w) == 0 || len(w) > len(buf) {
		return 0
	}
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return l.words[string(b)]
}
