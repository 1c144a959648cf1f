"""Reads GraphServer's exports the way analysts do in Python: NetworkX for GraphML and GEXF, the csv module for the
CSV zip. Usage: python3 read_exports.py <base url> <node id> <depth>. Prints one JSON line: per format, the node and
edge counts, whether the graph is directed, every node id, every edge as "from-TYPE->to", what the tool sees on the
given node (its list attributes decoded from JSON, as the file declares them), and the graph-level attributes."""
import csv
import io
import json
import sys
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ElementTree
import zipfile

import networkx as nx

base, node_id, depth = sys.argv[1:4]
# GEXF has no graph attributes: its description names the list attributes after this sentence.
LIST_SENTENCE = "List attributes, each a JSON array of strings: "
GEXF_NS = "{http://www.gexf.net/1.2draft}"


def download(format_name):
    query = urllib.parse.urlencode({"ids": node_id, "depth": depth})
    with urllib.request.urlopen(f"{base}/export/{format_name}?{query}") as response:
        return response.read()


def decoded(attributes, lists):
    """A list attribute holds a JSON array of strings, whatever characters its items contain."""
    return {k: json.loads(v) if k in lists else v for k, v in attributes.items()}


def gexf_lists(data):
    description = ElementTree.fromstring(data).find(f"{GEXF_NS}meta/{GEXF_NS}description").text
    return json.loads(description[description.index(LIST_SENTENCE) + len(LIST_SENTENCE):])


def from_networkx(graph, lists):
    return {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "directed": graph.is_directed(),
        "ids": sorted(graph.nodes),
        "edgeKeys": sorted(f"{u}-{d['type']}->{v}" for u, v, d in graph.edges(data=True)),
        "lists": lists,
        "node": decoded(graph.nodes[node_id], lists),
        "edgeSources": sorted(json.dumps(decoded(d, lists).get("sourceTitles", []))
                              for u, v, d in graph.edges(data=True) if node_id in (u, v)),
        "graph": {k: v for k, v in graph.graph.items() if isinstance(v, (str, bool, int, float))},
    }


def from_csv_zip(data):
    archive = zipfile.ZipFile(io.BytesIO(data))

    def rows(name):
        return list(csv.DictReader(io.TextIOWrapper(archive.open(name), encoding="utf-8", newline="")))

    nodes, edges = rows("nodes.csv"), rows("edges.csv")
    graph = {r["name"]: r["value"] for r in rows("graph.csv")}
    lists = json.loads(graph["listAttributes"])
    node = next(r for r in nodes if r["Id"] == node_id)
    return {
        "nodes": len(nodes),
        "edges": len(edges),
        "directed": all(r["Type"] == "Directed" for r in edges),
        "ids": sorted(r["Id"] for r in nodes),
        "edgeKeys": sorted(f"{r['Source']}-{r['Label']}->{r['Target']}" for r in edges),
        "lists": lists,
        "node": decoded({k: v for k, v in node.items() if v != ""}, lists),
        "edgeSources": sorted(json.dumps(decoded({k: v for k, v in r.items() if v != ""}, lists).get("sourceTitles", []))
                              for r in edges if node_id in (r["Source"], r["Target"])),
        "graph": graph,
    }


graphml = nx.read_graphml(io.BytesIO(download("graphml")))
gexf_data = download("gexf")
print(json.dumps({
    "graphml": from_networkx(graphml, json.loads(graphml.graph["listAttributes"])),
    "gexf": from_networkx(nx.read_gexf(io.BytesIO(gexf_data)), gexf_lists(gexf_data)),
    "csv": from_csv_zip(download("csv")),
}))
