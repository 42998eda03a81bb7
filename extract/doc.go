package extract

import (
	"github.com/newsgraph/newsgraph/fact"
)

// doc is one article under analysis: the coreference result and everything
// before it, and the roles read from them, which the events and claims
// stages read.
type doc struct {
	*coref
	roles []fact.Role
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
