package article

import (
	_ "embed"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
)

//go:embed languages.txt
var languagesTxt string

// languages is the set of language names of a language menu, read once.
var languages = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(languagesTxt, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			m[strings.ToLower(l)] = true
		}
	}
	return m
})

const month = `(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:t(?:ember)?|\.)?|Sept\.|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`

var (
	// "Miami, December 06, 2025", "London, UK, December 1, 2025"
	datelineRe = regexp.MustCompile(`^((?:[A-Z][\p{L}.'-]*\s?){1,4}(?:,\s*(?:[A-Z][\p{L}.'-]*\s?){1,3})?),\s*(` + month + `\s+\d{1,2},?\s+\d{4})\s*$`)
	// "By RFE/RL December 06, 2025", "By Jane Doe, Reuters"
	bylineRe = regexp.MustCompile(`^[Bb]y\s+(.+?)(?:,?\s+(` + month + `\s+\d{1,2},?\s+\d{4}))?\s*$`)
	// "December 06, 2025" alone on a line
	dateLineRe = regexp.MustCompile(`^(` + month + `\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})\s*$`)
	// "VIENNA, March 3, 2025 — ", "BERLIN, Dec 14 (Reuters) - ", "KYIV
	// (Reuters) - " or "MOSCOW, December 12. /TASS/. " opening a paragraph
	inlineDatelineRe = regexp.MustCompile(`^(\p{Lu}[\p{Lu} .'-]{2,30}?)(?:,\s*(` + month + `\s+\d{1,2}(?:,?\s+\d{4})?))?\s*(?:\([^)]{1,30}\))?\s*(?:[—–-]{1,2}|\.\s*/[A-Za-z-]{2,20}/\.)\s+`)
	// "Lima, Oct. 2 (Andina)--": a title-case city, a day and an
	// agency in brackets
	wireDatelineRe = regexp.MustCompile(`^(\p{Lu}[\p{L} .'-]{2,30}?),\s*(` + month + `\s+\d{1,2}(?:,?\s+\d{4})?)\s*\([^)]{1,30}\)\s*(?:[—–-]{1,2}|:)\s*`)
	// a full date inside a header line: "Live updates | Monday 15 December
	// 2025 | 18:40 GMT", "Published: Dec. 14, 2025"
	// a dateline with no date: "Doha, Qatar"
	cityLineRe  = regexp.MustCompile(`^[A-Z][\p{L}'-]*(?: [A-Z][\p{L}'-]*)?, [A-Z][\p{L}.'-]*(?: [A-Z][\p{L}'-]*)?$`)
	fullDateRe  = regexp.MustCompile(`\b(` + month + `\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+` + month + `\s+\d{4})\b`)
	sourceRe    = regexp.MustCompile(`^Source:\s*(https?://.+)$`)
	furnitureRe = regexp.MustCompile(`(?i)^(?:copyright\b|©|\(c\)\s*\d{4}|all rights reserved|newsletter$|join the .* mailing list|subscribe\b|sign up for\b|share this\b|follow us\b|advertisement$|read more:|related:)`)
	creditRe    = regexp.MustCompile(`\s*(?:Image courtesy|Photo(?: credit)?|Image credit|Picture):\s*\S+\s*$`)
)

