package extract

import (
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/article"
)

// newsDir holds the real-news development set beside the repository; it is
// third-party text, so it is read from there, never copied in.
const newsDir = "../../shared/eval/news/articles"

// BenchmarkExtractNews measures extraction over real articles from many
// outlets, read as ingest reads them (header, dateline, date), so MB/s is
// the figure a user sees on news rather than on the five seeds.
func BenchmarkExtractNews(b *testing.B) {
	files, err := filepath.Glob(filepath.Join(newsDir, "*.txt"))
	if err != nil || len(files) == 0 {
		b.Skipf("no articles in %s", newsDir)
	}
	var arts []article.Article
	n := 0
	for _, f := range files {
		for a, err := range article.ReadFile(f) {
			if err != nil {
				b.Fatalf("read %s: %v", f, err)
			}
			arts = append(arts, a)
			n += len(a.Text)
		}
	}
	x := extractor(b)
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			x.Extract(a)
		}
	}
}
