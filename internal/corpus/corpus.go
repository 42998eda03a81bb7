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
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
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
// originals first, then variants in rounds.
func Generate(testdata string, n int) ([]File, error) {
	var bases []File
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
			bases = append(bases, File{Name: d + "-" + filepath.Base(p), Text: string(b)})
		}
	}
	if len(bases) == 0 {
		return nil, fmt.Errorf("corpus: no .txt articles under %s", testdata)
	}
	givens, surnames, err := names(testdata)
	if err != nil {
		return nil, err
	}
	variants := map[string]*regexp.Regexp{}
	for _, sn := range surnames {
		if spellingVariant(sn) != "" {
			variants[sn] = regexp.MustCompile(`\b` + regexp.QuoteMeta(sn) + `\b`)
		}
	}
	isGiven := map[string]bool{}
	for _, g := range givens {
		isGiven[g] = true
	}
	out := make([]File, 0, n)
	for i := 0; len(out) < n; i++ {
		b := bases[i%len(bases)]
		round := i / len(bases)
		text := b.Text
		if round > 0 {
			text = fullName.ReplaceAllStringFunc(text, func(m string) string {
				g, rest, _ := strings.Cut(m, " ")
				if !isGiven[g] {
					return m
				}
				h := hash(round, g)
				switch h % 6 {
				case 0, 1, 2:
					return m
				case 3:
					// Named by the surname alone all through: the person
					// is whoever other articles make of it.
					return rest
				}
				return givens[(h/6)%uint64(len(givens))] + " " + rest
			})
			for _, sn := range surnames {
				if re := variants[sn]; re != nil && hash(round, "surname "+sn)%3 == 0 {
					text = re.ReplaceAllString(text, spellingVariant(sn))
				}
			}
			// The round number makes each variant's content distinct even
			// where no name changed.
			text += fmt.Sprintf("\n\n(Generated variant %d.)\n", round)
		}
		out = append(out, File{Name: fmt.Sprintf("%05d-%s", i, b.Name), Text: text})
	}
	return out, nil
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
