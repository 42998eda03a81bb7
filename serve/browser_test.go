package serve

import (
	"bytes"
	"context"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/newsgraph/newsgraph/queries"
)

// chromium finds a Chromium to drive: $CHROMIUM, else Debian's chromium.
func chromium() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser starts a headless Chromium with a fresh profile that talks to
// nothing but the test's server.
func browser(t *testing.T) context.Context {
	t.Helper()
	path := chromium()
	if path == "" {
		if os.Getenv("NEWSGRAPH_REQUIRE_BROWSER") == "1" {
			t.Fatal("NEWSGRAPH_REQUIRE_BROWSER=1 but no chromium found (apt-get install -y chromium, or set $CHROMIUM)")
		}
		t.Skip("no chromium found: the browser test needs Debian's chromium (apt-get install -y chromium) or $CHROMIUM")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 1000),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelBrowser := chromedp.NewContext(actx)
	ctx, cancelTime := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() {
		cancelTime()
		cancelBrowser()
		cancelAlloc()
	})
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium %s: %v", path, err)
	}
	return ctx
}

// eval runs JavaScript in the page and decodes its value into T.
func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

// do runs browser steps, failing the test with what was being done if
// they fail or take longer than 20 s.
func do(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// The page in a real browser: it draws the seeds' graph, a search finds
// Witkoff, and clicking his node shows his meetings with their sources.
func TestPageInChromium(t *testing.T) {
	ctx := browser(t)
	srv, s := server(t, Options{})
	met, err := queries.Met(context.Background(), s, queries.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	people := map[string]bool{}
	for _, m := range met {
		for _, p := range m.Participants {
			people[p] = true
		}
	}
	witkoff, err := queries.Met(context.Background(), s, queries.Filter{Person: "Witkoff"})
	if err != nil {
		t.Fatal(err)
	}
	arts, err := queries.Articles(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	headline := map[string]string{}
	for _, a := range arts {
		headline[a.Name] = a.Headline
	}

	// The graph: a node for each person and each meeting.
	do(t, ctx, "load the page", chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(chromedp.CSS(`body[data-ready]`)))
	if ready := eval[string](t, ctx, `document.body.dataset.ready`); ready != "true" {
		t.Fatalf("page did not load the graph: data-ready=%q (%s)", ready, eval[string](t, ctx, `document.getElementById("summary").textContent`))
	}
	nPeople := eval[int](t, ctx, `newsgraph.state.cy.nodes("[type = 'person']").length`)
	nMeetings := eval[int](t, ctx, `newsgraph.state.cy.nodes("[type != 'person']").length`)
	nTimeline := eval[int](t, ctx, `document.querySelectorAll("#timeline li").length`)
	if nPeople != len(people) || nMeetings != len(met) || nTimeline != len(met) {
		t.Errorf("graph has %d people and %d meetings, timeline %d; the store has %d and %d", nPeople, nMeetings, nTimeline, len(people), len(met))
	}

	// Search finds Witkoff.
	do(t, ctx, "search Witkoff",
		chromedp.SendKeys(chromedp.ID("search"), "Witkoff"),
		chromedp.WaitVisible(chromedp.CSS(`#results li[data-name="Steven Witkoff"]`)))
	if found := eval[string](t, ctx, `document.getElementById("results").textContent`); !strings.Contains(found, "Steven Witkoff") {
		t.Errorf("search results: %q", found)
	}
	do(t, ctx, "close the results", chromedp.KeyEvent("\x1b"), chromedp.WaitNotVisible(chromedp.ID("results")))

	// A real click on his node in the drawing.
	pos := eval[struct{ X, Y float64 }](t, ctx, `(() => {
		const n = newsgraph.state.cy.getElementById("p:Steven Witkoff");
		const r = document.getElementById("graph").getBoundingClientRect();
		const p = n.renderedPosition();
		return {X: r.left + p.x, Y: r.top + p.y};
	})()`)
	do(t, ctx, fmt.Sprintf("click Witkoff's node at %.0f,%.0f", pos.X, pos.Y),
		chromedp.MouseClickXY(pos.X, pos.Y),
		chromedp.WaitVisible(chromedp.CSS(`#details[data-entity="Steven Witkoff"] #meetings li`)))
	meetingsText := eval[string](t, ctx, `document.getElementById("meetings").innerText`)
	nItems := eval[int](t, ctx, `document.querySelectorAll("#meetings li.meeting").length`)
	shown := eval[[]string](t, ctx, `[...document.querySelectorAll("#meetings li.meeting .sources a")].map(a => a.dataset.source)`)
	if nItems != len(witkoff) {
		t.Errorf("details list %d meetings, Witkoff has %d:\n%s", nItems, len(witkoff), meetingsText)
	}
	var want []string
	for _, m := range witkoff {
		want = append(want, m.Sources...)
		for _, p := range m.Participants {
			if !strings.Contains(meetingsText, p) {
				t.Errorf("details do not name %s of the meeting on %v", p, m.Date)
			}
		}
		if m.Place != nil && !strings.Contains(meetingsText, *m.Place) {
			t.Errorf("details do not name the place %s", *m.Place)
		}
		if m.Date != nil && !strings.Contains(meetingsText, strings.Replace(*m.Date, "/", " – ", 1)) {
			t.Errorf("details do not give the date %s", *m.Date)
		}
		for _, src := range m.Sources {
			if !strings.Contains(meetingsText, headline[src]) {
				t.Errorf("details do not show the source %s (%q)", src, headline[src])
			}
		}
	}
	sort.Strings(want)
	sort.Strings(shown)
	if strings.Join(shown, ",") != strings.Join(want, ",") {
		t.Errorf("sources shown:\n%v\nwant:\n%v", shown, want)
	}

	// His claims, each with its words and sources.
	claims, err := queries.Claims(context.Background(), s, queries.Filter{Person: "Witkoff"})
	if err != nil {
		t.Fatal(err)
	}
	claimsText := eval[string](t, ctx, `document.getElementById("claims").innerText`)
	if n := eval[int](t, ctx, `document.querySelectorAll("#claims li.claim").length`); n != len(claims) || len(claims) == 0 {
		t.Errorf("details list %d claims, Witkoff made %d", n, len(claims))
	}
	for _, c := range claims {
		if !strings.Contains(claimsText, c.Text) {
			t.Errorf("claim %q not shown", c.Text)
		}
	}

	// The screenshot shows Witkoff selected.
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil || img.Bounds().Dx() < 1000 {
		t.Fatalf("screenshot: %v, %v", err, img)
	}
	writeScreenshot(t, shot)

	// The timeline: a click on the first dated meeting shows it with its sources.
	var first queries.Meeting
	for _, m := range met {
		if m.Date != nil {
			first = m
			break
		}
	}
	do(t, ctx, "click the first meeting of the timeline",
		chromedp.Click(chromedp.CSS(`#timeline li[data-id="`+first.ID+`"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#timeline li.selected`)))
	title := eval[string](t, ctx, `document.querySelector("#details h2").textContent`)
	srcs := eval[[]string](t, ctx, `[...document.querySelectorAll("#details .sources a")].map(a => a.dataset.source)`)
	if !strings.Contains(title, *first.Date) || strings.Join(srcs, ",") != strings.Join(first.Sources, ",") {
		t.Errorf("timeline click shows %q with sources %v, want the meeting of %s with %v", title, srcs, *first.Date, first.Sources)
	}

	// A place, found by search: the meetings held there.
	if first.Place == nil {
		return
	}
	eval[bool](t, ctx, `(document.getElementById("search").value = "") === ""`)
	do(t, ctx, "search "+*first.Place,
		chromedp.SendKeys(chromedp.ID("search"), *first.Place),
		chromedp.WaitVisible(chromedp.CSS(`#results li[data-name="`+*first.Place+`"][data-kind="place"]`)),
		chromedp.Click(chromedp.CSS(`#results li[data-name="`+*first.Place+`"][data-kind="place"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#details[data-entity="`+*first.Place+`"] #meetings li`)))
	if kind := eval[string](t, ctx, `document.querySelector("#details .tag").textContent`); kind != "place" {
		t.Errorf("%s shown as %q, want place", *first.Place, kind)
	}
}

// writeScreenshot keeps the page's picture as a test artefact: in
// $NEWSGRAPH_ARTIFACTS if set, else in the temporary folder; with
// NEWSGRAPH_UPDATE_SCREENSHOT=1 also as the README's docs/serve.png.
func writeScreenshot(t *testing.T, shot []byte) {
	dir := os.Getenv("NEWSGRAPH_ARTIFACTS")
	if dir == "" {
		dir = os.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "newsgraph-serve-page.png")
	if err := os.WriteFile(p, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", p)
	if os.Getenv("NEWSGRAPH_UPDATE_SCREENSHOT") == "1" {
		if err := os.WriteFile(filepath.Join("..", "docs", "serve.png"), shot, 0o644); err != nil {
			t.Fatal(fmt.Errorf("update the README's screenshot: %w", err))
		}
	}
}
