package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/fact"
)

// The people here are invented: tests must not depend on who is in the news.

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func art(id, published, text string) article.Article {
	a := article.Article{ID: id, Path: id, Title: "Headline of " + id, Text: text, Format: "txt"}
	if published != "" {
		a.Published = day(published)
	}
	return a
}

func person(id int, name string, forms ...string) fact.Entity {
	return fact.Entity{ID: id, Kind: fact.Person, Name: name, Forms: append([]string{name}, forms...), Within: -1}
}

func org(id int, name string, forms ...string) fact.Entity {
	return fact.Entity{ID: id, Kind: fact.Org, Name: name, Forms: append([]string{name}, forms...), Within: -1}
}

func place(id int, name string, within int) fact.Entity {
	return fact.Entity{ID: id, Kind: fact.Place, Name: name, Forms: []string{name}, Within: within}
}

func ev(start, end string) fact.Evidence {
	return fact.Evidence{Span: fact.Span{Start: 0, End: 10}, Confidence: 0.8}
}

func load(t *testing.T, s *Store, items ...any) Stats {
	t.Helper()
	ctx := context.Background()
	l, err := s.NewLoader(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < len(items); i += 2 {
		if err := l.Add(ctx, items[i].(article.Article), items[i+1].(fact.Facts)); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.Close(ctx); err != nil {
		t.Fatal(err)
	}
	return l.Stats()
}

func allQuads(t *testing.T, s *Store) []string {
	t.Helper()
	var out []string
	if err := s.Each(context.Background(), func(q quad.Quad) error {
		out = append(out, q.NQuad())
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

func memStore(t *testing.T) *Store {
	t.Helper()
	s, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestSlug(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Steven Marlow", "steven-marlow"},
		{"  Zoë  Ångström ", "zoe-angstrom"},
		{"U.S.", "u-s"},
		{"Kyiv's armed forces", "kyiv-s-armed-forces"},
		{"!!!", "x"},
	} {
		if got := Slug(c.in); got != c.want {
			t.Errorf("Slug(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func roleFacts() fact.Facts {
	return fact.Facts{
		Entities: []fact.Entity{person(0, "Steve Marlow", "Marlow"), org(1, "United States", "U.S.")},
		Roles:    []fact.Role{{Person: 0, Title: "special envoy", Org: 1, Evidence: ev("", "")}},
	}
}

func TestReingestChangesNothing(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		a := art("a.txt", "2025-12-06", "U.S. special envoy Steve Marlow arrived.")
		st := load(t, s, a, roleFacts())
		if st.Articles != 1 || st.Unchanged != 0 {
			t.Fatalf("first load: %+v", st)
		}
		before := allQuads(t, s)
		st = load(t, s, a, roleFacts())
		if st.Articles != 0 || st.Unchanged != 1 {
			t.Fatalf("second load: %+v", st)
		}
		if after := allQuads(t, s); strings.Join(after, "") != strings.Join(before, "") {
			t.Fatalf("re-ingest changed the store: %d quads before, %d after", len(before), len(after))
		}
	})
}

func TestChangedArticleReplacesItsFacts(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		a := art("a.txt", "2025-12-06", "U.S. special envoy Steve Marlow arrived.")
		load(t, s, a, roleFacts())
		a.Text = "Steve Marlow, a U.S. senator, arrived."
		f := roleFacts()
		f.Roles[0].Title = "senator"
		st := load(t, s, a, f)
		if st.Replaced != 1 {
			t.Fatalf("want the article replaced, got %+v", st)
		}
		names := map[string]bool{}
		for _, q := range allQuads(t, s) {
			if strings.Contains(q, "roleName") {
				names[q[strings.Index(q, "roleName")+10:]] = true
			}
		}
		if len(names) != 1 {
			t.Fatalf("want only the new role left, got %v", names)
		}
		for n := range names {
			if !strings.Contains(n, "senator") {
				t.Fatalf("role left is %s", n)
			}
		}
	})
}

func TestEveryQuadIsLabelled(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		load(t, s, art("a.txt", "2025-12-06", "text"), roleFacts())
		if err := s.Each(context.Background(), func(q quad.Quad) error {
			if q.Label == nil {
				t.Errorf("unlabelled quad %s", q.NQuad())
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	})
}

// personIRI returns the IRI the store gave the person named name in article id.
func personIRI(t *testing.T, s *Store, name string) quad.Value {
	t.Helper()
	qs, err := s.Quads(context.Background(), quad.Object, quad.String(name), AlternateName)
	if err != nil || len(qs) == 0 {
		t.Fatalf("no entity named %q (%v)", name, err)
	}
	return qs[0].Subject
}

func TestPeopleResolveAcrossArticles(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		one := func(name string, forms ...string) fact.Facts {
			return fact.Facts{Entities: []fact.Entity{person(0, name, forms...)}}
		}
		load(t, s,
			art("1.txt", "2025-12-01", "x"), one("Steve Marlow", "Marlow"),
			art("2.txt", "2025-12-02", "x"), one("Steven Marlow"),
			art("3.txt", "2025-12-03", "x"), one("Andriy Kovalenko"),
			art("4.txt", "2025-12-04", "x"), one("Andrii Kovalenko"),
			art("5.txt", "2025-12-05", "x"), one("Andri Kovalenko"),
			art("6.txt", "2025-12-06", "x"), one("Mary Marlow"),
			art("7.txt", "2025-12-07", "x"), one("Olena Kovalenko"),
			art("8.txt", "2025-12-08", "x"), one("Tran Van Thanh"),
			art("9.txt", "2025-12-09", "x"), one("Tran Van Thang"),
			art("10.txt", "2025-12-10", "x"), one("Lena Thang"),
			art("11.txt", "2025-12-11", "x"), one("Lena Thanh"),
		)
		// Two given names the same and a surname one letter apart: a spelling.
		same := [][]string{{"Steve Marlow", "Steven Marlow", "Marlow"}, {"Andriy Kovalenko", "Andrii Kovalenko", "Andri Kovalenko"},
			{"Tran Van Thanh", "Tran Van Thang"}}
		for _, group := range same {
			id := personIRI(t, s, group[0])
			for _, n := range group[1:] {
				if got := personIRI(t, s, n); got != id {
					t.Errorf("%q is %v, %q is %v: want one person", group[0], id, n, got)
				}
			}
		}
		for _, pair := range [][2]string{{"Steve Marlow", "Mary Marlow"}, {"Andriy Kovalenko", "Olena Kovalenko"}, {"Lena Thang", "Lena Thanh"}, {"Lena Thang", "Tran Van Thang"}} {
			if personIRI(t, s, pair[0]) == personIRI(t, s, pair[1]) {
				t.Errorf("%q and %q merged: different given names are different people", pair[0], pair[1])
			}
		}
		// The display name is the longest full name seen.
		qs, _ := s.Quads(context.Background(), quad.Subject, personIRI(t, s, "Steve Marlow"), Name)
		if len(qs) != 1 || qs[0].Object != quad.String("Steven Marlow") {
			t.Errorf("display name quads %v, want one: Steven Marlow", qs)
		}
	})
}

func meetingFacts(ents []fact.Entity, e fact.Event) fact.Facts {
	e.Evidence = ev("", "")
	return fact.Facts{Entities: ents, Events: []fact.Event{e}}
}

func TestOneEventAcrossArticles(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		country := place(3, "Testland", -1)
		region := place(4, "Coast Province", 3)
		city := place(5, "Port Town", 4)
		venue := place(6, "Harbour Club", 5)
		other := place(6, "Bay City", 4)
		ppl := []fact.Entity{person(0, "Steve Marlow"), person(1, "Jane Ostrova"), person(2, "Ivan Petrenko")}
		load(t, s,
			art("1.txt", "2025-12-06", "x"), meetingFacts(append(ppl, country, region, city, venue),
				fact.Event{Kind: "meeting", Status: "held", Participants: []int{0, 1, 2}, Place: 6, Start: "2025-12-05", End: "2025-12-06"}),
			art("2.txt", "2025-12-06", "x"), meetingFacts(append(append([]fact.Entity{}, ppl[:2]...), person(2, "Olga Dmytrenko"), country, region, city, other),
				fact.Event{Kind: "meeting", Status: "held", Participants: []int{0, 1, 2}, Place: 6, Start: "2025-12-04", End: "2025-12-06"}),
			// Held and reported before the talks began: an earlier meeting.
			art("3.txt", "2025-12-01", "x"), meetingFacts(append(ppl, country, region, city, venue),
				fact.Event{Kind: "meeting", Status: "held", Participants: []int{0, 1, 2}, Place: 6}),
			// A call is not the meeting.
			art("4.txt", "2025-12-06", "x"), meetingFacts(ppl,
				fact.Event{Kind: "call", Status: "held", Participants: []int{0, 1}, Place: -1}),
		)
		evs, err := s.Quads(context.Background(), quad.Object, EventClass, Type)
		if err != nil {
			t.Fatal(err)
		}
		byAttendees := map[int]int{}
		events := map[quad.Value]bool{}
		for _, e := range evs {
			if events[e.Subject] {
				continue
			}
			events[e.Subject] = true
			att, _ := s.Quads(context.Background(), quad.Subject, e.Subject, Attendee)
			n := map[quad.Value]bool{}
			for _, q := range att {
				n[q.Object] = true
			}
			byAttendees[len(n)]++
		}
		// The talks (4 people, from articles 1 and 2), the earlier meeting (3), the call (2).
		if len(events) != 3 || byAttendees[4] != 1 || byAttendees[3] != 1 || byAttendees[2] != 1 {
			t.Fatalf("events by attendee count %v (from %d events), want one each of 4, 3 and 2", byAttendees, len(events))
		}
	})
}

func TestOpenRefusesLockedStore(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "db")
	ctx := context.Background()
	s, err := Open(ctx, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	load(t, s, art("a.txt", "2025-12-06", "text"), roleFacts())
	done := make(chan error, 1)
	go func() {
		_, err := Open(ctx, dir, Options{ReadOnly: true})
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), dir) {
			t.Fatalf("second open: %v, want ErrLocked naming %s", err, dir)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("second open waited for the lock instead of failing")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	// Once released, the store opens and still holds what was written.
	s, err = Open(ctx, dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n, _ := s.Size(ctx); n == 0 {
		t.Fatal("store empty after reopening")
	}
}

func TestOpenRefusesOtherStores(t *testing.T) {
	ctx := context.Background()
	t.Run("other version", func(t *testing.T) {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, metaFile), []byte(`{"format": 99, "created_by": "newsgraph 9"}`), 0o644)
		if _, err := Open(ctx, dir, Options{}); !errors.Is(err, ErrOldVersion) {
			t.Fatalf("got %v, want ErrOldVersion", err)
		}
	})
	t.Run("cayley store without newsgraph metadata", func(t *testing.T) {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, boltFile), []byte("not ours"), 0o644)
		if _, err := Open(ctx, dir, Options{}); !errors.Is(err, ErrNotStore) {
			t.Fatalf("got %v, want ErrNotStore", err)
		}
	})
	t.Run("a file", func(t *testing.T) {
		f := filepath.Join(t.TempDir(), "file")
		os.WriteFile(f, []byte("x"), 0o644)
		if _, err := Open(ctx, f, Options{}); !errors.Is(err, ErrNotStore) {
			t.Fatalf("got %v, want ErrNotStore", err)
		}
	})
	t.Run("read-only where there is none", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "none")
		if _, err := Open(ctx, dir, Options{ReadOnly: true}); !errors.Is(err, ErrNoStore) {
			t.Fatalf("got %v, want ErrNoStore", err)
		}
		if _, err := os.Stat(dir); err == nil {
			t.Fatal("a read-only open created the folder")
		}
	})
}

