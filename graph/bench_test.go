package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/fact"
)

// synthetic makes article i of a corpus: people drawn from a pool of 2,000,
// roles, two meetings and three claims, like a busy news article.
func synthetic(i int) (article.Article, fact.Facts) {
	given := []string{"Anna", "Boris", "Chen", "Dara", "Emil", "Farah", "Goran", "Hana"}
	a := article.Article{ID: fmt.Sprintf("synthetic-%06d.txt", i), Title: "Synthetic", Text: "Sentence one. Sentence two.",
		Published: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%300)}
	var f fact.Facts
	for k := 0; k < 6; k++ {
		n := (i*7 + k*131) % 2000
		f.Entities = append(f.Entities, person(k, fmt.Sprintf("%s Family%04d", given[n%len(given)], n), fmt.Sprintf("Family%04d", n)))
	}
	f.Entities = append(f.Entities, org(6, fmt.Sprintf("Country%02d", i%40)), place(7, fmt.Sprintf("City%03d", i%150), -1))
	ev := fact.Evidence{Span: fact.Span{Start: 0, End: 13}, Confidence: 0.8}
	for k := 0; k < 4; k++ {
		f.Roles = append(f.Roles, fact.Role{Person: k, Title: "minister", Org: 6, Evidence: ev})
	}
	d := a.Published.Format("2006-01-02")
	f.Events = append(f.Events,
		fact.Event{Kind: "meeting", Status: "held", Participants: []int{0, 1, 2}, Place: 7, Start: d, End: d, Evidence: ev},
		fact.Event{Kind: "call", Status: "held", Participants: []int{3, 4}, Place: -1, Evidence: ev})
	for k := 0; k < 3; k++ {
		f.Claims = append(f.Claims, fact.Claim{Speaker: k, Text: fmt.Sprintf("statement %d of article %d", k, i), Quoted: k%2 == 0, Date: d, Evidence: ev})
	}
	return a, f
}

func benchmarkLoad(b *testing.B, open func(b *testing.B) *Store) {
	const perRun = 500
	ctx := context.Background()
	var quads int
	for b.Loop() {
		b.StopTimer()
		s := open(b)
		b.StartTimer()
		l, err := s.NewLoader(ctx)
		if err != nil {
			b.Fatal(err)
		}
		for i := 0; i < perRun; i++ {
			a, f := synthetic(i)
			if err := l.Add(ctx, a, f); err != nil {
				b.Fatal(err)
			}
		}
		if err := l.Close(ctx); err != nil {
			b.Fatal(err)
		}
		quads += l.Stats().Quads
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(perRun*b.N)/sec, "articles/s")
	b.ReportMetric(float64(quads)/sec, "quads/s")
}

// BenchmarkLoadBolt loads 500 articles' facts into a new bolt store.
func BenchmarkLoadBolt(b *testing.B) {
	benchmarkLoad(b, func(b *testing.B) *Store {
		s, err := Open(context.Background(), filepath.Join(b.TempDir(), "db"), Options{})
		if err != nil {
			b.Fatal(err)
		}
		return s
	})
}

// BenchmarkLoadBoltNoSync is BenchmarkLoadBolt without fsync per batch.
func BenchmarkLoadBoltNoSync(b *testing.B) {
	benchmarkLoad(b, func(b *testing.B) *Store {
		s, err := Open(context.Background(), filepath.Join(b.TempDir(), "db"), Options{NoSync: true})
		if err != nil {
			b.Fatal(err)
		}
		return s
	})
}

// BenchmarkLoadMemory is the baseline: the same facts into the memory store.
func BenchmarkLoadMemory(b *testing.B) {
	benchmarkLoad(b, func(b *testing.B) *Store {
		s, err := OpenMemory()
		if err != nil {
			b.Fatal(err)
		}
		return s
	})
}
