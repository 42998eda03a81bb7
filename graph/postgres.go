package graph

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/cayley/graph/sql/postgres"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"github.com/lib/pq"
)

// pgBackend is Cayley's SQL backend with PostgreSQL's dialect and tables,
// registered under a name of its own because it writes a batch with a few
// multi-row statements instead of one statement a node and one a quad
// (Cayley's postgres RunTx): BenchmarkLoadPostgres.
const pgBackend = "newsgraph-postgres"

// pgIngestLock is the key of the PostgreSQL advisory lock an ingest holds
// for as long as it has the store open: resolution reads what the store
// holds, so two ingests resolving at once could each make the same new
// person. Advisory locks are per database, so this one is per store.
const pgIngestLock int64 = 0x6e6577736772 // "newsgr"

// pgMetaTable holds the store's format, as newsgraph.json does in a folder.
const pgMetaTable = "newsgraph_meta"

func init() {
	csql.Register(pgBackend, csql.Registration{
		Driver:             "postgres",
		HashType:           `BYTEA`,
		BytesType:          `BYTEA`,
		HorizonType:        `BIGSERIAL`,
		TimeType:           `timestamp with time zone`,
		QueryDialect:       postgres.QueryDialect,
		ConditionalIndexes: true,
		FillFactor:         true,
		// Foreign keys from quads to nodes checked every quad four times,
		// two thirds of the time a batch took; pgRunTx writes a batch's
		// nodes before its quads in the same transaction.
		NoForeignKeys: true,
		Error:         postgres.ConvError,
		Estimated: func(table string) string {
			return "SELECT reltuples::BIGINT AS estimate FROM pg_class WHERE relname='" + table + "';"
		},
		RunTx: pgRunTx,
	})
}

// IsPostgres reports whether db names a PostgreSQL database (a postgres://
// or postgresql:// URL) rather than a store folder.
func IsPostgres(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

// RedactDB is db fit to print: a PostgreSQL URL without its password.
func RedactDB(db string) string {
	if !IsPostgres(db) {
		return db
	}
	u, err := url.Parse(db)
	if err != nil {
		return "postgres://(unparsable URL)"
	}
	return u.Redacted()
}

// withParams adds run-time parameters to a PostgreSQL URL; lib/pq passes
// parameters it does not know itself to the server for the session.
func withParams(dsn string, kv ...string) (string, error) {
	u, err := url.Parse(dsn)
	if err != nil {
		return "", err
	}
	q := u.Query()
	for i := 0; i+1 < len(kv); i += 2 {
		q.Set(kv[i], kv[i+1])
	}
	u.RawQuery = q.Encode()
	return u.String(), nil
}

// pgLock is the advisory lock of an ingest, held on a connection of its
// own; closing it releases the lock (as does the server when the
// connection dies with its process).
type pgLock struct {
	db   *sql.DB
	conn *sql.Conn
}

func (l *pgLock) Close() error {
	_, err := l.conn.ExecContext(context.Background(), "SELECT pg_advisory_unlock($1)", pgIngestLock)
	if cerr := l.conn.Close(); err == nil {
		err = cerr
	}
	if cerr := l.db.Close(); err == nil {
		err = cerr
	}
	return err
}

// openPostgres opens the store in the PostgreSQL database at dsn. A writer
// waits for the ingest lock (until ctx ends), then makes the store unless
// it is there; a reader takes no lock and opens its sessions read-only.
func openPostgres(ctx context.Context, dsn string, opt Options) (_ *Store, err error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	name := RedactDB(dsn)
	backend := pgBackend
	if opt.sqlBackend != "" {
		backend = opt.sqlBackend
	}
	if opt.ReadOnly {
		dsn, err = withParams(dsn, "default_transaction_read_only", "on")
	} else if opt.NoSync {
		// The counterpart of bolt's nosync: a crash of the server may lose
		// the last commits, never corrupt the database.
		dsn, err = withParams(dsn, "synchronous_commit", "off")
	}
	if err != nil {
		return nil, fmt.Errorf("open store %s: bad URL: %w", name, err)
	}
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", name, err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: connect: %w", name, err)
	}
	var lock *pgLock
	ok := false
	defer func() {
		if ok {
			return
		}
		if lock != nil {
			lock.Close()
		} else {
			db.Close()
		}
	}()
	if !opt.ReadOnly {
		conn, err := db.Conn(ctx)
		if err != nil {
			return nil, fmt.Errorf("open store %s: %w", name, err)
		}
		lock = &pgLock{db: db, conn: conn}
		var got bool
		if err := conn.QueryRowContext(ctx, "SELECT pg_try_advisory_lock($1)", pgIngestLock).Scan(&got); err != nil {
			return nil, fmt.Errorf("open store %s: take the ingest lock: %w", name, err)
		}
		if !got {
			if opt.Waiting != nil {
				opt.Waiting()
			}
			if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", pgIngestLock); err != nil {
				return nil, fmt.Errorf("open store %s: wait for the ingest lock: %w", name, err)
			}
		}
	}
	hasMeta, made, err := checkPostgres(ctx, db, name)
	if err != nil {
		return nil, err
	}
	if !made && opt.ReadOnly {
		return nil, fmt.Errorf("open store %s: %w", name, ErrNoStore)
	}
	if !made {
		if err := createPostgres(ctx, db, dsn, hasMeta); err != nil {
			return nil, fmt.Errorf("create store %s: %w", name, err)
		}
	}
	qs, err := cgraph.NewQuadStore(backend, dsn, nil)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", name, err)
	}
	var s *Store
	if opt.ReadOnly {
		s = &Store{path: name, qs: qs, qw: refuseWrites{}, db: db}
	} else {
		s, err = newStore(name, qs, nil)
		if err != nil {
			qs.Close()
			return nil, err
		}
		s.lock, s.db = lock, db
	}
	ok = true
	return s, nil
}

