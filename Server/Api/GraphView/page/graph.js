// GraphServer's graph view. Reads the same /export/cytoscape routes investigators download, so it shows exactly what an
// export holds (personal properties never leave the server) and needs nothing beyond this server: Cytoscape.js and the
// dagre layout are served from ./lib. Query string: ids, depth, types, asOf (a neighborhood); from, to, maxHops (the
// shortest paths); trace (a fighter's chain as the API's trace field gives it, from /export/cytoscape?trace=, left to right).
'use strict';

const formats = ['graphml', 'gexf', 'cytoscape', 'yed', 'graphology', 'csv'];
const maxIdsPerExport = 100;
const looks = {
  Recruiter: ['#c0392b', 'diamond'], Offer: ['#e67e22', 'round-rectangle'], AdChannel: ['#f1c40f', 'hexagon'],
  Country: ['#2e86c1', 'ellipse'], Fighter: ['#8e44ad', 'ellipse'], Unit: ['#117a65', 'rectangle'],
  Location: ['#27ae60', 'triangle'], Event: ['#d35400', 'star'], Claim: ['#7f8c8d', 'tag'],
  Person: ['#c71585', 'ellipse'], Organization: ['#34495e', 'barrel'], Source: ['#95a5a6', 'rhomboid'],
};

const params = new URLSearchParams(location.search);
const form = document.getElementById('query');
const details = document.getElementById('details');
const status = document.getElementById('status');
for (const [name, value] of params) if (form.elements[name]) form.elements[name].value = value;

const cy = cytoscape({
  container: document.getElementById('graph'),
  wheelSensitivity: 0.3,
  // A handful of nodes would otherwise fill the screen with giant labels.
  maxZoom: 1.5,
  style: [
    { selector: 'node', style: {
      label: 'data(label)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3, width: 22, height: 22,
      'background-color': n => (looks[n.data('type')] ?? ['#555'])[0], shape: n => (looks[n.data('type')] ?? [0, 'ellipse'])[1] } },
    { selector: 'edge', style: {
      label: e => e.data('confidence') ? `${e.data('type')} (${e.data('confidence')})` : e.data('type'),
      'font-size': 8, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', width: 1.5, 'line-color': '#9aa7b4',
      'target-arrow-color': '#9aa7b4', 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
    { selector: ':selected', style: { 'border-width': 3, 'border-color': '#111', 'line-color': '#111', 'target-arrow-color': '#111' } },
  ],
});
window.graphView = { cy, state: 'loading' };

const url = (path, query) => {
  const target = new URL(`../export/${path}`, location.href);
  for (const [name, value] of Object.entries(query)) if (value) target.searchParams.set(name, value);
  return target;
};

const current = () => {
  const asOf = params.get('asOf') ?? '';
  if (params.get('trace')) {
    return { path: 'cytoscape', query: { trace: params.get('trace'), asOf }, layout: 'trace' };
  }
  if (params.get('from') && params.get('to')) {
    return { path: 'cytoscape/path', query: { from: params.get('from'), to: params.get('to'), maxHops: params.get('maxHops') ?? '', asOf } };
  }
  if (params.get('ids')) {
    return { path: 'cytoscape', query: { ids: params.get('ids'), depth: params.get('depth') ?? '1', types: params.get('types') ?? '', asOf } };
  }
  return null;
};

async function fetchElements(path, query) {
  const response = await fetch(url(path, query));
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail ?? `HTTP ${response.status}`);
  }
  return response.json();
}

function add(file) {
  const fresh = [...file.elements.nodes, ...file.elements.edges].filter(e => cy.getElementById(e.data.id).empty());
  cy.add(fresh);
  return fresh.length;
}

function layout(kind) {
  const options = kind === 'trace'
    ? { name: 'dagre', rankDir: 'LR', nodeSep: 30, rankSep: 90, animate: false }
    : { name: 'cose', animate: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 120, nodeOverlap: 20, padding: 40 };
  window.graphView.state = 'layout';
  const run = cy.layout(options);
  run.one('layoutstop', () => { window.graphView.state = 'ready'; document.body.dataset.state = 'ready'; });
  run.run();
}

