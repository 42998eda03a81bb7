package graph

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"sort"

	"github.com/cayleygraph/quad"
	_ "github.com/cayleygraph/quad/dot"     // export format "dot"
	_ "github.com/cayleygraph/quad/graphml" // export format "graphml"
	_ "github.com/cayleygraph/quad/json"    // export format "json"
	_ "github.com/cayleygraph/quad/jsonld"  // export format "jsonld"
	_ "github.com/cayleygraph/quad/nquads"  // export format "nquads"
)

// ExportFormats are the formats Export writes.
var ExportFormats = []string{"nquads", "jsonld", "json", "graphml", "dot"}

// Export writes every quad in the store to w in the named quad format
// (ExportFormats), sorted so that the same store always gives the same bytes.
func (s *Store) Export(ctx context.Context, w io.Writer, format string) error {
	f := quad.FormatByName(format)
	ok := false
	for _, name := range ExportFormats {
		ok = ok || name == format
	}
	if f == nil || f.Writer == nil || !ok {
		return fmt.Errorf("export: unknown format %q (known: %v)", format, ExportFormats)
	}
	if format == "nquads" {
		return s.exportNQuads(ctx, w, exportRunBytes)
	}
	var all []quad.Quad
	if err := s.Each(ctx, func(q quad.Quad) error {
		all = append(all, q)
		return nil
	}); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	keys := make([]string, len(all))
	for i, q := range all {
		keys[i] = q.NQuad()
	}
	sort.Sort(byKey{all, keys})
	qw := f.Writer(w)
	if _, err := qw.WriteQuads(all); err != nil {
		qw.Close()
		return fmt.Errorf("export %s: %w", format, err)
	}
	if err := qw.Close(); err != nil {
		return fmt.Errorf("export %s: %w", format, err)
	}
	return nil
}

// exportNQuads writes every quad as an N-Quads line, the lines sorted: the
// bytes the N-Quads writer gives for the quads sorted by their N-Quads, as
// the other formats are, without holding them all (lineSorter). The runs
// go to the system's temporary folder ($TMPDIR), about the export's size.
func (s *Store) exportNQuads(ctx context.Context, w io.Writer, runBytes int) error {
	ls := newLineSorter("", runBytes)
	defer ls.close()
	err := s.Each(ctx, func(q quad.Quad) error {
		if !q.IsValid() {
			return fmt.Errorf("%w: %s", quad.ErrInvalid, q.NQuad())
		}
		return ls.add(q.NQuad())
	})
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	err = ls.each(func(line string) error {
		bw.WriteString(line)
		return bw.WriteByte('\n')
	})
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return fmt.Errorf("export nquads: %w", err)
	}
	return ls.close()
}

type byKey struct {
	q []quad.Quad
	k []string
}

func (b byKey) Len() int           { return len(b.q) }
func (b byKey) Less(i, j int) bool { return b.k[i] < b.k[j] }
func (b byKey) Swap(i, j int) {
	b.q[i], b.q[j] = b.q[j], b.q[i]
	b.k[i], b.k[j] = b.k[j], b.k[i]
}
