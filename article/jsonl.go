package article

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

type record struct {
	ID    any    `json:"id"`
	URL   string `json:"url"`
	Title string `json:"title"`
	Date  string `json:"date"`
	Text  string `json:"text"`
}

// readJSONL yields one article per line of r, streaming: a bad line yields
// an *Error with its line number and the next line is read.
func readJSONL(name, id string, r *bufio.Reader, yield func(Article, error) bool) {
	line, records := 0, 0
	for {
		b, err := readLine(r)
		if len(b) > 0 || err == nil {
			line++
		}
		if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, ErrTooLarge) {
			yield(Article{}, &Error{Path: name, Line: line, Err: err})
			return
		}
		if errors.Is(err, ErrTooLarge) {
			records++
			if !yield(Article{}, &Error{Path: name, Line: line, Err: fmt.Errorf("%w: a record over the limit of %d MiB", ErrTooLarge, MaxBytes>>20)}) {
				return
			}
			continue
		}
		if t := bytes.TrimSpace(b); len(t) > 0 {
			records++
			a, perr := parseRecord(t, name, id, line)
			if perr != nil {
				perr = &Error{Path: name, Line: line, Err: perr}
			}
			if !yield(a, perr) {
				return
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
	}
	if records == 0 {
		yield(Article{}, &Error{Path: name, Err: ErrEmpty})
	}
}

// readLine reads one line, or reports ErrTooLarge after skipping the rest of
// a line over MaxBytes.
func readLine(r *bufio.Reader) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if len(buf)+len(chunk) > MaxBytes {
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = r.ReadSlice('\n')
			}
			if errors.Is(err, io.EOF) {
				return nil, io.EOF
			}
			return nil, ErrTooLarge
		}
		buf = append(buf, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return buf, err
	}
}

func parseRecord(b []byte, name, fileID string, line int) (Article, error) {
	text, err := checkText(b)
	if err != nil {
		return Article{}, err
	}
	var rec record
	if err := json.Unmarshal([]byte(text), &rec); err != nil {
		var syn *json.SyntaxError
		if !strings.HasSuffix(strings.TrimSpace(text), "}") && (errors.As(err, &syn) || strings.Contains(err.Error(), "unexpected end")) {
			return Article{}, fmt.Errorf("%w: the line ends before the record does", ErrTruncated)
		}
		return Article{}, fmt.Errorf("invalid JSON: %v", err)
	}
	if strings.TrimSpace(rec.Text) == "" {
		return Article{}, ErrNoText
	}
	a := Article{URL: rec.URL, Title: strings.TrimSpace(rec.Title), Path: name, Format: "jsonl"}
	switch v := rec.ID.(type) {
	case string:
		a.ID = v
	case float64:
		a.ID = fmt.Sprint(v)
	}
	if a.ID == "" {
		a.ID = rec.URL
	}
	if a.ID == "" {
		a.ID = fmt.Sprintf("%s:%d", fileID, line)
	}
	a.Published = recordDate(rec.Date)
	lines, url := cleanLines(strings.ReplaceAll(rec.Text, "\r\n", "\n"))
	if a.URL == "" {
		a.URL = url
	}
	inlineDateline(&a, lines)
	a.Text = strings.TrimSpace(strings.Join(lines, "\n"))
	if a.Text == "" {
		return Article{}, fmt.Errorf("%w once page furniture is dropped", ErrNoText)
	}
	return a, nil
}

func recordDate(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		}
	}
	return parseDate(s)
}
