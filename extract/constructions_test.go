package extract

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/fact"
)

// The construction files in ../testdata/constructions hold sentences written
// for these tests (the people in them are made up) and the facts a careful
// reader takes from them. The format, one case per block:
//
//	# a comment
//	== name of the case
//	published: 2025-03-15        the article's date (the default), or "none"
//	dateline: Paris              optional
//	text: First paragraph.       repeatable: one paragraph a line
//	role: Person | Title | Org   Org "-" when the text gives none
//	event: kind status | Surname, Surname | Place | 2025-03-12[/2025-03-14] [| CAMEO mode]
//	claim: Speaker | text | quoted or reported [| date [| medium]]
//	person: Full Name            a person entity with this name
//	not-person: Phrase           no person entity has this name or form
//	form: Full Name | Form       the person Full Name was also called Form
//	org-form: Name | Form        the organisation Name was also called Form
//	none: roles                  (or events, claims) none may be found
//	rule: roles/led-by           a fact of the case is read by this rule (rules.go)
//	todo: why                    a known miss: the case is run and skipped
//
// Where a case lists facts of one type, the facts found of that type must be
// exactly those; types a case does not mention are not checked. Place and date
// "-" mean none; fields left off at the end of an event or claim line are not
// checked (all lines of one type in a case give the same fields).

type construction struct {
	file, name string
	line       int
	published  time.Time
	dateline   string
	paras      []string
	want       map[string][]string // fact type -> lines
	rules      []rule              // rules some fact of the case must be read by
	todo       string              // why a known miss is not handled yet
}

