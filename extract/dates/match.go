package dates

import "time"

// scanner holds one Find call's state.
type scanner struct {
	text   string
	toks   []token
	lx     *lexicon
	ref    time.Time // midnight UTC of the reference date
	hasRef bool
	at     int // the first token of the expression being matched
}

// val is a matched expression's meaning.
type val struct {
	from, to time.Time
	prec     Precision
	rel      bool // needed the reference date
	byTense  bool // a bare weekday, put before or after the reference by the tense
	ok       bool // from/to are set
}

// md is a parsed calendar date: year 0 when not written.
type md struct {
	y, m, d int
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func daysIn(y, m int) int { return day(y, m+1, 0).Day() }

// entAt returns the lexicon entry of token i, or nil.
func (s *scanner) entAt(i int) *entry {
	if i < 0 || i >= len(s.toks) || s.toks[i].ei == 0 {
		return nil
	}
	return s.lx.entries[s.toks[i].ei-1]
}

// entOf returns the lexicon entry of token t, or nil.
func (s *scanner) entOf(t token) *entry {
	if t.ei == 0 {
		return nil
	}
	return s.lx.entries[t.ei-1]
}

// w returns the lower-case form of word i if the lexicon knows it, else "".
func (s *scanner) w(i int) string {
	if e := s.entAt(i); e != nil {
		return e.w
	}
	return ""
}

func (s *scanner) punct(i int, rs ...rune) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tPunct {
		return false
	}
	for _, r := range rs {
		if s.toks[i].r == r {
			return true
		}
	}
	return false
}

// adjacent reports whether tokens i and i+1 touch (no space between).
func (s *scanner) adjacent(i int) bool {
	return i >= 0 && i+1 < len(s.toks) && s.toks[i].e == s.toks[i+1].s
}

func (s *scanner) dash(i int) bool { return s.punct(i, '-', '–', '—') }

func (s *scanner) apostrophe(i int) bool { return s.punct(i, '\'', '’') }

// monthAt reads a capitalised month name at i, with the full stop of an
// abbreviation; it returns the month and the next token index.
func (s *scanner) monthAt(i int) (m, next int, abbrev bool) {
	if i < 0 || i >= len(s.toks) {
		return 0, i, false
	}
	t := s.toks[i]
	if t.kind != tWord || s.entOf(t) == nil || s.entOf(t).month == 0 || !t.cap {
		return 0, i, false
	}
	next = i + 1
	if s.entOf(t).abbrev && s.punct(next, '.') && s.adjacent(i) {
		next++
	}
	return int(s.entOf(t).month), next, s.entOf(t).abbrev
}

// dayAt reads a day of the month (1-31) at i, with an ordinal suffix.
func (s *scanner) dayAt(i int) (d, next int) {
	if i < 0 || i >= len(s.toks) {
		return 0, i
	}
	t := s.toks[i]
	if t.kind != tNum || t.ndig == 0 || t.ndig > 2 || int(t.num) < 1 || int(t.num) > 31 {
		return 0, i
	}
	// "5:30" is a time, "5%" a share, "5-year" no day.
	if s.adjacent(i) && s.punct(i+1, ':', '%', '/') {
		return 0, i
	}
	next = i + 1
	if s.adjacent(i) {
		switch s.w(next) {
		case "st", "nd", "rd", "th":
			next++
		}
	}
	return int(t.num), next
}

// yearAt reads a four-digit year at i.
func (s *scanner) yearAt(i int) (y, next int) {
	if i < 0 || i >= len(s.toks) {
		return 0, i
	}
	t := s.toks[i]
	if t.kind != tNum || t.ndig != 4 || int(t.num) < 1000 {
		return 0, i
	}
	if s.adjacent(i) && s.punct(i+1, ':', '%') {
		return 0, i
	}
	return int(t.num), i + 1
}

// optYear reads an optional ", 2025" or " 2025" after a date.
func (s *scanner) optYear(i int) (y, next int) {
	j := i
	if s.punct(j, ',') {
		j++
	}
	if y, n := s.yearAt(j); y != 0 {
		return y, n
	}
	return 0, i
}

// absDate reads a calendar date written with a month name: "Dec. 2, 2025",
// "December 2", "2 December 2025", "2nd of December". It does not read ranges.
func (s *scanner) absDate(i int) (v md, next int, ok bool) {
	if m, j, _ := s.monthAt(i); m != 0 {
		d, k := s.dayAt(j)
		if d == 0 {
			return md{}, i, false
		}
		y, k := s.optYear(k)
		return md{y, m, d}, k, true
	}
	if d, j := s.dayAt(i); d != 0 {
		if s.w(j) == "of" {
			j++
		}
		m, k, _ := s.monthAt(j)
		if m == 0 {
			return md{}, i, false
		}
		y, k := s.optYear(k)
		return md{y, m, d}, k, true
	}
	return md{}, i, false
}

