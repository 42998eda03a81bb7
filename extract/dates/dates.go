// Package dates finds the date expressions in a news sentence and resolves
// them against the article's own date: absolute ("December 2", "Dec. 2,
// 2025"), spans ("December 5-6"), and relative ("last Tuesday", "on Monday
// (December 8)", "this week").
//
// The grammar is a small hand-written matcher over word, number and
// punctuation tokens; the word lists (months, weekdays, number words, tense
// markers, context words) are embedded data files under data/.
//
// # Resolution rules
//
//   - A month and day without a year take the year that puts the date nearest
//     the reference date ("December 30" in a January article is last year),
//     unless the date is more than 30 days from the reference and the
//     sentence's tense (below) points the other way: "was signed on May 5"
//     in a December article is the May before, "will apply from October" the
//     October after. "last May" is the latest May before the reference's
//     month, "next May" the first after it.
//   - "early", "mid" and "late" Month are days 1-10, 11-20 and 21-end;
//     "early", "mid" and "late" Year are January-April, May-August and
//     September-December.
//   - "this week", "last week", "next week" are Monday..Sunday weeks; "the
//     past week" is the eight days ending at the reference date, "the coming
//     week" the seven days starting at it; "this weekend" is Saturday-Sunday;
//     "the weekend" is the latest Saturday-Sunday starting on or before the
//     reference date, or with a future tense the first starting on or after.
//   - A date in brackets or after a comma following a weekday wins over the
//     weekday: "Monday (December 8)" is December 8 and one mention; so is
//     "December 8 (Monday)".
//   - "last Tuesday" is the latest Tuesday before the reference date, "next
//     Tuesday" the first one after it. A bare weekday ("on Tuesday",
//     "Tuesday's meeting") is read by the tense around it.
//   - Tense: future markers are words such as "will", "'ll", "won't",
//     "would", "scheduled", "expected", "next" and pairs such as "plans to",
//     "due to", "to meet" (data/future.txt); past markers are words such as
//     "said", "met", "was", "since" (data/past.txt) and any other lower-case
//     word of five or more letters ending in "-ed" ("signed", "seized")
//     unless it follows "be", "is", "stay"... (data/participle.txt: "will
//     stay closed") or is listed in data/notpast.txt. The marker nearest the
//     expression decides, first within its clause (split at , ; : brackets,
//     quotes, dashes and words such as "that", "and", "who": data/clause.txt),
//     then, if that clause has none, in the whole sentence. A marker after the
//     expression counts one token further than one before it ("said on
//     Thursday they will" is past); a "to VERB" pair counts three further (a
//     purpose clause as often as a plan: "met on Thursday to discuss").
//     A sentence with no marker reads as past, since news reports what
//     happened. A past weekday is the latest such day on or before the
//     reference date, a future one the first on or after it: a weekday equal
//     to the reference's own weekday is the reference day itself ("said on
//     Saturday" in a Saturday article).
//   - "N days ago" (also "before", "earlier") is exactly N days back, "later"
//     N days forward; "N weeks ago" is a seven-day window around that day;
//     "N months/years ago" is that calendar month or year. Without an exact
//     number ("days before", "a few weeks ago", "several days later") the
//     result is a Vague window: days 2-7, weeks 1-6, months 1-6, years 1-10
//     away.
//   - "the past two weeks", "the next 10 days" are windows ending or starting
//     at the reference date; "in the coming days", "the next few months" are
//     Vague windows of 7 days, 6 weeks, 6 months or 5 years.
//   - A four-digit number 1800-2199 is a year only after a context word such
//     as "in", "since", "by" (data/yearcontext.txt), in a range "2014-2022",
//     "between 2014 and 2022", "from 2010 to 2015", as a decade "1990s", or
//     alone in brackets; "653 drones" and "28-point" are not dates.
//   - Not dates: "may" and "march" in lower case; May, March and month
//     abbreviations without a day, a year or a context word ("in", "early",
//     "last": data/monthcontext.txt); a month name before a capitalised word
//     ("April Ryan"); two-word names such as "Good Friday" or "Sunday Times"
//     (data/notdates.txt); "Today" after a capitalised word ("USA Today");
//     weekday abbreviations ("Sun", "Wed") are not read at all.
package dates

