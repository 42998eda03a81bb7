package extract

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract/dates"
	"github.com/newsgraph/newsgraph/fact"
)

// wordClass is a set of the word lists of lexicon/events.tsv a word is on:
// one map lookup tells every list a token belongs to.
type wordClass uint32

// The word lists, by their class names in lexicon/events.tsv.
const (
	wVerb wordClass = 1 << iota
	wNoun
	wCall
	wFuture
	wBoundary
	wJoin
	wGroup
	wReport
	wTravel
	wPhrasal
	wWithPhrasal
	wNegation
	wCancel
	wOpener
	wSpeak
	wVisitverb
	wDelegation
	wInclude
	wHead
	wAsComplement
	wAsSubject
	wPlaceNoun
	wVenueNoun
	wFamily
	wTripVerb
	wAdjNoun
	wObserver
	wPanel
	wHabitual
	wPairStart // the first word of a two-word entry ("sat" of "sat_down")
)

// wordClasses names the word lists as lexicon/events.tsv does; read only.
var wordClasses = map[string]wordClass{
	"verb":         wVerb,
	"noun":         wNoun,
	"call":         wCall,
	"future":       wFuture,
	"boundary":     wBoundary,
	"join":         wJoin,
	"group":        wGroup,
	"report":       wReport,
	"travel":       wTravel,
	"phrasal":      wPhrasal,
	"withphrasal":  wWithPhrasal,
	"negation":     wNegation,
	"cancel":       wCancel,
	"opener":       wOpener,
	"speak":        wSpeak,
	"visitverb":    wVisitverb,
	"delegation":   wDelegation,
	"include":      wInclude,
	"head":         wHead,
	"ascomplement": wAsComplement,
	"assubject":    wAsSubject,
	"placenoun":    wPlaceNoun,
	"venuenoun":    wVenueNoun,
	"family":       wFamily,
	"tripverb":     wTripVerb,
	"adjnoun":      wAdjNoun,
	"observer":     wObserver,
	"panel":        wPanel,
	"habitual":     wHabitual,
}

// eventRules are the word lists of the events stage, read once from
// lexicon/events.tsv, and the capitals a government building stands in.
type eventRules struct {
	words    map[string]wordClass // word -> the lists it is on
	capitals map[string]string    // country -> capital
}

