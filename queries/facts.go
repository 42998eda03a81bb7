package queries

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
)

// Role is a person holding a role, with the articles that say so.
type Role struct {
	Person  string   `json:"person"`
	Role    string   `json:"role"`
	Org     *string  `json:"org"`
	Sources []string `json:"sources"`
}

// Meeting is a meeting or call: its participants, most specific place, date
// (YYYY-MM-DD or a span YYYY-MM-DD/YYYY-MM-DD), kind, status and sources.
type Meeting struct {
	ID           string   `json:"id"`
	Participants []string `json:"participants"`
	Place        *string  `json:"place"`
	PlacePath    string   `json:"place_path,omitempty"`
	Date         *string  `json:"date"`
	Kind         string   `json:"kind"`
	Status       string   `json:"status"`
	CAMEO        string   `json:"cameo,omitempty"`
	PLOVERMode   string   `json:"plover_mode,omitempty"`
	Sources      []string `json:"sources"`
}

// Claim is something a person or organisation said, with its sources.
type Claim struct {
	Source  string   `json:"source"`
	Text    string   `json:"text"`
	Quoted  bool     `json:"quoted"`
	Date    *string  `json:"date"`
	Medium  string   `json:"medium,omitempty"`
	About   []string `json:"about,omitempty"`
	Sources []string `json:"sources"`
}

// Facts is the whole store's roles, meetings and claims in the format of
// eval/FORMAT.md.
type Facts struct {
	Roles    []Role    `json:"roles"`
	Meetings []Meeting `json:"meetings"`
	Claims   []Claim   `json:"claims"`
}

// Filter narrows an answer. Names match any form of an entity's name,
// ignoring case; dates are ISO days and keep events that overlap them.
type Filter struct {
	Person string // a participant, a role holder, or a claim's speaker
	Org    string // the role's organisation
	Place  string // the meeting's place or any place containing it
	About  string // what a claim is about
	From   string
	To     string
}

