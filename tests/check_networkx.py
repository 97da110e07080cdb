"""Checks that networkx loads claimgraph's node-link JSON with no arguments.

Usage: python3 tests/check_networkx.py graphs/claimgraph.json

The edge list must be found whatever networkx 3.x reads by default (`edges`
from 3.6, `links` before): a mismatch would silently load a graph without
edges, so the loaded edge count is compared with the file's.
"""

import json
import sys
import warnings

import networkx as nx


def main(path):
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        g = nx.node_link_graph(data)
    want_nodes = len(data["nodes"])
    want_edges = len(data["edges"])
    assert data["edges"] == data["links"], "edges and links differ"
    assert isinstance(g, nx.DiGraph) and not g.is_multigraph(), type(g)
    assert g.number_of_nodes() == want_nodes, (g.number_of_nodes(), want_nodes)
    assert want_edges > 0, "the file has no edges"
    assert g.number_of_edges() == want_edges, (g.number_of_edges(), want_edges)
    kinds = {}
    for _, attrs in g.nodes(data=True):
        kinds[attrs["kind"]] = kinds.get(attrs["kind"], 0) + 1
    edge_kinds = {}
    for _, _, attrs in g.edges(data=True):
        edge_kinds[attrs["kind"]] = edge_kinds.get(attrs["kind"], 0) + 1
    print(
        "networkx %s: %d nodes %s, %d edges %s"
        % (nx.__version__, g.number_of_nodes(), kinds, g.number_of_edges(), edge_kinds)
    )


if __name__ == "__main__":
    main(sys.argv[1])
