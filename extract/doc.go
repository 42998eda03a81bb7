package extract

import (
	"github.com/newsgraph/newsgraph/fact"
)

// doc is one article under analysis past the text stage: the state the
// mention, coreference, role, event and claim stages read and add to, over
// the text stage's result, which none of them writes.
type doc struct {
	*text
	// mentions are sorted by span start; every mention of a known entity has
	// its entity ID set, group mentions list their members.
	mentions []mention
	// entities: add only through newEntity (entities.go), which keeps the
	// name index that stops one thing becoming two entities.
	entities []fact.Entity
	roles    []fact.Role

	// Below: state of the mention and role stages (mentions.go, roles.go).
	titles [][]titleHit
	// unknownOrgs holds the orgs the text named only where a role needed
	// a body ("chief executive of Naftoflot").
	unknownOrgs map[int]bool
	// firmShort maps the first word of a firm named in full ("Calder" of
	// "Calder Water") to that name; "" when two firms share the word.
	firmShort map[string]string
	// acronyms maps the initials of bodies named in full ("RSF") to the
	// name; "" when two bodies share them.
	acronyms map[string]string
	// nation maps a person's entity ID to the country entity the person
	// acts for, from roles and the groups the text lists them under;
	// absent when unknown.
	nation map[int]int
	// sentIdx indexes mentions by sentence; valid while idxN == len(mentions)
	// and the mentions are in the order it was built for (see inSentence).
	sentIdx [][]int
	idxN    int
	// starts and ends index mentions by sentence and first/end token.
	starts, ends map[int64][]int
	// entityIDs finds entities by kind and name; entCountry caches the
	// country of each entity from its mentions (see countryOfEntity).
	entityIDs   map[string]int
	entCountry  map[int]string
	entCountryN int
}

// sentence is one sentence of the article body.
type sentence struct {
	span fact.Span // bytes of Article.Text
	text string    // Article.Text[span.Start:span.End]
	// heading is true for a line that is a headline, section head or
	// question head rather than running text.
	heading bool
}

// mention is one place in the text that names an entity or a group.
type mention struct {
	span     fact.Span
	sentence int    // index in doc.sentences
	text     string // as written: "the Russian president", "Witkoff", "he"
	kind     fact.Kind
	entity   int   // entity ID, -1 for a group or an unresolved mention
	members  []int // for a group mention ("the U.S. envoys"): the people it stands for

	how     mentionHow
	t0, t1  int       // token range in the sentence
	lex     *lexEntry // the lexicon meaning, for lexicon mentions
	country string    // the country it stands for or belongs to, "" when none
	// countries are a group's countries ("U.S. and Ukrainian negotiators").
	countries []string
	region    string    // a group of a region's people: "European leaders"
	quoted    bool      // inside quotation marks: not an antecedent for pronouns
	poss      bool      // followed by a possessive 's
	title     *titleHit // for a title used alone ("the Russian president")
	full      string    // for a body's short form ("Calder", "RSF"): its full name
}

// mentionHow says how a mention names what it names.
type mentionHow uint8

const (
	byName    mentionHow = iota // a proper name: "Rustem Umerov", "Umerov"
	byLexicon                   // a lexicon phrase: "U.S.", "Russian", "the Kremlin"
	bySpan                      // a capitalised body or place: "Shell Bay Club"
	byPronoun                   // "he", "she"
	byTitle                     // a title alone: "the Russian president"
	byGroup                     // "Ukrainian negotiators", "both men"
	byGeneric                   // "Ukraine's armed forces"
)

// mentionsIn returns the mentions inside sentence i, in text order.
func (d *doc) mentionsIn(i int) []mention {
	idx := d.inSentence(i)
	out := make([]mention, 0, len(idx))
	for _, k := range idx {
		if d.mentions[k].sentence == i {
			out = append(out, d.mentions[k])
		}
	}
	return out
}