func TestExportRoundTrip(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store) {
		ents := []fact.Entity{person(0, "Steve Marlow"), person(1, "Jane Ostrova"), place(2, "Port Town", -1)}
		load(t, s,
			art("a.txt", "2025-12-06", "U.S. special envoy Steve Marlow arrived."), roleFacts(),
			art("b.txt", "2025-12-06", "x"), meetingFacts(ents, fact.Event{Kind: "meeting", Status: "held", Participants: []int{0, 1}, Place: 2, Start: "2025-12-02", End: "2025-12-02"}),
		)
		var buf bytes.Buffer
		if err := s.Export(context.Background(), &buf, "nquads"); err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(buf.Bytes(), []byte("<xsd:")) {
			t.Error("export has short xsd: datatype IRIs")
		}
		var got []string
		r := nquads.NewReader(bytes.NewReader(buf.Bytes()), true) // raw: keep typed literals as written
		for {
			q, err := r.ReadQuad()
			if err != nil {
				break
			}
			if q.Label == nil {
				t.Errorf("exported quad without label: %s", q.NQuad())
			}
			got = append(got, q.NQuad())
		}
		sort.Strings(got)
		want := allQuads(t, s)
		for i := 0; i < len(got) && i < len(want); i++ {
			if got[i] != want[i] {
				t.Errorf("first difference:\n got %s\nwant %s", got[i], want[i])
				break
			}
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("export read back gives %d quads, store has %d", len(got), len(want))
		}
		var again bytes.Buffer
		s.Export(context.Background(), &again, "nquads")
		if !bytes.Equal(buf.Bytes(), again.Bytes()) {
			t.Error("two exports of one store differ")
		}
		if err := s.Export(context.Background(), &again, "nonsense"); err == nil {
			t.Error("unknown format accepted")
		}
	})
}

