package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/fact"
)

// The sentences below are written for these tests; the people in them are
// made up.

var (
	testX    *Extractor
	testXErr error
	testOnce sync.Once
)

func extractor(t testing.TB) *Extractor {
	t.Helper()
	testOnce.Do(func() { testX, testXErr = New() })
	if testXErr != nil {
		t.Fatal(testXErr)
	}
	return testX
}

func run(t testing.TB, text string) fact.Facts {
	t.Helper()
	a := article.Article{ID: "t.txt", Text: text, Published: time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC)}
	f := extractor(t).Extract(a)
	checkFacts(t, a.Text, f)
	return f
}

func name(f fact.Facts, id int) string {
	if id < 0 || id >= len(f.Entities) {
		return "-"
	}
	return f.Entities[id].Name
}

// checkFacts holds for any article: spans inside the text, entity IDs
// that exist, confidences in (0, 1].
func checkFacts(t testing.TB, text string, f fact.Facts) {
	t.Helper()
	n := len(f.Entities)
	okID := func(id int, allowNone bool) bool { return id >= 0 && id < n || allowNone && id == -1 }
	okSpan := func(s fact.Span) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= len(text) }
	okEv := func(e fact.Evidence) bool {
		return okSpan(e.Span) && e.Confidence > 0 && e.Confidence <= 1 && e.Sentence >= 0
	}
	for i, e := range f.Entities {
		if e.ID != i || !okID(e.Within, true) || e.Within == i {
			t.Fatalf("entity %d: bad ID or Within: %+v", i, e)
		}
		for _, s := range e.Mentions {
			if !okSpan(s) {
				t.Fatalf("entity %d: span %v outside text", i, s)
			}
		}
	}
	for _, r := range f.Roles {
		if !okID(r.Person, false) || !okID(r.Org, true) || !okEv(r.Evidence) || r.Title == "" {
			t.Fatalf("bad role %+v", r)
		}
	}
	for _, e := range f.Events {
		for _, p := range e.Participants {
			if !okID(p, false) {
				t.Fatalf("bad event participant %+v", e)
			}
		}
		if !okID(e.Place, true) || !okEv(e.Evidence) {
			t.Fatalf("bad event %+v", e)
		}
	}
	for _, c := range f.Claims {
		if !okID(c.Speaker, false) || !okEv(c.Evidence) || c.Text == "" {
			t.Fatalf("bad claim %+v", c)
		}
		for _, a := range c.About {
			if !okID(a, false) {
				t.Fatalf("bad claim about %+v", c)
			}
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Talks Resume in Geneva\nThe envoys met. They talked.", []string{"Talks Resume in Geneva", "The envoys met.", "They talked."}},
		{"The U.S. envoy met Gen. Ivan Petrenko on Dec. 3 in Riga.", []string{"The U.S. envoy met Gen. Ivan Petrenko on Dec. 3 in Riga."}},
		{"Aid came from the U.S. The talks went on.", []string{"Aid came from the U.S.", "The talks went on."}},
		{"John Q. Public spoke.", []string{"John Q. Public spoke."}},
		{"She posted it on X. Then she left.", []string{"She posted it on X.", "Then she left."}},
		{"“We are ready.” He left. “Are you?” she asked.", []string{"“We are ready.”", "He left.", "“Are you?” she asked."}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range splitSentences(tt.text) {
			got = append(got, s.text)
			if tt.text[s.span.Start:s.span.End] != s.text {
				t.Errorf("span %v does not match text %q", s.span, s.text)
			}
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("splitSentences(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestPlacesContain(t *testing.T) {
	f := run(t, "Officials met at the Harbor Point Club in Seabrook Beach, Florida on Friday.")
	var club *fact.Entity
	for i := range f.Entities {
		if f.Entities[i].Name == "Harbor Point Club" {
			club = &f.Entities[i]
		}
	}
	if club == nil {
		t.Fatalf("no club entity in %+v", f.Entities)
	}
	var chain []string
	for id := club.Within; id >= 0 && len(chain) < 5; id = f.Entities[id].Within {
		chain = append(chain, f.Entities[id].Name)
	}
	if strings.Join(chain, ">") != "Seabrook Beach>Florida>United States" {
		t.Errorf("containment = %q", chain)
	}
}

func TestGroups(t *testing.T) {
	d := func(text string) *doc {
		x := extractor(t)
		dd := x.analyse(article.Article{Text: text})
		return dd
	}
	dd := d("U.S. envoys Robert Hale and Simon Grant met Polish negotiator Jan Nowicki. Later the U.S. envoys flew home. Both men were tired.")
	var groups [][]string
	for _, m := range dd.mentions {
		if m.how == byGroup {
			var ns []string
			for _, id := range m.members {
				ns = append(ns, dd.entities[id].Name)
			}
			groups = append(groups, ns)
		}
	}
	want := "[[Robert Hale Simon Grant] [Robert Hale Simon Grant]]"
	if got := strings.ReplaceAll(strings.Trim(strings.ReplaceAll(fmtGroups(groups), "  ", " "), " "), "  ", " "); got != want {
		t.Errorf("groups = %s, want %s", got, want)
	}
}

func TestGroupOfTwoCountries(t *testing.T) {
	x := extractor(t)
	text := "U.S. envoy Robert Hale met Polish negotiator Jan Nowicki. Senior U.S. and Polish negotiators talked for hours."
	d := x.analyse(article.Article{Text: text})
	for _, m := range d.mentions {
		if m.how == byGroup && m.sentence == 1 {
			var ns []string
			for _, id := range m.members {
				ns = append(ns, d.entities[id].Name)
			}
			if strings.Join(ns, ",") != "Robert Hale,Jan Nowicki" {
				t.Errorf("members of %q = %q", m.text, ns)
			}
			return
		}
	}
	t.Fatal("no group mention")
}

func TestPossessedGroup(t *testing.T) {
	x := extractor(t)
	text := "Polish President Ewa Nowak and Polish negotiators Jan Nowicki and Piotr Zielinski arrived. Nowak said she had briefed her negotiating team."
	d := x.analyse(article.Article{Text: text})
	for _, m := range d.mentions {
		if m.how == byGroup && m.sentence == 1 {
			var ns []string
			for _, id := range m.members {
				ns = append(ns, d.entities[id].Name)
			}
			if strings.Join(ns, ",") != "Jan Nowicki,Piotr Zielinski" {
				t.Errorf("members of %q = %q", m.text, ns)
			}
			return
		}
	}
	t.Fatal("no group mention")
}

func fmtGroups(g [][]string) string {
	var b strings.Builder
	b.WriteString("[")
	for i, ns := range g {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString("[" + strings.Join(ns, " ") + "]")
	}
	b.WriteString("]")
	return b.String()
}

func seedTexts(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Skip("no seed articles")
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

func TestSeedsHold(t *testing.T) {
	for _, text := range seedTexts(t) {
		run(t, text)
	}
}

// TestConcurrentUse checks that one Extractor shared by goroutines gives
// each of them the facts a lone caller gets (run it with -race too).
func TestConcurrentUse(t *testing.T) {
	texts := seedTexts(t)
	x := extractor(t)
	want := make([]fact.Facts, len(texts))
	for i, s := range texts {
		want[i] = x.Extract(article.Article{Text: s})
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, s := range texts {
				if got := x.Extract(article.Article{Text: s}); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("goroutine %d, seed %d: concurrent facts differ from a lone run's", g, i)
				}
			}
		}()
	}
	wg.Wait()
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"“We are ready,” Durand said.", "U.S. envoys A B and C D met.", "'", "“", "\"a\" b said", "X, chief of stafff of Y's armed forces,",
		"Hnatov, chief of staff of Kyiv's armed forces, and Umerov, secretary of Ukraine's national security council and lead negotiator, met.",
		"He said.\n\n“\n”", "The the The. U.S. U.S.", "according to", "described as “", "’s ’s 's",
		"“The war,” he said, “must end.”", "“Who?” Berg asked.", "The ministry said it. A ministry spokesman said, “ok”",
		"Berg, who, said", "On Monday,", "in a X post", "Mr. A B met Ms. C D. She said he was.",
	} {
		f.Add(s)
	}
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := article.Article{ID: "f", Text: text, Published: time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)}
		checkFacts(t, text, x.Extract(a))
	})
}

