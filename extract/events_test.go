package extract

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/article"
)

// The people and places here are invented or generic.

type wantEvent struct {
	kind, status string
	people       []string // surnames
	place        string
	start, end   string
	cameo, mode  string
}

func eventsOf(t *testing.T, x *Extractor, a article.Article) []wantEvent {
	t.Helper()
	f := x.Extract(a)
	var out []wantEvent
	for _, e := range f.Events {
		w := wantEvent{kind: e.Kind, status: e.Status, start: e.Start, end: e.End, cameo: e.CAMEO, mode: e.PLOVERMode}
		for _, p := range e.Participants {
			n := strings.Fields(f.Entities[p].Name)
			w.people = append(w.people, n[len(n)-1])
		}
		sort.Strings(w.people)
		if e.Place >= 0 {
			w.place = f.Entities[e.Place].Name
		}
		out = append(out, w)
	}
	return out
}

func TestEvents(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	ref := time.Date(2025, 3, 15, 0, 0, 0, 0, time.UTC) // a Saturday
	for _, c := range []struct {
		name     string
		dateline string
		text     string
		want     []wantEvent
	}{
		{name: "met in a place on a date",
			text: "German Chancellor Lena Brandt met French President Tomas Varga in Vienna on March 12.",
			want: []wantEvent{{kind: "meeting", status: "held", people: []string{"Brandt", "Varga"}, place: "Vienna", start: "2025-03-12", end: "2025-03-12", cameo: "044", mode: "third-party"}}},
		{name: "dateline city is not the meeting place",
			dateline: "Paris",
			text:     "German Chancellor Lena Brandt met French President Tomas Varga in Vienna on Tuesday.",
			want:     []wantEvent{{kind: "meeting", status: "held", people: []string{"Brandt", "Varga"}, place: "Vienna", start: "2025-03-11", end: "2025-03-11", cameo: "044", mode: "third-party"}}},
		{name: "planned, hosted, weekday with the date in brackets",
			text: "British Prime Minister Ada Quist will host German Chancellor Lena Brandt and French President Tomas Varga in London on Monday (March 17).",
			want: []wantEvent{{kind: "meeting", status: "planned", people: []string{"Brandt", "Quist", "Varga"}, place: "London", start: "2025-03-17", end: "2025-03-17", cameo: "040", mode: "multilateral"}}},
		{name: "a phone call has no place",
			text: "French President Tomas Varga had a phone call with German Chancellor Lena Brandt on Friday from Paris.",
			want: []wantEvent{{kind: "call", status: "held", people: []string{"Brandt", "Varga"}, start: "2025-03-14", end: "2025-03-14", cameo: "041", mode: "phone"}}},
		{name: "talks between: only the people after between",
			text: "Economy Minister Ivan Petrenko welcomed the talks in Geneva on March 3 between German Chancellor Lena Brandt and French President Tomas Varga.",
			want: []wantEvent{{kind: "meeting", status: "held", people: []string{"Brandt", "Varga"}, place: "Geneva", start: "2025-03-03", end: "2025-03-03", cameo: "044", mode: "third-party"}}},
		{name: "talked about, not told",
			text: "French President Tomas Varga described the talks with German Chancellor Lena Brandt as useful.",
			want: nil},
		{name: "a meeting word with no one at it",
			text: "The results met expectations, and the committee meeting was postponed.",
			want: nil},
		{name: "a group stands for the people named in it",
			text: "U.S. envoys Anna Reed and Mark Cole arrived on Thursday.\nThe envoys met Russian President Ivan Petrov in Moscow on Friday.",
			want: []wantEvent{{kind: "meeting", status: "held", people: []string{"Cole", "Petrov", "Reed"}, place: "Moscow", start: "2025-03-14", end: "2025-03-14", cameo: "042", mode: "visit"}}},
		{name: "a delegation sentence adds its people; the place comes from the clause before",
			text: "Officials from both countries met in Geneva on Wednesday.\nThe Northland delegation was led by Foreign Minister Lena Brandt and included Trade Minister Tomas Varga.",
			want: []wantEvent{{kind: "meeting", status: "held", people: []string{"Brandt", "Varga"}, place: "Geneva", start: "2025-03-12", end: "2025-03-12"}}},
		{name: "a third straight day is a span ending that day",
			text: "German Chancellor Lena Brandt and French President Tomas Varga met in Vienna for a third straight day on Friday.",
			want: []wantEvent{{kind: "meeting", status: "held", people: []string{"Brandt", "Varga"}, place: "Vienna", start: "2025-03-12", end: "2025-03-14", cameo: "044", mode: "third-party"}}},
		{name: "a possessor is not an attendee",
			text: "The President's envoy, Mark Cole, met German Chancellor Lena Brandt in Berlin on Thursday.",
			want: []wantEvent{{kind: "meeting", status: "held", people: []string{"Brandt", "Cole"}, place: "Berlin", start: "2025-03-13", end: "2025-03-13"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := article.Article{ID: "t", Text: c.text, Published: ref, Dateline: c.dateline}
			got := eventsOf(t, x, a)
			if len(got) != len(c.want) {
				t.Fatalf("got %d events %+v, want %+v", len(got), got, c.want)
			}
			for i, w := range c.want {
				g := got[i]
				if w.cameo == "" {
					g.cameo, g.mode = "", ""
				}
				if strings.Join(g.people, ",") != strings.Join(w.people, ",") || g.kind != w.kind || g.status != w.status ||
					g.place != w.place || g.start != w.start || g.end != w.end || g.cameo != w.cameo || g.mode != w.mode {
					t.Errorf("got  %+v\nwant %+v", g, w)
				}
			}
		})
	}
}

// Without the article's own date, relative dates stay unresolved.
func TestEventsWithoutArticleDate(t *testing.T) {
	x, _ := New()
	got := eventsOf(t, x, article.Article{ID: "t", Text: "German Chancellor Lena Brandt met French President Tomas Varga in Vienna last Tuesday."})
	if len(got) != 1 || got[0].start != "" {
		t.Fatalf("got %+v, want one event with no date", got)
	}
}
