#!/usr/bin/env bash
# Set everything up, brief the example articles (and the shared seeds if present), find the
# events in a pile of articles, and serve them (set CHORUS_NO_SERVE=1 to stop before serving).
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
echo "== chorus ingest ... --db out/chorus.db (events found in a pile of articles)"
rm -f out/chorus.db out/chorus.db-wal out/chorus.db-shm
piles=(examples/articles)
[ -d ../shared/seeds ] && piles+=(../shared/seeds)
[ -f ../shared/data/multinews/validation.jsonl ] && piles+=(../shared/data/multinews/validation.jsonl)
.venv/bin/chorus ingest "${piles[@]}" --db out/chorus.db || [ $? -eq 1 ]
.venv/bin/chorus events --db out/chorus.db --limit 10
echo "== chorus export out/briefings --db out/chorus.db --limit 10 --format html"
rm -rf out/briefings
.venv/bin/chorus export out/briefings --db out/chorus.db --limit 10 --format html
echo "== written: out/example.html, out/example.json, out/chorus.db, out/briefings/ (and out/seeds.html with ../shared)"
if [ -z "${CHORUS_NO_SERVE:-}" ]; then
    echo "== chorus serve --db out/chorus.db: open http://127.0.0.1:8000 (Ctrl-C to stop)"
    exec .venv/bin/chorus serve --db out/chorus.db
fi
