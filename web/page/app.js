// newsgraph's page: who met whom as a graph (people and the meetings they
// attended), a timeline of meetings, and for any person, organisation or
// place its roles, meetings and claims with the articles that state them.
// Everything comes from the server's JSON API (/api/...).
"use strict";
(function () {
  const state = { meetings: [], byId: new Map(), articles: new Map(), people: [], cy: null, searchSeq: 0 };
  const $ = (id) => document.getElementById(id);

  // el builds an element: el("a", {href: "x", class: "y"}, "text", child, ...).
  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    return add(e, kids);
  }

  // add appends children, nested lists flattened, null and false left out.
  function add(e, kids) {
    for (const k of kids.flat(Infinity)) {
      if (k !== undefined && k !== null && k !== false) e.append(k instanceof Node ? k : String(k));
    }
    return e;
  }

  // fill replaces the children of e.
  function fill(e, ...kids) {
    e.replaceChildren();
    return add(e, kids);
  }

  async function getJSON(url) {
    const r = await fetch(url);
    const body = await r.json();
    if (!r.ok) throw new Error(body && body.error ? body.error : r.status + " " + r.statusText);
    return body;
  }

  const dateText = (d) => (d ? d.replace("/", " – ") : "date unknown");
  const placeText = (m) => m.place_path || m.place || "place unknown";

  // sources lists the articles a fact rests on, by headline, linked to the
  // article where its URL is known.
  function sources(names) {
    return el("div", { class: "sources" }, "sources: ",
      (names || []).map((n, i) => {
        const a = state.articles.get(n);
        const label = a && a.headline ? a.headline : n;
        const title = n + (a && a.published ? ", " + a.published : "");
        return [i ? " · " : "", a && a.url
          ? el("a", { href: a.url, title: title, target: "_blank", rel: "noopener", "data-source": n }, label)
          : el("a", { title: title, "data-source": n }, label)];
      }));
  }

  function tags(m) {
    return [el("span", { class: "tag " + m.kind }, m.kind), el("span", { class: "tag " + m.status }, m.status)];
  }

  function personLink(name) {
    return el("a", { href: "#", class: "person", onclick: (ev) => { ev.preventDefault(); selectPerson(name); } }, name);
  }

  function meetingItem(m) {
    return el("li", { class: "meeting", "data-id": m.id },
      el("strong", {}, dateText(m.date)), " ", tags(m), el("br"),
      placeText(m), el("br"),
      el("span", { class: "muted" }, "with "), m.participants.map((p, i) => [i ? ", " : "", personLink(p)]),
      sources(m.sources));
  }

  function claimItem(c) {
    const how = [c.date || "undated", c.quoted ? "quoted" : "reported", c.medium ? "via " + c.medium : ""].filter(Boolean).join(", ");
    return el("li", { class: "claim" },
      el("span", { class: "muted" }, how + ": "),
      c.quoted ? el("q", {}, c.text) : c.text,
      c.about && c.about.length ? el("div", { class: "muted" }, "about " + c.about.join(", ")) : null,
      sources(c.sources));
  }

  function section(title, items, render) {
    return [el("h3", {}, title + " (" + items.length + ")"),
      items.length ? el("ul", {}, items.map(render)) : el("p", { class: "muted" }, "none found")];
  }

  function showEntity(e, others) {
    const d = $("details");
    fill(d,
      el("h2", {}, e.name), el("span", { class: "tag" }, e.kind),
      e.within ? el("span", { class: "muted" }, " in " + e.within) : null,
      others.length ? el("p", { class: "muted" }, "also named so: ",
        others.map((o, i) => [i ? ", " : "", el("a", { href: "#", onclick: (ev) => { ev.preventDefault(); showEntity(o, others.filter((x) => x !== o).concat([e])); } }, o.name + " (" + o.kind + ")")])) : null,
      el("p", { class: "muted" }, "names: " + e.forms.map((f) => f.name).join(", ")),
      el("div", { id: "roles" }, section("Roles", e.roles, (r) => el("li", {},
        e.kind === "person" ? "" : r.person + ": ", r.role, r.org ? ", " + r.org : "", sources(r.sources)))),
      el("div", { id: "meetings" }, section("Meetings and calls", byDate(e.meetings), meetingItem)),
      el("div", { id: "claims" }, section("Claims", e.claims, claimItem)),
      e.contains && e.contains.length ? el("p", { class: "muted" }, "places in it: " + e.contains.join(", ")) : null);
    d.dataset.entity = e.name;
  }

  async function showName(name, kind) {
    const d = $("details");
    fill(d, el("p", { class: "muted" }, "loading " + name + "…"));
    try {
      const es = await getJSON("/api/entity?name=" + encodeURIComponent(name));
      if (!es.length) {
        fill(d, el("p", {}, "Nothing in the store is named “" + name + "”."));
        return;
      }
      const e = es.find((x) => x.name === name && (!kind || x.kind === kind)) || es.find((x) => x.name === name) || es[0];
      showEntity(e, es.filter((x) => x !== e));
    } catch (err) {
      fill(d, el("p", { class: "error" }, "Could not load " + name + ": " + err.message));
    }
  }

  function showMeeting(m) {
    const d = $("details");
    fill(d,
      el("h2", {}, (m.kind === "call" ? "Call" : "Meeting") + ", " + dateText(m.date)), tags(m),
      el("p", {}, placeText(m)),
      el("h3", {}, "Participants (" + m.participants.length + ")"),
      el("ul", {}, m.participants.map((p) => el("li", {}, personLink(p)))),
      m.cameo ? el("p", { class: "muted" }, "CAMEO " + m.cameo + (m.plover_mode ? ", PLOVER consult mode " + m.plover_mode : "")) : null,
      sources(m.sources));
    d.dataset.entity = "";
    for (const li of $("timeline").children) li.classList.toggle("selected", li.dataset.id === m.id);
  }

  function highlight(node) {
    const cy = state.cy;
    cy.elements().removeClass("faded selected");
    if (!node) return;
    // A person with the meetings they attended and the people they met; a
    // meeting with its participants.
    let near = node.closedNeighborhood();
    if (node.data("type") === "person") near = near.union(near.nodes().closedNeighborhood());
    cy.elements().not(near).addClass("faded");
    node.addClass("selected");
  }

  // selectPerson shows a person; center brings their node into view (for
  // a choice made outside the drawing).
  function selectPerson(name, center = true) {
    const n = state.cy.getElementById("p:" + name);
    if (n.nonempty()) {
      highlight(n);
      if (center) state.cy.animate({ center: { eles: n }, duration: 200 });
    }
    showName(name, "person");
  }

  function selectMeeting(id) {
    const m = state.byId.get(id);
    const n = state.cy.getElementById("m:" + id);
    if (n.nonempty()) highlight(n);
    if (m) showMeeting(m);
  }

  function buildGraph() {
    const count = new Map();
    for (const m of state.meetings) for (const p of m.participants) count.set(p, (count.get(p) || 0) + 1);
    state.people = [...count.keys()].sort();
    const els = [];
    for (const p of state.people) els.push({ data: { id: "p:" + p, label: p, type: "person", weight: count.get(p) } });
    for (const m of state.meetings) {
      const when = m.date ? m.date.split("/")[0] : "undated";
      els.push({ data: { id: "m:" + m.id, label: (m.place || m.kind) + "\n" + when, type: m.kind, status: m.status } });
      for (const p of m.participants) els.push({ data: { id: "e:" + m.id + ":" + p, source: "p:" + p, target: "m:" + m.id } });
    }
    state.cy = cytoscape({
      container: $("graph"),
      elements: els,
      wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: { label: "data(label)", "font-size": 10, color: "#1d2430", "text-valign": "bottom", "text-margin-y": 3, "text-wrap": "wrap" } },
        { selector: "node[type = 'person']", style: { "background-color": "#3b6fd8", width: "mapData(weight, 1, 6, 18, 40)", height: "mapData(weight, 1, 6, 18, 40)", "font-size": 13, "font-weight": 600 } },
        { selector: "node[type = 'meeting']", style: { shape: "round-rectangle", "background-color": "#e07a1f", width: 14, height: 14, color: "#8a4b10" } },
        { selector: "node[type = 'call']", style: { shape: "diamond", "background-color": "#8a56c2", width: 16, height: 16, color: "#5b3385" } },
        { selector: "node[status = 'planned']", style: { "background-opacity": 0.25, "border-width": 2, "border-style": "dashed", "border-color": "#e07a1f" } },
        { selector: "edge", style: { width: 1.5, "line-color": "#c3cad4", "curve-style": "haystack" } },
        { selector: ".faded", style: { opacity: 0.18 } },
        { selector: "node.selected", style: { "border-width": 3, "border-color": "#111", "border-style": "solid" } },
      ],
    });
    // A force-directed layout from a seeded start, so the same graph is
    // drawn the same way every time.
    const random = Math.random;
    let seed = 20251206;
    Math.random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    try {
      state.cy.layout({ name: "cose", animate: false, randomize: true, nodeRepulsion: () => 400000, idealEdgeLength: () => 60,
        nodeOverlap: 20, gravity: 40, numIter: 2000, padding: 30 }).run();
    } finally {
      Math.random = random;
    }
    state.cy.on("tap", "node", (ev) => {
      const n = ev.target;
      if (n.data("type") === "person") selectPerson(n.data("label"), false);
      else selectMeeting(n.id().slice(2));
    });
    state.cy.on("tap", (ev) => { if (ev.target === state.cy) highlight(null); });
  }

  // byDate puts dated meetings first, in the order given, then the undated.
  const byDate = (ms) => ms.filter((m) => m.date).concat(ms.filter((m) => !m.date));

  function buildTimeline() {
    fill($("timeline"), byDate(state.meetings).map((m) =>
      el("li", { class: m.kind, "data-id": m.id, onclick: () => selectMeeting(m.id) },
        el("span", { class: "date" }, dateText(m.date)), " ", tags(m), " ",
        el("span", {}, m.participants.join(", ")), " · ", el("span", { class: "muted" }, placeText(m)),
        el("span", { class: "muted" }, " · " + m.sources.length + (m.sources.length === 1 ? " article" : " articles")))));
  }

  // Search: people in the graph whose name holds the text, at once; then
  // every person, organisation and place the store knows by that name.
  function setupSearch() {
    const input = $("search"), list = $("results");
    let timer = null;
    const choose = (r) => {
      list.hidden = true;
      input.value = r.name;
      if (r.kind === "person" && state.cy.getElementById("p:" + r.name).nonempty()) selectPerson(r.name);
      else showName(r.name, r.kind);
    };
    const render = (rs) => {
      fill(list, ...rs.map((r, i) => el("li", { class: i ? "" : "active", "data-name": r.name, "data-kind": r.kind, onclick: () => choose(r) },
        r.name, el("span", { class: "kind" }, r.kind))));
      list.hidden = rs.length === 0;
      list.results = rs;
    };
    input.addEventListener("input", () => {
      const q = input.value.trim(), lq = q.toLowerCase();
      clearTimeout(timer);
      if (!q) { render([]); return; }
      const local = state.people.filter((p) => p.toLowerCase().includes(lq)).map((p) => ({ name: p, kind: "person" }));
      render(local);
      const seq = ++state.searchSeq;
      timer = setTimeout(async () => {
        try {
          const es = await getJSON("/api/entity?name=" + encodeURIComponent(q));
          if (seq !== state.searchSeq) return;
          const seen = new Set(local.map((r) => r.kind + ":" + r.name));
          render(local.concat(es.map((e) => ({ name: e.name, kind: e.kind })).filter((r) => !seen.has(r.kind + ":" + r.name))));
        } catch (err) { /* keep the local matches */ }
      }, 150);
    });
    input.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" && list.results && list.results.length) choose(list.results[0]);
      if (ev.key === "Escape") list.hidden = true;
    });
  }

  async function start() {
    try {
      const [meetings, articles] = await Promise.all([getJSON("/api/meetings"), getJSON("/api/articles")]);
      state.meetings = meetings;
      for (const m of meetings) state.byId.set(m.id, m);
      for (const a of articles) state.articles.set(a.name, a);
      buildGraph();
      buildTimeline();
      setupSearch();
      $("summary").textContent = state.people.length + " people, " + meetings.length + " meetings and calls, " + articles.length + " articles";
      document.body.dataset.ready = "true";
    } catch (err) {
      $("summary").textContent = "could not load the graph: " + err.message;
      document.body.dataset.ready = "error";
    }
  }

  window.newsgraph = { state, selectPerson, selectMeeting };
  start();
})();
