package article

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

const seeds = "../testdata/seeds"

func one(t *testing.T, path string) Article {
	t.Helper()
	var got []Article
	for a, err := range ReadFile(path) {
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		got = append(got, a)
	}
	if len(got) != 1 {
		t.Fatalf("%s: %d articles, want 1", path, len(got))
	}
	return got[0]
}

func TestSeeds(t *testing.T) {
	for _, c := range []struct {
		file, title, dateline, byline, published, url string
		kept, gone                                    []string
	}{
		{file: "000_ac11da09df880f41.txt", title: "Progress Made in US-Ukraine Peace Talks", dateline: "Miami", published: "2025-12-06",
			kept: []string{"US says progress made at talks", "Senior U.S. and Ukrainian negotiators met", "Next Steps and Outlook"}},
		{file: "001_657abb0446d44770.txt", title: "US, Ukraine Discuss Peace, But No Immediate Breakthroughs Seen In Miami Talks", byline: "RFE/RL", published: "2025-12-06",
			url:  "https://www.rferl.org/a/ukraine-peace-plan-witkoff-kushner-putin-zelenskyy-miami/33614965.html",
			kept: []string{"met for a third straight day", "Ryazan oil refinery"}, gone: []string{"NEWSLETTER", "mailing list", "Copyright", "Source:", "|"}},
		{file: "002_953fb1e6c6631d5d.txt", title: "US–Ukraine Hold Third Day Of Miami Talks As Starmer Prepares To Host Zelenskyy Amid Intensifying Push For War-End Framework",
			kept: []string{"reflecting a pivotal moment in the wider diplomatic push over the war.", "What was the focus of the Miami talks?"}, gone: []string{"Image courtesy"}},
		{file: "003_60eceb707a1ab7b1.txt", title: "US and Ukraine officials meet in Florida to discuss proposals for ending war", dateline: "London, UK", published: "2025-12-01",
			kept: []string{"Headline Points", "Moscow Visit Imminent:"}},
		{file: "004_c9af43d9195d84ef.txt", title: "High-Stakes Diplomacy in Miami as Peace Talks Continue",
			kept: []string{"US and Ukrainian officials continue peace talks in Miami", "analysis of the peace process from USA Today."}, gone: []string{"Nederlands", "Português", "Deutsch"}},
	} {
		t.Run(c.file, func(t *testing.T) {
			a := one(t, filepath.Join(seeds, c.file))
			if a.ID != c.file || a.Format != "txt" {
				t.Errorf("ID %q format %q", a.ID, a.Format)
			}
			if a.Title != c.title {
				t.Errorf("title %q, want %q", a.Title, c.title)
			}
			if a.Dateline != c.dateline || a.Byline != c.byline || a.URL != c.url {
				t.Errorf("dateline %q byline %q url %q, want %q %q %q", a.Dateline, a.Byline, a.URL, c.dateline, c.byline, c.url)
			}
			pub := ""
			if !a.Published.IsZero() {
				pub = a.Published.Format("2006-01-02")
			}
			if pub != c.published {
				t.Errorf("published %q, want %q (no date is taken from running text)", pub, c.published)
			}
			if strings.Contains(a.Text, a.Title+"\n") || strings.HasPrefix(a.Text, a.Title) {
				t.Error("the headline is in the body")
			}
			for _, k := range c.kept {
				if !strings.Contains(a.Text, k) {
					t.Errorf("body lost %q", k)
				}
			}
			for _, g := range c.gone {
				if strings.Contains(a.Text, g) {
					t.Errorf("furniture %q left in the body", g)
				}
			}
		})
	}
}

