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
}
