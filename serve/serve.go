// Package serve is newsgraph's HTTP server: Cayley's own HTTP API v2 over a
// read-only store, with a time and result limit on every query; a JSON API
// for the questions users ask (meetings, roles, claims, entities, articles),
// answered by package queries; Cayley's query UI; and newsgraph's web page,
// embedded from package web.
package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"runtime"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/web"
)

// Options are the server's limits. Zero values take the defaults.
type Options struct {
	// QueryTimeout bounds the time of every API request: a Cayley query
	// still running then is stopped and answered with an error.
	QueryTimeout time.Duration
	// QueryLimit is the most results a Cayley query returns.
	QueryLimit int
	// MaxQueries is how many Cayley queries may run at once; more wait for
	// a free slot until their time runs out.
	MaxQueries int
	// MaxAnswerBytes bounds the size of a Cayley query's answer: QueryLimit
	// counts Gizmo's and MQL's results, but a GraphQL query is one answer
	// whose lists only its own "first:" bounds.
	MaxAnswerBytes int
	// CacheBytes bounds the cache of the JSON API's answers (the store
	// cannot change while served); negative turns the cache off.
	CacheBytes int
}

// Defaults for Options.
const (
	DefaultQueryTimeout = 10 * time.Second
	DefaultQueryLimit   = 1000
	DefaultCacheBytes   = 64 << 20
	DefaultAnswerBytes  = 16 << 20
)

func (o Options) withDefaults() Options {
	if o.QueryTimeout <= 0 {
		o.QueryTimeout = DefaultQueryTimeout
	}
	if o.QueryLimit <= 0 {
		o.QueryLimit = DefaultQueryLimit
	}
	if o.MaxQueries <= 0 {
		o.MaxQueries = 2 * runtime.NumCPU()
	}
	if o.MaxAnswerBytes <= 0 {
		o.MaxAnswerBytes = DefaultAnswerBytes
	}
	if o.CacheBytes == 0 {
		o.CacheBytes = DefaultCacheBytes
	}
	return o
}

// New returns the server's handler over s, which the caller keeps open
// while it serves and closes after. Open s with graph.OpenReadOnly: the
// server never writes, and Cayley's write endpoints answer 403.
func New(s *graph.Store, opt Options) (http.Handler, error) {
	opt = opt.withDefaults()
	page, err := fs.Sub(web.FS, "page")
	if err != nil {
		return nil, fmt.Errorf("serve: web page: %w", err)
	}
	cayleyUI, err := newCayleyUI()
	if err != nil {
		return nil, fmt.Errorf("serve: Cayley UI: %w", err)
	}
	h := &handler{s: s, opt: opt}
	if opt.CacheBytes > 0 {
		h.cache = newAnswers(opt.CacheBytes)
	}

	v2 := cayleyhttp.NewAPIv2(&cgraph.Handle{QuadStore: s.QuadStore(), QuadWriter: s.QuadWriter()})
	v2.SetReadOnly(true)
	v2.SetQueryTimeout(opt.QueryTimeout)
	v2.SetQueryLimit(opt.QueryLimit)
	slots := make(chan struct{}, opt.MaxQueries)

	mux := http.NewServeMux()
	mux.Handle("/api/v2/", h.limited(slots, v2))
	mux.HandleFunc("GET /api/meetings", h.api(h.meetings))
	mux.HandleFunc("GET /api/roles", h.api(h.roles))
	mux.HandleFunc("GET /api/claims", h.api(h.claims))
	mux.HandleFunc("GET /api/entity", h.api(h.entity))
	mux.HandleFunc("GET /api/articles", h.api(h.articles))
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, fmt.Errorf("no such API: %s %s", r.Method, r.URL.Path))
	})
	mux.Handle("/cayley/", http.StripPrefix("/cayley", cayleyUI))
	mux.Handle("/", http.FileServerFS(page))
	return mux, nil
}

type handler struct {
	s     *graph.Store
	opt   Options
	cache *answers // nil when off
}

// limited runs next with the request's time limit, in one of slots, and
// holds a query's answer back until it is known to be within
// MaxAnswerBytes.
func (h *handler) limited(slots chan struct{}, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), h.opt.QueryTimeout)
		defer cancel()
		select {
		case slots <- struct{}{}:
			defer func() { <-slots }()
		case <-ctx.Done():
			writeError(w, http.StatusServiceUnavailable, errors.New("too many queries at once; try again"))
			return
		}
		if r.URL.Path != "/api/v2/query" {
			// Cayley's read endpoint streams quads without looking at the
			// context: its writes stop at the time limit instead.
			next.ServeHTTP(deadlineWriter{w, ctx}, r.WithContext(ctx))
			return
		}
		cw := &cappedWriter{header: http.Header{}, max: h.opt.MaxAnswerBytes, status: http.StatusOK}
		next.ServeHTTP(cw, r.WithContext(ctx))
		if cw.over {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Errorf("the answer is larger than %d bytes: narrow the query (in GraphQL, with first:)", h.opt.MaxAnswerBytes))
			return
		}
		for k, v := range cw.header {
			w.Header()[k] = v
		}
		w.WriteHeader(cw.status)
		w.Write(cw.body.Bytes())
	})
}

