"""Reads GraphServer's exports the way analysts do in Python: NetworkX for GraphML and GEXF, the csv module for the
CSV zip. Usage: python3 read_exports.py <base url> <node id> <depth>. Prints one JSON line: per format, the node and
edge counts, whether the graph is directed, every node id, every edge as "from-TYPE->to", what the tool sees on the
given node, and the graph-level attributes."""
import csv
import io
import json
import sys
import urllib.parse
import urllib.request
import zipfile

import networkx as nx

base, node_id, depth = sys.argv[1:4]


def download(format_name):
    query = urllib.parse.urlencode({"ids": node_id, "depth": depth})
    with urllib.request.urlopen(f"{base}/export/{format_name}?{query}") as response:
        return response.read()


def from_networkx(graph):
    return {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "directed": graph.is_directed(),
        "ids": sorted(graph.nodes),
        "edgeKeys": sorted(f"{u}-{d['type']}->{v}" for u, v, d in graph.edges(data=True)),
        "node": {k: v for k, v in graph.nodes[node_id].items()},
        "graph": {k: v for k, v in graph.graph.items() if isinstance(v, (str, bool, int, float))},
    }


def from_csv_zip(data):
    archive = zipfile.ZipFile(io.BytesIO(data))

    def rows(name):
        return list(csv.DictReader(io.TextIOWrapper(archive.open(name), encoding="utf-8", newline="")))

    nodes, edges = rows("nodes.csv"), rows("edges.csv")
    node = next(r for r in nodes if r["Id"] == node_id)
    return {
        "nodes": len(nodes),
        "edges": len(edges),
        "directed": all(r["Type"] == "Directed" for r in edges),
        "ids": sorted(r["Id"] for r in nodes),
        "edgeKeys": sorted(f"{r['Source']}-{r['Label']}->{r['Target']}" for r in edges),
        "node": {k: v for k, v in node.items() if v != ""},
        "graph": {r["name"]: r["value"] for r in rows("graph.csv")},
    }


print(json.dumps({
    "graphml": from_networkx(nx.read_graphml(io.BytesIO(download("graphml")))),
    "gexf": from_networkx(nx.read_gexf(io.BytesIO(download("gexf")))),
    "csv": from_csv_zip(download("csv")),
}))