// parseDate reads the dates of datelines and bylines.
func parseDate(s string) time.Time {
	s = strings.Join(strings.Fields(strings.ReplaceAll(s, ".", "")), " ")
	s = strings.Replace(s, "Sept ", "Sep ", 1)
	for _, layout := range []string{"January 2, 2006", "January 2 2006", "Jan 2, 2006", "Jan 2 2006", "2 January 2006", "2 Jan 2006", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// cleanLines drops page furniture: newsletter boxes, copyright lines, image
// credits, source lines (kept as the URL) and a trailing language menu.
func cleanLines(text string) (lines []string, url string) {
	for _, l := range strings.Split(text, "\n") {
		// Box-drawing pipes frame newsletter boxes and sidebars.
		l = strings.TrimSpace(strings.Trim(strings.TrimSpace(l), "|"))
		if strings.Trim(l, "|-_=*• \t") == "" {
			continue
		}
		if m := sourceRe.FindStringSubmatch(l); m != nil {
			if url == "" {
				url = strings.ReplaceAll(m[1], " ", "")
			}
			continue
		}
		if furnitureRe.MatchString(l) {
			continue
		}
		l = creditRe.ReplaceAllString(l, "")
		if l != "" {
			lines = append(lines, l)
		}
	}
	// A language menu: three or more language names closing the page.
	n := len(lines)
	for n > 0 && languages()[strings.ToLower(lines[n-1])] {
		n--
	}
	if len(lines)-n >= 3 {
		lines = lines[:n]
	}
	return lines, url
}

// headlineLike is a short line without a closing full stop.
func headlineLike(l string) bool {
	return len(l) <= 200 && !strings.HasSuffix(l, ".") && !strings.HasSuffix(l, "”") && !strings.HasSuffix(l, `"`)
}

// parseText reads a plain-text article: headline, an optional standfirst,
// a dateline or byline, then the body.
func parseText(text string) Article {
	lines, url := cleanLines(text)
	var a Article
	a.URL = url
	if len(lines) == 0 {
		return a
	}
	// A summary paragraph may come before the headline.
	start := 0
	if !headlineLike(lines[0]) && len(lines) > 1 && headlineLike(lines[1]) {
		start = 1
	}
	a.Title = lines[start]
	body := append([]string{}, lines[:start]...)
	rest := lines[start+1:]
	header := min(len(rest), 4)
	// The header lines may come in any order, each kind once: "By Jane Doe"
	// then "April 14, 2026" on a line of its own is a byline and its date.
	var byline, dateline bool
	for i, l := range rest {
		if i < header {
			if m := bylineRe.FindStringSubmatch(l); m != nil && len(l) < 120 && !byline {
				a.Byline = strings.TrimSpace(m[1])
				if t := parseDate(m[2]); !t.IsZero() {
					a.Published = t
				}
				byline = true
				continue
			}
			if m := datelineRe.FindStringSubmatch(l); m != nil && !dateline {
				a.Dateline = strings.TrimSpace(m[1])
				a.Published = parseDate(m[2])
				dateline = true
				continue
			}
			if m := dateLineRe.FindStringSubmatch(l); m != nil {
				if a.Published.IsZero() { // else an "updated" date: the first stands
					a.Published = parseDate(m[1])
				}
				continue
			}
			// A short header line around a date: "Live updates | Monday 15
			// December 2025 | Last updated 18:40 GMT", "Published On 19 Jan
			// 2026", "Sunday, 15 February 2026", "WASHINGTON — May 21,
			// 2026, 6:14 PM EDT".
			// "Doha, Qatar" on its own line above the date line.
			if cityLineRe.MatchString(l) && i+1 < len(rest) && headerDate(rest[i+1]) != "" && a.Dateline == "" {
				a.Dateline = l
				continue
			}
			if m := headerDate(l); m != "" {
				if a.Published.IsZero() {
					a.Published = parseDate(m)
				}
				if city, _, ok := strings.Cut(l, " — "); ok && a.Dateline == "" && strings.ToUpper(city) == city && len(city) < 30 {
					a.Dateline = strings.TrimSpace(city)
				}
				continue
			}
		}
		body = append(body, l)
	}
	inlineDateline(&a, body)
	a.Text = strings.Join(body, "\n")
	return a
}

// inlineDateline takes "VIENNA, March 3, 2025 — " off the first paragraph.
// A wire dateline's day is the day its copy was written, which "on Monday"
// counts from: it wins over a page date up to a week later (pages are
// stamped when posted, often the day after).
func inlineDateline(a *Article, body []string) {
	if len(body) == 0 {
		return
	}
	seen := 0
	for i, l := range body {
		// A photo caption ("[Photo: ...]") before the first paragraph
		// does not count.
		if strings.HasPrefix(l, "[") && strings.HasSuffix(strings.TrimSpace(l), "]") {
			continue
		}
		if seen++; seen > 2 {
			break
		}
		m := inlineDatelineRe.FindStringSubmatchIndex(l)
		if m == nil {
			m = wireDatelineRe.FindStringSubmatchIndex(l)
		}
		if m == nil {
			continue
		}
		if a.Dateline == "" {
			a.Dateline = strings.TrimSpace(l[m[2]:m[3]])
		}
		switch {
		case m[4] < 0:
		case a.Published.IsZero():
			a.Published = parseDate(l[m[4]:m[5]])
			if a.Published.IsZero() {
				a.Published = withYearFrom(l[m[4]:m[5]], body)
			}
		default:
			if wire := nearestYear(l[m[4]:m[5]], a.Published); !wire.IsZero() && !wire.After(a.Published) && a.Published.Sub(wire) <= 7*24*time.Hour {
				a.Published = wire
			}
		}
		body[i] = l[m[1]:]
		return
	}
}

// nearestYear dates "Nov. 19" (or "Nov. 19, 2025") in the year that puts it
// nearest ref; zero when it does not parse.
func nearestYear(monthDay string, ref time.Time) time.Time {
	if t := parseDate(monthDay); !t.IsZero() {
		return t
	}
	best := time.Time{}
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		t := parseDate(monthDay + ", " + strconv.Itoa(y))
		if !t.IsZero() && (best.IsZero() || absDays(t.Sub(ref)) < absDays(best.Sub(ref))) {
			best = t
		}
	}
	return best
}

// withYearFrom dates a dateline that gives no year ("Dec 14"): the year is
// the one that puts it nearest the first full date of the article's own
// text. With no full date in the text, the date stays unknown.
func withYearFrom(monthDay string, body []string) time.Time {
	for _, l := range body {
		m := fullDateRe.FindString(l)
		if m == "" {
			continue
		}
		full := parseDate(m)
		if full.IsZero() {
			continue
		}
		return nearestYear(monthDay, full)
	}
	return time.Time{}
}

func absDays(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// headerDate is the full date a short header line is built around ("Published
// On 19 Jan 2026"), "" when the line is running text or has no full date: a
// header line has few words besides the date and no closing full stop.
func headerDate(l string) string {
	loc := fullDateRe.FindStringSubmatchIndex(l)
	if loc == nil || len(l) > 100 || strings.HasSuffix(l, ".") {
		return ""
	}
	words := 0
	for _, f := range strings.Fields(l[:loc[0]] + " " + l[loc[1]:]) {
		if strings.IndexFunc(f, unicode.IsLetter) >= 0 {
			words++
		}
	}
	if words > 8 {
		return ""
	}
	return l[loc[2]:loc[3]]
}
