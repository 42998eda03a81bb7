package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	for _, c := range []struct {
		name    string
		out     string
		n       int
		files   int
		wantErr string
	}{
		{"writes", "c", 40, 40, ""},
		{"no folder", "", 40, 0, "-o DIR"},
		{"negative", "c", -1, 0, "cannot be negative"},
		{"no testdata", "c", 40, 0, "no .txt articles"},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := c.out
			if out != "" {
				out = filepath.Join(t.TempDir(), out)
			}
			testdata := "../../testdata"
			if c.name == "no testdata" {
				testdata = t.TempDir()
			}
			err := run(testdata, out, c.n)
			if c.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), c.wantErr) {
					t.Fatalf("err = %v, want one saying %q", err, c.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			names, err := os.ReadDir(out)
			if err != nil {
				t.Fatal(err)
			}
			if len(names) != c.files {
				t.Fatalf("%d files, want %d", len(names), c.files)
			}
		})
	}
}
