package dates

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// sat is the reference date of most rows: Saturday 2025-12-06, mid-afternoon
// (the time of day must not leak into the results).
var sat = time.Date(2025, 12, 6, 15, 30, 0, 0, time.UTC)

// want is one expected mention: its text and "YYYY-MM-DD" or
// "YYYY-MM-DD..YYYY-MM-DD", or "" for an unresolved mention.
type want struct {
	text, dates string
}

func fmtMention(m Mention) string {
	if !m.Resolved() {
		return fmt.Sprintf("%q=", m.Text)
	}
	a, b := m.From.Format("2006-01-02"), m.To.Format("2006-01-02")
	if a == b {
		return fmt.Sprintf("%q=%s", m.Text, a)
	}
	return fmt.Sprintf("%q=%s..%s", m.Text, a, b)
}

func fmtWant(ws []want) string {
	var parts []string
	for _, w := range ws {
		parts = append(parts, fmt.Sprintf("%q=%s", w.text, w.dates))
	}
	return strings.Join(parts, " ")
}

func fmtGot(ms []Mention) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, fmtMention(m))
	}
	return strings.Join(parts, " ")
}

type findCase struct {
	name string
	text string
	ref  time.Time
	want []want
}

var findCases = []findCase{
	// Absolute dates.
	{"month day", "The two leaders spoke by phone on December 2 about the ceasefire.", sat, []want{{"December 2", "2025-12-02"}}},
	{"month day nearest year back", "The envoy first visited the capital on December 30.", time.Date(2026, 1, 4, 0, 0, 0, 0, time.UTC), []want{{"December 30", "2025-12-30"}}},
	{"month day nearest year forward", "Elections are due on January 3.", sat, []want{{"January 3", "2026-01-03"}}},
	{"abbrev with year", "The deal was signed on Dec. 2, 2025, in Geneva.", sat, []want{{"Dec. 2, 2025", "2025-12-02"}}},
	{"day month year", "Ministers gathered on 2 December 2025 for a second round.", sat, []want{{"2 December 2025", "2025-12-02"}}},
	{"zero-padded day", "The statement was dated December 06, 2025.", sat, []want{{"December 06, 2025", "2025-12-06"}}},
	{"iso", "According to the filing dated 2025-12-02, the talks stalled.", sat, []want{{"2025-12-02", "2025-12-02"}}},
	{"month year", "The offensive began in February 2022 and never fully stopped.", sat, []want{{"February 2022", "2022-02-01..2022-02-28"}}},
	{"in month", "Prices rose sharply in November, the agency said.", sat, []want{{"November", "2025-11-01..2025-11-30"}}},
	{"late month", "Negotiators first met in late November in Abu Dhabi.", sat, []want{{"late November", "2025-11-21..2025-11-30"}}},
	{"early month", "A new round is planned for early December.", sat, []want{{"early December", "2025-12-01..2025-12-10"}}},
	{"mid month", "Parliament will vote by mid-December on the budget.", sat, []want{{"mid-December", "2025-12-11..2025-12-20"}}},
	{"end of month", "The troops withdrew by the end of November.", sat, []want{{"the end of November", "2025-11-21..2025-11-30"}}},
	{"ordinal", "The summit opened on the 3rd of December.", sat, []want{{"3rd of December", "2025-12-03"}}},
	{"may with day", "May 5 marks the anniversary of the treaty.", sat, []want{{"May 5", "2026-05-05"}}},
	{"past tense overrides nearest", "The treaty was signed on May 5.", sat, []want{{"May 5", "2025-05-05"}}},
	{"future tense overrides nearest", "Parliament will reconvene on September 1.", sat, []want{{"September 1", "2026-09-01"}}},
	{"near date keeps nearest", "The talks will build on what was agreed on December 2.", sat, []want{{"December 2", "2025-12-02"}}},
	{"in May", "The law took effect in May.", sat, []want{{"May", "2025-05-01..2025-05-31"}}},
	{"early year", "Talks collapsed in early 2022.", sat, []want{{"early 2022", "2022-01-01..2022-04-30"}}},

	{"past month far", "The leader has pushed for a deal since taking office in January.", sat, []want{{"January", "2025-01-01..2025-01-31"}}},
	{"future month far", "The new rules will apply from October.", sat, []want{{"October", "2026-10-01..2026-10-31"}}},
	{"noun plan is no future", "The peace plan was first drafted in late November.", sat, []want{{"late November", "2025-11-21..2025-11-30"}}},
	{"near month ignores tense", "Officials will review what happened in late November.", sat, []want{{"late November", "2025-11-21..2025-11-30"}}},

	{"last month name", "Turnout was low last May.", sat, []want{{"last May", "2025-05-01..2025-05-31"}}},
	{"next month name", "Elections are expected next March.", sat, []want{{"next March", "2026-03-01..2026-03-31"}}},
	{"last month name same month", "Prices peaked last December.", sat, []want{{"last December", "2024-12-01..2024-12-31"}}},
	{"abbrev sept", "The bill passed on Sept. 30 and took effect Aug 4.", sat, []want{{"Sept. 30", "2025-09-30"}, {"Aug 4", "2025-08-04"}}},
	{"weekday then day month", "The talks open Monday 8 December in Bern.", sat, []want{{"Monday 8 December", "2025-12-08"}}},
	{"weekday comma no year", "The talks open Monday, December 8, in Bern.", sat, []want{{"Monday, December 8", "2025-12-08"}}},
	{"date then bracket weekday", "They meet on December 8 (Monday) in Bern.", sat, []want{{"December 8 (Monday)", "2025-12-08"}}},
	{"mid year", "Growth slowed in mid-2022.", sat, []want{{"mid-2022", "2022-05-01..2022-08-31"}}},
	{"range with year", "The forum ran November 28-30, 2024 in Doha.", sat, []want{{"November 28-30, 2024", "2024-11-28..2024-11-30"}}},
	{"range spaced dash", "The visit runs Nov. 30 - Dec. 1.", sat, []want{{"Nov. 30 - Dec. 1", "2025-11-30..2025-12-01"}}},

	// Spans.
	{"day range", "The summit ran December 5-6 in Miami.", sat, []want{{"December 5-6", "2025-12-05..2025-12-06"}}},
	{"day range en dash", "The summit ran December 5–6 in Miami.", sat, []want{{"December 5–6", "2025-12-05..2025-12-06"}}},
	{"day range to", "Delegations will stay December 5 to 7.", sat, []want{{"December 5 to 7", "2025-12-05..2025-12-07"}}},
	{"between", "Talks took place between December 5 and December 7 near Geneva.", sat, []want{{"between December 5 and December 7", "2025-12-05..2025-12-07"}}},
	{"between short", "Talks took place between December 5 and 7.", sat, []want{{"between December 5 and 7", "2025-12-05..2025-12-07"}}},
	{"cross month", "The envoy travelled Dec. 30-Jan. 2 across the region.", sat, []want{{"Dec. 30-Jan. 2", "2025-12-30..2026-01-02"}}},
	{"cross month with year", "The envoy travelled Dec. 30-Jan. 2, 2026 across the region.", sat, []want{{"Dec. 30-Jan. 2, 2026", "2025-12-30..2026-01-02"}}},
	{"day first range", "The fair runs 5-6 December.", sat, []want{{"5-6 December", "2025-12-05..2025-12-06"}}},
	{"year range", "He served as mayor from 2014-2019.", sat, []want{{"2014-2019", "2014-01-01..2019-12-31"}}},

	// Weekdays and tense.
	{"last weekday", "The delegation arrived last Tuesday.", sat, []want{{"last Tuesday", "2025-12-02"}}},
	{"past on weekday", "Officials met on Tuesday to review the draft.", sat, []want{{"Tuesday", "2025-12-02"}}},
	{"past weekday said", "The minister said on Thursday that the plan was dead.", sat, []want{{"Thursday", "2025-12-04"}}},
	{"bare weekday no markers", "On Thursday the border crossing reopened.", sat, []want{{"Thursday", "2025-12-04"}}},
	{"future will", "The president will travel to Berlin on Tuesday.", sat, []want{{"Tuesday", "2025-12-09"}}},
	{"future scheduled", "The foreign ministers are scheduled to speak on Thursday.", sat, []want{{"Thursday", "2025-12-11"}}},
	{"future expected", "A vote is expected on Wednesday.", sat, []want{{"Wednesday", "2025-12-10"}}},
	{"future plans to", "She plans to announce her cabinet Monday.", sat, []want{{"Monday", "2025-12-08"}}},
	{"future to meet", "Leaders are to meet Friday in Rome.", sat, []want{{"Friday", "2025-12-12"}}},
	{"future 'll", "We'll know more on Wednesday, the spokesman said.", sat, []want{{"Wednesday", "2025-12-10"}}},
	{"next weekday", "The envoy returns next Tuesday.", sat, []want{{"next Tuesday", "2025-12-09"}}},
	{"mixed tense", "He said on Tuesday that the leaders will meet on Thursday.", sat, []want{{"Tuesday", "2025-12-02"}, {"Thursday", "2025-12-11"}}},
	{"same weekday", "The minister said on Saturday that talks would go on.", sat, []want{{"Saturday", "2025-12-06"}}},
	{"possessive", "Monday's meeting in Kyiv produced no agreement.", sat, []want{{"Monday", "2025-12-01"}}},
	{"bracket future", "The two sides will meet on Monday (December 8) in Geneva.", sat, []want{{"Monday (December 8)", "2025-12-08"}}},
	{"bracket past night", "Drones struck the port on Friday (December 5) night.", sat, []want{{"Friday (December 5) night", "2025-12-05"}}},
	{"bracket beats tense", "The talks were held on Monday (Dec. 8).", sat, []want{{"Monday (Dec. 8)", "2025-12-08"}}},
	{"comma date", "The accord was signed Tuesday, Dec. 2, 2025, officials said.", sat, []want{{"Tuesday, Dec. 2, 2025", "2025-12-02"}}},
	{"weekday night", "Sirens sounded across the city on Thursday night.", sat, []want{{"Thursday night", "2025-12-04"}}},

	{"purpose infinitive stays past", "Ministers met on Thursday to discuss the fund.", sat, []want{{"Thursday", "2025-12-04"}}},
	{"a plan after ahead of is its own clause", "The two leaders met in Warsaw on Thursday ahead of his planned trip to London.", sat, []want{{"Thursday", "2025-12-04"}}},
	{"before starts a clause", "Envoys met on Friday before talks that are scheduled for next month.", sat, []want{{"Friday", "2025-12-05"}, {"next month", "2026-01-01..2026-01-31"}}},
	{"participle after will", "Heavy snow fell, and schools will stay closed on Monday.", sat, []want{{"Monday", "2025-12-08"}}},
	{"relative clause past", "The envoy, who met the president on Tuesday, will fly home next week.", sat, []want{{"Tuesday", "2025-12-02"}, {"next week", "2025-12-08..2025-12-14"}}},
	{"fronted weekday future", "On Wednesday, the committee will hear evidence.", sat, []want{{"Wednesday", "2025-12-10"}}},
	{"reported future", "A diplomat said the ministers would meet again on Friday.", sat, []want{{"Friday", "2025-12-12"}}},
	{"future after past clause", "The plan, which was drafted by both sides, is due to be signed Thursday.", sat, []want{{"Thursday", "2025-12-11"}}},
	{"won't", "The talks won't resume until Tuesday.", sat, []want{{"Tuesday", "2025-12-09"}}},
	{"newspaper name", "The president told India Today on Friday that he would return.", sat, []want{{"Friday", "2025-12-05"}}},
	{"not a date name", "The Sunday Times reported that talks stalled on Good Friday.", sat, nil},
	{"last weekday on same weekday", "The minister resigned last Saturday.", sat, []want{{"last Saturday", "2025-11-29"}}},

	// Relative words.
	{"this week", "Envoys held three rounds of talks this week.", sat, []want{{"this week", "2025-12-01..2025-12-07"}}},
	{"last week", "The ministry announced the cuts last week.", sat, []want{{"last week", "2025-11-24..2025-11-30"}}},
	{"next week", "A new round opens next week in Istanbul.", sat, []want{{"next week", "2025-12-08..2025-12-14"}}},
	{"earlier this month", "Inflation eased earlier this month, the bank said.", sat, []want{{"earlier this month", "2025-12-01..2025-12-05"}}},
	{"yesterday", "The governor resigned yesterday.", sat, []want{{"yesterday", "2025-12-05"}}},
	{"today", "Voting closes today at noon.", sat, []want{{"today", "2025-12-06"}}},
	{"tomorrow", "The court rules tomorrow.", sat, []want{{"tomorrow", "2025-12-07"}}},
	{"days ago", "The ship sank two days ago off the coast.", sat, []want{{"two days ago", "2025-12-04"}}},
	{"digits days ago", "The ship sank 3 days ago.", sat, []want{{"3 days ago", "2025-12-03"}}},
	{"days before", "Days before, the army had pulled back.", sat, []want{{"Days before", "2025-11-29..2025-12-04"}}},
	{"a few weeks ago", "The plan was first floated a few weeks ago.", sat, []want{{"a few weeks ago", "2025-10-25..2025-11-29"}}},
	{"last month", "Exports fell last month.", sat, []want{{"last month", "2025-11-01..2025-11-30"}}},
	{"last year", "Exports fell last year.", sat, []want{{"last year", "2024-01-01..2024-12-31"}}},
	{"last night", "Shelling resumed last night.", sat, []want{{"last night", "2025-12-05"}}},
	{"coming week", "Talks are scheduled for the coming week.", time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC), []want{{"coming week", "2025-12-01..2025-12-07"}}},
	{"past week", "Prices rose over the past week.", sat, []want{{"past week", "2025-11-29..2025-12-06"}}},
	{"the weekend past", "The ministers met over the weekend.", time.Date(2025, 12, 8, 0, 0, 0, 0, time.UTC), []want{{"the weekend", "2025-12-06..2025-12-07"}}},
	{"the weekend future", "The ministers will meet at the weekend.", time.Date(2025, 12, 8, 0, 0, 0, 0, time.UTC), []want{{"the weekend", "2025-12-13..2025-12-14"}}},
	{"the weekend on sunday", "Crowds gathered over the weekend.", time.Date(2025, 12, 7, 0, 0, 0, 0, time.UTC), []want{{"the weekend", "2025-12-06..2025-12-07"}}},
	{"coming days", "More talks are likely in the coming days.", sat, []want{{"coming days", "2025-12-06..2025-12-13"}}},
	{"past two weeks", "Prices doubled over the past two weeks.", sat, []want{{"past two weeks", "2025-11-22..2025-12-06"}}},
	{"next few months", "Cuts will come over the next few months.", sat, []want{{"next few months", "2025-12-06..2026-06-07"}}},
	{"this weekend", "Protests are planned this weekend.", sat, []want{{"this weekend", "2025-12-06..2025-12-07"}}},

	// Years alone.
	{"in year", "The region was annexed in 2022.", sat, []want{{"2022", "2022-01-01..2022-12-31"}}},
	{"since year", "Fighting has continued since 2014.", sat, []want{{"2014", "2014-01-01..2014-12-31"}}},
	{"between years", "Output fell between 2014 and 2022.", sat, []want{{"between 2014 and 2022", "2014-01-01..2022-12-31"}}},
	{"from to years", "He led the party from 2010 to 2015.", sat, []want{{"from 2010 to 2015", "2010-01-01..2015-12-31"}}},
	{"decade", "The pipeline was built in the 1970s.", sat, []want{{"1970s", "1970-01-01..1979-12-31"}}},
	{"year in brackets", "The treaty (2015) was never ratified.", sat, []want{{"2015", "2015-01-01..2015-12-31"}}},

	// Several in one sentence.
	{"several", "After talks on December 2 failed, the envoys said on Thursday they will return next week.", sat, []want{{"December 2", "2025-12-02"}, {"Thursday", "2025-12-04"}, {"next week", "2025-12-08..2025-12-14"}}},

	// Zero reference date.
	{"zero ref relative", "The delegation arrived last Tuesday.", time.Time{}, []want{{"last Tuesday", ""}}},
	{"zero ref partial", "They spoke on December 2.", time.Time{}, []want{{"December 2", ""}}},
	{"zero ref full", "They spoke on December 2, 2025.", time.Time{}, []want{{"December 2, 2025", "2025-12-02"}}},
	{"zero ref iso", "Filed 2025-12-02.", time.Time{}, []want{{"2025-12-02", "2025-12-02"}}},
	{"zero ref bracket", "They meet on Monday (December 8).", time.Time{}, []want{{"Monday (December 8)", ""}}},
	{"zero ref this week", "They met this week and in 2022.", time.Time{}, []want{{"this week", ""}, {"2022", "2022-01-01..2022-12-31"}}},

	// No false dates.
	{"may verb", "Russia may launch a new offensive, analysts warn.", sat, nil},
	{"May verb sentence start", "May I ask a question, the reporter said.", sat, nil},
	{"march noun", "Thousands joined a march through the capital.", sat, nil},
	{"March verb", "Protesters March on parliament.", sat, nil},
	{"sun wed inside words", "Sunflower fields near Wednesbury were sunny; the Sun reported it.", sat, nil},
	{"numbers", "Russia launched 653 drones and a 28-point plan was tabled.", sat, nil},
	{"big numbers", "About 2,000 troops and 1,500 tanks moved; 2025 people signed.", sat, nil},
	{"time", "The session began at 5:30 p.m. local time.", sat, nil},
	{"x dot com", "He posted on X.com that the talks went well.", sat, nil},
	{"first name", "April Ryan asked the first question.", sat, nil},
	{"percent", "Support fell to 12% from 31%.", sat, nil},
	{"score", "The vote passed 28-12 in the senate.", sat, nil},
	{"invalid day", "A memo dated February 30 and 2025-13-45 circulated.", sat, nil},
	{"decimal", "Output grew 2.5 percent to 2025.5 units in 1999.9 hours.", sat, nil},
	{"mar-a-lago", "Trump hosted the talks at Mar-a-Lago.", sat, nil},
	{"lowercase month words", "They may march in june, said the mayor of august standing.", sat, nil},
	{"two weekdays joined by and are one week", "The dispute moves to the summit on Thursday and Friday, where leaders will decide.", sat, []want{{"Thursday", "2025-12-11"}, {"Friday", "2025-12-12"}}},
	{"two weekdays joined by and, past", "Talks were held on Thursday and Friday.", sat, []want{{"Thursday", "2025-12-04"}, {"Friday", "2025-12-05"}}},
}

