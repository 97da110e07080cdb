"""Checks the flat tables and the GraphML against the graph JSON.

Usage: python3 tests/check_tables.py graphs

pandas reads every `<table>.jsonl` (lines=True) and `<table>.csv` into the
same columns and row counts, with scalar columns only; each link row has
both claim texts; networkx reads the GraphML into the graph of the
node-link JSON (same nodes, edges and attributes).
"""

import json
import sys
from pathlib import Path

import networkx as nx
import pandas as pd


def main(graphs):
    graphs = Path(graphs)
    data = json.loads((graphs / "claimgraph.json").read_text(encoding="utf-8"))
    counts = {"claims": data["graph"]["claims"], "speakers": data["graph"]["speakers"],
              "topics": data["graph"]["topics"],
              "links": sum(1 for e in data["edges"] if "score" in e)}
    for table, want in counts.items():
        jl = pd.read_json(graphs / f"{table}.jsonl", lines=True, dtype=False)
        csv = pd.read_csv(graphs / f"{table}.csv", keep_default_na=False, na_values=[""])
        assert list(jl.columns) == list(csv.columns), (table, jl.columns, csv.columns)
        assert len(jl) == len(csv) == want, (table, len(jl), len(csv), want)
        for col in jl.columns:
            assert not jl[col].map(lambda v: isinstance(v, (list, dict))).any(), (table, col)
        print(f"{table}: {len(jl)} rows, {len(jl.columns)} scalar columns (JSONL = CSV)")
    links = pd.read_json(graphs / "links.jsonl", lines=True)
    assert links[["source_claim_text", "target_claim_text"]].notna().all().all()
    claims = pd.read_json(graphs / "claims.jsonl", lines=True)
    json_ids = [n["id"] for n in data["nodes"] if n["kind"] == "claim"]
    assert list(claims["id"]) == json_ids, "claim ids or order differ from the JSON"

    g = nx.read_graphml(graphs / "claimgraph.graphml")
    assert isinstance(g, nx.DiGraph) and not g.is_multigraph(), type(g)
    assert g.number_of_nodes() == len(data["nodes"]), g.number_of_nodes()
    assert g.number_of_edges() == len(data["edges"]), g.number_of_edges()
    assert g.graph["schema"] == data["graph"]["schema"], g.graph
    for n in data["nodes"][:50] + data["nodes"][-50:]:
        got = g.nodes[n["id"]]
        for k, v in n.items():
            if k != "id" and isinstance(v, (str, int, float)) and not isinstance(v, bool):
                assert got[k] == v, (n["id"], k, got.get(k), v)
    print(f"GraphML: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges, as the JSON")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "graphs")
