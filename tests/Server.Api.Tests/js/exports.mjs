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

const fromGraphology = (graph) => {
  const edge = graph.edges(id)[0];
  return {
    nodes: graph.order,
    edges: graph.size,
    type: graph.type,
    node: graph.getNodeAttributes(id),
    edge: { source: graph.source(edge), target: graph.target(edge), ...graph.getEdgeAttributes(edge) },
  };
};

const graphologyText = await download('graphology');
console.log(JSON.stringify({
  cytoscape: {
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    node: node.data(),
    edge: cyEdge.data(),
    degree: node.degree(),
  },
  gexf: fromGraphology(gexf.parse(Graph, await download('gexf'))),
  graphml: fromGraphology(graphml.parse(Graph, await download('graphml'))),
  graphology: (() => { const json = JSON.parse(graphologyText); const graph = Graph.from(json); return { ...fromGraphology(graph), attributes: graph.getAttributes() }; })(),
}));
