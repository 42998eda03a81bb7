// Package web holds newsgraph's web page: the HTML, script and style in
// page/, and in page/vendor the graph-drawing library it uses, Cytoscape.js,
// as its built file with its licence (see page/vendor/README.md). Package
// serve embeds it; nothing is fetched or built at run time.
package web

import "embed"

// FS holds the page under "page".
//
//go:embed page
var FS embed.FS
