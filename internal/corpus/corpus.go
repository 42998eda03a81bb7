// Package corpus generates a deterministic corpus of distinct news articles
// from the repository's test articles, for the crash and determinism tests:
// each variant of an article gives some of its people other given names, so
// that across the corpus one surname belongs to several people, names some by
// their surname alone, which is then ambiguous, and spells some surnames another way (Hnatov, Hnatow;
// Zelenskyy, Zelensky), so that a person comes to be known by a surname
// after others are: the cases cross-article resolution has to decide.
package corpus

import (
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// File is one generated article: a file name and its text.
type File struct {
	Name string
	Text string
}

// baseDirs are the folders, under the repository's testdata, whose .txt
// articles the corpus varies.
var baseDirs = []string{"seeds", "entities", "heldout", "heldout-unseen"}

// seedGivens are given names of the seed articles, whose gold is not kept in
// the repository.
var seedSurnames = []string{"Witkoff", "Kushner", "Umerov", "Hnatov", "Putin", "Ushakov", "Rubio", "Zelenskyy", "Zelensky", "Macron", "Trump", "Starmer", "Merz"}

var seedGivens = []string{"Steven", "Steve", "Jared", "Rustem", "Andri", "Andriy", "Vladimir", "Yuri", "Marco", "Emmanuel", "Volodymyr", "Donald", "Keir", "Friedrich"}

// notGiven are first words of gold names that are titles, not given names.
var notGiven = map[string]bool{"Brigadier": true, "Colonel": true, "Dr": true, "Gov.": true, "General": true, "Mr.": true, "Ms.": true, "Sen.": true, "Rep.": true, "President": true, "Prime": true, "Al": true, "Abu": true, "He": true}

var fullName = regexp.MustCompile(`\b(\p{Lu}[\p{Ll}'-]+) (\p{Lu}[\p{L}'-]+)`)

// Generate returns n distinct articles made from the .txt articles under
// testdata (the repository's testdata folder), the same on every call: the
// originals first, then variants in rounds. It holds them all: for a large
// corpus use Each.
func Generate(testdata string, n int) ([]File, error) {
	out := make([]File, 0, n)
	err := Each(testdata, n, func(f File) error {
		out = append(out, f)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Each calls fn with the n articles Generate returns, in the same order, one
// at a time, so that a corpus of 100,000 articles is never in memory at
// once. An error from fn stops it and is returned.
func Each(testdata string, n int, fn func(File) error) error {
	g, err := newGenerator(testdata)
	if err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		if err := fn(g.article(i)); err != nil {
			return err
		}
	}
	return nil
}

// base is one test article with what its variants depend on found once:
// the full names (which the variants rewrite) and the surnames with another
// spelling that occur in it.
type base struct {
	File
	names    [][]int // fullName's submatch indices in Text
	surnames []string
}

type generator struct {
	bases    []base
	givens   []string
	isGiven  map[string]bool
	variants map[string]*regexp.Regexp
	surnames []string // those with a spelling variant, in sorted order
}

func newGenerator(testdata string) (*generator, error) {
	var files []File
	for _, d := range baseDirs {
		paths, err := filepath.Glob(filepath.Join(testdata, d, "*.txt"))
		if err != nil {
			return nil, fmt.Errorf("corpus: %w", err)
		}
		sort.Strings(paths)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				return nil, fmt.Errorf("corpus: %w", err)
			}
			files = append(files, File{Name: d + "-" + filepath.Base(p), Text: string(b)})
		}
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("corpus: no .txt articles under %s", testdata)
	}
	givens, surnames, err := names(testdata)
	if err != nil {
		return nil, err
	}
	g := &generator{givens: givens, isGiven: map[string]bool{}, variants: map[string]*regexp.Regexp{}}
	for _, s := range givens {
		g.isGiven[s] = true
	}
	for _, sn := range surnames {
		if spellingVariant(sn) != "" {
			g.variants[sn] = regexp.MustCompile(`\b` + regexp.QuoteMeta(sn) + `\b`)
			g.surnames = append(g.surnames, sn)
		}
	}
	for _, f := range files {
		b := base{File: f, names: fullName.FindAllStringSubmatchIndex(f.Text, -1)}
		b.surnames = g.surnamesIn(f.Text)
		g.bases = append(g.bases, b)
	}
	return g, nil
}

// surnamesIn are the surnames with a spelling variant that a variant of
// text can hold: those in it, those a given name put in can be, and those
// the respelling of another makes. The others need no regexp run.
func (g *generator) surnamesIn(text string) []string {
	in := map[string]bool{}
	for changed := true; changed; {
		changed = false
		for _, sn := range g.surnames {
			if in[sn] {
				continue
			}
			re := g.variants[sn]
			hit := g.isGiven[sn] || re.MatchString(text)
			for o := range in {
				hit = hit || re.MatchString(spellingVariant(o))
			}
			if hit {
				in[sn] = true
				changed = true
			}
		}
	}
	var out []string
	for _, sn := range g.surnames {
		if in[sn] {
			out = append(out, sn)
		}
	}
	return out
}

// article is the i-th article of the corpus.
func (g *generator) article(i int) File {
	b := g.bases[i%len(g.bases)]
	round := i / len(g.bases)
	text := b.Text
	if round > 0 {
		// The full names were found once in the base; what replaces each
		// depends only on the round and the name, as a regexp replace
		// over the text would give.
		var sb strings.Builder
		sb.Grow(len(text) + 64)
		last := 0
		for _, m := range b.names {
			sb.WriteString(text[last:m[0]])
			sb.WriteString(g.rename(round, text[m[2]:m[3]], text[m[4]:m[5]], text[m[0]:m[1]]))
			last = m[1]
		}
		sb.WriteString(text[last:])
		text = sb.String()
		for _, sn := range b.surnames {
			if hash(round, "surname "+sn)%3 == 0 {
				text = g.variants[sn].ReplaceAllString(text, spellingVariant(sn))
			}
		}
		// The round number makes each variant's content distinct even
		// where no name changed.
		text += fmt.Sprintf("\n\n(Generated variant %d.)\n", round)
	}
	return File{Name: fmt.Sprintf("%05d-%s", i, b.Name), Text: text}
}

// rename is what a full name m (given name, then the rest) becomes in a
// round: itself, the surname alone, or another given name.
func (g *generator) rename(round int, given, rest, m string) string {
	if !g.isGiven[given] {
		return m
	}
	h := hash(round, given)
	switch h % 6 {
	case 0, 1, 2:
		return m
	case 3:
		// Named by the surname alone all through: the person is whoever
		// other articles make of it.
		return rest
	}
	return g.givens[(h/6)%uint64(len(g.givens))] + " " + rest
}

// Write writes files into dir, creating it.
func Write(dir string, files []File) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f.Name), []byte(f.Text), 0o644); err != nil {
			return fmt.Errorf("corpus: %w", err)
		}
	}
	return nil
}

