#!/usr/bin/env bash
# Set everything up, then brief the example articles (and the shared seed articles if present).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p out
echo "== chorus brief examples/articles"
.venv/bin/chorus brief examples/articles
.venv/bin/chorus brief examples/articles --format html -o out/example.html
.venv/bin/chorus brief examples/articles --format json -o out/example.json
if [ -d ../shared/seeds ]; then
    echo "== chorus brief ../shared/seeds/*.txt --manifest ../shared/seeds/manifest.jsonl"
    .venv/bin/chorus brief ../shared/seeds/*.txt --manifest ../shared/seeds/manifest.jsonl
    .venv/bin/chorus brief ../shared/seeds/*.txt --manifest ../shared/seeds/manifest.jsonl \
        --format html -o out/seeds.html
fi
echo "== written: out/example.html, out/example.json (and out/seeds.html with ../shared)"
