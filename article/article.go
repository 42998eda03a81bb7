// Package article reads news articles from plain-text, HTML and JSON Lines
// files into one shape, so the extractor never has to know where text came from.
package article

import "time"

// Article is one news article: its identity, its metadata and its body text.
type Article struct {
	// ID names the article in every answer newsgraph gives: the file's base
	// name for .txt and .html files, the record's "id" for JSON Lines.
	ID string
	// Path is the file the article was read from ("-" for standard input).
	Path string
	// URL is the article's address when the input gives one.
	URL string
	// Title is the headline.
	Title string
	// Published is the article's own date; zero when the input gives none.
	Published time.Time
	// Dateline is the place of the dateline ("Miami" in "Miami, December 06,
	// 2025"), empty when there is none.
	Dateline string
	// Byline is the author or agency line without "By", empty when none.
	Byline string
	// Text is the body: paragraphs separated by "\n", page furniture
	// (newsletter boxes, language menus, copyright lines) removed. Offsets in
	// extracted facts are byte offsets into Text.
	Text string
	// Format is "txt", "html" or "jsonl".
	Format string
}
