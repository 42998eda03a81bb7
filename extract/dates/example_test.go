package dates_test

import (
	"fmt"
	"time"

	"github.com/newsgraph/newsgraph/extract/dates"
)

func ExampleFind() {
	ref := time.Date(2025, 12, 6, 0, 0, 0, 0, time.UTC) // a Saturday
	text := "The envoys, who met last Tuesday, will meet again on Monday (December 8) and talks could run December 8-9."
	for _, m := range dates.Find(text, ref) {
		fmt.Printf("%s: %s..%s %s\n", m.Text, m.From.Format("2006-01-02"), m.To.Format("2006-01-02"), m.Precision)
	}
	// Output:
	// last Tuesday: 2025-12-02..2025-12-02 day
	// Monday (December 8): 2025-12-08..2025-12-08 day
	// December 8-9: 2025-12-08..2025-12-09 days
}
