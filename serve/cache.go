package serve

import (
	"net/http"
	"sync"
)

// answers caches the JSON API's answers. The store cannot change while it
// is served (it is opened read-only under a shared lock that ingest, and any
// bolt writer, are refused), so an answer stays right for as long as the
// server runs. Requests for the same answer while it is being computed wait
// for that one computation. The cache holds at most max bytes of answers;
// past that it starts again empty.
type answers struct {
	mu      sync.Mutex
	max     int
	size    int
	entries map[string]*answer
}

type answer struct {
	done   chan struct{}
	status int
	body   []byte
}

func newAnswers(max int) *answers {
	return &answers{max: max, entries: map[string]*answer{}}
}

// get returns the answer for key, computing it with compute when no one has.
// A failed computation (a status other than 200) is not kept.
func (c *answers) get(key string, compute func() (int, []byte)) (int, []byte) {
	if c == nil {
		return compute()
	}
	c.mu.Lock()
	if a, ok := c.entries[key]; ok {
		c.mu.Unlock()
		<-a.done
		if a.status == http.StatusOK {
			return a.status, a.body
		}
		return compute() // the one before failed, perhaps on its own time limit
	}
	a := &answer{done: make(chan struct{})}
	c.entries[key] = a
	c.mu.Unlock()

	a.status, a.body = compute()
	close(a.done)
	c.mu.Lock()
	defer c.mu.Unlock()
	if a.status != http.StatusOK {
		if c.entries[key] == a {
			delete(c.entries, key)
		}
		return a.status, a.body
	}
	c.size += len(a.body)
	if c.size > c.max {
		c.entries = map[string]*answer{key: a}
		c.size = len(a.body)
	}
	return a.status, a.body
}
