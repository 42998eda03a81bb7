package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/fact"
)

// BatchQuads is how many quads a Loader gathers, by default, before one
// write transaction: large batches are what makes bolt fast (see NOTES.md).
// A batch holds whole articles only, so a crash loses whole articles. Each
// batch pays bolt's two fsyncs, about 350 ms on this machine's disk at
// 30,000 articles, and rewrites the index lists of the entities it names,
// which grow with the store: ingesting 4,000 more articles into a store of
// 30,000 ran at 140 articles/s with batches of 50,000 quads, 190 with
// 150,000 (10.3 and 9.5 ms of CPU an article), 190 with 300,000; two
// batches are in memory at once, one being written.
const BatchQuads = 150000

// maxEvidence caps the sentence kept as a fact's evidence.
const maxEvidence = 400

// Loader writes articles' facts into a store in batched transactions,
// resolving entities and events against the store as it goes. Use one Loader
// per ingest run, then Close it.
type Loader struct {
	s       *Store
	r       *resolver
	tx      *cgraph.Transaction
	pending int
	batch   int // quads gathered before a write transaction
	now     func() time.Time
	stats   Stats
	// mu guards r.articles: Unchanged is asked from reading goroutines.
	mu sync.Mutex
	// writing carries the outcome of the batch being written in the
	// background (flush), nil when none is.
	writing chan error
	// program identifies this executable for the resolver's snapshot
	// (snapshot.go), when it could be read; wrote is set once a batch is
	// written, failed once anything failed: a Loader that failed does not
	// leave a snapshot, which could hold articles the store does not.
	program       [32]byte
	snapshots     bool
	restored      bool
	wrote, failed bool
}

// Stats counts what a Loader did.
type Stats struct {
	Articles  int // articles whose facts were written
	Unchanged int // articles already in the store as they are
	Replaced  int // articles that were in the store with other content
	Facts     int // roles, events and claims written
	Quads     int // quads added (before duplicates were dropped)
	// Restored is set when what resolution knows of the store was read from
	// the snapshot the last ingest left rather than from all its quads.
	Restored bool
	// SnapshotDamaged says why a snapshot that should have held could not
	// be read ("" when none was damaged); the store was read instead.
	SnapshotDamaged string
}

// NewLoader reads what resolution needs from the store, from the snapshot
// the last ingest left when it holds, and starts a batch.
func (s *Store) NewLoader(ctx context.Context) (*Loader, error) {
	l := &Loader{s: s, r: newResolver(), tx: cgraph.NewTransaction(), now: time.Now, batch: BatchQuads}
	if s.bolt != nil {
		if id, err := programID(); err == nil {
			l.program, l.snapshots = id, true
			err := loadResolver(s.bolt.db, id, l.r)
			switch {
			case err == nil:
				l.restored, l.stats.Restored = true, true
				return l, nil
			case !errors.Is(err, errNoSnapshot):
				l.stats.SnapshotDamaged = err.Error()
			}
			l.r = newResolver() // a restore cut short may have filled some
		}
	}
	if err := l.r.load(ctx, s); err != nil {
		return nil, fmt.Errorf("ingest into %s: %w", s.describe(), err)
	}
	return l, nil
}

// SetBatch sets how many quads the Loader gathers before a write
// transaction (BatchQuads unless set; n <= 0 keeps it).
func (l *Loader) SetBatch(n int) {
	if n > 0 {
		l.batch = n
	}
}

func (s *Store) describe() string {
	if s.path == "" {
		return "memory store"
	}
	return s.path
}

// Stats is what the Loader has done so far.
func (l *Loader) Stats() Stats { return l.stats }

