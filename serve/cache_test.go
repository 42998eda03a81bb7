package serve

import (
	"net/http"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
)

func TestAnswersCache(t *testing.T) {
	c := newAnswers(100)
	var computed atomic.Int32
	release := make(chan struct{})
	slow := func() (int, []byte) {
		computed.Add(1)
		<-release
		return http.StatusOK, []byte("answer")
	}
	// Ten requests for one answer at once compute it once.
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if status, body := c.get("a", slow); status != 200 || string(body) != "answer" {
				t.Errorf("got %d %q", status, body)
			}
		}()
	}
	for computed.Load() == 0 {
		runtime.Gosched() // wait for the first to start computing
	}
	close(release)
	wg.Wait()
	if n := computed.Load(); n != 1 {
		t.Errorf("computed %d times, want once", n)
	}

	// A failure is not kept.
	fails := 0
	failing := func() (int, []byte) { fails++; return http.StatusServiceUnavailable, []byte("late") }
	c.get("b", failing)
	c.get("b", failing)
	if fails != 2 {
		t.Errorf("a failed answer was kept (computed %d times)", fails)
	}

	// Past its size the cache starts again.
	big := func() (int, []byte) { return http.StatusOK, make([]byte, 60) }
	c.get("c", big)
	c.get("d", big)
	if c.size > 100 || len(c.entries) != 1 {
		t.Errorf("cache holds %d bytes in %d entries, its bound is 100", c.size, len(c.entries))
	}

	// A nil cache computes every time.
	var none *answers
	n := 0
	for i := 0; i < 3; i++ {
		none.get("a", func() (int, []byte) { n++; return 200, nil })
	}
	if n != 3 {
		t.Errorf("nil cache computed %d times of 3", n)
	}
}
