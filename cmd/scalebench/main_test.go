package main

import (
	"context"
	"strings"
	"testing"
)

func TestRunRefusesBadSizes(t *testing.T) {
	for _, c := range []struct{ sizes, want string }{
		{"1k", `"1k" is not a number`},
		{"1000,", `"" is not a number`},
		{"0", "at least one article"},
	} {
		t.Run(c.sizes, func(t *testing.T) {
			err := run(context.Background(), c.sizes, nil, "", "../..", t.TempDir(), 3, 0, false, 0)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("-sizes %s: err = %v, want one saying %q", c.sizes, err, c.want)
			}
		})
	}
}
