// Loads an N-Quads file (newsgraph's export) into an in-memory Oxigraph
// store and times the load and a 2-hop SPARQL query (the people who attended
// an event with one person, and their names), the same question as
// scalebench's Gizmo query. Prints one JSON object on standard output.
//
//   node bench.mjs FILE.nq PERSON_IRI RUNS [BUDGET_MS]
//
// The query runs RUNS times, or fewer (three at least) once its runs have
// taken BUDGET_MS, as scalebench's own queries do.
//
// The npm package runs Oxigraph compiled to WebAssembly and has an
// in-memory store only: there is no on-disk store to measure from Node.
import { readFileSync } from "node:fs";
import { Store } from "oxigraph";

const [file, person, runsArg, budgetArg] = process.argv.slice(2);
const runs = Number(runsArg);
const budget = budgetArg === undefined ? 0 : Number(budgetArg);
if (!file || !person || !(runs > 0) || !(budget >= 0)) {
  console.error("usage: node bench.mjs FILE.nq PERSON_IRI RUNS [BUDGET_MS]");
  process.exit(2);
}

let data;
try {
  data = readFileSync(file);
} catch (err) {
  console.error(`read ${file}: ${err.message}`);
  process.exit(1);
}

// The file is read first, so that the load time is Oxigraph's parse and
// index, as newsgraph's own figures leave out nothing but reading the disk.
// It goes in as chunks of whole lines: one string of a large export is over
// Node's string limit.
function* lines(buf, size) {
  for (let start = 0; start < buf.length; ) {
    let end = Math.min(start + size, buf.length);
    if (end < buf.length) {
      end = buf.indexOf(10, end);
      end = end < 0 ? buf.length : end + 1;
    }
    yield buf.subarray(start, end);
    start = end;
  }
}

const store = new Store();
const t0 = process.hrtime.bigint();
try {
  store.load(lines(data, 8 << 20), { format: "application/n-quads" });
} catch (err) {
  console.error(`load ${file}: ${err.message ?? err}`);
  process.exit(1);
}
const loadSeconds = Number(process.hrtime.bigint() - t0) / 1e9;

if (!/^<[^<>"\s]+>$/.test(person)) {
  console.error(`person ${person}: not an IRI in angle brackets`);
  process.exit(2);
}
// Each article's quads are in its own named graph, so every pattern is
// matched in any graph, as Cayley's path ignores labels. The events and the
// people are made distinct before the next hop, where the Gizmo query has
// its Unique(): without that, an event told by many articles multiplies the
// rows by its graphs at every hop (minutes a query at 10,000 articles).
const twoHop = `SELECT ?o ?name WHERE {
  { SELECT DISTINCT ?o WHERE {
      { SELECT DISTINCT ?e WHERE { GRAPH ?g1 { ?e <http://schema.org/attendee> ${person} } } }
      GRAPH ?g2 { ?e <http://schema.org/attendee> ?o }
  } }
  GRAPH ?g3 { ?o <http://schema.org/name> ?name }
}`;

const times = [];
let results = 0;
let spent = 0;
while (times.length < runs && (budget <= 0 || spent < budget || times.length < 3)) {
  const t = process.hrtime.bigint();
  results = store.query(twoHop).length;
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  times.push(ms);
  spent += ms;
}
times.sort((a, b) => a - b);
const mid = Math.floor(times.length / 2);
const median = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;

console.log(JSON.stringify({
  quads: store.size,
  bytes: data.length,
  load_seconds: loadSeconds,
  quads_per_second: store.size / loadSeconds,
  two_hop_median_ms: median,
  two_hop_results: results,
  two_hop_runs: times.length,
  rss_bytes: process.memoryUsage().rss,
}));