func TestFind(t *testing.T) {
	for _, c := range findCases {
		t.Run(c.name, func(t *testing.T) {
			got := Find(c.text, c.ref)
			if g, w := fmtGot(got), fmtWant(c.want); g != w {
				t.Errorf("Find(%q)\n got: %s\nwant: %s", c.text, g, w)
			}
			for _, m := range got {
				if m.Text != c.text[m.Start:m.End] {
					t.Errorf("offsets %d..%d do not give %q", m.Start, m.End, m.Text)
				}
			}
		})
	}
}

// TestFindConcurrent runs Find from several goroutines (run with -race).
func TestFindConcurrent(t *testing.T) {
	done := make(chan string)
	for g := 0; g < 4; g++ {
		go func() {
			var b strings.Builder
			for _, c := range findCases {
				b.WriteString(fmtGot(Find(c.text, c.ref)))
			}
			done <- b.String()
		}()
	}
	first := <-done
	for g := 1; g < 4; g++ {
		if got := <-done; got != first {
			t.Fatal("concurrent runs disagree")
		}
	}
}

// TestTimeOfDayIgnored checks that the reference's time of day and location
// do not leak into the results.
func TestTimeOfDayIgnored(t *testing.T) {
	tz := time.FixedZone("UTC+10", 10*3600)
	late := time.Date(2025, 12, 6, 23, 59, 0, 0, tz)
	got := Find("The talks ended yesterday.", late)
	if len(got) != 1 || !got[0].From.Equal(time.Date(2025, 12, 5, 0, 0, 0, 0, time.UTC)) || got[0].From.Location() != time.UTC {
		t.Fatalf("got %v", got)
	}
}