// checkPostgres says whether the database holds newsgraph's format table
// and Cayley's tables, refusing a database that holds another format or a
// Cayley store newsgraph did not make.
func checkPostgres(ctx context.Context, db *sql.DB, name string) (hasMeta, made bool, err error) {
	var meta, quads sql.NullString
	if err := db.QueryRowContext(ctx, "SELECT to_regclass($1)::text, to_regclass('quads')::text", pgMetaTable).Scan(&meta, &quads); err != nil {
		return false, false, fmt.Errorf("open store %s: %w", name, err)
	}
	if !meta.Valid {
		if quads.Valid {
			return false, false, fmt.Errorf("open store %s: %w: it has Cayley's tables but no %s table", name, ErrNotStore, pgMetaTable)
		}
		return false, false, nil
	}
	var format int
	var by string
	err = db.QueryRowContext(ctx, "SELECT format, created_by FROM "+pgMetaTable).Scan(&format, &by)
	if errors.Is(err, sql.ErrNoRows) {
		return false, false, fmt.Errorf("open store %s: %w: its %s table is empty", name, ErrNotStore, pgMetaTable)
	}
	if err != nil {
		return false, false, fmt.Errorf("open store %s: read %s: %w", name, pgMetaTable, err)
	}
	if format != FormatVersion {
		return false, false, fmt.Errorf("open store %s: %w: it has format %d (%s), this newsgraph reads format %d; ingest into a new database",
			name, ErrOldVersion, format, by, FormatVersion)
	}
	return true, quads.Valid, nil
}

