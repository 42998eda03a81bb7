package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/queries"
)

func version() string {
	v := graph.Version
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		v += " (" + bi.Main.Version + ")"
	}
	return v
}

// defaultMemoryMB is ingest's soft heap limit. The Go collector lets the
// heap grow to twice what is live; past the limit it runs more often
// instead, so a store whose live heap outgrows the limit ingests slower, it
// does not fail. At 1,024 MiB (and GOGC 100), 100,000 generated articles
// held the process's own memory at 1.02 GB at most (1.39 GB at 1,536) for
// 641 collections instead of 520, CPU within the machine's noise (9.0 and
// 10.3 ms an article in two runs, 9.4 at 1,536); the live heap stayed
// under 600 MB. Set below what is live, a limit costs dearly: 768 MiB
// once made 60,000 to 70,000 articles take 17.6 ms of CPU an article, not
// 12.7.
const defaultMemoryMB = 1024

// gcPercentUnderLimit is ingest's GOGC when --memory sets a limit (and
// GOGC is not set): the heap may grow to three times what is live, not
// twice, as the limit bounds it anyway. 20,000 generated articles into a
// fresh store at 1,024 MiB, two runs each: 5.72 and 5.40 ms of CPU an
// article at 100, 5.26 and 4.86 at 200, the process's own memory at most
// 0.78 and 0.97 GB.
const gcPercentUnderLimit = 200

func (c *cli) ingest(args []string) error {
	fs, db := c.flags("ingest")
	workers := fs.Int("workers", 0, "articles extracted at once (0: one per CPU)")
	batch := fs.Int("batch", graph.BatchQuads, "quads written in one transaction (whole articles only)")
	nosync := fs.Bool("nosync", false, "skip fsync after each batch: faster bulk loads, less safe on power loss")
	quiet := fs.Bool("q", false, "no progress bar")
	memory := fs.Int("memory", defaultMemoryMB, "MiB the Go heap aims to stay under, a soft limit (GOMEMLIMIT overrides it; 0: none)")
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	if *memory < 0 {
		return fmt.Errorf("ingest: --memory %d: want MiB, 0 or more", *memory)
	}
	if *memory > 0 && os.Getenv("GOMEMLIMIT") == "" {
		// The collector then works harder as the heap nears the limit,
		// and, the limit bounding it, need not run each time the heap
		// doubles (gcPercentUnderLimit).
		debug.SetMemoryLimit(int64(*memory) << 20)
		if os.Getenv("GOGC") == "" {
			debug.SetGCPercent(gcPercentUnderLimit)
		}
	}
	if len(paths) == 0 {
		return errors.New("ingest: name at least one file, folder, or - for standard input")
	}
	x, err := extract.New()
	if err != nil {
		return err
	}
	c.db = *db
	s, err := graph.Open(c.ctx, *db, graph.Options{NoSync: *nosync, Waiting: func() {
		fmt.Fprintf(c.stderr, "newsgraph: another ingest is writing %s: waiting for it to finish\n", graph.RedactDB(*db))
	}})
	if err != nil {
		return err
	}
	opt := ingest.Options{
		Workers:    *workers,
		BatchQuads: *batch,
		Problem:    func(err error) { fmt.Fprintln(c.stderr, "newsgraph:", err) },
	}
	var bar *progressbar.ProgressBar
	if f, ok := c.stderr.(*os.File); ok && !*quiet && term.IsTerminal(int(f.Fd())) {
		opt.Progress = func(done, total int) {
			if bar == nil {
				bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(c.stderr),
					progressbar.OptionSetDescription("ingest"), progressbar.OptionShowCount(),
					progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())
			}
			bar.Set(done)
		}
	}
	sum, runErr := ingest.Run(c.ctx, s, x, paths, opt)
	if bar != nil {
		bar.Finish()
	}
	if err := s.Close(); err != nil && runErr == nil {
		runErr = err
	}
	if runErr != nil && !errors.Is(runErr, ingest.ErrSomeFailed) {
		return runErr
	}
	fmt.Fprintf(c.stdout, "ingested %d articles from %d files (%d unchanged, %d replaced, %d failed): %d facts, %d quads written, %d in store, %s -> %s\n",
		sum.Articles, sum.Files, sum.Unchanged, sum.Replaced, sum.Failed, sum.Facts, sum.Stats.Quads, sum.Quads,
		sum.Duration.Round(time.Millisecond), graph.RedactDB(*db))
	if d := sum.Stats.SnapshotDamaged; d != "" {
		// Derived data only, but bolt keeps no checksums: the store's
		// own pages may be damaged too.
		fmt.Fprintf(c.stderr, "newsgraph: %s: %s: read all the store's quads instead (check the store's disk)\n", graph.RedactDB(*db), d)
	}
	if runErr != nil {
		fmt.Fprintln(c.stderr, "newsgraph:", runErr)
		return errReported
	}
	return nil
}