func TestPeopleMergeOnSpellingOrSharedRole(t *testing.T) {
	s := memStore(t)
	army := org(1, "Testland Armed Forces")
	ministry := org(1, "Testland Ministry of Culture")
	withRole := func(name, title string, o fact.Entity) fact.Facts {
		return fact.Facts{
			Entities: []fact.Entity{person(0, name), o},
			Roles:    []fact.Role{{Person: 0, Title: title, Org: 1, Evidence: ev("", "")}},
		}
	}
	load(t, s,
		art("1.txt", "2025-12-01", "x"), fact.Facts{Entities: []fact.Entity{person(0, "Maria Lisovska")}},
		art("2.txt", "2025-12-02", "x"), fact.Facts{Entities: []fact.Entity{person(0, "Maria Lisovskaya")}},
		art("3.txt", "2025-12-03", "x"), fact.Facts{Entities: []fact.Entity{person(0, "Lisovskaya")}},
		art("4.txt", "2025-12-04", "x"), withRole("Andriy Melnyk", "chief of staff", army),
		art("5.txt", "2025-12-05", "x"), withRole("Oleksandr Melnyk", "Chief of Staff", army),
		art("6.txt", "2025-12-06", "x"), withRole("Taras Melnyk", "minister", ministry),
	)
	if personIRI(t, s, "Maria Lisovska") != personIRI(t, s, "Maria Lisovskaya") || personIRI(t, s, "Lisovskaya") != personIRI(t, s, "Maria Lisovska") {
		t.Error("spellings of one surname with one given name are one person")
	}
	if personIRI(t, s, "Andriy Melnyk") != personIRI(t, s, "Oleksandr Melnyk") {
		t.Error("two given names with the same surname and the same role in the same organisation are one person")
	}
	if personIRI(t, s, "Andriy Melnyk") == personIRI(t, s, "Taras Melnyk") {
		t.Error("a different given name in a different role merged")
	}
}