func BenchmarkExtract(b *testing.B) {
	texts := seedTexts(b)
	x := extractor(b)
	n := 0
	for _, s := range texts {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range texts {
			x.Extract(article.Article{Text: s})
		}
	}
}

func TestLexicon(t *testing.T) {
	lx := extractor(t).lx
	// Every container is itself known, so Within chains end at a country.
	for name, p := range lx.places {
		if p.within == "" {
			continue
		}
		if _, ok := lx.places[p.within]; !ok && lx.countries[p.within] == nil {
			t.Errorf("place %q is within unknown %q", name, p.within)
		}
	}
	for _, tt := range []struct {
		phrase string
		kind   lexKind
		name   string
	}{
		{"U.S.", lxCountry, "United States"},
		{"American", lxDemonym, "United States"},
		{"Kyiv", lxCapital, "Ukraine"},
		{"Washington", lxCapital, "United States"},
		{"Kremlin", lxBody, "Kremlin"},
		{"Florida", lxRegion, "Florida"},
		{"armed forces", lxGeneric, "armed forces"},
	} {
		key, _ := phraseKey(tt.phrase)
		e, ok := lx.phrases[key]
		if !ok || e.kind != tt.kind || e.name != tt.name {
			t.Errorf("lexicon %q = %+v, want kind %d name %q", tt.phrase, e, tt.kind, tt.name)
		}
	}
	if lx.countryOf("Miami") != "United States" {
		t.Errorf("countryOf(Miami) = %q", lx.countryOf("Miami"))
	}
}
