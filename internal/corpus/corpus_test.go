package corpus

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// generateByRegexp is Generate as it was first written, a regexp replace
// over every variant's whole text with every surname: the reference the
// generator must match byte for byte, since the crash tests compare runs
// over its output.
func generateByRegexp(testdata string, n int) ([]File, error) {
	g, err := newGenerator(testdata)
	if err != nil {
		return nil, err
	}
	out := make([]File, 0, n)
	for i := 0; i < n; i++ {
		b := g.bases[i%len(g.bases)]
		round := i / len(g.bases)
		text := b.Text
		if round > 0 {
			text = fullName.ReplaceAllStringFunc(text, func(m string) string {
				given, rest, _ := strings.Cut(m, " ")
				return g.rename(round, given, rest, m)
			})
			for _, sn := range g.surnames {
				if hash(round, "surname "+sn)%3 == 0 {
					text = g.variants[sn].ReplaceAllString(text, spellingVariant(sn))
				}
			}
			text += fmt.Sprintf("\n\n(Generated variant %d.)\n", round)
		}
		out = append(out, File{Name: fmt.Sprintf("%05d-%s", i, b.Name), Text: text})
	}
	return out, nil
}

func TestGenerateMatchesReference(t *testing.T) {
	const n = 3000
	want, err := generateByRegexp("../../testdata", n)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Generate("../../testdata", n)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != n {
		t.Fatalf("Generate gave %d articles, want %d", len(got), n)
	}
	seen := map[string]bool{}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("article %d: got %q (%d bytes), want %q (%d bytes)", i, got[i].Name, len(got[i].Text), want[i].Name, len(want[i].Text))
		}
		if seen[got[i].Text] {
			t.Fatalf("article %d (%s) repeats an earlier one's text", i, got[i].Name)
		}
		seen[got[i].Text] = true
	}
}

func TestEach(t *testing.T) {
	stop := errors.New("stop")
	for _, c := range []struct {
		name    string
		n       int
		stopAt  int // fn's error at this call; -1 never
		calls   int
		wantErr error
	}{
		{"none", 0, -1, 0, nil},
		{"all", 80, -1, 80, nil},
		{"stopped", 80, 10, 11, stop},
	} {
		t.Run(c.name, func(t *testing.T) {
			calls := 0
			err := Each("../../testdata", c.n, func(f File) error {
				calls++
				if calls-1 == c.stopAt {
					return stop
				}
				return nil
			})
			if !errors.Is(err, c.wantErr) {
				t.Fatalf("err = %v, want %v", err, c.wantErr)
			}
			if calls != c.calls {
				t.Fatalf("fn called %d times, want %d", calls, c.calls)
			}
		})
	}
}

func TestEachNoArticles(t *testing.T) {
	err := Each(t.TempDir(), 5, func(File) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "no .txt articles") {
		t.Fatalf("err = %v, want one saying there are no articles", err)
	}
}

// BenchmarkGenerate measures the generator against the whole-text regexp
// replace it replaced, per article.
func BenchmarkGenerate(b *testing.B) {
	const n = 2000
	for _, c := range []struct {
		name string
		gen  func(string, int) ([]File, error)
	}{{"each", Generate}, {"regexp", generateByRegexp}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := c.gen("../../testdata", n); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/article")
		})
	}
}

func TestWriteN(t *testing.T) {
	want, err := Generate("../../testdata", 50)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "corpus")
	size, err := WriteN("../../testdata", dir, 50)
	if err != nil {
		t.Fatal(err)
	}
	var wantSize int64
	for _, f := range want {
		b, err := os.ReadFile(filepath.Join(dir, f.Name))
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != f.Text {
			t.Fatalf("%s: the file differs from Generate's article", f.Name)
		}
		wantSize += int64(len(b))
	}
	if size != wantSize {
		t.Fatalf("WriteN says %d bytes, the files hold %d", size, wantSize)
	}
	if names, _ := os.ReadDir(dir); len(names) != 50 {
		t.Fatalf("%d files written, want 50", len(names))
	}
	// A second corpus into the same folder would mix the two.
	if _, err := WriteN("../../testdata", dir, 5); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Fatalf("second WriteN into %s: err = %v, want it refused as not empty", dir, err)
	}
}