func readConstructions(t *testing.T, path string) []construction {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []construction
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if name, ok := strings.CutPrefix(line, "=="); ok {
			out = append(out, construction{file: filepath.Base(path), name: strings.TrimSpace(name), line: n,
				published: time.Date(2025, 3, 15, 0, 0, 0, 0, time.UTC), want: map[string][]string{}})
			continue
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok || len(out) == 0 {
			t.Fatalf("%s:%d: want \"== name\" or \"key: value\"", path, n)
		}
		c := &out[len(out)-1]
		val = strings.TrimSpace(val)
		switch key {
		case "published":
			c.published = time.Time{}
			if val != "none" {
				if c.published, err = time.Parse("2006-01-02", val); err != nil {
					t.Fatalf("%s:%d: %v", path, n, err)
				}
			}
		case "dateline":
			c.dateline = val
		case "todo":
			c.todo = val
		case "text":
			c.paras = append(c.paras, val)
		case "role", "event", "claim", "person", "not-person", "form", "org-form":
			c.want[key] = append(c.want[key], normFields(val))
		case "rule":
			if !slices.Contains(rules, rule(val)) {
				t.Fatalf("%s:%d: no rule %q (rules.go)", path, n, val)
			}
			c.rules = append(c.rules, rule(val))
		case "none":
			c.want[strings.TrimSuffix(val, "s")] = []string{}
		default:
			t.Fatalf("%s:%d: unknown key %q", path, n, key)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// normFields trims the fields of a "a | b | c" line.
func normFields(s string) string {
	fs := strings.Split(s, "|")
	for i := range fs {
		fs[i] = strings.TrimSpace(fs[i])
	}
	return strings.Join(fs, " | ")
}

func TestConstructions(t *testing.T) {
	files, err := filepath.Glob("../testdata/constructions/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no construction files: %v", err)
	}
	for _, path := range files {
		for _, c := range readConstructions(t, path) {
			t.Run(strings.TrimSuffix(c.file, ".txt")+"/"+c.name, func(t *testing.T) {
				a := article.Article{ID: "t.txt", Text: strings.Join(c.paras, "\n"), Published: c.published, Dateline: c.dateline}
				f := extractor(t).Extract(a)
				checkFacts(t, a.Text, f)
				if c.todo != "" {
					// Still run, so a known miss cannot crash or break the
					// invariants; its facts are not checked.
					t.Skip("todo: " + c.todo)
				}
				c.check(t, f)
			})
		}
	}
}

func (c construction) check(t *testing.T, f fact.Facts) {
	t.Helper()
	where := fmt.Sprintf("%s:%d", c.file, c.line)
	exact := func(kind string, got []string) {
		want, ok := c.want[kind]
		if !ok {
			return
		}
		var g []string
		for _, x := range got {
			g = append(g, trimTo(x, want))
		}
		slices.Sort(g)
		w := slices.Clone(want)
		slices.Sort(w)
		if !slices.Equal(g, w) {
			t.Errorf("%s: %ss\n got  %q\n want %q", where, kind, g, w)
		}
	}
	var roles, events, claims []string
	for _, r := range f.Roles {
		roles = append(roles, name(f, r.Person)+" | "+r.Title+" | "+name(f, r.Org))
	}
	for _, e := range f.Events {
		var ps []string
		for _, p := range e.Participants {
			n := strings.Fields(f.Entities[p].Name)
			ps = append(ps, n[len(n)-1])
		}
		slices.Sort(ps)
		date := "-"
		if e.Start != "" {
			date = e.Start
			if e.End != e.Start {
				date += "/" + e.End
			}
		}
		events = append(events, fmt.Sprintf("%s %s | %s | %s | %s | %s %s", e.Kind, e.Status, strings.Join(ps, ", "), name(f, e.Place), date, e.CAMEO, e.PLOVERMode))
	}
	for _, cl := range f.Claims {
		how := "reported"
		if cl.Quoted {
			how = "quoted"
		}
		claims = append(claims, name(f, cl.Speaker)+" | "+cl.Text+" | "+how+" | "+orDash(cl.Date)+" | "+orDash(cl.Medium))
	}
	exact("role", roles)
	exact("event", events)
	exact("claim", claims)
	fired := firedRules(f)
	for _, r := range c.rules {
		if !fired[r] {
			t.Errorf("%s: no fact read by rule %s; rules that fired: %v", where, r, fired)
		}
	}

	persons := map[string][]string{}
	for _, e := range f.Entities {
		if e.Kind == fact.Person {
			persons[e.Name] = e.Forms
		}
	}
	for _, w := range c.want["person"] {
		if _, ok := persons[w]; !ok {
			t.Errorf("%s: no person %q; people: %q", where, w, keys(persons))
		}
	}
	for _, w := range c.want["not-person"] {
		for n, forms := range persons {
			if n == w || slices.Contains(forms, w) {
				t.Errorf("%s: %q taken for a person (%q)", where, w, n)
			}
		}
	}
	for _, w := range c.want["form"] {
		n, form, _ := strings.Cut(w, " | ")
		if !slices.Contains(persons[n], form) {
			t.Errorf("%s: person %q has forms %q, want %q among them", where, n, persons[n], form)
		}
	}
	orgs := map[string][]string{}
	for _, e := range f.Entities {
		if e.Kind == fact.Org {
			orgs[e.Name] = e.Forms
		}
	}
	for _, w := range c.want["org-form"] {
		n, form, _ := strings.Cut(w, " | ")
		if !slices.Contains(orgs[n], form) {
			t.Errorf("%s: org %q has forms %q, want %q among them; orgs: %q", where, n, orgs[n], form, keys(orgs))
		}
	}
}

// trimTo cuts a found fact to as many fields as the wanted lines of its
// type give, so that a case checks only the fields it states.
func trimTo(got string, want []string) string {
	n := 0
	for _, w := range want {
		n = max(n, strings.Count(w, " | ")+1)
	}
	fs := strings.Split(got, " | ")
	if n > 0 && n < len(fs) {
		fs = fs[:n]
	}
	for i := range fs {
		fs[i] = strings.TrimSpace(fs[i])
	}
	return strings.Join(fs, " | ")
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func keys(m map[string][]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// firedRules is the set of rules the roles, events and claims of f were
// read by.
func firedRules(f fact.Facts) map[rule]bool {
	fired := map[rule]bool{}
	for _, r := range f.Roles {
		fired[rule(r.Rule)] = true
	}
	for _, e := range f.Events {
		fired[rule(e.Rule)] = true
	}
	for _, c := range f.Claims {
		fired[rule(c.Rule)] = true
	}
	return fired
}

// TestRulesFire checks that every named rule reads a fact from at least
// one construction case that is not a known miss, and that every fact of
// every case names a rule of rules.go.
func TestRulesFire(t *testing.T) {
	files, err := filepath.Glob("../testdata/constructions/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no construction files: %v", err)
	}
	x := extractor(t)
	fired := map[rule]bool{}
	for _, path := range files {
		for _, c := range readConstructions(t, path) {
			if c.todo != "" {
				continue
			}
			a := article.Article{ID: "t.txt", Text: strings.Join(c.paras, "\n"), Published: c.published, Dateline: c.dateline}
			for r := range firedRules(x.Extract(a)) {
				if !slices.Contains(rules, r) {
					t.Errorf("%s:%d: a fact names rule %q, which rules.go does not list", c.file, c.line, r)
				}
				fired[r] = true
			}
		}
	}
	for _, r := range rules {
		if !fired[r] {
			t.Errorf("rule %s reads no fact in any construction case", r)
		}
	}
}