// An undated event can only be one with an event on days its article allows:
// a held one within a month before the article, a planned one within three
// months after. The window holds whether the stored event was loaded in the
// same run or read back from the store.
func TestUndatedEventsStayInTheirWindow(t *testing.T) {
	ppl := []fact.Entity{person(0, "Steve Marlow"), person(1, "Jane Ostrova")}
	meet := func(status, start string) fact.Facts {
		return meetingFacts(ppl, fact.Event{Kind: "meeting", Status: status, Participants: []int{0, 1}, Place: -1, Start: start, End: start})
	}
	for _, c := range []struct {
		name         string
		first, later fact.Facts
		pub1, pub2   string
		want         int
	}{
		{"a plan with no date is not one four months on", meet("planned", ""), meet("planned", "2026-04-02"), "2025-12-14", "2026-03-20", 2},
		{"a plan with no date is the meeting held a week on", meet("planned", ""), meet("held", "2025-12-20"), "2025-12-14", "2025-12-21", 1},
		{"a held meeting with no date is not one half a year before", meet("held", ""), meet("held", "2025-06-01"), "2025-12-14", "2025-06-02", 2},
		{"a held meeting with no date is one of four days before", meet("held", ""), meet("held", "2025-12-10"), "2025-12-14", "2025-12-11", 1},
	} {
		for _, reopen := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/reopen=%v", c.name, reopen), func(t *testing.T) {
				ctx := context.Background()
				dir := filepath.Join(t.TempDir(), "db")
				s, err := Open(ctx, dir, Options{})
				if err != nil {
					t.Fatal(err)
				}
				if reopen {
					load(t, s, art("1.txt", c.pub1, "one"), c.first)
					if err := s.Close(); err != nil {
						t.Fatal(err)
					}
					if s, err = Open(ctx, dir, Options{}); err != nil {
						t.Fatal(err)
					}
					load(t, s, art("2.txt", c.pub2, "two"), c.later)
				} else {
					load(t, s, art("1.txt", c.pub1, "one"), c.first, art("2.txt", c.pub2, "two"), c.later)
				}
				defer s.Close()
				if n := countEvents(t, s); n != c.want {
					t.Errorf("%d events, want %d", n, c.want)
				}
			})
		}
	}
}

