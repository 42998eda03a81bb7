package dates

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/olebedev/when"
	"github.com/olebedev/when/rules/common"
	"github.com/olebedev/when/rules/en"
)

// The comparison with github.com/olebedev/when, the library the issue asked
// to try: TestCompareWhen scores both on the rows of findCases, and
// BenchmarkFind / BenchmarkWhen measure both on testdata/corpus.txt, so the
// ratio comes from one run.

func newWhen() *when.Parser {
	w := when.New(nil)
	w.Add(en.All...)
	w.Add(common.All...)
	return w
}

// whenAll runs when over text until it finds nothing more, as Find does.
func whenAll(w *when.Parser, text string, ref time.Time) []*when.Result {
	var out []*when.Result
	off := 0
	for off < len(text) {
		r, err := w.Parse(text[off:], ref)
		if err != nil || r == nil {
			break
		}
		r.Index += off
		out = append(out, r)
		next := r.Index + len(r.Text)
		if next <= off {
			next = off + 1
		}
		off = next
	}
	return out
}

func parseDay(s string) time.Time {
	t, _ := time.Parse("2006-01-02", s)
	return t
}

// TestCompareWhen scores Find and when on the table. A positive row (one
// expected mention with a reference date) is right when the first date found
// is the expected day, or, for a span, when From..To is the span; when returns
// one instant, so for a span it is counted right only in the lenient score,
// where any day inside the span passes. A negative row is right when nothing
// is found.
func TestCompareWhen(t *testing.T) {
	w := newWhen()
	var rows, findStrict, whenStrict, whenLenient, negRows, findNeg, whenNeg int
	for _, c := range findCases {
		if c.ref.IsZero() {
			continue
		}
		if len(c.want) == 0 {
			negRows++
			if len(Find(c.text, c.ref)) == 0 {
				findNeg++
			}
			if len(whenAll(w, c.text, c.ref)) == 0 {
				whenNeg++
			} else if testing.Verbose() {
				t.Logf("when false date: %q", c.text)
			}
			continue
		}
		if len(c.want) != 1 {
			continue
		}
		rows++
		lo, hi, _ := strings.Cut(c.want[0].dates, "..")
		from := parseDay(lo)
		to := from
		if hi != "" {
			to = parseDay(hi)
		}
		if got := Find(c.text, c.ref); len(got) > 0 && got[0].From.Equal(from) && got[0].To.Equal(to) {
			findStrict++
		}
		rs := whenAll(w, c.text, c.ref)
		if len(rs) == 0 {
			if testing.Verbose() {
				t.Logf("when missed: %q", c.text)
			}
			continue
		}
		y, m, d := rs[0].Time.Date()
		wd := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		if hi == "" && wd.Equal(from) {
			whenStrict++
		}
		if !wd.Before(from) && !wd.After(to) {
			whenLenient++
		} else if testing.Verbose() {
			t.Logf("when wrong: %q -> %q %s, want %s", c.text, rs[0].Text, wd.Format("2006-01-02"), c.want[0].dates)
		}
	}
	t.Logf("positive rows %d: Find %d right; when %d strict, %d lenient (a day inside the span)", rows, findStrict, whenStrict, whenLenient)
	t.Logf("negative rows %d: Find %d clean; when %d clean", negRows, findNeg, whenNeg)
	if findStrict != rows || findNeg != negRows {
		t.Errorf("Find is not right on every row of its own table")
	}
}

// readCorpus returns the sentences of testdata/corpus.txt and their size.
func readCorpus(tb testing.TB) ([]string, int64) {
	f, err := os.Open("testdata/corpus.txt")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var lines []string
	var n int64
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lines = append(lines, line)
		n += int64(len(line))
	}
	return lines, n
}

// BenchmarkFind measures Find over a corpus of news sentences.
func BenchmarkFind(b *testing.B) {
	lines, n := readCorpus(b)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			Find(l, sat)
		}
	}
}

// BenchmarkWhen measures olebedev/when (en and common rules) over the same
// corpus, finding every expression as Find does.
func BenchmarkWhen(b *testing.B) {
	lines, n := readCorpus(b)
	w := newWhen()
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			whenAll(w, l, sat)
		}
	}
}