// WriteN writes the n articles of Generate into dir, one file each, as
// they are made (on every core), and returns the bytes written. dir is
// created; one that already holds files is refused, so that two corpora are
// never mixed.
func WriteN(testdata, dir string, n int) (int64, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, fmt.Errorf("corpus: %w", err)
	}
	if names, err := os.ReadDir(dir); err != nil {
		return 0, fmt.Errorf("corpus: %w", err)
	} else if len(names) > 0 {
		return 0, fmt.Errorf("corpus: %s is not empty (%d entries): write a corpus into a new folder", dir, len(names))
	}
	g, err := newGenerator(testdata)
	if err != nil {
		return 0, err
	}
	workers := runtime.GOMAXPROCS(0)
	var size atomic.Int64
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < n; i += workers {
				f := g.article(i)
				if err := os.WriteFile(filepath.Join(dir, f.Name), []byte(f.Text), 0o644); err != nil {
					errs[w] = fmt.Errorf("corpus: %w", err)
					return
				}
				size.Add(int64(len(f.Text)))
			}
		})
	}
	wg.Wait()
	return size.Load(), errors.Join(errs...)
}

func hash(round int, s string) uint64 {
	h := fnv.New64a()
	fmt.Fprintf(h, "%d\x00%s", round, s)
	return h.Sum64()
}

// spellingVariant is another spelling of a surname, as transliterations
// differ, or "" for none.
func spellingVariant(s string) string {
	switch {
	case strings.HasSuffix(s, "yy"), strings.HasSuffix(s, "iy"):
		return s[:len(s)-1]
	case strings.HasSuffix(s, "sky"), strings.HasSuffix(s, "ski"):
		return s + "y"
	case strings.HasSuffix(s, "ov"), strings.HasSuffix(s, "ev"):
		return s[:len(s)-1] + "w"
	case strings.HasSuffix(s, "ska"):
		return s + "ya"
	case strings.HasSuffix(s, "off"):
		return s[:len(s)-1]
	}
	return ""
}

// names are the first and the last words of the people's full names in the
// gold files under testdata, with the seeds' names, each sorted.
func names(testdata string) (givens, surnames []string, err error) {
	set := map[string]bool{}
	last := map[string]bool{}
	for _, g := range seedGivens {
		set[g] = true
	}
	for _, g := range seedSurnames {
		last[g] = true
	}
	paths, err := filepath.Glob(filepath.Join(testdata, "*", "gold", "*.json"))
	if err != nil {
		return nil, nil, fmt.Errorf("corpus: %w", err)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, nil, fmt.Errorf("corpus: %w", err)
		}
		var gold struct {
			Entities map[string]struct {
				Type  string   `json:"type"`
				Names []string `json:"names"`
			} `json:"entities"`
		}
		if err := json.Unmarshal(b, &gold); err != nil {
			return nil, nil, fmt.Errorf("corpus: %s: %w", p, err)
		}
		for _, e := range gold.Entities {
			if e.Type != "person" {
				continue
			}
			for _, name := range e.Names {
				if w := strings.Fields(name); len(w) >= 2 && !notGiven[w[0]] {
					set[w[0]] = true
					last[w[len(w)-1]] = true
				}
			}
		}
	}
	return sorted(set), sorted(last), nil
}

func sorted(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