func TestFoldName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"U.S.", "u-s"},
		{"u.s.", "u-s"},
		{"The Ukrainian Armed Forces", "ukrainian-armed-forces"},
		{"  the ukrainian armed forces ", "ukrainian-armed-forces"},
		{"Theodore Marlow", "theodore-marlow"},
		{"Zelenskyy", "zelenskyy"},
		{"", "x"},
	} {
		if got := FoldName(tc.in); got != tc.want {
			t.Errorf("FoldName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// mergeReasons are the merge evidence quads of the person called name.
func mergeReasons(t *testing.T, s *Store, name string) string {
	t.Helper()
	qs, err := s.Quads(context.Background(), quad.Subject, personIRI(t, s, name), MergedBecause)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, q := range qs {
		out = append(out, valueString(q.Object)+" @"+valueString(q.Label))
	}
	sort.Strings(out)
	return strings.Join(out, "\n")
}

func TestMergeEvidenceIsStored(t *testing.T) {
	s := memStore(t)
	army := org(1, "Testland Armed Forces")
	withRole := func(name, title string, forms ...string) fact.Facts {
		return fact.Facts{
			Entities: []fact.Entity{person(0, name, forms...), army},
			Roles:    []fact.Role{{Person: 0, Title: title, Org: 1, Evidence: ev("", "")}},
		}
	}
	one := func(name string, forms ...string) fact.Facts {
		return fact.Facts{Entities: []fact.Entity{person(0, name, forms...)}}
	}
	load(t, s,
		art("1.txt", "2025-12-01", "x"), one("Steven Marlow", "Marlow"),
		art("2.txt", "2025-12-02", "x"), one("Steve Marlow"),
		art("3.txt", "2025-12-03", "x"), one("Steve Marlow"),
		art("4.txt", "2025-12-04", "x"), withRole("Andriy Kovalenko", "chief of staff"),
		art("5.txt", "2025-12-05", "x"), withRole("Andri Kovalenko", "chief of staff"),
		art("6.txt", "2025-12-06", "x"), withRole("Petro Kovalenko", "Chief of Staff"),
		art("7.txt", "2025-12-07", "x"), one("Ivan Zelinsky"),
		art("8.txt", "2025-12-08", "x"), one("Ivan Zelinskyy"),
		art("9.txt", "2025-12-09", "x"), withRole("Kovalenko", "chief of staff"),
		art("10.txt", "2025-12-10", "x"), one("Zelinsky"),
	)
	for _, tc := range []struct {
		person string
		want   []string // lines the evidence must hold
		not    []string
	}{
		{"Steve Marlow", []string{
			"Marlow ~ Steven Marlow: one person within the article @" + ID + "article/1.txt",
			"Steve Marlow ~ Steven Marlow: same surname; given name Steve ~ Steven: short form or nickname @" + ID + "article/2.txt",
		}, []string{"article/3.txt"}}, // a name already known is no new merge
		{"Andri Kovalenko", []string{
			"Andri Kovalenko ~ Andriy Kovalenko: same surname; given name Andri ~ Andriy: spelling or transliteration variant @",
			"Petro Kovalenko ~ Andriy Kovalenko: same surname and the same role in the same organisation, held by no one else (chief of staff, Testland Armed Forces) @",
			"Kovalenko ~ Andriy Kovalenko: surname alone, with the same role in the same organisation, held by no one else (chief of staff, Testland Armed Forces) @",
		}, nil},
		{"Ivan Zelinsky", []string{
			"Ivan Zelinskyy ~ Ivan Zelinsky: surname spelling variant Zelinskyy ~ Zelinsky; same given name @",
			"Zelinsky ~ Ivan Zelinskyy: surname alone (surname spelling variant Zelinsky ~ Zelinskyy); the only person with that surname @",
		}, nil},
	} {
		got := mergeReasons(t, s, tc.person)
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: evidence lacks %q; it is:\n%s", tc.person, w, got)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(got, w) {
				t.Errorf("%s: evidence holds %q; it is:\n%s", tc.person, w, got)
			}
		}
	}
}

func TestDisplayName(t *testing.T) {
	army := org(1, "Testland Armed Forces")
	withRole := func(name string) fact.Facts {
		return fact.Facts{
			Entities: []fact.Entity{person(0, name), army},
			Roles:    []fact.Role{{Person: 0, Title: "general", Org: 1, Evidence: ev("", "")}},
		}
	}
	for _, tc := range []struct {
		names []string // one article each
		want  string
	}{
		// Steve and Steven are one given name: the longest form wins, though
		// fewer articles use it.
		{[]string{"Steve Marlow", "Steve Marlow", "Steven Marlow"}, "Steven Marlow"},
		// A name merged on a shared role does not take over the name most
		// articles give, though it is longer.
		{[]string{"Andriy Kovalenko", "Andrii Kovalenko", "Oleksandr Kovalenko"}, "Andrii Kovalenko"},
		{[]string{"Kovalenko", "Andriy Kovalenko"}, "Andriy Kovalenko"},
		{[]string{"Ivan Zelinsky", "Ivan Zelinskyy"}, "Ivan Zelinskyy"},
	} {
		s := memStore(t)
		var items []any
		for i, n := range tc.names {
			items = append(items, art(fmt.Sprintf("%d.txt", i), "2025-12-01", "x"), withRole(n))
		}
		load(t, s, items...)
		qs, err := s.Quads(context.Background(), quad.Subject, personIRI(t, s, tc.names[0]), Name)
		if err != nil || len(qs) != 1 {
			t.Fatalf("%v: name quads %v (%v), want one", tc.names, qs, err)
		}
		if got := valueString(qs[0].Object); got != tc.want {
			t.Errorf("%v: display name %q, want %q", tc.names, got, tc.want)
		}
	}
}

func TestNamesakesStayApart(t *testing.T) {
	s := memStore(t)
	one := func(name string, forms ...string) fact.Facts {
		return fact.Facts{Entities: []fact.Entity{person(0, name, forms...)}}
	}
	load(t, s,
		art("1.txt", "2025-12-01", "x"), one("Steven Marlow", "Marlow"),
		art("2.txt", "2025-12-02", "x"), one("Steve Marlow"),
		art("3.txt", "2025-12-03", "x"), one("Mary Marlow"),
		art("4.txt", "2025-12-04", "x"), one("Marlow"),
		art("5.txt", "2025-12-05", "x"), one("Mary Marlow", "Marlow"),
	)
	if personIRI(t, s, "Steven Marlow") == personIRI(t, s, "Mary Marlow") {
		t.Fatal("Steven and Mary Marlow merged")
	}
	qs, _ := s.Quads(context.Background(), quad.Subject, personIRI(t, s, "Mary Marlow"), AlternateName)
	for _, q := range qs {
		if strings.HasPrefix(valueString(q.Object), "Stev") {
			t.Errorf("Mary Marlow has the form %v", q.Object)
		}
	}
	if got := mergeReasons(t, s, "Steve Marlow"); !strings.Contains(got, "Marlow ~ Steven Marlow: surname alone; of 2 people with that surname, the one most articles name @"+ID+"article/4.txt") {
		t.Errorf("the bare surname's evidence:\n%s", got)
	}
}

func TestExtraKeys(t *testing.T) {
	for _, tc := range []struct {
		kind fact.Kind
		name string
		want string
	}{
		{fact.Person, "Steve Marlow", "marlow"},
		{fact.Person, "Zelenskyy's", "zelenskyy"},
		{fact.Org, "Ukrainian Armed Forces", "armed-forces forces"},
		{fact.Org, "U.S.", ""},
		{fact.Org, "U.S. State Department", "state-department department"},
		{fact.Place, "Hallandale Beach", ""},
	} {
		if got := strings.Join(extraKeys(tc.kind, tc.name), " "); got != tc.want {
			t.Errorf("extraKeys(%s, %q) = %q, want %q", tc.kind, tc.name, got, tc.want)
		}
	}
}

func TestSurnameVariant(t *testing.T) {
	r := newResolver()
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"zelensky", "zelenskyy", true},
		{"zelenskiy", "zelenskyi", true},
		{"lisovska", "lisovskaya", true},
		{"johnson", "johnston", false},
		{"family0007", "family0047", false},
		{"marlow", "marlowe", true},
		{"harlow", "marlow", false},
	} {
		if got := r.surnameVariant(tc.a, tc.b); got != tc.want {
			t.Errorf("surnameVariant(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestRoleManyHoldIsNoEvidence(t *testing.T) {
	s := memStore(t)
	senate := org(1, "Testland Senate")
	senator := func(name string) fact.Facts {
		return fact.Facts{
			Entities: []fact.Entity{person(0, name), senate},
			Roles:    []fact.Role{{Person: 0, Title: "senator", Org: 1, Evidence: ev("", "")}},
		}
	}
	load(t, s,
		art("1.txt", "2025-12-01", "x"), senator("Paul Brenner"),
		art("2.txt", "2025-12-02", "x"), senator("Lisa Adler"),
		art("3.txt", "2025-12-03", "x"), senator("Mark Adler"),
	)
	if personIRI(t, s, "Lisa Adler") == personIRI(t, s, "Mark Adler") {
		t.Error("two senators who share a surname merged on a role two people hold")
	}
}

// An event whose days nothing bounds (no date, an undated article) is one
// with another only when the other names the same people, not a mere
// overlap of two.
func TestTimelessEventsNeedTheSamePeople(t *testing.T) {
	ppl := []fact.Entity{person(0, "Steve Marlow"), person(1, "Jane Ostrova"), person(2, "Ivan Petrenko"), person(3, "Olga Dmytrenko")}
	meet := func(start string, who ...int) fact.Facts {
		return meetingFacts(ppl, fact.Event{Kind: "meeting", Status: "held", Participants: who, Place: -1, Start: start, End: start})
	}
	for _, c := range []struct {
		name         string
		first, later fact.Facts
		want         int
	}{
		{"two of three shared", meet("", 0, 1, 2), meet("2025-12-06", 0, 1, 3), 2},
		{"the same people", meet("", 0, 1, 2), meet("2025-12-06", 0, 1, 2), 1},
		{"a smaller side all shared", meet("", 0, 1), meet("2025-12-06", 0, 1, 3), 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := memStore(t)
			load(t, s, art("1.txt", "", "one"), c.first, art("2.txt", "2025-12-07", "two"), c.later)
			if n := countEvents(t, s); n != c.want {
				t.Errorf("%d events, want %d", n, c.want)
			}
		})
	}
}

// countEvents is the number of event nodes in the store.
func countEvents(t *testing.T, s *Store) int {
	t.Helper()
	evs, err := s.Quads(context.Background(), quad.Object, EventClass, Type)
	if err != nil {
		t.Fatal(err)
	}
	n := map[quad.Value]bool{}
	for _, q := range evs {
		n[q.Subject] = true
	}
	return len(n)
}

// Two events one article tells apart (a summit, a meeting on its sidelines)
// stay two in the store; a changed article's new telling of an event joins
// the event other articles tell, as its old telling did.
func TestEventsAnArticleToldApartStayApart(t *testing.T) {
	ppl := []fact.Entity{person(0, "Steve Marlow"), person(1, "Jane Ostrova"), person(2, "Ivan Petrenko"), place(3, "Port Town", -1)}
	ev := func(who ...int) fact.Event {
		return fact.Event{Kind: "meeting", Status: "held", Participants: who, Place: 3, Start: "2025-12-05", End: "2025-12-05", Evidence: ev("", "")}
	}
	s := memStore(t)
	load(t, s, art("1.txt", "2025-12-06", "one"), fact.Facts{Entities: ppl, Events: []fact.Event{ev(0, 1, 2), ev(0, 1)}})
	if n := countEvents(t, s); n != 2 {
		t.Fatalf("%d events, want the summit and the meeting on its sidelines", n)
	}
	load(t, s, art("2.txt", "2025-12-06", "two"), meetingFacts(ppl, ev(0, 1, 2)))
	a := art("2.txt", "2025-12-06", "two, changed")
	load(t, s, a, meetingFacts(ppl, ev(0, 1, 2)))
	if n := countEvents(t, s); n != 2 {
		t.Fatalf("%d events after a changed article told the summit again, want 2", n)
	}
}