// What is on screen, for the export buttons: every node by id at depth 0 (the file then holds them and the relationships
// between them), or, past the export's id limit, the query the page was opened with.
function updateExports(view) {
  const ids = cy.nodes().map(n => n.id());
  const asOf = params.get('asOf') ?? '';
  const links = formats.map(format => {
    const link = ids.length > 0 && ids.length <= maxIdsPerExport
      ? url(format, { ids: ids.join(','), depth: '0', asOf })
      : url(view.path.replace('cytoscape', format), view.query);
    return `<a href="${link}" download data-format="${format}">${format}</a>`;
  });
  document.getElementById('exports').innerHTML = 'Export: ' + links.join('');
}

function summary(file) {
  const cut = file.data?.truncated ? ` Cut by ${file.data.cutBy}: not everything is shown.` : '';
  status.textContent = `${cy.nodes().length} nodes, ${cy.edges().length} relationships.${cut}`;
}

const text = value => document.createTextNode(Array.isArray(value) ? value.join(', ') : String(value));

// A source's url is whatever an import gave it: only http(s) becomes a link, so a javascript: or data: address stays text.
function webAddress(value) {
  try {
    const address = new URL(value);
    return address.protocol === 'http:' || address.protocol === 'https:' ? address.href : null;
  } catch {
    return null;
  }
}

async function show(element) {
  const data = element.data();
  details.replaceChildren();
  const heading = document.createElement('h2');
  heading.textContent = element.isNode() ? `${data.label} (${data.type})` : `${data.source} ${data.type} ${data.target}`;
  const table = document.createElement('table');
  for (const [name, value] of Object.entries(data)) {
    if (['label', 'source', 'target', 'sourceIds', 'sourceTitles'].includes(name) || value === null || value === undefined) continue;
    const row = table.insertRow();
    row.insertCell().append(text(name));
    row.insertCell().append(text(value));
  }
  const sourcesHeading = document.createElement('h3');
  sourcesHeading.textContent = 'Sources';
  const list = document.createElement('ul');
  list.id = 'sources';
  details.append(heading, table, sourcesHeading, list);
  const ids = data.sourceIds ?? [];
  const titles = data.sourceTitles ?? [];
  let urls = {};
  if (ids.length > 0) {
    // The Source nodes themselves, for their addresses: the same export route, depth 0.
    const sources = await fetchElements('cytoscape', { ids: ids.join(','), depth: '0' }).catch(() => null);
    urls = Object.fromEntries((sources?.elements.nodes ?? []).map(n => [n.data.id, webAddress(n.data.url)]));
  }
  ids.forEach((id, i) => {
    const item = document.createElement('li');
    const title = titles[i] ?? id;
    if (urls[id]) {
      const link = document.createElement('a');
      link.href = urls[id];
      link.rel = 'noreferrer';
      link.target = '_blank';
      link.textContent = title;
      item.append(link);
    } else {
      item.append(text(title));
    }
    item.dataset.sourceId = id;
    list.append(item);
  });
  if (ids.length === 0) list.append(text('none given'));
}

async function expand(node, view) {
  status.textContent = `Adding the neighbours of ${node.id()}…`;
  try {
    const file = await fetchElements('cytoscape', { ids: node.id(), depth: '1', asOf: params.get('asOf') ?? '' });
    add(file);
    layout(view.layout);
    updateExports(view);
    summary(file);
  } catch (error) {
    status.innerHTML = '';
    status.append(text(error.message));
    status.className = 'error';
  }
}

async function start() {
  const view = current();
  if (!view) {
    status.textContent = 'Give ids (and depth, types), from and to, or trace in the form above.';
    window.graphView.state = 'ready';
    return;
  }
  try {
    const file = await fetchElements(view.path, view.query);
    add(file);
    layout(view.layout);
    updateExports(view);
    summary(file);
  } catch (error) {
    status.append(text(error.message));
    status.className = 'error';
    window.graphView.state = 'error';
  }
  cy.on('tap', 'node, edge', event => show(event.target));
  cy.on('dbltap', 'node', event => expand(event.target, view));
}

form.addEventListener('submit', event => {
  event.preventDefault();
  const next = new URLSearchParams();
  for (const element of form.elements) if (element.name && element.value) next.set(element.name, element.value);
  location.search = next.toString();
});
form.elements.asOf.addEventListener('change', () => form.requestSubmit());
start();
