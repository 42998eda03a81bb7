package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

// syncBuffer is a bytes.Buffer safe to read while the server writes it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestServe(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	mustRun(t, "ingest", "--db", db, seeds)

	// A store being written is refused with a clear word, at once.
	held, err := graph.Open(context.Background(), db, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = newsgraph(t, "serve", "--db", db, "--addr", "127.0.0.1:0")
	held.Close()
	if err == nil || !strings.Contains(err.Error(), "in use by another process") || !strings.Contains(err.Error(), "ingest") {
		t.Fatalf("serve while ingesting: %v", err)
	}

	base, stop := startServe(t, db)
	defer stop()
	var ms []struct{ Participants []string }
	if err := json.Unmarshal([]byte(get(t, base+"/api/meetings?person=Witkoff")), &ms); err != nil || len(ms) == 0 {
		t.Fatalf("meetings: %v %v", err, ms)
	}

	// While it serves, other readers share the store and ingest is refused.
	if out := mustRun(t, "met", "--db", db, "--person", "Witkoff"); !strings.Contains(out, "Steven Witkoff") {
		t.Errorf("met while serving: %s", out)
	}
	if _, _, err := newsgraph(t, "ingest", "--db", db, seeds); err == nil || !strings.Contains(err.Error(), "in use by another process") {
		t.Errorf("ingest while serving: %v", err)
	}
}

// startServe runs serve on db on a free loopback port and returns its base
// URL, and a stop that interrupts it and checks that it ends cleanly.
func startServe(t *testing.T, db string) (string, func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var out, errb syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--db", db, "--addr", "127.0.0.1:0"}, strings.NewReader(""), &out, &errb)
	}()
	addr := regexp.MustCompile(`http://(127\.0\.0\.1:\d+)/`)
	var base string
	for deadline := time.Now().Add(20 * time.Second); base == "" && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := addr.FindStringSubmatch(out.String()); m != nil {
			base = "http://" + m[1]
		}
		select {
		case err := <-done:
			cancel()
			t.Fatalf("serve ended: %v\n%s", err, errb.String())
		default:
		}
	}
	if base == "" {
		cancel()
		t.Fatalf("serve printed no address: %q %q", out.String(), errb.String())
	}
	if !strings.Contains(out.String(), "read-only") || errb.String() != "" {
		t.Errorf("serve said %q, %q", out.String(), errb.String())
	}
	stopped := false
	return base, func() {
		t.Helper()
		if stopped {
			return
		}
		stopped = true
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve after Ctrl-C: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("serve did not stop")
		}
	}
}

// get fetches url, failing the test unless the answer is 200 OK.
func get(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s\n%s", url, resp.Status, body)
	}
	return string(body)
}