// open opens the store for reading only, shared with other readers (a
// running serve among them); an ingest in progress refuses it.
func (c *cli) open(db string) (*graph.Store, error) {
	c.db = db
	return graph.OpenReadOnly(c.ctx, db)
}

func (c *cli) writeJSON(v any) error {
	enc := json.NewEncoder(c.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func (c *cli) met(args []string) error {
	fs, db := c.flags("met")
	var flt queries.Filter
	fs.StringVar(&flt.Person, "person", "", "only meetings this person took part in")
	fs.StringVar(&flt.Place, "place", "", "only meetings in this place (or a place inside it)")
	fs.StringVar(&flt.From, "from", "", "only meetings on or after this day (YYYY-MM-DD)")
	fs.StringVar(&flt.To, "to", "", "only meetings on or before this day (YYYY-MM-DD)")
	asJSON := fs.Bool("json", false, "print JSON")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	for _, d := range []string{flt.From, flt.To} {
		if _, err := time.Parse("2006-01-02", d); d != "" && err != nil {
			return fmt.Errorf("met: %q is not a day (YYYY-MM-DD)", d)
		}
	}
	s, err := c.open(*db)
	if err != nil {
		return err
	}
	defer s.Close()
	ms, err := queries.Met(c.ctx, s, flt)
	if err != nil {
		return err
	}
	if *asJSON {
		if ms == nil {
			ms = []queries.Meeting{}
		}
		return c.writeJSON(ms)
	}
	if len(ms) == 0 {
		fmt.Fprintln(c.stdout, "no meetings found")
		return nil
	}
	tw := tabwriter.NewWriter(c.stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "WHO\tWHERE\tWHEN\tKIND\tSTATUS\tSOURCES")
	for _, m := range ms {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", strings.Join(m.Participants, ", "), orDash(m.PlacePath),
			orDash(deref(m.Date)), m.Kind, m.Status, strings.Join(m.Sources, ", "))
	}
	return tw.Flush()
}

func (c *cli) roles(args []string) error {
	fs, db := c.flags("roles")
	var flt queries.Filter
	fs.StringVar(&flt.Person, "person", "", "only this person's roles")
	fs.StringVar(&flt.Org, "org", "", "only roles in this organisation")
	asJSON := fs.Bool("json", false, "print JSON")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	s, err := c.open(*db)
	if err != nil {
		return err
	}
	defer s.Close()
	rs, err := queries.Roles(c.ctx, s, flt)
	if err != nil {
		return err
	}
	if *asJSON {
		if rs == nil {
			rs = []queries.Role{}
		}
		return c.writeJSON(rs)
	}
	if len(rs) == 0 {
		fmt.Fprintln(c.stdout, "no roles found")
		return nil
	}
	tw := tabwriter.NewWriter(c.stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "PERSON\tROLE\tORGANISATION\tSOURCES")
	for _, r := range rs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.Person, r.Role, orDash(deref(r.Org)), strings.Join(r.Sources, ", "))
	}
	return tw.Flush()
}

