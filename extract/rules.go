package extract

// rule names one extraction rule. The name a role, event or claim was read
// by is kept in its fact.Evidence.Rule, so a user can see which rule made a
// fact, and a construction case can say which rule it expects
// (../testdata/constructions, "rule:").
type rule string

// The roles stage's rules (roles.go), in the order findRoles runs them.
const (
	ruleTitleBeforeName    rule = "roles/title-before-name"    // "French President Emmanuel Macron"
	ruleIncludingLater     rule = "roles/including-later"      // ", including Germany's A and Britain's B"
	ruleAfterName          rule = "roles/after-name"           // "Umerov, secretary of the council"
	ruleLayout             rule = "roles/layout"               // a release's "Name, Title" lines
	rulePortfolio          rule = "roles/portfolio"            // "Z was handed the finance portfolio"
	ruleCounterpart        rule = "roles/counterpart"          // "met his Polish counterpart, X"
	ruleLedBy              rule = "roles/led-by"               // "the delegation, led by X"
	ruleCountedList        rule = "roles/counted-list"         // "four students ... stabbing A, B, C and D"
	rulePossessedLaterList rule = "roles/possessed-later-list" // "the companies' chief executives ... Tarnex's A"
	// The one role coreference's second pass reads: a title used alone for
	// the holder of it in another body than the one a role names (resolveRefs).
	ruleOtherBodysHolder rule = "roles/other-bodys-holder"
)

// The events stage's rules (events.go).
const (
	ruleMeetingClause rule = "events/clause"        // a meeting word and its people
	ruleDelegation    rule = "events/delegation"    // "the delegation was led by A and included B"
	ruleSecondObject  rule = "events/second-object" // "met A in X on Thursday and B in Y on Friday"
	ruleDatedList     rule = "events/dated-list"    // "met A on Monday and B on Tuesday"
	ruleOccasions     rule = "events/occasions"     // "has met Y often, including at a fair and a hotel"
)

// The claims stage's rules (claims.go, quotes.go, reported.go).
const (
	ruleQuote       rule = "claims/quote"        // a quotation and its speaker
	ruleAccordingTo rule = "claims/according-to" // "according to X, ..."
	rulePraisedFor  rule = "claims/praised-for"  // "X praised Y for ..."
	ruleStance      rule = "claims/stance"       // "X is hopeful (that) ..."
	ruleReported    rule = "claims/reported"     // "X said (that) ..."
	ruleList        rule = "claims/list"         // a speaker's list of points
)

// rules lists every named rule; the construction cases make each fire.
var rules = []rule{
	ruleTitleBeforeName, ruleIncludingLater, ruleAfterName, ruleLayout, rulePortfolio,
	ruleCounterpart, ruleLedBy, ruleCountedList, rulePossessedLaterList, ruleOtherBodysHolder,
	ruleMeetingClause, ruleDelegation, ruleSecondObject, ruleDatedList, ruleOccasions,
	ruleQuote, ruleAccordingTo, rulePraisedFor, ruleStance, ruleReported, ruleList,
}

// ruled is the rule a draft was read by. Where one rule builds on another
// (occasions reads each place as a clause), the outer rule names it: it is
// the one that decided the fact.
type ruled struct{ rule rule }

func (x *ruled) setRule(r rule) { x.rule = r }

// withRule names r as the rule of the drafts ds, returned for chaining.
func withRule[T any, P interface {
	*T
	setRule(rule)
}](r rule, ds []T) []T {
	for i := range ds {
		P(&ds[i]).setRule(r)
	}
	return ds
}
