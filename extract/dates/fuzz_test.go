package dates

import (
	"testing"
	"time"
)

// FuzzFind checks that Find never panics and that every Mention is well
// formed: 0 <= Start < End <= len(text), Text == text[Start:End], From <= To,
// mentions in text order without overlap, and From/To both set or both zero.
func FuzzFind(f *testing.F) {
	for _, c := range findCases {
		f.Add(c.text, int64(0))
	}
	lines, _ := readCorpus(f)
	for _, l := range lines {
		f.Add(l, sat.Unix())
	}
	f.Add("Dec. 30-Jan. 2, 2026 and Feb. 29-Mar. 1 and 2024-02-30", sat.Unix())
	f.Add("between December 31 and January 1, 0999 (Monday (December 8))", int64(-62135596800))
	f.Add("\xff\xfeMonday\u2019s \u2013 mid-May 2,025 1999-2 9999", int64(253402300799))
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		var ref time.Time
		if unix != 0 {
			ref = time.Unix(unix, 0).UTC()
		}
		prev := 0
		for _, m := range Find(text, ref) {
			if m.Start < prev || m.Start >= m.End || m.End > len(text) {
				t.Fatalf("bad offsets %d..%d (previous end %d, len %d) in %q", m.Start, m.End, prev, len(text), text)
			}
			prev = m.End
			if m.Text != text[m.Start:m.End] {
				t.Fatalf("Text %q != text[%d:%d] %q", m.Text, m.Start, m.End, text[m.Start:m.End])
			}
			if m.To.Before(m.From) {
				t.Fatalf("%q: To %v before From %v", m.Text, m.To, m.From)
			}
			if m.From.IsZero() != m.To.IsZero() {
				t.Fatalf("%q: only one of From/To set", m.Text)
			}
			if !m.Relative && m.Resolved() == false && !ref.IsZero() {
				t.Fatalf("%q: absolute mention left unresolved", m.Text)
			}
		}
	})
}