// valid reports whether d is a real calendar day (any leap year allowed when
// the year is unknown).
func (d md) valid() bool {
	if d.m < 1 || d.m > 12 || d.d < 1 {
		return false
	}
	y := d.y
	if y == 0 {
		y = 2024
	}
	return d.d <= daysIn(y, d.m)
}

// nearestYear returns the year that puts month m, day d nearest the reference.
func (s *scanner) nearestYear(m, d int) int {
	ry := s.ref.Year()
	best, bestDist := ry, time.Duration(1<<62)
	for y := ry - 1; y <= ry+1; y++ {
		if d > daysIn(y, m) {
			continue
		}
		dist := day(y, m, d).Sub(s.ref)
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// yearFor picks the year of month m, days d1..d2 (d2 0 for the month's
// end) written without a year: the year that puts it nearest the reference,
// unless the sentence's tense says otherwise ("was signed on May 5" in a
// December article is the May before, "will vote in November" the November
// after). The tense only overrides when the middle of the days is more than
// 30 days from the reference.
func (s *scanner) yearFor(m, d1, d2 int) int {
	y := s.nearestYear(m, d1)
	last := d2
	if last == 0 || last > daysIn(y, m) {
		last = daysIn(y, m)
	}
	if d2 == 0 {
		y = s.nearestYear(m, (d1+last)/2)
	}
	from, to := day(y, m, d1), day(y, m, last)
	mid := from.Add(to.Sub(from) / 2)
	dist := mid.Sub(s.ref)
	if dist < 0 {
		dist = -dist
	}
	if dist <= 30*24*time.Hour {
		return y
	}
	switch tn := s.tense(s.at); {
	case tn < 0 && from.After(s.ref):
		return y - 1
	case tn > 0 && to.Before(s.ref):
		return y + 1
	}
	return y
}

// resolveDays turns a parsed date (or range) into a val.
func (s *scanner) resolveDays(a, b md, prec Precision) (val, bool) {
	if !a.valid() || !b.valid() {
		return val{}, false
	}
	v := val{prec: prec, rel: a.y == 0}
	if a.y == 0 && !s.hasRef {
		return v, true
	}
	if a.y == 0 {
		a.y = s.yearFor(a.m, a.d, a.d)
		if a.d > daysIn(a.y, a.m) {
			return v, true
		}
	}
	if b.y == 0 {
		b.y = a.y
		if b.m < a.m || (b.m == a.m && b.d < a.d) {
			b.y++
		}
	}
	if b.d > daysIn(b.y, b.m) || a.d > daysIn(a.y, a.m) {
		return val{}, false
	}
	v.from, v.to, v.ok = day(a.y, a.m, a.d), day(b.y, b.m, b.d), true
	if v.to.Before(v.from) {
		return val{}, false
	}
	return v, true
}

// match tries every pattern at token i; it returns the token after the
// mention.
func (s *scanner) match(i int) (int, val, bool) {
	t := s.toks[i]
	s.at = i
	switch t.kind {
	case tNum:
		if end, v, ok := s.isoDate(i); ok {
			return end, v, true
		}
		if end, v, ok := s.dateOrRange(i); ok {
			return end, v, true
		}
		if end, v, ok := s.agoExpr(i); ok {
			return end, v, true
		}
		return s.yearExpr(i)
	case tWord:
		if s.entOf(t) == nil {
			return 0, val{}, false
		}
		e := s.entOf(t)
		if (e.month != 0 || e.weekday != 0) && s.inName(i) {
			return 0, val{}, false
		}
		if e.month != 0 {
			if end, v, ok := s.dateOrRange(i); ok {
				return end, v, true
			}
			return s.monthExpr(i, 0, i)
		}
		if e.weekday != 0 {
			return s.weekdayExpr(i, i, "")
		}
		if e.num != 0 {
			return s.agoExpr(i)
		}
		switch e.w {
		case "between", "from":
			return s.between(i)
		case "early", "mid", "late", "end", "beginning", "start":
			return s.partExpr(i)
		case "the":
			if end, v, ok := s.partExpr(i); ok {
				return end, v, true
			}
			return s.theWeekend(i)
		case "last", "next", "this", "coming", "past":
			return s.relExpr(i)
		case "earlier", "later":
			if end, v, ok := s.earlierThis(i); ok {
				return end, v, true
			}
			return 0, val{}, false
		case "yesterday", "today", "tonight", "tomorrow":
			return s.dayWord(i)
		case "days", "weeks", "months", "years":
			return s.agoExpr(i)
		}
	}
	return 0, val{}, false
}

// isoDate reads 2025-12-02.
func (s *scanner) isoDate(i int) (int, val, bool) {
	if i+4 >= len(s.toks) {
		return 0, val{}, false
	}
	t, m, d := s.toks[i], s.toks[i+2], s.toks[i+4]
	if t.ndig != 4 || int(t.num) < 1000 || m.ndig != 2 || d.ndig != 2 || m.kind != tNum || d.kind != tNum {
		return 0, val{}, false
	}
	if !s.punct(i+1, '-') || !s.punct(i+3, '-') || !s.adjacent(i) || !s.adjacent(i+1) || !s.adjacent(i+2) || !s.adjacent(i+3) {
		return 0, val{}, false
	}
	a := md{int(t.num), int(m.num), int(d.num)}
	v, ok := s.resolveDays(a, a, Day)
	return i + 5, v, ok
}

// rangeSep reads the separator of a day range ("-", "to", "through") at i.
func (s *scanner) rangeSep(i int) int {
	if s.dash(i) {
		return i + 1
	}
	switch s.w(i) {
	case "to", "through", "until", "till":
		return i + 1
	}
	return i
}

// dateOrRange reads a date with a month name and a following range, if any:
// "December 5-6", "December 5 to 7, 2025", "Dec. 30-Jan. 2", "5-6 December".
func (s *scanner) dateOrRange(i int) (int, val, bool) {
	// Month first.
	if m, j, _ := s.monthAt(i); m != 0 {
		d, k := s.dayAt(j)
		if d == 0 {
			return 0, val{}, false
		}
		if sep := s.rangeSep(k); sep > k {
			// "Dec. 30-Jan. 2"
			if m2, j2, _ := s.monthAt(sep); m2 != 0 {
				if d2, k2 := s.dayAt(j2); d2 != 0 {
					y, k3 := s.optYear(k2)
					a, b := md{0, m, d}, md{y, m2, d2}
					if y != 0 {
						a.y = y
						if m2 < m {
							a.y = y - 1
						}
					}
					if v, ok := s.resolveDays(a, b, Days); ok {
						return k3, v, true
					}
				}
			} else if d2, k2 := s.dayAt(sep); d2 > d {
				y, k3 := s.optYear(k2)
				if v, ok := s.resolveDays(md{y, m, d}, md{y, m, d2}, Days); ok {
					return k3, v, true
				}
			}
		}
		y, k2 := s.optYear(k)
		a := md{y, m, d}
		v, ok := s.resolveDays(a, a, Day)
		return s.bracketWeekday(k2), v, ok
	}
	// Day first.
	d, j := s.dayAt(i)
	if d == 0 {
		return 0, val{}, false
	}
	d2 := 0
	if sep := s.rangeSep(j); sep > j {
		if dd, k := s.dayAt(sep); dd > d {
			if _, _, ok := s.absDate(sep); ok {
				d2, j = dd, k
			}
		}
	}
	if s.w(j) == "of" {
		j++
	}
	m, k, _ := s.monthAt(j)
	if m == 0 {
		return 0, val{}, false
	}
	y, k := s.optYear(k)
	a := md{y, m, d}
	if d2 != 0 {
		v, ok := s.resolveDays(a, md{y, m, d2}, Days)
		return k, v, ok
	}
	v, ok := s.resolveDays(a, a, Day)
	return s.bracketWeekday(k), v, ok
}

// bracketWeekday skips a weekday in brackets after a date, "December 8
// (Monday)", so that it is part of the date's mention.
func (s *scanner) bracketWeekday(i int) int {
	if s.punct(i, '(') && s.punct(i+2, ')') {
		if e := s.entAt(i + 1); e != nil && e.weekday != 0 {
			return i + 3
		}
	}
	return i
}

// monthExpr reads a month without a day: "February 2022", "in November",
// "November-December" is not read. start is the first token of the mention
// (an "early"/"mid"/"late" before it), part 0 for the whole month, 1..3 for
// early, mid, late.
func (s *scanner) monthExpr(i, part, start int) (int, val, bool) {
	m, j, abbrev := s.monthAt(i)
	if m == 0 {
		return 0, val{}, false
	}
	y, k := s.optYear(j)
	if y == 0 && k < len(s.toks) && s.toks[k].kind == tNum && s.toks[k].ndig <= 2 {
		return 0, val{}, false // "February 30": not a day, so not a date
	}
	if y == 0 {
		// A bare month needs context unless it is an unambiguous full name.
		ctx := part != 0
		if p := start - 1; p >= 0 && s.entAt(p) != nil && s.entAt(p).flags&fMonthContext != 0 {
			ctx = true
		}
		if !ctx && (abbrev || m == 3 || m == 5) {
			return 0, val{}, false
		}
		// "April Ryan", "June Carter": a month name before a capitalised
		// word is a first name.
		if !ctx && k < len(s.toks) && s.toks[k].kind == tWord && s.toks[k].cap {
			return 0, val{}, false
		}
	}
	v := val{prec: Month, rel: y == 0}
	if y == 0 {
		if !s.hasRef {
			return k, v, true
		}
	}
	pf, pl := 1, 0
	switch part {
	case 1:
		pl = 10
	case 2:
		pf, pl = 11, 20
	case 3:
		pf = 21
	}
	if y == 0 {
		y = s.yearFor(m, pf, pl)
	}
	first, last := pf, pl
	if last == 0 {
		last = daysIn(y, m)
	}
	v.from, v.to, v.ok = day(y, m, first), day(y, m, last), true
	return k, v, true
}

// partExpr reads "early/mid/late December", "mid-December", "the end of
// November", "the beginning of 2022", "late 2022".
func (s *scanner) partExpr(i int) (int, val, bool) {
	j := i
	if s.w(j) == "the" {
		j++
	}
	part := 0
	switch s.w(j) {
	case "early":
		part, j = 1, j+1
	case "mid":
		part, j = 2, j+1
	case "late":
		part, j = 3, j+1
	case "end", "beginning", "start":
		if s.w(j+1) != "of" {
			return 0, val{}, false
		}
		part = 3
		if s.w(j) != "end" {
			part = 1
		}
		j += 2
	default:
		return 0, val{}, false
	}
	if s.entAt(i).w == "the" && j == i+2 {
		// "the early December talks": leave "the" out of the mention.
		return 0, val{}, false
	}
	if s.dash(j) && s.adjacent(j-1) {
		j++
	}
	if end, v, ok := s.monthExpr(j, part, i); ok {
		return end, v, true
	}
	if y, end := s.yearAt(j); y >= 1800 && y < 2200 {
		first, last := 1, 12
		switch part {
		case 1:
			last = 4
		case 2:
			first, last = 5, 8
		case 3:
			first = 9
		}
		return end, val{from: day(y, first, 1), to: day(y, last, daysIn(y, last)), prec: Year, ok: true}, true
	}
	return 0, val{}, false
}

// between reads "between December 5 and December 7", "from December 5 to 7".
func (s *scanner) between(i int) (int, val, bool) {
	a, j, ok := s.absDate(i + 1)
	if !ok {
		return s.betweenYears(i)
	}
	want := "and"
	if s.w(i) == "from" {
		switch s.w(j) {
		case "to", "through", "until", "till":
			want = s.w(j)
		}
	}
	if s.w(j) != want {
		return 0, val{}, false
	}
	b, k, ok := s.absDate(j + 1)
	if !ok {
		// "between December 5 and 7"
		d, k2 := s.dayAt(j + 1)
		if d == 0 {
			return 0, val{}, false
		}
		if _, _, isDate := s.absDate(j + 1); isDate {
			return 0, val{}, false
		}
		y, k3 := s.optYear(k2)
		b, k = md{y, a.m, d}, k3
	}
	if a.y == 0 && b.y != 0 {
		a.y = b.y
		if b.m < a.m {
			a.y--
		}
	}
	v, ok := s.resolveDays(a, b, Days)
	if !ok {
		return 0, val{}, false
	}
	return k, v, true
}

// betweenYears reads "between 2014 and 2022", "from 2014 to 2022".
func (s *scanner) betweenYears(i int) (int, val, bool) {
	y1, j := s.yearAt(i + 1)
	if y1 < 1800 || y1 >= 2200 {
		return 0, val{}, false
	}
	switch s.w(j) {
	case "and":
		if s.w(i) != "between" {
			return 0, val{}, false
		}
	case "to", "through", "until", "till":
		if s.w(i) != "from" {
			return 0, val{}, false
		}
	default:
		return 0, val{}, false
	}
	y2, k := s.yearAt(j + 1)
	if y2 <= y1 || y2 >= 2200 || s.dash(k) {
		return 0, val{}, false
	}
	return k, val{from: day(y1, 1, 1), to: day(y2, 12, 31), prec: Year, ok: true}, true
}

// weekdayExpr reads a weekday, with a date after it in brackets or after a
// comma, and a part of the day: "Monday (December 8)", "Friday (December 5)
// night", "Tuesday, Dec. 2, 2025", "Tuesday night". start is the mention's
// first token, mode "last", "next", "this" or "".
func (s *scanner) weekdayExpr(i, start int, mode string) (int, val, bool) {
	wd := time.Weekday(s.entAt(i).weekday - 1)
	j := i + 1
	var v val
	dated := false
	if s.punct(j, '(') {
		if d, k, ok := s.absDate(j + 1); ok && s.punct(k, ')') {
			if r, ok := s.resolveDays(d, d, Day); ok {
				v, j, dated = r, k+1, true
			}
		}
	} else if s.punct(j, ',') {
		if d, k, ok := s.absDate(j + 1); ok {
			if r, ok := s.resolveDays(d, d, Day); ok {
				v, j, dated = r, k, true
			}
		}
	} else if d, k, ok := s.absDate(j); ok {
		if r, ok := s.resolveDays(d, d, Day); ok {
			v, j, dated = r, k, true
		}
	}
	switch s.w(j) {
	case "night", "morning", "afternoon", "evening":
		j++
	}
	if dated {
		return j, v, true
	}
	v = val{prec: Day, rel: true}
	if !s.hasRef {
		return j, v, true
	}
	rw := s.ref.Weekday()
	back := (int(rw) - int(wd) + 7) % 7
	fwd := (int(wd) - int(rw) + 7) % 7
	var off int
	switch mode {
	case "last", "past":
		if back == 0 {
			back = 7
		}
		off = -back
	case "next", "coming":
		if fwd == 0 {
			fwd = 7
		}
		off = fwd
	default:
		v.byTense = true
		if s.tense(i) > 0 {
			off = fwd
		} else {
			off = -back
		}
	}
	d := s.ref.AddDate(0, 0, off)
	v.from, v.to, v.ok = d, d, true
	return j, v, true
}

// tense reads the tense around token i: +1 future, -1 past, 0 when the
// sentence has no marker. It reads the clause of token i first, then, when
// that clause has no marker, the whole sentence.
func (s *scanner) tense(i int) int {
	lo, hi := i, i+1
	for lo > 0 && !s.clauseBreak(lo-1) {
		lo--
	}
	for hi < len(s.toks) && !s.clauseBreak(hi) {
		hi++
	}
	if tn := s.nearestTense(i, lo, hi); tn != 0 {
		return tn
	}
	if lo == 0 && hi == len(s.toks) {
		return 0
	}
	return s.nearestTense(i, 0, len(s.toks))
}

// clauseBreak reports whether token k separates clauses.
func (s *scanner) clauseBreak(k int) bool {
	t := s.toks[k]
	if t.kind == tPunct {
		switch t.r {
		case ',', ';', ':', '(', ')', '"', '“', '”', '—', '–':
			return true
		}
		return false
	}
	return s.entOf(t) != nil && s.entOf(t).flags&fClause != 0
}

// nearestTense finds the tense marker nearest token i among tokens lo..hi-1.
// A marker after i counts one token further away than one before it, so
// "said on Thursday they will" reads Thursday as past; a weak marker (a
// two-word future marker starting with "to": "to meet", a purpose clause as
// often as a plan) counts three tokens further.
func (s *scanner) nearestTense(i, lo, hi int) int {
	far := len(s.toks) + 8
	fut, past := far, far
	for k := lo; k < hi; k++ {
		t := s.toks[k]
		if t.kind != tWord {
			continue
		}
		dist := i - k
		if dist < 0 {
			dist = k - i + 1
		}
		isFut, isPast := false, false
		if e := s.entOf(t); e != nil {
			switch {
			case e.w == "won" && s.apostrophe(k+1) && s.w(k+2) == "" && s.tokText(k+2) == "t":
				isFut = true
			case e.flags&fFuture != 0:
				isFut = true
			case e.flags&fPast != 0:
				isPast = true
			case e.flags&fPairStart != 0 && k+1 < len(s.toks) && s.entAt(k+1) != nil && s.lx.futurePairs[e.w+" "+s.entAt(k+1).w]:
				isFut = true
				if e.w == "to" {
					dist += 3
				}
			}
		} else if !t.cap && t.e-t.s >= 5 {
			if c1, c2 := s.text[t.e-2], s.text[t.e-1]; c1 == 'e' && c2 == 'd' {
				isPast = k == 0 || s.entAt(k-1) == nil || s.entAt(k-1).flags&fParticiple == 0
			}
		}
		if isFut && dist < fut {
			fut = dist
		}
		if isPast && dist < past {
			past = dist
		}
	}
	switch {
	case fut == far && past == far:
		return 0
	case fut <= past:
		return 1
	}
	return -1
}

// inName reports whether word i is part of a two-word name that is not a
// date ("Good Friday", "the Sunday Times").
func (s *scanner) inName(i int) bool {
	w := s.w(i)
	if p := s.w(i - 1); p != "" && s.lx.notDates[p+" "+w] {
		return true
	}
	if n := s.w(i + 1); n != "" && s.lx.notDates[w+" "+n] {
		return true
	}
	return false
}

func (s *scanner) tokText(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.text[s.toks[i].s:s.toks[i].e]
}

// relExpr reads "last/this/next/coming/past" + weekday, week, weekend, month,
// year, and "last night", "this morning".
func (s *scanner) relExpr(i int) (int, val, bool) {
	mode := s.entAt(i).w
	j := i + 1
	if j >= len(s.toks) {
		return 0, val{}, false
	}
	if e := s.entAt(j); e != nil && e.weekday != 0 && !s.inName(j) {
		return s.weekdayExpr(j, i, mode)
	}
	if m, k, _ := s.monthAt(j); m != 0 && mode != "past" {
		if y, _ := s.optYear(k); y == 0 && !s.inName(j) {
			if _, _, isDate := s.dateOrRange(j); !isDate {
				return s.namedMonth(k, m, mode)
			}
		}
	}
	if mode != "this" {
		if end, v, ok := s.periodWindow(i, mode); ok {
			return end, v, true
		}
	}
	unit := s.w(j)
	switch unit {
	case "week", "weekend", "month", "year":
	case "night":
		if mode != "last" {
			return 0, val{}, false
		}
	case "morning", "afternoon", "evening":
		if mode != "this" {
			return 0, val{}, false
		}
	default:
		return 0, val{}, false
	}
	v := val{rel: true, prec: Day}
	if !s.hasRef {
		switch unit {
		case "week", "weekend":
			v.prec = Week
		case "month":
			v.prec = Month
		case "year":
			v.prec = Year
		}
		return j + 1, v, true
	}
	step := 0
	switch mode {
	case "last":
		step = -1
	case "next", "coming":
		step = 1
	}
	r := s.ref
	switch unit {
	case "night":
		v.from = r.AddDate(0, 0, -1)
		v.to = v.from
	case "morning", "afternoon", "evening":
		v.from, v.to = r, r
	case "week", "weekend":
		if mode == "past" && unit == "week" {
			v.from, v.to, v.prec = r.AddDate(0, 0, -7), r, Week
			break
		}
		if mode == "coming" && unit == "week" {
			// "the coming week": the seven days from the reference on.
			v.from, v.to, v.prec = r, r.AddDate(0, 0, 6), Week
			break
		}
		if mode == "past" {
			step = -1 // "the past weekend"
		}
		mon := r.AddDate(0, 0, -((int(r.Weekday())+6)%7)+7*step)
		v.from, v.to, v.prec = mon, mon.AddDate(0, 0, 6), Week
		if unit == "weekend" {
			v.from = mon.AddDate(0, 0, 5)
		}
	case "month":
		if mode == "past" {
			v.from, v.to, v.prec = r.AddDate(0, -1, 0), r, Month
			break
		}
		first := day(r.Year(), int(r.Month())+step, 1)
		v.from, v.to, v.prec = first, day(first.Year(), int(first.Month()), daysIn(first.Year(), int(first.Month()))), Month
	case "year":
		if mode == "past" {
			v.from, v.to, v.prec = r.AddDate(-1, 0, 0), r, Year
			break
		}
		y := r.Year() + step
		v.from, v.to, v.prec = day(y, 1, 1), day(y, 12, 31), Year
	}
	v.ok = true
	return j + 1, v, true
}

// periodWindow reads "the past two weeks", "in the coming days", "the next
// few months", "the last 10 days": a window from or to the reference date,
// Days when the number is written, Vague (7 days, 6 weeks, 6 months, 5 years)
// when it is not. i is the "last/past/next/coming" token.
func (s *scanner) periodWindow(i int, mode string) (int, val, bool) {
	j := i + 1
	n := 0
	if t := s.toks[j]; t.kind == tNum && t.ndig > 0 && t.ndig <= 3 && t.num > 0 {
		n, j = int(t.num), j+1
	} else if e := s.entAt(j); e != nil && e.num != 0 && e.w != "a" && e.w != "an" {
		n, j = int(e.num), j+1
	}
	var unitDays int
	switch s.w(j) {
	case "days":
		unitDays = 1
	case "weeks":
		unitDays = 7
	case "months":
		unitDays = 30
	case "years":
		unitDays = 365
	default:
		return 0, val{}, false
	}
	v := val{rel: true, prec: Days}
	span := n * unitDays
	if n <= 0 {
		v.prec = Vague
		switch unitDays {
		case 1:
			span = 7
		case 7:
			span = 42
		case 30:
			span = 183
		default:
			span = 5 * 365
		}
	}
	if !s.hasRef {
		return j + 1, v, true
	}
	if mode == "last" || mode == "past" {
		v.from, v.to = s.ref.AddDate(0, 0, -span), s.ref
	} else {
		v.from, v.to = s.ref, s.ref.AddDate(0, 0, span)
	}
	v.ok = true
	return j + 1, v, true
}

// theWeekend reads "the weekend" ("over the weekend", "at the weekend") by
// tense: a past one is the Saturday-Sunday whose Saturday is the latest on or
// before the reference date, a future one the first on or after it.
func (s *scanner) theWeekend(i int) (int, val, bool) {
	if s.w(i+1) != "weekend" {
		return 0, val{}, false
	}
	v := val{rel: true, prec: Week}
	if !s.hasRef {
		return i + 2, v, true
	}
	rw := int(s.ref.Weekday())
	off := -((rw + 1) % 7) // back to Saturday
	if s.tense(i) > 0 {
		off = (6 - rw) % 7
	}
	v.from = s.ref.AddDate(0, 0, off)
	v.to, v.ok = v.from.AddDate(0, 0, 1), true
	return i + 2, v, true
}

// namedMonth resolves "last May" (the latest May before the reference's
// month), "next May" (the first after it), "this May" (the reference's year).
// end is the token after the month.
func (s *scanner) namedMonth(end, m int, mode string) (int, val, bool) {
	v := val{prec: Month, rel: true}
	if !s.hasRef {
		return end, v, true
	}
	y, rm := s.ref.Year(), int(s.ref.Month())
	switch mode {
	case "last":
		if m >= rm {
			y--
		}
	case "next", "coming":
		if m <= rm {
			y++
		}
	}
	v.from, v.to, v.ok = day(y, m, 1), day(y, m, daysIn(y, m)), true
	return end, v, true
}

// earlierThis reads "earlier this month/week/year", "later this week".
func (s *scanner) earlierThis(i int) (int, val, bool) {
	if s.w(i+1) != "this" {
		return 0, val{}, false
	}
	unit := s.w(i + 2)
	var prec Precision
	switch unit {
	case "week":
		prec = Week
	case "month":
		prec = Month
	case "year":
		prec = Year
	default:
		return 0, val{}, false
	}
	v := val{rel: true, prec: prec}
	if !s.hasRef {
		return i + 3, v, true
	}
	r := s.ref
	var first, last time.Time
	switch unit {
	case "week":
		first = r.AddDate(0, 0, -((int(r.Weekday()) + 6) % 7))
		last = first.AddDate(0, 0, 6)
	case "month":
		first = day(r.Year(), int(r.Month()), 1)
		last = day(r.Year(), int(r.Month()), daysIn(r.Year(), int(r.Month())))
	case "year":
		first, last = day(r.Year(), 1, 1), day(r.Year(), 12, 31)
	}
	if s.w(i) == "earlier" {
		v.from, v.to = first, r.AddDate(0, 0, -1)
	} else {
		v.from, v.to = r.AddDate(0, 0, 1), last
	}
	if v.to.Before(v.from) {
		v.from, v.to = r, r
	}
	v.ok = true
	return i + 3, v, true
}

// dayWord reads yesterday, today, tonight, tomorrow; a capitalised one after
// a capitalised word is a name ("USA Today", "India Today").
func (s *scanner) dayWord(i int) (int, val, bool) {
	if s.toks[i].cap && i > 0 && s.toks[i-1].kind == tWord && s.toks[i-1].cap {
		return 0, val{}, false
	}
	off := 0
	switch s.w(i) {
	case "yesterday":
		off = -1
	case "tomorrow":
		off = 1
	}
	v := val{rel: true, prec: Day}
	if s.hasRef {
		d := s.ref.AddDate(0, 0, off)
		v.from, v.to, v.ok = d, d, true
	}
	return i + 1, v, true
}

// agoExpr reads "two days ago", "3 weeks earlier", "a few days later", "days
// before", "several months ago".
func (s *scanner) agoExpr(i int) (int, val, bool) {
	j := i
	n := 0 // 0: no number (vague), -1: few/several
	t := s.toks[j]
	switch {
	case t.kind == tNum:
		if t.ndig == 0 || t.ndig > 3 || int(t.num) < 1 {
			return 0, val{}, false
		}
		n, j = int(t.num), j+1
	case s.entOf(t) != nil && s.entOf(t).num != 0:
		n, j = int(s.entOf(t).num), j+1
		if (s.entOf(t).w == "a" || s.entOf(t).w == "an") && j < len(s.toks) && s.entAt(j) != nil && s.entAt(j).num != 0 {
			n, j = int(s.entAt(j).num), j+1 // "a few", "a couple"
		}
		if s.w(j) == "of" && s.w(j-1) == "couple" {
			j++
		}
	}
	unit := s.w(j)
	plural := false
	switch unit {
	case "days", "weeks", "months", "years":
		plural = true
	case "day", "week", "month", "year":
	default:
		return 0, val{}, false
	}
	if n == 0 && !plural {
		return 0, val{}, false
	}
	dir := 0
	switch s.w(j + 1) {
	case "ago", "before", "earlier":
		dir = -1
	case "later":
		dir = 1
	default:
		return 0, val{}, false
	}
	end := j + 2
	v := val{rel: true}
	if n <= 0 {
		v.prec = Vague
	} else {
		switch unit[0] {
		case 'd':
			v.prec = Day
		case 'w':
			v.prec = Vague
		case 'm':
			v.prec = Month
		case 'y':
			v.prec = Year
		}
	}
	if !s.hasRef {
		return end, v, true
	}
	r := s.ref
	if n <= 0 {
		lo, hi := 0, 0 // window in units away
		switch unit[0] {
		case 'd':
			lo, hi = 2, 7
		case 'w':
			lo, hi = 7, 42
		case 'm':
			lo, hi = 30, 183
		case 'y':
			lo, hi = 365, 3652
		}
		a, b := r.AddDate(0, 0, dir*lo), r.AddDate(0, 0, dir*hi)
		if b.Before(a) {
			a, b = b, a
		}
		v.from, v.to, v.ok = a, b, true
		return end, v, true
	}
	switch unit[0] {
	case 'd':
		d := r.AddDate(0, 0, dir*n)
		v.from, v.to = d, d
	case 'w':
		d := r.AddDate(0, 0, dir*7*n)
		v.from, v.to = d.AddDate(0, 0, -3), d.AddDate(0, 0, 3)
	case 'm':
		f := day(r.Year(), int(r.Month())+dir*n, 1)
		v.from, v.to = f, day(f.Year(), int(f.Month()), daysIn(f.Year(), int(f.Month())))
	case 'y':
		y := r.Year() + dir*n
		v.from, v.to = day(y, 1, 1), day(y, 12, 31)
	}
	v.ok = true
	return end, v, true
}

// yearExpr reads a year after a context word ("in 2022"), a year range
// ("2014-2022", "2022-23") or a year alone in brackets.
func (s *scanner) yearExpr(i int) (int, val, bool) {
	y, j := s.yearAt(i)
	if y < 1800 || y >= 2200 {
		return 0, val{}, false
	}
	// A year range.
	if s.dash(j) && s.adjacent(i) && s.adjacent(j) && j+1 < len(s.toks) {
		t2 := s.toks[j+1]
		y2 := -1
		if t2.kind == tNum && t2.ndig == 4 {
			y2 = int(t2.num)
		} else if t2.kind == tNum && t2.ndig == 2 {
			y2 = y/100*100 + int(t2.num)
		}
		if y2 > y && y2 < 2200 && !(s.adjacent(j+1) && s.dash(j+2)) {
			return j + 2, val{from: day(y, 1, 1), to: day(y2, 12, 31), prec: Year, ok: true}, true
		}
		return 0, val{}, false // "2025-12" or "1999-2" are not years
	}
	// A decade: "the 1990s".
	if y%10 == 0 && s.adjacent(i) && s.w(j) == "s" {
		return j + 1, val{from: day(y, 1, 1), to: day(y+9, 12, 31), prec: Year, ok: true}, true
	}
	ctx := false
	if p := i - 1; p >= 0 {
		if e := s.entAt(p); e != nil && e.flags&fYearContext != 0 {
			ctx = true
		}
		if s.punct(p, '(') && s.punct(j, ')') {
			ctx = true
		}
		if s.dash(p) && s.adjacent(p) && s.w(p-1) == "mid" {
			ctx = true
		}
	}
	if !ctx {
		return 0, val{}, false
	}
	// "in 2022 people" would still read as a year; "in 2,000 homes" does not
	// get here (not a plain number).
	return j, val{from: day(y, 1, 1), to: day(y, 12, 31), prec: Year, ok: true}, true
}