// AllFacts reads every role, meeting and claim in the store.
func AllFacts(ctx context.Context, s *graph.Store) (Facts, error) {
	var f Facts
	var err error
	if f.Roles, err = Roles(ctx, s, Filter{}); err != nil {
		return f, err
	}
	if f.Meetings, err = Met(ctx, s, Filter{}); err != nil {
		return f, err
	}
	if f.Claims, err = Claims(ctx, s, Filter{}); err != nil {
		return f, err
	}
	return f, nil
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// Roles lists the roles people hold, optionally one person's or one
// organisation's.
func Roles(ctx context.Context, s *graph.Store, flt Filter) ([]Role, error) {
	r := newReader(s)
	var nodes []quad.Value
	if flt.Person != "" {
		people, err := r.find(ctx, graph.PersonClass, flt.Person)
		if err != nil {
			return nil, fmt.Errorf("roles: %w", err)
		}
		for _, p := range people {
			qs, err := s.Quads(ctx, quad.Subject, p, graph.MemberOf)
			if err != nil {
				return nil, fmt.Errorf("roles: %w", err)
			}
			for _, q := range qs {
				nodes = append(nodes, q.Object)
			}
		}
	}
	var orgs map[quad.Value]bool
	if flt.Org != "" {
		found, err := r.find(ctx, graph.OrgClass, flt.Org)
		if err != nil {
			return nil, fmt.Errorf("roles: %w", err)
		}
		orgs = map[quad.Value]bool{}
		for _, o := range found {
			orgs[o] = true
			if flt.Person != "" {
				continue
			}
			// The roles in an organisation: role memberOf org.
			qs, err := s.Quads(ctx, quad.Object, o, graph.MemberOf)
			if err != nil {
				return nil, fmt.Errorf("roles: %w", err)
			}
			for _, q := range qs {
				nodes = append(nodes, q.Subject)
			}
		}
	}
	if flt.Person == "" && flt.Org == "" {
		var err error
		if nodes, err = r.ofType(ctx, graph.RoleClass); err != nil {
			return nil, fmt.Errorf("roles: %w", err)
		}
	}
	seen := map[quad.Value]bool{}
	var out []Role
	for _, n := range nodes {
		if seen[n] {
			continue
		}
		seen[n] = true
		role, org, ok, err := r.role(ctx, n)
		if err != nil {
			return nil, fmt.Errorf("roles: %w", err)
		}
		if ok && (orgs == nil || orgs[org]) {
			out = append(out, role)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Person != out[j].Person {
			return out[i].Person < out[j].Person
		}
		return out[i].Role < out[j].Role
	})
	return out, nil
}

// role reads one role node: the person, title, organisation and sources,
// and the organisation's node (nil when none). ok is false for a node that
// is no role held by anyone.
func (r *reader) role(ctx context.Context, n quad.Value) (role Role, org quad.Value, ok bool, err error) {
	p, err := r.props(ctx, n)
	if err != nil {
		return Role{}, nil, false, err
	}
	title := p.first(graph.RoleName)
	if title == "" {
		return Role{}, nil, false, nil // a membership, not a role node
	}
	holders, err := r.s.Quads(ctx, quad.Object, n, graph.MemberOf)
	if err != nil {
		return Role{}, nil, false, err
	}
	if len(holders) == 0 {
		return Role{}, nil, false, nil
	}
	person, err := r.name(ctx, holders[0].Subject)
	if err != nil {
		return Role{}, nil, false, err
	}
	role = Role{Person: person, Role: title}
	if orgNodes := p.objects(graph.MemberOf); len(orgNodes) > 0 {
		org = orgNodes[0]
		name, err := r.name(ctx, org)
		if err != nil {
			return Role{}, nil, false, err
		}
		role.Org = &name
	}
	if role.Sources, err = r.sourceNames(ctx, p.labels()); err != nil {
		return Role{}, nil, false, err
	}
	return role, org, true, nil
}

// Met lists meetings and calls: who met whom, where, when, and which
// articles say so.
func Met(ctx context.Context, s *graph.Store, flt Filter) ([]Meeting, error) {
	r := newReader(s)
	var nodes []quad.Value
	var err error
	if flt.Person != "" {
		people, err := r.find(ctx, graph.PersonClass, flt.Person)
		if err != nil {
			return nil, fmt.Errorf("met: %w", err)
		}
		for _, p := range people {
			qs, err := s.Quads(ctx, quad.Object, p, graph.Attendee)
			if err != nil {
				return nil, fmt.Errorf("met: %w", err)
			}
			for _, q := range qs {
				nodes = append(nodes, q.Subject)
			}
		}
	} else if nodes, err = r.ofType(ctx, graph.EventClass); err != nil {
		return nil, fmt.Errorf("met: %w", err)
	}
	var out []Meeting
	seen := map[quad.Value]bool{}
	for _, n := range nodes {
		if seen[n] {
			continue
		}
		seen[n] = true
		m, ok, err := r.meeting(ctx, n, flt)
		if err != nil {
			return nil, fmt.Errorf("met: %w", err)
		}
		if ok {
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		di, dj := "", ""
		if out[i].Date != nil {
			di = *out[i].Date
		}
		if out[j].Date != nil {
			dj = *out[j].Date
		}
		if di != dj {
			return di < dj
		}
		return strings.Join(out[i].Participants, ",") < strings.Join(out[j].Participants, ",")
	})
	return out, nil
}

func (r *reader) meeting(ctx context.Context, n quad.Value, flt Filter) (Meeting, bool, error) {
	p, err := r.props(ctx, n)
	if err != nil {
		return Meeting{}, false, err
	}
	m := Meeting{ID: str(n), Kind: p.first(graph.Kind), CAMEO: p.first(graph.CAMEO), PLOVERMode: p.first(graph.PLOVERMode)}
	m.Status = graph.PlannedOrHeld(p.objects(graph.Status))
	for _, a := range p.objects(graph.Attendee) {
		name, err := r.name(ctx, a)
		if err != nil {
			return m, false, err
		}
		m.Participants = append(m.Participants, name)
	}
	sort.Strings(m.Participants)
	// The most specific place any source gives.
	var place quad.Value
	best := -1
	for _, pl := range p.objects(graph.Location) {
		if d := r.depth(ctx, pl); d > best {
			place, best = pl, d
		}
	}
	if place != nil {
		name, err := r.name(ctx, place)
		if err != nil {
			return m, false, err
		}
		m.Place = &name
		if m.PlacePath, err = r.placePath(ctx, place); err != nil {
			return m, false, err
		}
	}
	from, to := "", ""
	for _, v := range p.objects(graph.StartDate) {
		if d := str(v); from == "" || d < from {
			from = d
		}
	}
	for _, v := range p.objects(graph.EndDate) {
		if d := str(v); d > to {
			to = d
		}
	}
	switch {
	case from == "":
	case to == "" || to == from:
		m.Date = &from
	default:
		span := from + "/" + to
		m.Date = &span
	}
	if m.Sources, err = r.sourceNames(ctx, p.labels()); err != nil {
		return m, false, err
	}
	if flt.Place != "" && !strings.Contains(strings.ToLower(m.PlacePath), strings.ToLower(flt.Place)) {
		return m, false, nil
	}
	if flt.From != "" && (to == "" && from == "" || max(to, from) < flt.From) {
		return m, false, nil
	}
	if flt.To != "" && (from == "" || from > flt.To) {
		return m, false, nil
	}
	return m, true, nil
}

// Claims lists what people and organisations said, optionally one speaker's
// or about one entity.
func Claims(ctx context.Context, s *graph.Store, flt Filter) ([]Claim, error) {
	r := newReader(s)
	var nodes []quad.Value
	if flt.Person != "" {
		var speakers []quad.Value
		for _, class := range []quad.IRI{graph.PersonClass, graph.OrgClass} {
			found, err := r.find(ctx, class, flt.Person)
			if err != nil {
				return nil, fmt.Errorf("claims: %w", err)
			}
			speakers = append(speakers, found...)
		}
		for _, sp := range speakers {
			qs, err := s.Quads(ctx, quad.Object, sp, graph.Author)
			if err != nil {
				return nil, fmt.Errorf("claims: %w", err)
			}
			for _, q := range qs {
				nodes = append(nodes, q.Subject)
			}
		}
	} else {
		for _, class := range []quad.IRI{graph.QuotationClass, graph.ClaimClass} {
			found, err := r.ofType(ctx, class)
			if err != nil {
				return nil, fmt.Errorf("claims: %w", err)
			}
			nodes = append(nodes, found...)
		}
	}
	var about map[quad.Value]bool
	if flt.About != "" {
		about = map[quad.Value]bool{}
		for _, class := range []quad.IRI{graph.PersonClass, graph.OrgClass, graph.PlaceClass} {
			found, err := r.find(ctx, class, flt.About)
			if err != nil {
				return nil, fmt.Errorf("claims: %w", err)
			}
			for _, f := range found {
				about[f] = true
			}
		}
	}
	var out []Claim
	seen := map[quad.Value]bool{}
	for _, n := range nodes {
		if seen[n] {
			continue
		}
		seen[n] = true
		c, ok, err := r.claim(ctx, n, about)
		if err != nil {
			return nil, fmt.Errorf("claims: %w", err)
		}
		if ok {
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Source != out[j].Source {
			return out[i].Source < out[j].Source
		}
		return out[i].Text < out[j].Text
	})
	return out, nil
}

// claim reads one claim node. ok is false when it has no speaker, or when
// about is not nil and the claim is about none of its entities.
func (r *reader) claim(ctx context.Context, n quad.Value, about map[quad.Value]bool) (Claim, bool, error) {
	p, err := r.props(ctx, n)
	if err != nil {
		return Claim{}, false, err
	}
	authors := p.objects(graph.Author)
	if len(authors) == 0 {
		return Claim{}, false, nil
	}
	c := Claim{Text: p.first(graph.Text), Quoted: p.first(graph.Quoted) == "true", Medium: p.first(graph.Medium)}
	if c.Source, err = r.name(ctx, authors[0]); err != nil {
		return Claim{}, false, err
	}
	c.Date = optional(p.first(graph.DateCreated))
	match := about == nil
	for _, a := range p.objects(graph.About) {
		name, err := r.name(ctx, a)
		if err != nil {
			return Claim{}, false, err
		}
		c.About = append(c.About, name)
		match = match || about[a]
	}
	if !match {
		return Claim{}, false, nil
	}
	if c.Sources, err = r.sourceNames(ctx, p.objects(graph.Appearance)); err != nil {
		return Claim{}, false, err
	}
	return c, true, nil
}
