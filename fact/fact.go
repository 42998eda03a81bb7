// Package fact holds the facts newsgraph reads from articles: entities, the
// roles they hold, meetings and calls, and claims, each with the evidence
// it rests on. It imports nothing of the project, so every package can.
package fact

// Span is a half-open byte range [Start, End) in article.Article.Text.
type Span struct {
	Start, End int
}

// Evidence says where in the article a fact was read and how sure the rule was.
type Evidence struct {
	Sentence   int     // index of the sentence in the article, from 0
	Span       Span    // the bytes the fact was read from
	Confidence float64 // 0 < Confidence <= 1
	// Rule names the extraction rule that read the fact
	// ("roles/title-before-name", "events/clause", "claims/quote").
	Rule string
}

// Kind is what sort of thing an entity is.
type Kind string

// Entity kinds.
const (
	Person Kind = "person"
	Org    Kind = "org" // organisations, and countries as political actors
	Place  Kind = "place"
)

// Entity is one real thing the article names, with every form it uses.
type Entity struct {
	ID   int  // index in Facts.Entities; facts refer to entities by it
	Kind Kind // person, org or place
	// Name is the fullest form the article gives ("Steven Witkoff"), or the
	// canonical lexicon name for countries and known bodies ("United States"
	// for "U.S.", "US", "Washington").
	Name string
	// Forms holds every surface form seen, Name included ("Witkoff").
	Forms    []string
	Mentions []Span
	// Within is the ID of the place that contains this place (Hallandale
	// Beach -> Florida -> United States), -1 when unknown or not a place.
	Within int
}

// Role is a person holding a role, in an organisation where the text gives one.
type Role struct {
	Person int    // entity ID of the person
	Title  string // role as written, title-cased words kept: "Secretary of State"
	Org    int    // entity ID of the organisation, -1 when none is given
	Evidence
}

// Event kinds and statuses.
const (
	Meeting = "meeting"
	Call    = "call"
	Held    = "held"
	Planned = "planned"
)

// Event is a meeting or a call between participants.
type Event struct {
	Kind         string // Meeting or Call
	Status       string // Held or Planned
	Participants []int  // entity IDs, people first; organisations may take part
	Place        int    // entity ID of the most specific place, -1 when unknown
	// Start and End are ISO dates (YYYY-MM-DD); both empty when unknown,
	// equal for one day.
	Start, End string
	// CAMEO is the event code of the CAMEO 04x "consult" family ("040".."046").
	CAMEO string
	// PLOVERMode is the PLOVER CONSULT mode: "visit", "third-party",
	// "multilateral" or "phone"; empty when it cannot be told.
	PLOVERMode string
	Evidence
}

// Claim is something a person or organisation said.
type Claim struct {
	Speaker int    // entity ID of who said it
	Text    string // the words, without surrounding quotation marks
	Quoted  bool   // true for a direct quotation, false for reported speech
	Date    string // ISO date of the statement; the article's date unless the text says otherwise
	Medium  string // where it was said when the text says ("X", "India Today"), else ""
	About   []int  // entity IDs the claim is about, where known
	Evidence
}

// Facts is everything extracted from one article.
type Facts struct {
	Entities []Entity
	Roles    []Role
	Events   []Event
	Claims   []Claim
}
