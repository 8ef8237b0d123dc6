#!/usr/bin/env bash
# The benchmark (bench/run.mjs): builds the release dist/ and the workloads,
# then measures in headless Chromium and prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
source scripts/env.sh
scripts/release.sh
work=$(mktemp -d "${TMPDIR:-/tmp}/tiendo-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
cargo run --release --quiet --example workload -- "$work/data" > "$work/workload.log"
# The plan reader's workload: a real 126 KB plan text and its .docx.
cp tests/corpus/cp-03-nq-cp-2025.txt "$work/data/plan-100k.txt"
cp tests/fixtures/cp-03-nq-cp-2025.docx "$work/data/plan-100k.docx"
TMPDIR="$work" node bench/run.mjs dist "$work/data"
