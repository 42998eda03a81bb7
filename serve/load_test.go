package serve

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	neturl "net/url"
	"os"
	"sort"
	"strconv"
	"sync"
	"testing"
	"time"
)

// TestLoad puts the meetings endpoint under load: NEWSGRAPH_LOAD_CLIENTS
// clients (50 unless set) each sending one request after another for
// NEWSGRAPH_LOAD (a duration: "20s"), against the seeds' store served on
// 127.0.0.1, or against NEWSGRAPH_LOAD_URL (a running newsgraph serve on a
// loopback address). It reports requests per second and latency
// percentiles, and fails on any error or wrong answer. NEWSGRAPH_LOAD_NOCACHE=1
// turns the server's answer cache off, so that every request asks the store. Without
// NEWSGRAPH_LOAD it is skipped, so plain go test stays quick.
func TestLoad(t *testing.T) {
	spec := os.Getenv("NEWSGRAPH_LOAD")
	if spec == "" {
		t.Skip("set NEWSGRAPH_LOAD=20s (and NEWSGRAPH_LOAD_CLIENTS=50) to run the load test")
	}
	dur, err := time.ParseDuration(spec)
	if err != nil || dur <= 0 || dur > 5*time.Minute {
		t.Fatalf("NEWSGRAPH_LOAD=%q: want a duration up to 5m", spec)
	}
	clients := 50
	if c := os.Getenv("NEWSGRAPH_LOAD_CLIENTS"); c != "" {
		if clients, err = strconv.Atoi(c); err != nil || clients < 1 || clients > 1000 {
			t.Fatalf("NEWSGRAPH_LOAD_CLIENTS=%q: want 1 to 1000", c)
		}
	}
	base := os.Getenv("NEWSGRAPH_LOAD_URL")
	if base != "" {
		// Load goes to this machine only.
		u, err := neturl.Parse(base)
		ip := net.ParseIP("")
		if err == nil {
			ip = net.ParseIP(u.Hostname())
		}
		if err != nil || (u.Hostname() != "localhost" && (ip == nil || !ip.IsLoopback())) {
			t.Fatalf("NEWSGRAPH_LOAD_URL=%q: only a loopback address (127.0.0.1, [::1], localhost) may be loaded", base)
		}
	} else {
		opt := Options{}
		if os.Getenv("NEWSGRAPH_LOAD_NOCACHE") == "1" {
			opt.CacheBytes = -1 // every request asks the store
		}
		srv, _ := server(t, opt)
		base = srv.URL
	}
	url := base + "/api/meetings"
	tr := &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 10 * time.Second}

	// The answer every request must give.
	want, err := fetchMeetings(client, url)
	if err != nil {
		t.Fatal(err)
	}
	if want == 0 {
		t.Fatal("the store has no meetings to serve")
	}

	ctx, cancel := context.WithTimeout(context.Background(), dur)
	defer cancel()
	var (
		mu        sync.Mutex
		latencies []time.Duration
		errs      []error
		wg        sync.WaitGroup
	)
	start := time.Now()
	for i := 0; i < clients; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			var bad []error
			for ctx.Err() == nil {
				t0 := time.Now()
				n, err := fetchMeetings(client, url)
				mine = append(mine, time.Since(t0))
				if err == nil && n != want {
					err = fmt.Errorf("%d meetings, want %d", n, want)
				}
				if err != nil {
					bad = append(bad, err)
				}
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			errs = append(errs, bad...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
	pct := func(p float64) time.Duration {
		if len(latencies) == 0 {
			return 0
		}
		return latencies[min(len(latencies)-1, int(p*float64(len(latencies))))]
	}
	report := fmt.Sprintf("load: GET /api/meetings, %d clients, %s: %d requests, %.0f requests/s, p50 %s, p90 %s, p99 %s, max %s, %d errors",
		clients, elapsed.Round(time.Millisecond), len(latencies), float64(len(latencies))/elapsed.Seconds(),
		pct(0.50).Round(10*time.Microsecond), pct(0.90).Round(10*time.Microsecond), pct(0.99).Round(10*time.Microsecond),
		pct(1).Round(10*time.Microsecond), len(errs))
	fmt.Println(report)
	t.Log(report)
	if len(errs) > 0 {
		t.Errorf("%d of %d requests failed; first: %v", len(errs), len(latencies), errs[0])
	}
}

// fetchMeetings gets the meetings and counts them.
func fetchMeetings(client *http.Client, url string) (int, error) {
	resp, err := client.Get(url)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, err
	}
	if resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("status %d: %.200s", resp.StatusCode, body)
	}
	var ms []json.RawMessage
	if err := json.Unmarshal(body, &ms); err != nil {
		return 0, err
	}
	return len(ms), nil
}
