// Package dates finds the date expressions in a news sentence and resolves
// them against the article's own date: absolute ("December 2", "Dec. 2,
// 2025"), spans ("December 5-6"), and relative ("last Tuesday", "on Monday
// (December 8)", "this week").
package dates

import "time"

// Mention is one date expression found in a sentence.
type Mention struct {
	Start, End int    // byte offsets of the expression in the text searched
	Text       string // the expression as written
	// From and To are the first and last day meant, at midnight UTC; equal for
	// a single day. Both are zero when the expression cannot be resolved (a
	// relative date with no reference date).
	From, To time.Time
	// Relative is true when the expression needed the reference date.
	Relative bool
}