// claimHow says when and how a claim was made: "2025-03-15, quoted, via X".
func claimHow(cl queries.Claim) string {
	how := orDash(deref(cl.Date)) + ", reported"
	if cl.Quoted {
		how = orDash(deref(cl.Date)) + ", quoted"
	}
	if cl.Medium != "" {
		how += ", via " + cl.Medium
	}
	return how
}

// claimText puts a direct quote in quotation marks.
func claimText(cl queries.Claim) string {
	if cl.Quoted {
		return "“" + cl.Text + "”"
	}
	return cl.Text
}

func (c *cli) claims(args []string) error {
	fs, db := c.flags("claims")
	var flt queries.Filter
	fs.StringVar(&flt.Person, "source", "", "only what this person or organisation said")
	fs.StringVar(&flt.About, "about", "", "only claims about this person, organisation or place")
	asJSON := fs.Bool("json", false, "print JSON")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	s, err := c.open(*db)
	if err != nil {
		return err
	}
	defer s.Close()
	cs, err := queries.Claims(c.ctx, s, flt)
	if err != nil {
		return err
	}
	if *asJSON {
		if cs == nil {
			cs = []queries.Claim{}
		}
		return c.writeJSON(cs)
	}
	if len(cs) == 0 {
		fmt.Fprintln(c.stdout, "no claims found")
		return nil
	}
	for _, cl := range cs {
		fmt.Fprintf(c.stdout, "%s (%s): %s\n    sources: %s\n", cl.Source, claimHow(cl), claimText(cl), strings.Join(cl.Sources, ", "))
	}
	return nil
}

func (c *cli) entity(args []string) error {
	fs, db := c.flags("entity")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	name := strings.TrimSpace(strings.Join(pos, " "))
	if name == "" {
		return errors.New("entity: give a name (a person, organisation or place)")
	}
	s, err := c.open(*db)
	if err != nil {
		return err
	}
	defer s.Close()
	es, err := queries.Entities(c.ctx, s, name)
	if err != nil {
		return err
	}
	var none error
	if len(es) == 0 {
		es = []queries.Entity{}
		none = fmt.Errorf("entity: nothing in the store is named %q", name)
	}
	if *asJSON {
		if err := c.writeJSON(es); err != nil {
			return err
		}
		return none
	}
	if none != nil {
		return none
	}
	if len(es) > 1 {
		fmt.Fprintf(c.stdout, "%d entities are named %q:\n", len(es), name)
		for _, e := range es {
			fmt.Fprintf(c.stdout, "  %s (%s) <%s>\n", e.Name, e.Kind, e.IRI)
		}
	}
	for i, e := range es {
		if i > 0 || len(es) > 1 {
			fmt.Fprintln(c.stdout)
		}
		c.printEntity(e)
	}
	return nil
}

