package article

import (
	"strings"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// parseHTML takes a page's main text (not menus, footers or related links)
// and its metadata with go-trafilatura.
func parseHTML(page string) (Article, error) {
	res, err := trafilatura.Extract(strings.NewReader(page), trafilatura.Options{EnableFallback: true, ExcludeComments: true})
	if err != nil {
		return Article{}, ErrNoText
	}
	a := Article{Title: strings.TrimSpace(res.Metadata.Title), Byline: strings.TrimSpace(res.Metadata.Author), URL: res.Metadata.URL}
	if d := res.Metadata.Date; !d.IsZero() {
		a.Published = time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
	}
	var paras []string
	if res.ContentNode != nil {
		paras = blocks(res.ContentNode)
	}
	if len(paras) == 0 {
		paras = []string{res.ContentText}
	}
	lines, _ := cleanLines(strings.Join(paras, "\n"))
	if len(lines) > 0 && lines[0] == a.Title {
		lines = lines[1:]
	}
	inlineDateline(&a, lines)
	a.Text = strings.Join(lines, "\n")
	return a, nil
}

// blockTags end a paragraph of the main text.
var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "blockquote": true, "pre": true, "tr": true, "br": true, "section": true, "article": true,
	"header": true, "figcaption": true, "dd": true, "dt": true, "head": true, "tail": true,
}

// blocks turns the main-text tree into one line per paragraph.
func blocks(n *html.Node) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if s := strings.Join(strings.Fields(cur.String()), " "); s != "" {
			out = append(out, s)
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if n.Data == "script" || n.Data == "style" {
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(n)
	flush()
	return out
}
