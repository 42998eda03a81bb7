package queries

import (
	"context"
	"encoding/json"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/fact"
	"github.com/newsgraph/newsgraph/graph"
)

// A small invented world: two articles about one summit, one about a call.
func world(t *testing.T) *graph.Store {
	t.Helper()
	s, err := graph.OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ctx := context.Background()
	l, err := s.NewLoader(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ent := func(id int, k fact.Kind, name string, within int, forms ...string) fact.Entity {
		return fact.Entity{ID: id, Kind: k, Name: name, Forms: append([]string{name}, forms...), Within: within}
	}
	ev := fact.Evidence{Span: fact.Span{Start: 0, End: 5}, Confidence: 0.9}
	pub := time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC)
	adds := []struct {
		a article.Article
		f fact.Facts
	}{
		{article.Article{ID: "one.txt", Title: "Summit", Published: pub, Text: "Lena Brandt met Tomas Varga."},
			fact.Facts{
				Entities: []fact.Entity{
					ent(0, fact.Person, "Lena Brandt", -1, "Brandt"), ent(1, fact.Person, "Tomas Varga", -1, "Varga"),
					ent(2, fact.Org, "Northland", -1, "Northlandic"), ent(3, fact.Place, "Northland", -1),
					ent(4, fact.Place, "Capital City", 3), ent(5, fact.Place, "Lake Palace", 4),
				},
				Roles: []fact.Role{{Person: 0, Title: "Prime Minister", Org: 2, Evidence: ev}, {Person: 1, Title: "envoy", Org: -1, Evidence: ev}},
				Events: []fact.Event{{Kind: "meeting", Status: "held", Participants: []int{0, 1}, Place: 5,
					Start: "2025-03-12", End: "2025-03-13", CAMEO: "043", PLOVERMode: "visit", Evidence: ev}},
				Claims: []fact.Claim{{Speaker: 0, Text: "the talks were useful", Quoted: true, Date: "2025-03-13", About: []int{1}, Evidence: ev}},
			}},
		{article.Article{ID: "two.txt", Title: "Summit again", Published: pub, Text: "Brandt hosted Varga in Capital City."},
			fact.Facts{
				Entities: []fact.Entity{
					ent(0, fact.Person, "Brandt", -1), ent(1, fact.Person, "Tomas Varga", -1),
					ent(2, fact.Place, "Northland", -1), ent(3, fact.Place, "Capital City", 2),
				},
				Events: []fact.Event{{Kind: "meeting", Status: "held", Participants: []int{0, 1}, Place: 3, Start: "2025-03-13", End: "2025-03-13", Evidence: ev}},
				Claims: []fact.Claim{{Speaker: 1, Text: "we agreed on nothing", Date: "2025-03-14", Evidence: ev}},
			}},
		{article.Article{ID: "three.txt", Title: "Call", Published: pub, Text: "Varga spoke by phone with Ada Quist."},
			fact.Facts{
				Entities: []fact.Entity{ent(0, fact.Person, "Tomas Varga", -1), ent(1, fact.Person, "Ada Quist", -1)},
				Events:   []fact.Event{{Kind: "call", Status: "held", Participants: []int{0, 1}, Place: -1, Start: "2025-03-10", End: "2025-03-10", Evidence: ev}},
			}},
	}
	for _, x := range adds {
		if err := l.Add(ctx, x.a, x.f); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.Close(ctx); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestMet(t *testing.T) {
	s := world(t)
	ctx := context.Background()
	all, err := Met(ctx, s, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 2 {
		t.Fatalf("want the summit (two articles, one event) and the call, got %+v", all)
	}
	call, summit := all[0], all[1]
	if call.Kind != "call" || call.Place != nil || *call.Date != "2025-03-10" || !reflect.DeepEqual(call.Sources, []string{"three.txt"}) {
		t.Errorf("call = %+v", call)
	}
	if !reflect.DeepEqual(summit.Participants, []string{"Lena Brandt", "Tomas Varga"}) {
		t.Errorf("summit participants %v", summit.Participants)
	}
	if *summit.Place != "Lake Palace" || summit.PlacePath != "Lake Palace, Capital City, Northland" {
		t.Errorf("summit place %q (%s), want the most specific: Lake Palace", *summit.Place, summit.PlacePath)
	}
	if *summit.Date != "2025-03-12/2025-03-13" || !reflect.DeepEqual(summit.Sources, []string{"one.txt", "two.txt"}) {
		t.Errorf("summit date %s sources %v", *summit.Date, summit.Sources)
	}
	for _, c := range []struct {
		name string
		flt  Filter
		want int
	}{
		{"person by surname", Filter{Person: "Brandt"}, 1},
		{"person any case", Filter{Person: "tomas varga"}, 2},
		{"nobody", Filter{Person: "Nobody Here"}, 0},
		{"place contains", Filter{Place: "Capital City"}, 1},
		{"country", Filter{Place: "northland"}, 1},
		{"from", Filter{From: "2025-03-11"}, 1},
		{"to", Filter{To: "2025-03-11"}, 1},
		{"window misses", Filter{From: "2025-04-01"}, 0},
	} {
		got, err := Met(ctx, s, c.flt)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != c.want {
			t.Errorf("%s: %d meetings, want %d: %+v", c.name, len(got), c.want, got)
		}
	}
}

func TestRolesAndClaims(t *testing.T) {
	s := world(t)
	ctx := context.Background()
	roles, err := Roles(ctx, s, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(roles) != 2 || roles[0].Person != "Lena Brandt" || roles[0].Role != "Prime Minister" || *roles[0].Org != "Northland" || roles[1].Org != nil {
		t.Fatalf("roles %+v", roles)
	}
	if got, _ := Roles(ctx, s, Filter{Org: "Northland"}); len(got) != 1 {
		t.Errorf("roles in Northland: %+v", got)
	}
	if got, _ := Roles(ctx, s, Filter{Person: "Varga"}); len(got) != 1 || got[0].Role != "envoy" {
		t.Errorf("Varga's roles: %+v", got)
	}
	claims, err := Claims(ctx, s, Filter{Person: "Brandt"})
	if err != nil {
		t.Fatal(err)
	}
	if len(claims) != 1 || !claims[0].Quoted || claims[0].Text != "the talks were useful" || !reflect.DeepEqual(claims[0].About, []string{"Tomas Varga"}) {
		t.Fatalf("Brandt's claims %+v", claims)
	}
	if got, _ := Claims(ctx, s, Filter{About: "Varga"}); len(got) != 1 {
		t.Errorf("claims about Varga: %+v", got)
	}
	if got, _ := Claims(ctx, s, Filter{}); len(got) != 2 {
		t.Errorf("all claims: %+v", got)
	}
}

func TestFactsJSONShape(t *testing.T) {
	f, err := AllFacts(context.Background(), world(t))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(f)
	var m map[string][]map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for key, fields := range map[string][]string{
		"roles":    {"person", "role", "org", "sources"},
		"meetings": {"participants", "place", "date", "kind", "status", "sources"},
		"claims":   {"source", "text", "date", "sources"},
	} {
		if len(m[key]) == 0 {
			t.Fatalf("no %s in %s", key, b)
		}
		for _, fld := range fields {
			if _, ok := m[key][0][fld]; !ok {
				t.Errorf("%s lack %q: %v", key, fld, m[key][0])
			}
		}
	}
}

// The README's Gizmo query gives the same pairs as Met.
func TestGizmoMetQueryMatchesMet(t *testing.T) {
	s := world(t)
	ctx := context.Background()
	text, err := os.ReadFile("../testdata/queries/met.js")
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(ctx, s, "gizmo", string(text), 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range res {
		m := r.(map[string]any)
		got = append(got, m["a"].(string)+" + "+m["b"].(string))
	}
	ms, _ := Met(ctx, s, Filter{})
	var want []string
	for _, m := range ms {
		for i := range m.Participants {
			for j := i + 1; j < len(m.Participants); j++ {
				want = append(want, m.Participants[i]+" + "+m.Participants[j])
			}
		}
	}
	sort.Strings(got)
	sort.Strings(want)
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Fatalf("gizmo pairs %v, met pairs %v", got, want)
	}
	if _, err := Run(ctx, s, "cobol", "x", 0); err == nil {
		t.Error("unknown language accepted")
	}
	if _, err := Run(ctx, s, "gizmo", "g.V(", 0); err == nil {
		t.Error("broken gizmo accepted")
	}
}
