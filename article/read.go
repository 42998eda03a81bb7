package article

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// MaxBytes is the largest article (a .txt or .html file, or one JSON Lines
// record) read: larger ones are refused with ErrTooLarge rather than held in
// memory whole. JSON Lines files themselves may be of any size.
const MaxBytes = 16 << 20

// Errors a caller can test for with errors.Is.
var (
	ErrEmpty       = errors.New("empty file")
	ErrBinary      = errors.New("binary data, not text")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrTooLarge    = errors.New("too large")
	ErrTruncated   = errors.New("truncated JSON record")
	ErrNoText      = errors.New("record has no text")
	ErrFormat      = errors.New("unknown format")
)

// Error is a problem with one input file, or with one line of it.
type Error struct {
	Path string
	Line int // 1-based line of a JSON Lines record, 0 for the whole file
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// formats maps file extensions to formats.
var formats = map[string]string{
	".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl",
}

// Files lists the article files named by paths: files as given, folders
// walked recursively (sorted; hidden files and folders skipped; only the
// extensions .txt .text .html .htm .jsonl .ndjson taken). "-" stands for
// standard input. A missing path is an error naming it.
func Files(paths ...string) ([]string, error) {
	var out []string
	for _, p := range paths {
		if p == "-" {
			out = append(out, p)
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			return nil, &Error{Path: p, Err: errors.Unwrap(err)}
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if q != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() && formats[strings.ToLower(filepath.Ext(q))] != "" {
				found = append(found, q)
			}
			return nil
		})
		if err != nil {
			return nil, &Error{Path: p, Err: err}
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}

// ReadFile yields the articles in one file ("-" reads standard input): one
// for .txt and .html, one per line for .jsonl. A bad record yields an *Error
// naming the file (and line) and the rest of the file still comes.
func ReadFile(path string) iter.Seq2[Article, error] {
	return func(yield func(Article, error) bool) {
		if path == "-" {
			for a, err := range Read("-", os.Stdin) {
				if !yield(a, err) {
					return
				}
			}
			return
		}
		f, err := os.Open(path)
		if err != nil {
			yield(Article{}, &Error{Path: path, Err: errors.Unwrap(err)})
			return
		}
		defer f.Close()
		for a, err := range Read(path, f) {
			if !yield(a, err) {
				return
			}
		}
	}
}

// Read is ReadFile over an open reader: name's extension picks the format
// (standard input and names without a known extension are sniffed) and names
// the errors.
func Read(name string, r io.Reader) iter.Seq2[Article, error] {
	return func(yield func(Article, error) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		format := formats[strings.ToLower(filepath.Ext(name))]
		if format == "" {
			head, _ := br.Peek(512)
			format = sniff(head)
		}
		id := filepath.Base(name)
		if name == "-" {
			id = "stdin"
		}
		if format == "jsonl" {
			readJSONL(name, id, br, yield)
			return
		}
		b, err := io.ReadAll(io.LimitReader(br, MaxBytes+1))
		if err != nil {
			yield(Article{}, &Error{Path: name, Err: err})
			return
		}
		if len(b) > MaxBytes {
			yield(Article{}, &Error{Path: name, Err: fmt.Errorf("%w: over the limit of %d MiB for one article", ErrTooLarge, MaxBytes>>20)})
			return
		}
		text, err := checkText(b)
		if err != nil {
			yield(Article{}, &Error{Path: name, Err: err})
			return
		}
		var a Article
		if format == "html" {
			a, err = parseHTML(text)
		} else {
			a = parseText(text)
		}
		if err == nil && strings.TrimSpace(a.Text) == "" {
			err = ErrNoText
		}
		if err != nil {
			yield(Article{}, &Error{Path: name, Err: err})
			return
		}
		a.ID, a.Path, a.Format = id, name, format
		yield(a, nil)
	}
}

// sniff guesses the format of input without a telling extension.
func sniff(head []byte) string {
	t := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\ufeff")), " \t\r\n")
	switch {
	case len(t) > 0 && t[0] == '{':
		return "jsonl"
	case len(t) > 0 && t[0] == '<':
		return "html"
	}
	return "txt"
}

// checkText turns raw bytes into text: no BOM, LF line ends; empty, binary
// and invalid UTF-8 input refused.
func checkText(b []byte) (string, error) {
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	if len(bytes.TrimSpace(b)) == 0 {
		return "", ErrEmpty
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return "", fmt.Errorf("%w (a NUL byte at offset %d)", ErrBinary, i)
	}
	if !utf8.Valid(b) {
		return "", fmt.Errorf("%w at byte offset %d", ErrInvalidUTF8, firstInvalid(b))
	}
	s := strings.ReplaceAll(string(b), "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n"), nil
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}