// ContentHash identifies an article's content and the newsgraph version
// that read it: equal hashes mean a re-ingest has nothing to change.
func ContentHash(a article.Article) string {
	h := sha256.New()
	for _, s := range []string{Version, strconv.Itoa(FormatVersion), a.ID, a.URL, a.Title, a.Byline, a.Dateline, date(a.Published), a.Text} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Unchanged reports whether the store already holds a as it is now, so a
// caller can skip extracting it again.
func (l *Loader) Unchanged(a article.Article) bool {
	h := ContentHash(a)
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.r.articles[ArticleIRI(a.ID)] == h
}

// Add writes one article's facts. An article already stored with the same
// content is left as it is; one stored with other content is replaced.
func (l *Loader) Add(ctx context.Context, a article.Article, f fact.Facts) (err error) {
	defer l.fail(&err)
	if err := ctx.Err(); err != nil {
		return err
	}
	art := ArticleIRI(a.ID)
	hash := ContentHash(a)
	l.mu.Lock()
	old, ok := l.r.articles[art]
	l.r.articles[art] = hash
	l.mu.Unlock()
	if ok {
		if old == hash {
			l.stats.Unchanged++
			return nil
		}
		// Drop the old version's statements before writing the new ones.
		if err := l.Flush(ctx); err != nil {
			return err
		}
		stale, err := l.s.Quads(ctx, quad.Label, art, nil)
		if err != nil {
			return fmt.Errorf("replace %s: %w", a.ID, err)
		}
		var named []quad.IRI // the people the old version named
		for _, q := range stale {
			l.tx.RemoveQuad(q)
			if id, ok := q.Subject.(quad.IRI); ok && q.Predicate == AlternateName && l.r.byIRI[id] != nil {
				named = append(named, id)
			}
		}
		// What the old version told goes from the resolver as from the
		// store (its new telling of an event may join the event it told
		// before), and so do the names of people only it named, and the
		// name keys of forms only it used.
		for _, id := range l.r.forget(art) {
			if name, ok := l.r.names[id]; ok {
				l.tx.RemoveQuad(quad.Make(id, Name, quad.String(name), Resolution))
				l.tx.RemoveQuad(quad.Make(id, Type, PersonClass, Resolution))
				delete(l.r.names, id)
			}
		}
		for _, id := range named {
			l.unkey(id)
		}
		// The removal is a transaction of its own: written in the one that
		// removed the old version, most of the new version's quads were
		// lost in Cayley's kv writer (it applies a transaction's additions
		// before its removals; TestReplacedArticleKeepsItsNewFacts).
		if err := l.Flush(ctx); err != nil {
			return err
		}
		l.stats.Replaced++
	}
	b := builder{l: l, art: art, a: a, f: f, seen: map[quad.Quad]bool{}}
	b.build()
	for _, q := range b.quads {
		l.tx.AddQuad(q)
	}
	l.pending += len(b.quads)
	l.stats.Quads += len(b.quads)
	l.stats.Articles++
	l.stats.Facts += len(f.Roles) + len(f.Events) + len(f.Claims)
	for _, id := range b.touched {
		l.rename(id)
	}
	if l.pending >= l.batch {
		return l.flush(ctx, true)
	}
	return nil
}

// rename keeps one schema:name per person, the longest full name seen, in
// the resolution graph.
func (l *Loader) rename(id quad.IRI) {
	p := l.r.byIRI[id]
	if p == nil {
		return
	}
	name := displayName(l.r, p)
	old, ok := l.r.names[id]
	if ok && old == name {
		return
	}
	if ok {
		l.tx.RemoveQuad(quad.Make(id, Name, quad.String(old), Resolution))
	} else {
		// A new person: its class, like its name, is the store's.
		l.tx.AddQuad(quad.Make(id, Type, PersonClass, Resolution))
		l.pending++
	}
	l.tx.AddQuad(quad.Make(id, Name, quad.String(name), Resolution))
	l.r.names[id] = name
	l.pending++
}

// Flush writes the pending batch in one transaction, once the batch being
// written in the background, if any, is written.
func (l *Loader) Flush(ctx context.Context) error { return l.flush(ctx, false) }

// flush writes the pending batch, or with behind starts writing it in the
// background: the next articles are then resolved while bolt writes this
// batch, on another core. Only one batch is written at a time, in order, so
// a crash still loses whole articles, the last ones.
func (l *Loader) flush(ctx context.Context, behind bool) (err error) {
	defer l.fail(&err)
	if err := l.wait(); err != nil {
		return err
	}
	tx, err := l.take(ctx)
	if tx == nil || err != nil {
		return err
	}
	if !behind {
		return l.write(tx)
	}
	done := make(chan error, 1)
	l.writing = done
	go func() { done <- l.write(tx) }()
	return nil
}

// fail marks l failed if *err is set.
func (l *Loader) fail(err *error) {
	if *err != nil {
		l.failed = true
	}
}

// wait waits for the batch being written in the background.
func (l *Loader) wait() error {
	if l.writing == nil {
		return nil
	}
	err := <-l.writing
	l.writing = nil
	return err
}

// take hands over the pending batch, nil when nothing is pending.
func (l *Loader) take(ctx context.Context) (*cgraph.Transaction, error) {
	if len(l.tx.Deltas) == 0 {
		return nil, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	tx := l.tx
	l.tx = cgraph.NewTransaction()
	l.pending = 0
	return tx, nil
}

// write applies one batch in one transaction.
func (l *Loader) write(tx *cgraph.Transaction) (err error) {
	defer debug.SetPanicOnFault(faultsPanic())
	defer l.s.Guard(&err)
	if err := l.s.qw.ApplyTransaction(tx); err != nil {
		return fmt.Errorf("write to %s: %w", l.s.describe(), err)
	}
	l.wrote = true
	return nil
}

// Close writes what is pending. Call it also when a run stops early: it
// waits for the batch being written in the background.
func (l *Loader) Close(ctx context.Context) error {
	if err := l.Flush(ctx); err != nil {
		return err
	}
	if !l.snapshots || l.failed || ctx.Err() != nil || l.restored && !l.wrote {
		// No snapshot to write, none that would hold, or the one there
		// holds still.
		return nil
	}
	if err := saveResolver(l.s.bolt.db, l.program, l.r); err != nil {
		return fmt.Errorf("ingest into %s: the articles are written, the resolver's snapshot is not: %w", l.s.describe(), err)
	}
	return nil
}

// builder turns one article's facts into quads labelled with the article.
type builder struct {
	l       *Loader
	art     quad.IRI
	a       article.Article
	f       fact.Facts
	ids     []quad.IRI // entity ID -> IRI
	quads   []quad.Quad
	seen    map[quad.Quad]bool
	touched []quad.IRI
}

func (b *builder) add(s quad.IRI, p quad.IRI, o quad.Value) {
	if o == nil {
		return
	}
	if str, ok := o.(quad.String); ok && str == "" {
		return
	}
	q := quad.Make(s, p, o, b.art)
	if !b.seen[q] {
		b.seen[q] = true
		b.quads = append(b.quads, q)
	}
}

func (b *builder) evidence(s quad.IRI, ev fact.Evidence) {
	text := b.a.Text
	sp := ev.Span
	if sp.Start >= 0 && sp.End <= len(text) && sp.Start < sp.End {
		e := strings.TrimSpace(text[sp.Start:sp.End])
		if len(e) > maxEvidence {
			e = strings.ToValidUTF8(e[:maxEvidence], "") + "…"
		}
		b.add(s, Evidence, quad.String(e))
	}
	if ev.Confidence > 0 {
		b.add(s, Confidence, typed(strconv.FormatFloat(ev.Confidence, 'f', 2, 64), "decimal"))
	}
}

func (b *builder) build() {
	a, art := b.a, b.art
	b.add(art, Type, ArticleClass)
	b.add(art, SourceName, quad.String(a.ID))
	b.add(art, Identifier, quad.String(a.ID))
	b.add(art, Headline, quad.String(a.Title))
	if !a.Published.IsZero() {
		b.add(art, DatePublished, typed(date(a.Published), "date"))
	}
	if a.URL != "" {
		b.add(art, URL, quad.IRI(a.URL))
		b.add(art, WasDerivedFrom, quad.IRI(a.URL))
	}
	b.add(art, Hash, quad.String(ContentHash(a)))
	b.add(art, GeneratedAtTime, typed(b.l.now().UTC().Format(time.RFC3339), "dateTime"))
	b.add(art, WasGeneratedBy, iri("software", "newsgraph-"+Version))

	b.entities()
	for _, r := range b.f.Roles {
		b.role(r)
	}
	for _, e := range b.f.Events {
		b.event(e)
	}
	for _, c := range b.f.Claims {
		b.claim(c)
	}
}

func (b *builder) entity(id int) quad.IRI {
	if id < 0 || id >= len(b.ids) {
		return ""
	}
	return b.ids[id]
}

func (b *builder) entities() {
	b.ids = make([]quad.IRI, len(b.f.Entities))
	// Organisations and places first: a person's roles in them are evidence
	// for who the person is.
	for i, e := range b.f.Entities {
		if e.Kind == fact.Person {
			continue
		}
		class, sort := OrgClass, "org"
		if e.Kind == fact.Place {
			class, sort = PlaceClass, "place"
		}
		b.ids[i] = iri(sort, Slug(e.Name))
		if _, ok := b.l.r.names[b.ids[i]]; !ok {
			// Lexicon names of places and organisations are canonical
			// already. The name and the class are the store's, written
			// once an entity; the articles are on the forms.
			b.l.r.names[b.ids[i]] = e.Name
			b.l.tx.AddQuad(quad.Make(b.ids[i], Name, quad.String(e.Name), Resolution))
			b.l.tx.AddQuad(quad.Make(b.ids[i], Type, class, Resolution))
			b.l.pending += 2
		}
	}
	roles := map[int][]string{}
	for _, r := range b.f.Roles {
		// As role writes it: a role with no title is not stored.
		if org := b.entity(r.Org); org != "" && strings.TrimSpace(r.Title) != "" {
			roles[r.Person] = append(roles[r.Person], roleKey(r.Title, org))
		}
	}
	for i, e := range b.f.Entities {
		if e.Kind == fact.Person {
			p, why := b.l.r.person(e.Name, e.Forms, roles[i], b.art)
			b.ids[i] = p.iri
			b.touched = append(b.touched, p.iri)
			b.add(p.iri, MergedBecause, quad.String(why))
			for _, f := range e.Forms {
				if f != e.Name {
					b.add(p.iri, MergedBecause, quad.String(f+" ~ "+e.Name+": one person within the article"))
				}
			}
		}
		for _, f := range append([]string{e.Name}, e.Forms...) {
			b.add(b.ids[i], AlternateName, quad.String(f))
			for _, k := range nameKeys(e.Kind, f) {
				b.l.key(b.ids[i], k)
			}
		}
	}
	for i, e := range b.f.Entities {
		if e.Kind == fact.Place && e.Within >= 0 && e.Within < len(b.ids) && e.Within != i {
			b.add(b.ids[i], ContainedIn, b.ids[e.Within])
			b.l.r.contain(b.ids[i], b.ids[e.Within], b.art)
		}
	}
}

// key gives entity id the name key k in the resolution graph, unless it
// has it. Keys are what a query looks names up by: one an entity is
// enough, and one an article was 14% of the store's quads.
func (l *Loader) key(id quad.IRI, k string) {
	if slices.Contains(l.r.keys[id], k) {
		return
	}
	l.r.keys[id] = append(l.r.keys[id], k)
	l.tx.AddQuad(quad.Make(id, NameKey, quad.String(k), Resolution))
	l.pending++
}

// unkey takes from person id the name keys none of its forms gives now
// (all of them when the person is gone), after an article that named it
// was replaced.
func (l *Loader) unkey(id quad.IRI) {
	var want []string
	if p := l.r.byIRI[id]; p != nil {
		for f := range p.forms {
			want = append(want, nameKeys(fact.Person, f)...)
		}
	}
	var keep []string
	for _, k := range l.r.keys[id] {
		if slices.Contains(want, k) {
			keep = append(keep, k)
			continue
		}
		l.tx.RemoveQuad(quad.Make(id, NameKey, quad.String(k), Resolution))
	}
	if len(keep) == 0 {
		delete(l.r.keys, id)
	} else {
		l.r.keys[id] = keep
	}
}

// nameKeys are the lookup keys of one name of an entity of kind: the name
// folded, and its extraKeys.
func nameKeys(kind fact.Kind, name string) []string {
	return append([]string{FoldName(name)}, extraKeys(kind, name)...)
}

// extraKeys are the lookup keys of a name beyond the name itself: a
// person's surname; an organisation's trailing words ("armed-forces",
// "forces" for "Ukrainian Armed Forces"), so a query can name the kind of
// body and see every one.
func extraKeys(kind fact.Kind, name string) []string {
	words := strings.Fields(name)
	switch kind {
	case fact.Person:
		if last := surname(name); last != "" {
			return []string{FoldName(last)}
		}
	case fact.Org:
		var out []string
		for i := 1; i < len(words); i++ {
			out = append(out, FoldName(strings.Join(words[i:], " ")))
		}
		return out
	}
	return nil
}

func (b *builder) role(r fact.Role) {
	person := b.entity(r.Person)
	if person == "" || strings.TrimSpace(r.Title) == "" {
		return
	}
	org := b.entity(r.Org)
	node := iri("role", hashKey(string(person), strings.ToLower(r.Title), string(org)))
	b.add(node, Type, RoleClass)
	b.add(node, RoleName, quad.String(r.Title))
	b.add(person, MemberOf, node)
	b.add(person, JobTitle, quad.String(r.Title))
	if org != "" {
		b.add(node, MemberOf, org)
		b.add(person, Affiliation, org)
	}
	b.evidence(node, r.Evidence)
}

func (b *builder) event(e fact.Event) {
	var parts []quad.IRI
	for _, p := range e.Participants {
		if id := b.entity(p); id != "" {
			parts = append(parts, id)
		}
	}
	if len(parts) == 0 {
		return
	}
	place := b.entity(e.Place)
	published := ""
	if !b.a.Published.IsZero() {
		published = date(b.a.Published)
	}
	// The days as they are stored: an end date only with a start date.
	start, end := e.Start, e.End
	if start == "" {
		end = ""
	}
	a := b.l.r.artID(b.art)
	this := newEventRec("", e.Kind)
	this.articles = this.articles.add(a)
	this.widen(start, end)
	if this.from == "" {
		this.bound(e.Status, published, a)
	}
	rec := b.l.r.event(this, parts, place)
	if rec == nil {
		keys := make([]string, 0, len(parts)+3)
		for _, p := range parts {
			keys = append(keys, string(p))
		}
		keys = append(keys, e.Kind, string(place), e.Start, string(b.art))
		rec = newEventRec(iri("event", hashKey(keys...)), e.Kind)
		b.l.r.events = append(b.l.r.events, rec)
	}
	for _, p := range parts {
		b.l.r.attend(rec, p, a)
	}
	if place != "" {
		rec.at(place, a)
	}
	rec.articles = rec.articles.add(a)
	rec.on(a, start, end)
	rec.bound(e.Status, published, a)

	n := rec.iri
	b.add(n, Type, EventClass)
	b.add(n, Kind, quad.String(e.Kind))
	b.add(n, Status, quad.String(e.Status))
	if e.Status == fact.Planned {
		b.add(n, EventStatus, EventScheduled)
	}
	for _, p := range parts {
		b.add(n, Attendee, p)
	}
	if place != "" {
		b.add(n, Location, place)
	}
	if e.Start != "" {
		b.add(n, StartDate, typed(e.Start, "date"))
		end := e.End
		if end == "" {
			end = e.Start
		}
		b.add(n, EndDate, typed(end, "date"))
	}
	b.add(n, CAMEO, quad.String(e.CAMEO))
	b.add(n, PLOVERMode, quad.String(e.PLOVERMode))
	b.evidence(n, e.Evidence)
}

func (b *builder) claim(c fact.Claim) {
	speaker := b.entity(c.Speaker)
	text := strings.TrimSpace(c.Text)
	if speaker == "" || text == "" {
		return
	}
	n := iri("claim", hashKey(string(speaker), strings.ToLower(text)))
	if c.Quoted {
		b.add(n, Type, QuotationClass)
	} else {
		b.add(n, Type, ClaimClass)
	}
	b.add(n, Author, speaker)
	b.add(n, Text, quad.String(text))
	b.add(n, Quoted, typed(strconv.FormatBool(c.Quoted), "boolean"))
	if c.Date != "" {
		b.add(n, DateCreated, typed(c.Date, "date"))
	}
	b.add(n, Medium, quad.String(c.Medium))
	b.add(n, Appearance, b.art)
	for _, id := range c.About {
		b.add(n, About, b.entity(id))
	}
	b.evidence(n, c.Evidence)
}

func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// addDays moves an ISO date by n days; a malformed date comes back as is.
func addDays(d string, n int) string {
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return d
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
}
