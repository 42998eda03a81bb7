package extract

import (
	"github.com/newsgraph/newsgraph/fact"
)

// doc is the roles stage's result: the roles read over the coreference
// result, with the results of every stage before it, which the events and
// claims stages read.
type doc struct {
	*coref
	roles []fact.Role
	// unknownOrgs holds the orgs the text named only where a role needed
	// a body ("chief executive of Naftoflot").
	unknownOrgs map[int]bool
	// nation maps a person's entity ID to the country entity the person
	// acts for, from roles and the groups the text lists them under;
	// absent when unknown.
	nation map[int]int
}