func write(t *testing.T, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name string
		data []byte
		want error
		msg  string
	}{
		{"empty.txt", nil, ErrEmpty, "empty"},
		{"blank.txt", []byte(" \n\t\n"), ErrEmpty, "empty"},
		{"binary.txt", []byte("GIF89a\x01\x00\x00\x00"), ErrBinary, "offset 7"},
		{"latin1.txt", []byte("Headline\n\nCaf\xe9 society gathers."), ErrInvalidUTF8, "offset 13"},
		{"headline-only.txt", []byte("Just a headline\n"), ErrNoText, "no text"},
		{"empty.jsonl", []byte("\n\n"), ErrEmpty, "empty"},
		{"big.txt", append([]byte("Headline\n\n"), []byte(strings.Repeat("word ", MaxBytes/5+10))...), ErrTooLarge, "16 MiB"},
	} {
		p := write(t, dir, c.name, c.data)
		n := 0
		for _, err := range ReadFile(p) {
			n++
			var e *Error
			if !errors.Is(err, c.want) || !errors.As(err, &e) || e.Path != p || !strings.Contains(err.Error(), p) || !strings.Contains(err.Error(), c.msg) {
				t.Errorf("%s: got %v, want %v naming the file and %q", c.name, err, c.want, c.msg)
			}
		}
		if n != 1 {
			t.Errorf("%s: %d results, want one error", c.name, n)
		}
	}
}

func TestJSONLines(t *testing.T) {
	p := write(t, t.TempDir(), "feed.jsonl", []byte(strings.Join([]string{
		`{"id":"a1","url":"https://example.org/a1","title":"Ministers meet","date":"2025-03-03T08:00:00Z","text":"Foreign Minister Lena Brandt met Tomas Varga.\nThey spoke for an hour."}`,
		``,
		`{"id": 7, "title":"No date","text":"Tomas Varga said little."}`,
		`{"title":"No id","url":"https://example.org/x","date":"March 4, 2025","text":"PRAGUE, March 4, 2025 — Officials met."}`,
		`{"id":"bad","text":"x" "y"}`,
		`{"id":"empty","text":"  "}`,
		`{"id":"cut","title":"Cut off","text":"This line never`,
	}, "\n")))
	var got []Article
	var errs []string
	for a, err := range ReadFile(p) {
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		got = append(got, a)
	}
	if len(got) != 3 {
		t.Fatalf("%d articles, want 3: %+v", len(got), got)
	}
	if got[0].ID != "a1" || got[0].Published.Format(time.DateOnly) != "2025-03-03" || got[0].URL != "https://example.org/a1" || got[0].Text != "Foreign Minister Lena Brandt met Tomas Varga.\nThey spoke for an hour." {
		t.Errorf("first record %+v", got[0])
	}
	if got[1].ID != "7" || !got[1].Published.IsZero() {
		t.Errorf("numeric id, no date: %+v", got[1])
	}
	if got[2].ID != "https://example.org/x" || got[2].Dateline != "PRAGUE" || got[2].Text != "Officials met." || got[2].Published.Format(time.DateOnly) != "2025-03-04" {
		t.Errorf("id from url, inline dateline: %+v", got[2])
	}
	want := []string{p + ":5: invalid JSON", p + ":6: record has no text", p + ":7: truncated JSON record"}
	if len(errs) != len(want) {
		t.Fatalf("errors %q, want %q", errs, want)
	}
	for i := range want {
		if !strings.HasPrefix(errs[i], want[i]) {
			t.Errorf("error %q, want %q...", errs[i], want[i])
		}
	}
}

func TestHTML(t *testing.T) {
	page := `<!doctype html><html><head><title>Ministers meet in Vienna | The Daily</title>
<link rel="canonical" href="https://example.org/news/ministers">
<meta property="article:published_time" content="2025-03-03T10:00:00Z"><meta name="author" content="Jane Doe"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie">We use cookies. <button>Accept</button></div>
<article><h1>Ministers meet in Vienna</h1>
<p>VIENNA, March 3, 2025 — Foreign Minister <a href="/p/brandt">Lena Brandt</a> met Tomas Varga in Vienna on Monday, officials said.</p>
<p>“We agreed on a plan,” Brandt told reporters after the talks at the Hofburg palace, which lasted four hours.</p>
<p>The two are expected to meet again next month in Budapest to continue the discussion on energy and trade.</p></article>
<aside><h3>Related</h3><ul><li><a href="/a">Markets fall</a></li><li><a href="/b">Storm warning</a></li></ul></aside>
<footer>Copyright 2025 The Daily. <a href="/newsletter">Subscribe to our newsletter</a>.</footer></body></html>`
	p := write(t, t.TempDir(), "page.html", []byte(page))
	a := one(t, p)
	if a.Title != "Ministers meet in Vienna" || a.URL != "https://example.org/news/ministers" || a.Byline != "Jane Doe" || a.Published.Format(time.DateOnly) != "2025-03-03" || a.Dateline != "VIENNA" {
		t.Errorf("metadata %+v", a)
	}
	want := "Foreign Minister Lena Brandt met Tomas Varga in Vienna on Monday, officials said.\n“We agreed on a plan,” Brandt told reporters after the talks at the Hofburg palace, which lasted four hours.\nThe two are expected to meet again next month in Budapest to continue the discussion on energy and trade."
	if a.Text != want {
		t.Errorf("text\n%q\nwant\n%q", a.Text, want)
	}
}

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"b.txt", "a.html", "sub/c.jsonl", "sub/deeper/d.TXT", ".hidden.txt", ".git/e.txt", "notes.pdf", "image.png"} {
		write(t, dir, n, []byte("x"))
	}
	got, err := Files(dir, filepath.Join(dir, "notes.pdf"), "-")
	if err != nil {
		t.Fatal(err)
	}
	var rel []string
	for _, g := range got {
		r, _ := filepath.Rel(dir, g)
		if g == "-" {
			r = "-"
		}
		rel = append(rel, r)
	}
	if strings.Join(rel, " ") != "a.html b.txt sub/c.jsonl sub/deeper/d.TXT notes.pdf -" {
		t.Errorf("files %v", rel)
	}
	if _, err := Files(filepath.Join(dir, "missing")); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("missing path: %v", err)
	}
}

