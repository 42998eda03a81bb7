package serve

import (
	"bytes"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/ui"
)

// cayleyServerURL is the API address Cayley's prebuilt UI has compiled in;
// served here it must talk to this server instead.
const cayleyServerURL = "http://localhost:64210"

// newCayleyUI serves Cayley's embedded query UI (a prebuilt single-page app
// that expects to live at /) under /cayley/: its absolute asset paths are
// moved there, and its compiled-in server address becomes this server's
// own origin. Its code editor (Monaco) is loaded by the UI from a CDN, so
// the editor needs a network; the rest, and newsgraph's own page, do not.
func newCayleyUI() (http.Handler, error) {
	root, err := fs.Sub(ui.FS, "web")
	if err != nil {
		return nil, err
	}
	files := map[string][]byte{}
	err = fs.WalkDir(root, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, ".map") {
			return err
		}
		b, err := fs.ReadFile(root, p)
		if err != nil {
			return err
		}
		switch {
		case p == "index.html":
			// Asset links, and webpack's public path (the logo's URL).
			for _, attr := range []string{`href="/`, `src="/`, `l.p="/`} {
				b = bytes.ReplaceAll(b, []byte(attr), []byte(attr+"cayley/"))
			}
		case strings.HasSuffix(p, ".js"):
			b = bytes.ReplaceAll(b, []byte(`"`+cayleyServerURL+`"`), []byte(`""`))
		}
		files["/"+p] = b
		return nil
	})
	if err != nil {
		return nil, err
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := path.Clean("/" + r.URL.Path)
		if p == "/" {
			p = "/index.html"
		}
		b, ok := files[p]
		if !ok {
			http.NotFound(w, r)
			return
		}
		http.ServeContent(w, r, p, time.Time{}, bytes.NewReader(b))
	}), nil
}
