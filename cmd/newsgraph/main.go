// Command newsgraph builds a knowledge graph from news articles and answers
// who met whom, where and when; who holds which role; and who said what,
// each answer with the articles it rests on.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"

	"github.com/newsgraph/newsgraph/graph"
)

const usage = `newsgraph builds a knowledge graph from news articles.

Usage:
  newsgraph ingest [--db PATH] FILE|DIR|- ...   read articles (.txt .html .jsonl) into the store
  newsgraph met [--person NAME] [--place NAME] [--from DATE] [--to DATE] [--json]
  newsgraph roles [--person NAME] [--org NAME] [--json]
  newsgraph claims [--source NAME] [--about NAME] [--json]
  newsgraph entity [--json] NAME                 one person, organisation or place: names, why, roles, sources
  newsgraph facts --json                        roles, meetings and claims as one JSON object
  newsgraph query [--lang gizmo|graphql|mql] [--limit N] QUERY|-
  newsgraph export [--format nquads|jsonld|json|graphml|dot] [-o FILE]
  newsgraph serve [--addr 127.0.0.1:8080] [--timeout 10s] [--limit 1000]   HTTP API and web page, read-only
  newsgraph version

Every command takes --db PATH: the store's folder, or a PostgreSQL database as
postgres://USER@HOST:PORT/DBNAME?sslmode=disable. It defaults to $NEWSGRAPH_DB,
else %s.
`

func main() {
	graph.QuietBackend()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if !errors.Is(err, errReported) {
			fmt.Fprintln(os.Stderr, "newsgraph:", err)
		}
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// errReported means the command already told the user what went wrong.
var errReported = errors.New("reported")

// defaultDB is where the store lives unless --db or $NEWSGRAPH_DB says otherwise.
func defaultDB() string {
	if p := os.Getenv("NEWSGRAPH_DB"); p != "" {
		return p
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "newsgraph", "db")
	}
	if h, err := os.UserHomeDir(); err == nil {
		return filepath.Join(h, ".local", "share", "newsgraph", "db")
	}
	return "newsgraph.db"
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) (err error) {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprintf(stdout, usage, defaultDB())
		return nil
	}
	cmd, rest := args[0], args[1:]
	env := &cli{ctx: ctx, stdin: stdin, stdout: stdout, stderr: stderr}
	// A damaged store file makes bolt panic (or fault) wherever a query
	// meets the damage: that is an error naming the file, not a crash.
	defer func() {
		if r := recover(); r != nil {
			if err = graph.DamagePanic(env.db, r); err == nil {
				panic(r)
			}
		}
	}()
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	switch cmd {
	case "ingest":
		return env.ingest(rest)
	case "met":
		return env.met(rest)
	case "roles":
		return env.roles(rest)
	case "claims":
		return env.claims(rest)
	case "entity":
		return env.entity(rest)
	case "facts":
		return env.facts(rest)
	case "query":
		return env.query(rest)
	case "export":
		return env.export(rest)
	case "serve":
		return env.serve(rest)
	case "version":
		fmt.Fprintln(stdout, "newsgraph", version())
		return nil
	}
	fmt.Fprintf(stderr, usage, defaultDB())
	return fmt.Errorf("unknown command %q", cmd)
}

type cli struct {
	ctx    context.Context
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	db     string // the store the command opened
}

// flags makes a command's flag set with the --db flag every command has.
func (c *cli) flags(name string) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	db := fs.String("db", defaultDB(), "store folder or postgres:// URL (or set $NEWSGRAPH_DB)")
	return fs, db
}

// parse parses flags that may come before, between or after the arguments.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}