func TestSniffUnknownExtension(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "feed.data", []byte(`{"id":"x","text":"Officials met."}`+"\n"))
	if a := one(t, p); a.ID != "x" || a.Format != "jsonl" {
		t.Errorf("sniffed %+v", a)
	}
}

func FuzzReadText(f *testing.F) {
	for _, s := range []string{"Headline\n\nMiami, December 06, 2025\n\nBody text.", "By Agency May 1, 2024\nx", "\ufeffA\r\nB\r\n", "VIENNA, March 3, 2025 — x\ny"} {
		f.Add([]byte(s))
	}
	b, _ := os.ReadFile(filepath.Join(seeds, "001_657abb0446d44770.txt"))
	f.Add(b)
	addOdd(f, "f.txt")
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "f.txt", data) })
}

func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"x"}` + "\n" + `{"id":"b","text":"y`))
	f.Add([]byte(`{"id":1,"date":"2025-01-02","text":"PARIS, May 2, 2025 - x"}`))
	addOdd(f, "f.jsonl")
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "f.jsonl", data) })
}

func FuzzReadHTML(f *testing.F) {
	f.Add([]byte(`<html><head><title>T</title></head><body><article><p>Para one is here.</p><p>Two.</p></article></body></html>`))
	f.Add([]byte(`<p>x`))
	addOdd(f, "f.html")
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "f.html", data) })
}

func fuzzRead(t *testing.T, name string, data []byte) {
	start := time.Now()
	defer func() {
		if d := time.Since(start); d > oddBound {
			t.Errorf("reading %d bytes took %s", len(data), d)
		}
	}()
	for a, err := range Read(name, strings.NewReader(string(data))) {
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Path != name {
				t.Fatalf("error %v does not name the input", err)
			}
			continue
		}
		if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) || strings.TrimSpace(a.Text) == "" || a.ID == "" {
			t.Fatalf("bad article %+v", a)
		}
	}
}

func TestHeaderLines(t *testing.T) {
	for _, c := range []struct {
		name, text                  string
		byline, dateline, published string
	}{
		{"byline then its date on a line of its own", "Ministers meet\n\nBy Jane Doe\nApril 14, 2026\n\nThe ministers met.", "Jane Doe", "", "2026-04-14"},
		{"date line then byline", "Ministers meet\nApril 14, 2026\nBy Jane Doe\nThe ministers met.", "Jane Doe", "", "2026-04-14"},
		{"dateline then byline", "Ministers meet\nVienna, April 14, 2026\nBy Jane Doe\nThe ministers met.", "Jane Doe", "Vienna", "2026-04-14"},
		{"byline with date wins over a later date line", "Ministers meet\nBy Jane Doe April 14, 2026\nApril 2, 2026\nThe ministers met.", "Jane Doe", "", "2026-04-14"},
		{"a date deep in the body is not the article's", "Ministers meet\nThe ministers met.\nThey spoke.\nAgain.\nMore.\nApril 14, 2026", "", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := parseText(c.text)
			pub := ""
			if !a.Published.IsZero() {
				pub = a.Published.Format(time.DateOnly)
			}
			if a.Byline != c.byline || a.Dateline != c.dateline || pub != c.published {
				t.Errorf("byline %q dateline %q published %q, want %q %q %q", a.Byline, a.Dateline, pub, c.byline, c.dateline, c.published)
			}
			if strings.Contains(a.Text, "By ") || !strings.HasPrefix(a.Text, "The ministers met.") {
				t.Errorf("body %q", a.Text)
			}
		})
	}
}

