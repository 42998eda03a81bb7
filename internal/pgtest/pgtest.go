// Package pgtest gives each test a PostgreSQL database of its own on the
// server $NEWSGRAPH_TEST_POSTGRES names (a postgres:// URL of a role that
// may create databases). Without it the tests that need one skip, unless
// $NEWSGRAPH_REQUIRE_POSTGRES is set (as CI sets it): then they fail.
package pgtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	_ "github.com/lib/pq" // the "postgres" driver
)

// Env names the server's URL.
const Env = "NEWSGRAPH_TEST_POSTGRES"

// Available reports whether a server is configured.
func Available() bool { return os.Getenv(Env) != "" }

// New creates an empty database for t, dropped when t ends, and returns its
// URL. It skips t when no server is configured, or fails it when one is
// required.
func New(t testing.TB) string {
	t.Helper()
	admin := os.Getenv(Env)
	if admin == "" {
		if os.Getenv("NEWSGRAPH_REQUIRE_POSTGRES") != "" {
			t.Fatalf("NEWSGRAPH_REQUIRE_POSTGRES is set but %s is not", Env)
		}
		t.Skipf("no PostgreSQL server: set %s=postgres://USER@127.0.0.1:PORT/postgres?sslmode=disable", Env)
	}
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("%s: %v", Env, err)
	}
	b := make([]byte, 8)
	rand.Read(b)
	name := "newsgraph_test_" + hex.EncodeToString(b)
	db, err := sql.Open("postgres", admin)
	if err != nil {
		t.Fatalf("%s: %v", Env, err)
	}
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		db.Close()
		t.Fatalf("create database on %s: %v", u.Redacted(), err)
	}
	t.Cleanup(func() {
		defer db.Close()
		if _, err := db.ExecContext(ctx, "DROP DATABASE "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("drop database %s: %v", name, err)
		}
	})
	u.Path = "/" + name
	return u.String()
}