// createPostgres makes the store in two steps, as create does in a folder:
// the format table first, then Cayley's tables in one transaction. A store
// whose making was stopped between them is made again by the next ingest.
func createPostgres(ctx context.Context, db *sql.DB, dsn string, hasMeta bool) error {
	if !hasMeta {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer tx.Rollback()
		if _, err := tx.ExecContext(ctx, "CREATE TABLE "+pgMetaTable+" (format INT NOT NULL, created_by TEXT NOT NULL)"); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO "+pgMetaTable+" VALUES ($1, $2)", FormatVersion, "newsgraph "+Version); err != nil {
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return cgraph.InitQuadStore(pgBackend, dsn, nil)
}

// nodeColumns are the columns of Cayley's nodes table after refs and hash,
// in the order pgRunTx writes and pgQuads reads them.
var nodeColumns = []string{"value", "value_string", "datatype", "language", "iri", "bnode",
	"value_int", "value_bool", "value_float", "value_time"}

// Rows a statement of pgRunTx carries: PostgreSQL takes at most 65535
// parameters a statement.
const (
	pgNodeRows = 4000 // 12 parameters a row
	pgQuadRows = 8000 // 5 parameters a row
)

// pgRunTx writes a transaction's new nodes and quads with multi-row
// INSERTs, the same rows Cayley's postgres RunTx writes one at a time.
func pgRunTx(tx *sql.Tx, nodes []graphlog.NodeUpdate, quads []graphlog.QuadUpdate, opts cgraph.IgnoreOpts) error {
	col := make(map[string]int, len(nodeColumns))
	for i, c := range nodeColumns {
		col[c] = i
	}
	const nodeCols = 12
	args := make([]any, 0, pgNodeRows*nodeCols)
	var stmt strings.Builder
	// flush writes the rows in args, width parameters and then extra each.
	flush := func(prefix, suffix string, width int, extra string) error {
		if len(args) == 0 {
			return nil
		}
		stmt.Reset()
		stmt.WriteString(prefix)
		for r := 0; r < len(args)/width; r++ {
			if r > 0 {
				stmt.WriteByte(',')
			}
			stmt.WriteByte('(')
			for c := 0; c < width; c++ {
				if c > 0 {
					stmt.WriteByte(',')
				}
				stmt.WriteByte('$')
				stmt.WriteString(strconv.Itoa(r*width + c + 1))
			}
			stmt.WriteString(extra)
			stmt.WriteByte(')')
		}
		stmt.WriteString(suffix)
		_, err := tx.Exec(stmt.String(), args...)
		args = args[:0]
		return err
	}
	nodeInsert := "INSERT INTO nodes(refs, hash, " + strings.Join(nodeColumns, ", ") + ") VALUES "
	nodeConflict := " ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs"
	for i, n := range nodes {
		if n.RefInc < 0 {
			return fmt.Errorf("write nodes: a negative reference count among additions")
		}
		vt, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: n.Hash}, n.Val)
		if err != nil {
			return err
		}
		row := make([]any, nodeCols)
		row[0], row[1] = n.RefInc, vals[0]
		for j, c := range vt.Columns() {
			row[2+col[c]] = vals[1+j]
		}
		args = append(args, row...)
		if (i+1)%pgNodeRows == 0 {
			if err := flush(nodeInsert, nodeConflict, nodeCols, ""); err != nil {
				return fmt.Errorf("write nodes: %w", err)
			}
		}
	}
	if err := flush(nodeInsert, nodeConflict, nodeCols, ""); err != nil {
		return fmt.Errorf("write nodes: %w", err)
	}
	// The rows go in sorted by subject, so that they land on neighbouring
	// pages of the subject-first indexes (a batch in 0.55 of the time), but
	// with horizons, which order the quads a node's read returns, in the
	// order they were written: the order bbolt gives them back in.
	// One range of horizons taken at once (a nextval a row cost a tenth of
	// a batch's time): only the ingest holding the store's lock writes.
	var base int64
	if err := tx.QueryRow(`SELECT setval(s, nextval(s) + $1 - 1) - $1 + 1 FROM pg_get_serial_sequence('quads', 'horizon') AS s`,
		len(quads)).Scan(&base); err != nil {
		return fmt.Errorf("write quads: %w", err)
	}
	type row struct {
		horizon int64
		q       refs.QuadHash
	}
	sorted := make([]row, len(quads))
	for i, d := range quads {
		if d.Del {
			return fmt.Errorf("write quads: a removal among additions")
		}
		sorted[i] = row{base + int64(i), d.Quad}
	}
	slices.SortFunc(sorted, func(a, b row) int {
		ha, hb := a.q.Get(quad.Subject), b.q.Get(quad.Subject)
		return bytes.Compare(ha[:], hb[:])
	})
	quadInsert := "INSERT INTO quads(horizon, subject_hash, predicate_hash, object_hash, label_hash, ts) VALUES "
	quadConflict := ""
	if opts.IgnoreDup {
		quadConflict = " ON CONFLICT DO NOTHING"
	}
	for i, r := range sorted {
		args = append(args, r.horizon)
		for _, h := range r.q.Dirs() {
			args = append(args, csql.NodeHash{ValueHash: h}.SQLValue())
		}
		if (i+1)%pgQuadRows == 0 {
			if err := flush(quadInsert, quadConflict, 5, ",now()"); err != nil {
				return pgQuadError(err)
			}
		}
	}
	if err := flush(quadInsert, quadConflict, 5, ",now()"); err != nil {
		return pgQuadError(err)
	}
	return nil
}