func TestDatesFromHeaderAndDateline(t *testing.T) {
	for _, c := range []struct {
		name, text, dateline, published string
	}{
		{"furniture line around a day-first date", "Ministers meet\nLive updates | Monday 15 December 2025 | Last updated 18:40 GMT\nThe ministers met.", "", "2025-12-15"},
		{"published on", "Ministers meet\nDoha, Qatar\nPublished On 19 Jan 2026\nThe ministers met.", "Doha, Qatar", "2026-01-19"},
		{"weekday, day-first date", "Ministers meet\nBy Ada Obi, Abuja\nSunday, 15 February 2026\nThe ministers met.", "", "2026-02-15"},
		{"city, dash, date and time", "Ministers meet\nBy Ada Obi\nWASHINGTON — May 21, 2026, 6:14 PM EDT\nThe ministers met.", "WASHINGTON", "2026-05-21"},
		{"a dated sentence is not a header", "Ministers meet\nThe ministers met on May 21, 2026 in a long session that ran late.\nThey agreed.", "", ""},
		{"wire dateline without a year takes the year of the text's own full date", "Ministers meet\nBERLIN, Dec 14 (Reuters) - The ministers met.\nThey last met on November 30, 2025 in Geneva.", "BERLIN", "2025-12-14"},
		{"the nearest year across new year", "Ministers meet\nBERLIN, Jan 2 (Reuters) - The ministers met.\nThe plan dates from December 20, 2025.", "BERLIN", "2026-01-02"},
		{"an agency's dateline with its name between slashes", "Ministers meet\nMOSCOW, December 12. /TASS/. The ministers met.\nThe plan dates from December 2, 2025.", "MOSCOW", "2025-12-12"},
		{"a dateline with capitals beyond ASCII", "Ministers meet\nDecember 16, 2025\nŁÓDŹ — The ministers met.", "ŁÓDŹ", "2025-12-16"},
		{"a wire dateline without a year and no full date stays undated", "Ministers meet\nBERLIN, Dec 14 (Reuters) - The ministers met on Sunday.", "BERLIN", ""},
		{"a wire dateline's day wins over a later page date", "Ministers meet\nNovember 20, 2025\nSEOUL, Nov. 19 (Yonhap) -- The ministers met on Monday.", "SEOUL", "2025-11-19"},
		{"a title-case wire dateline after a header dateline", "Ministers meet\nLima, October 3, 2024\nLima, Oct. 2 (Andina)--The ministers met.", "Lima", "2024-10-02"},
		{"a wire day long before the page date is not its day", "Ministers meet\nMarch 30, 2025\nBERLIN, March 3 (Reuters) - The ministers met.", "BERLIN", "2025-03-30"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := parseText(c.text)
			pub := ""
			if !a.Published.IsZero() {
				pub = a.Published.Format(time.DateOnly)
			}
			if a.Dateline != c.dateline || pub != c.published || !strings.HasPrefix(a.Text, "The ministers met") {
				t.Errorf("dateline %q published %q text %q, want %q %q", a.Dateline, pub, a.Text, c.dateline, c.published)
			}
		})
	}
}

func TestDatelineAfterPhotoCaption(t *testing.T) {
	a := parseText("Ministers meet\nDecember 16, 2025\n[Photo: Ministers at the airport. Photo: Jan Nowak]\nHeadline kicker\nŁÓDŹ — The ministers met.")
	if a.Dateline != "ŁÓDŹ" || !strings.HasSuffix(a.Text, "\nThe ministers met.") {
		t.Errorf("dateline %q text %q, want ŁÓDŹ and the dateline off the paragraph", a.Dateline, a.Text)
	}
}
