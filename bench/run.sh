#!/usr/bin/env bash
# The standard CPU benchmark: makes the synthetic models of shared/ref/PERF.md (once, into bench/models/,
# git-ignored), runs `edgerunner bench --json` on each and prints one table next to llama.cpp's figures.
#   bench/run.sh [--threads "1 2"] [-p 128] [-n 64] [--repeat 3] [--build build]
# Timings on a shared machine are noisy: every figure is the best of --repeat runs.
set -euo pipefail
cd "$(dirname "$0")/.."
threads="2"; p=128; n=64; repeat=3; build=build
while [ $# -gt 0 ]; do
  case "$1" in
    --threads) threads="$2"; shift 2 ;;
    -p) p="$2"; shift 2 ;;
    -n) n="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 1 ;;
  esac
done
shared="${EDGERUNNER_SHARED:-../shared}"
[ -f "$shared/tools/make-model.py" ] || { echo "shared data not found at $shared" >&2; exit 1; }
[ -x "$build/edgerunner" ] || { echo "build $build/edgerunner first" >&2; exit 1; }
mkdir -p bench/models
models=(
  "qwen3 qwen3-0.6b q8_0"
  "qwen3 qwen3-0.6b q4_k"
  "llama llama3.2-1b q4_k"
  "qwen2 qwen2.5-0.5b q4_0"
)
results=$(mktemp)
trap 'rm -f "$results"' EXIT
for m in "${models[@]}"; do
  read -r arch preset type <<<"$m"
  file="bench/models/$preset-$type.gguf"
  if [ ! -f "$file" ]; then
    (cd "$shared" && python3 tools/make-model.py --arch "$arch" --preset "$preset" --type "$type" --seed 1 \
      -o "$OLDPWD/$file") >&2
  fi
  for t in $threads; do
    json=$("$build/edgerunner" bench -m "$file" -p "$p" -n "$n" --threads "$t" --repeat "$repeat" --json)
    echo "$preset $type $t $json" >>"$results"
  done
done
python3 - "$shared/ref/PERF.md" "$results" "$p" "$n" <<'PY'
import json, re, sys
perf_md, results, p, n = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
ref, section = {}, None
for line in open(perf_md):
    m = re.match(r'^### (\S+) (\S+)', line)
    if m: section = (m.group(1), m.group(2)); continue
    cells = [c.strip() for c in line.split('|')]
    if section and len(cells) > 8 and cells[5].isdigit():
        ref[(section[0], section[1], int(cells[5]), cells[6])] = float(cells[7].split()[0])
hdr = f"| model | thr | load ms | ttft ms (pp{p}) | pp{p} t/s | llama.cpp | ratio | tg{n} t/s | llama.cpp | ratio | roofline % | read GB/s | peak RSS MB |"
print(hdr); print('|' + '---|' * (hdr.count('|') - 1))
for line in open(results):
    preset, typ, t, js = line.split(' ', 3)
    r = json.loads(js)
    pp_ref = ref.get((preset, typ, int(t), f'pp{p}')); tg_ref = ref.get((preset, typ, int(t), f'tg{n}'))
    ratio = lambda ours, theirs: f'{ours / theirs:.2f}x' if theirs else '-'
    print(f"| {preset} {typ} | {t} | {r['load_ms']:.0f} | {r['ttft_ms']:.0f} | {r['prefill_tps']:.1f} | {pp_ref or '-'} | "
          f"{ratio(r['prefill_tps'], pp_ref)} | {r['decode_tps']:.1f} | {tg_ref or '-'} | {ratio(r['decode_tps'], tg_ref)} | "
          f"{r['decode_roofline_pct']:.0f} | {r['read_bw_gbs']:.1f} | {r['peak_rss_mb']:.0f} |")
PY
