// Package extract turns one article's text into typed facts: the people,
// organisations and places it names, the roles they hold, the meetings and
// calls between them, and what they said. Everything here is a pure function
// of the article; the store and other articles are not seen.
package extract

import (
	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/fact"
)

// Extractor turns articles into facts. It holds only read-only compiled
// lexicons, so one Extractor may serve many goroutines at once.
type Extractor struct {
	lx     *lexicon
	events *eventRules
}

// New compiles the embedded lexicons once; an *Extractor is safe for
// concurrent use.
func New() (*Extractor, error) {
	lx, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	x := &Extractor{lx: lx}
	if x.events, err = newEventRules(); err != nil {
		return nil, err
	}
	return x, nil
}

// Extract returns the facts of one article: its entities, the roles they
// hold, the meetings and calls between them, and what they said. The
// stages run in order, each reading what the ones before it found.
func (x *Extractor) Extract(a article.Article) fact.Facts {
	d := x.analyse(a)
	events := findEvents(x.events, d)
	claims := d.findClaims()
	return fact.Facts{Entities: d.entities, Roles: d.roles, Events: events, Claims: claims}
}

// analyse runs the stages up to the roles: text, mentions, coreference,
// roles, and the second coreference pass, which reads the roles.
func (x *Extractor) analyse(a article.Article) *doc {
	t := readText(a, x.lx, x.events)
	m, cands := findMentions(t)
	c := resolve(m, cands)
	d := findRoles(c)
	d.roles = resolveRefs(c, d.roles, d.nation)
	return d
}