func newEventRules() (*eventRules, error) {
	r := &eventRules{words: map[string]wordClass{}, capitals: map[string]string{}}
	var seen wordClass
	err := readTSV("events.tsv", func(c []string) error {
		if len(c) < 2 {
			return fmt.Errorf("want class<TAB>words")
		}
		class, ok := wordClasses[c[0]]
		if !ok {
			return fmt.Errorf("unknown class %q", c[0])
		}
		for _, w := range strings.Fields(c[1]) {
			r.words[w] |= class
			seen |= class
			if first, _, ok := strings.Cut(w, "_"); ok {
				r.words[first] |= wPairStart
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readTSV("countries.tsv", func(c []string) error {
		if name, capital := col(c, 0), col(c, 4); name != "" && capital != "" {
			r.capitals[name] = capital
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for name, c := range wordClasses {
		if seen&c == 0 {
			return nil, fmt.Errorf("lexicon/events.tsv: no %q words", name)
		}
	}
	return r, nil
}

// is reports whether w is on the word list c.
func (r *eventRules) is(c wordClass, w string) bool { return r.words[w]&c != 0 }

// isPair reports whether the words w and next, joined by "_", are on the
// word list c ("sat_down", "called_off"), without building the pair for
// words that begin none.
func (r *eventRules) isPair(c wordClass, w, next string) bool {
	return r.words[w]&wPairStart != 0 && r.is(c, w+"_"+next)
}

// draft is an event read from one clause, before events of the article merge.
type draft struct {
	kind, status string
	people       []int
	place        int
	from, to     time.Time
	definite     bool // "the talks", "the meeting": refers to an event told before
	member       bool // a delegation sentence with no meeting word of its own
	anchor       int  // for a member draft, a person the event joined must have, else -1
	sideline     bool // on the sidelines of another meeting: an event of its own
	perfect      bool // told in the past perfect ("had met"): before the story's days
	here         bool // held "here", in the dateline's town: the story's own day
	apart        bool // "also met X": a further meeting, not more of one told
	sentence     int
	span         fact.Span
	conf         float64
	ruled
}

// ordinalDay reads "a third straight day", "second consecutive day": the
// talks have run that many days up to the day the sentence speaks of.
var ordinalDay = regexp.MustCompile(`(?i)\b(second|third|fourth|fifth|sixth|seventh|2nd|3rd|4th|5th)\s+(?:straight|consecutive|successive)\s+day|\bthe\s+(second|third|fourth|fifth)\s+day\s+of\s+(?:talks|negotiations|meetings|discussions)|\bfor\s+a\s+(second|third|fourth|fifth|sixth|seventh|2nd|3rd|4th|5th)\s+day\b|\b(two|three|four|five)\s+days\s+of\s+(?:talks|negotiations|meetings|discussions|consultations)`)

var ordinals = map[string]int{"second": 2, "2nd": 2, "two": 2, "third": 3, "3rd": 3, "three": 3, "fourth": 4, "4th": 4, "four": 4, "fifth": 5, "5th": 5, "five": 5, "sixth": 6, "seventh": 7}

// eventStage is the events stage of one article: the word lists, and the
// state one sentence leaves for the next. The stage reads the doc and
// writes only here.
type eventStage struct {
	*eventRules
	// delegates are the people delegation sentences have named so far:
	// "the two delegations" stands for them.
	delegates []int
	// sides are those people by delegation sentence, one side each: "received
	// both delegations separately" is one meeting with each side.
	sides [][]int
	// lastEventDate is the last day of the last meeting dated: "four days
	// later" counts from it.
	lastEventDate time.Time
	// lastDayOf is, per status, the last day of the last meeting of that
	// status dated: "the same day" in a meeting held is not the day of a
	// plan told in between.
	lastDayOf map[string]time.Time
	// toldMeeting marks, per sentence, whether a meeting was read from it,
	// and whether that meeting was dated: a neighbouring meeting left
	// undated takes no day from a sentence about another.
	toldMeeting map[int]bool
}

// findEvents runs the events stage over d with the word lists r.
func findEvents(r *eventRules, d *doc) []fact.Event {
	s := &eventStage{eventRules: r}
	return s.find(d)
}

// find reads the meetings and calls of an article. A clause with a meeting
// word and the people around it makes a draft. Clauses that name fewer than
// two people ("negotiators met at the Shell Bay Club for a second day", "the
// talks also involve X") build up a context that the next clause about "the
// talks" takes its people, place and date from; a delegation sentence ("the
// delegation was led by A and included B") adds its people to the event just
// told. Drafts that tell one event then merge into one Event.
func (r *eventStage) find(d *doc) []fact.Event {
	var drafts []draft
	// ctx holds, per status, the people, place and date told so far of an
	// event not yet complete: a plan mentioned in passing ("days before an
	// envoy is to travel to Moscow") does not wipe out the meeting being told.
	ctx := map[string]*draft{}
	last := -1 // the draft just told
	for si, s := range d.sentences {
		if s.heading || si >= len(d.toks) {
			continue
		}
		toks := d.toks[si]
		ms := d.mentionsIn(si)
		for _, cl := range r.clauses(toks) {
			for _, dr := range r.clauseDrafts(d, si, toks, ms, cl) {
				drafts, last = r.take(d, si, toks, cl, dr, drafts, last, ctx)
			}
		}
	}
	return d.mergeDrafts(drafts)
}

// neighbourDate dates a meeting held that its clause leaves undated from a
// sentence next to it that names all its people and one day ("X welcomed
// Y to Berlin ... X told reporters on Thursday that Y was a friend"): news
// tells one encounter over neighbouring sentences. A sentence
// that tells a meeting of its own is about that one instead.
func (r *eventStage) neighbourDate(d *doc, dr *draft) {
	if !dr.from.IsZero() || dr.status != fact.Held || dr.perfect || len(dr.people) < 2 || d.ref.IsZero() {
		return
	}
	for _, off := range [...]int{-1, 1, -2, 2} {
		si := dr.sentence + off
		if si < 0 || si >= len(d.sentences) || si >= len(d.toks) || d.sentences[si].heading {
			continue
		}
		// A sentence read before tells whether its meeting was dated; one
		// still to read, whether it has a meeting word at all.
		if dated, read := r.toldMeeting[si]; read && dated || off > 0 && r.tellsMeeting(d, si) {
			continue
		}
		base := d.sentences[si].span.Start
		var day dates.Mention
		n := 0
		for _, m := range d.sentenceDates(si) {
			if m.Resolved() && m.Precision <= dates.Days && !m.From.After(d.ref) && !d.inQuote(base+m.Start) && (n == 0 || !m.From.Equal(day.From) || !m.To.Equal(day.To)) {
				day, n = m, n+1 // "Lima, Oct. 2 -- ... agreed Wednesday": one day
			}
		}
		if n != 1 {
			continue
		}
		named := map[int]bool{}
		for _, k := range d.inSentence(si) {
			m := d.mentions[k]
			if m.kind == fact.Person && m.entity >= 0 && !m.quoted {
				named[m.entity] = true
			}
		}
		all := true
		for _, p := range dr.people {
			all = all && named[p]
		}
		if all {
			dr.from, dr.to = day.From, day.To
			return
		}
	}
}

// tripPlace is where a trip told in a neighbouring sentence took one of the
// meeting's people ("X has met Y ... X travelled to Oslo to present the
// plan"; "X was in Lima this week"): the place of a meeting its clause does
// not place. -1 when no such trip is told, or two places are.
func (r *eventStage) tripPlace(d *doc, si int, people []int) int {
	found := -1
	for sj := max(0, si-2); sj <= si+2 && sj < len(d.sentences) && sj < len(d.toks); sj++ {
		toks := d.toks[sj]
		ms := d.sentenceMentions(sj)
		for _, m := range ms {
			if m.kind != fact.Person || m.entity < 0 || m.quoted || !containsInt(people, m.entity) {
				continue
			}
			k := m.t1
			for k < len(toks) && k < m.t1+2 && (toks[k].lower == "also" || toks[k].lower == "has" || toks[k].lower == "had" || strings.HasSuffix(toks[k].lower, "ly")) {
				k++
			}
			if k+1 >= len(toks) || !toks[k].on(wTripVerb) {
				continue
			}
			at := k + 1
			if w := toks[at].lower; w == "to" || w == "in" {
				at++
			} else if !toks[k].on(wVisitverb) {
				continue
			}
			for _, p := range ms {
				if p.t0 != at || p.entity < 0 || !(p.kind == fact.Place || p.kind == fact.Org && d.lx.countries[d.entities[p.entity].Name] != nil) {
					continue
				}
				if found >= 0 && found != p.entity {
					return -1 // two trips: which one is not told
				}
				found = p.entity
			}
		}
	}
	return found
}

// leadTrip is where the story's first sentence puts an official it does
// not name yet ("A senior Elbonian official was in Rome for hearings"),
// for a meeting held by one who holds a role in that official's body or
// country: the trip the story is about. -1 when the lead tells no such trip.
func (r *eventStage) leadTrip(d *doc, people []int) int {
	si := 0
	for si < len(d.sentences) && d.sentences[si].heading {
		si++
	}
	if si >= len(d.toks) || len(d.toks[si]) < 4 {
		return -1
	}
	toks := d.toks[si]
	if w := toks[0].lower; w != "a" && w != "an" {
		return -1
	}
	ms := d.sentenceMentions(si)
	for k := 1; k+2 < len(toks) && k < 8; k++ {
		if !isBeForm(toks[k].lower) || toks[k+1].lower != "in" {
			continue
		}
		body, place := -1, -1
		for _, m := range ms {
			switch {
			case m.t1 <= k && m.kind == fact.Person && m.how == byTitle && containsInt(people, m.entity):
				body = -2 // the title already stands for one of them
			case m.t1 <= k && m.kind == fact.Person && m.how != byGroup && m.entity >= 0:
				return -1 // a named subject: tripPlace reads it
			case m.t1 <= k && m.kind == fact.Org && m.entity >= 0 && body != -2:
				body = m.entity
			case m.t0 == k+2 && m.entity >= 0 && (m.kind == fact.Place || m.kind == fact.Org && d.lx.countries[d.entities[m.entity].Name] != nil):
				place = m.entity
			}
		}
		if place >= 0 && (body == -2 || body >= 0 && d.roleIn(body, people)) {
			return place
		}
		return -1
	}
	return -1
}

// roleIn reports whether one of people holds a role in body.
func (d *doc) roleIn(body int, people []int) bool {
	for _, role := range d.roles {
		if role.Org == body && containsInt(people, role.Person) {
			return true
		}
	}
	return false
}

// sentenceMentions is the mentions of sentence si, by the index of
// mentions per sentence rather than a scan of all of them.
func (d *doc) sentenceMentions(si int) []mention {
	idx := d.inSentence(si)
	out := make([]mention, len(idx))
	for i, k := range idx {
		out[i] = d.mentions[k]
	}
	return out
}

// sectionDate is the day a diary-style section opens with ("Monday — He
// hosted X. He also met Y."; a head "Tuesday:"), for the sentences of its
// paragraph, resolved for a meeting of the status given; zero when none.
func (r *eventStage) sectionDate(d *doc, si int, status string) (time.Time, time.Time) {
	for sj := si; sj >= 0; sj-- {
		text := d.sentences[sj].text
		for _, m := range d.sentenceDates(sj) {
			rest := strings.TrimSpace(text[m.End:])
			opens := strings.TrimSpace(text[:m.Start]) == "" && m.Resolved() && m.Precision == dates.Day &&
				(strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, ":") || rest == "" && d.sentences[sj].heading)
			if !opens {
				break // only the first date, at the start
			}
			from := m.From
			if status == fact.Held && m.ByTense && from.After(d.ref) {
				from = from.AddDate(0, 0, -7)
			}
			if status == fact.Held && from.After(d.ref) || status == fact.Planned && from.Before(d.ref) {
				return time.Time{}, time.Time{}
			}
			return from, from
		}
		// The section runs to the end of its paragraph; a head stands on
		// the line before it.
		if sj > 0 && strings.Contains(d.art.Text[d.sentences[sj-1].span.End:d.sentences[sj].span.Start], "\n") && !d.sentences[sj-1].heading {
			break
		}
	}
	return time.Time{}, time.Time{}
}

// leadDate dates a meeting held, told in the story's first paragraphs and
// left undated, by the one day of its lead when two of its people are the
// lead's, or it was held "here" in the dateline's town, and the lead tells
// no meeting of its own ("Britain and Norway yesterday signed a pact ... A
// and B put their names to it ... The ministers held talks over lunch with
// C"): the story of one day.
func (r *eventStage) leadDate(d *doc, dr *draft) {
	const leadLen, storyLen = 2, 8
	if !dr.from.IsZero() || dr.status != fact.Held || dr.perfect || len(dr.people) < 2 && !dr.here || d.ref.IsZero() || dr.sentence >= storyLen {
		return
	}
	var day dates.Mention
	n := 0
	named := map[int]bool{}
	for si := 0; si < leadLen && si < dr.sentence && si < len(d.sentences); si++ {
		if d.sentences[si].heading {
			continue
		}
		if si >= len(d.toks) || r.tellsMeeting(d, si) {
			return // a lead that tells a meeting dates that one
		}
		base := d.sentences[si].span.Start
		for _, m := range d.sentenceDates(si) {
			if m.Resolved() && m.Precision == dates.Day && !m.From.After(d.ref) && !d.inQuote(base+m.Start) && (n == 0 || !m.From.Equal(day.From)) {
				day, n = m, n+1
			}
		}
		for _, k := range d.inSentence(si) {
			m := d.mentions[k]
			if m.kind == fact.Person && m.entity >= 0 && !m.quoted {
				named[m.entity] = true
			}
		}
	}
	shared := 0
	for _, p := range dr.people {
		if named[p] {
			shared++
		}
	}
	if n == 1 && (shared >= 2 || dr.here) {
		dr.from, dr.to = day.From, day.To
	}
}

// hereIn reports whether the tokens say "here" outside quotation marks: in
// wire copy, the dateline's town.
func hereIn(d *doc, toks []token) bool {
	for _, t := range toks {
		if t.lower == "here" && !d.inQuote(t.start) {
			return true
		}
	}
	return false
}

// tellsMeeting reports whether sentence si has a meeting word outside
// quotation marks.
func (r *eventStage) tellsMeeting(d *doc, si int) bool {
	for _, t := range d.toks[si] {
		if (r.is(wNoun, t.lower) || r.is(wVerb, t.lower) && !r.is(wSpeak, t.lower)) && !d.inQuote(t.start) {
			return true
		}
	}
	return false
}

// clauseDrafts reads the meetings one clause tells: one, or two where the
// clause has a second object with its own place ("X met A in Kinshasa on
// Thursday and B in Kigali on Friday": X met each).
func (r *eventStage) clauseDrafts(d *doc, si int, toks []token, ms []mention, cl [2]int) []draft {
	if out := r.datedList(d, si, toks, ms, cl); out != nil {
		return withRule(ruleDatedList, out)
	}
	if out := r.occasions(d, si, toks, ms, cl); out != nil {
		return withRule(ruleOccasions, out)
	}
	k := r.gap(toks, ms, cl)
	if k < 0 {
		dr, ok := r.clause(d, si, toks, ms, cl)
		if !ok {
			return nil
		}
		return r.separately(d, toks, ms, cl, dr)
	}
	first, ok := r.clause(d, si, toks, ms, [2]int{cl[0], k})
	if !ok {
		return nil
	}
	trig, _ := r.trigger(toks, ms, [2]int{cl[0], k})
	second := first
	second.rule = ruleSecondObject
	second.people = nil
	for _, m := range ms {
		if m.t0 >= cl[0] && m.t1 <= trig && m.kind == fact.Person && m.entity >= 0 && containsInt(first.people, m.entity) {
			second.people = appendNew(second.people, m.entity) // the subject
		}
	}
	for _, p := range r.attendees(d, toks, ms, [2]int{k + 1, cl[1]}) {
		second.people = appendNew(second.people, p)
	}
	rest := [2]int{k + 1, cl[1]}
	second.place = r.placeNear(d, toks, ms, rest, k+1)
	if from, to := r.clauseDate(d, si, toks, rest, k+1, second.status); !from.IsZero() {
		second.from, second.to = from, to
	}
	second.span = fact.Span{Start: toks[k+1].start, End: toks[cl[1]-1].end}
	return []draft{first, second}
}

// occasions splits "X has met Y often, including at a county fair and a
// Denver hotel" into one meeting per place the list names: each item
// is an encounter of its own, at its venue and on its day, if it gives one;
// nil when the clause lists no two places.
func (r *eventStage) occasions(d *doc, si int, toks []token, ms []mention, cl [2]int) []draft {
	if cl[1] < len(toks) && toks[cl[1]].lower == "since" {
		// "has met Y often since 2023, including at ...": the
		// list goes on past the clause of time.
		cl[1] = len(toks)
	}
	k := -1
	for i := cl[0]; i+1 < cl[1]; i++ {
		if toks[i].lower == "including" && (toks[i+1].lower == "at" || toks[i+1].lower == "in") {
			k = i
			break
		}
	}
	if k < 0 {
		return nil
	}
	trig, _ := r.trigger(toks, ms, [2]int{cl[0], k})
	if trig < 0 || !toks[trig].on(wVerb) {
		return nil
	}
	base, ok := r.clause(d, si, toks, ms, [2]int{cl[0], k})
	if !ok || len(base.people) < 2 {
		return nil
	}
	var items [][2]int
	start := k + 1
	for i := start; i <= cl[1]; i++ {
		if i == cl[1] || toks[i].lower == "and" || toks[i].text == "," || toks[i].text == "." {
			if i > start {
				switch toks[start].lower {
				case "at", "in", "a", "an", "the":
				default:
					i = cl[1] // ", his office said": the list is over
					continue
				}
				items = append(items, [2]int{start, i})
			}
			start = i + 1
			if i < cl[1] && toks[i].text == "." {
				break
			}
		}
	}
	if len(items) < 2 {
		return nil
	}
	var out []draft
	for _, it := range items {
		dr := base
		dr.place = r.itemVenue(d, toks, it)
		if dr.place < 0 {
			dr.place = r.placeNear(d, toks, ms, it, it[0])
		}
		dr.from, dr.to = r.clauseDate(d, si, toks, it, it[0], dr.status)
		dr.apart = true
		dr.span = fact.Span{Start: toks[it[0]].start, End: toks[it[1]-1].end}
		out = append(out, dr)
	}
	return out
}

// itemVenue reads the venue of one item of a list of places ("at a game",
// "a Denver restaurant"): a determiner, up to two modifiers and a venue
// noun; -1 when the item names none.
func (r *eventStage) itemVenue(d *doc, toks []token, it [2]int) int {
	i := it[0]
	if w := toks[i].lower; (w == "at" || w == "in") && i+1 < it[1] {
		i++
	}
	switch toks[i].lower {
	case "a", "an", "the", "his", "her", "their":
	default:
		return -1
	}
	for k := i + 1; k < it[1] && k <= i+3; k++ {
		if !toks[k].upper && r.isVenueNoun(toks[k].lower) {
			id := d.lateEntity(fact.Place, joinTokens(toks[i+1:k+1]))
			d.noteMention(id, fact.Span{Start: toks[i+1].start, End: toks[k].end})
			return id
		}
	}
	return -1
}

// datedList reads a list of meetings after a colon, each item a person and
// the day ("visitors who have met X this year: A on June 10, B on August 1
// and C on May 3"): one meeting of X with each, on the item's day. The list
// states what happened, so it is read inside a quotation too, as a source's
// account of the record; nil when the clause holds no such list.
func (r *eventStage) datedList(d *doc, si int, toks []token, ms []mention, cl [2]int) []draft {
	colon := -1
	for i := cl[0]; i < cl[1]; i++ {
		if toks[i].text == ":" {
			colon = i
			break
		}
	}
	if colon < 0 || colon+1 >= cl[1] {
		return nil
	}
	trig, _ := r.trigger(toks, ms, [2]int{cl[0], colon})
	if trig < 0 || !toks[trig].on(wVerb) || colon-trig > 6 {
		return nil
	}
	person := func(m mention) bool {
		return m.kind == fact.Person && m.how != byGroup && m.entity >= 0 && !m.poss
	}
	var heads []int
	for _, m := range ms {
		if m.t0 >= cl[0] && m.t1 <= colon && person(m) {
			heads = appendNew(heads, m.entity)
		}
	}
	var items []mention
	for _, m := range ms {
		if m.t0 > colon && m.t1 <= cl[1] && person(m) {
			items = append(items, m)
		}
	}
	if len(heads) != 1 || len(items) < 2 {
		return nil
	}
	var out []draft
	for i, m := range items {
		end := cl[1]
		if i+1 < len(items) {
			end = items[i+1].t0
		}
		item := [2]int{m.t0, end}
		from, to := r.clauseDate(d, si, toks, item, m.t0, fact.Held)
		if from.IsZero() || containsInt(heads, m.entity) {
			return nil // an undated item: a list of names, not of meetings
		}
		out = append(out, draft{kind: fact.Meeting, status: fact.Held, place: -1, anchor: -1, sentence: si, conf: 0.75,
			people: []int{heads[0], m.entity}, from: from, to: to,
			span: fact.Span{Start: toks[m.t0].start, End: toks[end-1].end}})
	}
	return out
}

// separately splits "X met the two delegations separately" into one
// meeting of X with each side (each person where no side is known): those
// X met were not together.
func (r *eventStage) separately(d *doc, toks []token, ms []mention, cl [2]int, dr draft) []draft {
	if !hasWord(toks[cl[0]:cl[1]], "separately") || len(dr.people) < 3 {
		return []draft{dr}
	}
	trig, _ := r.trigger(toks, ms, cl)
	subject := -1
	for _, m := range ms {
		if m.t0 >= cl[0] && m.t1 <= trig && m.kind == fact.Person && m.entity >= 0 && containsInt(dr.people, m.entity) {
			subject = m.entity
			break
		}
	}
	if subject < 0 {
		return []draft{dr}
	}
	var out []draft
	done := map[int]bool{}
	for _, p := range dr.people {
		if p == subject || done[p] {
			continue
		}
		one := dr
		one.people = []int{subject, p}
		// "received both delegations separately": each side as a whole.
		for _, side := range r.sides {
			if containsInt(side, p) && !containsInt(side, subject) {
				one.people = append([]int{subject}, side...)
				break
			}
		}
		for _, q := range one.people {
			done[q] = true
		}
		out = append(out, one)
	}
	return out
}

// gap finds the "and" that starts a second object of a meeting verb with a
// place of its own ("met A in P and B in Q"), -1 when there is none.
func (r *eventRules) gap(toks []token, ms []mention, cl [2]int) int {
	trig, _ := r.trigger(toks, ms, cl)
	if trig < 0 || !toks[trig].on(wVerb) {
		return -1
	}
	placeIn := func(lo, hi int) bool {
		for _, m := range ms {
			if m.t0 > lo && m.t0 < hi && m.t0 > 0 && (toks[m.t0-1].lower == "in" || toks[m.t0-1].lower == "at") && (m.kind == fact.Place || m.kind == fact.Org) {
				return true
			}
		}
		return false
	}
	for k := trig + 2; k < cl[1]-3; k++ {
		if toks[k].lower != "and" || !placeIn(trig, k) || !placeIn(k, cl[1]) {
			continue
		}
		for _, m := range ms {
			if m.kind == fact.Person && m.how != byGroup && m.t0 > k && m.t0 <= k+4 {
				return k
			}
		}
	}
	return -1
}

// take adds the draft read from one clause to the article's drafts, or to
// the event it tells more of, or to the context the next clause may finish.
func (r *eventStage) take(d *doc, si int, toks []token, cl [2]int, dr draft, drafts []draft, last int, ctx map[string]*draft) ([]draft, int) {
	// "on the sidelines of the summit", "received both delegations
	// separately": an event of its own, never merged into the talks.
	dr.sideline = r.onSidelines(toks, cl) || hasWord(toks[cl[0]:cl[1]], "separately")
	if dr.sideline && dr.place < 0 {
		// "On the sidelines of the summit, X held talks with Y": at
		// the summit told before, on its days.
		for j := len(drafts) - 1; j >= 0 && si-drafts[j].sentence <= 12; j-- {
			if drafts[j].kind == fact.Meeting && drafts[j].status == dr.status && drafts[j].place >= 0 && len(drafts[j].people) > 2 {
				dr.place = drafts[j].place
				if dr.from.IsZero() {
					dr.from, dr.to = drafts[j].from, drafts[j].to
				}
				break
			}
		}
	}
	if last >= 0 && dr.definite && len(dr.people) == 0 && d.tellsMore(&drafts[last], &dr) {
		// "X met Y. The meeting took place at State House in Lagos.": the
		// place and day of the meeting just told.
		e := &drafts[last]
		if e.place < 0 || dr.place >= 0 && d.within(dr.place, e.place) {
			e.place = dr.place
		}
		if e.from.IsZero() {
			e.from, e.to = dr.from, dr.to
		}
		return drafts, last
	}
	if last >= 0 && d.addsTo(&drafts[last], &dr) {
		e := &drafts[last]
		for _, p := range dr.people {
			e.people = appendNew(e.people, p)
		}
		if d.unplacedVenue(dr.place) && e.place != dr.place {
			// "X is hosting the session at the Sheraton": the venue of
			// the talks told, in their town.
			if e.place >= 0 && !d.within(e.place, dr.place) {
				d.placeIn(dr.place, e.place)
			}
			e.place = dr.place
		} else if dr.place >= 0 && (e.place < 0 || d.within(dr.place, e.place)) {
			e.place = dr.place
		}
		return drafts, last
	}
	if dr.anchor >= 0 {
		c := ctx[dr.status]
		if c == nil || si-c.sentence > 3 || !containsInt(c.people, dr.anchor) {
			return drafts, last // accompanied someone to no event told
		}
		// "X visited the island yesterday ... X, accompanied by Y, then
		// toured ...": Y was with X on the visit told.
		dr.member, dr.anchor, dr.definite = false, -1, true
	}
	if c := ctx[dr.status]; c != nil && si-c.sentence <= 5 && d.compatible(c, &dr) && continues(c, &dr) {
		if dr.place < 0 {
			dr.place = c.place
		} else if c.place >= 0 && c.place != dr.place && d.unplacedVenue(dr.place) && !d.within(c.place, dr.place) {
			// "X visited Kenya. He held talks with Y at State House.":
			// the venue is in the place of the visit.
			d.placeIn(dr.place, c.place)
		}
		if dr.from.IsZero() {
			dr.from, dr.to = c.from, c.to
		}
		if dr.definite || dr.member || len(dr.people) < 2 {
			for _, p := range c.people {
				dr.people = appendNew(dr.people, p)
			}
		}
	}
	if len(dr.people) < 2 {
		c := dr
		ctx[dr.status] = &c
		return drafts, last
	}
	if dr.apart && dr.place < 0 && dr.kind == fact.Meeting && last >= 0 {
		dr.place = d.sameTrip(&drafts[last], &dr)
	}
	delete(ctx, dr.status)
	drafts = append(drafts, dr)
	last = len(drafts) - 1
	return drafts, last
}

// continues reports whether clause dr goes on telling the event ctx began:
// it points back ("the talks"), adds members, names too few people of its
// own, or shares one with it. "X met Y." after "He hosted Z at the palace"
// is another meeting, not at the palace.
func continues(ctx, dr *draft) bool {
	if dr.definite || dr.member || len(dr.people) < 2 || len(ctx.people) == 0 {
		return true // a context that names no one only sets the scene: "the Doha talks were to last until Thursday"
	}
	for _, p := range dr.people {
		if containsInt(ctx.people, p) {
			return true
		}
	}
	return false
}

// onSidelines reports whether the clause tells of a meeting on the
// sidelines or margins of another ("on the sidelines of the summit").
func (r *eventRules) onSidelines(toks []token, cl [2]int) bool {
	for i := cl[0]; i+1 < cl[1]; i++ {
		if w := toks[i].lower; (w == "sidelines" || w == "margins" || w == "margin") && toks[i+1].lower == "of" {
			return true
		}
	}
	return false
}

// addsTo reports whether clause dr only adds people to e, the event told
// just before (up to three sentences back): a delegation sentence ("the
// delegation was led by A and included B"; "X was accompanied by Y", when X
// is at e), or one more person at it ("X is also expected to attend the
// Warsaw meeting").
func (d *doc) addsTo(e, dr *draft) bool {
	if dr.sentence-e.sentence > 3 || !d.placesAgree(e.place, dr.place) && !d.unplacedVenue(dr.place) {
		return false
	}
	if dr.member {
		return dr.anchor < 0 || containsInt(e.people, dr.anchor)
	}
	return dr.definite && len(dr.people) == 1 && e.kind == dr.kind && e.status == dr.status && datesAgree(e, dr)
}

// tellsMore reports whether dr, a clause about "the meeting" that names no
// one, tells the place or day of e, the event told in the two sentences
// before: same kind and status, places and dates that agree, and something
// e lacks.
func (d *doc) tellsMore(e, dr *draft) bool {
	if dr.sentence-e.sentence > 2 || e.kind != dr.kind || e.status != dr.status || !d.placesAgree(e.place, dr.place) || !datesAgree(e, dr) {
		return false
	}
	return dr.place >= 0 && (e.place < 0 || d.within(dr.place, e.place)) && dr.place != e.place || e.from.IsZero() && !dr.from.IsZero()
}

// compatible says whether a clause can continue the telling of ctx: the
// same kind, and places that agree, or a venue nobody placed on one side
// ("a closed session in the Guild Hall here ... also took part in the
// session": the clause points back at it).
func (d *doc) compatible(ctx, dr *draft) bool {
	return ctx.kind == dr.kind && (d.placesAgree(ctx.place, dr.place) || d.unplacedVenue(dr.place) || dr.definite && d.unplacedVenue(ctx.place))
}

// unplacedVenue reports whether place id is a building or a name the
// gazetteer lacks that the text has not put anywhere yet ("at State
// House"): it may lie in the place the visit told before.
func (d *doc) unplacedVenue(id int) bool {
	if id < 0 || d.entities[id].Kind != fact.Place || d.entities[id].Within >= 0 {
		return false
	}
	_, known := d.lx.places[d.entities[id].Name]
	return d.isVenue(id) || !known // a building, or a name only the text gives ("the Sheraton Grand Doha")
}

// clauses splits a sentence's tokens where one event's telling ends and
// another's may begin ("..., after X was briefed on talks between Y and Z").
func (r *eventRules) clauses(toks []token) [][2]int {
	var out [][2]int
	start := 0
	for i, t := range toks {
		asClause := t.lower == "as" && i > 0 && (toks[i-1].lower == "even" || toks[i-1].text == "," || r.asWhile(toks, i)) ||
			t.lower == "ahead" && i+1 < len(toks) && toks[i+1].lower == "of" || // "ahead of his trip to X"
			t.lower == "then" && i > 0 && (toks[i-1].lower == "and" || toks[i-1].text == ",") // "..., and then travelled to Y"
		// A dash between two capitalised words joins two titles ("Deputy
		// Prime Minister – Minister of Foreign Affairs"), it does not
		// open an aside.
		dash := (t.text == "—" || t.text == "–") && !(i > 0 && i+1 < len(toks) && toks[i-1].upper && toks[i+1].upper)
		// "the following day", "the day before": a date, not a new clause.
		boundary := r.is(wBoundary, t.lower) && !(i > 0 && toks[i-1].lower == "the" && t.lower == "following") &&
			!(i > 0 && toks[i-1].lower == "day" && (i+1 == len(toks) || !toks[i+1].word))
		if i > start && (boundary || asClause || t.text == ";" || dash) {
			out = append(out, [2]int{start, i})
			start = i
		}
	}
	return append(out, [2]int{start, len(toks)})
}

// asWhile reports whether "as" at i opens a clause of its own ("talks
// continue in Miami as European leaders prepare for London"): a subject
// follows, and no word before it takes "as" for its complement ("known
// as", "served as", "such as").
func (r *eventRules) asWhile(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i-1].on(wAsComplement) {
		return false
	}
	next := toks[i+1]
	return next.upper && next.lower != "president" && next.lower != "part" || r.is(wAsSubject, next.lower)
}

// clause reads one clause: its meeting word, kind, status, people, place
// and date. ok is false when the clause tells no meeting.
func (r *eventStage) clause(d *doc, si int, toks []token, ms []mention, cl [2]int) (draft, bool) {
	trig, visit := r.trigger(toks, ms, cl)
	if end := r.openingEnd(toks, cl, max(trig, cl[0])); trig >= 0 && end < cl[1] {
		// "After their video talks, X said he would like a summit with
		// Y": the meeting the main clause tells.
		if t, v := r.trigger(toks, ms, [2]int{end + 1, cl[1]}); t >= 0 {
			trig, visit = t, v
		}
	}
	if trig < 0 || r.refersBack(toks, cl[0], trig) {
		// "The Ukrainian side was headed by X, who carries the weight of
		// these negotiations": a delegation sentence whose meeting word
		// only points back at talks already told.
		if dr, ok := r.membership(d, si, toks, ms, cl); ok || trig < 0 {
			dr.setRule(ruleDelegation)
			if ok && trig >= 0 {
				dr.place = r.placeNear(d, toks, ms, cl, trig) // "representatives at the Miami talks"
			}
			return dr, ok
		}
	}
	if d.inQuote(toks[trig].start) && !d.scareQuoted(toks[trig].start) || r.notTold(d, toks, cl, trig) {
		return draft{}, false
	}
	dr := draft{kind: fact.Meeting, status: fact.Held, place: -1, anchor: -1, sentence: si, conf: 0.6, ruled: ruled{ruleMeetingClause}}
	dr.span = fact.Span{Start: toks[cl[0]].start, End: toks[cl[1]-1].end}
	for i := max(cl[0], trig-3); i < min(cl[1], trig+4) && visit < 0; i++ {
		if toks[i].on(wCall) {
			dr.kind = fact.Call
		}
	}
	// Future words in the meeting word's part of the clause, or "to be"
	// ("the meeting, to be hosted by"), make it planned; "The ground was
	// prepared by X, who met Y" is held.
	// "is to meet", "was to meet": an appointment. After a meeting noun,
	// the words after its people count ("The talks between A and B would
	// open on May 3").
	for i := r.subclauseStart(toks, cl, trig); i < min(cl[1], r.afterParties(toks, ms, cl, trig)+4); i++ {
		if toks[i].on(wFuture) && !r.expectsObject(toks, i, trig) || toks[i].lower == "to" && i+1 < cl[1] && toks[i+1].lower == "be" ||
			toks[i].lower == "to" && i+1 == trig && i > 0 && isBeForm(toks[i-1].lower) {
			dr.status = fact.Planned
		}
	}
	// "expected to attend the Warsaw meeting": with a verb for its
	// trigger, the clause's meeting noun may point back.
	dr.definite = r.refersBack(toks, cl[0], trig) || visit >= 0 && r.remotely(toks, visit, cl)
	for i := cl[0]; i < cl[1] && !dr.definite && toks[trig].on(wVerb); i++ {
		dr.definite = toks[i].on(wNoun) && r.refersBack(toks, cl[0], i)
	}
	// "X, who chairs the commission, attended as a special guest": attending
	// nothing named is attending the meeting being told.
	if w := toks[trig].lower; !dr.definite && strings.HasPrefix(w, "attend") && !r.nounAfter(toks, trig, cl) {
		dr.definite = true
	}
	dr.perfect = trig >= 1 && toks[trig-1].lower == "had" || trig >= 2 && toks[trig-2].lower == "had"
	r.sideAmong(d, toks, ms, cl)
	dr.people = r.clausePeople(d, toks, ms, cl, trig)
	dr.apart = r.also(toks, cl, trig)
	if len(dr.people) < 2 && r.theirs(toks, ms, cl, trig) {
		// "X and Y agreed on Thursday to ... During their phone call,
		// ...": the two the sentence before named.
		for _, p := range d.pairNamedBefore(si) {
			dr.people = appendNew(dr.people, p)
		}
	}
	if dr.kind == fact.Meeting { // a call has two ends, not one place
		dr.place = r.clausePlace(d, si, toks, ms, cl, trig)
		if dr.place < 0 && toks[trig].on(wPanel) && si > 0 {
			// "She spoke on Thursday to a forum held in Malta, then sat
			// on a panel with A and B": the panel sat at the forum.
			dr.place, dr.from, dr.to = r.forumBefore(d, si-1, dr.status)
		}
		if dr.place < 0 && dr.status == fact.Held {
			dr.place = r.tripPlace(d, si, dr.people)
		}
		if dr.place < 0 && dr.status == fact.Held {
			dr.place = r.leadTrip(d, dr.people)
		}
	}
	if dr.status == fact.Held && !d.ref.IsZero() && !pastMarked(toks) {
		// "The dispute moves to the summit on Thursday and Friday, where
		// leaders will ...": with no word of the past in the sentence, a
		// weekday the dates read as coming is of a meeting still to come.
		if from, to, _ := r.clauseDateTense(d, si, toks, cl, trig, "", false); from.After(d.ref) {
			dr.status = fact.Planned
			dr.from, dr.to = from, to
		}
	}
	if dr.from.IsZero() {
		dr.from, dr.to = r.clauseDate(d, si, toks, cl, trig, dr.status)
	}
	if dr.from.IsZero() && dr.status == fact.Held && !d.ref.IsZero() {
		// "a meeting tomorrow was announced", "the talks ... on May 3" in
		// an April article: a day after the article's, which no word of
		// the tense puts there, is of a meeting still to come.
		if from, to, byTense := r.clauseDateTense(d, si, toks, cl, trig, fact.Planned, false); from.After(d.ref) && !byTense {
			dr.status, dr.from, dr.to = fact.Planned, from, to
		}
	}
	r.neighbourDate(d, &dr)
	if dr.from.IsZero() {
		dr.from, dr.to = r.sectionDate(d, si, dr.status)
	}
	dr.here = d.art.Dateline != "" && hereIn(d, toks[cl[0]:cl[1]])
	r.leadDate(d, &dr)
	if r.toldMeeting == nil {
		r.toldMeeting = map[int]bool{}
	}
	r.toldMeeting[si] = r.toldMeeting[si] || !dr.from.IsZero()
	if !dr.from.IsZero() {
		r.lastEventDate = dr.to
		if r.lastDayOf == nil {
			r.lastDayOf = map[string]time.Time{}
		}
		r.lastDayOf[dr.status] = dr.to
	}
	if m := r.ordinalDay(d, toks, cl); m != nil && dr.status == fact.Held {
		n := ordinals[strings.ToLower(m[1]+m[2]+m[3]+m[4])]
		end := dr.to
		if end.IsZero() {
			end = d.ref
		}
		if !end.IsZero() && n > 1 {
			dr.from, dr.to = end.AddDate(0, 0, -(n-1)), end
		}
	}
	if len(dr.people) >= 2 {
		dr.conf = 0.75
	}
	return dr, true
}

// pastMarked reports whether the tokens hold a word of the past: a verb in
// "-ed", a common irregular past, or "was", "were", "had".
func pastMarked(toks []token) bool {
	for _, t := range toks {
		if t.in(lcPastword) {
			return true
		}
		if len(t.lower) >= 5 && strings.HasSuffix(t.lower, "ed") && !t.upper {
			return true
		}
	}
	return false
}

// expectsObject reports whether the verb of expecting or hoping at i takes
// a thing for its object, not the meeting: "she hoped for more of the
// talks with X" tells of a meeting, not a plan; "expected to meet",
// "is expected", "the expected talks" plan one.
func (r *eventRules) expectsObject(toks []token, i, trig int) bool {
	if !toks[i].in(lcExpectverb) {
		return false
	}
	if i+1 >= len(toks) || toks[i+1].lower == "to" || i+1 == trig || i > 0 && (isBeForm(toks[i-1].lower) || toks[i-1].lower == "the" || toks[i-1].lower == "an" || toks[i-1].lower == "a") {
		return false
	}
	for k := i + 1; k < trig; k++ {
		if toks[k].lower == "from" || toks[k].lower == "of" {
			return true // "expected little from the talks"
		}
	}
	return false
}

// afterParties is the token after the people a meeting noun names ("the
// talks between Chile's President A and B"): the verb that tells
// the meeting's status comes after them: the index of the last of them,
// or trig when the meeting word names none after it.
func (r *eventRules) afterParties(toks []token, ms []mention, cl [2]int, trig int) int {
	j := trig + 1
	if !toks[trig].on(wNoun) || j >= cl[1] || toks[j].lower != "between" && toks[j].lower != "with" {
		return trig
	}
	for j++; j < cl[1] && (toks[j].upper || covered(ms, j) || isPoss(toks[j]) || toks[j].lower == "and"); j++ {
	}
	return j - 1
}

// isBeForm reports whether w is a finite form of "be" ("is to meet").
func isBeForm(w string) bool {
	switch w {
	case "is", "are", "was", "were", "am":
		return true
	}
	return false
}

// theirs reports whether the meeting noun at trig is "their" with no one
// named before it in the clause whom "their" may stand for: "During their
// phone call, ...", not "NATO ministers ... at their meeting".
func (r *eventRules) theirs(toks []token, ms []mention, cl [2]int, trig int) bool {
	if !toks[trig].on(wNoun | wCall) {
		return false
	}
	for _, m := range ms {
		if (m.kind == fact.Person || m.kind == fact.Org) && m.t0 >= cl[0] && m.t1 <= trig {
			return false
		}
	}
	for i := max(cl[0], trig-3); i < trig; i++ {
		if toks[i].lower == "their" {
			return true
		}
	}
	return false
}

// pairNamedBefore is the two people the sentence before si names, if it
// names exactly two (not as possessors); else nil.
func (d *doc) pairNamedBefore(si int) []int {
	if si == 0 {
		return nil
	}
	out := d.peopleNamed(si-1, 0, func(m *mention) bool { return !m.poss })
	if len(out) != 2 {
		return nil
	}
	return out
}

// nounAfter reports whether a meeting noun follows the word at i in the
// clause.
func (r *eventRules) nounAfter(toks []token, i int, cl [2]int) bool {
	for k := i + 1; k < cl[1]; k++ {
		if toks[k].on(wNoun) {
			return true
		}
	}
	return false
}

// ordinalDay matches "a third straight day" in the clause; nil when it
// does not say "day", as most clauses do not (the regexp is the slow part).
func (r *eventStage) ordinalDay(d *doc, toks []token, cl [2]int) []string {
	if !hasWord(toks[cl[0]:cl[1]], "day") && !hasWord(toks[cl[0]:cl[1]], "days") {
		return nil
	}
	return ordinalDay.FindStringSubmatch(d.art.Text[toks[cl[0]].start:toks[cl[1]-1].end])
}

// subclauseStart is where the part of the clause that holds the meeting
// word begins: after the last comma or relative word before it ("The
// ground was prepared by X, who met Y": "who met Y"), at most twelve words
// back.
func (r *eventRules) subclauseStart(toks []token, cl [2]int, trig int) int {
	for i := trig - 1; i >= cl[0] && i >= trig-12; i-- {
		switch toks[i].lower {
		case ",", "who", "which", "where", "when":
			return i + 1
		}
	}
	return max(cl[0], trig-12)
}

// trigger finds the clause's meeting word, the one nearest its people; -1
// when it has none. visit is the index of a "called on X" that makes a
// visit rather than a phone call, or of a "joined by video link" that joins
// a meeting, else -1.
func (r *eventRules) trigger(toks []token, ms []mention, cl [2]int) (trig, visit int) {
	trig, visit = -1, -1
	for i := cl[0]; i < cl[1]; i++ {
		w, c := toks[i].lower, toks[i].ec
		// The token's lists tell whether the word begins a pair or is a
		// noun only after a determiner; most words are neither.
		if c&(wPairStart|wAdjNoun) != 0 {
			if i+1 < cl[1] && r.isPair(wPhrasal, w, toks[i+1].lower) {
				w = "meet" // "sat down with"
			} else if i+1 < cl[1] && r.isPair(wWithPhrasal, w, toks[i+1].lower) && hasWord(toks[i+2:min(cl[1], i+6)], "with") {
				w = "meet" // "spent time with", not "spent time in prison"
			} else if c&wAdjNoun != 0 && r.usedAsNoun(toks, i, cl) {
				w = "meeting" // "held a bilateral with X"
			}
		}
		if (w == "called" || w == "call" || w == "calls") && i+1 < cl[1] && toks[i+1].lower == "on" {
			if !r.callsOn(toks, ms, i, cl) {
				continue // "called on Russia to stop": an appeal
			}
			visit, w = i, "meet"
		}
		if (w == "joined" || w == "joins" || w == "join") && r.remotely(toks, i, cl) {
			visit, w = i, "attend" // "X joined the leaders by video link": at their meeting
		}
		if w != toks[i].lower {
			c = r.words[w] // read as "meet", "meeting" or "attend"
		}
		if c&wSpeak != 0 && !r.partnered(toks, i, cl) && !mutual(toks, ms, i) {
			continue // "the three leaders spoke on Friday": to the public
		}
		if c&(wVerb|wNoun|wCall) != 0 {
			if trig < 0 || len(ms) > 0 && r.nearerPeople(ms, i, trig) {
				trig = i
			}
		}
	}
	return trig, visit
}

// usedAsNoun reports whether the word at i stands as a noun: after a
// determiner, before "with", a preposition or the end of the phrase ("a
// bilateral with X", "their sit-down on Monday"), not before a noun it
// qualifies ("bilateral relations").
func (r *eventRules) usedAsNoun(toks []token, i int, cl [2]int) bool {
	if i == cl[0] {
		return false
	}
	switch toks[i-1].lower {
	case "a", "the", "their", "his", "her", "its":
	default:
		return false
	}
	if i+1 >= cl[1] || !toks[i+1].word {
		return true
	}
	switch toks[i+1].lower {
	case "with", "on", "in", "at", "between", "during", "before", "after", "that", "which":
		return true
	}
	return false
}

// partnered reports whether the speech verb at i has someone spoken with:
// "spoke with X", "talked to X", "spoke by phone".
func (r *eventRules) partnered(toks []token, i int, cl [2]int) bool {
	for k := i + 1; k < min(cl[1], i+4); k++ {
		if w := toks[k].lower; w == "with" || w == "to" || r.is(wCall, w) {
			return true
		}
	}
	return false
}

// mutual reports whether the speech verb at i has two subjects who spoke
// to each other: "she and Prescott had spoken", "the two leaders last
// spoke".
func mutual(toks []token, ms []mention, i int) bool {
	k := i
	for k > 0 && (toks[k-1].lower == "had" || toks[k-1].lower == "have" || toks[k-1].lower == "has" || toks[k-1].lower == "last" || toks[k-1].lower == "also" || toks[k-1].lower == "briefly") {
		k--
	}
	var end *mention
	for j := range ms {
		if ms[j].t1 == k && ms[j].kind == fact.Person {
			end = &ms[j]
		}
	}
	if end == nil {
		return false
	}
	if end.how == byGroup {
		w := toks[max(end.t0, end.t1-2)].lower
		return w == "two" || w == "both"
	}
	and := end.t0 - 1
	for and >= 0 && and >= end.t0-4 && toks[and].upper {
		and-- // the second one's title: "and German Chancellor X"
	}
	if and < 1 || toks[and].lower != "and" {
		return false
	}
	for _, m := range ms {
		if m.t1 != and || m.kind != fact.Person || m.how == byGroup {
			continue
		}
		// Two, not the last two of a list ("X, Y and Z spoke on Friday").
		first := m.t0 - 1
		for first >= 0 && toks[first].upper {
			first--
		}
		return first < 0 || toks[first].text != ","
	}
	return false
}

// notTold reports whether the clause only talks about a meeting ("X
// described the talks as useful", "accused Y of stalling the
// negotiations", "spoke about the consultations") or denies one ("did not meet", "the meeting was
// cancelled").
func (r *eventStage) notTold(d *doc, toks []token, cl [2]int, trig int) bool {
	for i := cl[0]; i < trig; i++ {
		if toks[i].on(wReport) || toks[i].in(lcDescribe) {
			return true
		}
		if toks[i].on(wSpeak) && i+1 < trig && (toks[i+1].lower == "about" || toks[i+1].lower == "of") {
			return true // "spoke about the results of the consultations"
		}
	}
	// "she had hoped to meet X", "had wanted to hold talks": a plan told
	// in the past perfect is one that fell through.
	for i := max(cl[0]+1, trig-4); i < trig; i++ {
		if toks[i].on(wFuture) && toks[i-1].lower == "had" && strings.HasSuffix(toks[i].lower, "ed") {
			return true
		}
	}
	if trig > cl[0] && toks[trig-1].on(wHabitual) && strings.HasSuffix(toks[trig].lower, "s") {
		return true // "regular visits", "mutual visits by ministers": a practice, not a meeting
	}
	for i := cl[0]; i < cl[1]; i++ {
		pair := i+1 < cl[1] && r.isPair(wCancel, toks[i].lower, toks[i+1].lower)
		if toks[i].on(wCancel) || pair || i < trig && i >= trig-3 && toks[i].on(wNegation) {
			return true
		}
	}
	return false
}

// clausePeople are the people at the clause's meeting: its attendees ("talks
// between A and B": only those after "between"), the traveller of "his
// trip", the possessor of the meeting, and the main clause's subject of
// "He dropped his objection after a meeting with X and Y".
func (r *eventStage) clausePeople(d *doc, toks []token, ms []mention, cl [2]int, trig int) []int {
	lo := cl[0]
	for i := trig + 1; i < min(cl[1], trig+12); i++ {
		if toks[i].lower == "between" {
			lo = i
			break
		}
	}
	people := r.attendees(d, toks, ms, [2]int{lo, r.openingEnd(toks, cl, trig)})
	if p := r.traveller(d, toks, ms, cl); p >= 0 {
		people = appendNew(people, p)
	}
	for _, p := range r.named(toks, ms, cl, trig) {
		people = appendNew(people, p)
	}
	if toks[cl[0]].lower == "while" && looksOn(toks[cl[0]:cl[1]]) {
		// "X cuts the ribbon while Y and Z look on at a visit": X is
		// there with those who watch.
		if p := mainSubject(ms, cl[0]); p >= 0 {
			people = appendNew(people, p)
		}
	}
	if trig > cl[0] && toks[trig].on(wNoun) && (toks[cl[0]].lower == "after" || toks[cl[0]].lower == "following") && hasWord(toks[trig:cl[1]], "with") {
		p := planner(toks, ms, cl[0])
		if p < 0 {
			p = mainSubject(ms, cl[0])
		}
		if p >= 0 {
			people = appendNew(people, p)
		}
	}
	return people
}

// openingEnd is where the clause's people may be read up to: its end, or,
// when the meeting word stands in an opening phrase of time that names no
// partner ("Two days before that session, X had vetoed the budget"; "Amid
// the visit of Y, X called a strike"), that phrase's closing comma: who acts
// in the main clause was not by that at the meeting. "After talks with Y,
// X said" names a partner and is left whole.
func (r *eventRules) openingEnd(toks []token, cl [2]int, trig int) int {
	if !r.is(wBoundary, toks[cl[0]].lower) && toks[cl[0]].lower != "amid" || !toks[trig].on(wNoun|wTravel) {
		return cl[1]
	}
	for i := cl[0] + 1; i < cl[1]; i++ {
		switch toks[i].lower {
		case "with", "between": // a partner; a list whose commas do not end the phrase
			return cl[1]
		case ",":
			if i > trig {
				return i
			}
			return cl[1]
		}
	}
	return cl[1]
}

// clausePlace is the most specific place of the clause's meeting: from the
// gazetteer, or named by the text after "in" or "at" ("called on X at the
// Merdeka Palace"), then inside the town the clause names.
func (r *eventStage) clausePlace(d *doc, si int, toks []token, ms []mention, cl [2]int, trig int) int {
	place := r.placeNear(d, toks, ms, cl, trig)
	if place >= 0 && d.isVenue(place) {
		return place // "at State House in Entebbe": the venue says most
	}
	if p := r.namedPlace(d, si, toks, ms, cl, trig); p >= 0 && p != place {
		if place >= 0 && d.entities[p].Within < 0 && !d.within(place, p) {
			d.placeIn(p, place)
		}
		place = p
	}
	// "met on Monday in a parked bus": a venue told by a common noun, where
	// the clause names no other place or one that only described who met;
	// "at a Lyon cafe" is in the town it names.
	if v0, v1 := r.commonVenue(toks, cl, trig); v0 >= 0 {
		inside := place >= 0 && r.namedIn(ms, place, v0, v1)
		if place < 0 || inside || r.namedBefore(ms, cl, trig, place) {
			id := d.lateEntity(fact.Place, joinTokens(toks[v0:v1]))
			d.noteMention(id, fact.Span{Start: toks[v0].start, End: toks[v1-1].end})
			if inside && d.entities[id].Within < 0 && id != place {
				d.placeIn(id, place)
			}
			place = id
		}
	}
	return place
}

// namedIn reports whether a mention of the place lies in tokens t0..t1-1.
func (r *eventRules) namedIn(ms []mention, place, t0, t1 int) bool {
	for _, m := range ms {
		if m.entity == place && m.t0 >= t0 && m.t1 <= t1 {
			return true
		}
	}
	return false
}

// namedBefore reports whether the place is named in the clause only before
// the meeting verb, past its first words ("organisers of rallies in Ohio
// met ..."): it tells about the people, not where they met.
func (r *eventRules) namedBefore(ms []mention, cl [2]int, trig, place int) bool {
	before := false
	for _, m := range ms {
		if m.entity != place || m.t0 < cl[0] || m.t1 > cl[1] {
			continue
		}
		if m.t0 > trig || m.t0 <= cl[0]+2 {
			return false
		}
		before = true
	}
	return before
}

// commonVenue reads "at his farmhouse", "in a parked bus", "at a Lyon
// cafe" after the meeting word: "at" or "in", a
// determiner, up to two modifiers and a venue noun ending the phrase: the
// tokens of the venue's name (after the determiner), -1, -1 when there is
// none.
func (r *eventRules) commonVenue(toks []token, cl [2]int, trig int) (int, int) {
	for i := trig + 1; i+2 < cl[1] && i < trig+12; i++ {
		if w := toks[i].lower; w != "at" && w != "in" {
			continue
		}
		switch toks[i+1].lower {
		case "a", "an", "the", "his", "her", "their", "its":
		default:
			continue
		}
		for k := i + 2; k < cl[1] && k <= i+4; k++ {
			if !toks[k].word {
				break
			}
			if toks[k].upper || !r.isVenueNoun(toks[k].lower) {
				continue // "at the Merdeka Palace" is a name, read elsewhere
			}
			if k+1 < cl[1] && toks[k+1].word && !toks[k+1].on(wBoundary) {
				switch toks[k+1].lower {
				case "on", "in", "at", "near", "with", "for", "to", "and", "where", "of", "outside", "as":
				default:
					return -1, -1 // "in a car crash": the noun modifies another
				}
			}
			return i + 2, k + 1
		}
	}
	return -1, -1
}

// isVenueNoun reports whether w, or a part of a hyphened w
// ("farmhouse-studio"), is a venue noun.
func (r *eventRules) isVenueNoun(w string) bool {
	if r.is(wVenueNoun, w) {
		return true
	}
	if !strings.Contains(w, "-") {
		return false
	}
	for _, part := range strings.Split(w, "-") {
		if r.is(wVenueNoun, part) {
			return true
		}
	}
	return false
}

// attendees are the people a clause names as taking part: named people
// (not possessors, speakers, or agents of something else) and the members of
// groups that stand for one side.
func (r *eventStage) attendees(d *doc, toks []token, ms []mention, cl [2]int) []int {
	var people []int
	for _, m := range ms {
		if m.t0 < cl[0] || m.t1 > cl[1] || m.quoted || d.inQuote(m.span.Start) {
			continue
		}
		switch {
		case m.kind == fact.Person && m.how == byGroup:
			if r.notAttendee(toks, m) {
				continue // "described by Russian officials as useful"
			}
			members := m.members
			switch {
			case len(members) == 0 && r.bareSide(toks, m) && len(r.sides) > 0:
				members = r.sides[len(r.sides)-1] // "The delegation also met X": the side told before
			case len(members) == 0 && r.pairGroup(toks, m):
				members = d.pairNamedBefore(m.sentence) // "Later both ministers toured the plant"
			case r.bothSides(toks, m):
				members = r.delegates // "met the two delegations separately"
			case toks[m.t1-1].lower == "leaders" && m.t1 < cl[1] && toks[m.t1].lower == "of":
				members = r.leadersOf(d, toks, m, cl)
			case !r.groupOK(d, toks, m, cl):
				members = nil
			}
			for _, p := range members {
				if d.namedBy(p, m) {
					people = appendNew(people, p)
				}
			}
		case m.kind == fact.Person && m.entity >= 0:

			if m.poss && !r.sideOf(toks, ms, m) || r.kin(toks, m) || r.observer(toks, m) || r.speaksAfterAside(d, toks, m) || r.notAttendee(toks, m) || d.speaks(toks, m) && !r.spokeAt(d, toks, m) {
				continue
			}
			people = appendNew(people, m.entity)
		}
	}
	return people
}

// traveller is the person whose trip or visit the clause tells ("ahead of
// his planned trip to London to meet X"): the sentence's subject, the first
// person it names before "his" or "her"; -1 when there is none.
func (r *eventStage) traveller(d *doc, toks []token, ms []mention, cl [2]int) int {
	for i := cl[0]; i < cl[1]; i++ {
		if w := toks[i].lower; w != "his" && w != "her" {
			continue
		}
		trip := false
		for k := i + 1; k < min(cl[1], i+4) && !trip; k++ {
			trip = toks[k].on(wTravel)
		}
		if !trip {
			return -1
		}
		for _, m := range ms {
			if m.kind == fact.Person && m.how != byGroup && m.entity >= 0 && m.t1 <= i && !m.quoted && !m.poss {
				return m.entity
			}
		}
		return -1
	}
	return -1
}

// named lists people a clause names in ways attendees() leaves out because
// they usually mark someone else: the possessor of the meeting itself
// ("Brandt's meeting with Varga") and a speaker who told someone something
// in the meeting or call ("X told Y in a phone call that ...").
func (r *eventRules) named(toks []token, ms []mention, cl [2]int, trig int) []int {
	var out []int
	in := trig >= 2 && (toks[trig-2].lower == "in" || toks[trig-2].lower == "during") ||
		trig >= 3 && (toks[trig-3].lower == "in" || toks[trig-3].lower == "during")
	for _, m := range ms {
		if m.kind != fact.Person || m.how == byGroup || m.entity < 0 || m.t0 < cl[0] || m.t1 > cl[1] || m.quoted {
			continue
		}
		switch {
		case m.poss && m.t1 <= trig && trig-m.t1 <= 3 && toks[trig].on(wNoun):
			out = append(out, m.entity)
		case in && m.t1 < trig && m.t1 < len(toks) && toks[m.t1].lower == "told":
			out = append(out, m.entity)
		}
	}
	return out
}

// planner is the person whose plan the words just before token end tell
// ("praised Y's plan to build a depot after meeting with Z": Y met Z): a possessor whose noun takes "to" and a verb, the last before
// end; -1 when there is none.
func planner(toks []token, ms []mention, end int) int {
	p := -1
	for _, m := range ms {
		if m.t1 >= end || !m.poss || m.kind != fact.Person || m.entity < 0 || m.how == byGroup {
			continue
		}
		k := m.t1 + 1 // past the 's
		if k+1 < end && !toks[k].upper && toks[k+1].lower == "to" {
			p = m.entity
		}
	}
	return p
}

// looksOn reports whether the tokens say someone "looks on" or "looked on":
// watching, so present.
func looksOn(toks []token) bool {
	for i := 0; i+1 < len(toks); i++ {
		switch toks[i].lower {
		case "look", "looks", "looked", "looking":
			if toks[i+1].lower == "on" {
				return true
			}
		}
	}
	return false
}

// mainSubject is the first person the sentence names before token end, as
// name, title or pronoun; -1 when none.
func mainSubject(ms []mention, end int) int {
	for _, m := range ms {
		if m.t1 <= end && m.kind == fact.Person && m.how != byGroup && m.entity >= 0 && !m.poss && !m.quoted {
			return m.entity
		}
	}
	return -1
}

func hasWord(toks []token, w string) bool {
	for _, t := range toks {
		if t.lower == w {
			return true
		}
	}
	return false
}

// remotely reports whether "joined" at i is followed by "by video", "via
// video link", "by phone": taking part from afar in a meeting being told.
func (r *eventRules) remotely(toks []token, i int, cl [2]int) bool {
	for k := i + 1; k < min(cl[1], i+6); k++ {
		if (toks[k].lower == "by" || toks[k].lower == "via") && k+1 < cl[1] && toks[k+1].on(wCall) {
			return true
		}
	}
	return false
}

// callsOn reports whether "called on" at i is a visit: a person follows
// and no "to" after them makes it an appeal ("called on X to resign").
func (r *eventRules) callsOn(toks []token, ms []mention, i int, cl [2]int) bool {
	for _, m := range ms {
		if m.t0 < i+2 || m.t0 > i+5 || m.kind != fact.Person {
			continue
		}
		return m.t1 >= cl[1] || toks[m.t1].lower != "to"
	}
	return false
}

// forumBefore is the place and day of the gathering sentence si tells
// ("a conference held in P on Thursday"), for a panel told next: the last
// place it names after "held in" or "in", and its day; -1 and zero times
// when it names no place.
func (r *eventStage) forumBefore(d *doc, si int, status string) (int, time.Time, time.Time) {
	toks := d.toks[si]
	place, at := -1, -1
	for _, m := range d.sentenceMentions(si) {
		if m.t0 < 1 || toks[m.t0-1].lower != "in" || m.entity < 0 || d.inQuote(m.span.Start) {
			continue
		}
		if m.kind == fact.Place || m.kind == fact.Org && d.lx.countries[d.entities[m.entity].Name] != nil {
			place, at = m.entity, m.t0
		}
	}
	if place < 0 {
		return -1, time.Time{}, time.Time{}
	}
	from, to := r.clauseDate(d, si, toks, [2]int{0, len(toks)}, at, status)
	return place, from, to
}

// sameTrip is the town of e, the meeting told just before, for dr, a
// further meeting of one of its people the clause does not place ("A met B
// at the palace in P. A also met C."): on the same trip, in the same town,
// not the same building; -1 when e is not near or a day apart.
func (d *doc) sameTrip(e, dr *draft) int {
	if e.place < 0 || dr.sentence-e.sentence > 8 || !dr.from.IsZero() && !datesAgree(e, dr) {
		return -1
	}
	shared := false
	for _, p := range dr.people {
		shared = shared || containsInt(e.people, p)
	}
	if !shared {
		return -1
	}
	for p := e.place; p >= 0 && p < len(d.entities); p = d.entities[p].Within {
		name := d.entities[p].Name
		if _, town := d.lx.places[name]; town && !d.isVenue(p) || d.lx.countries[name] != nil {
			return p // the first place the gazetteer knows, above the building
		}
	}
	return -1
}

// also reports whether "also" stands just before the clause's meeting verb
// ("is also due to meet", "also met"): a further meeting. "is also expected
// to attend the meeting" is one more person at the one told.
func (r *eventRules) also(toks []token, cl [2]int, trig int) bool {
	if !toks[trig].on(wVerb) || strings.HasPrefix(toks[trig].lower, "attend") {
		return false
	}
	for i := max(cl[0], trig-4); i < trig; i++ {
		if toks[i].lower == "also" {
			return true
		}
	}
	return false
}

// namedBy reports whether person p is named before the group mention m, in
// its sentence or the four after ("Leaders of A and B met in P. A's X and B's Y
// agreed ..."): "opposition leaders" in a story's lead are not a compatriot
// the story names only paragraphs later, in another connection.
func (d *doc) namedBy(p int, m mention) bool {
	end := d.sentences[min(m.sentence+4, len(d.sentences)-1)].span.End
	for _, sp := range d.entities[p].Mentions {
		if sp.Start < end {
			return true
		}
	}
	return false
}

// pairGroup reports whether a group mention stands for two people: "both
// the leaders", "both men", "the two ministers".
func (r *eventRules) pairGroup(toks []token, m mention) bool {
	if noun := toks[m.t1-1].lower; r.is(wDelegation, noun) || noun == "sides" {
		return false // "both delegations": every side, read by bothSides
	}
	first := toks[m.t0].lower
	return first == "both" || first == "the" && m.t0+1 < m.t1 && toks[m.t0+1].lower == "two"
}

// bareSide reports whether a group mention is "the delegation" or "the
// group" with nothing more: the one side the story has told of, not a new
// one ("the Spanish delegation").
func (r *eventRules) bareSide(toks []token, m mention) bool {
	if m.t1-m.t0 != 2 || toks[m.t0].lower != "the" {
		return false
	}
	w := toks[m.t0+1].lower
	return w == "group" || w == "delegation"
}

// sideAmong records the people a clause names as "among the group" or
// "part of the delegation" ("A and B were part of the delegation that met
// X"): one side, whom "the delegation" stands for later.
func (r *eventStage) sideAmong(d *doc, toks []token, ms []mention, cl [2]int) {
	for i := cl[0] + 1; i+2 < cl[1]; i++ {
		among := toks[i].lower == "among" || toks[i].lower == "of" && toks[i-1].lower == "part"
		if !among || toks[i+1].lower != "the" || !toks[i+2].on(wDelegation) && toks[i+2].lower != "group" {
			continue
		}
		var side []int
		for _, m := range ms {
			if m.t0 >= cl[0] && m.t1 <= i && m.kind == fact.Person && m.how != byGroup && m.entity >= 0 && !m.poss && !m.quoted {
				side = appendNew(side, m.entity)
			}
		}
		if len(side) > 0 {
			for _, p := range side {
				r.delegates = appendNew(r.delegates, p)
			}
			r.sides = append(r.sides, side)
		}
		return
	}
}

// bothSides reports whether a group mention is every side at the talks:
// "the two delegations", "both sides", "both teams".
func (r *eventRules) bothSides(toks []token, m mention) bool {
	if m.t1-m.t0 < 2 {
		return false
	}
	switch toks[m.t1-1].lower {
	case "delegations", "sides", "teams":
		w := toks[m.t1-2].lower
		return w == "two" || w == "both"
	}
	return false
}

// membership reads a delegation sentence with no meeting word: "the
// American delegation was led by A and included B", "Ukrainian
// representatives, including C and D, insisted".
func (r *eventStage) membership(d *doc, si int, toks []token, ms []mention, cl [2]int) (draft, bool) {
	group, join := false, false
	anchor := -1
	for i := cl[0]; i < cl[1]; i++ {
		w, c := toks[i].lower, toks[i].ec
		group = group || c&wDelegation != 0
		by := c&wJoin != 0 && i+1 < cl[1] && toks[i+1].lower == "by"
		join = join || by || c&wInclude != 0
		if by && anchor < 0 && (w == "accompanied" || w == "joined") {
			anchor = r.subjectBefore(ms, i) // "X was accompanied by Y"
		}
	}
	if !join || !group && anchor < 0 {
		return draft{}, false
	}
	people := r.attendees(d, toks, ms, cl)
	if len(people) == 0 || anchor >= 0 && len(people) < 2 {
		return draft{}, false
	}
	if group {
		for _, p := range people {
			r.delegates = appendNew(r.delegates, p)
		}
		r.sides = append(r.sides, people)
	}
	return draft{kind: fact.Meeting, status: fact.Held, place: -1, people: people, member: true, anchor: anchor, sentence: si,
		span: fact.Span{Start: toks[cl[0]].start, End: toks[cl[1]-1].end}, conf: 0.5}, true
}

// subjectBefore is the person named last before token i, -1 when none.
func (r *eventRules) subjectBefore(ms []mention, i int) int {
	p := -1
	for _, m := range ms {
		if m.t1 <= i && m.kind == fact.Person && m.how != byGroup && m.entity >= 0 && !m.poss {
			p = m.entity
		}
	}
	return p
}

// refersBack reports whether the meeting word at trig is definite ("the
// talks", "the Miami talks", "that encounter", "these negotiations"): it
// points at an event the article has told or is telling.
func (r *eventRules) refersBack(toks []token, from, trig int) bool {
	for i := max(from, trig-2); i < trig; i++ {
		switch toks[i].lower {
		case "the", "their", "these", "that", "this", "those":
			return true
		case "it":
			return toks[trig].on(wVerb) // "It was attended by X and Y"
		}
	}
	return false
}

// nearerPeople says whether token i is nearer the clause's people than token j.
func (r *eventRules) nearerPeople(ms []mention, i, j int) bool {
	dist := func(t int) int {
		best := 1 << 30
		for _, m := range ms {
			if m.kind != fact.Person {
				continue
			}
			best = min(best, abs(m.t0-t), abs(m.t1-1-t))
		}
		return best
	}
	return dist(i) < dist(j)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// notAttendee is a person named as the agent of something else: "a plan
// proposed by X", "a resort owned by X". "Led by", "hosted by" and their
// kind keep the person in.
func (r *eventRules) notAttendee(toks []token, m mention) bool {
	k := m.t0 - 1
	for k >= 0 && (toks[k].upper || toks[k].lower == "former" || toks[k].lower == "envoy") && toks[k].lower != "by" {
		k-- // titles before the name: "by former President X"
	}
	if k < 1 || toks[k].lower != "by" {
		return false
	}
	return !toks[k-1].on(wJoin)
}

// groupOK accepts a group mention's members as attendees: a group of one
// side ("the U.S. envoys", "his negotiating team"), not a mix of sides whose
// members the text never named ("U.S. and Ukrainian officials"), and not a
// group whose members the clause goes on to name ("representatives include
// A and B").
func (r *eventStage) groupOK(d *doc, toks []token, m mention, cl [2]int) bool {
	if len(m.members) == 0 {
		return false
	}
	if len(m.countries) > 1 {
		return false
	}
	for i := m.t1; i < cl[1]; i++ {
		w := toks[i].lower
		if r.is(wVerb|wNoun, w) {
			break // "the ministers held talks with executives, including A": A is an executive
		}
		if w == "include" || w == "includes" || w == "including" || w == "included" {
			return false // "representatives, including A and B": A and B are the group
		}
	}
	return toks[m.t1-1].on(wGroup)
}

// leadersOf reads "the leaders of Britain, France and Germany": the people
// the article names as heads of those countries.
func (r *eventStage) leadersOf(d *doc, toks []token, m mention, cl [2]int) []int {
	if m.t1 >= cl[1] || toks[m.t1].lower != "of" {
		return nil
	}
	var out []int
	for _, c := range d.mentionsIn(m.sentence) {
		if c.t0 <= m.t1 || c.t0 > m.t1+12 || c.kind != fact.Org || c.entity < 0 || d.lx.countries[d.entities[c.entity].Name] == nil {
			continue
		}
		for _, role := range d.roles {
			if role.Org == c.entity && r.is(wHead, strings.ReplaceAll(strings.ToLower(role.Title), " ", "_")) {
				out = appendNew(out, role.Person)
			}
		}
	}
	return out
}

// speaks reports whether a person is the subject of a speech verb ("X said",
// "X reportedly told"): the speaker of a sentence about a meeting is not by
// that an attendee; a pronoun after the verb ("said he joined") is.
func (d *doc) speaks(toks []token, m mention) bool {
	for k := m.t1; k < len(toks) && k < m.t1+3; k++ {
		w := toks[k].lower
		if w == "called" && k+1 < len(toks) && toks[k+1].lower == "on" {
			return false // "X called on Y": a visit
		}
		if d.lx.is(lcSpeech, w) || d.lx.is(lcDescribe, w) {
			return true
		}
		// ", told reporters": the end of an apposition ("his spokesman, X,
		// told"), adverbs and auxiliaries may stand before the verb.
		if !strings.HasSuffix(w, "ly") && w != "has" && w != "had" && w != "have" && w != "also" && (w != "," || k > m.t1 || m.t0 == 0 || toks[m.t0-1].text != ",") {
			return false
		}
	}
	return false
}

// observer reports whether m is named as one who reports on or comments
// about the meeting: "According to Calder Bank analyst X," "journalist X",
// "X, an analyst at Y,".
func (r *eventRules) observer(toks []token, m mention) bool {
	for k := m.t0 - 1; k >= 0 && k >= m.t0-6; k-- {
		w := toks[k].lower
		if r.is(wObserver, w) {
			return true
		}
		if w == "to" && k > 0 && toks[k-1].lower == "according" {
			return true
		}
		if !toks[k].upper && !isPoss(toks[k]) {
			break
		}
	}
	if m.t1 < len(toks) && toks[m.t1].on(wObserver) {
		return true // "Morrow Keane analysts": a firm read as a name
	}
	if m.t1+1 < len(toks) && toks[m.t1].text == "," {
		if w := toks[m.t1+1].lower; w == "a" || w == "an" || w == "the" {
			for k := m.t1 + 2; k < len(toks) && k <= m.t1+4; k++ {
				if toks[k].on(wObserver) {
					return true
				}
			}
		}
	}
	return false
}

// speaksAfterAside reports whether m is the speaker of the sentence past a
// relative clause that has them told of the meeting: "X, who was briefed on
// the talks, said Y and Z met" is not at the talks; "X, who runs the
// union, said the session had been useful" may be.
func (r *eventStage) speaksAfterAside(d *doc, toks []token, m mention) bool {
	if m.t1+1 >= len(toks) || toks[m.t1].text != "," || toks[m.t1+1].lower != "who" {
		return false
	}
	briefed := false // "who was briefed on the talks": told of them
	for k := m.t1 + 2; k < len(toks) && k < m.t1+18; k++ {
		if toks[k].on(wVerb | wNoun) {
			on := toks[k-1].lower == "on" || toks[k-2].lower == "on" || toks[k-1].lower == "about" || toks[k-2].lower == "about"
			if !on {
				return false // "X, who was in India for talks with Y, said": the aside tells the meeting
			}
			briefed = true
		}
		if toks[k].text != "," {
			continue
		}
		if !briefed {
			return false // "X and Y, who run the union, said the session had been useful"
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			w := toks[j].lower
			if d.lx.is(lcSpeech, w) {
				return true
			}
			if !strings.HasSuffix(w, "ly") && w != "also" && w != "has" && w != "had" {
				return false
			}
		}
		return false
	}
	return false
}

// kin reports whether m is named as someone's kin ("with his wife, X",
// "her husband X"): family along on a trip, not a side of a meeting.
func (r *eventRules) kin(toks []token, m mention) bool {
	k := m.t0 - 1
	if k >= 0 && toks[k].text == "," {
		k--
	}
	if k < 1 || !toks[k].on(wFamily) {
		return false
	}
	switch toks[k-1].lower {
	case "his", "her", "their":
		return true
	}
	return false
}

// sideOf reports whether the possessor m heads the side the possessive
// names ("talks with X's delegation"): X is at the talks, unless the
// article named the side's members ("Koval's team" is his negotiators).
func (r *eventRules) sideOf(toks []token, ms []mention, m mention) bool {
	for k := m.t1; k < len(toks) && k <= m.t1+2; k++ {
		if !toks[k].on(wDelegation) {
			continue
		}
		for _, g := range ms {
			if g.how == byGroup && g.t0 <= k && k < g.t1 && len(g.members) > 0 {
				return false
			}
		}
		return true
	}
	return false
}

// spokeAt reports whether the speaker m spoke at a meeting ("X spoke at a
// meeting in the town hall", "X said at the talks"): the
// meeting word follows the speech verb by "during", "at" or "in", and
// whoever spoke there was at it.
func (r *eventStage) spokeAt(d *doc, toks []token, m mention) bool {
	for k := m.t1; k < len(toks) && k < m.t1+3; k++ {
		if !toks[k].in(lcSpeech) {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+2; j++ {
			if w := toks[j].lower; w != "during" && w != "at" && w != "in" {
				continue
			}
			for t := j + 1; t < len(toks) && t <= j+3; t++ {
				if toks[t].on(wNoun) {
					return true
				}
			}
		}
		return false
	}
	return false
}

// placeNear is the most specific place named in the clause, nearest the
// meeting word and after it by preference ("a meeting in Moscow").
func (r *eventStage) placeNear(d *doc, toks []token, ms []mention, cl [2]int, trig int) int {
	best, bestDist := -1, 1<<30
	venue := -1
	for _, m := range ms {
		if m.t0 < cl[0] || m.t1 > cl[1] || m.entity < 0 || d.inQuote(m.span.Start) {
			continue
		}
		id := m.entity
		before := func(k int) string { // the word k tokens before the mention
			if m.t0-k < 0 {
				return ""
			}
			return toks[m.t0-k].lower
		}
		if m.lex != nil && m.lex.kind == lxDemonym && m.t1 < len(toks) && toks[m.t1].lower == "capital" {
			// "in the German capital": the country's capital city
			if c := r.capitals[d.entities[id].Name]; c != "" {
				id = d.placeEntity(c)
				if dist := abs(m.t0 - trig); best < 0 || dist < bestDist {
					best, bestDist = id, dist
				}
			}
			continue
		}
		if m.t1 < len(toks) && toks[m.t1].text == "-" && toks[m.t1].start == toks[m.t1-1].end {
			continue // "in the Washington-led peace effort": the agent of a modifier
		}
		if before(1) == "from" || d.speaks(toks, m) || m.lex != nil && m.lex.kind == lxDemonym || inApposition(toks, ms, m) {
			continue // "who flew in from Kyiv"; "Downing Street said"; "the German chancellery"; "X, the head of the group's bureau in Gaza,"
		}
		if m.t0 < trig && r.fromPhrase(toks, cl, m.t0) {
			continue // "officials from the ministry and the consulate, Lyon, were at the meeting": where they came from
		}
		if m.t1 < cl[1] && toks[m.t1].upper && (d.lx.startsTitle(toks[m.t1].lower) || len(d.lx.titleMulti[toks[m.t1].lower]) > 0) {
			continue // "Ruritania Governor X took part": the office's land, not where they met
		}
		country := d.lx.countries[d.entities[id].Name] != nil
		switch {
		case m.kind == fact.Place:
		case m.kind == fact.Org && country && (before(1) == "in" || before(1) == "to" || r.is(wVisitverb, before(1)) || before(1) == "the" && before(2) == "in"):
			// "was in India", "in the United States", "to visit Kyiv": a
			// country (or its capital) as where, not who
		case m.kind == fact.Org && !country && before(1) == "the" && (before(2) == "at" || before(2) == "in"):
			id = r.venue(d, toks, m) // "at the Kremlin": the building, in its capital
		case m.kind == fact.Org && country && m.t1 == trig && d.lx.places[joinTokens(toks[m.t0:m.t1])].kind == lxCity:
			id = d.placeEntity(joinTokens(toks[m.t0:m.t1])) // "the Doha talks": the capital, not the country
		default:
			continue
		}
		dist := m.t0 - trig
		if dist < 0 {
			dist = -dist + 20 // before the meeting word: likelier about something else
		}
		// A place that contains the one chosen says less: keep the inner one.
		if best >= 0 && d.within(best, id) {
			continue
		}
		if dist < bestDist || best >= 0 && d.within(id, best) {
			best, bestDist = id, dist
		}
		if d.isVenue(id) && d.entities[id].Within < 0 {
			venue = id
		}
	}
	// "talks in Jakarta ... at the Pancasila Building": a venue the
	// gazetteer cannot place lies in the town the clause names.
	if venue >= 0 && best >= 0 && venue != best && !d.isVenue(best) && !d.within(best, venue) {
		d.placeIn(venue, best)
		best = venue
	}
	return best
}

// fromPhrase reports whether token t lies in a "from" phrase of the
// clause's subject: "from" before it with no meeting word or verb of the
// past between them.
func (r *eventRules) fromPhrase(toks []token, cl [2]int, t int) bool {
	for k := t - 1; k >= cl[0] && k >= t-12; k-- {
		w := toks[k].lower
		if w == "from" {
			return true
		}
		if r.is(wVerb|wNoun, w) || strings.HasSuffix(w, "ed") || isBeForm(w) {
			return false
		}
	}
	return false
}

// inApposition reports whether mention m lies in the apposition that
// describes a person ("X, the head of the group's political bureau in Gaza,
// met Y"): after a comma that follows a person's name, before the next
// comma. Such a place tells who the person is, not where they met.
func inApposition(toks []token, ms []mention, m mention) bool {
	k := m.t0 - 1
	for k >= 0 && toks[k].text != "," {
		k--
	}
	if k < 1 {
		return false
	}
	for _, p := range ms {
		if p.t1 == k && p.kind == fact.Person && p.how != byGroup {
			w := toks[k+1].lower // a noun phrase, not "who was in India"
			return w == "the" || w == "a" || w == "an"
		}
	}
	return false
}

// isVenue reports whether a place is a building or site by its last word
// ("Pancasila Building", "Merdeka Palace").
func (d *doc) isVenue(id int) bool {
	e := d.entities[id]
	if e.Kind != fact.Place {
		return false
	}
	name := e.Name
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		name = name[i+1:]
	}
	return d.lx.is(lcVenue, name)
}

// namedPlace reads a place the gazetteer does not know from how the text
// names it: "met in Weimar", "talks at the Bellevue Palace": capitalised
// words right after "in" or "at" (and "the") following the meeting word,
// that no other mention or date covers. -1 when there is none.
func (r *eventStage) namedPlace(d *doc, si int, toks []token, ms []mention, cl [2]int, trig int) int {
	for i := trig + 1; i < min(cl[1]-1, trig+14); i++ {
		if w := toks[i].lower; w != "in" && w != "at" {
			continue
		}
		j := i + 1
		the := toks[j].lower == "the" && j+1 < cl[1]
		if the {
			j++ // "at the Merdeka Palace", "in the Lusail district"
		}
		k := j
		for k < cl[1] && k-j < 4 && toks[k].upper && !covered(ms, k) && !strings.Contains(toks[k].text, "-") {
			k++
		}
		// "at the Sheraton Grand Doha": a town that ends the venue's name
		// is part of it, and the venue lies in it.
		town := -1
		for _, m := range ms {
			if k == j || m.t0 != k || m.entity < 0 || m.t1 < cl[1] && toks[m.t1].upper {
				continue
			}
			if m.kind == fact.Place {
				town, k = m.entity, m.t1
			} else if name := joinTokens(toks[m.t0:m.t1]); m.kind == fact.Org && d.lx.places[name].kind != 0 {
				town, k = d.placeEntity(name), m.t1 // a capital read as its country
			}
		}
		if k == j || k < cl[1] && (toks[k].text == "'" || toks[k].text == "’") || d.dateAt(si, toks[j].start) {
			continue // "at a government compound in the Lusail district"
		}
		// After "in the", a name is a place only as a venue or with a word
		// for a place after it.
		if the && toks[i].lower == "in" && !d.lx.is(lcVenue, toks[k-1].text) && (k >= cl[1] || !toks[k].on(wPlaceNoun)) {
			continue // "at the Akorda" is a place; "in the Western-led talks" is not
		}
		id := d.lateEntity(fact.Place, joinTokens(toks[j:k]))
		d.noteMention(id, fact.Span{Start: toks[j].start, End: toks[k-1].end})
		if town >= 0 && d.entities[id].Within < 0 && id != town {
			d.placeIn(id, town)
		}
		return id
	}
	return -1
}

// covered reports whether token k lies in one of the mentions.
func covered(ms []mention, k int) bool {
	for _, m := range ms {
		if k >= m.t0 && k < m.t1 {
			return true
		}
	}
	return false
}

// within reports whether entity a is, or lies inside, entity b.
func (d *doc) within(a, b int) bool {
	for i := 0; a >= 0 && i < 16; i++ {
		if a == b {
			return true
		}
		if a >= len(d.entities) {
			return false
		}
		a = d.entities[a].Within
	}
	return false
}

// venue makes the building a body is named after a place ("the Kremlin"),
// in its country's capital.
func (r *eventStage) venue(d *doc, toks []token, m mention) int {
	e := d.entities[m.entity]
	name := e.Name
	// "at the AU's headquarters": the body's building, by the body's name.
	if m.t1+1 < len(toks) && isPoss(toks[m.t1]) && d.lx.is(lcVenue, toks[m.t1+1].text) || m.t1+1 < len(toks) && isPoss(toks[m.t1]) && toks[m.t1+1].lower == "headquarters" {
		name += " " + toks[m.t1+1].lower
	} else if written := joinTokens(toks[m.t0:m.t1]); m.t1-m.t0 >= 3 && toks[m.t0].upper {
		// "at the Ministry of Foreign Affairs in Astana": the building
		// by the name the text gives it, not the body's short name.
		name = written
	}
	id := d.lateEntity(fact.Place, name)
	country := m.country
	if country == "" && m.lex != nil {
		country = m.lex.country // "the Kremlin": a seat of government, in its country's capital
	}
	if d.entities[id].Within < 0 && country != "" && country != e.Name {
		if c := r.capitals[country]; c != "" {
			d.placeIn(id, d.placeEntity(c))
		} else {
			d.placeIn(id, d.countryEntity(country))
		}
	}
	d.noteMention(id, m.span)
	return id
}

// clauseDate is the date the clause gives, resolved against the article's
// date: a held meeting cannot be after the article, a planned one not before.
// Of several, the one nearest the meeting word tells the meeting's day
// ("agreed on Wednesday ..., capping a week that began with a phone call
// on Friday").
func (r *eventStage) clauseDate(d *doc, si int, toks []token, cl [2]int, trig int, status string) (time.Time, time.Time) {
	from, to, _ := r.clauseDateTense(d, si, toks, cl, trig, status, true)
	return from, to
}

// clauseDateTense is clauseDate that also says whether the date is a bare
// weekday the sentence's tense placed ("on Tuesday"), which a status read
// from the clause's words may contradict. Without anaphora, a day counted
// from the meeting told before ("the same day") is not read; with no status,
// the dates are taken as the dates package read them.
func (r *eventStage) clauseDateTense(d *doc, si int, toks []token, cl [2]int, trig int, status string, anaphora bool) (from, to time.Time, byTense bool) {
	base := d.sentences[si].span.Start
	lo, hi := toks[cl[0]].start, toks[cl[1]-1].end
	at := toks[trig].start
	best := -1
	for _, m := range d.sentenceDates(si) {
		if base+m.Start < lo || base+m.End > hi || !m.Resolved() || m.Precision > dates.Week {
			continue
		}
		if m.Relative && strings.HasSuffix(strings.ToLower(m.Text), "later") {
			// "met Kessler in Miami four days later": later than the
			// meeting told before, not than the article.
			if r.lastEventDate.IsZero() {
				continue
			}
			shift := m.From.Sub(d.ref)
			m.From, m.To = r.lastEventDate.Add(shift), r.lastEventDate.Add(shift)
		}
		if status == fact.Held && m.ByTense && m.From.After(d.ref) && m.From.Before(d.ref.AddDate(0, 0, 7)) {
			// A weekday the sentence's tense put in the coming week ("held a
			// meeting on Monday night to reassure Tokyo that any deal would
			// ..."): a meeting held was on the one before.
			m.From, m.To = m.From.AddDate(0, 0, -7), m.To.AddDate(0, 0, -7)
		}
		if status == fact.Planned && m.ByTense && base+m.Start > at && m.From.Before(d.ref) && m.From.After(d.ref.AddDate(0, 0, -7)) {
			// The other way round: "said she hoped to meet X on Tuesday"
			// read as past by "said" and "hoped"; a plan is for the coming
			// one. A weekday before the meeting word may be the saying's.
			m.From, m.To = m.From.AddDate(0, 0, 7), m.To.AddDate(0, 0, 7)
		}
		if !d.ref.IsZero() && (status == fact.Held && m.From.After(d.ref) || status == fact.Planned && m.To.Before(d.ref)) {
			continue
		}
		// Bytes from the meeting word; a date before it counts double, as
		// news puts the meeting's date after it ("talks on Tuesday").
		dist := base + m.Start - toks[trig].end
		if dist < 0 {
			dist = 2 * (at - (base + m.End))
			// Across a comma, only a date in an opening adverbial ("On
			// Tuesday, X met Y"; "During his visit on Wednesday, X met Y")
			// is the meeting's: not "X, who arrived on Tuesday, called on
			// Y", nor "agreed on Wednesday ..., capping a week that began
			// with a call".
			opening := r.is(wOpener, toks[cl[0]].lower) && (!commaBetween(toks, lo, base+m.Start) || tokensBefore(toks, base+m.Start) <= cl[0]+3)
			if commaBetween(toks, base+m.End, at) && !opening && !r.whenBetween(toks, base+m.End, at) {
				continue
			}
		}
		if best < 0 || dist < best {
			best, from, to, byTense = dist, m.From, m.To, m.ByTense
			// "on Friday and Saturday": the days joined by "and" are one span.
			if n := r.andNext(d, si, m); n.Resolved() && n.From.After(to) {
				to = n.To
			}
		}
	}
	if last := r.lastDayOf[status]; from.IsZero() && !last.IsZero() && anaphora {
		// "the following day", "the day before": a day from the meeting
		// told before.
		if m := findDayAfter(d.art.Text[lo:hi]); m != nil {
			day := last.AddDate(0, 0, 1)
			switch {
			case m[2] != "":
				day = last.AddDate(0, 0, -1)
			case m[3] != "":
				day = last // "on the same day", "later that day"
			}
			return day, day, false
		}
	}
	return from, to, byTense
}

// dayAfter reads a day counted from the meeting told before.
var dayAfter = regexp.MustCompile(`(?i)\b(the following day|the next day|a day later)\b|\b(the day before|the previous day|a day earlier)\b|\b(the same day|(?:later|earlier) (?:that|the) day|that same day)\b`)

// findDayAfter is dayAfter's match in s; every phrase it knows has "day"
// as a word after another ("the next day"), so text without " day" (a
// weekday is no match) skips the regexp, the slow part.
func findDayAfter(s string) []string {
	if !strings.Contains(s, " day") && !strings.Contains(s, " Day") && !strings.Contains(s, " DAY") {
		return nil
	}
	return dayAfter.FindStringSubmatch(s)
}

// andNext is the date mention that follows m in sentence si after " and ",
// or the zero Mention.
func (r *eventStage) andNext(d *doc, si int, m dates.Mention) dates.Mention {
	text := d.sentences[si].text
	for _, n := range d.sentenceDates(si) {
		if n.Start > m.End && strings.TrimSpace(text[m.End:n.Start]) == "and" {
			return n
		}
	}
	return dates.Mention{}
}

// whenBetween reports whether ", when" or ", where" stands between the
// date ending at end and the meeting word at at: the date is the one of the
// clause that tells the meeting ("only on Monday, when he hosted X";
// "landed on Tuesday and travelled on to Warsaw, where she held talks").
func (r *eventRules) whenBetween(toks []token, end, at int) bool {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].start >= end && toks[i+1].end <= at && toks[i].text == "," && (toks[i+1].lower == "when" || toks[i+1].lower == "where") {
			return true
		}
	}
	return false
}

// tokensBefore is the index of the first token at or after offset off.
func tokensBefore(toks []token, off int) int {
	for i, t := range toks {
		if t.start >= off {
			return i
		}
	}
	return len(toks)
}

// commaBetween reports whether a comma stands between offsets from and to.
func commaBetween(toks []token, from, to int) bool {
	for _, t := range toks {
		if t.start >= from && t.end <= to && t.text == "," {
			return true
		}
	}
	return false
}

// mergeDrafts turns drafts into events: drafts of one kind that share two
// people, or where one's people are all in the other, and whose places and
// dates agree, are one event.
func (d *doc) mergeDrafts(drafts []draft) []fact.Event {
	var out []*draft
	for i := range drafts {
		dr := drafts[i]
		merged := false
		for _, e := range out {
			// Two clauses of one sentence tell two events.
			if e.kind != dr.kind || e.sentence == dr.sentence || e.sideline != dr.sideline || !datesAgree(e, &dr) {
				continue
			}
			// A venue nobody placed may lie in the other's place, when both
			// give the same day: "X welcomed Y to Denmark on Saturday ... her
			// talks with Y at Linden Hall".
			venueIn := !e.from.IsZero() && !dr.from.IsZero() && !dr.from.After(e.to) && !e.from.After(dr.to) && e.place >= 0 && dr.place >= 0 && (d.unplacedVenue(e.place) || d.unplacedVenue(dr.place))
			if !d.placesAgree(e.place, dr.place) && !venueIn {
				continue
			}
			// A plan and a meeting held are one only when both dates say so:
			// "last spoke on May 22" is not "will speak later this week".
			if e.status != dr.status && (e.from.IsZero() || dr.from.IsZero() || dr.from.After(e.to) || e.from.After(dr.to)) {
				continue // and on a day both give: a plan for tomorrow is not today's talks
			}
			shared := 0
			for _, p := range dr.people {
				if containsInt(e.people, p) {
					shared++
				}
			}
			if dr.apart && shared < len(dr.people) {
				continue // "The delegation also met X": X was not at the first
			}
			if shared >= 2 && (shared*2 >= min(len(e.people), len(dr.people))) {
				for _, p := range dr.people {
					e.people = appendNew(e.people, p)
				}
				if venueIn && !d.placesAgree(e.place, dr.place) {
					if d.unplacedVenue(dr.place) {
						d.placeIn(dr.place, e.place)
					} else {
						d.placeIn(e.place, dr.place)
					}
				}
				if e.place < 0 || dr.place >= 0 && d.within(dr.place, e.place) {
					e.place = dr.place
				}
				if e.from.IsZero() || !dr.from.IsZero() && dr.from.Before(e.from) {
					e.from = dr.from
				}
				if dr.to.After(e.to) {
					e.to = dr.to
				}
				if dr.status == fact.Held {
					e.status = fact.Held
				}
				e.conf = min(0.95, e.conf+0.1)
				merged = true
				break
			}
		}
		if !merged {
			c := dr
			out = append(out, &c)
		}
	}
	events := make([]fact.Event, 0, len(out))
	for _, e := range out {
		people := append([]int(nil), e.people...)
		sort.Ints(people)
		ev := fact.Event{Kind: e.kind, Status: e.status, Participants: people, Place: e.place,
			Evidence: fact.Evidence{Sentence: e.sentence, Span: e.span, Confidence: e.conf, Rule: string(e.rule)}}
		if !e.from.IsZero() {
			ev.Start, ev.End = e.from.Format("2006-01-02"), e.to.Format("2006-01-02")
		}
		ev.CAMEO, ev.PLOVERMode = d.eventCode(ev)
		events = append(events, ev)
	}
	return events
}

func (d *doc) placesAgree(a, b int) bool {
	if a < 0 || b < 0 || d.within(a, b) || d.within(b, a) || d.mayLieIn(a, b) || d.mayLieIn(b, a) {
		return true
	}
	// Two places inside one that is not a whole country: a venue near a city.
	for x := d.entities[a].Within; x >= 0 && x < len(d.entities); x = d.entities[x].Within {
		if d.entities[x].Within >= 0 && d.within(b, x) {
			return true
		}
	}
	return false
}

// mayLieIn reports whether place a may lie in region r though the gazetteer
// cannot say: a is known only as in r's country ("talks in Florida ... held
// near Tampa"). Two cities of one country do not agree by this.
func (d *doc) mayLieIn(a, r int) bool {
	if a >= len(d.entities) || r >= len(d.entities) {
		return false
	}
	re, ok := d.lx.places[d.entities[r].Name]
	if !ok || re.kind != lxRegion {
		return false
	}
	up := d.entities[a].Within
	return up >= 0 && up == d.entities[r].Within && d.lx.countries[d.entities[up].Name] != nil
}

func datesAgree(a, b *draft) bool {
	if a.from.IsZero() || b.from.IsZero() {
		return true
	}
	return !b.from.After(a.to.AddDate(0, 0, 1)) && !a.from.After(b.to.AddDate(0, 0, 1))
}

// eventCode maps an event to the CAMEO 04x "consult" family and PLOVER's
// CONSULT modes. A call is CAMEO 041 "discuss by telephone", mode phone.
// Three or more countries' sides make a multilateral meeting (CAMEO 040).
// A meeting in one side's country is a visit (CAMEO 042 "make a visit",
// told from the visitors' side); one in a country of no side is at a third
// location (CAMEO 044, mode third-party). Otherwise CAMEO 040, no mode.
func (d *doc) eventCode(e fact.Event) (string, string) {
	if e.Kind == fact.Call {
		return "041", "phone"
	}
	sides := map[int]bool{}
	for _, p := range e.Participants {
		if n, ok := d.nation[p]; ok && n >= 0 {
			sides[n] = true
		}
	}
	if len(sides) >= 3 {
		return "040", "multilateral"
	}
	if e.Place < 0 || len(sides) == 0 {
		return "040", ""
	}
	where := -1
	for p, i := e.Place, 0; p >= 0 && where < 0 && i < 16; p, i = d.entities[p].Within, i+1 {
		where = d.countryEntity(d.countryOfEntity(p)) // the venue's town's country
	}
	if where < 0 {
		return "040", ""
	}
	if sides[where] {
		if len(sides) == 1 {
			return "040", "" // all of one side: not a visit between sides
		}
		return "042", "visit"
	}
	if len(sides) < 2 {
		return "040", "" // one known side: whether the place is a third party's cannot be told
	}
	return "044", "third-party"
}
