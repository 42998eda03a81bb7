package main

import (
	"encoding/json"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// The articles in testdata/entities are invented: people whose names are
// written several ways across articles, two pairs of people who share a
// surname, and a country called by its aliases and its capital.
const entityArticles = "../../testdata/entities"

type entityJSON struct {
	IRI, Kind, Name string
	Forms           []struct {
		Name    string
		Sources []string
	}
	Merged []struct {
		Reason  string
		Sources []string
	} `json:"merged_because"`
	Roles []struct {
		Person, Role string
		Org          *string
		Sources      []string
	}
	Meetings []struct{ Participants []string }
	Claims   []struct{ Text string }
}

func (e entityJSON) formNames() []string {
	var out []string
	for _, f := range e.Forms {
		out = append(out, f.Name)
	}
	sort.Strings(out)
	return out
}

func entityStore(t *testing.T) string {
	t.Helper()
	return entityStoreIn(t, filepath.Join(t.TempDir(), "db"))
}

// entityStoreIn ingests the entity articles into db.
func entityStoreIn(t *testing.T, db string) string {
	t.Helper()
	mustRun(t, "ingest", "-q", "--db", db, entityArticles)
	return db
}

func entities(t *testing.T, db, name string) []entityJSON {
	t.Helper()
	var es []entityJSON
	out := mustRun(t, "entity", "--json", "--db", db, name)
	if err := json.Unmarshal([]byte(out), &es); err != nil {
		t.Fatalf("entity --json %q is not JSON: %v\n%s", name, err, out)
	}
	return es
}

// only returns the one entity of kind named name, failing when there is not
// exactly one.
func only(t *testing.T, db, name, kind string) entityJSON {
	t.Helper()
	var got []entityJSON
	for _, e := range entities(t, db, name) {
		if e.Kind == kind {
			got = append(got, e)
		}
	}
	if len(got) != 1 {
		var names []string
		for _, e := range got {
			names = append(names, e.Name)
		}
		t.Fatalf("entity %q: %d %ss (%v), want one", name, len(got), kind, names)
	}
	return got[0]
}

func TestEntityMergesNameForms(t *testing.T) {
	forEachBackend(t, func(t *testing.T, db string) {
		entityStoreIn(t, db)
		for _, tc := range []struct {
			kind    string
			display string   // the canonical name
			names   []string // every one finds the same entity
			forms   []string // alternate names kept, at least
			why     []string // words the merge evidence must hold
		}{
			{"person", "Steven Harlow", []string{"Steven Harlow", "Steve Harlow", "steve harlow", "STEVEN HARLOW"},
				[]string{"Harlow", "Steve Harlow", "Steven Harlow"}, []string{"Steve ~ Steven", "short form or nickname"}},
			{"person", "Andrii Kostenko", []string{"Andriy Kostenko", "Andrii Kostenko", "Andri Kostenko", "Kostenko"},
				[]string{"Andri Kostenko", "Andrii Kostenko", "Andriy Kostenko", "Kostenko"}, []string{"transliteration"}},
			{"person", "Mykola Verbitskyy", []string{"Mykola Verbitsky", "Mykola Verbitskyy", "Verbitsky", "verbitskyy"},
				[]string{"Mykola Verbitsky", "Mykola Verbitskyy"}, []string{"surname spelling variant Verbitsky ~ Verbitskyy"}},
			// The given name is absent in one article; the role and the
			// organisation say who it is, though another Dovzhenko is in more
			// articles.
			{"person", "Olena Dovzhenko", []string{"Olena Dovzhenko"},
				[]string{"Dovzhenko", "Olena Dovzhenko"}, []string{"same role in the same organisation, held by no one else (defense minister, Ukraine)"}},
			{"organisation", "United States", []string{"US", "U.S.", "u.s.", "United States", "the United States", "Washington"},
				[]string{"U.S.", "US", "United States", "Washington"}, []string{"Washington ~ United States"}},
			{"organisation", "Ukrainian Armed Forces", []string{"Ukrainian Armed Forces", "the Ukrainian Armed Forces"},
				[]string{"Ukrainian Armed Forces"}, nil},
		} {
			t.Run(tc.display, func(t *testing.T) {
				first := only(t, db, tc.names[0], tc.kind)
				if first.Name != tc.display {
					t.Errorf("display name %q, want %q", first.Name, tc.display)
				}
				for _, n := range tc.names[1:] {
					if e := only(t, db, n, tc.kind); e.IRI != first.IRI {
						t.Errorf("%q is %s, %q is %s: want one entity", tc.names[0], first.IRI, n, e.IRI)
					}
				}
				forms := strings.Join(first.formNames(), "|")
				for _, f := range tc.forms {
					if !strings.Contains("|"+forms+"|", "|"+f+"|") {
						t.Errorf("alternate names %s lack %q", forms, f)
					}
				}
				for _, f := range first.Forms {
					if len(f.Sources) == 0 {
						t.Errorf("form %q has no sources", f.Name)
					}
				}
				var reasons []string
				for _, m := range first.Merged {
					reasons = append(reasons, m.Reason)
					if len(m.Sources) == 0 {
						t.Errorf("merge evidence %q has no sources", m.Reason)
					}
				}
				for _, w := range tc.why {
					if !strings.Contains(strings.Join(reasons, "\n"), w) {
						t.Errorf("merge evidence lacks %q:\n%s", w, strings.Join(reasons, "\n"))
					}
				}
			})
		}
	})
}

func TestEntityKeepsNamesakesApart(t *testing.T) {
	db := entityStore(t)
	for _, tc := range []struct {
		surname string
		people  map[string]string // display name -> every form of it, sorted, joined by |
	}{
		// 09-envoy-geneva.txt says only "Harlow": it goes to the envoy, who
		// is in more articles, and the senator keeps her own name.
		{"Harlow", map[string]string{"Maria Harlow": "Maria Harlow", "Steven Harlow": "Harlow|Steve Harlow|Steven Harlow"}},
		// 08-minister-front.txt says only "Dovzhenko, Ukraine's defense
		// minister": it goes to the minister, though the mayor is in more
		// articles.
		{"Dovzhenko", map[string]string{"Olena Dovzhenko": "Dovzhenko|Olena Dovzhenko", "Petro Dovzhenko": "Petro Dovzhenko"}},
	} {
		t.Run(tc.surname, func(t *testing.T) {
			es := entities(t, db, tc.surname)
			if len(es) != len(tc.people) {
				t.Errorf("entity %s: %d entities, want %d", tc.surname, len(es), len(tc.people))
			}
			for _, e := range es {
				want, ok := tc.people[e.Name]
				if !ok {
					t.Errorf("entity %s found %s", tc.surname, e.Name)
					continue
				}
				if got := strings.Join(e.formNames(), "|"); got != want {
					t.Errorf("%s has forms %s, want %s", e.Name, got, want)
				}
			}
			text := mustRun(t, "entity", "--db", db, tc.surname)
			if !strings.HasPrefix(text, "2 entities are named") {
				t.Errorf("entity %s does not say several match:\n%s", tc.surname, text)
			}
		})
	}
}

func TestEntityText(t *testing.T) {
	db := entityStore(t)
	out := mustRun(t, "entity", "--db", db, "Steve", "Harlow")
	for _, want := range []string{"Steven Harlow (person)", "<https://newsgraph.github.io/id/person/", "names (3):",
		"Steve Harlow  [02-vienna-second-day.txt]", "why these names are one person:", "roles (2):",
		"special envoy, United States  [01-vienna-talks.txt]", "meetings and calls (1):", "claims ("} {
		if !strings.Contains(out, want) {
			t.Errorf("entity output lacks %q:\n%s", want, out)
		}
	}
	out = mustRun(t, "entity", "--db", db, "Lviv")
	if !strings.Contains(out, "in: Ukraine") {
		t.Errorf("a place's output does not say what contains it:\n%s", out)
	}
	out, _, err := newsgraph(t, "entity", "--json", "--db", db, "Nobody Known")
	if err == nil || strings.TrimSpace(out) != "[]" {
		t.Errorf("entity --json of an unknown name: %q, %v; want [] and an error", out, err)
	}
	for _, args := range [][]string{{"entity", "--db", db}, {"entity", "--db", db, "Nobody Known"}, {"entity", "--db", t.TempDir() + "/none", "Harlow"}} {
		if _, _, err := newsgraph(t, args...); err == nil {
			t.Errorf("newsgraph %v succeeded", args)
		}
	}
}

func TestRolesByAnyName(t *testing.T) {
	db := entityStore(t)
	for _, tc := range []struct {
		flag, name string
		people     []string // who holds the roles found
		org        string   // the organisation of every role found, if set
	}{
		{"--person", "Steve Harlow", []string{"Steven Harlow"}, "United States"},
		{"--person", "steven harlow", []string{"Steven Harlow"}, ""},
		{"--person", "Andri Kostenko", []string{"Andrii Kostenko"}, ""},
		{"--person", "Verbitsky", []string{"Mykola Verbitskyy"}, "Ukraine"},
		{"--org", "U.S.", []string{"Maria Harlow", "Steven Harlow"}, "United States"},
		{"--org", "US", []string{"Maria Harlow", "Steven Harlow"}, "United States"},
		{"--org", "Washington", []string{"Maria Harlow", "Steven Harlow"}, "United States"},
		{"--org", "the ukrainian armed forces", []string{"Andrii Kostenko"}, "Ukrainian Armed Forces"},
	} {
		t.Run(tc.flag+" "+tc.name, func(t *testing.T) {
			var roles []struct {
				Person, Role string
				Org          *string
				Sources      []string
			}
			out := mustRun(t, "roles", "--json", tc.flag, tc.name, "--db", db)
			if err := json.Unmarshal([]byte(out), &roles); err != nil {
				t.Fatalf("roles --json: %v\n%s", err, out)
			}
			people := map[string]bool{}
			for _, r := range roles {
				people[r.Person] = true
				if len(r.Sources) == 0 {
					t.Errorf("%s as %s: no sources", r.Person, r.Role)
				}
				if tc.org != "" && (r.Org == nil || *r.Org != tc.org) {
					t.Errorf("%s as %s: org %v, want %s", r.Person, r.Role, r.Org, tc.org)
				}
			}
			var got []string
			for p := range people {
				got = append(got, p)
			}
			sort.Strings(got)
			if strings.Join(got, ", ") != strings.Join(tc.people, ", ") {
				t.Errorf("roles %s %q held by %v, want %v", tc.flag, tc.name, got, tc.people)
			}
		})
	}
	// "Kyiv's armed forces" (01) and "the Ukrainian Armed Forces" (02) are
	// one organisation: the role both state is one role with both sources.
	out := mustRun(t, "roles", "--org", "Ukrainian Armed Forces", "--db", db)
	if !strings.Contains(out, "chief of staff") || !strings.Contains(out, "01-vienna-talks.txt, 02-vienna-second-day.txt") {
		t.Errorf("roles in the Ukrainian Armed Forces:\n%s", out)
	}
}
