package scalebench

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

// Markdown writes the result as markdown tables, ready to paste into the
// README: ingest, query latencies, and Oxigraph where it was asked for.
func (r *Result) Markdown(w io.Writer) error {
	if err := r.MarkdownStores(w); err != nil {
		return err
	}
	return r.MarkdownOxigraph(w)
}

// MarkdownStores writes the ingest and query tables.
func (r *Result) MarkdownStores(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s; %s.\n\n", r.Build, r.Machine)
	b.WriteString("| store | articles | input | wall time | articles/s | MB/s | quads | quads/s | peak RSS | store size | per article |\n")
	b.WriteString("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	for _, p := range r.Points {
		secs := p.Wall.Seconds()
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %.1f | %.3f | %s | %s | %s | %s | %s |\n",
			p.Store, thousands(int64(p.Articles)), bytesOrDash(p.InputBytes), seconds(p.Wall),
			float64(p.Articles)/secs, float64(p.InputBytes)/1e6/secs,
			thousands(p.Quads), thousands(int64(float64(p.Quads)/secs)),
			bytesOrDash(p.PeakRSS), bytesOrDash(p.StoreBytes), perArticle(p.StoreBytes, p.Articles))
	}
	b.WriteString("\nQueries about the person with the most attendances (read from the store), each the median of its runs (the runs column: CLI, in process): " +
		"through the command line (`newsgraph met --person`, `entity`, `query` with the 2-hop Gizmo query; process start and store open included) " +
		"and in process (package queries on a store opened once).\n\n")
	b.WriteString("| store | articles | person | met, CLI | entity, CLI | 2-hop, CLI | met, in process | entity, in process | 2-hop, in process | 2-hop answers | runs |\n")
	b.WriteString("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	for _, p := range r.Points {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %d | %d, %d |\n",
			p.Store, thousands(int64(p.Articles)), p.Person,
			millis(p.CLI.Met), millis(p.CLI.Entity), millis(p.CLI.TwoHop),
			millis(p.InProcess.Met), millis(p.InProcess.Entity), millis(p.InProcess.TwoHop), p.Answers,
			p.CLI.Runs, p.InProcess.Runs)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// MarkdownOxigraph writes the comparison with Oxigraph, or why there is
// none; nothing when it was not asked for.
func (r *Result) MarkdownOxigraph(w io.Writer) error {
	var b strings.Builder
	if o := r.Ox; o != nil {
		n := o.Newsgraph
		ngLoad := float64(n.Quads) / n.Wall.Seconds()
		fmt.Fprintf(&b, "\nOxigraph %s (npm, WebAssembly, in memory: the package has no disk store) loading newsgraph's N-Quads export "+
			"of the %s-article store (%s quads, %s). newsgraph's load rate is its whole ingest "+
			"(reading, extraction, resolution, writing), and, beside it, the store's own: the export's quads written into a fresh store in process, "+
			"in batches of %s; Oxigraph's is parsing and indexing the export. "+
			"Both 2-hop figures are in process.\n\n",
			o.Version, thousands(int64(o.Articles)), thousands(o.Quads), bytesOrDash(o.Bytes), thousands(graph.BatchQuads))
		b.WriteString("| | newsgraph (embedded) | Oxigraph | newsgraph / Oxigraph |\n")
		b.WriteString("| --- | ---: | ---: | ---: |\n")
		fmt.Fprintf(&b, "| load, quads/s: newsgraph's ingest | %s | %s | %.3f |\n", thousands(int64(ngLoad)), thousands(int64(o.LoadPerSec)), ngLoad/o.LoadPerSec)
		if o.ReloadTime > 0 {
			reload := float64(o.Reloaded) / o.ReloadTime.Seconds()
			fmt.Fprintf(&b, "| load, quads/s: the export into a fresh embedded store | %s | %s | %.3f |\n", thousands(int64(reload)), thousands(int64(o.LoadPerSec)), reload/o.LoadPerSec)
		}
		fmt.Fprintf(&b, "| 2-hop, median | %s | %s | %.2f |\n", millis(n.InProcess.TwoHop), millis(o.TwoHop),
			float64(n.InProcess.TwoHop)/float64(o.TwoHop))
		fmt.Fprintf(&b, "| 2-hop answers | %d | %d | |\n", n.Answers, o.Answers)
		fmt.Fprintf(&b, "| 2-hop runs | %d | %d | |\n", n.InProcess.Runs, o.Runs)
	} else if r.OxError != "" {
		fmt.Fprintf(&b, "\nOxigraph not measured: %s.\n", r.OxError)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// thousands writes n with commas between groups of three digits.
func thousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// bytesOrDash writes a size in kB, MB or GB (powers of ten), or "–" when
// it is not known (negative).
func bytesOrDash(n int64) string {
	switch {
	case n < 0:
		return "–"
	case n >= 1e9:
		return fmt.Sprintf("%.2f GB", float64(n)/1e9)
	case n >= 1e6:
		return fmt.Sprintf("%.1f MB", float64(n)/1e6)
	case n >= 1e3:
		return fmt.Sprintf("%.1f kB", float64(n)/1e3)
	}
	return fmt.Sprintf("%d B", n)
}

func perArticle(size int64, articles int) string {
	if size < 0 || articles == 0 {
		return "–"
	}
	return bytesOrDash(size / int64(articles))
}

func seconds(d time.Duration) string {
	if d >= 10*time.Minute {
		return fmt.Sprintf("%.1f min", d.Minutes())
	}
	return fmt.Sprintf("%.1f s", d.Seconds())
}

// millis writes a latency in milliseconds, with more digits below one.
func millis(d time.Duration) string {
	ms := float64(d) / float64(time.Millisecond)
	if ms < 1 {
		return fmt.Sprintf("%.3f ms", ms)
	}
	if ms < 100 {
		return fmt.Sprintf("%.1f ms", ms)
	}
	return fmt.Sprintf("%.0f ms", ms)
}
