// Opens GraphServer's exports with the libraries the investigators' tools use: Cytoscape.js (headless), and graphology's
// GEXF and GraphML parsers (what Gephi Lite reads files with), and graphology's own JSON (what Sigma.js loads).
// Usage: node exports.mjs <base url> <node id> <depth>. Prints one JSON line: per format, the node and edge counts and what
// the tool sees on the given node and on one of its edges.
import cytoscape from 'cytoscape';
import Graph from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';

const [, , base, id, depth] = process.argv;
const download = async (format) => {
  const response = await fetch(`${base}/export/${format}?ids=${encodeURIComponent(id)}&depth=${depth}`);
  if (response.status !== 200) throw new Error(`${format}: HTTP ${response.status} ${await response.text()}`);
  return response.text();
};

const cy = cytoscape({ headless: true, elements: JSON.parse(await download('cytoscape')).elements });
const node = cy.getElementById(id);
const cyEdge = node.connectedEdges()[0];

// GraphML and GEXF carry a list as a JSON array in a string attribute, and each file names those attributes: GraphML in
// the graph attribute listAttributes (graphology-graphml does not read graph-level data, hence the look into the text),
// GEXF after a fixed sentence of its description (graphology-gexf keeps the meta as graph attributes).
const listSentence = 'List attributes, each a JSON array of strings: ';
const graphmlLists = (text) => {
  const match = /<data key="g-listAttributes">([^<]*)<\/data>/.exec(text);
  if (!match) throw new Error('the GraphML file declares no listAttributes');
  return JSON.parse(match[1].replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&'));
};
const gexfLists = (graph) => {
  const description = graph.getAttribute('description') ?? '';
  const at = description.indexOf(listSentence);
  if (at < 0) throw new Error(`the GEXF description declares no list attributes: ${description}`);
  return JSON.parse(description.slice(at + listSentence.length));
};
const decoded = (attributes, lists) =>
  Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, lists.includes(name) ? JSON.parse(value) : value]));

const fromGraphology = (graph, lists = []) => {
  const edge = graph.edges(id)[0];
  return {
    nodes: graph.order,
    edges: graph.size,
    type: graph.type,
    lists,
    node: decoded(graph.getNodeAttributes(id), lists),
    edge: { source: graph.source(edge), target: graph.target(edge), ...decoded(graph.getEdgeAttributes(edge), lists) },
  };
};

const graphologyText = await download('graphology');
const gexfText = await download('gexf');
const graphmlText = await download('graphml');
console.log(JSON.stringify({
  cytoscape: {
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    node: node.data(),
    edge: cyEdge.data(),
    degree: node.degree(),
  },
  gexf: (() => { const graph = gexf.parse(Graph, gexfText); return fromGraphology(graph, gexfLists(graph)); })(),
  graphml: fromGraphology(graphml.parse(Graph, graphmlText), graphmlLists(graphmlText)),
  graphology: (() => { const json = JSON.parse(graphologyText); const graph = Graph.from(json); return { ...fromGraphology(graph), attributes: graph.getAttributes() }; })(),
}));
