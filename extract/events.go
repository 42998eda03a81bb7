package extract

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract/dates"
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
	sentence     int
	span         Span
	conf         float64
}

// ordinalDay reads "a third straight day", "second consecutive day": the
// talks have run that many days up to the day the sentence speaks of.
var ordinalDay = regexp.MustCompile(`(?i)\b(second|third|fourth|fifth|sixth|seventh|2nd|3rd|4th|5th)\s+(?:straight|consecutive|successive)\s+day|\bthe\s+(second|third|fourth|fifth)\s+day\s+of\s+(?:talks|negotiations|meetings|discussions)|\bfor\s+a\s+(second|third|fourth|fifth|sixth|seventh|2nd|3rd|4th|5th)\s+day\b|\b(two|three|four|five)\s+days\s+of\s+(?:talks|negotiations|meetings|discussions|consultations)`)

var ordinals = map[string]int{"second": 2, "2nd": 2, "two": 2, "third": 3, "3rd": 3, "three": 3, "fourth": 4, "4th": 4, "four": 4, "fifth": 5, "5th": 5, "five": 5, "sixth": 6, "seventh": 7}

// find reads the meetings and calls of an article. A clause with a meeting
// word and the people around it makes a draft. Clauses that name fewer than
// two people ("negotiators met at the Shell Bay Club for a second day", "the
// talks also involve X") build up a context that the next clause about "the
// talks" takes its people, place and date from; a delegation sentence ("the
// delegation was led by A and included B") adds its people to the event just
// told. Drafts that tell one event then merge into one Event.
func (r *eventRules) find(d *doc) []Event {
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

// clauseDrafts reads the meetings one clause tells: one, or two where the
// clause has a second object with its own place ("X met A in Kinshasa on
// Thursday and B in Kigali on Friday": X met each).
func (r *eventRules) clauseDrafts(d *doc, si int, toks []token, ms []mention, cl [2]int) []draft {
	k := r.gap(toks, ms, cl)
	if k < 0 {
		dr, ok := r.clause(d, si, toks, ms, cl)
		if !ok {
			return nil
		}
		return r.separately(toks, ms, cl, dr)
	}
	first, ok := r.clause(d, si, toks, ms, [2]int{cl[0], k})
	if !ok {
		return nil
	}
	trig, _ := r.trigger(toks, ms, [2]int{cl[0], k})
	second := first
	second.people = nil
	for _, m := range ms {
		if m.t0 >= cl[0] && m.t1 <= trig && m.kind == Person && m.entity >= 0 && containsInt(first.people, m.entity) {
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
	second.span = Span{toks[k+1].start, toks[cl[1]-1].end}
	return []draft{first, second}
}

// separately splits "X met the two delegations separately" into one
// meeting of X with each: those X met were not together.
func (r *eventRules) separately(toks []token, ms []mention, cl [2]int, dr draft) []draft {
	if !hasWord(toks[cl[0]:cl[1]], "separately") || len(dr.people) < 3 {
		return []draft{dr}
	}
	trig, _ := r.trigger(toks, ms, cl)
	subject := -1
	for _, m := range ms {
		if m.t0 >= cl[0] && m.t1 <= trig && m.kind == Person && m.entity >= 0 && containsInt(dr.people, m.entity) {
			subject = m.entity
			break
		}
	}
	if subject < 0 {
		return []draft{dr}
	}
	var out []draft
	for _, p := range dr.people {
		if p != subject {
			one := dr
			one.people = []int{subject, p}
			out = append(out, one)
		}
	}
	return out
}

// gap finds the "and" that starts a second object of a meeting verb with a
// place of its own ("met A in P and B in Q"), -1 when there is none.
func (r *eventRules) gap(toks []token, ms []mention, cl [2]int) int {
	trig, _ := r.trigger(toks, ms, cl)
	if trig < 0 || !r.is(wVerb, toks[trig].lower) {
		return -1
	}
	placeIn := func(lo, hi int) bool {
		for _, m := range ms {
			if m.t0 > lo && m.t0 < hi && m.t0 > 0 && (toks[m.t0-1].lower == "in" || toks[m.t0-1].lower == "at") && (m.kind == Place || m.kind == Org) {
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
			if m.kind == Person && m.how != byGroup && m.t0 > k && m.t0 <= k+4 {
				return k
			}
		}
	}
	return -1
}

// take adds the draft read from one clause to the article's drafts, or to
// the event it tells more of, or to the context the next clause may finish.
func (r *eventRules) take(d *doc, si int, toks []token, cl [2]int, dr draft, drafts []draft, last int, ctx map[string]*draft) ([]draft, int) {
	// "on the sidelines of the summit", "received both delegations
	// separately": an event of its own, never merged into the talks.
	dr.sideline = r.onSidelines(toks, cl) || hasWord(toks[cl[0]:cl[1]], "separately")
	if dr.sideline && dr.place < 0 {
		// "On the sidelines of the summit, X held talks with Y": at
		// the summit told before, on its days.
		for j := len(drafts) - 1; j >= 0 && si-drafts[j].sentence <= 12; j-- {
			if drafts[j].kind == Meeting && drafts[j].status == dr.status && drafts[j].place >= 0 && len(drafts[j].people) > 2 {
				dr.place = drafts[j].place
				if dr.from.IsZero() {
					dr.from, dr.to = drafts[j].from, drafts[j].to
				}
				break
			}
		}
	}
	if last >= 0 && d.addsTo(&drafts[last], &dr) {
		for _, p := range dr.people {
			drafts[last].people = appendNew(drafts[last].people, p)
		}
		return drafts, last
	}
	if dr.anchor >= 0 {
		return drafts, last // accompanied someone to no event told
	}
	if c := ctx[dr.status]; c != nil && si-c.sentence <= 5 && d.compatible(c, &dr) {
		if dr.place < 0 {
			dr.place = c.place
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
	delete(ctx, dr.status)
	drafts = append(drafts, dr)
	last = len(drafts) - 1
	return drafts, last
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
	if dr.sentence-e.sentence > 3 || !d.placesAgree(e.place, dr.place) {
		return false
	}
	if dr.member {
		return dr.anchor < 0 || containsInt(e.people, dr.anchor)
	}
	return dr.definite && len(dr.people) == 1 && e.kind == dr.kind && e.status == dr.status && datesAgree(e, dr)
}

// compatible says whether a clause can continue the telling of ctx: the
// same kind, and places that agree.
func (d *doc) compatible(ctx, dr *draft) bool {
	return ctx.kind == dr.kind && d.placesAgree(ctx.place, dr.place)
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
	if i+1 >= len(toks) || r.is(wAsComplement, toks[i-1].lower) {
		return false
	}
	next := toks[i+1]
	return next.upper && next.lower != "president" && next.lower != "part" || r.is(wAsSubject, next.lower)
}

// clause reads one clause: its meeting word, kind, status, people, place
// and date. ok is false when the clause tells no meeting.
func (r *eventRules) clause(d *doc, si int, toks []token, ms []mention, cl [2]int) (draft, bool) {
	trig, visit := r.trigger(toks, ms, cl)
	if trig < 0 || r.refersBack(toks, cl[0], trig) {
		// "The Ukrainian side was headed by X, who carries the weight of
		// these negotiations": a delegation sentence whose meeting word
		// only points back at talks already told.
		if dr, ok := r.membership(d, si, toks, ms, cl); ok || trig < 0 {
			if ok && trig >= 0 {
				dr.place = r.placeNear(d, toks, ms, cl, trig) // "representatives at the Miami talks"
			}
			return dr, ok
		}
	}
	if d.inQuote(toks[trig].start) || r.notTold(d, toks, cl, trig) {
		return draft{}, false
	}
	dr := draft{kind: Meeting, status: Held, place: -1, anchor: -1, sentence: si, conf: 0.6}
	dr.span = Span{toks[cl[0]].start, toks[cl[1]-1].end}
	for i := max(cl[0], trig-3); i < min(cl[1], trig+4) && visit < 0; i++ {
		if r.is(wCall, toks[i].lower) {
			dr.kind = Call
		}
	}
	// Future words in the meeting word's part of the clause, or "to be"
	// ("the meeting, to be hosted by"), make it planned; "The ground was
	// prepared by X, who met Y" is held.
	for i := r.subclauseStart(toks, cl, trig); i < min(cl[1], trig+4); i++ {
		if r.is(wFuture, toks[i].lower) || toks[i].lower == "to" && i+1 < cl[1] && toks[i+1].lower == "be" {
			dr.status = Planned
		}
	}
	// "expected to attend the Warsaw meeting": with a verb for its
	// trigger, the clause's meeting noun may point back.
	dr.definite = r.refersBack(toks, cl[0], trig) || visit >= 0 && r.remotely(toks, visit, cl)
	for i := cl[0]; i < cl[1] && !dr.definite && r.is(wVerb, toks[trig].lower); i++ {
		dr.definite = r.is(wNoun, toks[i].lower) && r.refersBack(toks, cl[0], i)
	}
	dr.people = r.clausePeople(d, toks, ms, cl, trig)
	if dr.kind == Meeting { // a call has two ends, not one place
		dr.place = r.clausePlace(d, si, toks, ms, cl, trig)
	}
	dr.from, dr.to = r.clauseDate(d, si, toks, cl, trig, dr.status)
	if !dr.from.IsZero() {
		d.lastEventDate = dr.to
	}
	if m := r.ordinalDay(d, toks, cl); m != nil && dr.status == Held {
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

// ordinalDay matches "a third straight day" in the clause; nil when it
// does not say "day", as most clauses do not (the regexp is the slow part).
func (r *eventRules) ordinalDay(d *doc, toks []token, cl [2]int) []string {
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
		w := toks[i].lower
		if i+1 < cl[1] && r.isPair(wPhrasal, w, toks[i+1].lower) {
			w = "meet" // "sat down with"
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
		if r.is(wSpeak, w) && !r.partnered(toks, i, cl) && !mutual(toks, ms, i) {
			continue // "the three leaders spoke on Friday": to the public
		}
		if r.is(wVerb, w) || r.is(wNoun, w) || r.is(wCall, w) {
			if trig < 0 || len(ms) > 0 && r.nearerPeople(ms, i, trig) {
				trig = i
			}
		}
	}
	return trig, visit
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
		if ms[j].t1 == k && ms[j].kind == Person {
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
		if m.t1 != and || m.kind != Person || m.how == byGroup {
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
func (r *eventRules) notTold(d *doc, toks []token, cl [2]int, trig int) bool {
	for i := cl[0]; i < trig; i++ {
		if r.is(wReport, toks[i].lower) || d.lx.is("describe", toks[i].lower) {
			return true
		}
		if r.is(wSpeak, toks[i].lower) && i+1 < trig && (toks[i+1].lower == "about" || toks[i+1].lower == "of") {
			return true // "spoke about the results of the consultations"
		}
	}
	for i := cl[0]; i < cl[1]; i++ {
		pair := i+1 < cl[1] && r.isPair(wCancel, toks[i].lower, toks[i+1].lower)
		if r.is(wCancel, toks[i].lower) || pair || i < trig && i >= trig-3 && r.is(wNegation, toks[i].lower) {
			return true
		}
	}
	return false
}

// clausePeople are the people at the clause's meeting: its attendees ("talks
// between A and B": only those after "between"), the traveller of "his
// trip", the possessor of the meeting, and the main clause's subject of
// "He dropped his objection after a meeting with X and Y".
func (r *eventRules) clausePeople(d *doc, toks []token, ms []mention, cl [2]int, trig int) []int {
	lo := cl[0]
	for i := trig + 1; i < min(cl[1], trig+12); i++ {
		if toks[i].lower == "between" {
			lo = i
			break
		}
	}
	people := r.attendees(d, toks, ms, [2]int{lo, cl[1]})
	if p := r.traveller(d, toks, ms, cl); p >= 0 {
		people = appendNew(people, p)
	}
	for _, p := range r.named(toks, ms, cl, trig) {
		people = appendNew(people, p)
	}
	if trig > cl[0] && r.is(wNoun, toks[trig].lower) && (toks[cl[0]].lower == "after" || toks[cl[0]].lower == "following") && hasWord(toks[trig:cl[1]], "with") {
		if p := mainSubject(ms, cl[0]); p >= 0 {
			people = appendNew(people, p)
		}
	}
	return people
}

// clausePlace is the most specific place of the clause's meeting: from the
// gazetteer, or named by the text after "in" or "at" ("called on X at the
// Merdeka Palace"), then inside the town the clause names.
func (r *eventRules) clausePlace(d *doc, si int, toks []token, ms []mention, cl [2]int, trig int) int {
	place := r.placeNear(d, toks, ms, cl, trig)
	if place >= 0 && d.isVenue(place) {
		return place // "at State House in Entebbe": the venue says most
	}
	if p := r.namedPlace(d, si, toks, ms, cl, trig); p >= 0 && p != place {
		if place >= 0 && d.entities[p].Within < 0 && !d.within(place, p) {
			d.entities[p].Within = place
		}
		place = p
	}
	return place
}

// attendees are the people a clause names as taking part: named people
// (not possessors, speakers, or agents of something else) and the members of
// groups that stand for one side.
func (r *eventRules) attendees(d *doc, toks []token, ms []mention, cl [2]int) []int {
	var people []int
	for _, m := range ms {
		if m.t0 < cl[0] || m.t1 > cl[1] || m.quoted || d.inQuote(m.span.Start) {
			continue
		}
		switch {
		case m.kind == Person && m.how == byGroup:
			if r.notAttendee(toks, m) {
				continue // "described by Russian officials as useful"
			}
			members := m.members
			switch {
			case r.bothSides(toks, m):
				members = d.delegates // "met the two delegations separately"
			case toks[m.t1-1].lower == "leaders" && m.t1 < cl[1] && toks[m.t1].lower == "of":
				members = r.leadersOf(d, toks, m, cl)
			case !r.groupOK(d, toks, m, cl):
				members = nil
			}
			for _, p := range members {
				people = appendNew(people, p)
			}
		case m.kind == Person && m.entity >= 0:
			if m.poss || r.notAttendee(toks, m) || d.speaks(toks, m) {
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
func (r *eventRules) traveller(d *doc, toks []token, ms []mention, cl [2]int) int {
	for i := cl[0]; i < cl[1]; i++ {
		if w := toks[i].lower; w != "his" && w != "her" {
			continue
		}
		trip := false
		for k := i + 1; k < min(cl[1], i+4) && !trip; k++ {
			trip = r.is(wTravel, toks[k].lower)
		}
		if !trip {
			return -1
		}
		for _, m := range ms {
			if m.kind == Person && m.how != byGroup && m.entity >= 0 && m.t1 <= i && !m.quoted && !m.poss {
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
		if m.kind != Person || m.how == byGroup || m.entity < 0 || m.t0 < cl[0] || m.t1 > cl[1] || m.quoted {
			continue
		}
		switch {
		case m.poss && m.t1 <= trig && trig-m.t1 <= 3 && r.is(wNoun, toks[trig].lower):
			out = append(out, m.entity)
		case in && m.t1 < trig && m.t1 < len(toks) && toks[m.t1].lower == "told":
			out = append(out, m.entity)
		}
	}
	return out
}

// mainSubject is the first person the sentence names before token end, as
// name, title or pronoun; -1 when none.
func mainSubject(ms []mention, end int) int {
	for _, m := range ms {
		if m.t1 <= end && m.kind == Person && m.how != byGroup && m.entity >= 0 && !m.poss && !m.quoted {
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
		if (toks[k].lower == "by" || toks[k].lower == "via") && k+1 < cl[1] && r.is(wCall, toks[k+1].lower) {
			return true
		}
	}
	return false
}

// callsOn reports whether "called on" at i is a visit: a person follows
// and no "to" after them makes it an appeal ("called on X to resign").
func (r *eventRules) callsOn(toks []token, ms []mention, i int, cl [2]int) bool {
	for _, m := range ms {
		if m.t0 < i+2 || m.t0 > i+5 || m.kind != Person {
			continue
		}
		return m.t1 >= cl[1] || toks[m.t1].lower != "to"
	}
	return false
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
func (r *eventRules) membership(d *doc, si int, toks []token, ms []mention, cl [2]int) (draft, bool) {
	group, join := false, false
	anchor := -1
	for i := cl[0]; i < cl[1]; i++ {
		w := toks[i].lower
		group = group || r.is(wDelegation, w)
		by := r.is(wJoin, w) && i+1 < cl[1] && toks[i+1].lower == "by"
		join = join || by || r.is(wInclude, w)
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
			d.delegates = appendNew(d.delegates, p)
		}
	}
	return draft{kind: Meeting, status: Held, place: -1, people: people, member: true, anchor: anchor, sentence: si,
		span: Span{toks[cl[0]].start, toks[cl[1]-1].end}, conf: 0.5}, true
}

// subjectBefore is the person named last before token i, -1 when none.
func (r *eventRules) subjectBefore(ms []mention, i int) int {
	p := -1
	for _, m := range ms {
		if m.t1 <= i && m.kind == Person && m.how != byGroup && m.entity >= 0 && !m.poss {
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
			return r.is(wVerb, toks[trig].lower) // "It was attended by X and Y"
		}
	}
	return false
}

// nearerPeople says whether token i is nearer the clause's people than token j.
func (r *eventRules) nearerPeople(ms []mention, i, j int) bool {
	dist := func(t int) int {
		best := 1 << 30
		for _, m := range ms {
			if m.kind != Person {
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

func appendNew(xs []int, x int) []int {
	if containsInt(xs, x) {
		return xs
	}
	return append(xs, x)
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
	return !r.is(wJoin, toks[k-1].lower)
}

// groupOK accepts a group mention's members as attendees: a group of one
// side ("the U.S. envoys", "his negotiating team"), not a mix of sides whose
// members the text never named ("U.S. and Ukrainian officials"), and not a
// group whose members the clause goes on to name ("representatives include
// A and B").
func (r *eventRules) groupOK(d *doc, toks []token, m mention, cl [2]int) bool {
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
	return r.is(wGroup, toks[m.t1-1].lower)
}

// leadersOf reads "the leaders of Britain, France and Germany": the people
// the article names as heads of those countries.
func (r *eventRules) leadersOf(d *doc, toks []token, m mention, cl [2]int) []int {
	if m.t1 >= cl[1] || toks[m.t1].lower != "of" {
		return nil
	}
	var out []int
	for _, c := range d.mentionsIn(m.sentence) {
		if c.t0 <= m.t1 || c.t0 > m.t1+12 || c.kind != Org || c.entity < 0 || d.lx.countries[d.entities[c.entity].Name] == nil {
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
		if d.lx.is("speech", w) || d.lx.is("describe", w) {
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

// placeNear is the most specific place named in the clause, nearest the
// meeting word and after it by preference ("a meeting in Moscow").
func (r *eventRules) placeNear(d *doc, toks []token, ms []mention, cl [2]int, trig int) int {
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
		if before(1) == "from" || d.speaks(toks, m) || m.lex != nil && m.lex.kind == lxDemonym || inApposition(toks, ms, m) {
			continue // "who flew in from Kyiv"; "Downing Street said"; "the German chancellery"; "X, the head of the group's bureau in Gaza,"
		}
		country := d.lx.countries[d.entities[id].Name] != nil
		switch {
		case m.kind == Place:
		case m.kind == Org && country && (before(1) == "in" || before(1) == "to" || r.is(wVisitverb, before(1)) || before(1) == "the" && before(2) == "in"):
			// "was in India", "in the United States", "to visit Kyiv": a
			// country (or its capital) as where, not who
		case m.kind == Org && !country && before(1) == "the" && (before(2) == "at" || before(2) == "in"):
			id = r.venue(d, toks, m) // "at the Kremlin": the building, in its capital
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
		d.entities[venue].Within = best
		best = venue
	}
	return best
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
		if p.t1 == k && p.kind == Person && p.how != byGroup {
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
	if e.Kind != Place {
		return false
	}
	name := e.Name
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		name = name[i+1:]
	}
	return d.lx.is("venue", name)
}

// namedPlace reads a place the gazetteer does not know from how the text
// names it: "met in Weimar", "talks at the Bellevue Palace": capitalised
// words right after "in" or "at" (and "the") following the meeting word,
// that no other mention or date covers. -1 when there is none.
func (r *eventRules) namedPlace(d *doc, si int, toks []token, ms []mention, cl [2]int, trig int) int {
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
		if k == j || k < cl[1] && (toks[k].text == "'" || toks[k].text == "’") || d.dateAt(si, toks[j].start) {
			continue // "at a government compound in the Lusail district"
		}
		// After "in the", a name is a place only as a venue or with a word
		// for a place after it.
		if the && toks[i].lower == "in" && !d.lx.is("venue", toks[k-1].text) && (k >= cl[1] || !r.is(wPlaceNoun, toks[k].lower)) {
			continue // "at the Akorda" is a place; "in the Western-led talks" is not
		}
		id := d.newEntity(Place, joinTokens(toks[j:k]))
		d.entities[id].Mentions = append(d.entities[id].Mentions, Span{toks[j].start, toks[k-1].end})
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

// dateAt reports whether offset off lies in a date expression of sentence si.
func (d *doc) dateAt(si, off int) bool {
	base := d.sentences[si].span.Start
	for _, m := range d.sentenceDates(si) {
		if off >= base+m.Start && off < base+m.End {
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
func (r *eventRules) venue(d *doc, toks []token, m mention) int {
	e := d.entities[m.entity]
	name := e.Name
	// "at the AU's headquarters": the body's building, by the body's name.
	if m.t1+1 < len(toks) && isPoss(toks[m.t1]) && d.lx.is("venue", toks[m.t1+1].text) || m.t1+1 < len(toks) && isPoss(toks[m.t1]) && toks[m.t1+1].lower == "headquarters" {
		name += " " + toks[m.t1+1].lower
	}
	id := d.newEntity(Place, name)
	if d.entities[id].Within < 0 && m.country != "" && m.country != e.Name {
		if c := r.capitals[m.country]; c != "" {
			d.entities[id].Within = d.placeEntity(c)
		} else {
			d.entities[id].Within = d.countryEntity(m.country)
		}
	}
	d.entities[id].Mentions = append(d.entities[id].Mentions, m.span)
	return id
}

// inQuote reports whether offset off lies inside quotation marks.
func (d *doc) inQuote(off int) bool {
	for _, q := range d.quotes {
		if off >= q.Start && off < q.End {
			return true
		}
	}
	return false
}

// clauseDate is the date the clause gives, resolved against the article's
// date: a held meeting cannot be after the article, a planned one not before.
// Of several, the one nearest the meeting word tells the meeting's day
// ("agreed on Wednesday ..., capping a week that began with a phone call
// on Friday").
func (r *eventRules) clauseDate(d *doc, si int, toks []token, cl [2]int, trig int, status string) (time.Time, time.Time) {
	base := d.sentences[si].span.Start
	lo, hi := toks[cl[0]].start, toks[cl[1]-1].end
	at := toks[trig].start
	var from, to time.Time
	best := -1
	for _, m := range d.sentenceDates(si) {
		if base+m.Start < lo || base+m.End > hi || !m.Resolved() || m.Precision > dates.Week {
			continue
		}
		if m.Relative && strings.HasSuffix(strings.ToLower(m.Text), "later") {
			// "met Kessler in Miami four days later": later than the
			// meeting told before, not than the article.
			if d.lastEventDate.IsZero() {
				continue
			}
			shift := m.From.Sub(d.ref)
			m.From, m.To = d.lastEventDate.Add(shift), d.lastEventDate.Add(shift)
		}
		if status == Held && m.Relative && m.Precision == dates.Day && m.From.After(d.ref) && m.From.Before(d.ref.AddDate(0, 0, 7)) {
			// A weekday the sentence's tense put in the coming week ("held a
			// meeting on Monday night to reassure Tokyo that any deal would
			// ..."): a meeting held was on the one before.
			m.From, m.To = m.From.AddDate(0, 0, -7), m.To.AddDate(0, 0, -7)
		}
		if !d.ref.IsZero() && (status == Held && m.From.After(d.ref) || status == Planned && m.To.Before(d.ref)) {
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
			best, from, to = dist, m.From, m.To
			// "on Friday and Saturday": the days joined by "and" are one span.
			if n := r.andNext(d, si, m); n.Resolved() && n.From.After(to) {
				to = n.To
			}
		}
	}
	if from.IsZero() && !d.lastEventDate.IsZero() {
		// "the following day", "the day before": a day from the meeting
		// told before.
		if m := dayAfter.FindStringSubmatch(d.art.Text[lo:hi]); m != nil {
			day := d.lastEventDate.AddDate(0, 0, 1)
			if m[2] != "" {
				day = d.lastEventDate.AddDate(0, 0, -1)
			}
			return day, day
		}
	}
	return from, to
}

// dayAfter reads a day counted from the meeting told before.
var dayAfter = regexp.MustCompile(`(?i)\b(the following day|the next day|a day later)\b|\b(the day before|the previous day|a day earlier)\b`)

// andNext is the date mention that follows m in sentence si after " and ",
// or the zero Mention.
func (r *eventRules) andNext(d *doc, si int, m dates.Mention) dates.Mention {
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
func (d *doc) mergeDrafts(drafts []draft) []Event {
	var out []*draft
	for i := range drafts {
		dr := drafts[i]
		merged := false
		for _, e := range out {
			// Two clauses of one sentence tell two events.
			if e.kind != dr.kind || e.sentence == dr.sentence || e.sideline != dr.sideline || !d.placesAgree(e.place, dr.place) || !datesAgree(e, &dr) {
				continue
			}
			// A plan and a meeting held are one only when both dates say so:
			// "last spoke on May 22" is not "will speak later this week".
			if e.status != dr.status && (e.from.IsZero() || dr.from.IsZero()) {
				continue
			}
			shared := 0
			for _, p := range dr.people {
				if containsInt(e.people, p) {
					shared++
				}
			}
			if shared >= 2 && (shared*2 >= min(len(e.people), len(dr.people))) {
				for _, p := range dr.people {
					e.people = appendNew(e.people, p)
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
				if dr.status == Held {
					e.status = Held
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
	events := make([]Event, 0, len(out))
	for _, e := range out {
		people := append([]int(nil), e.people...)
		sort.Ints(people)
		ev := Event{Kind: e.kind, Status: e.status, Participants: people, Place: e.place,
			Evidence: Evidence{Sentence: e.sentence, Span: e.span, Confidence: e.conf}}
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
func (d *doc) eventCode(e Event) (string, string) {
	if e.Kind == Call {
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