// deadlineWriter fails every write once ctx is done.
type deadlineWriter struct {
	http.ResponseWriter
	ctx context.Context
}

func (d deadlineWriter) Write(p []byte) (int, error) {
	if err := d.ctx.Err(); err != nil {
		return 0, fmt.Errorf("answer cut off: %w", err)
	}
	return d.ResponseWriter.Write(p)
}

// cappedWriter keeps a response of up to max bytes.
type cappedWriter struct {
	header http.Header
	status int
	body   bytes.Buffer
	max    int
	over   bool
}

func (c *cappedWriter) Header() http.Header    { return c.header }
func (c *cappedWriter) WriteHeader(status int) { c.status = status }
func (c *cappedWriter) Write(p []byte) (int, error) {
	if c.over || c.body.Len()+len(p) > c.max {
		c.over = true
		c.body.Reset()
		return 0, errors.New("answer too large")
	}
	return c.body.Write(p)
}

// clientError is a request's fault, answered 400.
type clientError struct{ msg string }

func (e *clientError) Error() string { return e.msg }

func badRequest(format string, a ...any) error { return &clientError{fmt.Sprintf(format, a...)} }

// api turns an answer function into a handler: JSON out, errors as
// {"error": "..."} with a status that says whose fault it was. Answers are
// cached by path and query.
func (h *handler) api(answer func(context.Context, *http.Request) (any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.URL.Path + "?" + r.URL.Query().Encode()
		status, body := h.cache.get(key, func() (int, []byte) {
			ctx, cancel := context.WithTimeout(r.Context(), h.opt.QueryTimeout)
			defer cancel()
			v, err := answer(ctx, r)
			var bad *clientError
			switch {
			case errors.As(err, &bad):
				return errorJSON(http.StatusBadRequest, err)
			case errors.Is(err, context.DeadlineExceeded):
				return errorJSON(http.StatusServiceUnavailable, fmt.Errorf("query took longer than %s: %w", h.opt.QueryTimeout, err))
			case err != nil:
				return errorJSON(http.StatusInternalServerError, err)
			}
			return encode(http.StatusOK, v)
		})
		writeBody(w, status, body)
	}
}

func encode(status int, v any) (int, []byte) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return errorJSON(http.StatusInternalServerError, fmt.Errorf("encode answer: %w", err))
	}
	return status, b.Bytes()
}

func errorJSON(status int, err error) (int, []byte) {
	b, _ := json.Marshal(map[string]string{"error": err.Error()})
	return status, append(b, '\n')
}

func writeBody(w http.ResponseWriter, status int, body []byte) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(body) // a failed write is a client gone away: nothing to do
}

func writeError(w http.ResponseWriter, status int, err error) {
	status, body := errorJSON(status, err)
	writeBody(w, status, body)
}

// day reads an optional YYYY-MM-DD parameter.
func day(r *http.Request, key string) (string, error) {
	d := strings.TrimSpace(r.FormValue(key))
	if _, err := time.Parse("2006-01-02", d); d != "" && err != nil {
		return "", badRequest("%s=%q is not a day (YYYY-MM-DD)", key, d)
	}
	return d, nil
}

// meetings answers GET /api/meetings?person=&place=&from=&to= like
// newsgraph met.
func (h *handler) meetings(ctx context.Context, r *http.Request) (any, error) {
	flt := queries.Filter{Person: r.FormValue("person"), Place: r.FormValue("place")}
	var err error
	if flt.From, err = day(r, "from"); err != nil {
		return nil, err
	}
	if flt.To, err = day(r, "to"); err != nil {
		return nil, err
	}
	ms, err := queries.Met(ctx, h.s, flt)
	return nonNil(ms), err
}

// roles answers GET /api/roles?person=&org= like newsgraph roles.
func (h *handler) roles(ctx context.Context, r *http.Request) (any, error) {
	rs, err := queries.Roles(ctx, h.s, queries.Filter{Person: r.FormValue("person"), Org: r.FormValue("org")})
	return nonNil(rs), err
}

// claims answers GET /api/claims?source=&about= like newsgraph claims.
func (h *handler) claims(ctx context.Context, r *http.Request) (any, error) {
	cs, err := queries.Claims(ctx, h.s, queries.Filter{Person: r.FormValue("source"), About: r.FormValue("about")})
	return nonNil(cs), err
}

// entity answers GET /api/entity?name= like newsgraph entity --json: every
// entity of that name, [] when there is none.
func (h *handler) entity(ctx context.Context, r *http.Request) (any, error) {
	name := strings.TrimSpace(r.FormValue("name"))
	if name == "" {
		return nil, badRequest("give a name: /api/entity?name=Witkoff")
	}
	es, err := queries.Entities(ctx, h.s, name)
	return nonNil(es), err
}

// articles answers GET /api/articles: the articles the sources name.
func (h *handler) articles(ctx context.Context, _ *http.Request) (any, error) {
	return queries.Articles(ctx, h.s)
}

// nonNil makes an empty answer [] in JSON, not null.
func nonNil[T any](v []T) []T {
	if v == nil {
		return []T{}
	}
	return v
}
