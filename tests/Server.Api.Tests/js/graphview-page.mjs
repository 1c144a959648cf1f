// What graphview.mjs (Chromium) and graphview-firefox.mjs (Firefox) read from the /graph/ page, defined once so both
// browsers report the same JSON to GraphViewBrowserTests. The functions marked "in the page" are passed to the
// driver's page.evaluate and run in the browser, so they may use only the page's globals.
import path from 'node:path';

/** In the page: what cytoscape drew. */
export const drawnGraph = () => ({
  nodes: window.graphView.cy.nodes().length,
  edges: window.graphView.cy.edges().length,
  nodeIds: window.graphView.cy.nodes().map(n => n.id()).sort(),
  edgeTypes: [...new Set(window.graphView.cy.edges().map(e => e.data('type')))],
  shapes: Object.fromEntries(window.graphView.cy.nodes().map(n => [n.data('type'), n.style('shape')])),
});

/** In the page: where a node is drawn, relative to the graph's box. */
export const renderedPosition = id => window.graphView.cy.getElementById(id).renderedPosition();

/** In the page, over the side panel's `#sources li` items: each source's id, text and link. */
export const sourceItems = items =>
  items.map(li => ({ id: li.dataset.sourceId, title: li.innerText, href: li.querySelector('a')?.getAttribute('href') ?? null }));

/** In the page: every link, whatever its scheme (a javascript: or data: source address must not be one). */
export const pageLinks = () => [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'));

/** The requests that left the server's origin. */
export const foreignRequests = (requests, baseUrl) =>
  requests.filter(u => /^(https?|wss?):/.test(u) && new URL(u).origin !== new URL(baseUrl).origin);

/** An artefact file name for a page query. */
export const artefactName = (prefix, query) => prefix + query.replace(/[^A-Za-z0-9]+/g, '_').slice(0, 60);

/** Prints the one JSON line GraphViewBrowserTests reads after a scenario that went through. */
export function printReport(fields, requests, baseUrl, steps) {
  console.log(JSON.stringify({ ...fields, requests: requests.length, foreignRequests: foreignRequests(requests, baseUrl), steps }));
}

/**
 * After a failed step: a screenshot of the page as it was (both drivers' `page.screenshot` take a path) and the
 * failure line, so the test names the step and keeps the picture.
 */
export async function printFailure(page, artefacts, name, requests, baseUrl, steps, error) {
  const screenshot = path.join(artefacts, `graphview-${name}-failure.png`);
  await page.screenshot({ path: screenshot }).catch(() => {});
  steps.push(`screenshot: ${screenshot}`);
  printReport({ nodes: 0, edges: 0, error: String(error) }, requests, baseUrl, steps);
}