// printEntity writes one entity for a reader: names, why they are one
// entity, roles, meetings, claims and places, each with its sources.
func (c *cli) printEntity(e queries.Entity) {
	w := c.stdout
	fmt.Fprintf(w, "%s (%s)\n  <%s>\n", e.Name, e.Kind, e.IRI)
	if e.Within != "" {
		fmt.Fprintf(w, "  in: %s\n", e.Within)
	}
	fmt.Fprintf(w, "names (%d):\n", len(e.Forms))
	for _, f := range e.Forms {
		fmt.Fprintf(w, "  %s  [%s]\n", f.Name, strings.Join(f.Sources, ", "))
	}
	if len(e.Merged) > 0 {
		fmt.Fprintln(w, "why these names are one "+e.Kind+":")
		for _, m := range e.Merged {
			fmt.Fprintf(w, "  %s  [%s]\n", m.Reason, strings.Join(m.Sources, ", "))
		}
	}
	if len(e.Roles) > 0 {
		fmt.Fprintf(w, "roles (%d):\n", len(e.Roles))
		for _, r := range e.Roles {
			who := ""
			if e.Kind != "person" {
				who = r.Person + ": "
			}
			fmt.Fprintf(w, "  %s%s, %s  [%s]\n", who, r.Role, orDash(deref(r.Org)), strings.Join(r.Sources, ", "))
		}
	}
	if len(e.Meetings) > 0 {
		fmt.Fprintf(w, "meetings and calls (%d):\n", len(e.Meetings))
		for _, m := range e.Meetings {
			fmt.Fprintf(w, "  %s  %s %s: %s at %s  [%s]\n", orDash(deref(m.Date)), m.Status, m.Kind,
				strings.Join(m.Participants, ", "), orDash(deref(m.Place)), strings.Join(m.Sources, ", "))
		}
	}
	if len(e.Claims) > 0 {
		fmt.Fprintf(w, "claims (%d):\n", len(e.Claims))
		for _, cl := range e.Claims {
			fmt.Fprintf(w, "  %s  %s  [%s]\n", orDash(deref(cl.Date)), shorten(cl.Text, 100), strings.Join(cl.Sources, ", "))
		}
	}
	if len(e.Contains) > 0 {
		fmt.Fprintf(w, "places in it (%d): %s\n", len(e.Contains), strings.Join(e.Contains, ", "))
	}
}

// shorten cuts s to at most n runes, at a word boundary where it can.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndex(cut, " "); i > n/2 {
		cut = cut[:i]
	}
	return cut + "…"
}

func (c *cli) facts(args []string) error {
	fs, db := c.flags("facts")
	asJSON := fs.Bool("json", false, "print JSON (the format of eval/FORMAT.md)")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	s, err := c.open(*db)
	if err != nil {
		return err
	}
	defer s.Close()
	f, err := queries.AllFacts(c.ctx, s)
	if err != nil {
		return err
	}
	if f.Roles == nil {
		f.Roles = []queries.Role{}
	}
	if f.Meetings == nil {
		f.Meetings = []queries.Meeting{}
	}
	if f.Claims == nil {
		f.Claims = []queries.Claim{}
	}
	if *asJSON {
		return c.writeJSON(f)
	}
	fmt.Fprintf(c.stdout, "%d roles, %d meetings, %d claims (use --json for all of them)\n", len(f.Roles), len(f.Meetings), len(f.Claims))
	return nil
}

func (c *cli) query(args []string) error {
	fs, db := c.flags("query")
	lang := fs.String("lang", "gizmo", "query language: "+strings.Join(queries.Languages, ", "))
	limit := fs.Int("limit", 1000, "most results to print (0: all)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return errors.New("query: give one query, or - to read it from standard input")
	}
	text := pos[0]
	if text == "-" {
		b, err := io.ReadAll(c.stdin)
		if err != nil {
			return fmt.Errorf("query: read standard input: %w", err)
		}
		text = string(b)
	}
	s, err := c.open(*db)
	if err != nil {
		return err
	}
	defer s.Close()
	res, err := queries.Run(c.ctx, s, *lang, text, *limit)
	if err != nil {
		return err
	}
	return c.writeJSON(res)
}

func (c *cli) export(args []string) error {
	fs, db := c.flags("export")
	format := fs.String("format", "nquads", "output format: "+strings.Join(graph.ExportFormats, ", "))
	outPath := fs.String("o", "", "write to this file instead of standard output")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	s, err := c.open(*db)
	if err != nil {
		return err
	}
	defer s.Close()
	if *outPath == "" {
		return s.Export(c.ctx, c.stdout, *format)
	}
	// Write beside the target and rename, so a failed export never leaves a
	// half-written file where a good one was.
	tmp, err := os.CreateTemp(filepath.Dir(*outPath), ".newsgraph-export-*")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := s.Export(c.ctx, tmp, *format); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("export %s: %w", *outPath, err)
	}
	if err := os.Rename(tmp.Name(), *outPath); err != nil {
		return fmt.Errorf("export %s: %w", *outPath, err)
	}
	return nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