import (
	"math"
	"strings"
	"time"
)

// Precision says how much a Mention's From..To pins down.
type Precision uint8

// The precisions of a Mention.
const (
	// Day is one day (From == To).
	Day Precision = iota + 1
	// Days is an explicit range of days: "December 5-6", "between December 5
	// and December 7".
	Days
	// Week is a calendar week, Monday to Sunday, or a weekend.
	Week
	// Month is a calendar month or part of one ("late November").
	Month
	// Year is a calendar year or part of one ("early 2022").
	Year
	// Vague is an estimated window for an expression without an exact
	// number: "days before", "a few weeks ago".
	Vague
)

// String returns the lower-case name of p.
func (p Precision) String() string {
	switch p {
	case Day:
		return "day"
	case Days:
		return "days"
	case Week:
		return "week"
	case Month:
		return "month"
	case Year:
		return "year"
	case Vague:
		return "vague"
	}
	return "unknown"
}

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
	// ByTense is true for a bare weekday ("on Tuesday", "Tuesday's
	// meeting"), which only the sentence's tense put before or after the
	// reference date; a reader who knows better may move it by a week.
	ByTense bool
	// Precision says whether From..To is a day, a range, a week, a month, a
	// year or an estimated window.
	Precision Precision
}

// Resolved reports whether the mention has a date (From and To set).
func (m Mention) Resolved() bool { return !m.From.IsZero() }

// Find returns the date expressions in text (one sentence of a news article)
// in text order, resolved against ref, the article's own date. With a zero ref,
// only expressions that carry their own year are resolved; the rest come back
// with zero From/To.
//
// Only ref's calendar date (in ref's own location) is used; the results are
// days at midnight UTC. Find is safe for concurrent use. A text of 2 GiB or
// more (no sentence) gives nil.
func Find(text string, ref time.Time) []Mention {
	if text == "" || len(text) > math.MaxInt32 {
		return nil
	}
	s := scanner{text: text, lx: lex()}
	if !ref.IsZero() {
		y, m, d := ref.Date()
		s.ref = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		s.hasRef = true
	}
	s.toks = tokenize(s.lx, text)
	var out []Mention
	for i := 0; i < len(s.toks); {
		end, v, ok := s.match(i)
		if !ok || end <= i {
			i++
			continue
		}
		st, en := int(s.toks[i].s), int(s.toks[end-1].e)
		m := Mention{Start: st, End: en, Text: text[st:en], Relative: v.rel, ByTense: v.byTense, Precision: v.prec}
		if v.ok && !v.to.Before(v.from) && !v.from.IsZero() && !v.to.IsZero() {
			m.From, m.To = v.from, v.to
		}
		out = append(out, m)
		i = end
	}
	alignWeekdays(text, out)
	return out
}

// alignWeekdays reads two bare weekdays joined by "and", "or", "to" or a
// dash ("on Thursday and Friday") in one week: where the tense put one
// before the reference date and the other after it, both are the coming
// ones, since only a marker of the future puts a bare weekday ahead.
func alignWeekdays(text string, ms []Mention) {
	for i := 0; i+1 < len(ms); i++ {
		a, b := &ms[i], &ms[i+1]
		if !a.ByTense || !b.ByTense || !a.Resolved() || !b.Resolved() {
			continue
		}
		switch strings.TrimSpace(text[a.End:b.Start]) {
		case "and", "or", "to", "-", "–", "through":
		default:
			continue
		}
		switch {
		case b.From.Sub(a.From) > 6*24*time.Hour: // Thursday past, Friday coming
			a.From, a.To = a.From.AddDate(0, 0, 7), a.To.AddDate(0, 0, 7)
		case a.From.After(b.From): // Thursday coming, Friday past
			b.From, b.To = b.From.AddDate(0, 0, 7), b.To.AddDate(0, 0, 7)
		}
	}
}
