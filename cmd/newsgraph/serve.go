package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os/signal"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/serve"
)

// serve runs the HTTP server over a store opened read-only until the
// command's context ends (Ctrl-C) or SIGTERM.
func (c *cli) serve(args []string) error {
	fs, db := c.flags("serve")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (loopback unless you say otherwise)")
	timeout := fs.Duration("timeout", serve.DefaultQueryTimeout, "time limit of one API request or query")
	limit := fs.Int("limit", serve.DefaultQueryLimit, "most results of one Cayley query")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	s, err := graph.OpenReadOnly(c.ctx, *db)
	if errors.Is(err, graph.ErrLocked) {
		return fmt.Errorf("serve: %w: an ingest is writing it; serve it once that is done", err)
	}
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer s.Close()
	h, err := serve.New(s, serve.Options{QueryTimeout: *timeout, QueryLimit: *limit})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	if tcp, ok := ln.Addr().(*net.TCPAddr); ok && !tcp.IP.IsLoopback() {
		fmt.Fprintf(c.stderr, "newsgraph: serving on %s, not a loopback address: anyone who can reach it can read the store\n", ln.Addr())
	}
	fmt.Fprintf(c.stdout, "serving %s read-only on http://%s/ (JSON API /api/, Cayley API /api/v2/, Cayley UI /cayley/); Ctrl-C stops\n", graph.RedactDB(*db), ln.Addr())
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	// Ctrl-C, or a service manager's SIGTERM, stops it after the requests
	// under way are answered.
	ctx, stop := signal.NotifyContext(c.ctx, syscall.SIGTERM)
	defer stop()
	stopped := make(chan error, 1)
	go func() {
		<-ctx.Done()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		stopped <- srv.Shutdown(ctx)
	}()
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return <-stopped
}
