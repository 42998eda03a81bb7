package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"
	"golang.org/x/text/unicode/norm"
)

// Namespaces of the vocabulary. schema.org terms are used wherever one fits;
// NS holds the project's own terms, ID the IRIs of things in the graph.
const (
	Schema = "http://schema.org/"
	RDF    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	XSD    = "http://www.w3.org/2001/XMLSchema#"
	PROV   = "http://www.w3.org/ns/prov#"
	NS     = "https://newsgraph.github.io/ns#"
	ID     = "https://newsgraph.github.io/id/"
)

// Predicates and classes. The README's vocabulary section is written from this list.
var (
	Type = quad.IRI(RDF + "type")

	PersonClass    = quad.IRI(Schema + "Person")
	OrgClass       = quad.IRI(Schema + "Organization")
	PlaceClass     = quad.IRI(Schema + "Place")
	RoleClass      = quad.IRI(Schema + "OrganizationRole")
	EventClass     = quad.IRI(Schema + "Event")
	ClaimClass     = quad.IRI(Schema + "Claim")
	QuotationClass = quad.IRI(Schema + "Quotation")
	ArticleClass   = quad.IRI(Schema + "NewsArticle")

	Name            = quad.IRI(Schema + "name")
	AlternateName   = quad.IRI(Schema + "alternateName")
	ContainedIn     = quad.IRI(Schema + "containedInPlace")
	MemberOf        = quad.IRI(Schema + "memberOf")
	RoleName        = quad.IRI(Schema + "roleName")
	JobTitle        = quad.IRI(Schema + "jobTitle")
	Affiliation     = quad.IRI(Schema + "affiliation")
	Attendee        = quad.IRI(Schema + "attendee")
	Location        = quad.IRI(Schema + "location")
	StartDate       = quad.IRI(Schema + "startDate")
	EndDate         = quad.IRI(Schema + "endDate")
	Author          = quad.IRI(Schema + "author")
	Text            = quad.IRI(Schema + "text")
	DateCreated     = quad.IRI(Schema + "dateCreated")
	Appearance      = quad.IRI(Schema + "appearance")
	About           = quad.IRI(Schema + "about")
	Headline        = quad.IRI(Schema + "headline")
	DatePublished   = quad.IRI(Schema + "datePublished")
	URL             = quad.IRI(Schema + "url")
	Identifier      = quad.IRI(Schema + "identifier")
	EventStatus     = quad.IRI(Schema + "eventStatus")
	EventScheduled  = quad.IRI(Schema + "EventScheduled")
	WasDerivedFrom  = quad.IRI(PROV + "wasDerivedFrom")
	GeneratedAtTime = quad.IRI(PROV + "generatedAtTime")
	WasGeneratedBy  = quad.IRI(PROV + "wasGeneratedBy")

	// Kind is "meeting" or "call"; Status is "held" or "planned".
	Kind   = quad.IRI(NS + "kind")
	Status = quad.IRI(NS + "status")
	// CAMEO is the CAMEO event code (04x consult family); PLOVERMode the
	// PLOVER CONSULT mode (visit, third-party, multilateral, phone).
	CAMEO      = quad.IRI(NS + "cameo")
	PLOVERMode = quad.IRI(NS + "ploverMode")
	// Quoted is true for a direct quotation, false for reported speech.
	Quoted = quad.IRI(NS + "quoted")
	// Medium is where a claim was made ("X", "India Today").
	Medium = quad.IRI(NS + "medium")
	// SourceName is the name a fact's sources are given by: the article's file
	// name or its JSON Lines id.
	SourceName = quad.IRI(NS + "sourceName")
	// Hash is the SHA-256 of the article's text and metadata; with the
	// extractor version it tells whether a re-ingest has anything to change.
	Hash = quad.IRI(NS + "contentHash")
	// Evidence is the sentence a fact was read from.
	Evidence = quad.IRI(NS + "evidence")
	// Confidence is the extraction rule's confidence in a fact, 0 to 1.
	Confidence = quad.IRI(NS + "confidence")

	// NameKey is a name folded for lookup by FoldName ("u-s" for "U.S."):
	// one for every form of an entity's name and, for a person, one for each
	// form's surname. A query finds an entity by any of its names, in any
	// case, with one index lookup instead of reading every entity.
	NameKey = quad.IRI(NS + "nameKey")
	// MergedBecause is the evidence on which a form of a person's name was
	// taken for that person ("Steve Witkoff ~ Steven Witkoff: same surname;
	// given name Steve ~ Steven: short form or nickname"), labelled with the
	// article whose form was merged.
	MergedBecause = quad.IRI(NS + "mergedBecause")

	// Resolution labels the quads that are the store's own conclusions
	// (an entity's display name), not any one article's statement.
	Resolution = quad.IRI(ID + "graph/resolution")
)

// typed writes a literal with the full XSD datatype IRI: Cayley's quad.Int and
// quad.Bool export a short "xsd:" type that other RDF stores misread.
func typed(v, xsdType string) quad.TypedString {
	return quad.TypedString{Value: quad.String(v), Type: quad.IRI(XSD + xsdType)}
}

// Slug turns a name into the last segment of a stable IRI: lower case,
// accents folded, runs of anything else turned into one hyphen.
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		default:
			dash = true
		}
	}
	s := b.String()
	if s == "" {
		return "x"
	}
	return s
}

// FoldName folds a name for lookup: a leading "the" dropped, then Slug
// (lower case, accents folded, punctuation turned into hyphens). "The
// Ukrainian Armed Forces" and "ukrainian armed forces" fold alike.
func FoldName(name string) string {
	name = strings.TrimSpace(name)
	if len(name) > 4 && strings.EqualFold(name[:4], "the ") {
		name = name[4:]
	}
	return Slug(name)
}

// iri builds an entity IRI of the given sort ("person", "event") from a key.
func iri(sort, key string) quad.IRI {
	return quad.IRI(ID + sort + "/" + key)
}

// hashKey gives a short stable key for things named by several parts
// (a role: person, title, org).
func hashKey(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// ArticleIRI is the IRI of an article and of the named graph of its facts.
func ArticleIRI(id string) quad.IRI {
	return iri("article", url.PathEscape(id))
}

// PlannedOrHeld merges the statuses several articles give one event: once
// any source says it was held, it was.
func PlannedOrHeld(statuses []quad.Value) string {
	out := ""
	for _, v := range statuses {
		switch valueString(v) {
		case "held":
			return "held"
		case "planned":
			out = "planned"
		}
	}
	return out
}
