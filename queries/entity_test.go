package queries

import (
	"context"
	"sort"
	"strings"
	"testing"
)

func TestEntities(t *testing.T) {
	s := world(t)
	ctx := context.Background()
	for _, tc := range []struct {
		query    string
		want     []string // "name (kind)" of each match, in order
		forms    string   // the first match's forms, "name:source,source|..."
		roles    int
		meetings int
		claims   int
		within   string
		contains string
		why      string // words the first match's evidence holds
	}{
		{query: "Lena Brandt", want: []string{"Lena Brandt (person)"}, forms: "Brandt:one.txt,two.txt|Lena Brandt:one.txt",
			roles: 1, meetings: 1, claims: 1, why: "Brandt ~ Lena Brandt: one person within the article"},
		{query: "brandt", want: []string{"Lena Brandt (person)"}, roles: 1, meetings: 1, claims: 1},
		{query: "TOMAS VARGA", want: []string{"Tomas Varga (person)"}, forms: "Tomas Varga:one.txt,three.txt,two.txt|Varga:one.txt",
			roles: 1, meetings: 2, claims: 1},
		// A country is an organisation and a place.
		{query: "northlandic", want: []string{"Northland (organisation)"}, forms: "Northland:one.txt|Northlandic:one.txt",
			roles: 1, why: "Northlandic ~ Northland"},
		{query: "Northland", want: []string{"Northland (organisation)", "Northland (place)"}, roles: 1},
		{query: "Capital City", want: []string{"Capital City (place)"}, meetings: 1, within: "Northland", contains: "Lake Palace"},
		{query: "Nobody", want: nil},
		{query: "  ", want: nil},
	} {
		t.Run(tc.query, func(t *testing.T) {
			es, err := Entities(ctx, s, tc.query)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range es {
				got = append(got, e.Name+" ("+e.Kind+")")
			}
			if strings.Join(got, ", ") != strings.Join(tc.want, ", ") {
				t.Fatalf("found %v, want %v", got, tc.want)
			}
			if len(es) == 0 {
				return
			}
			e := es[0]
			if tc.forms != "" {
				var fs []string
				for _, f := range e.Forms {
					fs = append(fs, f.Name+":"+strings.Join(f.Sources, ","))
				}
				sort.Strings(fs)
				if got := strings.Join(fs, "|"); got != tc.forms {
					t.Errorf("forms %s, want %s", got, tc.forms)
				}
			}
			if len(e.Roles) != tc.roles || len(e.Meetings) != tc.meetings || len(e.Claims) != tc.claims {
				t.Errorf("%d roles, %d meetings, %d claims; want %d, %d, %d", len(e.Roles), len(e.Meetings), len(e.Claims), tc.roles, tc.meetings, tc.claims)
			}
			if e.Within != tc.within || strings.Join(e.Contains, ", ") != tc.contains {
				t.Errorf("within %q, contains %v; want %q, %q", e.Within, e.Contains, tc.within, tc.contains)
			}
			var why []string
			for _, m := range e.Merged {
				why = append(why, m.Reason)
			}
			if !strings.Contains(strings.Join(why, "\n"), tc.why) {
				t.Errorf("evidence %q lacks %q", why, tc.why)
			}
		})
	}
}
