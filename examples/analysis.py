"""A notebook-style look at claimgraph's outputs with pandas and networkx.

Usage (after `cargo run --release -- build`):

    python3 examples/analysis.py [--graphs graphs] [--figure target/claims_per_speaker.png]

Answers two questions and saves a figure:

1. Who is quoted or repeated most across documents? (the links table)
2. Which topics does each speaker talk about? (the GraphML graph)
3. Figure: claims per speaker per document (the claims table).

Needs pandas, networkx and matplotlib (`pip install pandas networkx matplotlib`).
"""

import argparse
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display needed

import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
import pandas as pd  # noqa: E402

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--graphs", default="graphs", help="the build's graphs folder")
parser.add_argument(
    "--figure",
    default="target/claims_per_speaker.png",
    help="where to save the bar chart (PNG, SVG or PDF by extension)",
)
args = parser.parse_args()
graphs = Path(args.graphs)

# %% Load: flat tables with pandas, the graph with networkx.
claims = pd.read_json(graphs / "claims.jsonl", lines=True)
links = pd.read_json(graphs / "links.jsonl", lines=True)
g = nx.read_graphml(graphs / "claimgraph.graphml")
print(f"{len(claims)} claims, {len(links)} links between claims; "
      f"graph: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")

# %% 1. Who is quoted or repeated most across documents?
# A link goes from the later claim (source) to the earlier one (target):
# the target's speaker is the one being quoted or repeated.
echoed = links[links["kind"].isin(["quotes", "repeats"]) & links["cross_doc"]]
who = (
    echoed.assign(speaker=echoed["target_speaker"].fillna("(unattributed)"))
    .groupby("speaker")
    .agg(links=("seq", "size"), claims=("target", "nunique"),
         later_docs=("source_doc", "nunique"))
    .sort_values(["links", "claims"], ascending=False)
)
print("\n1. Quoted or repeated across documents (by the speaker of the earlier claim):")
if who.empty:
    print("   nobody: no cross-document quotes or repeats")
else:
    print(who.to_string())
    top = who.index[0]
    print(f"   → most: {top} ({who.loc[top, 'links']} links to "
          f"{who.loc[top, 'claims']} claims)")

# %% 2. Which topics does each speaker talk about? From the graph:
# claim -said_by-> speaker and claim -mentions-> topic.
topics_of = {}
for claim, data in g.nodes(data=True):
    if data.get("kind") != "claim":
        continue
    out = [(v, g.edges[claim, v]["kind"]) for v in g.successors(claim)]
    speakers = [g.nodes[v]["name"] for v, k in out if k == "said_by"]
    topics = [g.nodes[v]["name"] for v, k in out if k == "mentions"]
    for s in speakers:
        for t in topics:
            topics_of.setdefault(s, {}).setdefault(t, 0)
            topics_of[s][t] += 1
print("\n2. Topics per speaker (claims mentioning each topic, top 5):")
ranked = sorted(topics_of.items(), key=lambda kv: -sum(kv[1].values()))
for speaker, counts in ranked:
    best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print(f"   {speaker} ({len(counts)} topics): "
          + ", ".join(f"{t} ({n})" for t, n in best))

# The same from the claims table, for the principal speakers: a check that
# the table and the graph agree.
table = claims.dropna(subset=["speaker"]).assign(
    topic=claims["topics"].fillna("").str.split("; ")
).explode("topic")
table = table[table["topic"] != ""]
for speaker, counts in ranked[:2]:
    from_table = table[table["speaker"] == speaker]["topic"].nunique()
    assert from_table <= len(counts), (speaker, from_table, len(counts))

# %% 3. Figure: claims per speaker per document.
per_doc = pd.crosstab(claims["speaker"].fillna("(no speaker)"), claims["doc"])
per_doc = per_doc.loc[per_doc.sum(axis=1).sort_values(ascending=False).index[:12]]
ax = per_doc.plot.barh(figsize=(9, 6), stacked=False)
ax.invert_yaxis()
ax.set_xscale("log")  # one or two speakers say most of a transcript
ax.set_xlabel("claims (log scale)")
ax.set_ylabel("")
ax.set_title("Claims per speaker per document (top 12 speakers)")
ax.legend(title="document", fontsize="small")
plt.tight_layout()
figure = Path(args.figure)
figure.parent.mkdir(parents=True, exist_ok=True)
plt.savefig(figure, dpi=100)
print(f"\n3. Figure saved to {figure}")