// pgQuadError is Cayley's error for a quad already stored, as its own
// RunTx reports it, or err.
func pgQuadError(err error) error {
	var pe *pq.Error
	if errors.As(err, &pe) && pe.Code == "23505" {
		return &cgraph.DeltaError{Err: cgraph.ErrQuadExists}
	}
	return fmt.Errorf("write quads: %w", err)
}

// pgQuads reads the quads that have v in direction d (and predicate pred,
// unless nil) with their values in one query, in the order they were
// written, as the bolt store gives them. Going through Cayley's iterator
// instead costs a query for every value not in its small cache.
func (s *Store) pgQuads(ctx context.Context, d quad.Direction, v quad.Value, pred quad.Value) ([]quad.Quad, error) {
	var where []string
	var args []any
	if v != nil {
		args = append(args, csql.HashOf(v).SQLValue())
		where = append(where, fmt.Sprintf("q.%s_hash = $%d", d, len(args)))
	}
	if pred != nil {
		args = append(args, csql.HashOf(pred).SQLValue())
		where = append(where, fmt.Sprintf("q.predicate_hash = $%d", len(args)))
	}
	var sel strings.Builder
	sel.WriteString("SELECT ")
	for i, dir := range []string{"s", "p", "o", "l"} {
		for j, c := range nodeColumns {
			if i > 0 || j > 0 {
				sel.WriteString(", ")
			}
			sel.WriteString(dir + "." + c)
		}
	}
	sel.WriteString(` FROM quads q JOIN nodes s ON s.hash = q.subject_hash JOIN nodes p ON p.hash = q.predicate_hash
	JOIN nodes o ON o.hash = q.object_hash LEFT JOIN nodes l ON l.hash = q.label_hash`)
	if len(where) > 0 {
		sel.WriteString(" WHERE " + strings.Join(where, " AND "))
	}
	sel.WriteString(" ORDER BY q.horizon")
	rows, err := s.db.QueryContext(ctx, sel.String(), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []quad.Quad
	var cols [4]pgNode
	dest := make([]any, 0, 4*len(nodeColumns))
	for i := range cols {
		dest = append(dest, cols[i].dest()...)
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		var q quad.Quad
		for i, dir := range quad.Directions {
			val, err := cols[i].value()
			if err != nil {
				return nil, err
			}
			q.Set(dir, val)
		}
		out = append(out, q)
	}
	return out, rows.Err()
}

// pgNode is one row of Cayley's nodes table, decoded as Cayley's SQL
// backend decodes it (QuadStore.NameOf).
type pgNode struct {
	data   []byte
	str    sql.NullString
	typ    sql.NullString
	lang   sql.NullString
	iri    sql.NullBool
	bnode  sql.NullBool
	vint   sql.NullInt64
	vbool  sql.NullBool
	vfloat sql.NullFloat64
	vtime  sql.NullTime
}

func (n *pgNode) dest() []any {
	return []any{&n.data, &n.str, &n.typ, &n.lang, &n.iri, &n.bnode, &n.vint, &n.vbool, &n.vfloat, &n.vtime}
}

func (n *pgNode) value() (quad.Value, error) {
	// Cayley stores a NUL byte as the four characters \x00 (PostgreSQL text
	// cannot hold NUL).
	unescape := func(s string) quad.String { return quad.String(strings.ReplaceAll(s, `\x00`, "\x00")) }
	switch {
	case n.str.Valid && n.iri.Bool:
		return quad.IRI(n.str.String), nil
	case n.str.Valid && n.bnode.Bool:
		return quad.BNode(n.str.String), nil
	case n.str.Valid && n.lang.Valid:
		return quad.LangString{Value: unescape(n.str.String), Lang: n.lang.String}, nil
	case n.str.Valid && n.typ.Valid:
		return quad.TypedString{Value: unescape(n.str.String), Type: quad.IRI(n.typ.String)}, nil
	case n.str.Valid:
		return unescape(n.str.String), nil
	case n.vint.Valid:
		return quad.Int(n.vint.Int64), nil
	case n.vbool.Valid:
		return quad.Bool(n.vbool.Bool), nil
	case n.vfloat.Valid:
		return quad.Float(n.vfloat.Float64), nil
	case n.vtime.Valid:
		return quad.Time(n.vtime.Time.UTC()), nil
	case n.data == nil:
		return nil, nil // no label
	}
	v, err := pquads.UnmarshalValue(n.data)
	if err != nil {
		return nil, fmt.Errorf("unmarshal value: %w", err)
	}
	return v, nil
}
