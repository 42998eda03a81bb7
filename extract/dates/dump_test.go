package dates

import "testing"

func TestDumpCorpus(t *testing.T) {
	lines, _ := readCorpus(t)
	for _, l := range lines {
		t.Logf("%s\n    => %s", l, fmtGot(Find(l, sat)))
	}
}
